using Microsoft.Playwright;

namespace Annals.Server.Tests;

/// <summary>Finds Debian's chromium on PATH; Playwright drives it and never downloads a browser of its own.</summary>
internal static class Chromium
{
    public static string? Path { get; } = Find();

    /// <summary>The flags the machine needs: no sandbox as root, and no calls home on a closed network.</summary>
    public static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = System.IO.Path.Combine(dir, "chromium");
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }
}

/// <summary>
/// A fact that needs chromium. In CI (CI=true) it always runs, and fails when chromium is missing; elsewhere
/// without chromium it is reported as skipped with a plain reason, never passed silently.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !RepoPaths.InCi)
            Skip = "DID NOT RUN: chromium is not on PATH (apt-get install -y chromium; CI installs it)";
    }
}

/// <summary>One headless chromium for the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    internal IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (Chromium.Path is null) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Args = Chromium.Args,
            Headless = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}

/// <summary>The page over the ingested samples, driven in chromium; screenshots go to artifacts/ in the test output.</summary>
[Collection(SamplesCollection.Name)]
public sealed class BrowserTests(SamplesServer fixture, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    [ChromiumFact]
    public async Task Timeline_FiltersByActorAndRoot_AndOpensAnEventWithItsEvidenceMarked()
    {
        var page = await Open("#timeline");
        var rows = page.Locator("#timeline-table tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        int all = await rows.CountAsync();
        Assert.True(all > 20, $"only {all} rows before filtering");
        string before = await page.Locator("#timeline-count").InnerTextAsync();
        await Screenshot(page, "timeline.png");

        await page.FillAsync("#timeline-filters input[name=actor]", "RUS");
        await page.SelectOptionAsync("#timeline-filters select[name=root]", "03");
        await page.ClickAsync("#timeline-apply");
        await Assertions.Expect(page.Locator("#timeline-count")).Not.ToHaveTextAsync(before);
        int filtered = await rows.CountAsync();
        Assert.InRange(filtered, 1, all - 1);
        foreach (var text in await page.Locator("#timeline-table tbody tr td:nth-child(3) .code").AllTextContentsAsync())
            Assert.StartsWith("03", text);
        await Assertions.Expect(page.Locator("#timeline-chart rect.bar").First).ToBeVisibleAsync();
        await Screenshot(page, "timeline-filtered.png");

        await rows.First.ClickAsync();
        var evidence = page.Locator("#detail #evidence");
        await Assertions.Expect(evidence).ToBeVisibleAsync();
        await Assertions.Expect(evidence.Locator("mark.trigger")).ToHaveCountAsync(1);
        await Assertions.Expect(evidence.Locator("mark.source, mark.target").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#detail .reported li")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#detail .mood")).ToHaveTextAsync("asserted");
        Assert.DoesNotContain("null", await page.Locator("#detail").InnerTextAsync());
        await Screenshot(page, "event-detail.png");
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Address_KeepsTheFilters_SoThatAViewCanBeShared()
    {
        var page = await Open("#timeline?actor=RUS&root=03");
        await Assertions.Expect(page.Locator("#timeline-filters input[name=actor]")).ToHaveValueAsync("RUS");
        await Assertions.Expect(page.Locator("#timeline-table tbody tr").First).ToBeVisibleAsync();
        foreach (var text in await page.Locator("#timeline-table tbody tr td:nth-child(3) .code").AllTextContentsAsync())
            Assert.StartsWith("03", text);

        await page.SelectOptionAsync("#timeline-filters select[name=quad]", "1");
        await page.ClickAsync("#timeline-apply");
        Assert.Contains("quad=1", new Uri(page.Url).Fragment);
        Assert.Contains("actor=RUS", new Uri(page.Url).Fragment);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Summary_ListsTheMostReportedDates_AndOpensTheChosenEvent()
    {
        var page = await Open("#summary?actor=UKR&n=5");
        var items = page.Locator("#summary li");
        await Assertions.Expect(items).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("#summary-title")).ToContainTextAsync("UKR");
        await items.First.ClickAsync();
        await Assertions.Expect(page.Locator("#detail #evidence mark.trigger")).ToHaveCountAsync(1);
        Assert.DoesNotContain("null", await page.Locator("#detail").InnerTextAsync());
        await Screenshot(page, "summary.png");
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task EventDetail_ListsEveryArticleThatReportedIt()
    {
        using var folder = new TempFolder();
        string articles = folder.File("in");
        Directory.CreateDirectory(articles);
        TwiceReported.Write(articles);
        SamplesServer.IngestFolder(articles, folder.File("twice.duckdb"));
        await using var server = await RunningServer.StartAsync(new ExploreServerOptions { Db = folder.File("twice.duckdb") });
        var page = await NewPage();
        await page.GotoAsync(new Uri(server.Address, "/#timeline?root=16").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.Locator("#timeline-table tbody tr").First.ClickAsync();
        var reports = page.Locator("#reported-by > li");
        await Assertions.Expect(reports).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#detail .merged-note")).ToContainTextAsync("2 reports in 2 articles");

        // The target sits inside the trigger's words and is marked there, nested.
        await Assertions.Expect(page.Locator("#evidence mark.trigger mark.target")).ToContainTextAsync("Polish diplomats");
        await Assertions.Expect(reports.Locator(".said")).ToContainTextAsync("expelled three Polish diplomats");
        await Screenshot(page, "reported-by.png");

        // Merged, the two reports are one row that says two articles reported it, and it opens the same evidence.
        await page.ClickAsync("#detail-close");
        await page.CheckAsync("#timeline-filters input[name=merged]");
        await page.ClickAsync("#timeline-apply");
        var rows = page.Locator("#timeline-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("2 articles");
        await rows.First.ClickAsync();
        await Assertions.Expect(page.Locator("#reported-by > li")).ToHaveCountAsync(2);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Dyad_DrawsWeeksAboveAndBelowTheAxis_AndListsAClickedWeek()
    {
        var page = await Open("#dyad");
        await page.FillAsync("#dyad-form input[name=a]", "USA");
        await page.FillAsync("#dyad-form input[name=b]", "IRN");
        await page.ClickAsync("#dyad-apply");
        await Assertions.Expect(page.Locator("#dyad-title")).ToContainTextAsync("USA ↔ IRN");
        var bars = page.Locator("#dyad-chart rect.bar");
        await Assertions.Expect(bars.First).ToBeVisibleAsync();
        Assert.True(await page.Locator("#dyad-chart rect.bar.coop").CountAsync() > 0);
        Assert.True(await page.Locator("#dyad-chart rect.bar.conf").CountAsync() > 0);

        await bars.First.ClickAsync();
        await Assertions.Expect(page.Locator("#dyad-table tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#dyad-week-title")).ToContainTextAsync(" to ");
        await Screenshot(page, "dyad.png");
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task QuotesAndSearch_MarkAnonymousSources_AndFindArticleText()
    {
        var page = await Open("#quotes");
        await page.CheckAsync("#speaker-form input[name=anonymous]");
        await Assertions.Expect(page.Locator("#quotes li .anon").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#quotes-title")).ToContainTextAsync("anonymous");
        await Screenshot(page, "quotes.png");

        await page.FillAsync("#search", "ceasefire");
        await page.PressAsync("#search", "Enter");
        await Assertions.Expect(page.Locator("#articles li mark.hit").First).ToHaveTextAsync("ceasefire", new() { IgnoreCase = true });
        await page.Locator("#articles li .title").First.ClickAsync();
        await Assertions.Expect(page.Locator("#article-view .article-text p").First).ToBeVisibleAsync();
        Assert.DoesNotContain("null", await page.Locator("#article-view").InnerTextAsync());
        await Screenshot(page, "search.png");
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task StoredText_IsShownAsText_NeverRunAsMarkup()
    {
        // Article text with markup in it, stored like any other and shown in the search results and article view.
        using var folder = new TempFolder();
        string db = folder.File("hostile.duckdb");
        File.WriteAllText(folder.File("hostile.txt"),
            "date 2021-03-03\nWASHINGTON — The senator said <img src=x onerror=\"document.body.dataset.owned='yes'\"> was a test of <script>document.body.dataset.owned='yes'</script> the page.\n");
        SamplesServer.IngestFolder(folder.Path, db);
        await using var server = await RunningServer.StartAsync(new ExploreServerOptions { Db = db });
        var page = await NewPage();
        await page.GotoAsync(new Uri(server.Address, "/#articles").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.FillAsync("#search", "senator");
        await page.PressAsync("#search", "Enter");
        await Assertions.Expect(page.Locator("#articles li .snippet")).ToContainTextAsync("<img src=x");
        await page.Locator("#articles li .title").First.ClickAsync();
        await Assertions.Expect(page.Locator("#article-view .article-text")).ToContainTextAsync("<script>");
        Assert.Equal(0, await page.Locator("#article-view img, #articles img, main script").CountAsync());
        Assert.Null(await page.EvaluateAsync<string?>("() => document.body.dataset.owned ?? null"));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task WatchedFolder_NewArticlesAppearOnTheOpenPage_WithoutAReload()
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
        var page = await NewPage();
        await page.GotoAsync(new Uri(server.Address, "/#timeline").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("0 articles");
        await Assertions.Expect(page.Locator("#timeline-chart text.empty")).ToBeVisibleAsync();

        File.Copy(Path.Combine(RepoPaths.Samples, "black-sea-grain-deal-2022-07-22.txt"), Path.Combine(inbox, "grain.txt"));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("1 articles", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("#timeline-table tbody tr").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Screenshot(page, "watch.png");
        await page.CloseAsync();
    }

    private async Task<IPage> Open(string hash)
    {
        var page = await NewPage();
        await page.GotoAsync(new Uri(fixture.Server.Address, "/" + hash).ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return page;
    }

    private async Task<IPage> NewPage()
    {
        Assert.True(browser.Browser is not null, "chromium is not on PATH: apt-get install -y chromium (CI must have it)");
        var page = await browser.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(15_000);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error") errors.Add(m.Text);
        };
        page.Close += (_, _) => Assert.True(errors.Count == 0, "the page reported errors: " + string.Join(" | ", errors));
        return page;
    }

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(Artifacts);

        // From the top, so that the sticky header sits where it belongs in a full-page picture.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name), FullPage = true });
    }
}
