using System.Text;
using Annals.Documents;
using Annals.Input;

namespace Annals.Tests.Input;

/// <summary>Helpers for reading small inputs written in the tests.</summary>
internal static class ReaderTestKit
{
    public static List<ReadItem> Read(string content, string fileName, ArticleFormat format, ReaderOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(content), fileName, format, options);

    public static List<ReadItem> Read(byte[] bytes, string fileName, ArticleFormat format, ReaderOptions? options = null) =>
        ArticleReader.Read(new MemoryStream(bytes), fileName, format, options ?? new ReaderOptions()).ToList();

    public static List<Article> Articles(this List<ReadItem> items) => items.Where(i => i.Article is not null).Select(i => i.Article!).ToList();

    public static List<string> ErrorList(this List<ReadItem> items) => items.Where(i => i.Error is not null).Select(i => i.Error!).ToList();

    /// <summary>Asserts exactly one error, with the code and the "file:line" it names.</summary>
    public static void AssertOneError(List<ReadItem> items, string code, string where)
    {
        var errors = items.ErrorList();
        Assert.True(errors.Count == 1, "expected one error, got: " + string.Join(" | ", errors));
        Assert.StartsWith(code + ": " + where + ":", errors[0]);
    }

    /// <summary>Bytes with a piece that is not UTF-8 in the middle.</summary>
    public static byte[] Concat(params object[] parts)
    {
        var ms = new MemoryStream();
        foreach (var p in parts)
        {
            var b = p as byte[] ?? Encoding.UTF8.GetBytes((string)p);
            ms.Write(b);
        }

        return ms.ToArray();
    }
}

/// <summary>A read-only, forward-only stream over bytes that hands them out in pieces, as pipes, disks and networks do.</summary>
/// <param name="bytes">The stream's content.</param>
/// <param name="piece">Given the position, the most bytes the next read may return; it may throw, as a failing device does.</param>
internal class PieceStream(byte[] bytes, Func<int, int> piece) : Stream
{
    private int _pos;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => bytes.Length;
    public override long Position { get => _pos; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = Math.Min(Math.Min(count, piece(_pos)), bytes.Length - _pos);
        Array.Copy(bytes, _pos, buffer, offset, n);
        _pos += n;
        return n;
    }
}

/// <summary>A stream that hands out at most <paramref name="chunk"/> bytes per read.</summary>
internal sealed class TrickleStream(byte[] bytes, int chunk) : PieceStream(bytes, _ => chunk);

/// <summary>A stream that fails after <paramref name="failAfter"/> bytes, as a disk or network can.</summary>
internal sealed class FailingStream(byte[] bytes, int failAfter) : PieceStream(bytes, pos => pos >= failAfter ? throw new IOException("device error") : failAfter - pos);
