using System.Globalization;
using Annals.Documents;
using Annals.Storage;
using Microsoft.AspNetCore.Http;

namespace Annals.Server;

/// <summary>A parameter the API cannot use; answered with status 400 and the message.</summary>
/// <param name="message">What is wrong, naming the parameter and what it takes.</param>
internal sealed class ApiArgumentException(string message) : Exception(message);

/// <summary>Reads and checks the query parameters of one API request, with the CLI's filter names.</summary>
/// <remarks>
/// An unknown parameter, a repeated one or a value of the wrong form is an <see cref="ApiArgumentException"/>,
/// never silently ignored, so that a typo does not quietly return every row.
/// </remarks>
internal sealed class ApiArgs
{
    /// <summary>Rows per page when no limit is given.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The most rows one page may hold.</summary>
    public const int MaxLimit = 1000;

    private readonly IQueryCollection _query;

    public ApiArgs(HttpRequest request, string endpoint, params string[] allowed)
    {
        _query = request.Query;
        foreach (var (name, values) in _query)
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw new ApiArgumentException(allowed.Length == 0
                    ? $"{endpoint} takes no parameters (got '{name}')"
                    : $"{endpoint} does not take '{name}' (it takes {string.Join(", ", allowed)})");
            }

            if (values.Count > 1) throw new ApiArgumentException($"'{name}' is given {values.Count} times; give it once");
        }
    }

    /// <summary>The parameters every event endpoint takes: the CLI's event filters, PLOVER type, quad class and dyad.</summary>
    public static readonly string[] EventFilterNames = ["actor", "source", "target", "root", "plover", "quad", "a", "b", "directed", "from", "to", "mood"];

    /// <summary>The value, or null when absent or empty.</summary>
    public string? Get(string name)
    {
        var v = _query[name];
        return v.Count == 0 || string.IsNullOrWhiteSpace(v[0]) ? null : v[0]!.Trim();
    }

    /// <summary>The value, which must be there.</summary>
    public string Require(string name) => Get(name) ?? throw new ApiArgumentException($"'{name}' is required");

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or <paramref name="fallback"/> when absent.</summary>
    public int GetInt(string name, int fallback, int min, int max)
    {
        var v = Get(name);
        if (v is null) return fallback;
        if (!int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
            throw new ApiArgumentException($"'{name}' takes a whole number from {min} to {max}, not '{v}'");
        return n;
    }

    /// <summary>The page size: 1 to <see cref="MaxLimit"/>, <see cref="DefaultLimit"/> when absent.</summary>
    public int Limit() => GetInt("limit", DefaultLimit, 1, MaxLimit);

    /// <summary>Rows to skip: 0 or more.</summary>
    public int Offset() => GetInt("offset", 0, 0, int.MaxValue);

    /// <summary>true/false (also 1/0, yes/no), or <paramref name="fallback"/> when absent.</summary>
    public bool GetBool(string name, bool fallback = false) => Get(name)?.ToLowerInvariant() switch
    {
        null => fallback,
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        var v => throw new ApiArgumentException($"'{name}' takes true or false, not '{v}'"),
    };

    /// <summary>A day written YYYY-MM-DD, or null.</summary>
    public DateOnly? GetDate(string name)
    {
        var v = Get(name);
        if (v is null) return null;
        if (!DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            throw new ApiArgumentException($"'{name}' takes a day written YYYY-MM-DD, not '{v}'");
        return d;
    }

    /// <summary>An actor code or code prefix: letters and digits only.</summary>
    public string? GetCode(string name)
    {
        var v = Get(name);
        if (v is null) return null;
        if (v.Length > 40 || !v.All(char.IsAsciiLetterOrDigit))
            throw new ApiArgumentException($"'{name}' takes an actor code such as USA or RUSGOV (letters and digits), not '{v}'");
        return v.ToUpperInvariant();
    }

    /// <summary>The event query the filter parameters describe, with this request's paging.</summary>
    public EventQuery EventQuery(int limit, int offset)
    {
        var from = GetDate("from");
        var to = GetDate("to");
        if (from > to) throw new ApiArgumentException($"'from' ({from:yyyy-MM-dd}) is after 'to' ({to:yyyy-MM-dd})");
        string? a = GetCode("a"), b = GetCode("b");
        if ((a is null) != (b is null)) throw new ApiArgumentException("a dyad needs both 'a' and 'b' (actor codes)");
        var filter = new EventFilter
        {
            Actor = GetCode("actor"),
            Source = GetCode("source"),
            Target = GetCode("target"),
            Root = Root(),
            From = from,
            To = to,
            Mood = Mood(),
            Limit = limit,
        };
        return new EventQuery(filter)
        {
            Plover = Plover(),
            QuadClass = Get("quad") is null ? null : GetInt("quad", 0, 1, 4),
            DyadA = a,
            DyadB = b,
            Directed = GetBool("directed"),
            Offset = offset,
        };
    }

    // CAMEO roots run from 01 to 20; "4" means "04" (as on the command line).
    private string? Root()
    {
        var v = Get("root");
        if (v is null) return null;
        if (v.Length is 1 or 2 && v.All(char.IsAsciiDigit) && int.Parse(v, CultureInfo.InvariantCulture) is >= 1 and <= 20 and var n)
            return n.ToString("00", CultureInfo.InvariantCulture);
        throw new ApiArgumentException($"'root' takes a CAMEO root from 01 to 20, not '{v}'");
    }

    private string? Plover()
    {
        var v = Get("plover");
        if (v is null) return null;
        if (v.Length > 40 || !v.All(ch => char.IsAsciiLetter(ch) || ch == '_' || ch == '-'))
            throw new ApiArgumentException($"'plover' takes a PLOVER type such as THREATEN or AID, not '{v}'");
        return v.ToUpperInvariant();
    }

    private Mood? Mood() => Get("mood")?.ToLowerInvariant() switch
    {
        null or "asserted" => Documents.Mood.Asserted,
        "negated" => Documents.Mood.Negated,
        "hypothetical" => Documents.Mood.Hypothetical,
        "future" => Documents.Mood.Future,
        "conditional" => Documents.Mood.Conditional,
        "all" or "any" => null,
        var v => throw new ApiArgumentException($"'mood' takes asserted, negated, hypothetical, future, conditional or all, not '{v}'"),
    };
}
