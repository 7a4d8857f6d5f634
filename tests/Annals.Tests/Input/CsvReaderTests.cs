using System.Text;
using Annals.Input;
using static Annals.Tests.Input.ReaderTestKit;

namespace Annals.Tests.Input;

public class CsvReaderTests
{
    [Theory]
    [InlineData("id,date,title,text,source,url\nr1,2015-07-14,Deal,Iran and six powers reached an agreement.,Wire,https://example.org/r1\n")]
    [InlineData("\uFEFFURL , Text,Date,extra,ID,Title,SOURCE\r\nhttps://example.org/r1,Iran and six powers reached an agreement.,2015-07-14,ignored,r1,Deal,Wire\r\n")]
    public void Header_AnyOrderAndCase(string input)
    {
        var items = Read(input, "dir/h.csv", ArticleFormat.Csv);
        Assert.Empty(items.ErrorList());
        var a = Assert.Single(items.Articles());
        Assert.Equal(("r1", new DateOnly(2015, 7, 14), "Iran and six powers reached an agreement."), (a.Id, a.Date, a.Text));
        Assert.Equal(("Deal", "Wire", "https://example.org/r1"), (a.Title, a.Source, a.Url));
        Assert.Equal("dir/h.csv:2", a.Origin);
    }

    [Theory]
    [InlineData("date,text\n2020-01-01,\"Moscow, Kyiv and Ankara\"\n", "Moscow, Kyiv and Ankara")]
    [InlineData("date,text\n2020-01-01,\"He said \"\"no\"\" twice\"\n", "He said \"no\" twice")]
    [InlineData("date,text\n2020-01-01,\"First paragraph.\n\nSecond, with a comma.\"\n", "First paragraph.\n\nSecond, with a comma.")]
    [InlineData("date,text\r\n2020-01-01,\"Kept\r\nas written\"\r\n", "Kept\r\nas written")]
    [InlineData("date,text\n2020-01-01,unquoted with a \"quote\" inside\n", "unquoted with a \"quote\" inside")]
    [InlineData("date,text\n2020-01-01,\"\"\"\"\n", "\"")]
    [InlineData("date,text\n2020-01-01,  padded text  \n", "  padded text  ")]
    [InlineData("date,text\n2020-01-01,no final newline", "no final newline")]
    public void Quoting_FollowsRfc4180(string input, string expected)
    {
        var items = Read(input, "q.csv", ArticleFormat.Csv);
        Assert.Empty(items.ErrorList());
        Assert.Equal(expected, Assert.Single(items.Articles()).Text);
    }

    [Theory]
    [InlineData("date,text,id\n2020-01-01,a,\n2020-01-02,b,own\n\n2020-01-03,c,\n", new[] { "i.csv#1", "own", "i.csv#3" })]
    [InlineData("date,text\n2020-01-01,\"multi\nline\"\n2020-01-02,b\n", new[] { "i.csv#1", "i.csv#2" })]
    public void Ids_AreOwnElseFileAndOrdinal(string input, string[] expected) =>
        Assert.Equal(expected, Read(input, "i.csv", ArticleFormat.Csv).Articles().Select(a => a.Id));

    private const string Header = "id,date,text\n";
    private const string Row2 = "r2,2020-01-02,Good two.\n";
    private const string Row4 = "r4,2020-01-04,\"Good four, quoted.\"\n";
    private const string Row5 = "r5,2020-01-05,Good five.\n";

    [Theory]
    [InlineData("r3,2020-01-03,\"He said \"hello\" to me\"\n", "E015")]
    [InlineData("r3,2020-01-03,Good,but one field too many\n", "E015")]
    [InlineData("r3,2020-01-03\n", "E015")]
    [InlineData("r3,2020-13-03,Bad month.\n", "E011")]
    [InlineData("r3,2021-02-29,Not a leap year.\n", "E011")]
    [InlineData("r3,,No date.\n", "E014")]
    [InlineData("r3,2020-01-03,\n", "E012")]
    [InlineData("r3,2020-01-03,\"   \"\n", "E012")]
    public void BadRow_IsReportedWithItsLine_AndLaterRowsSurvive(string bad, string code)
    {
        var items = Read(Header + Row2 + bad + Row4 + Row5, "b.csv", ArticleFormat.Csv);
        AssertOneError(items, code, "b.csv:3");
        Assert.Equal(["r2", "r4", "r5"], items.Articles().Select(a => a.Id));
        Assert.Equal("Good four, quoted.", items.Articles()[1].Text);
    }

    [Theory]
    [InlineData("r3,2020-01-03,\"Opened but never closed\n", 4)]
    [InlineData("r3,2020-01-03,\"Opened, never closed\nand running on\n", 5)]
    public void UnterminatedQuote_ResynchronisesAtTheNextLine(string bad, int row4Line)
    {
        var items = Read(Header + Row2 + bad + Row4 + Row5, "u.csv", ArticleFormat.Csv);
        var errors = items.ErrorList();
        Assert.StartsWith("E015: u.csv:3:", errors[0]);
        Assert.Contains("r4", items.Articles().Select(a => a.Id));
        Assert.Contains("r5", items.Articles().Select(a => a.Id));
        Assert.Equal("r2", items.Articles()[0].Id);
        Assert.Equal("Good four, quoted.", items.Articles().Single(a => a.Id == "r4").Text);
        Assert.Equal("u.csv:" + row4Line, items.Articles().Single(a => a.Id == "r4").Origin);
    }

    [Theory]
    [InlineData("r9,2020-01-09,\"Never closed at the end\nof the file")]
    public void UnterminatedQuote_AtEndOfFile_KeepsEarlierRows(string bad)
    {
        var items = Read(Header + Row2 + Row4 + bad, "e.csv", ArticleFormat.Csv);
        var errors = items.ErrorList();
        Assert.StartsWith("E015: e.csv:4:", errors[0]);
        Assert.Contains("never closed", errors[0]);

        // The lines the open quote swallowed are read again as rows; a continuation line is then reported too.
        Assert.Equal(["E015: e.csv:4:", "E015: e.csv:5:"], errors.Select(e => e[..14]));
        Assert.Equal(["r2", "r4"], items.Articles().Select(a => a.Id));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0x80 })]
    public void InvalidUtf8_RejectsOnlyThatRow(byte[] bad)
    {
        var bytes = Concat(Header, Row2, "r3,2020-01-03,\"bad ", bad, " bytes\"\n", Row4);
        var items = Read(bytes, "v.csv", ArticleFormat.Csv);
        AssertOneError(items, "E016", "v.csv:3");
        Assert.Equal(["r2", "r4"], items.Articles().Select(a => a.Id));
    }

    [Theory]
    [InlineData("id,title,body\nr1,T,text\n", "no 'date' column")]
    [InlineData("date,title\n2020-01-01,T\n", "no 'text' column")]
    [InlineData("\"date,text\n2020-01-01,x\n", "header row")]
    public void BadHeader_StopsTheFile(string input, string detail)
    {
        var items = Read(input, "h.csv", ArticleFormat.Csv);
        AssertOneError(items, "E015", "h.csv:1");
        Assert.Contains(detail, items.ErrorList()[0]);
        Assert.Empty(items.Articles());
    }

    [Theory]
    [InlineData("", "e.csv:1")]
    [InlineData("date,text\n", "e.csv:1")]
    [InlineData("\n\ndate,text\n\n", "e.csv:3")]
    public void NoRecords_IsReported(string input, string where) =>
        AssertOneError(Read(input, "e.csv", ArticleFormat.Csv), "E020", where);

    [Theory]
    [InlineData(2_000_000, 5_000_000, true)]
    [InlineData(2_000_000, 1_000_000, false)]
    public void LargeText_KeptUnderTheLimit_RejectedOver(int chars, int limit, bool kept)
    {
        var sb = new StringBuilder(Header).Append("big,2020-01-01,\"");
        while (sb.Length < chars) sb.Append("Officials said, \"\"talks resume\"\".\n");
        sb.Append("\"\n").Append(Row2);
        var items = Read(sb.ToString(), "big.csv", ArticleFormat.Csv, new ReaderOptions { MaxArticleChars = limit });
        if (kept)
        {
            Assert.Empty(items.ErrorList());
            Assert.True(items.Articles()[0].Text.Length > chars * 9 / 10, "the large text must not be truncated");
        }
        else
        {
            AssertOneError(items, "E017", "big.csv:2");
        }

        Assert.Equal("r2", items.Articles()[^1].Id);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Trickling_GivesTheSameArticles(int chunk)
    {
        var bytes = Encoding.UTF8.GetBytes(Header + Row2 + "r3,2020-01-03,\"broken\n" + Row4 + "r6,2020-01-06,\"two\r\nlines\"\r\n");
        var whole = Read(bytes, "t.csv", ArticleFormat.Csv);
        var trickled = ArticleReader.Read(new TrickleStream(bytes, chunk), "t.csv", ArticleFormat.Csv, new ReaderOptions()).ToList();
        Assert.Equal(["r2", "r4", "r6"], whole.Articles().Select(a => a.Id));
        Assert.Equal(whole.Select(i => (i.Article?.Text, i.Article?.Id, i.Error)), trickled.Select(i => (i.Article?.Text, i.Article?.Id, i.Error)));
    }
}
