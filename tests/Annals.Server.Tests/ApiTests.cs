using System.Net;
using System.Text.Json;
using Annals.Storage;

namespace Annals.Server.Tests;

/// <summary>The JSON API against a real DuckDB file ingested from samples/, over HTTP on loopback.</summary>
[Collection(SamplesCollection.Name)]
public sealed class ApiTests(SamplesServer fixture)
{
    private RunningServer Server => fixture.Server;

    [Theory]
    [InlineData("/api/status")]
    public async Task Status_CountsTheIngestedSamples(string path)
    {
        var s = await Server.GetJson(path);
        Assert.Equal(23, s.GetProperty("articles").GetInt32());
        Assert.True(s.GetProperty("events").GetInt32() > 100, s.ToString());
        Assert.True(s.GetProperty("quotes").GetInt32() > 50, s.ToString());
        Assert.Equal(JsonValueKind.Null, s.GetProperty("watch").ValueKind);
    }

    [Theory]
    [InlineData("/api/events", "items")]
    [InlineData("/api/timeline", "items")]
    [InlineData("/api/quotes", "items")]
    [InlineData("/api/actors", "items")]
    [InlineData("/api/articles", "items")]
    [InlineData("/api/facets", "roots")]
    public async Task Endpoint_AnswersWithRows_WhenAskedPlainly(string path, string list)
    {
        var body = await Server.GetJson(path);
        Assert.True(body.GetProperty(list).GetArrayLength() > 0, body.ToString());
    }

    [Theory]
    [InlineData("/api/speakers")]
    [InlineData("/api/dyads")]
    public async Task ListEndpoint_AnswersWithAnArray_WhenAskedPlainly(string path)
    {
        var body = await Server.GetJson(path);
        Assert.True(body.GetArrayLength() > 0, body.ToString());
    }

    [Theory]
    [InlineData("/api/events?root=99", "root")]
    [InlineData("/api/events?root=ab", "root")]
    [InlineData("/api/events?from=2020-13-01", "from")]
    [InlineData("/api/events?from=yesterday", "YYYY-MM-DD")]
    [InlineData("/api/events?from=2020-02-01&to=2020-01-01", "after")]
    [InlineData("/api/events?quad=5", "quad")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=100000", "limit")]
    [InlineData("/api/events?limit=ten", "limit")]
    [InlineData("/api/events?offset=-1", "offset")]
    [InlineData("/api/events?mood=maybe", "mood")]
    [InlineData("/api/events?bogus=1", "does not take 'bogus'")]
    [InlineData("/api/events?a=USA", "both 'a' and 'b'")]
    [InlineData("/api/events?actor=US'A", "actor code")]
    [InlineData("/api/events?plover=DROP%20TABLE", "plover")]
    [InlineData("/api/events?root=1&root=2", "once")]
    [InlineData("/api/timeline?directed=perhaps", "directed")]
    [InlineData("/api/series?period=day", "period")]
    [InlineData("/api/dyad?a=USA&b=IRN&period=auto", "period")]
    [InlineData("/api/dyad?a=USA", "'a' and 'b'")]
    [InlineData("/api/quotes?anonymous=perhaps", "anonymous")]
    [InlineData("/api/event?article=x", "index")]
    [InlineData("/api/event?index=0", "article")]
    [InlineData("/api/article", "id")]
    [InlineData("/api/status?x=1", "takes no parameters")]
    public async Task BadParameter_Answers400_WithAMessageNamingIt(string path, string expected)
    {
        using var response = await Server.Client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        string error = JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!;
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/article?id=no-such-article")]
    [InlineData("/api/event?article=no-such-article&index=0")]
    [InlineData("/api/nothing-here")]
    public async Task Missing_Answers404_WithAMessage(string path)
    {
        using var response = await Server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData("/api/events")]
    [InlineData("/api/status")]
    public async Task Api_RefusesWrites(string path)
    {
        using var response = await Server.Client.PostAsync(path, new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("actor=USA", "USA")]
    [InlineData("actor=rus", "RUS")]
    public async Task ActorFilter_KeepsEventsWithTheActorOnEitherSide(string query, string prefix)
    {
        var page = await Server.GetJson("/api/events?limit=1000&" + query);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(page.GetProperty("total").GetInt32(), items.Count);
        Assert.All(items, e => Assert.True(Code(e, "source").StartsWith(prefix, StringComparison.Ordinal) || Code(e, "target").StartsWith(prefix, StringComparison.Ordinal), e.ToString()));
    }

    [Theory]
    [InlineData("root=19", "root", "19")]
    [InlineData("root=4", "root", "04")]
    [InlineData("quad=4", "quad_class", "4")]
    [InlineData("plover=agree", "plover", "AGREE")]
    [InlineData("mood=future", "mood", "future")]
    public async Task Filter_KeepsOnlyMatchingEvents(string query, string field, string value)
    {
        var page = await Server.GetJson("/api/events?limit=1000&" + query);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, e => Assert.Equal(value, e.GetProperty(field).ToString()));
    }

    [Theory]
    [InlineData("", "month")]
    [InlineData("from=2015-01-01&to=2015-12-31", "week")]
    [InlineData("period=week", "week")]
    public async Task Series_PicksWeeksForShortRangesAndMonthsForLongOnes_AndCountsEveryDatedEvent(string query, string period)
    {
        var series = await Server.GetJson("/api/series?" + query);
        Assert.Equal(period, series.GetProperty("period").GetString());
        var periods = series.GetProperty("periods").EnumerateArray().ToList();
        Assert.NotEmpty(periods);
        Assert.Equal(series.GetProperty("events").GetInt64(), periods.Sum(p => p.GetProperty("events").GetInt64()));
        string filter = string.Join('&', query.Split('&').Where(kv => !kv.StartsWith("period=", StringComparison.Ordinal)));
        var dated = (await Server.GetJson("/api/timeline?limit=1000&" + filter)).GetProperty("items").EnumerateArray().Count(e => e.GetProperty("event_day").ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Equal(dated, series.GetProperty("events").GetInt64());
    }

    [Theory]
    [InlineData("from=2015-01-01&to=2015-12-31")]
    public async Task Timeline_IsOrderedByEventDay_WithinTheRange(string query)
    {
        var page = await Server.GetJson("/api/timeline?limit=1000&" + query);
        var days = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("event_day").GetString()!).ToList();
        Assert.NotEmpty(days);
        Assert.Equal(days.Order(StringComparer.Ordinal), days);
        Assert.All(days, d => Assert.InRange(d, "2015-01-01", "2015-12-31"));
    }

    [Theory]
    [InlineData("/api/timeline", 7)]
    [InlineData("/api/quotes", 5)]
    [InlineData("/api/actors", 4)]
    [InlineData("/api/articles", 6)]
    public async Task Paging_TwoPagesMakeTheFirstTwice(string path, int size)
    {
        var first = await Server.GetJson($"{path}?limit={size}");
        var second = await Server.GetJson($"{path}?limit={size}&offset={size}");
        var both = await Server.GetJson($"{path}?limit={size * 2}");
        var joined = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(x => x.ToString());
        Assert.Equal(both.GetProperty("items").EnumerateArray().Select(x => x.ToString()), joined);
        Assert.Equal(first.GetProperty("total").GetInt64(), second.GetProperty("total").GetInt64());
        Assert.Equal(size, second.GetProperty("offset").GetInt32());
    }

    [Theory]
    [InlineData("/api/articles?q=%27%20OR%201%3D1%20--")]
    [InlineData("/api/quotes?speaker=%27%3B%20DROP%20TABLE%20quotes%3B%20--")]
    [InlineData("/api/speakers?speaker=%25%27%29%20OR%20true%20--")]
    public async Task HostileText_IsOnlyText(string path)
    {
        var body = await Server.GetJson(path);
        var rows = body.ValueKind == JsonValueKind.Array ? body : body.GetProperty("items");
        Assert.Equal(0, rows.GetArrayLength());
        var status = await Server.GetJson("/api/status");
        Assert.Equal(23, status.GetProperty("articles").GetInt32());
    }

    [Theory]
    [InlineData("ceasefire")]
    [InlineData("CEASEFIRE Minsk")]
    public async Task Search_FindsArticlesHoldingEveryWord_WithASnippet(string q)
    {
        var page = await Server.GetJson("/api/articles?q=" + Uri.EscapeDataString(q));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        var first = q.Split(' ')[0];
        Assert.All(items, h =>
        {
            Assert.True(h.GetProperty("match_start").GetInt32() >= 0);
            Assert.Contains(first, h.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData("minsk-2015-02-12", 0)]
    public async Task EventDetail_MarksTriggerPartiesAndTime_InItsSentence(string article, int index)
    {
        var d = await Server.GetJson($"/api/event?article={Uri.EscapeDataString(article)}&index={index}");
        string sentence = d.GetProperty("sentence").GetString()!;
        var marks = d.GetProperty("marks").EnumerateArray().ToList();
        var kinds = marks.Select(m => m.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "trigger", "source", "target", "time" }, kinds);
        foreach (var m in marks)
        {
            int s = m.GetProperty("start").GetInt32(), e = m.GetProperty("end").GetInt32();
            Assert.Equal(m.GetProperty("text").GetString(), sentence[s..e]);
        }

        Assert.Contains(d.GetProperty("event").GetProperty("trigger").GetString()!, sentence);
        Assert.Equal(article, d.GetProperty("reported_by")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("USA", "IRN", "week")]
    [InlineData("RUS", "UKR", "month")]
    public async Task Dyad_PeriodsAddUpAndStartOnTheirBoundaries(string a, string b, string period)
    {
        var d = await Server.GetJson($"/api/dyad?a={a}&b={b}&period={period}");
        var periods = d.GetProperty("periods").EnumerateArray().ToList();
        Assert.NotEmpty(periods);
        Assert.Equal(d.GetProperty("events").GetInt64(), periods.Sum(p => p.GetProperty("events").GetInt64()));
        foreach (var p in periods)
        {
            var start = DateOnly.Parse(p.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            if (period == "week") Assert.Equal(DayOfWeek.Monday, start.DayOfWeek);
            else Assert.Equal(1, start.Day);
            Assert.True(p.GetProperty("cooperation").GetInt64() + p.GetProperty("conflict").GetInt64() <= p.GetProperty("events").GetInt64());
            Assert.True(p.GetProperty("goldstein_negative").GetDouble() <= 0 && p.GetProperty("goldstein_positive").GetDouble() >= 0);
        }

        // The week's events, as the page lists them, are the ones the bar counted.
        var week = periods[0];
        var events = await Server.GetJson($"/api/events?a={a}&b={b}&from={week.GetProperty("start").GetString()}&to={week.GetProperty("end").GetString()}");
        Assert.Equal(week.GetProperty("events").GetInt64(), events.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("/", "text/html", "Annals")]
    [InlineData("/app.js", "text/javascript", "textContent")]
    [InlineData("/app.css", "text/css", "mark.trigger")]
    public async Task Page_IsServedFromTheAssembly_WithAStrictContentPolicy(string path, string type, string contains)
    {
        using var response = await Server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(type, response.Content.Headers.ContentType?.ToString());
        Assert.Contains(contains, await response.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static string Code(JsonElement e, string side) =>
        e.GetProperty(side).ValueKind == JsonValueKind.Null ? "" : e.GetProperty(side).GetProperty("code").GetString() ?? "";
}

/// <summary>Starting the server: what it refuses, and the folder it watches.</summary>
public sealed class ServeTests
{
    [Theory]
    [InlineData("missing.duckdb")]
    public void Build_RefusesAMissingStore_WithoutAWatchedFolder(string name)
    {
        using var folder = new TempFolder();
        var ex = Assert.Throws<StoreException>(() => ExploreServer.Build(new ExploreServerOptions { Db = folder.File(name) }));
        Assert.Contains(name, ex.Message);
        Assert.False(File.Exists(folder.File(name)));
    }

    [Theory]
    [InlineData("no-such-folder")]
    public void Build_RefusesAMissingWatchedFolder(string name)
    {
        using var folder = new TempFolder();
        Assert.Throws<DirectoryNotFoundException>(() => ExploreServer.Build(new ExploreServerOptions { Db = folder.File("a.duckdb"), WatchDir = folder.File(name) }));
    }

    [Theory]
    [InlineData("singapore-summit-2018-06-12.txt", 1)]
    [InlineData("wire-2015-2023.jsonl", 9)]
    public async Task Watch_IngestsAFileDroppedIntoTheFolder_WhileServing(string sample, int articles)
    {
        using var folder = new TempFolder();
        string inbox = folder.File("inbox");
        Directory.CreateDirectory(inbox);
        await using var server = await RunningServer.StartAsync(new ExploreServerOptions
        {
            Db = folder.File("live.duckdb"),
            WatchDir = inbox,
            PollInterval = TimeSpan.FromMilliseconds(100),
        });
        var before = await server.GetJson("/api/status");
        Assert.Equal(0, before.GetProperty("articles").GetInt32());

        // Written under another name and renamed, as a careful copier does; the watcher must still wait for it whole.
        File.Copy(Path.Combine(RepoPaths.Samples, sample), Path.Combine(inbox, sample + ".part"));
        File.Move(Path.Combine(inbox, sample + ".part"), Path.Combine(inbox, sample));

        JsonElement status = before;
        for (int i = 0; i < 300 && status.GetProperty("articles").GetInt32() < articles; i++)
        {
            await Task.Delay(100);
            status = await server.GetJson("/api/status");
        }

        Assert.Equal(articles, status.GetProperty("articles").GetInt32());
        Assert.True(status.GetProperty("data_version").GetInt64() > 0);
        Assert.Equal(1, status.GetProperty("watch").GetProperty("files").GetInt32());
        var events = await server.GetJson("/api/timeline");
        Assert.True(events.GetProperty("total").GetInt32() > 0);
    }
}
