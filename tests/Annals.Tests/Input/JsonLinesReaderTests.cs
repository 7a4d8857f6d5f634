using System.Text;
using Annals.Input;
using static Annals.Tests.Input.ReaderTestKit;

namespace Annals.Tests.Input;

public class JsonLinesReaderTests
{
    private const string Good1 = """{"id":"a1","date":"2018-06-12","title":"Summit","text":"Trump and Kim signed a statement.","source":"Wire","url":"https://example.org/a1"}""";
    private const string Good2 = """{"date":"2018-06-13","text":"Seoul welcomed the outcome."}""";

    [Theory]
    [InlineData(Good1 + "\n" + Good2 + "\n")]
    [InlineData("\uFEFF" + Good1 + "\r\n\r\n" + Good2 + "\r\n")]
    [InlineData(Good1 + "\n\uFEFF" + Good2)]
    public void Records_AreRead(string input)
    {
        var items = Read(input, "dir/wire.jsonl", ArticleFormat.JsonLines);
        Assert.Empty(items.ErrorList());
        var a = items.Articles();
        Assert.Equal(2, a.Count);
        Assert.Equal(("a1", new DateOnly(2018, 6, 12), "Trump and Kim signed a statement."), (a[0].Id, a[0].Date, a[0].Text));
        Assert.Equal(("Summit", "Wire", "https://example.org/a1"), (a[0].Title, a[0].Source, a[0].Url));
        Assert.Equal("dir/wire.jsonl:1", a[0].Origin);
        Assert.Equal("wire.jsonl#2", a[1].Id);
        Assert.Null(a[1].Title);
        Assert.Equal("Seoul welcomed the outcome.", a[1].Text);
    }

    [Theory]
    [InlineData("""{"date":"2020-01-01","text":"\n\nNAIROBI _\n\nBody with trailing space. "}""", "\n\nNAIROBI _\n\nBody with trailing space. ")]
    [InlineData("""{"date":"2020-01-01","text":"Quote: \u201cyes\u201d \ud83d\ude00"}""", "Quote: \u201cyes\u201d \U0001F600")]
    [InlineData("""{"te\u0078t":"escaped name","DATE":"2020-01-01"}""", "escaped name")]
    [InlineData("""{"date":"2020-01-01","extra":{"nested":[1,2,{"x":null}]},"text":"kept","n":5,"b":true}""", "kept")]
    public void Text_IsKeptExactly(string line, string expected)
    {
        var article = Assert.Single(Read(line, "t.jsonl", ArticleFormat.JsonLines).Articles());
        Assert.Equal(expected, article.Text);
    }

    [Theory]
    [InlineData("2022-11-06", 2022, 11, 6)]
    [InlineData("2022-11-06T10:00:00Z", 2022, 11, 6)]
    [InlineData("2022-11-06T23:30:00-05:00", 2022, 11, 6)]
    [InlineData("2022-11-06T00:15:00+09:00", 2022, 11, 6)]
    [InlineData("2022-11-06T08:15:30.123456", 2022, 11, 6)]
    [InlineData("2022-11-06 08:15", 2022, 11, 6)]
    [InlineData(" 2016-02-29 ", 2016, 2, 29)]
    public void Dates_AcceptIsoDatesAndDateTimes(string date, int y, int m, int d)
    {
        var line = "{\"date\":\"" + date + "\",\"text\":\"x\"}";
        var article = Assert.Single(Read(line, "d.jsonl", ArticleFormat.JsonLines).Articles());
        Assert.Equal(new DateOnly(y, m, d), article.Date);
    }

    [Theory]
    [InlineData("\"2022-13-45\"")]
    [InlineData("\"2022-02-30\"")]
    [InlineData("\"2015-02-29\"")]
    [InlineData("\"06/11/2022\"")]
    [InlineData("\"2022-11-06T25:00\"")]
    [InlineData("\"2022-11-06Tnoon\"")]
    [InlineData("\"yesterday\"")]
    [InlineData("20221106")]
    [InlineData("true")]
    public void BadDate_RejectsOnlyThatLine(string date)
    {
        var input = Good1 + "\n{\"date\":" + date + ",\"text\":\"x\"}\n" + Good2;
        var items = Read(input, "d.jsonl", ArticleFormat.JsonLines);
        AssertOneError(items, "E011", "d.jsonl:2");
        Assert.Equal(["a1", "d.jsonl#3"], items.Articles().Select(a => a.Id));
    }

    [Theory]
    [InlineData("""{"date":"2020-01-01","text":"cut""", "E013")]
    [InlineData("""not json at all""", "E013")]
    [InlineData("""[{"date":"2020-01-01","text":"x"}]""", "E013")]
    [InlineData("\"just a string\"", "E013")]
    [InlineData("42", "E013")]
    [InlineData("""{"date":"2020-01-01","text":"x"} trailing""", "E013")]
    [InlineData("""{"date":"2020-01-01","text":"x"}{"date":"2020-01-02","text":"y"}""", "E013")]
    [InlineData("""{"date":"2020-01-01","text":"x",}""", "E013")]
    [InlineData("""{"date":"2020-01-01","text":"lone \ud800 surrogate"}""", "E013")]
    [InlineData("""{"date":"2020-01-01","text":123}""", "E013")]
    [InlineData("""{"date":"2020-01-01","text":["a"]}""", "E013")]
    [InlineData("""{"date":"2020-01-01","title":{"a":1},"text":"x"}""", "E013")]
    [InlineData("""{"date":"2020-01-01"}""", "E014")]
    [InlineData("""{"date":"2020-01-01","text":null}""", "E014")]
    [InlineData("""{"text":"no date"}""", "E014")]
    [InlineData("""{"date":null,"text":"null date"}""", "E014")]
    [InlineData("""{"date":"2020-01-01","text":""}""", "E012")]
    [InlineData("""{"date":"2020-01-01","text":" \n\t "}""", "E012")]
    public void BadLine_IsReportedWithItsLine_AndNeighboursSurvive(string bad, string code)
    {
        var input = Good1 + "\n\n" + bad + "\n" + Good2 + "\n";
        var items = Read(input, "b.jsonl", ArticleFormat.JsonLines);
        AssertOneError(items, code, "b.jsonl:3");
        Assert.Equal(["a1", "b.jsonl#3"], items.Articles().Select(a => a.Id));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    public void InvalidUtf8_RejectsOnlyThatLine(byte[] bad)
    {
        var bytes = Concat(Good1, "\n{\"date\":\"2020-01-01\",\"text\":\"bad ", bad, " bytes\"}\n", Good2, "\n");
        var items = Read(bytes, "u.jsonl", ArticleFormat.JsonLines);
        AssertOneError(items, "E016", "u.jsonl:2");
        Assert.Equal(2, items.Articles().Count);
    }

    [Theory]
    [InlineData(10_000_000, 20_000_000, true)]
    [InlineData(10_000_000, 1_000_000, false)]
    public void LargeText_KeptUnderTheLimit_RejectedOver(int chars, int limit, bool kept)
    {
        var text = new string('x', chars);
        var input = "{\"date\":\"2020-01-01\",\"text\":\"" + text + "\"}\n" + Good2;
        var items = Read(input, "big.jsonl", ArticleFormat.JsonLines, new ReaderOptions { MaxArticleChars = limit });
        Assert.Equal(kept ? 2 : 1, items.Articles().Count);
        if (kept) Assert.Equal(chars, items.Articles()[0].Text.Length);
        else AssertOneError(items, "E017", "big.jsonl:1");
    }

    [Theory]
    [InlineData(30)]
    public void OverlongLine_IsRejectedAndSkipped(int limit)
    {
        // A line longer than any allowed article could be written is cut off unread.
        var input = "{\"date\":\"2020-01-01\",\"text\":\"" + new string('y', 3_000_000) + "\"}\n" + Good2;
        var items = Read(input, "o.jsonl", ArticleFormat.JsonLines, new ReaderOptions { MaxArticleChars = limit });
        AssertOneError(items, "E017", "o.jsonl:1");
        Assert.Contains("more than 30", items.ErrorList()[0]);
        Assert.Equal("o.jsonl#2", Assert.Single(items.Articles()).Id);
    }

    [Theory]
    [InlineData("""{"id":17,"date":"2020-01-01","text":"x"}""", "17")]
    [InlineData("""{"id":"","date":"2020-01-01","text":"x"}""", "i.jsonl#1")]
    [InlineData("""{"id":null,"date":"2020-01-01","text":"x"}""", "i.jsonl#1")]
    [InlineData("""{"ID":"own","date":"2020-01-01","text":"x"}""", "own")]
    public void Id_IsOwnElseFileAndOrdinal(string line, string expected) =>
        Assert.Equal(expected, Assert.Single(Read(line, "i.jsonl", ArticleFormat.JsonLines).Articles()).Id);

    [Theory]
    [InlineData("")]
    [InlineData("\n \n")]
    public void EmptyFile_IsReported(string input) =>
        AssertOneError(Read(input, "e.jsonl", ArticleFormat.JsonLines), "E020", "e.jsonl:1");

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Trickling_GivesTheSameArticles(int chunk)
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + Good1 + "\r\n" + Good2);
        var trickled = ArticleReader.Read(new TrickleStream(bytes, chunk), "t.jsonl", ArticleFormat.JsonLines, new ReaderOptions()).ToList();
        Assert.Equal(["a1", "t.jsonl#2"], trickled.Articles().Select(a => a.Id));
        Assert.Equal("Seoul welcomed the outcome.", trickled.Articles()[1].Text);
    }
}
