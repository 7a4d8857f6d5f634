using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Annals.Documents;

namespace Annals.Input;

/// <summary>Reads the <c>.jsonl</c> form: one object a line with <c>id, date, title, text, source, url</c>.</summary>
/// <remarks>
/// Each line is parsed in place from its UTF-8 bytes with <see cref="Utf8JsonReader"/>; blank lines are passed
/// over. Field names are matched ignoring ASCII case; other fields are skipped whatever they hold. <c>text</c> is
/// kept exactly as written (offsets index into it); <c>date</c> is an ISO date or date-time, <c>id</c> a string
/// or a number. A line may be as long as the largest allowed article written with every character escaped.
/// </remarks>
internal sealed class JsonLinesArticleParser(Stream stream, string fileName, ReaderOptions options)
    : RecordParser(new LineScanner(stream, 6L * Math.Max(0, options.MaxArticleChars) + (1 << 20)), fileName, options)
{
    private static readonly JsonReaderOptions ReaderSettings = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    private int _ordinal;
    private bool _any;

    public override ReadItem? Next()
    {
        while (Scanner.TryReadLine(out var line, out _, out bool overlong))
        {
            if (!overlong && IsBlank(line)) continue;
            _ordinal++;
            _any = true;
            long number = Scanner.LineNumber;
            if (overlong) return TooLarge(number, null);
            if (!Utf8.IsValid(line)) return Reject(Errors.E016, Where(number));

            // A byte order mark where files were joined together is not part of the record.
            while (line.StartsWith("\uFEFF"u8)) line = line[3..];
            return Parse(line, number);
        }

        if (_any) return null;
        _any = true;
        return Reject(Errors.E020, Where(1));
    }

    private enum Field { Other, Id, Date, Title, Text, Source, Url }

    private ReadItem Parse(ReadOnlySpan<byte> line, long number)
    {
        string? id = null, date = null, title = null, text = null, source = null, url = null;
        bool hasDate = false;
        var reader = new Utf8JsonReader(line, ReaderSettings);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return Reject(Errors.E013, Where(number), "the line holds " + Describe(reader.TokenType) + ", not an object");

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = FieldOf(ref reader);
                reader.Read();
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (field != Field.Other) return Reject(Errors.E013, Where(number), $"'{Name(field)}' is not a string");
                        reader.Skip();
                        break;
                    case JsonTokenType.Null:
                        break;
                    case JsonTokenType.String:
                        string? value = field == Field.Other ? null : reader.GetString();
                        switch (field)
                        {
                            case Field.Id: id = value; break;
                            case Field.Date: date = value; hasDate = true; break;
                            case Field.Title: title = value; break;
                            case Field.Text: text = value; break;
                            case Field.Source: source = value; break;
                            case Field.Url: url = value; break;
                        }

                        break;
                    case JsonTokenType.Number when field is Field.Id or Field.Date:
                        // A numeric id is kept as written; a numeric date is reported as the invalid date it is.
                        string raw = Encoding.UTF8.GetString(reader.ValueSpan);
                        if (field == Field.Id) id = raw;
                        else (date, hasDate) = (raw, true);
                        break;
                    default:
                        if (field is Field.Text or Field.Title or Field.Source or Field.Url)
                            return Reject(Errors.E013, Where(number), $"'{Name(field)}' is not a string");
                        if (field == Field.Date) (date, hasDate) = (Encoding.UTF8.GetString(reader.ValueSpan), true);
                        break;
                }
            }

            // Anything after the closing brace other than white space is an error (the reader throws on it).
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            return Reject(Errors.E013, Where(number), "invalid JSON at column " + ((ex.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture));
        }
        catch (InvalidOperationException)
        {
            // GetString refuses escapes that make no valid UTF-16, such as a lone "\ud800".
            return Reject(Errors.E013, Where(number), "a string escape that is not valid Unicode");
        }

        if (!hasDate || date is null) return Reject(Errors.E014, Where(number), "date");
        if (!ArticleDates.TryParse(date.AsSpan().Trim(), out var day)) return Reject(Errors.E011, Where(number), Clip(date));
        if (text is null) return Reject(Errors.E014, Where(number), "text");
        if (text.Length > Options.MaxArticleChars) return TooLarge(number, text.Length);
        if (IsBlank(text)) return Reject(Errors.E012, Where(number));
        return new ReadItem(new Article(string.IsNullOrWhiteSpace(id) ? IdFor(_ordinal) : id, day, text)
        {
            Title = title,
            Source = source,
            Url = url,
            Origin = Where(number),
        }, null);
    }

    private static Field FieldOf(ref Utf8JsonReader reader)
    {
        // Every field name we know is at most six letters; escaped names are unescaped into a small buffer.
        Span<byte> buffer = stackalloc byte[48];
        scoped ReadOnlySpan<byte> n = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            if (n.Length > buffer.Length) return Field.Other;
            n = buffer[..reader.CopyString(buffer)];
        }

        if (n.Length > 6) return Field.Other;
        if (Ascii.EqualsIgnoreCase(n, "id"u8)) return Field.Id;
        if (Ascii.EqualsIgnoreCase(n, "date"u8)) return Field.Date;
        if (Ascii.EqualsIgnoreCase(n, "title"u8)) return Field.Title;
        if (Ascii.EqualsIgnoreCase(n, "text"u8)) return Field.Text;
        if (Ascii.EqualsIgnoreCase(n, "source"u8)) return Field.Source;
        if (Ascii.EqualsIgnoreCase(n, "url"u8)) return Field.Url;
        return Field.Other;
    }

    private static string Name(Field f) => f.ToString().ToLowerInvariant();

    private static string Describe(JsonTokenType t) => t switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "...";
}
