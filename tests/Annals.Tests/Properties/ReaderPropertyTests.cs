using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Annals.Input;

namespace Annals.Tests.Properties;

/// <summary>Properties every reader keeps on generated inputs: round trips, corruption, huge lines, empty input.</summary>
public sealed partial class ReaderPropertyTests
{
    public static TheoryData<ArticleFormat, int> Seeds()
    {
        var data = new TheoryData<ArticleFormat, int>();
        foreach (var format in new[] { ArticleFormat.Text, ArticleFormat.JsonLines, ArticleFormat.Csv })
        {
            for (int seed = 1; seed <= 25; seed++) data.Add(format, seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ValidRecords_RoundTrip_InEveryFormat(ArticleFormat format, int seed)
    {
        var gen = new Gen(seed);
        var articles = Enumerable.Range(0, 1 + gen.Next(12)).Select(i => ("r" + i, gen.Date(), gen.CleanText(60))).ToList();
        byte[] bytes = Serialize(format, articles);

        var items = ArticleReader.Read(new RandomTrickleStream(bytes, seed), "gen" + Extension(format), format, new ReaderOptions()).ToList();

        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(articles.Count, items.Count);
        for (int i = 0; i < articles.Count; i++)
        {
            var a = items[i].Article!;
            Assert.Equal(articles[i].Item3, a.Text);
            Assert.Equal(articles[i].Item2, a.Date);
            Assert.Equal(format == ArticleFormat.Text ? "gen.txt#" + (i + 1).ToString(CultureInfo.InvariantCulture) : articles[i].Item1, a.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CorruptedInput_NeverThrows_AndReadsTheSameInAnyChunking(ArticleFormat format, int seed)
    {
        var gen = new Gen(seed);
        var articles = Enumerable.Range(0, 1 + gen.Next(8)).Select(i => ("r" + i, gen.Date(), gen.CleanText(40))).ToList();
        byte[] bytes = gen.Corrupt(Serialize(format, articles), hugeLine: gen.Chance(0.3) ? 30_000 : 10);
        var options = new ReaderOptions { MaxArticleChars = 5_000, DefaultDate = gen.Chance(0.5) ? new DateOnly(2020, 1, 1) : null };

        var whole = Describe(ArticleReader.Read(new MemoryStream(bytes), "c" + Extension(format), format, options));
        var trickled = Describe(ArticleReader.Read(new RandomTrickleStream(bytes, seed), "c" + Extension(format), format, options));

        Assert.Equal(whole, trickled);
        Assert.NotEmpty(whole);
        foreach (var line in whole)
            Assert.True(WellFormed().IsMatch(line), line);
    }

    [Theory]
    [InlineData(ArticleFormat.Text, 200)]
    [InlineData(ArticleFormat.JsonLines, 200)]
    [InlineData(ArticleFormat.Csv, 200)]
    public void HugeRecord_IsRejectedByName_AndTheNextOneIsStillRead(ArticleFormat format, int limit)
    {
        var articles = new List<(string, DateOnly, string)>
        {
            ("big", new DateOnly(2021, 5, 1), string.Join(' ', Enumerable.Repeat("word", limit * 50))),
            ("small", new DateOnly(2021, 5, 2), "A short one."),
        };
        byte[] bytes = Serialize(format, articles);

        var items = ArticleReader.Read(new MemoryStream(bytes), "h" + Extension(format), format, new ReaderOptions { MaxArticleChars = limit }).ToList();

        Assert.Equal(2, items.Count);
        Assert.StartsWith("E017: h" + Extension(format) + ":", items[0].Error);
        Assert.Contains("--max-article-chars", items[0].Error, StringComparison.Ordinal);
        Assert.Equal("A short one.", items[1].Article?.Text);
    }

    [Theory]
    [InlineData(ArticleFormat.Text, "")]
    [InlineData(ArticleFormat.Text, "\n \r\n\t\n")]
    [InlineData(ArticleFormat.JsonLines, "")]
    [InlineData(ArticleFormat.JsonLines, "\n\n   \n")]
    [InlineData(ArticleFormat.Csv, "")]
    [InlineData(ArticleFormat.Csv, "\uFEFF")]
    public void EmptyInput_IsOneE020(ArticleFormat format, string content)
    {
        var items = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "e" + Extension(format), format, new ReaderOptions()).ToList();

        var item = Assert.Single(items);
        Assert.StartsWith("E020: e" + Extension(format) + ":1", item.Error);
    }

    [Theory]
    [InlineData(ArticleFormat.Text, 3)]
    [InlineData(ArticleFormat.JsonLines, 3)]
    [InlineData(ArticleFormat.Csv, 3)]
    public void InvalidUtf8_RejectsOnlyItsRecord(ArticleFormat format, int records)
    {
        var articles = Enumerable.Range(0, records).Select(i => ("r" + i, new DateOnly(2022, 1, 1 + i), "Article number " + i + " here.")).ToList();
        byte[] bytes = Serialize(format, articles);
        string text = Encoding.UTF8.GetString(bytes);
        int at = text.IndexOf("number 1", StringComparison.Ordinal);
        int byteAt = Encoding.UTF8.GetByteCount(text[..at]);
        byte[] broken = [.. bytes[..byteAt], 0xC3, 0x28, .. bytes[byteAt..]];

        var items = ArticleReader.Read(new MemoryStream(broken), "u" + Extension(format), format, new ReaderOptions()).ToList();

        Assert.Equal(records, items.Count);
        Assert.StartsWith("E016: u" + Extension(format) + ":", items[1].Error);
        Assert.Equal(records - 1, items.Count(i => i.Article is not null));
    }

    private static string Extension(ArticleFormat format) => format switch
    {
        ArticleFormat.JsonLines => ".jsonl",
        ArticleFormat.Csv => ".csv",
        _ => ".txt",
    };

    private static byte[] Serialize(ArticleFormat format, List<(string Id, DateOnly Date, string Text)> articles)
    {
        var sb = new StringBuilder();
        if (format == ArticleFormat.Csv) sb.Append("id,date,text\r\n");
        foreach (var (id, date, text) in articles)
        {
            string day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            switch (format)
            {
                case ArticleFormat.JsonLines:
                    sb.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["date"] = day, ["text"] = text })).Append('\n');
                    break;
                case ArticleFormat.Csv:
                    sb.Append(id).Append(',').Append(day).Append(",\"").Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\r\n");
                    break;
                default:
                    sb.Append("date ").Append(day).Append('\n').Append(text).Append("\n\n");
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static List<string> Describe(IEnumerable<ReadItem> items) =>
        [.. items.Select(i => i.Article is { } a
            ? "ok " + a.Id + " " + a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + a.Text.Length.ToString(CultureInfo.InvariantCulture) + " " + a.Origin
            : i.Error ?? "(neither)")];

    // An article (non-empty, within the limit) or an error with its code and the file it names.
    [GeneratedRegex(@"^(ok \S+ \d{4}-\d\d-\d\d ([1-9]\d{0,2}|[1-4]\d{3}|5000) c\.\w+:\d+|E0\d\d: c\.\w+:\d+: .+)$", RegexOptions.Singleline)]
    private static partial Regex WellFormed();
}
