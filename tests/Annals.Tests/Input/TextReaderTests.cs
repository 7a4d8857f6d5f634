using System.Text;
using Annals.Input;
using static Annals.Tests.Input.ReaderTestKit;

namespace Annals.Tests.Input;

public class TextReaderTests
{
    private const string SeedLike =
        " date 2022-11-06 The United States government is quietly pressing Ukraine to signal openness to talks.\n" +
        "\n" +
        "A State Department spokesperson blamed the Kremlin for the escalation.\n";

    [Theory]
    [InlineData(SeedLike, "The United States government is quietly", "signal openness to talks.\n\nA State Department spokesperson blamed the Kremlin for the escalation.")]
    [InlineData("date 2022-11-06\n\n   Indented first line.\nSecond line.  \n\n\n", "Indented first line.", "Indented first line.\nSecond line.")]
    [InlineData("date 2022-11-06\t \tTabbed body", "Tabbed body", "Tabbed body")]
    [InlineData("date 2022-11-06 One.\r\nTwo.\r\n\r\nThree.\r\n", "One.\nTwo.", "One.\nTwo.\n\nThree.")]
    [InlineData("\uFEFFdate 2022-11-06 After a byte order mark.", "After a byte order mark.", "After a byte order mark.")]
    public void Body_FollowsTheContractRules(string input, string startsWith, string endsWith)
    {
        var items = Read(input, "folder/seed.txt", ArticleFormat.Text);
        var article = Assert.Single(items.Articles());
        Assert.Empty(items.ErrorList());
        Assert.StartsWith(startsWith, article.Text);
        Assert.EndsWith(endsWith, article.Text);
        Assert.Equal(article.Text.Trim(), article.Text);
        Assert.Equal(new DateOnly(2022, 11, 6), article.Date);
        Assert.Equal("seed.txt#1", article.Id);
        Assert.Equal("folder/seed.txt:1", article.Origin);
    }

    [Theory]
    [InlineData(SeedLike, "Kremlin", 130)]
    [InlineData("date 2022-11-06   Kyiv said Moscow shelled the port.", "Moscow", 10)]
    public void Offsets_IndexTheBody(string input, string word, int expected)
    {
        var article = Assert.Single(Read(input, "a.txt", ArticleFormat.Text).Articles());
        Assert.Equal(expected, article.Text.IndexOf(word, StringComparison.Ordinal));
        Assert.Equal(word, article.Text.Substring(expected, word.Length));
    }

    [Theory]
    [InlineData("date 2021-01-05 First article.\n\nMore of it.\ndate 2021-01-06 Second article.\n", 2)]
    [InlineData("date 2021-01-05 First.\n  date 2021-01-06 Second.\ndate 2021-01-07 Third.", 3)]
    [InlineData("date 2021-01-05 First.\n\uFEFFdate 2021-01-06 Second, after joined files.", 2)]
    public void Datelines_SplitArticles(string input, int expected)
    {
        var items = Read(input, "two.txt", ArticleFormat.Text);
        var articles = items.Articles();
        Assert.Empty(items.ErrorList());
        Assert.Equal(expected, articles.Count);
        Assert.Equal(Enumerable.Range(1, expected).Select(n => "two.txt#" + n), articles.Select(a => a.Id));
        Assert.Equal(new DateOnly(2021, 1, 6), articles[1].Date);
        Assert.StartsWith("Second", articles[1].Text);
        Assert.DoesNotContain("date 2021", articles[0].Text);
    }

    [Theory]
    [InlineData("dated 2021-01-05 is not a dateline.")]
    [InlineData("update 2021-01-05 neither.")]
    [InlineData("Date 2021-01-05 is a sentence, not a dateline.")]
    [InlineData("date line with no digit after it")]
    public void Dateline_NeedsExactForm(string input)
    {
        var items = Read(input, "x.txt", ArticleFormat.Text, new ReaderOptions { DefaultDate = new DateOnly(2020, 2, 2) });
        var article = Assert.Single(items.Articles());
        Assert.Equal(new DateOnly(2020, 2, 2), article.Date);
        Assert.Equal(input, article.Text);
    }

    [Theory]
    [InlineData("Troops shelled the town.\nOfficials condemned it.", 2020, 3, 4)]
    public void NoDateline_UsesDefaultDate(string input, int y, int m, int d)
    {
        var items = Read(input, "dir/nodate.txt", ArticleFormat.Text, new ReaderOptions { DefaultDate = new DateOnly(y, m, d) });
        var article = Assert.Single(items.Articles());
        Assert.Empty(items.ErrorList());
        Assert.Equal(new DateOnly(y, m, d), article.Date);
        Assert.Equal("nodate.txt#1", article.Id);
        Assert.Equal(input, article.Text);
    }

    [Theory]
    [InlineData("Troops shelled the town.\nOfficials condemned it.")]
    public void NoDateline_WithoutDefaultDate_IsRejected(string input)
    {
        var items = Read(input, "dir/nodate.txt", ArticleFormat.Text);
        AssertOneError(items, "E010", "dir/nodate.txt:1");
        Assert.Empty(items.Articles());
    }

    [Theory]
    [InlineData("date 2022-13-45 Impossible month.", "2022-13-45")]
    [InlineData("date 2022-02-30 No such day.", "2022-02-30")]
    [InlineData("date 2022-1-5 Short form.", "2022-1-5")]
    [InlineData("date 2022-11-06: Punctuation glued to the date.", "2022-11-06:")]
    [InlineData("date 0000-01-01 Year zero.", "0000-01-01")]
    public void ImpossibleDate_RejectsOnlyThatArticle(string badLine, string shown)
    {
        string input = "date 2021-01-05 Good one.\n\n" + badLine + "\nIts second line.\ndate 2021-01-07 Good two.\n";
        var items = Read(input, "d.txt", ArticleFormat.Text);
        AssertOneError(items, "E011", "d.txt:3");
        Assert.Contains("'" + shown + "'", items.ErrorList()[0]);
        var articles = items.Articles();
        Assert.Equal(["Good one.", "Good two."], articles.Select(a => a.Text));
        Assert.Equal(["d.txt#1", "d.txt#3"], articles.Select(a => a.Id));
        Assert.Equal("d.txt:5", articles[1].Origin);
    }

    [Theory]
    [InlineData("date 2021-01-05 Good.\ndate 2021-01-06\n\n   \ndate 2021-01-07 Also good.", 2)]
    [InlineData("date 2021-01-05 Good.\ndate 2021-01-06 \u00A0\u2003\ndate 2021-01-07 Also good.", 2)]
    public void EmptyBody_IsRejected(string input, int line)
    {
        var items = Read(input, "e.txt", ArticleFormat.Text);
        AssertOneError(items, "E012", "e.txt:" + line);
        Assert.Equal(["Good.", "Also good."], items.Articles().Select(a => a.Text));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void InvalidUtf8_RejectsOnlyThatArticle(byte[] bad)
    {
        var bytes = Concat("date 2021-01-05 Fine.\ndate 2021-01-06 Starts well\nthen ", bad, " breaks.\ndate 2021-01-07 Fine again.\n");
        var items = Read(bytes, "u.txt", ArticleFormat.Text);
        AssertOneError(items, "E016", "u.txt:3");
        Assert.Equal(["Fine.", "Fine again."], items.Articles().Select(a => a.Text));
    }

    [Theory]
    [InlineData("Headline with no date\n\ndate 2021-01-05 Body.", 1)]
    [InlineData("\n\n  \nStray text\ndate 2021-01-05 Body.", 4)]
    public void TextBeforeFirstDateline_IsReported(string input, int line)
    {
        var items = Read(input, "p.txt", ArticleFormat.Text);
        AssertOneError(items, "E019", "p.txt:" + line);
        var article = Assert.Single(items.Articles());
        Assert.Equal("Body.", article.Text);
        Assert.Equal("p.txt#1", article.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \r\n")]
    [InlineData("\uFEFF")]
    public void EmptyFile_IsReported(string input)
    {
        var items = Read(input, "empty.txt", ArticleFormat.Text, new ReaderOptions { DefaultDate = new DateOnly(2020, 1, 1) });
        AssertOneError(items, "E020", "empty.txt:1");
        Assert.Empty(items.Articles());
    }

    [Theory]
    [InlineData(10_000_000)]
    public void LargeArticle_UnderTheLimit_IsKeptWhole(int chars)
    {
        var sb = new StringBuilder("date 2021-01-05 ");
        while (sb.Length < chars) sb.Append("Officials met again in Geneva to discuss the ceasefire terms.\n");
        sb.Append("date 2021-01-06 Next.");
        var items = Read(sb.ToString(), "big.txt", ArticleFormat.Text);
        Assert.Empty(items.ErrorList());
        var articles = items.Articles();
        Assert.Equal(2, articles.Count);
        Assert.True(articles[0].Text.Length >= chars - 100, "the large article must not be truncated");
        Assert.EndsWith("ceasefire terms.", articles[0].Text);
    }

    [Theory]
    [InlineData(1_000_000, true)]
    [InlineData(1_000_000, false)]
    public void LargeArticle_OverTheLimit_IsRejectedNotTruncated(int limit, bool withLineBreaks)
    {
        var sb = new StringBuilder("date 2021-01-04 Small.\ndate 2021-01-05 ");
        while (sb.Length < 10_000_000) sb.Append(withLineBreaks ? "Officials met again in Geneva to discuss terms.\n" : "Officials met again in Geneva to discuss terms. ");
        sb.Append("\ndate 2021-01-06 Next.");
        var items = Read(sb.ToString(), "big.txt", ArticleFormat.Text, new ReaderOptions { MaxArticleChars = limit });
        AssertOneError(items, "E017", "big.txt:2");
        Assert.Equal(["Small.", "Next."], items.Articles().Select(a => a.Text));
    }

    [Theory]
    [InlineData(20, "date 2021-01-05 exactly twenty chars", true)]
    [InlineData(20, "date 2021-01-05 twenty-one characters", false)]
    public void Limit_CountsTrimmedBodyCharacters(int limit, string input, bool kept)
    {
        var items = Read(input + "\n\n   ", "l.txt", ArticleFormat.Text, new ReaderOptions { MaxArticleChars = limit });
        Assert.Equal(kept, items.Articles().Count == 1);
        if (!kept) AssertOneError(items, "E017", "l.txt:1");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public void Trickling_GivesTheSameArticles(int chunk)
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFFdate 2021-01-05 Première ligne.\r\nSuite — fin.\r\ndate 2021-01-06 Deux.\n");
        var whole = ArticleReader.Read(new MemoryStream(bytes), "t.txt", ArticleFormat.Text, new ReaderOptions()).ToList();
        var trickled = ArticleReader.Read(new TrickleStream(bytes, chunk), "t.txt", ArticleFormat.Text, new ReaderOptions()).ToList();
        Assert.Equal(2, whole.Articles().Count);
        Assert.Equal("Première ligne.\nSuite — fin.", whole.Articles()[0].Text);
        Assert.Equal(whole.Select(i => (i.Article?.Text, i.Article?.Id, i.Error)), trickled.Select(i => (i.Article?.Text, i.Article?.Id, i.Error)));
    }

    [Theory]
    [InlineData(50)]
    public void FailingStream_EndsWithOneReadError(int failAfter)
    {
        var bytes = Encoding.UTF8.GetBytes("date 2021-01-05 One.\ndate 2021-01-06 Two.\ndate 2021-01-07 Three.\n");
        var items = ArticleReader.Read(new FailingStream(bytes, failAfter), "f.txt", ArticleFormat.Text, new ReaderOptions()).ToList();
        Assert.Equal("One.", Assert.Single(items.Articles()).Text);
        // The article being read when the stream failed may be cut short, so it is not returned.
        Assert.StartsWith("E018: f.txt:3:", Assert.Single(items.ErrorList()));
    }
}
