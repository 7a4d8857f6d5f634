using Annals.Documents;

namespace Annals.Storage.Tests;

/// <summary>Queries over the three hand-written articles of <see cref="Corpus"/>.</summary>
public sealed class StoreQueryTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly AnnalsStore _store;

    public StoreQueryTests()
    {
        _store = AnnalsStore.Open(_dir.File("q.duckdb"));
        StoreIngestTests.Ingest(_store, Corpus.All());
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    [Theory]
    [InlineData(null, null, null, null, null, null, "asserted", "told,shelled,condemned,warned,rejected")]
    [InlineData("RUS", null, null, null, null, null, "asserted", "shelled,condemned,warned,rejected")]
    [InlineData("rusmil", null, null, null, null, null, "asserted", "shelled,condemned")]
    [InlineData(null, "UKR", null, null, null, null, "asserted", "told,condemned")]
    [InlineData(null, null, "USA", null, null, null, "asserted", "rejected")]
    [InlineData(null, "RUS", "UKR", null, null, null, "asserted", "shelled")]
    [InlineData(null, null, null, "13", null, null, "asserted", "warned")]
    [InlineData(null, null, null, "04", null, null, null, "host")]
    [InlineData(null, null, null, null, "2022-10-15", null, "asserted", "condemned,warned,rejected")]
    [InlineData(null, null, null, null, null, "2022-10-01", "asserted", "told,shelled")]
    [InlineData(null, null, null, null, "2022-10-20", "2022-10-31", "asserted", "warned")]
    [InlineData(null, null, null, null, null, null, "negated", "send aid")]
    [InlineData(null, null, null, null, null, null, "future", "host")]
    [InlineData(null, null, null, null, null, null, null, "host,told,send aid,shelled,condemned,warned,rejected")]
    [InlineData("DEU", null, null, null, "2022-01-01", null, null, "")]
    [InlineData("X'); DROP TABLE events; --", null, null, null, null, null, null, "")]
    public void Events_Filter_ReturnsMatchingEventsInArticleOrder(string? actor, string? source, string? target, string? root, string? from, string? to, string? mood, string expected)
    {
        var filter = new EventFilter
        {
            Actor = actor,
            Source = source,
            Target = target,
            Root = root,
            From = Day(from),
            To = Day(to),
            Mood = mood is null ? null : Enum.Parse<Mood>(mood, ignoreCase: true),
        };

        var triggers = string.Join(',', _store.Events(filter).Select(e => e.Trigger));

        Assert.Equal(expected, triggers);
        Assert.Equal(7, _store.Stats().Events);
    }

    [Theory]
    [InlineData(2, "told,shelled")]
    [InlineData(0, "told,shelled,condemned,warned,rejected")]
    public void Events_Limit_CutsTheList(int limit, string expected)
    {
        Assert.Equal(expected, string.Join(',', _store.Events(new EventFilter { Limit = limit }).Select(e => e.Trigger)));
    }

    [Theory]
    [InlineData(null, "shelled,told,condemned,warned,rejected")]
    [InlineData("UKR", "shelled,told,condemned")]
    public void Timeline_OrdersByEventDateNotPublicationDate(string? actor, string expected)
    {
        var timeline = _store.Timeline(new EventFilter { Actor = actor }).ToList();

        Assert.Equal(expected, string.Join(',', timeline.Select(e => e.Trigger)));
        Assert.Equal(timeline.Select(e => e.EventDay).Order(), timeline.Select(e => e.EventDay));
        Assert.NotEqual(timeline.Select(e => e.ArticleDate).Order(), timeline.Select(e => e.ArticleDate));
    }

    [Theory]
    [InlineData("shelled,told,condemned,warned,rejected,host,send aid")]
    public void Timeline_UndatedEventsComeLast(string expected)
    {
        Assert.Equal(expected, string.Join(',', _store.Timeline(new EventFilter { Mood = null }).Select(e => e.Trigger)));
    }

    [Theory]
    [InlineData(null, null, false, "France would attend,talks were possible")]
    [InlineData("kuleba", null, false, "France would attend")]
    [InlineData("foreign minister", null, false, "France would attend")]
    [InlineData("usagov", null, false, "talks were possible")]
    [InlineData(null, "UKR", false, "France would attend")]
    [InlineData(null, null, true, "talks were possible")]
    [InlineData("kuleba", null, true, "")]
    [InlineData("%", null, false, "")]
    public void Quotes_Filter_ReturnsMatchingQuotes(string? speaker, string? actor, bool anonymous, string expected)
    {
        var quotes = _store.Quotes(new QuoteFilter { Speaker = speaker, Actor = actor, AnonymousOnly = anonymous });

        Assert.Equal(expected, string.Join(',', quotes.Select(q => q.Text)));
    }

    [Theory]
    [InlineData("2022-10-02", null, "talks were possible")]
    [InlineData(null, "2022-10-02", "France would attend")]
    public void Quotes_DateBounds_FilterByDaySaid(string? from, string? to, string expected)
    {
        Assert.Equal(expected, string.Join(',', _store.Quotes(new QuoteFilter { From = Day(from), To = Day(to) }).Select(q => q.Text)));
    }

    [Theory]
    [InlineData(null, 0, "USAGOV:2:1,DEU:1:1,FRA:1:1,RUS:1:1,RUSGOV:1:1,RUSMIL:1:1,UKR:2:2,UKRGOV:1:1")]
    [InlineData("UKR", 0, "UKR:2:2,UKRGOV:1:1")]
    [InlineData(null, 1, "UKR:2:2")]
    public void Actors_CountsMentionsPerCode(string? actor, int limit, string expected)
    {
        var actors = _store.Actors(new ActorFilter { Actor = actor, Limit = limit });

        // Equal counts sort by code; compare as a set of code:mentions:articles when counts tie.
        var got = actors.Select(a => $"{a.Code}:{a.Mentions}:{a.Articles}").ToList();
        if (limit > 0) Assert.Equal(expected.Split(','), got);
        else Assert.Equal(expected.Split(',').Order(), got.Order());
        Assert.Equal(got.Count, actors.Select(a => a.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("USAGOV", "Joe Biden")]
    [InlineData("UKRGOV", "Dmytro Kuleba")]
    public void Actors_NameIsTheMostFrequentName(string code, string name)
    {
        Assert.Equal(name, _store.Actors(new ActorFilter { Actor = code }).First(a => a.Code == code).Name);
    }

    [Theory]
    [InlineData(3, 7, 2, 1)]
    public void Stats_CountsEverything(long articles, long events, long quotes, long anonymous)
    {
        var stats = _store.Stats();

        Assert.Equal((articles, events, quotes, anonymous), (stats.Articles, stats.Events, stats.Quotes, stats.AnonymousQuotes));
        Assert.Equal(8, stats.Sentences);
        Assert.Equal(4, stats.Timexes);
        Assert.Equal(10, stats.ActorMentions);
        Assert.Equal(8, stats.ActorCodes);
        Assert.Equal("asserted:5,negated:1,hypothetical:0,future:1,conditional:0", string.Join(',', stats.EventsByMood.Select(kv => $"{kv.Key}:{kv.Value}")));
        Assert.Equal((new DateOnly(2022, 10, 1), new DateOnly(2022, 11, 6)), (stats.FirstArticle, stats.LastArticle));
        Assert.Equal(StoreSchema.Version, stats.SchemaVersion);
    }

    [Theory]
    [InlineData("19:1,11:1,01:1,12:1,13:1")]
    public void EventsByRoot_CountsAssertedEventsPerRoot(string expected)
    {
        var roots = _store.EventsByRoot(new EventFilter());

        Assert.Equal(expected.Split(',').Order(), roots.Select(r => $"{r.Root}:{r.Events}").Order());
        Assert.Equal(-20.4, roots.Sum(r => r.Goldstein), 6);
    }

    [Theory]
    [InlineData("RUSMIL>UKR:1:-10,USAGOV>RUS:1:-4.4,RUSGOV>USAGOV:1:-4,UKR>RUSMIL:1:-2,UKRGOV>FRA:1:0")]
    public void TopDyads_OrdersByCountThenMostHostile(string expected)
    {
        var dyads = _store.TopDyads(new EventFilter());

        Assert.Equal(expected, string.Join(',', dyads.Select(d => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{d.Source}>{d.Target}:{d.Events}:{d.Goldstein}"))));
    }

    private static DateOnly? Day(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
