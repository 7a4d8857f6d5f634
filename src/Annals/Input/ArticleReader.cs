using Annals.Documents;

namespace Annals.Input;

/// <summary>Input forms the contract defines.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text with "date YYYY-MM-DD" lines starting articles.</summary>
    Text,
    /// <summary>One JSON object a line.</summary>
    JsonLines,
    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,
}

/// <summary>Options for reading articles.</summary>
public sealed record ReaderOptions
{
    /// <summary>Date for a .txt file that has no dateline (the CLI's --date).</summary>
    public DateOnly? DefaultDate { get; init; }

    /// <summary>Largest article body accepted, in UTF-16 code units; larger ones are rejected with E017.</summary>
    public int MaxArticleChars { get; init; } = 20_000_000;
}

/// <summary>One record read from an input: an article, or the reason it was rejected.</summary>
/// <param name="Article">The article, or null when rejected.</param>
/// <param name="Error">The message (with its code, file and line), or null.</param>
public readonly record struct ReadItem(Article? Article, string? Error);

/// <summary>Parses articles from a stream in any of the contract's input forms.</summary>
/// <remarks>
/// Streams records one at a time; never throws on bad data: each bad record becomes a <see cref="ReadItem"/>
/// with an error naming <c>fileName:line</c>, and reading goes on with the next record.
/// PLACEHOLDER: the readers' implementation replaces this file.
/// </remarks>
public static class ArticleReader
{
    /// <summary>The format a file name implies, or null when its extension is not an input form.</summary>
    public static ArticleFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" => ArticleFormat.Text,
        ".jsonl" or ".ndjson" => ArticleFormat.JsonLines,
        ".csv" => ArticleFormat.Csv,
        _ => null,
    };

    /// <summary>Reads every record of <paramref name="stream"/>.</summary>
    /// <param name="stream">The bytes to read (UTF-8, optionally with a BOM). Not disposed.</param>
    /// <param name="fileName">Name used in ids ("FILE#N") and in messages.</param>
    /// <param name="format">The input form.</param>
    /// <param name="options">Reader options.</param>
    public static IEnumerable<ReadItem> Read(Stream stream, string fileName, ArticleFormat format, ReaderOptions options)
    {
        _ = stream;
        _ = format;
        _ = options;
        yield return new ReadItem(null, fileName + ": reader not implemented");
    }
}
