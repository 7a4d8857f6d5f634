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
                // Standard input is buffered whole so its form can be told from its first byte.
                var buffer = new MemoryStream();
                using (var s = stdin ?? Console.OpenStandardInput())
                    s.CopyTo(buffer);
                buffer.Position = 0;
                foreach (var item in ArticleReader.Read(buffer, "stdin", SniffFormat(buffer), options))
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
    private static ArticleFormat SniffFormat(MemoryStream s)
    {
        var bytes = s.GetBuffer().AsSpan(0, (int)s.Length);
        int i = 0;
        while (i < bytes.Length && (bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)) i++;
        return i < bytes.Length && bytes[i] == (byte)'{' ? ArticleFormat.JsonLines : ArticleFormat.Text;
    }

    // A NUL byte in the first 8 KB marks a binary file (UTF-8 text never holds one).
    private static bool LooksBinary(Stream s)
    {
        Span<byte> head = stackalloc byte[8192];
        int n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..n].Contains((byte)0);
    }
}
