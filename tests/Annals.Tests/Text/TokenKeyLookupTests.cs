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
            Assert.Equal(Annals.Events.EventPatterns.Shared.ClassOf(span), Annals.Events.EventPatterns.Shared.ClassOf(text, t));
        }

        Assert.True(plain > 50, $"only {plain} plain words in {file}");
    }

    [Theory]
    [InlineData("He said the Sun. story ran on Sun. and Sept. 3, in the U.S. and Élysée.")]
    [InlineData("Russia’s troops won’t leave; the cease-fire, the ceasefire and the CEASE-FIRE held, Mr. Smith said.")]
    public void ByKey_EqualsByText_ForFoldedTokens(string text)
    {
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (t.Kind != TokenKind.Word) continue;
            var span = text.AsSpan(t.Start, t.Length);
            Assert.Equal(QuoteLexicon.Shared.ClassOf(span), QuoteLexicon.Shared.ClassOf(text, t));
            Assert.Same(TimeLexicon.Instance.Find(span), TimeLexicon.Instance.Find(text, t));
            Assert.Equal(Annals.Events.EventPatterns.Shared.ClassOf(span), Annals.Events.EventPatterns.Shared.ClassOf(text, t));
        }
    }
}

/// <summary>The open-addressing table behind the key lookups.</summary>
public class TokenKeyTableTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(5000)]
    public void TryGetValue_FindsEveryKeyAndNothingElse(int count)
    {
        var words = Enumerable.Range(0, count).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var table = new TokenKeyTable<int>(count / 4); // grows as it fills
        for (int i = 0; i < count; i++) table.Add(TokenKey.Of(words[i]), i);
        Assert.Equal(count, table.Count);
        for (int i = 0; i < count; i++)
        {
            Assert.True(table.TryGetValue(TokenKey.Of(words[i]), out int v));
            Assert.Equal(i, v);
        }

        Assert.False(table.TryGetValue(TokenKey.Of("absent word"), out _));
        Assert.Equal(count - 1, table.ValueOrDefault(TokenKey.Of(words[count - 1])));
        Assert.Equal(0, table.ValueOrDefault(TokenKey.Of("absent word")));
        Assert.Equal(0, table.ValueOrDefault(0));
        Assert.False(table.TryGetValue(0, out _)); // a token made by hand
        Assert.Throws<ArgumentException>(() => table.Add(0, 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    public void Keys_ListsEveryKeyOnce(int count)
    {
        var table = new TokenKeyTable<int>(4); // grows as it fills
        var keys = Enumerable.Range(0, count).Select(i => TokenKey.Of("k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        foreach (var k in keys) table.Add(k, 1);
        Assert.Equal(keys.Order(), table.Keys.Order());
    }

    [Theory]
    [InlineData("said", 1, 2, 3)]
    public void Constructor_MergesValuesOfOneKey(string word, int a, int b, int merged)
    {
        var table = new TokenKeyTable<int>(2);
        table.Add(TokenKey.Of(word), a, static (x, y) => x | y);
        table.Add(TokenKey.Of(word.ToUpperInvariant()), b, static (x, y) => x | y);
        Assert.Equal(1, table.Count);
        Assert.True(table.TryGetValue(TokenKey.Of(word), out int v));
        Assert.Equal(merged, v);
    }
}
