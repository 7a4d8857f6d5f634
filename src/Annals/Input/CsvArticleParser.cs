using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Annals.Documents;

namespace Annals.Input;

/// <summary>Reads the <c>.csv</c> form: a header row naming at least <c>date</c> and <c>text</c>, then RFC 4180 records.</summary>
/// <remarks>
/// <para>Fields are separated by commas; a field that begins with a double quote is quoted: it may hold commas,
/// line breaks (kept as written) and doubled quotes. A quote inside an unquoted field is an ordinary character.
/// Header names are trimmed and matched ignoring case; columns other than <c>id, date, title, text, source,
/// url</c> are ignored; blank lines between records are passed over.</para>
/// <para>A record whose quoting is broken (a character after a closing quote, a quoted field never closed) or
/// whose field count differs from the header's is reported at its first line. When such a record ran over
/// several lines, its later lines are read again as new records, so one stray quote costs one record, not
/// the rest of the file. Memory holds one record, at most about three bytes per allowed character.</para>
/// </remarks>
internal sealed class CsvArticleParser : RecordParser
{
    private readonly long _maxRecordBytes;

    // The record being parsed: its unescaped fields, and (once it spans lines) its raw lines.
    private readonly ByteBuffer _fields = new();
    private readonly List<(int Start, int Length)> _spans = [];
    private readonly ByteBuffer _raw = new();
    private readonly List<RawLine> _rawLines = [];
    private long _recordLine;
    private long _invalidLine;
    private bool _multiLine;
    private bool _discard;

    // Lines to read again after a broken record, the next one last.
    private readonly List<PendingLine> _pending = [];
    private long _lineNumber;

    private int _columns;
    private int _idColumn = -1, _dateColumn = -1, _textColumn = -1, _titleColumn = -1, _sourceColumn = -1, _urlColumn = -1;
    private bool _headerDone;
    private bool _stopped;
    private int _ordinal;
    private long _headerLine;

    public CsvArticleParser(Stream stream, string fileName, ReaderOptions options)
        : this(3L * Math.Max(0, options.MaxArticleChars) + (1 << 20), stream, fileName, options)
    {
    }

    private CsvArticleParser(long maxRecordBytes, Stream stream, string fileName, ReaderOptions options)
        : base(new LineScanner(stream, maxRecordBytes), fileName, options) => _maxRecordBytes = maxRecordBytes;

    private enum Outcome { Record, End, Broken, TooLarge }

    private readonly record struct RawLine(int Start, int Length, long Number, LineEnd End);

    private sealed record PendingLine(byte[] Bytes, long Number, LineEnd End);

    public override ReadItem? Next()
    {
        if (_stopped) return null;
        if (!_headerDone && ReadHeader() is { } headerError)
        {
            _stopped = true;
            return headerError;
        }

        string? detail;
        switch (ParseRecord(out detail))
        {
            case Outcome.End:
                _stopped = true;
                return _ordinal == 0 ? Reject(Errors.E020, Where(_headerLine)) : null;
            case Outcome.TooLarge:
                _ordinal++;
                return TooLarge(_recordLine, null);
            case Outcome.Broken:
                _ordinal++;
                Resynchronise();
                return Reject(Errors.E015, Where(_recordLine), detail);
            default:
                _ordinal++;
                return ToArticle();
        }
    }

    private ReadItem? ReadHeader()
    {
        _headerDone = true;
        var outcome = ParseRecord(out string? detail);
        _headerLine = _recordLine;
        if (outcome == Outcome.End) return Reject(Errors.E020, Where(1));
        if (outcome == Outcome.TooLarge) return Reject(Errors.E015, Where(_recordLine), "the header row is too long");
        if (outcome == Outcome.Broken) return Reject(Errors.E015, Where(_recordLine), "header row: " + detail);
        if (_invalidLine != 0) return Reject(Errors.E016, Where(_invalidLine));

        _columns = _spans.Count;
        for (int i = 0; i < _spans.Count; i++)
        {
            switch (Encoding.UTF8.GetString(FieldBytes(i)).Trim().ToLowerInvariant())
            {
                case "id" when _idColumn < 0: _idColumn = i; break;
                case "date" when _dateColumn < 0: _dateColumn = i; break;
                case "title" when _titleColumn < 0: _titleColumn = i; break;
                case "text" when _textColumn < 0: _textColumn = i; break;
                case "source" when _sourceColumn < 0: _sourceColumn = i; break;
                case "url" when _urlColumn < 0: _urlColumn = i; break;
            }
        }

        if (_dateColumn < 0) return Reject(Errors.E015, Where(_recordLine), "the header row names no 'date' column");
        if (_textColumn < 0) return Reject(Errors.E015, Where(_recordLine), "the header row names no 'text' column");
        return null;
    }

    private ReadItem ToArticle()
    {
        if (_spans.Count != _columns)
        {
            Resynchronise();
            return Reject(Errors.E015, Where(_recordLine), Invariant($"{_spans.Count} fields where the header has {_columns}"));
        }

        if (_invalidLine != 0) return Reject(Errors.E016, Where(_invalidLine));
        string date = Encoding.UTF8.GetString(FieldBytes(_dateColumn)).Trim();
        if (date.Length == 0) return Reject(Errors.E014, Where(_recordLine), "date");
        if (!ArticleDates.TryParse(date, out var day)) return Reject(Errors.E011, Where(_recordLine), date.Length <= 40 ? date : date[..40] + "...");

        var textBytes = FieldBytes(_textColumn);
        int chars = Encoding.UTF8.GetCharCount(textBytes);
        if (chars > Options.MaxArticleChars) return TooLarge(_recordLine, chars);
        string text = Encoding.UTF8.GetString(textBytes);
        if (IsBlank(text)) return Reject(Errors.E012, Where(_recordLine));

        return new ReadItem(new Article(Optional(_idColumn) ?? IdFor(_ordinal), day, text)
        {
            Title = Optional(_titleColumn),
            Source = Optional(_sourceColumn),
            Url = Optional(_urlColumn),
            Origin = Where(_recordLine),
        }, null);
    }

    private string? Optional(int column)
    {
        if (column < 0) return null;
        string value = Encoding.UTF8.GetString(FieldBytes(column)).Trim();
        return value.Length == 0 ? null : value;
    }

    private ReadOnlySpan<byte> FieldBytes(int column) => _fields.Span.Slice(_spans[column].Start, _spans[column].Length);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses one record, reading further lines while a quoted field is open.</summary>
    private Outcome ParseRecord(out string? detail)
    {
        detail = null;
        ReadOnlySpan<byte> line;
        LineEnd end;
        bool overlong;
        do
        {
            if (!NextLine(out line, out end, out overlong)) return Outcome.End;
        }
        while (!overlong && IsBlank(line));

        _recordLine = _lineNumber;
        _fields.Clear();
        _spans.Clear();
        _raw.Clear();
        _rawLines.Clear();
        _multiLine = false;
        _discard = false;
        _invalidLine = Utf8.IsValid(line) ? 0 : _lineNumber;
        if (overlong) return Outcome.TooLarge;

        int pos = 0;
        while (true)
        {
            int fieldStart = _fields.Length;
            if (pos < line.Length && line[pos] == (byte)'"')
            {
                pos++;
                while (true)
                {
                    int quote = line[pos..].IndexOf((byte)'"');
                    if (quote >= 0)
                    {
                        Keep(line.Slice(pos, quote));
                        pos += quote + 1;
                        if (pos < line.Length && line[pos] == (byte)'"')
                        {
                            Keep("\""u8);
                            pos++;
                            continue;
                        }

                        break;
                    }

                    // The quoted field goes on to the next line, line break included.
                    Keep(line[pos..]);
                    if (end == LineEnd.None)
                    {
                        detail = "a quoted field is never closed";
                        return Outcome.Broken;
                    }

                    Keep(end == LineEnd.CrLf ? "\r\n"u8 : "\n"u8);
                    if (!_multiLine)
                    {
                        _multiLine = true;
                        Remember(line, end);
                    }

                    if (!NextLine(out line, out end, out overlong))
                    {
                        detail = "a quoted field is never closed";
                        return Outcome.Broken;
                    }

                    if (overlong) return Outcome.TooLarge;
                    if (_invalidLine == 0 && !Utf8.IsValid(line)) _invalidLine = _lineNumber;
                    Remember(line, end);
                    if (!_discard && (_raw.Length > _maxRecordBytes || _fields.Length > _maxRecordBytes))
                    {
                        // Too large to keep: go on parsing to find where the record ends, keeping nothing.
                        _discard = true;
                        _fields.Clear();
                        _raw.Clear();
                        _rawLines.Clear();
                    }

                    pos = 0;
                }

                _spans.Add((fieldStart, _fields.Length - fieldStart));
                if (pos == line.Length) return _discard ? Outcome.TooLarge : Outcome.Record;
                if (line[pos] == (byte)',')
                {
                    pos++;
                    continue;
                }

                detail = Invariant($"text after a closing quote on line {_lineNumber}");
                return Outcome.Broken;
            }

            int comma = line[pos..].IndexOf((byte)',');
            Keep(comma < 0 ? line[pos..] : line.Slice(pos, comma));
            _spans.Add((fieldStart, _fields.Length - fieldStart));
            if (comma < 0) return _discard ? Outcome.TooLarge : Outcome.Record;
            pos += comma + 1;
        }
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (!_discard) _fields.Append(bytes);
    }

    private void Remember(ReadOnlySpan<byte> line, LineEnd end)
    {
        if (_discard) return;
        _rawLines.Add(new RawLine(_raw.Length, line.Length, _lineNumber, end));
        _raw.Append(line);
    }

    // A broken record that ran over several lines gives its lines after the first back to be read again.
    private void Resynchronise()
    {
        if (!_multiLine || _discard) return;
        for (int i = _rawLines.Count - 1; i >= 1; i--)
        {
            var l = _rawLines[i];
            _pending.Add(new PendingLine(_raw.Span.Slice(l.Start, l.Length).ToArray(), l.Number, l.End));
        }

        _rawLines.Clear();
        _raw.Clear();
    }

    private bool NextLine(out ReadOnlySpan<byte> line, out LineEnd end, out bool overlong)
    {
        if (_pending.Count > 0)
        {
            var p = _pending[^1];
            _pending.RemoveAt(_pending.Count - 1);
            line = p.Bytes;
            end = p.End;
            overlong = false;
            _lineNumber = p.Number;
            return true;
        }

        if (!Scanner.TryReadLine(out line, out end, out overlong)) return false;
        _lineNumber = Scanner.LineNumber;
        return true;
    }
}
