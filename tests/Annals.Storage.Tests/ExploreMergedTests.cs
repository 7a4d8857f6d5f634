using Annals.Documents;

namespace Annals.Storage.Tests;

/// <summary>Cross-article events merged from the hand-written wires of <see cref="ExploreCorpus"/>.</summary>
public sealed class ExploreMergedTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly AnnalsStore _store;

    public ExploreMergedTests()
    {
        _store = AnnalsStore.Open(_dir.File("m.duckdb"));
        StoreIngestTests.Ingest(_store, ExploreCorpus.All());
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    [Theory]
    [InlineData(1, "2022-10-10..2022-10-11:2/2,2022-10-15..2022-10-15:1/1")]
    [InlineData(0, "2022-10-10..2022-10-10:1/1,2022-10-11..2022-10-11:1/1,2022-10-15..2022-10-15:1/1")]
    [InlineData(4, "2022-10-10..2022-10-15:3/3")]
    [InlineData(3, "2022-10-10..2022-10-11:2/2,2022-10-15..2022-10-15:1/1")]
    public void MergedEvents_TwoArticlesSameShelling_MergeWithinWindow(int window, string expected)
    {
        _store.RebuildMergedEvents(window);

        var merged = _store.MergedEvents(new EventFilter { Source = "RUSMIL", Target = "UKR" }).Where(m => m.FirstDay is not null);

        Assert.Equal(expected, string.Join(',', merged.Select(m => $"{m.FirstDay:yyyy-MM-dd}..{m.LastDay:yyyy-MM-dd}:{m.Articles}/{m.Mentions}")));
        Assert.Equal(window, _store.MergeWindowDays);
    }

    [Theory]
    [InlineData("wire-a", "195", -10.0, "shelled")]
    public void MergedEvents_Merged_TakesValuesOfTheEarliestMostConfidentMention(string articleId, string cameo, double goldstein, string trigger)
    {
        var first = _store.MergedEvents(new EventFilter { Root = "19" }).First();

        Assert.Equal(articleId, first.ArticleId);
        Assert.Equal(cameo, first.Cameo);
        Assert.Equal(goldstein, first.Goldstein);
        Assert.Equal(trigger, first.Trigger);
        Assert.Equal(2, first.Sources);
        Assert.Equal(new DateOnly(2022, 10, 11), first.FirstReported);
        Assert.Equal(new DateOnly(2022, 10, 12), first.LastReported);
    }

    [Theory]
    [InlineData("asserted", 2)]
    [InlineData("negated", 1)]
    public void MergedEvents_Mood_IsPartOfTheIdentity(string mood, int expectedArticlesOnMonday)
    {
        var monday = _store.MergedEvents(new EventFilter { Root = "19", Mood = Enum.Parse<Mood>(mood, ignoreCase: true), From = new DateOnly(2022, 10, 10), To = new DateOnly(2022, 10, 10) });

        var only = Assert.Single(monday);
        Assert.Equal(expectedArticlesOnMonday, only.Articles);
        Assert.Equal(mood, only.Mood);
    }

    [Theory]
    [InlineData("2022-10", 2, "2022-10-01", 1)]
    public void MergedEvents_CoarseDates_MergeOnlyWithTheSamePeriod(string month, int monthArticles, string day, int dayArticles)
    {
        var meetings = _store.MergedEvents(new EventFilter { Root = "03" });

        Assert.Equal(2, meetings.Count);
        Assert.Equal(monthArticles, meetings.Single(m => m.Date == month).Articles);
        Assert.Equal(dayArticles, meetings.Single(m => m.Date == day).Articles);
    }

    [Theory]
    [InlineData(2)]
    public void MergedEvents_Undated_AreNeverMerged(int expected)
    {
        var undated = _store.MergedEvents(new EventFilter { Root = "19" }).Where(m => m.FirstDay is null).ToList();

        Assert.Equal(expected, undated.Count);
        Assert.All(undated, m => Assert.Equal(1, m.Mentions));
    }

    [Theory]
    [InlineData(12)]
    public void MergedEvents_EveryPerArticleEvent_BelongsToExactlyOneMergedEvent(int perArticleEvents)
    {
        var all = _store.MergedEvents(new EventFilter { Mood = null });

        Assert.Equal(perArticleEvents, all.Sum(m => m.Mentions));
        Assert.Equal(all.Count, all.Select(m => m.Id).Distinct().Count());
        Assert.Equal(perArticleEvents, _store.Stats().Events);
    }

    [Theory]
    [InlineData("wire-a,wire-b", "Russian forces shelled Kharkiv on Monday.|Kharkiv was shelled by Russian forces on Tuesday, residents said.")]
    public void MentionsOf_MergedEvent_GivesEveryArticleWithItsSentence(string articles, string sentences)
    {
        var merged = _store.MergedEvents(new EventFilter { Root = "19" }).First();

        var mentions = _store.MentionsOf(merged.Id);

        Assert.Equal(articles, string.Join(',', mentions.Select(m => m.ArticleId)));
        Assert.Equal(sentences, string.Join('|', mentions.Select(m => m.SentenceText)));
        Assert.All(mentions, m => Assert.Equal(merged.Id, m.MergedId));
        Assert.Equal("2022-10-11", mentions[1].Date);
        Assert.Equal("190", mentions[1].Cameo);
        Assert.Empty(_store.MentionsOf(merged.Id + 1));
    }

    [Theory]
    [InlineData("wire-b", 0)]
    [InlineData("wire-a", 0)]
    public void MergedIdOf_ArticleEvent_FindsItsMergedEvent(string articleId, int eventIndex)
    {
        long? id = _store.MergedIdOf(articleId, eventIndex);

        Assert.NotNull(id);
        Assert.Contains(_store.MentionsOf(id.Value), m => m.ArticleId == articleId && m.EventIndex == eventIndex);
        Assert.Equal(id, _store.FindMergedEvent(id.Value)?.Id);
        Assert.Null(_store.MergedIdOf("no-such-article", 0));
        Assert.Null(_store.FindMergedEvent(-5));
    }

    [Theory]
    [InlineData(1)]
    public void RebuildMergedEvents_UnrelatedNewArticle_KeepsIds(int window)
    {
        _store.RebuildMergedEvents(window);
        var before = _store.MergedEvents(new EventFilter { Mood = null }).Select(m => m.Id).ToHashSet();

        StoreIngestTests.Ingest(_store, DocBuilder.Article("later", "2023-01-05", "France recalled its envoy.")
            .Event("recalled", "FRA", "IRN", "161", "2023-01-05", goldstein: -4.0).Build());
        var after = _store.MergedEvents(new EventFilter { Mood = null }).Select(m => m.Id).ToHashSet();

        Assert.Equal(before.Count + 1, after.Count);
        Assert.Subset(after, before);
    }

    [Theory]
    [InlineData(3)]
    public void MergedEvents_AfterIngest_RebuildsTheStaleView(int expectedArticles)
    {
        Assert.Equal(2, _store.MergedEvents(new EventFilter { Root = "19" }).First().Articles);

        StoreIngestTests.Ingest(_store, DocBuilder.Article("wire-h", "2022-10-13", "Russian forces shelled Kharkiv on Monday night.")
            .Event("shelled", "RUSMIL", "UKR", "195", "2022-10-10", goldstein: -10.0).Build());

        Assert.Equal(expectedArticles, _store.MergedEvents(new EventFilter { Root = "19" }).First().Articles);
    }

    [Theory]
    [InlineData("X'); DROP TABLE events; --")]
    public void MergedEvents_HostileFilter_IsOnlyAValue(string actor)
    {
        Assert.Empty(_store.MergedEvents(new EventFilter { Actor = actor, Mood = null }));
        Assert.Equal(12, _store.Stats().Events);
    }

    [Theory]
    [InlineData(2)]
    public void MergedEvents_ReadOnlyStore_BuildsATemporaryView(int expectedArticles)
    {
        string path = _dir.File("ro.duckdb");
        using (var writer = AnnalsStore.Open(path))
        {
            StoreIngestTests.Ingest(writer, ExploreCorpus.All());
        }

        byte[] before = File.ReadAllBytes(path);
        using (var reader = AnnalsStore.Open(path, readOnly: true))
        {
            Assert.Equal(expectedArticles, reader.MergedEvents(new EventFilter { Root = "19" }).First().Articles);
            Assert.Equal(2, reader.MentionsOf(reader.MergedEvents(new EventFilter { Root = "19" }).First().Id).Count);
        }

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData(2)]
    public void MergedEvents_ReadOnlyStore_UsesTheViewTheWriterBuilt(int window)
    {
        string path = _dir.File("built.duckdb");
        long id;
        using (var writer = AnnalsStore.Open(path))
        {
            StoreIngestTests.Ingest(writer, ExploreCorpus.All());
            writer.RebuildMergedEvents(window);
            id = writer.MergedEvents(new EventFilter { Root = "19" }).First().Id;
        }

        using var reader = AnnalsStore.Open(path, readOnly: true);

        Assert.Equal(window, reader.MergeWindowDays);
        Assert.Equal(id, reader.MergedEvents(new EventFilter { Root = "19" }).First().Id);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    public void RebuildMergedEvents_BadWindow_Throws(int window)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _store.RebuildMergedEvents(window));
    }

    [Theory]
    [InlineData("empty.duckdb")]
    public void Explore_EmptyStore_GivesEmptyAnswers(string name)
    {
        using var empty = AnnalsStore.Open(_dir.File(name));

        Assert.Empty(empty.MergedEvents(new EventFilter { Mood = null }));
        Assert.Empty(empty.SummaryTimeline(new EventFilter { Actor = "UKR" }, 5));
        Assert.Empty(empty.DyadWeeks("USA", "RUS", new EventFilter()));
        Assert.Empty(empty.QuadWeeks(new EventFilter()));
        using var csv = new MemoryStream();
        Assert.Equal(0, empty.ExportEvents(new EventFilter(), ExportFormat.Csv, csv));
        Assert.Equal(string.Join(',', AnnalsStore.ExportColumns) + "\r\n", System.Text.Encoding.UTF8.GetString(csv.ToArray()));
    }
}
