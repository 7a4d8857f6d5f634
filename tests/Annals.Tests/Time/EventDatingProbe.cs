using Annals.Documents;
using Annals.Text;
using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Dates an act or a quote of a small document written for a test; the article is dated 2022-11-06, a Sunday.</summary>
internal static class EventDatingProbe
{
    /// <summary>The article date of every probe.</summary>
    public static readonly DateOnly Dct = new(2022, 11, 6);

    /// <summary>The date and basis of the act at <paramref name="act"/>'s first place in <paramref name="text"/> (its last with <paramref name="last"/>).</summary>
    public static (string, string) DateOfAct(string text, string act, bool last = false)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, Dct);
        int offset = last ? text.LastIndexOf(act, StringComparison.Ordinal) : text.IndexOf(act, StringComparison.Ordinal);
        return EventDating.DateAt(doc, doc.SentenceAt(offset), offset, -1, -1, happened: true);
    }

    /// <summary>The date and basis of the last quote of <paramref name="text"/> (in curly marks), cued at the last <paramref name="cue"/>.</summary>
    public static (string, string) DateOfLastQuote(string text, string cue)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, Dct);
        int contentStart = text.LastIndexOf('\u201c') + 1;
        int contentEnd = text.IndexOf('\u201d', contentStart);
        int offset = text.LastIndexOf(cue, StringComparison.Ordinal);
        return EventDating.DateAt(doc, doc.SentenceAt(offset), offset, contentStart, contentEnd, happened: true);
    }

    /// <summary>
    /// Glues 300 random texts of up to <paramref name="maxParts"/> of <paramref name="pieces"/> (a random character one
    /// piece in <paramref name="charOneIn"/>, no spaces one text in <paramref name="glueOneIn"/>), dates random acts and
    /// quotes in every sentence, and asserts EventDating never throws, always gives a value and a known basis, and gives
    /// the same twice. With <paramref name="uncuedHalf"/>, half the quotes are placed at their own words, as an uncued
    /// quote is read.
    /// </summary>
    public static void AssertStableOnRandomText(string[] pieces, int seed, int maxParts, int charOneIn, int glueOneIn, bool uncuedHalf)
    {
        var rng = new Random(seed);
        for (int n = 0; n < 300; n++)
        {
            var parts = new string[rng.Next(0, maxParts)];
            for (int i = 0; i < parts.Length; i++)
                parts[i] = rng.Next(charOneIn) == 0 ? ((char)rng.Next(32, 0x3000)).ToString() : pieces[rng.Next(pieces.Length)];
            var text = string.Join(rng.Next(glueOneIn) == 0 ? "" : " ", parts);
            var doc = new TemporalExpressionRecognizer().Run(new TextSegmenter().Run(new AnalyzedDocument(new Article("r", Dct, text))));
            for (int i = 0; i < doc.Sentences.Length; i++)
            {
                var s = doc.Sentences[i];
                int from = rng.Next(3) == 0 ? -1 : s.Start + rng.Next(Math.Max(1, s.Length));
                int to = from < 0 ? -1 : from + rng.Next(Math.Max(1, s.End - from + 1));
                int offset = uncuedHalf && from >= 0 && rng.Next(2) == 0 ? from : s.Start + rng.Next(Math.Max(1, s.Length));
                bool happened = rng.Next(2) == 0;
                var first = EventDating.DateAt(doc, i, offset, from, to, happened);
                Assert.False(string.IsNullOrEmpty(first.Value));
                Assert.Contains(first.Basis, new[] { "timex", "previous", "anaphora", "dateline" });
                Assert.Equal(first, EventDating.DateAt(doc, i, offset, from, to, happened));
            }
        }
    }
}
