using System.Globalization;

namespace Annals;

/// <summary>Error and warning messages with stable codes, in one place.</summary>
public static class Errors
{
    /// <summary>A stage requires annotations no earlier stage produces. {0} stage id, {1} what is missing.</summary>
    public const string E001 = "E001: stage '{0}' requires {1}, which no earlier stage produces";

    /// <summary>A text file has no dateline and no --date was given. {0} where (the file's line 1).</summary>
    public const string E010 = "E010: {0}: no 'date YYYY-MM-DD' line and no --date given";

    /// <summary>A date that does not parse or does not exist. {0} where, {1} the value.</summary>
    public const string E011 = "E011: {0}: invalid date '{1}'";

    /// <summary>An article whose body is empty. {0} where.</summary>
    public const string E012 = "E012: {0}: empty article text";

    /// <summary>A line that is not valid JSON. {0} where, {1} detail.</summary>
    public const string E013 = "E013: {0}: not a JSON object ({1})";

    /// <summary>A JSON or CSV record without a required field. {0} where, {1} field.</summary>
    public const string E014 = "E014: {0}: missing required field '{1}'";

    /// <summary>A CSV record with unbalanced quoting or a bad header. {0} where, {1} detail.</summary>
    public const string E015 = "E015: {0}: malformed CSV ({1})";

    /// <summary>Bytes that are not UTF-8. {0} where.</summary>
    public const string E016 = "E016: {0}: invalid UTF-8";

    /// <summary>An article larger than the configured limit. {0} where, {1} size, {2} limit.</summary>
    public const string E017 = "E017: {0}: article of {1} characters exceeds the limit of {2}; skipped (raise --max-article-chars to keep it)";

    /// <summary>A file that could not be read or is binary. {0} file (or file:line when reading failed midway), {1} detail.</summary>
    public const string E018 = "E018: {0}: cannot read ({1})";

    /// <summary>Text in a .txt file before its first dateline, which belongs to no article. {0} where.</summary>
    public const string E019 = "E019: {0}: text before the first 'date YYYY-MM-DD' line belongs to no article; skipped";

    /// <summary>A file that holds no record at all (empty, blank lines only, or a CSV header alone). {0} where.</summary>
    public const string E020 = "E020: {0}: no articles (the file holds no records)";

    /// <summary>An article with a sentence longer than the configured limit. {0} where, {1} sentence number (from 1), {2} its length, {3} limit.</summary>
    public const string E021 = "E021: {0}: sentence {1} is {2} characters long, over the limit of {3}; article skipped (raise --max-sentence-chars to keep it)";

    /// <summary>Formats a message with the invariant culture.</summary>
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
