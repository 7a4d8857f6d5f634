using Annals.Documents;
using Annals.Text;

namespace Annals.Tests.Text;

public class TextSegmenterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens).Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    [InlineData("The U.S. envoy met Dr. Smith on Jan. 5 in Kyiv. Talks lasted 3.5 hours.", 2)]
    [InlineData("Officials met in the U.S. The talks ended.", 2)]
    [InlineData("\"We will not yield,\" he said. \"Never.\"", 2)]
    [InlineData("He said: “Ukraine fatigue is a real thing.” The official declined to say more.", 2)]
    [InlineData("Biden warns Russia over nuclear threat\n\nLast week, the president spoke.", 2)]
    [InlineData("John F. Kennedy visited Berlin in 1963.", 1)]
    [InlineData("Prices rose 2.5 percent. Wages did not.", 2)]
    [InlineData("", 0)]
    [InlineData("   \n\n  ", 0)]
    public void Split_CountsSentences(string text, int expected) => Assert.Equal(expected, Sentences(text).Length);

    [Theory]
    [InlineData("Ukraine's council", new[] { "Ukraine", "'s", "council" })]
    [InlineData("the war-torn country", new[] { "the", "war-torn", "country" })]
    [InlineData("on 10/3/2022 at 10:35 a.m.", new[] { "on", "10/3/2022", "at", "10:35", "a.m." })]
    [InlineData("regions- Donetsk", new[] { "regions", "-", "Donetsk" })]
    [InlineData("``It was,'' he said", new[] { "``", "It", "was", ",", "''", "he", "said" })]
    [InlineData("the 1990s and 3rd", new[] { "the", "1990s", "and", "3rd" })]
    public void Tokenize_KeepsUnitsWhole(string text, string[] expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(expected, tokens.Select(t => text[t.Start..t.End]).ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Segmenter_RandomText_SpansInBoundsAndOrdered(int seed)
    {
        var rng = new Random(seed);
        const string alphabet = "abc XYZ.,!?\"“”'’-\n\t0123456789()U.S.";
        for (int n = 0; n < 200; n++)
        {
            var chars = new char[rng.Next(0, 300)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[rng.Next(alphabet.Length)];
            var text = new string(chars);
            var doc = new TextSegmenter().Run(new AnalyzedDocument(new Article("x", new DateOnly(2020, 1, 1), text)));
            int prev = 0;
            foreach (var t in doc.Tokens)
            {
                Assert.True(t.Start >= prev && t.End > t.Start && t.End <= text.Length);
                prev = t.End;
            }

            prev = 0;
            foreach (var s in doc.Sentences)
            {
                Assert.True(s.Start >= prev && s.End > s.Start && s.End <= text.Length);
                prev = s.End;
            }

            Assert.Equal(doc.Tokens.ToArray(), new TextSegmenter().Run(new AnalyzedDocument(doc.Article)).Tokens.ToArray());
        }
    }

    [Theory]
    [InlineData(1, "abc XYZ.,!?\"“”'’-\n\t0123456789()U.S.")]
    [InlineData(2, "aéÉßİıñÑ-‑.'’sS Ki-moon U.S. Élysée 3rd")]
    [InlineData(3, "Zelenskyy's ex-president then-Premier N.A.T.O. o’clock")]
    [InlineData(4, "абвгд АБВ ﻙﻚ 中文 ॐक़ ́ x")]
    public void Tokenize_KeyAndShapeEqualThoseOfTheTokenText(int seed, string alphabet)
    {
        // The tokenizer folds and hashes while it reads; the result must be exactly TokenKey.Of and ShapeOf of the
        // token's text, or dictionaries built with TokenKey.Of would miss words.
        var rng = new Random(seed);
        for (int n = 0; n < 300; n++)
        {
            var chars = new char[rng.Next(0, 200)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[rng.Next(alphabet.Length)];
            var text = new string(chars);
            foreach (var t in Tokenizer.Tokenize(text))
            {
                var span = text.AsSpan(t.Start, t.Length);
                Assert.Equal(TokenKey.Of(span), t.Key);
                if (t.Kind == TokenKind.Word) Assert.Equal(Tokenizer.ShapeOf(span), t.Shape);
                else Assert.Equal(TokenShape.None, t.Shape);
            }
        }
    }

    [Theory]
    [InlineData("U.S.", "us", true)]
    [InlineData("US", "us", true)]
    [InlineData("Élysée", "elysee", true)]
    [InlineData("Ki-moon", "kimoon", true)]
    [InlineData("Russia", "Russian", false)]
    [InlineData("abcd", "abcde", false)]
    [InlineData("abc", "abc a", false)]
    [InlineData("abcdefgh", "abcdefghi", false)]
    [InlineData("", "a", false)]
    public void TokenKey_EqualExactlyForEqualFoldedForms(string a, string b, bool equal)
    {
        Assert.Equal(equal, TokenKey.Of(a) == TokenKey.Of(b));
        Assert.NotEqual(0UL, TokenKey.Of(a));
    }

    [Theory]
    [InlineData(TokenKind.Word, 0x00FF_FFFF_FFFF_FFFFUL, TokenShape.Capitalized | TokenShape.Hyphenated)]
    [InlineData(TokenKind.Punct, 1UL, TokenShape.None)]
    [InlineData(TokenKind.Quote, 0x0012_3456_789A_BCDEUL, TokenShape.AllCaps)]
    [InlineData(TokenKind.Number, 0UL, TokenShape.HasUpper)]
    public void Token_KeepsKindShapeAndKeyApartInOneWord(TokenKind kind, ulong key, TokenShape shape)
    {
        var t = new Token(3, 9, kind) { Key = key, Shape = shape };
        Assert.Equal((3, 9, 6), (t.Start, t.End, t.Length));
        Assert.Equal(kind, t.Kind);
        Assert.Equal(key, t.Key);
        Assert.Equal(shape, t.Shape);
        Assert.Equal(t, new Token(3, 9, kind) { Shape = shape, Key = key });
        Assert.NotEqual(t, new Token(3, 9, kind) { Key = key ^ 1, Shape = shape });
        Assert.Equal(16, System.Runtime.CompilerServices.Unsafe.SizeOf<Token>());
    }

    [Theory]
    [InlineData("Kyiv", TokenShape.Capitalized | TokenShape.HasUpper)]
    [InlineData("NATO", TokenShape.Capitalized | TokenShape.HasUpper | TokenShape.AllCaps)]
    [InlineData("U.S.", TokenShape.Capitalized | TokenShape.HasUpper | TokenShape.AllCaps | TokenShape.Folded)]
    [InlineData("iPhone", TokenShape.HasUpper)]
    [InlineData("ex-minister", TokenShape.Hyphenated | TokenShape.Folded)]
    [InlineData("Élysée", TokenShape.Capitalized | TokenShape.HasUpper | TokenShape.Folded)]
    [InlineData("don't", TokenShape.None)]
    [InlineData("don’t", TokenShape.Folded)]
    [InlineData("G20", TokenShape.Capitalized | TokenShape.HasUpper)]
    [InlineData("said", TokenShape.None)]
    public void Tokenize_ReadsTheCaseOfWords(string word, TokenShape expected)
    {
        var tokens = Tokenizer.Tokenize(word);
        Assert.Single(tokens);
        Assert.Equal(expected, tokens[0].Shape);
        // Plain tokens are exactly those whose key is the key of their lower-cased text.
        Assert.Equal((expected & TokenShape.Folded) == 0, TokenKey.IsPlain(word));
        Assert.Equal(TokenKey.IsPlain(word), tokens[0].IsPlainWord);
        if (TokenKey.IsPlain(word)) Assert.Equal(TokenKey.Of(word.ToLowerInvariant()), tokens[0].Key);
    }

    [Theory]
    [InlineData(0x0000, 0x0080)]   // ASCII, decided inline
    [InlineData(0x0080, 0x0250)]   // Latin-1 and Latin Extended-A
    [InlineData(0x0300, 0x0370)]   // combining diacritical marks
    [InlineData(0x0900, 0x0980)]   // Devanagari: spacing and non-spacing marks
    [InlineData(0x2000, 0x2070)]   // punctuation: quotes, dashes, hyphens
    public void IsLetter_AgreesWithUnicodeCategories(int from, int to)
    {
        for (int c = from; c < to; c++)
        {
            var cat = char.GetUnicodeCategory((char)c);
            bool expected = char.IsLetter((char)c) || cat is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            Assert.True(expected == Tokenizer.IsLetter((char)c), $"U+{c:X4}");
        }
    }
}
