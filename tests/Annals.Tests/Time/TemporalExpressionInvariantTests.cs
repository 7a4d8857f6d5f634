using Annals.Documents;
using Annals.Text;
using Annals.Time;

namespace Annals.Tests.Time;

public class TemporalExpressionInvariantTests
{
    // Pieces of temporal and look-alike text, glued at random into adversarial input.
    private static readonly string[] s_pieces =
    [
        "Oct.", "3", "October", "2022", "may", "May", "march", "March", "the", "last", "next", "week", "year", "ago", "a",
        "2882015", "358,000", "1,822", "jobs", "Friday", "morning", "10:35", "a.m.", "p.m.", "-", ",", ".", "the 1990s",
        "third-quarter", "fiscal", "1999", "every", "that day", "earlier", "this", "mid-", "1/2", "10/3/2022", "2022-10-03",
        "99/99/9999", "9999-99-99", "24:99", "31", "Feb.", "29", "'80s", "nineteen", "ninety", "thousand", "hundred",
        "quarter", "half", "first", "second", "\u201c", "\u201d", "\n\n", "year-ago", "period", "latest", "until", "will",
        "0000", "0001", "9999", "99999999999999999999", "twenty", "four", "hours", "days", "ago", "from", "now", "tonight",
        "9/11", "Election Day", "Super Tuesday", "25-28", "31-1", "that year", "of", "the same year", "coming", "weekend",
        "year end", "Daily", "Saturday Night Live", "can", "would", "ahead", "attacks", "Sept. 11", "later", "to", "winning",
        "election", "'s", "between", "and", "last summer", "had",
        // Shapes the 2026-11-25 rules read: year ranges, glued clocks and months, halves, scenes, ages, votes by day.
        "2009-2013", "2013-2009", "1799-1800", "10:47PMPost", "9:52PMBush", "10:47xy", "FeaturedFebruary", "xMay", "half",
        "half a century", "Inauguration Day", "of late", "Now,", "\"Now,", "this week's", "the next year", "the next month",
        "In 2008,", "But in", "Tuesday's", "primary", "caucus", "the day after", "of today", "over the years", "after months of",
        "just weeks", "ended", "that quarter", "Person of the Year", "nominee", "lose", "in the wake of", "back in", "toward",
        "heading into", "looking ahead to", "Neither", "could",
    ];

    private static string RandomText(Random rng)
    {
        var parts = new string[rng.Next(0, 60)];
        for (int i = 0; i < parts.Length; i++)
            parts[i] = rng.Next(8) == 0 ? ((char)rng.Next(32, 0x3000)).ToString() : s_pieces[rng.Next(s_pieces.Length)];
        return string.Join(rng.Next(4) == 0 ? "" : " ", parts);
    }

    private static AnalyzedDocument Run(string text, DateOnly date) =>
        new TemporalExpressionRecognizer().Run(new TextSegmenter().Run(new AnalyzedDocument(new Article("r", date, text))));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Recognizer_RandomText_NeverThrowsAndKeepsSpansInOrder(int seed)
    {
        var rng = new Random(seed);
        var dates = new[] { new DateOnly(1, 1, 1), new DateOnly(2022, 11, 6), new DateOnly(9999, 12, 31), new DateOnly(2000, 2, 29) };
        for (int n = 0; n < 300; n++)
        {
            var text = RandomText(rng);
            var date = dates[rng.Next(dates.Length)];
            var doc = Run(text, date);
            int prev = 0;
            foreach (var t in doc.Timexes)
            {
                if (!(t.Start >= prev && t.End > t.Start && t.End <= text.Length)) Assert.Fail($"bad span in: {text}");
                Assert.False(string.IsNullOrEmpty(t.Value));
                prev = t.End;
            }

            Assert.Equal(doc.Timexes.ToArray(), Run(text, date).Timexes.ToArray());
            foreach (var s in doc.Sentences)
            {
                var (value, basis) = EventDating.DateAt(doc, doc.SentenceAt(s.Start), s.Start + rng.Next(Math.Max(1, s.Length)));
                Assert.False(string.IsNullOrEmpty(value));
                Assert.Contains(basis, new[] { "timex", "previous", "anaphora", "dateline" });
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2882015")]
    [InlineData("the the the the")]
    [InlineData("Oct. Oct. Oct. 99")]
    [InlineData("99999999999999999999 years ago")]
    [InlineData("9999 years from now")]
    public void Recognizer_EdgeInput_NeverThrows(string text)
    {
        foreach (var date in new[] { new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31) })
        {
            var doc = Run(text, date);
            Assert.All(doc.Timexes, t => Assert.True(t.End <= text.Length));
        }
    }

    [Fact]
    public void Recognizer_ReportsAVersionAndItsNeeds()
    {
        var stage = new TemporalExpressionRecognizer();
        Assert.Equal("time", stage.Id);
        Assert.NotEqual("0", stage.Version);
        Assert.Equal(Annotations.Tokens | Annotations.Sentences, stage.Requires);
        Assert.Equal(Annotations.Timexes, stage.Produces);
    }
}
