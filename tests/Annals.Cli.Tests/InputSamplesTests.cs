using System.Text.RegularExpressions;
using Annals.Input;

namespace Annals.Cli.Tests;

/// <summary>The articles in <c>samples/</c> all read cleanly, in every input form.</summary>
public class InputSamplesTests
{
    private static string SamplesFolder() =>
        Directory.Exists(RepoPaths.Samples) ? RepoPaths.Samples : throw new InvalidOperationException("no samples/ folder at " + RepoPaths.Samples);

    [Theory]
    [InlineData(20, 100, 300)]
    public void Samples_ReadWithoutErrors_InEveryForm(int minArticles, int minWords, int maxWords)
    {
        var items = ArticleSource.Read([SamplesFolder()], new ReaderOptions()).ToList();

        Assert.Empty(items.Where(i => i.Error is not null).Select(i => i.Error));
        var articles = items.Select(i => i.Article!).ToList();
        Assert.True(articles.Count >= minArticles, $"{articles.Count} sample articles");
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
        foreach (var ext in new[] { ".txt#", ".jsonl:", ".csv:" })
            Assert.Contains(articles, a => (a.Id + " " + a.Origin).Contains(ext, StringComparison.Ordinal));
        Assert.Contains(articles, a => a.Id.EndsWith(".txt#2", StringComparison.Ordinal));
        foreach (var a in articles)
        {
            int words = Regex.Count(a.Text, @"\S+");
            Assert.True(words >= minWords && words <= maxWords, $"{a.Id} has {words} words");
        }

        Assert.Contains(articles, a => a.Text.Contains("speaking on condition of anonymity", StringComparison.Ordinal));
    }
}
