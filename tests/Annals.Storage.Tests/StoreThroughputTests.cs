using System.Diagnostics;
using Annals.Documents;
using Xunit.Abstractions;

namespace Annals.Storage.Tests;

public sealed class StoreThroughputTests(ITestOutputHelper output)
{
    // The ingest figure comes from `annals ingest` on the corpus (docs/PERFORMANCE.md), not from here.
    // This floor sits far below the ~12,000 articles/s the appender reaches alone, so that a loaded CI machine
    // passes, and still fails on a return to row-by-row inserts.
    [Theory]
    [Trait("Category", "Slow")]
    [InlineData(20_000, 1_000)]
    public void Ingest_ManyArticles_ReachesThousandsPerSecond(int articles, double minimumPerSecond)
    {
        using var dir = new TempFolder();
        var docs = Enumerable.Range(0, articles).Select(Synthetic).ToList();
        using var store = AnnalsStore.Open(dir.File("bulk.duckdb"));

        var clock = Stopwatch.StartNew();
        IngestCounts counts;
        using (var ingest = store.BeginIngest(Corpus.PipelineVersion))
        {
            foreach (var d in docs) ingest.Add(d);
            counts = ingest.Complete();
        }

        double first = articles / clock.Elapsed.TotalSeconds;
        clock.Restart();
        using (var ingest = store.BeginIngest(Corpus.PipelineVersion))
        {
            foreach (var d in docs) ingest.Add(d);
            ingest.Complete();
        }

        double again = articles / clock.Elapsed.TotalSeconds;
        output.WriteLine($"first ingest {first:N0} articles/s, re-ingest (unchanged) {again:N0} articles/s, {counts.Events:N0} events");
        Assert.Equal(articles, counts.New);
        Assert.Equal(articles, store.Stats().Articles);
        Assert.True(first >= minimumPerSecond, $"{first:N0} articles/s");
    }

    // An article of twenty sentences with the annotations a real one carries.
    internal static AnalyzedDocument Synthetic(int n)
    {
        var text = string.Concat(Enumerable.Range(0, 20).Select(i => $"Officials of country {i} met envoys on day {n % 28 + 1} to discuss matter {i * n % 97}. "));
        var sentences = new List<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '.')
            {
                sentences.Add(new Sentence(start, i + 1));
                start = i + 2;
            }
        }

        var actors = sentences.Take(15).Select((s, i) => new ActorMention(s.Start, s.Start + 9, ActorKind.Agent, i % 2 == 0 ? "USAGOV" : "RUS", null, null, null)).ToArray();
        var timexes = sentences.Take(5).Select(s => new Timex(s.Start + 40, s.Start + 48, TimexType.Date, "2022-10-" + (n % 28 + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture), true)).ToArray();
        var quotes = sentences.Take(2).Select(s => new Quote(s.Start + 20, s.End, QuoteKind.Indirect, new Speaker(s.Start, s.Start + 9, 0, "USAGOV", "Someone", false)) { CueStart = s.Start + 10, CueEnd = s.Start + 13, Date = "2022-10" }).ToArray();
        var events = sentences.Take(5).Select((s, i) => new CodedEvent(i, s.Start + 10, s.Start + 13, "040", new EventParty("USAGOV", null, 0), new EventParty("RUS", "Russia", 1), Mood.Asserted)
        {
            Date = "2022-W43",
            DateBasis = "timex",
            Goldstein = 1.0,
            QuadClass = 1,
            EvidenceStart = s.Start,
            EvidenceEnd = s.End,
            Confidence = 0.5,
        }).ToArray();
        return new AnalyzedDocument(new Article("synthetic-" + n, new DateOnly(2022, 11, 1).AddDays(n % 300), text) { Title = "Title " + n, Source = "Test Wire" })
        {
            Sentences = [.. sentences],
            Actors = [.. actors],
            Timexes = [.. timexes],
            Quotes = [.. quotes],
            Events = [.. events],
        };
    }
}
