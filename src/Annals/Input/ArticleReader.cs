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
/// <para>Streams records one at a time, holding one record's bytes at most; never throws on bad data: each bad
/// record becomes a <see cref="ReadItem"/> whose error names <c>file:line</c> and carries a code from
/// <see cref="Errors"/>, and reading goes on with the next record. A read failure of the stream itself ends
/// the file with one E018 item.</para>
/// <para>Ids: the record's own <c>id</c>, else <c>FILE#N</c> where FILE is the file name without
/// folders and N counts the file's records from 1, rejected ones included, so an id does not change when an
/// earlier record is fixed. <see cref="Article.Origin"/> is <c>file:line</c> of the record's first line.</para>
/// <para>Forms: see <see cref="TextArticleParser"/>, <see cref="JsonLinesArticleParser"/> and
/// <see cref="CsvArticleParser"/>. A UTF-8 byte order mark is skipped; lines may end in LF or CRLF.</para>
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

    /// <summary>Reads every record of <paramref name="stream"/>, lazily, in order.</summary>
    /// <param name="stream">The bytes to read (UTF-8, optionally with a BOM). Not disposed.</param>
    /// <param name="fileName">Name used in ids ("FILE#N") and in messages.</param>
    /// <param name="format">The input form.</param>
    /// <param name="options">Reader options.</param>
    /// <exception cref="ArgumentNullException">An argument is null (thrown at the call, not when enumerating).</exception>
    public static IEnumerable<ReadItem> Read(Stream stream, string fileName, ArticleFormat format, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        return ReadRecords(stream, fileName, format, options);
    }

    private static IEnumerable<ReadItem> ReadRecords(Stream stream, string fileName, ArticleFormat format, ReaderOptions options)
    {
        RecordParser parser = format switch
        {
            ArticleFormat.JsonLines => new JsonLinesArticleParser(stream, fileName, options),
            ArticleFormat.Csv => new CsvArticleParser(stream, fileName, options),
            _ => new TextArticleParser(stream, fileName, options),
        };

        while (true)
        {
            ReadItem? item;
            bool failed = false;
            try
            {
                item = parser.Next();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
            {
                item = new ReadItem(null, Errors.Format(Errors.E018, fileName + ":" + Math.Max(1, parser.LineNumber + 1), ex.Message));
                failed = true;
            }

            if (item is null) yield break;
            yield return item.Value;
            if (failed) yield break;
        }
    }
}
