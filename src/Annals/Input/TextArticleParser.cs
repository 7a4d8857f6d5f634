using System.Text;
using System.Text.Unicode;
using Annals.Documents;

namespace Annals.Input;

/// <summary>Reads the <c>.txt</c> form: a line beginning with <c>date YYYY-MM-DD</c> starts an article.</summary>
/// <remarks>
/// <para>A dateline is a line that begins, after optional blanks, with <c>date</c>, blanks and a digit. The
/// word that follows must be an existing <c>YYYY-MM-DD</c> date, else the article is still delimited there but
/// rejected with E011, so a mistyped date never merges two articles.</para>
/// <para>The body is everything after the date and the white space that follows it, up to the next dateline,
/// without trailing white space. Line breaks in the body are <c>\n</c> whatever the file used (CRLF is read as
/// LF), so offsets do not depend on the platform that wrote the file.</para>
/// <para>Without any dateline the whole file is one article dated <see cref="ReaderOptions.DefaultDate"/>
/// (E010 without it). Text before the first dateline belongs to no article and is reported (E019).
/// Only the current article's bytes are held, never more than three bytes per allowed character.</para>
/// </remarks>
internal sealed class TextArticleParser : RecordParser
{
    private readonly ByteBuffer _body = new();
    private readonly long _maxBodyBytes;

    // The article being gathered; before the first dateline, _dateline is 0 and the text gathered is the
    // whole file's (an article only when no dateline ever comes).
    private long _dateline;
    private DateOnly _date;
    private string? _badDate;      // the date as written, when it is not a real YYYY-MM-DD date
    private long _firstTextLine;   // first line holding text, 0 while there is none
    private long _invalidLine;     // first line with bytes that are not UTF-8, 0 when none
    private bool _overflow;        // more bytes than any allowed article can have: no longer kept
    private int _ordinal;
    private bool _finished;

    public TextArticleParser(Stream stream, string fileName, ReaderOptions options)
        : this(MaxBodyBytes(options), stream, fileName, options)
    {
    }

    private TextArticleParser(long maxBodyBytes, Stream stream, string fileName, ReaderOptions options)
        : base(new LineScanner(stream, maxBodyBytes + (1 << 16)), fileName, options) => _maxBodyBytes = maxBodyBytes;

    // A UTF-8 byte never carries more than one UTF-16 unit and three bytes always carry at least one, so a body
    // of more than 3 x limit bytes is over the limit whatever it holds.
    private static long MaxBodyBytes(ReaderOptions options) => 3L * Math.Max(0, options.MaxArticleChars) + 4;

    public override ReadItem? Next()
    {
        if (_finished) return null;
        while (Scanner.TryReadLine(out var line, out _, out bool overlong))
        {
            if (!IsDateline(line, out var dateWord, out int bodyStart))
            {
                Add(line, overlong);
                continue;
            }

            var done = Complete(atEnd: false);
            Begin(dateWord);
            Add(line[bodyStart..], overlong);
            if (done is not null) return done;
        }

        _finished = true;
        return Complete(atEnd: true);
    }

    /// <summary>Recognises a dateline: blanks, <c>date</c>, blanks, a word starting with a digit.</summary>
    internal static bool IsDateline(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> dateWord, out int bodyStart)
    {
        dateWord = default;
        bodyStart = 0;
        int i = SkipBlanks(line, 0);

        // A byte order mark where files were joined together does not hide the dateline after it.
        while (line[i..].StartsWith("\uFEFF"u8)) i = SkipBlanks(line, i + 3);
        if (!line[i..].StartsWith("date"u8)) return false;
        int j = SkipBlanks(line, i + 4);
        if (j == i + 4 || j >= line.Length || line[j] is < (byte)'0' or > (byte)'9') return false;
        int k = j;
        while (k < line.Length && !IsSpace(line[k])) k++;
        dateWord = line[j..k];
        bodyStart = SkipBlanks(line, k);
        return true;
    }

    private static int SkipBlanks(ReadOnlySpan<byte> line, int i)
    {
        while (i < line.Length && IsSpace(line[i])) i++;
        return i;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\v' or (byte)'\f' or (byte)'\r';

    private void Begin(ReadOnlySpan<byte> dateWord)
    {
        _body.Clear();
        _dateline = Scanner.LineNumber;
        _ordinal++;
        _firstTextLine = 0;
        _invalidLine = 0;
        _overflow = false;
        Span<char> chars = stackalloc char[10];
        if (dateWord.Length == 10)
        {
            for (int i = 0; i < 10; i++) chars[i] = (char)dateWord[i];
            if (ArticleDates.TryParseDay(chars, out _date))
            {
                _badDate = null;
                return;
            }
        }

        _badDate = Encoding.UTF8.GetString(dateWord[..Math.Min(dateWord.Length, 40)]);
    }

    private void Add(ReadOnlySpan<byte> text, bool overlong)
    {
        if (_overflow) return;
        if (_firstTextLine == 0)
        {
            // Leading blank lines are not part of the body.
            if (IsBlank(text) && !overlong) return;
            _firstTextLine = Scanner.LineNumber;
        }

        if (overlong || _body.Length + text.Length + 1 > _maxBodyBytes)
        {
            _overflow = true;
            _body.Clear();
            return;
        }

        // '\n' is never part of a multi-byte sequence, so checking each line checks the whole body.
        if (_invalidLine == 0 && !Utf8.IsValid(text)) _invalidLine = Scanner.LineNumber;
        if (_body.Length > 0) _body.Append((byte)'\n');
        _body.Append(text);
    }

    private ReadItem? Complete(bool atEnd)
    {
        if (_dateline > 0) return Build(_dateline, _date);
        if (!atEnd) return _firstTextLine == 0 ? null : Reject(Errors.E019, Where(_firstTextLine));

        // No dateline in the whole file.
        if (_firstTextLine == 0) return Reject(Errors.E020, Where(1));
        if (Options.DefaultDate is not { } date) return Reject(Errors.E010, Where(1));
        _ordinal = 1;
        return Build(1, date);
    }

    private ReadItem Build(long line, DateOnly date)
    {
        if (_badDate is not null) return Reject(Errors.E011, Where(line), _badDate);
        if (_overflow) return TooLarge(line, null);
        if (_invalidLine != 0) return Reject(Errors.E016, Where(_invalidLine));
        if (_firstTextLine == 0) return Reject(Errors.E012, Where(line));
        string text = DecodeTrimmed(_body.Span);
        if (text.Length == 0) return Reject(Errors.E012, Where(line));
        if (text.Length > Options.MaxArticleChars) return TooLarge(line, text.Length);
        return new ReadItem(new Article(IdFor(_ordinal), date, text) { Origin = Where(line) }, null);
    }
}
