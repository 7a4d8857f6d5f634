using System.Collections.Immutable;
using Annals.Documents;
using Annals.Quotes;
using Annals.Text;

namespace Annals.Tests.Quotes;

public class QuoteAttributorTests
{
    private static AnalyzedDocument Run(string text, ImmutableArray<ActorMention> actors = default)
    {
        var doc = new TextSegmenter().Run(new AnalyzedDocument(new Article("t", new DateOnly(2021, 3, 4), text)));
        if (!actors.IsDefault) doc = doc with { Actors = actors };
        return new QuoteAttributor().Run(doc);
    }

    private static string Cut(AnalyzedDocument doc, int start, int end) => doc.Text[start..end];

    private static Quote Single(AnalyzedDocument doc)
    {
        Assert.Single(doc.Quotes);
        return doc.Quotes[0];
    }

    [Theory]
    [InlineData("“We will not back down,” said Maria Olsen, a nurse.", "direct", "We will not back down,", "Maria Olsen")]
    [InlineData("Hugh Hill, a doctor, said the clinic would reopen on Monday.", "indirect", "the clinic would reopen on Monday", "Hugh Hill")]
    [InlineData("The mayor said that the bridge was unsafe.", "indirect", "the bridge was unsafe", "The mayor")]
    [InlineData("The bridge was unsafe, the mayor said.", "indirect", "The bridge was unsafe", "the mayor")]
    [InlineData("According to the ministry, three ships left the port.", "indirect", "three ships left the port", "the ministry")]
    [InlineData("Three ships left the port, according to the ministry.", "indirect", "Three ships left the port", "the ministry")]
    [InlineData("The governor warned that the storm could cause “serious damage” along the coast.", "mixed",
                "the storm could cause “serious damage” along the coast", "The governor")]
    [InlineData("“It is over,” he said.", "direct", "It is over,", "he")]
    [InlineData("The senator told reporters the vote would be delayed.", "indirect", "the vote would be delayed", "The senator")]
    [InlineData("Rep. Ann Lee (D-Ore.) said the bill would pass.", "indirect", "the bill would pass", "Rep. Ann Lee")]
    [InlineData("\"Prices will fall,\" the bank's chief economist, Tom Reyes, said in a note.", "direct", "Prices will fall,", "Tom Reyes")]
    [InlineData("Said the coach: “We earned this.”", "direct", "We earned this.", "the coach")]
    [InlineData("Sources “close to the talks” said that a deal was near.", "indirect", "a deal was near", "Sources “close to the talks”")]
    [InlineData("``We are not leaving,'' the tenant said.", "direct", "We are not leaving,", "the tenant")]
    [InlineData("The tenant laughed and said, “We are not leaving.”", "direct", "We are not leaving.", "The tenant")]
    public void Attributes_KindContentAndSpeaker(string text, string kind, string content, string speaker)
    {
        var doc = Run(text);
        var q = Single(doc);
        Assert.Equal(kind, q.Kind.ToString().ToLowerInvariant());
        Assert.Equal(content, Cut(doc, q.Start, q.End));
        Assert.NotNull(q.Speaker);
        Assert.Equal(speaker, Cut(doc, q.Speaker.Start, q.Speaker.End));
    }

    [Theory]
    [InlineData("One unnamed aide told the Herald: “The plan is dead.”", "told", "the Herald")]
    [InlineData("In a radio address, the president said the war would end soon.", "said", "a radio address")]
    [InlineData("The senator said on Twitter that the vote would be delayed.", "said", "Twitter")]
    [InlineData("The senator told reporters at the Capitol that the vote would be delayed.", "told", "reporters at the Capitol")]
    [InlineData("According to a report by the Daily Ledger, officials said the plant would close.", "said", "the Daily Ledger")]
    [InlineData("The mayor said the bridge was unsafe.", "said", null)]
    public void Attributes_CueAndMedium(string text, string cue, string? medium)
    {
        var doc = Run(text);
        var q = Single(doc);
        Assert.Equal(cue, Cut(doc, q.CueStart, q.CueEnd));
        Assert.Equal(medium, q.Medium);
    }

    [Theory]
    [InlineData("A source said the talks had stalled.", true)]
    [InlineData("The unnamed spokesperson added that no date was set.", true)]
    [InlineData("Officials speaking on condition of anonymity said the plan was dropped.", true)]
    [InlineData("People close to the mayor said she would run again.", true)]
    [InlineData("Sources familiar with the discussions said the deal was close.", true)]
    [InlineData("A city hall spokesperson said the office was closed.", true)]
    [InlineData("Mayor Ana Ruiz said the office was closed.", false)]
    [InlineData("The prime minister said the office was closed.", false)]
    [InlineData("She said the office was closed.", false)]
    public void Speaker_Anonymity(string text, bool anonymous)
    {
        var q = Single(Run(text));
        Assert.NotNull(q.Speaker);
        Assert.Equal(anonymous, q.Speaker.Anonymous);
    }

    [Theory]
    [InlineData("The minister did not say whether talks would resume.")]
    [InlineData("The report was released on Monday.")]
    [InlineData("The United States imposed new sanctions.")]
    [InlineData("Coal states are digging in against the rule.")]
    [InlineData("It was announced that the border would reopen.")]
    [InlineData("He declined to say whether he would stay.")]
    [InlineData("The so-called “peace plan” drew little notice.")]
    public void Attributes_NothingWithoutSpeech(string text) => Assert.Empty(Run(text).Quotes);

    [Theory]
    [InlineData("The coach said:\n\n“We trained all winter.\n\n“Now we are ready.”", "We trained all winter.\n\n“Now we are ready.")]
    [InlineData("The coach said:\n\n\"We trained all winter.\n\n\"Now we are ready.\"", "We trained all winter.\n\n\"Now we are ready.")]
    public void DirectQuote_RunsAcrossParagraphs(string text, string content)
    {
        var doc = Run(text);
        var q = Single(doc);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(content, Cut(doc, q.Start, q.End));
        Assert.Equal("The coach", Cut(doc, q.Speaker!.Start, q.Speaker.End));
    }

    [Theory]
    [InlineData("“We are ready,” the coach said.\n\n“The team has trained hard.”", 2)]
    [InlineData("“We are ready,” the coach said. “The team has trained hard.”", 1)]
    [InlineData("“We are ready,” the coach said, “and the team has trained hard.”", 1)]
    public void ContinuedQuote_KeepsTheSpeaker(string text, int quotes)
    {
        var doc = Run(text);
        Assert.Equal(quotes, doc.Quotes.Length);
        Assert.All(doc.Quotes, q => Assert.Equal("the coach", Cut(doc, q.Speaker!.Start, q.Speaker.End)));
        Assert.Contains(doc.Quotes, q => Cut(doc, q.Start, q.End).Contains("The team has trained hard", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("“Vote for change.” ― Ana Ruiz\n“Stay home.” ― Tom Reyes", new[] { "Ana Ruiz", "Tom Reyes" })]
    public void SignedQuotes_TakeTheSignature(string text, string[] speakers)
    {
        var doc = Run(text);
        Assert.Equal(speakers, doc.Quotes.Select(q => Cut(doc, q.Speaker!.Start, q.Speaker.End)).ToArray());
    }

    [Theory]
    [InlineData("The mayor’s office said the Clintons’ house is safe and residents don’t need to leave.",
                "the Clintons’ house is safe and residents don’t need to leave")]
    [InlineData("The ’90s were calm, the historian said.", "The ’90s were calm")]
    public void Apostrophes_AreNotQuoteMarks(string text, string content)
    {
        var doc = Run(text);
        var q = Single(doc);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal(content, Cut(doc, q.Start, q.End));
    }

    [Theory]
    [InlineData("US President Joe Biden said the talks would go on.", 0, 22, "USAGOV", "Joe Biden")]
    [InlineData("“Talks will go on,” he said.", 20, 22, "USAGOV", "Joe Biden")]
    public void Speaker_TakesCodeAndNameFromTheActorMention(string text, int start, int end, string code, string name)
    {
        var mention = new ActorMention(start, end, start == 0 ? ActorKind.Person : ActorKind.Anaphor, code, name, "USA", "GOV");
        var doc = Run(text, [mention]);
        var sp = Single(doc).Speaker;
        Assert.NotNull(sp);
        Assert.Equal(0, sp.Actor);
        Assert.Equal(code, sp.Code);
        Assert.Equal(name, sp.Name);
        Assert.False(sp.Anonymous);
    }

    [Theory]
    [InlineData("The mayor said the bridge was unsafe.", "2021-03-04", "dateline")]
    public void Quote_IsDated(string text, string date, string basis)
    {
        var q = Single(Run(text));
        Assert.Equal(date, q.Date);
        Assert.Equal(basis, q.DateBasis);
    }

    [Theory]
    [InlineData("“I am a builder,” he said at a rally in Ohio last week. “I will build it.”", "2021-W08", "timex")]
    [InlineData("“We will win,” the mayor told reporters in January. “Mark my words.”", "2021-01", "timex")]
    [InlineData("“It was hard,” said a 2008 campaign veteran. “We lost.”", "2021-03-04", "dateline")]
    [InlineData("“It was hard,” she said, referring to the May 2019 vote. “We lost.”", "2021-03-04", "dateline")]
    [InlineData("“We met in 2019,” she said. “It went well.”", "2021-03-04", "dateline")]
    public void Quote_SplitByItsAttribution_IsDatedByADateToldWithTheSaying(string text, string date, string basis)
    {
        var doc = new TextSegmenter().Run(new AnalyzedDocument(new Article("t", new DateOnly(2021, 3, 4), text)));
        doc = new Annals.Time.TemporalExpressionRecognizer().Run(doc);
        var q = Single(new QuoteAttributor().Run(doc));
        Assert.Equal(date, q.Date);
        Assert.Equal(basis, q.DateBasis);
    }

    [Theory]
    [InlineData("“This never ends, the official said. Others disagreed.")]
    [InlineData("The official said, ” and then “ nothing ” more “ happened.")]
    [InlineData("“““ ””” ‘‘ ’’ \" \" ' ' `` '' « »")]
    [InlineData("He said: “")]
    [InlineData("” said he")]
    public void UnbalancedMarks_NeverBreakTheStage(string text)
    {
        var doc = Run(text);
        AssertWellFormed(doc);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomText_SpansInBoundsSortedAndDeterministic(int seed)
    {
        var rng = new Random(seed);
        string[] words =
        [
            "said", "told", "according", "to", "the", "a", "official", "Smith", "he", "she", ",", ".", ":", "that",
            "“", "”", "\"", "'", "‘", "’", "``", "''", "—", "―", "(", ")", "\n\n", "\n", "reporters", "added", "says",
            "Post", "in", "statement", "who", "and", "sources", "familiar", "with", "don’t", "Clintons’", "’90s", "«", "»",
            "called", "saying", "adding", "by", "after", "but", "because", "was", "not", "Rep.", "Ann", "Lee", "(D-Ore.)",
            "claims", "states", "on", "Monday", "Said", "asked", "warned", "—", "--", "which", "US", "President",
        ];
        for (int n = 0; n < 1500; n++)
        {
            int count = rng.Next(0, 80);
            var parts = new string[count];
            for (int i = 0; i < count; i++) parts[i] = words[rng.Next(words.Length)];
            var text = string.Join(rng.Next(3) == 0 ? "" : " ", parts);
            var first = Run(text);
            AssertWellFormed(first);
            var second = Run(text);
            Assert.Equal(first.Quotes.ToArray(), second.Quotes.ToArray());
        }
    }

    [Theory]
    [InlineData("quotes/cues.txt")]
    [InlineData("quotes/words.txt")]
    public void DataFiles_HaveAHeaderWithAVersion(string name)
    {
        using var stream = typeof(QuoteAttributor).Assembly.GetManifestResourceStream(name);
        Assert.NotNull(stream);
        var lines = new StreamReader(stream).ReadToEnd().Split('\n');
        Assert.StartsWith("#", lines[0]);
        Assert.Contains(lines.TakeWhile(l => l.StartsWith('#')), l => l.StartsWith("# version:", StringComparison.Ordinal));
    }

    private static void AssertWellFormed(AnalyzedDocument doc)
    {
        int n = doc.Text.Length;
        int prevEnd = 0;
        foreach (var q in doc.Quotes)
        {
            Assert.InRange(q.Start, 0, n);
            Assert.InRange(q.End, q.Start + 1, n);
            Assert.True(q.Start >= prevEnd, "quotes overlap or are unsorted");
            prevEnd = q.End;
            if (q.CueStart >= 0) Assert.InRange(q.CueEnd, q.CueStart + 1, n);
            if (q.Speaker is { Start: >= 0 } sp) Assert.InRange(sp.End, sp.Start + 1, n);
        }
    }
}
