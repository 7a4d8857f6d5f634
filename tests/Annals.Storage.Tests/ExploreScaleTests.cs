using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Annals.Storage.Tests;

/// <summary>Runs its tests alone, after the others, so that a heavy test does not slow down timed ones next to it.</summary>
[CollectionDefinition(nameof(ExploreAlone), DisableParallelization = true)]
public sealed class ExploreAlone;

/// <summary>The merged view over a store of many generated reports: correct at scale, and how long a rebuild takes.</summary>
[Collection(nameof(ExploreAlone))]
public sealed class ExploreScaleTests(ITestOutputHelper output)
{
    [Theory]
    [Trait("Category", "Slow")]
    [InlineData(25_000)]
    public void RebuildMergedEvents_ManyArticles_CoversEveryEventOnce(int articles)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("scale.duckdb"));
        string[] codes = ["USA", "RUS", "UKR", "CHN", "FRA", "DEU", "IRN", "ISR"];
        string[] cameos = ["190", "036", "111", "057", "130"];
        var random = new Random(7);
        var start = new DateOnly(2020, 1, 1);
        using (var ingest = store.BeginIngest(Corpus.PipelineVersion))
        {
            for (int i = 0; i < articles; i++)
            {
                var b = DocBuilder.Article("a" + i.ToString(CultureInfo.InvariantCulture), "2022-01-01", "One did it. Two did it. Three did it. Four did it.");
                foreach (var trigger in (string[])["One", "Two", "Three", "Four"])
                {
                    string day = start.AddDays(random.Next(1000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    b.Event(trigger, codes[random.Next(codes.Length)], codes[random.Next(codes.Length)], cameos[random.Next(cameos.Length)], day);
                }

                ingest.Add(b.Build());
            }

            ingest.Complete();
        }

        var clock = Stopwatch.StartNew();
        store.RebuildMergedEvents();
        long ms = clock.ElapsedMilliseconds;
        clock.Restart();
        var merged = store.MergedEvents(new EventFilter());
        var summary = store.SummaryTimeline(new EventFilter { Actor = "UKR" }, 10);
        var weeks = store.DyadWeeks("USA", "RUS", new EventFilter());
        output.WriteLine($"{articles * 4} events: rebuild {ms} ms; merged list, summary and dyad series {clock.ElapsedMilliseconds} ms; {merged.Count} merged events");

        Assert.Equal(articles * 4, merged.Sum(m => m.Mentions));
        Assert.True(merged.Count < articles * 4);
        Assert.Equal(10, summary.Count);
        Assert.NotEmpty(weeks);
    }
}
