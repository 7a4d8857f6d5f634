using System.Globalization;
using Annals.Documents;

namespace Annals.Storage.Tests;

/// <summary>Invariants of the merged view over randomly generated reports.</summary>
public sealed class ExploreRandomTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 3)]
    public void MergedEvents_RandomReports_FormChainsWithinTheWindow(int seed, int window)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("r.duckdb"));
        var random = new Random(seed);
        string[] codes = ["USA", "RUS", "UKR"];
        string[] cameos = ["190", "195", "036", "111"];
        string[] dates = ["2022-10", "2022-W41", null!];
        using (var ingest = store.BeginIngest(Corpus.PipelineVersion))
        {
            for (int i = 0; i < 60; i++)
            {
                var b = DocBuilder.Article("r" + i.ToString(CultureInfo.InvariantCulture), "2022-10-20", "One did it. Two did it. Three did it.");
                foreach (var trigger in (string[])["One", "Two", "Three"])
                {
                    string? date = random.Next(5) == 0
                        ? dates[random.Next(dates.Length)]
                        : new DateOnly(2022, 10, 1).AddDays(random.Next(20)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    b.Event(trigger, codes[random.Next(3)], codes[random.Next(3)], cameos[random.Next(4)], date, random.Next(6) == 0 ? Mood.Negated : Mood.Asserted);
                }

                ingest.Add(b.Build());
            }

            ingest.Complete();
        }

        store.RebuildMergedEvents(window);
        var merged = store.MergedEvents(new EventFilter { Mood = null });

        Assert.Equal(180, merged.Sum(m => m.Mentions));
        foreach (var m in merged)
        {
            var mentions = store.MentionsOf(m.Id);
            Assert.Equal(m.Mentions, mentions.Count);
            Assert.Equal(m.Articles, mentions.Select(x => x.ArticleId).Distinct().Count());
            Assert.All(mentions, x =>
            {
                Assert.Equal(m.SourceCode, x.SourceCode);
                Assert.Equal(m.TargetCode, x.TargetCode);
                Assert.Equal(m.Root, x.Cameo[..2]);
                Assert.Equal(m.Mood, x.Mood);
            });
            if (m.FirstDay is null) Assert.Equal(1, m.Mentions);
            var days = mentions.Where(x => x.EventDay is not null).Select(x => x.EventDay!.Value.DayNumber).Order().ToList();
            for (int i = 1; i < days.Count; i++) Assert.InRange(days[i] - days[i - 1], 0, window);
            if (m.Date is { Length: 10 }) Assert.All(mentions, x => Assert.Equal(10, x.Date!.Length));
            else Assert.All(mentions, x => Assert.Equal(m.Date, x.Date));
        }

        // Two day-precise events with the same who, what and mood are further apart than the window.
        foreach (var group in merged.Where(m => m.Date is { Length: 10 }).GroupBy(m => (m.SourceCode, m.TargetCode, m.Root, m.Mood)))
        {
            var runs = group.OrderBy(m => m.FirstDay).ToList();
            for (int i = 1; i < runs.Count; i++) Assert.True(runs[i].FirstDay!.Value.DayNumber - runs[i - 1].LastDay!.Value.DayNumber > window);
        }
    }
}
