using System.Text;
using Annals.Input;

namespace Annals.Tests.Input;

public class ReaderInvariantTests
{
    // Pieces that steer random input into the readers' interesting states.
    private static readonly string[] Pieces =
    [
        "date 2021-01-05 ", "date 2022-13-45 ", "  date 2020-02-29\t", "\n", "\r\n", "\"", "\"\"", ",", "{", "}", "[",
        "\"date\":\"2020-01-01\"", "\"text\":\"", "\\u00e9", "\\ud800", "id,date,text\n", "x", "Kyiv ", "é", "\uFEFF", " ",
    ];

    public static TheoryData<ArticleFormat, int> Cases()
    {
        var data = new TheoryData<ArticleFormat, int>();
        foreach (var f in Enum.GetValues<ArticleFormat>())
        {
            for (int seed = 1; seed <= 3; seed++) data.Add(f, seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RandomBytes_NeverThrow_AndEveryItemIsWellFormed(ArticleFormat format, int seed)
    {
        var rng = new Random(seed);
        for (int n = 0; n < 300; n++)
        {
            var bytes = RandomInput(rng);
            var options = new ReaderOptions { DefaultDate = n % 2 == 0 ? new DateOnly(2020, 1, 1) : null, MaxArticleChars = n % 3 == 0 ? 40 : 20_000_000 };
            var first = Check(bytes, format, options, chunk: 1 << 20);
            var again = Check(bytes, format, options, chunk: 1 + rng.Next(7));
            Assert.Equal(first, again);
        }
    }

    [Theory]
    [InlineData(7, 1 << 20)]
    public void LongRandomBytes_WithoutLineBreaks_StayBounded(int seed, int size)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i++) if (bytes[i] == (byte)'\n') bytes[i] = (byte)'x';
        foreach (var f in Enum.GetValues<ArticleFormat>())
        {
            var items = ArticleReader.Read(new MemoryStream(bytes), "long", f, new ReaderOptions { MaxArticleChars = 1000 }).ToList();
            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.Null(i.Article));
        }
    }

    private static List<(string? Id, string? Text, string? Error)> Check(byte[] bytes, ArticleFormat format, ReaderOptions options, int chunk)
    {
        var result = new List<(string?, string?, string?)>();
        foreach (var item in ArticleReader.Read(new TrickleStream(bytes, chunk), "dir/r.bin", format, options))
        {
            Assert.True((item.Article is null) != (item.Error is null), "exactly one of article and error");
            if (item.Error is { } e)
            {
                Assert.Matches("^E0[12][0-9]: dir/r.bin(:[0-9]+)?: ", e);
            }
            else
            {
                var a = item.Article!;
                Assert.False(string.IsNullOrWhiteSpace(a.Text));
                Assert.True(a.Text.Length <= options.MaxArticleChars);
                Assert.False(string.IsNullOrEmpty(a.Id));
                Assert.StartsWith("dir/r.bin:", a.Origin);
            }

            result.Add((item.Article?.Id, item.Article?.Text, item.Error));
        }

        return result;
    }

    private static byte[] RandomInput(Random rng)
    {
        var ms = new MemoryStream();
        int parts = rng.Next(0, 60);
        for (int i = 0; i < parts; i++)
        {
            switch (rng.Next(4))
            {
                case 0:
                    var raw = new byte[rng.Next(1, 12)];
                    rng.NextBytes(raw);
                    ms.Write(raw);
                    break;
                default:
                    ms.Write(Encoding.UTF8.GetBytes(Pieces[rng.Next(Pieces.Length)]));
                    break;
            }
        }

        return ms.ToArray();
    }
}
