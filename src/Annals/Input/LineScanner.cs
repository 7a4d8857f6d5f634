namespace Annals.Input;

/// <summary>How a physical line ended.</summary>
internal enum LineEnd
{
    /// <summary>The stream ended without a line break.</summary>
    None,
    /// <summary>A line feed.</summary>
    Lf,
    /// <summary>A carriage return and a line feed.</summary>
    CrLf,
}

/// <summary>Splits a byte stream into lines without decoding it, holding at most one line in memory.</summary>
/// <remarks>
/// Lines are returned as spans into an internal buffer, valid only until the next call. A UTF-8 byte order
/// mark at the very start is skipped. A line longer than the limit is returned cut to the limit with
/// <c>overlong</c> set, and the rest of it is discarded unread into memory, so a file with no line breaks never
/// makes the buffer grow past the limit. Line numbers count from 1 and include over-long lines.
/// </remarks>
internal sealed class LineScanner
{
    // Below the large-object threshold, so reading many small files makes no long-lived garbage.
    private const int InitialBuffer = 1 << 16;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;       // first unread byte
    private int _end;         // one past the last byte read
    private int _scanned;     // bytes after _start already known to hold no '\n'
    private bool _eof;
    private bool _skipping;   // the rest of an over-long line is still to be discarded
    private bool _started;

    public LineScanner(Stream stream, long maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = (int)Math.Clamp(maxLineBytes, 16, Array.MaxLength - 1);
        _buffer = new byte[Math.Min(InitialBuffer, _maxLineBytes + 1)];
    }

    /// <summary>Number of the line last returned (1-based); 0 before the first.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next line, without its line break.</summary>
    /// <returns>False at the end of the stream.</returns>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out LineEnd end, out bool overlong)
    {
        overlong = false;
        end = LineEnd.None;
        if (!_started) SkipByteOrderMark();
        if (_skipping) DiscardRestOfLine();

        while (true)
        {
            var unread = _buffer.AsSpan(_start, _end - _start);
            int nl = unread[_scanned..].IndexOf((byte)'\n');
            if (nl >= 0)
            {
                nl += _scanned;
                line = unread[..nl];
                end = LineEnd.Lf;
                if (!line.IsEmpty && line[^1] == (byte)'\r')
                {
                    line = line[..^1];
                    end = LineEnd.CrLf;
                }

                _start += nl + 1;
                _scanned = 0;
                LineNumber++;
                return true;
            }

            if (unread.Length >= _maxLineBytes)
            {
                line = unread[.._maxLineBytes];
                overlong = true;
                _skipping = true;
                _start += _maxLineBytes;
                _scanned = 0;
                LineNumber++;
                return true;
            }

            _scanned = unread.Length;
            if (_eof)
            {
                if (unread.IsEmpty)
                {
                    line = default;
                    return false;
                }

                line = unread;
                if (line[^1] == (byte)'\r') line = line[..^1];
                _start = _end;
                _scanned = 0;
                LineNumber++;
                return true;
            }

            Fill();
        }
    }

    private void SkipByteOrderMark()
    {
        _started = true;
        while (!_eof && _end - _start < 3) Fill();
        if (_buffer.AsSpan(_start, _end - _start).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) _start += 3;
    }

    private void DiscardRestOfLine()
    {
        _skipping = false;
        while (true)
        {
            var unread = _buffer.AsSpan(_start, _end - _start);
            int nl = unread.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                _start += nl + 1;
                _scanned = 0;
                return;
            }

            _start = _end;
            _scanned = 0;
            if (_eof) return;
            Fill();
        }
    }

    // Reads more bytes after the unread ones, first moving them to the front and growing the buffer when full.
    private void Fill()
    {
        if (_start > 0)
        {
            int unread = _end - _start;
            if (unread > 0) Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
            _start = 0;
            _end = unread;
        }

        if (_end == _buffer.Length)
        {
            int size = (int)Math.Min((long)_buffer.Length * 2, _maxLineBytes + 1L);
            Array.Resize(ref _buffer, Math.Max(size, _end + 1));
        }

        int n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n <= 0) _eof = true;
        else _end += n;
    }
}
