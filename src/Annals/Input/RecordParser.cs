using System.Buffers;
using System.Globalization;
using System.Text;

namespace Annals.Input;

/// <summary>What every input form's parser shares: the line source, the file's name, messages, ids and dates.</summary>
/// <remarks>A parser is used by one reader at a time; <see cref="Next"/> never throws on bad data.</remarks>
internal abstract class RecordParser(LineScanner scanner, string fileName, ReaderOptions options)
{
    protected LineScanner Scanner { get; } = scanner;

    protected string FileName { get; } = fileName;

    protected ReaderOptions Options { get; } = options;

    /// <summary>The name ids are made from: the file name without folders.</summary>
    protected string IdStem { get; } = Path.GetFileName(fileName) is { Length: > 0 } n ? n : fileName;

    /// <summary>Line of the stream reached so far, for messages about read failures.</summary>
    public long LineNumber => Scanner.LineNumber;

    /// <summary>The next article or rejected record, or null at the end of the input.</summary>
    public abstract ReadItem? Next();

    protected string Where(long line) => FileName + ":" + line.ToString(CultureInfo.InvariantCulture);

    protected string IdFor(int ordinal) => IdStem + "#" + ordinal.ToString(CultureInfo.InvariantCulture);

    protected static ReadItem Reject(string template, params object?[] args) => new(null, Errors.Format(template, args));

    /// <summary>The message for an article over the size limit; <paramref name="chars"/> null when only a lower bound is known.</summary>
    protected ReadItem TooLarge(long line, long? chars) => Reject(Errors.E017, Where(line),
        chars?.ToString(CultureInfo.InvariantCulture) ?? "more than " + Options.MaxArticleChars.ToString(CultureInfo.InvariantCulture),
        Options.MaxArticleChars);

    /// <summary>Decodes valid UTF-8 and trims white space at both ends, with one allocation for the result.</summary>
    protected static string DecodeTrimmed(ReadOnlySpan<byte> utf8)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetCharCount(utf8)));
        try
        {
            int n = Encoding.UTF8.GetChars(utf8, chars);
            return new string(chars.AsSpan(0, n).Trim());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>True when the bytes hold nothing but ASCII white space.</summary>
    protected static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n\f\v"u8) < 0;

    /// <summary>True when a string holds nothing but white space.</summary>
    protected static bool IsBlank(ReadOnlySpan<char> chars) => chars.IsWhiteSpace();
}

/// <summary>Dates as the input forms write them.</summary>
internal static class ArticleDates
{
    /// <summary>Parses <c>YYYY-MM-DD</c>, or an ISO 8601 date-time whose date part is taken as written.</summary>
    /// <remarks>The date of a date-time is the one written, never shifted by its offset: "2022-11-06T23:30-05:00" is 6 November.</remarks>
    public static bool TryParse(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length < 10 || !TryParseDay(s[..10], out date)) return false;
        if (s.Length == 10) return true;
        if (s[10] is not ('T' or 't' or ' ') || s.Length < 13) return false;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
    }

    /// <summary>Parses exactly <c>YYYY-MM-DD</c> (ASCII digits), checking that the day exists.</summary>
    public static bool TryParseDay(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!Digits(s[..4], out int y) || !Digits(s.Slice(5, 2), out int m) || !Digits(s.Slice(8, 2), out int d)) return false;
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }

        return true;
    }
}
