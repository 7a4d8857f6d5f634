using Annals.Documents;

namespace Annals.Storage.Tests;

/// <summary>Summary timelines and weekly series over the wires of <see cref="ExploreCorpus"/>.</summary>
public sealed class ExploreSummaryTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly AnnalsStore _store;

    public ExploreSummaryTests()
    {
        _store = AnnalsStore.Open(_dir.File("s.duckdb"));
        StoreIngestTests.Ingest(_store, ExploreCorpus.All());
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    [Theory]
    [InlineData("UKR", null, 2, "2022-10-10 shelled|2022-10-15 shelled")]
    [InlineData("UKR", null, 3, "2022-10-10 shelled|2022-10-12 pledged|2022-10-15 shelled")]
    [InlineData("UKR", "NATO", 5, "2022-10-10 appealed|2022-10-12 pledged")]
    [InlineData("NATO", "UKR", 1, "2022-10-12 pledged")]
    [InlineData("UKRGOV", null, 5, "2022-10-01 met again|2022-10-10 appealed")]
    [InlineData("IRN", null, 5, "")]
    public void SummaryTimeline_Actor_PicksTheMostReportedDatesInDateOrder(string actor, string? other, int n, string expected)
    {
        var summary = _store.SummaryTimeline(new EventFilter { Actor = actor }, n, other);

        Assert.Equal(expected, string.Join('|', summary.Select(s => $"{s.Day:yyyy-MM-dd} {s.Event.Trigger}")));
    }

    [Theory]
    [InlineData(5.3, 2, 2, "Russian forces shelled Kharkiv on Monday.")]
    public void SummaryTimeline_TopDate_ScoresArticlesAndGoldsteinAndGivesTheSentence(double score, long articles, long events, string sentence)
    {
        var top = _store.SummaryTimeline(new EventFilter { Actor = "UKR" }, 1).Single();

        Assert.Equal(new DateOnly(2022, 10, 10), top.Day);
        Assert.Equal(score, top.Score, 6);
        Assert.Equal(articles, top.Articles);
        Assert.Equal(events, top.Events);
        Assert.Equal(sentence, top.Sentence);
        Assert.Equal(2, top.Event.Articles);
    }

    [Theory]
    [InlineData("2022-10-10 shelled asserted")]
    public void SummaryTimeline_AllMoods_StillPrefersTheMostReportedEvent(string expected)
    {
        var top = _store.SummaryTimeline(new EventFilter { Actor = "RUSMIL", Mood = null }, 1).Single();

        Assert.Equal(expected, $"{top.Day:yyyy-MM-dd} {top.Event.Trigger} {top.Event.Mood}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void SummaryTimeline_NoDates_Throws(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _store.SummaryTimeline(new EventFilter { Actor = "UKR" }, n));
    }

    [Theory]
    [InlineData("RUS", "UKR", "2022-09-26:1 +4 0|2022-10-10:3 +0 -22")]
    [InlineData("UKR", "RUS", "2022-09-26:1 +4 0|2022-10-10:3 +0 -22")]
    [InlineData("NATO", "UKR", "2022-10-10:2 +10 0")]
    [InlineData("FRA", "UKR", "")]
    public void DyadWeeks_TwoActors_SumsCooperationAndConflictPerWeekBothWays(string a, string b, string expected)
    {
        var weeks = _store.DyadWeeks(a, b, new EventFilter());

        Assert.Equal(expected, string.Join('|', weeks.Select(w => $"{w.Week:yyyy-MM-dd}:{w.Events} +{w.Cooperation:0.#} {w.Conflict:0.#}")));
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, w.Week.DayOfWeek));
        Assert.All(weeks, w => Assert.Equal(w.Events, w.Cooperative + w.Conflictual));
    }

    [Theory]
    [InlineData("UKR", "2022-09-26:1/0/0/0|2022-10-10:2/0/1/2")]
    [InlineData("NATO", "2022-10-10:2/0/0/0")]
    public void QuadWeeks_Actor_CountsMergedEventsByQuadClass(string actor, string expected)
    {
        var weeks = _store.QuadWeeks(new EventFilter { Actor = actor });

        Assert.Equal(expected, string.Join('|', weeks.Select(w => $"{w.Week:yyyy-MM-dd}:{w.VerbalCooperation}/{w.MaterialCooperation}/{w.VerbalConflict}/{w.MaterialConflict}")));
    }
}
