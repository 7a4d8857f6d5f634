using System.Collections.Frozen;
using System.Globalization;

namespace Annals.Events;

/// <summary>Facts about CAMEO event codes: names, PLOVER types, Goldstein weights and quad classes.</summary>
/// <remarks>
/// Read once from the embedded tables <c>cameo/codes.txt</c>, <c>cameo/plover.txt</c> and <c>cameo/goldstein.txt</c>
/// and shared by all threads. Every lookup falls back from a four-digit code to its three-digit, then two-digit
/// parent, so a code the tables do not list still gets its parent's facts. Lookups never throw; an unknown or
/// malformed code gives null, 0 or false.
/// </remarks>
public static class CameoCodes
{
    private static readonly Lazy<Tables> _tables = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Version of the three tables ("codes/1 plover/1 goldstein/1").</summary>
    public static string Version => _tables.Value.Version;

    /// <summary>Every code the code table names, sorted.</summary>
    public static IReadOnlyList<string> All => _tables.Value.Sorted;

    /// <summary>True when the code table names <paramref name="code"/> itself (no fallback).</summary>
    public static bool IsKnown(string code) => _tables.Value.Names.ContainsKey(code);

    /// <summary>The code's name ("Threaten"), or its nearest parent's, or null.</summary>
    public static string? Name(string code) => Find(_tables.Value.Names, code);

    /// <summary>The PLOVER event type ("THREATEN"), or null for plain statements (root 01) and unknown codes.</summary>
    public static string? Plover(string code) => Find(_tables.Value.Plover, code);

    /// <summary>The Goldstein weight of the code (or its nearest parent), or 0 when unknown.</summary>
    public static double Goldstein(string code)
    {
        var tables = _tables.Value;
        foreach (var key in Parents(code))
        {
            if (tables.Goldstein.TryGetValue(key, out double w)) return w;
        }

        return 0;
    }

    /// <summary>GDELT's quad class for a code: 1 roots 01–05, 2 roots 06–09, 3 roots 10–14, 4 roots 15–20; 0 when not a code.</summary>
    public static int QuadClass(string code)
    {
        int root = Root(code);
        return root switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 9 => 2,
            >= 10 and <= 14 => 3,
            >= 15 and <= 20 => 4,
            _ => 0,
        };
    }

    /// <summary>The root category (1–20) of a code, or 0 when the code does not start with two digits.</summary>
    public static int Root(string code)
    {
        if (code is null || code.Length < 2 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1])) return 0;
        return (code[0] - '0') * 10 + (code[1] - '0');
    }

    private static string? Find(FrozenDictionary<string, string> table, string code)
    {
        foreach (var key in Parents(code))
        {
            if (table.TryGetValue(key, out var v)) return v;
        }

        return null;
    }

    // The code itself, then its three-digit and two-digit parents (each at most once).
    private static IEnumerable<string> Parents(string code)
    {
        if (string.IsNullOrEmpty(code)) yield break;
        yield return code;
        if (code.Length > 3) yield return code[..3];
        if (code.Length > 2) yield return code[..2];
    }

    private sealed record Tables(
        FrozenDictionary<string, string> Names,
        FrozenDictionary<string, string> Plover,
        FrozenDictionary<string, double> Goldstein,
        IReadOnlyList<string> Sorted,
        string Version);

    private static Tables Load()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var plover = new Dictionary<string, string>(StringComparer.Ordinal);
        var goldstein = new Dictionary<string, double>(StringComparer.Ordinal);
        string vn = DataFile.Read("cameo/codes.txt", (cols) =>
        {
            if (cols.Length >= 2) names.TryAdd(cols[0], cols[1]);
        });
        string vp = DataFile.Read("cameo/plover.txt", (cols) =>
        {
            if (cols.Length >= 2 && cols[1].Length > 0) plover.TryAdd(cols[0], cols[1]);
        });
        string vg = DataFile.Read("cameo/goldstein.txt", (cols) =>
        {
            if (cols.Length >= 2 && double.TryParse(cols[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double w))
                goldstein.TryAdd(cols[0], w);
        });
        var sorted = names.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
        return new Tables(names.ToFrozenDictionary(StringComparer.Ordinal), plover.ToFrozenDictionary(StringComparer.Ordinal),
            goldstein.ToFrozenDictionary(StringComparer.Ordinal), sorted, $"codes/{vn} plover/{vp} goldstein/{vg}");
    }
}
