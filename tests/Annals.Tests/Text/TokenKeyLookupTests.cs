using Annals.Documents;
using Annals.Quotes;
using Annals.TestSupport;
using Annals.Text;
using Annals.Time;

namespace Annals.Tests.Text;

/// <summary>Looking a token up by its key gives what looking its text up gives, in every dictionary that does both.</summary>
public class TokenKeyLookupTests
{
    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.Samples).Order().Take(8)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void ByKey_EqualsByText_OnEveryTokenOfASample(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Samples, file));
        var quotes = QuoteLexicon.Shared;
        var time = TimeLexicon.Instance;
        int plain = 0;
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (t.Kind != TokenKind.Word) continue;
            var span = text.AsSpan(t.Start, t.Length);
            plain += (t.Shape & TokenShape.Folded) == 0 ? 1 : 0;
            Assert.Equal(quotes.ClassOf(span), quotes.ClassOf(text, t));
            Assert.Same(time.Find(span), time.Find(text, t));
        }

        Assert.True(plain > 50, $"only {plain} plain words in {file}");
    }

    [Theory]
    [InlineData("He said the Sun. story ran on Sun. and Sept. 3, in the U.S. and Élysée.")]
    public void ByKey_EqualsByText_ForFoldedTokens(string text)
    {
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (t.Kind != TokenKind.Word) continue;
            var span = text.AsSpan(t.Start, t.Length);
            Assert.Equal(QuoteLexicon.Shared.ClassOf(span), QuoteLexicon.Shared.ClassOf(text, t));
            Assert.Same(TimeLexicon.Instance.Find(span), TimeLexicon.Instance.Find(text, t));
        }
    }
}
