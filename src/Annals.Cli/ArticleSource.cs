using Annals.Input;

namespace Annals.Cli;

/// <summary>Turns command-line paths (files, folders, "-") into a stream of read records.</summary>
/// <remarks>
/// Folders are walked recursively in ordinal name order; files whose extension is not an input form are passed
/// over in folders (named explicitly, they are read as .txt). A file that cannot be opened or looks binary
/// becomes one error record; reading goes on with the next file.
/// </remarks>
internal static class ArticleSource
{
    /// <summary>Reads every record from every path, in order.</summary>
    public static IEnumerable<ReadItem> Read(IEnumerable<string> paths, ReaderOptions options, Stream? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                // Standard input streams: only the bytes up to its first non-blank one are read ahead to tell its
                // form, then handed back in front of the rest.
                using var s = stdin ?? Console.OpenStandardInput();
                var head = ReadHead(s);
                using var whole = new PrefixedStream(head, s);
                foreach (var item in ArticleReader.Read(whole, "stdin", SniffFormat(head), options))
                    yield return item;
                continue;
            }

            if (Directory.Exists(path))
            {
                foreach (var file in WalkFolder(path))
                {
                    foreach (var item in ReadFile(file, options))
                        yield return item;
                }

                continue;
            }

            foreach (var item in ReadFile(path, options))
                yield return item;
        }
    }

    private static IEnumerable<string> WalkFolder(string folder)
    {
        string[] files;
        try
        {
            files = Directory.GetFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            files = [];
        }

        Array.Sort(files, StringComparer.Ordinal);
        return files.Where(f => ArticleReader.FormatOf(f) is not null);
    }

    private static IEnumerable<ReadItem> ReadFile(string file, ReaderOptions options)
    {
        FileStream? stream = null;
        string? error = null;
        try
        {
            if (!File.Exists(file)) error = Errors.Format(Errors.E018, file, "no such file");
            else
            {
                stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                if (LooksBinary(stream)) error = Errors.Format(Errors.E018, file, "binary file, not text");
                stream.Position = 0;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = Errors.Format(Errors.E018, file, ex.Message);
        }

        if (error is not null || stream is null)
        {
            stream?.Dispose();
            yield return new ReadItem(null, error);
            yield break;
        }

        using (stream)
        {
            foreach (var item in ArticleReader.Read(stream, file, ArticleReader.FormatOf(file) ?? ArticleFormat.Text, options))
                yield return item;
        }
    }

    // JSON lines start with '{'; anything else is read as the .txt form.
    private static ArticleFormat SniffFormat(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length && IsLead(bytes[i])) i++;
        return i < bytes.Length && bytes[i] == (byte)'{' ? ArticleFormat.JsonLines : ArticleFormat.Text;
    }

    private static ReadOnlySpan<byte> LeadBytes => [(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n', 0xEF, 0xBB, 0xBF];

    private static bool IsLead(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF;

    // Reads until the first byte that is not white space or a byte order mark (or the end), in chunks.
    private static byte[] ReadHead(Stream s)
    {
        var head = new MemoryStream();
        var chunk = new byte[4096];
        while (true)
        {
            int n = s.Read(chunk, 0, chunk.Length);
            if (n <= 0) break;
            head.Write(chunk, 0, n);
            if (chunk.AsSpan(0, n).IndexOfAnyExcept(LeadBytes) >= 0) break;
        }

        return head.ToArray();
    }

    // A NUL byte in the first 8 KB marks a binary file (UTF-8 text never holds one).
    private static bool LooksBinary(Stream s)
    {
        Span<byte> head = stackalloc byte[8192];
        int n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..n].Contains((byte)0);
    }
}

/// <summary>A read-only stream of some bytes already read followed by the rest of another stream.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefix.Length)
        {
            int n = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
