using System.Net;
using System.Text.Json;

namespace Annals.Server.Tests;

/// <summary>Summary timelines and cross-article events through the API.</summary>
[Collection(SamplesCollection.Name)]
public sealed class MergedApiTests(SamplesServer fixture)
{
    private RunningServer Server => fixture.Server;

    [Theory]
    [InlineData("actor=UKR&n=3", 3)]
    [InlineData("actor=USA&other=IRN&n=2", 2)]
    public async Task Summary_GivesTheAskedNumberOfDates_InDateOrder_EachOpeningAsAnEvent(string query, int n)
    {
        var rows = (await Server.GetJson("/api/summary?" + query)).EnumerateArray().ToList();
        Assert.Equal(n, rows.Count);
        var days = rows.Select(r => r.GetProperty("day").GetString()!).ToList();
        Assert.Equal(days.Order(StringComparer.Ordinal), days);
        foreach (var r in rows)
        {
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("sentence").GetString()));
            var e = r.GetProperty("event");
            string article = e.GetProperty("article").GetString()!;
            int index = e.GetProperty("index").GetInt32();
            var detail = await Server.GetJson($"/api/event?article={Uri.EscapeDataString(article)}&index={index}");
            Assert.Equal(e.GetProperty("cameo").GetString(), detail.GetProperty("event").GetProperty("cameo").GetString());
        }
    }

    [Theory]
    [InlineData("/api/summary", "actor")]
    [InlineData("/api/summary?actor=UKR&n=0", "'n'")]
    [InlineData("/api/summary?actor=UKR&other=R%20U", "other")]
    [InlineData("/api/merged?plover=AG%20REE", "plover")]
    [InlineData("/api/merged?n=3", "does not take 'n'")]
    [InlineData("/api/merged-event?id=x", "'id'")]
    [InlineData("/api/merged-event", "'id' is required")]
    public async Task BadMergedParameter_Answers400(string path, string expected)
    {
        using var response = await Server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/merged-event?id=12345")]
    public async Task MissingMergedEvent_Answers404(string path)
    {
        using var response = await Server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("plover=AGREE", "plover", "AGREE")]
    [InlineData("quad=4", "quad_class", "4")]
    [InlineData("root=19", "root", "19")]
    public async Task MergedFilter_KeepsOnlyMatchingEvents(string query, string field, string value)
    {
        var page = await Server.GetJson("/api/merged?limit=1000&" + query);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(page.GetProperty("total").GetInt32(), items.Count);
        Assert.All(items, m => Assert.Equal(value, m.GetProperty(field).ToString()));
    }

    [Theory]
    [InlineData("a=RUS&b=UKR")]
    public async Task Merged_IsNoLongerThanThePerArticleEvents_AndEachIsAtLeastOneMention(string query)
    {
        var merged = await Server.GetJson("/api/merged?limit=1000&" + query);
        var events = await Server.GetJson("/api/events?limit=1000&" + query);
        var items = merged.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.True(items.Count <= events.GetProperty("total").GetInt32());
        Assert.All(items, m => Assert.True(m.GetProperty("mentions").GetInt64() >= 1));
    }
}

/// <summary>One event reported by two articles: one merged event, and every report listed with the event.</summary>
public sealed class TwiceReportedTests
{
    [Theory]
    [InlineData("166")]
    public async Task EventDetail_ListsEveryArticleThatReportedIt(string cameo)
    {
        using var folder = new TempFolder();
        string articles = folder.File("in");
        Directory.CreateDirectory(articles);
        TwiceReported.Write(articles);
        SamplesServer.IngestFolder(articles, folder.File("twice.duckdb"));
        await using var server = await RunningServer.StartAsync(new ExploreServerOptions { Db = folder.File("twice.duckdb") });

        var events = (await server.GetJson("/api/events?root=" + cameo[..2])).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, events.Count);
        foreach (var e in events)
        {
            var d = await server.GetJson($"/api/event?article={Uri.EscapeDataString(e.GetProperty("article").GetString()!)}&index={e.GetProperty("index").GetInt32()}");
            var reports = d.GetProperty("reported_by").EnumerateArray().ToList();
            Assert.Equal(2, reports.Count);
            Assert.Equal(2, reports.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
            Assert.All(reports, r => Assert.Contains("expelled", r.GetProperty("sentence").GetString()!));
            var merged = d.GetProperty("merged");
            Assert.Equal(2, merged.GetProperty("mentions").GetInt32());
            Assert.Equal(JsonValueKind.String, merged.GetProperty("id").ValueKind);

            var same = await server.GetJson("/api/merged-event?id=" + merged.GetProperty("id").GetString());
            Assert.Equal(2, same.GetProperty("reported_by").GetArrayLength());
        }
    }
}
