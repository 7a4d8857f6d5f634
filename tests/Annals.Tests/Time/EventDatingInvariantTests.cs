using Annals.Documents;
using Annals.Text;
using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>EventDating on random text built from the words its clause rules read: it never throws and is deterministic.</summary>
public class EventDatingInvariantTests
{
    // Words the scope rules look for (sayings, complements, participles, possessors, quotation marks), glued at random.
    private static readonly string[] s_pieces =
    [
        "said", "told", "that", "she", "had", "already", "been", "met", "the", "deal", "reached", "by", "last week", "on Tuesday",
        "in 2012", "remarks", "made", "were", "played", "to", "reject", "interview", "published", "Mr.", "Ames's", "During",
        "1992", "campaign", ",", ".", "\u201c", "\u201d", "\n\n", "official", "called", "for", "who", "which", "and", "After",
        "meeting", "(", ")", "'s", "of", "a", "he", "Monday", "Oct. 3", "passed", "in March", "was", "efforts",
    ];

    private static string RandomText(Random rng)
    {
        var parts = new string[rng.Next(0, 50)];
        for (int i = 0; i < parts.Length; i++)
            parts[i] = rng.Next(10) == 0 ? ((char)rng.Next(32, 0x3000)).ToString() : s_pieces[rng.Next(s_pieces.Length)];
        return string.Join(rng.Next(5) == 0 ? "" : " ", parts);
    }

    private static AnalyzedDocument Run(string text) =>
        new TemporalExpressionRecognizer().Run(new TextSegmenter().Run(new AnalyzedDocument(new Article("r", new DateOnly(2022, 11, 6), text))));

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void DateAt_RandomText_NeverThrowsAndIsDeterministic(int seed)
    {
        var rng = new Random(seed);
        for (int n = 0; n < 300; n++)
        {
            var text = RandomText(rng);
            var doc = Run(text);
            for (int i = 0; i < doc.Sentences.Length; i++)
            {
                var s = doc.Sentences[i];
                int offset = s.Start + rng.Next(Math.Max(1, s.Length));
                int from = rng.Next(3) == 0 ? -1 : s.Start + rng.Next(Math.Max(1, s.Length));
                int to = from < 0 ? -1 : from + rng.Next(Math.Max(1, s.End - from + 1));
                bool happened = rng.Next(2) == 0;
                var first = EventDating.DateAt(doc, i, offset, from, to, happened);
                Assert.False(string.IsNullOrEmpty(first.Value));
                Assert.Contains(first.Basis, new[] { "timex", "previous", "anaphora", "dateline" });
                Assert.Equal(first, EventDating.DateAt(doc, i, offset, from, to, happened));
            }
        }
    }
}
