using System.Text.Json;
using Annals.Documents;
using Annals.Input;
using Annals.Cli.Commands;
using Annals.Storage;

namespace Annals.Cli.Tests;

/// <summary>Ingest and run through the command line.</summary>
/// <remarks>
/// Tests named *_FromFiles read article files and need the article readers (another helper's work); they carry
/// the NeedsReaders trait until those land in main. The others feed records to the ingest path directly.
/// </remarks>
public sealed class StoreIngestCliTests
{
    private const string Jsonl = """
        {"id": "a1", "date": "2022-11-06", "title": "Talks", "text": "The foreign minister of Ukraine met his French counterpart in Paris on Monday. They discussed new aid."}
        {"id": "a2", "date": "2022-11-07", "text": "Protesters gathered outside the parliament in Kyiv. Police asked them to leave."}
        {"id": "a3", "date": "2022-11-08", "text": "The government said it would hold elections next spring."}
        """;

    [Theory]
    [InlineData(3, 1)]
    [InlineData(3, 4)]
    public void Store_Records_StoresArticlesAndCountsRejected(int articles, int threads)
    {
        using var dir = new StoreFolder();
        var items = Articles(articles).Append(new ReadItem(null, "E012: feed.jsonl:9: empty article text")).ToList();
        var errors = new List<string>();

        IngestSummary summary;
        using (var store = AnnalsStore.Open(dir.Db))
            summary = Commands.IngestCommand.Store(store, items, threads, 2, errors.Add, _ => { });

        Assert.Equal((articles, 0, 0, 1), (summary.Counts.New, summary.Counts.Replaced, summary.Counts.Unchanged, summary.Rejected));
        Assert.Equal(["E012: feed.jsonl:9: empty article text"], errors);
        using var check = AnnalsStore.Open(dir.Db, readOnly: true);
        var stats = check.Stats();
        Assert.Equal(articles, stats.Articles);
        Assert.True(stats.Sentences >= articles);
        Assert.Equal(Annals.Pipeline.AnnalsPipeline.CreateDefault().Version, check.PipelineVersion);
    }

    [Theory]
    [InlineData(4)]
    public void Store_SameRecordsTwice_SecondRunIsUnchanged(int articles)
    {
        using var dir = new StoreFolder();
        using var store = AnnalsStore.Open(dir.Db);
        Commands.IngestCommand.Store(store, Articles(articles), 2, 100, _ => { }, _ => { });
        var before = store.Stats();

        var again = Commands.IngestCommand.Store(store, Articles(articles), 2, 100, _ => { }, _ => { });
        var changed = Commands.IngestCommand.Store(store, Articles(articles).Select((it, i) => i == 0 ? new ReadItem(it.Article! with { Text = it.Article.Text + " Later the talks ended." }, null) : it), 2, 100, _ => { }, _ => { });

        Assert.Equal((0, 0, articles), (again.Counts.New, again.Counts.Replaced, again.Counts.Unchanged));
        Assert.Equal((0, 1, articles - 1), (changed.Counts.New, changed.Counts.Replaced, changed.Counts.Unchanged));
        var after = store.Stats();
        Assert.Equal(before.Articles, after.Articles);
        Assert.Equal(before.Sentences + 1, after.Sentences);
    }

    [Theory]
    [InlineData(12, 3, 0, 1, 5, 2, 7, 1.5, "ingested 15 articles (12 new, 3 replaced, 0 unchanged), 5 events, 2 quotes; 7 records rejected in 1.50 s")]
    public void Summary_Line_HasTheAgreedShape(int added, int replaced, int unchanged, int batches, long events, long quotes, int rejected, double seconds, string expected)
    {
        var summary = new IngestSummary(new IngestCounts(added, replaced, unchanged, events, quotes, batches), rejected, seconds);

        Assert.Equal(expected, summary.ToString());
    }

    [Theory]
    [InlineData(new string[0], "ingest needs")]
    [InlineData(new[] { "x.txt", "--format", "csv" }, "--format")]
    public void Ingest_BadArguments_IsAUsageError(string[] args, string message)
    {
        var (code, _, err) = CliRun.Execute(["ingest", .. args]);

        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-folder")]
    public void Run_MissingPath_ReportsItAndExitsOne(string missing)
    {
        using var dir = new StoreFolder();

        var (code, output, err) = CliRun.Execute("run", dir.File(missing), "--db", dir.Db);

        Assert.Equal(1, code);
        Assert.StartsWith("ingested 0 articles (0 new, 0 replaced, 0 unchanged), 0 events, 0 quotes; 1 records rejected", output, StringComparison.Ordinal);
        Assert.Contains("E018", err, StringComparison.Ordinal);
        Assert.Contains(missing, err, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Category", "NeedsReaders")]
    [InlineData(3)]
    public void Ingest_FromFiles_StoresAndPrintsSummary(int articles)
    {
        using var dir = new StoreFolder();
        string file = dir.Write("feed.jsonl", Jsonl + "\n{\"id\": \"bad\", \"text\": \"no date here\"}\n");

        var (code, output, err) = CliRun.Execute("ingest", file, "--db", dir.Db);

        Assert.Equal(0, code);
        Assert.Matches($@"^ingested {articles} articles \({articles} new, 0 replaced, 0 unchanged\), \d+ events, \d+ quotes; 1 records rejected in \d+\.\d\d s\s*$", output);
        Assert.Contains("feed.jsonl", err, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", err, StringComparison.Ordinal);
        var (_, stats, _) = CliRun.Execute("stats", "--db", dir.Db, "--format", "json");
        Assert.Equal(articles, JsonDocument.Parse(stats).RootElement.GetProperty("articles").GetInt32());
    }

    [Theory]
    [Trait("Category", "NeedsReaders")]
    [InlineData(3)]
    public void Ingest_FromFilesTwice_SecondRunAddsNothing(int articles)
    {
        using var dir = new StoreFolder();
        string file = dir.Write("feed.jsonl", Jsonl);
        CliRun.Execute("ingest", file, "--db", dir.Db);
        byte[] before = File.ReadAllBytes(dir.Db);

        var (code, output, _) = CliRun.Execute("ingest", file, "--db", dir.Db);

        Assert.Equal(0, code);
        Assert.StartsWith($"ingested {articles} articles (0 new, 0 replaced, {articles} unchanged), 0 events, 0 quotes; 0 records rejected", output, StringComparison.Ordinal);
        var (_, stats, _) = CliRun.Execute("stats", "--db", dir.Db, "--format", "json");
        Assert.Equal(articles, JsonDocument.Parse(stats).RootElement.GetProperty("articles").GetInt32());
        Assert.True(before.Length > 0);
    }

    [Theory]
    [Trait("Category", "NeedsReaders")]
    [InlineData("They discussed new aid.", "They discussed new aid and a visit.")]
    public void Ingest_FromFilesChanged_ReplacesTheArticle(string before, string after)
    {
        using var dir = new StoreFolder();
        string file = dir.Write("feed.jsonl", Jsonl);
        CliRun.Execute("ingest", file, "--db", dir.Db);
        dir.Write("feed.jsonl", Jsonl.Replace(before, after, StringComparison.Ordinal));

        var (code, output, _) = CliRun.Execute("ingest", file, "--db", dir.Db);

        Assert.Equal(0, code);
        Assert.StartsWith("ingested 3 articles (0 new, 1 replaced, 2 unchanged)", output, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Category", "NeedsReaders")]
    [InlineData("{\"id\": \"x\", \"text\": \"no date\"}\n")]
    public void Ingest_FromFilesNothingReadable_ExitsOne(string content)
    {
        using var dir = new StoreFolder();
        string file = dir.Write("bad.jsonl", content);

        var (code, output, err) = CliRun.Execute("ingest", file, "--db", dir.Db);

        Assert.Equal(1, code);
        Assert.StartsWith("ingested 0 articles", output, StringComparison.Ordinal);
        Assert.Contains("bad.jsonl", err, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Category", "NeedsReaders")]
    [InlineData("date 2022-11-06 The president of France spoke with the chancellor of Germany on Sunday.\ndate 2022-11-07 Officials in Kyiv said the talks would go on.\n")]
    public void Run_FromFolder_IngestsAndPrintsReport(string txt)
    {
        using var dir = new StoreFolder();
        dir.Write("in/news.txt", txt);
        dir.Write("in/feed.jsonl", Jsonl);

        var (code, output, _) = CliRun.Execute("run", dir.File("in"), "--db", dir.Db);

        Assert.Equal(0, code);
        Assert.StartsWith("ingested 5 articles (5 new", output, StringComparison.Ordinal);
        Assert.Contains("test.duckdb: 5 articles", output, StringComparison.Ordinal);
        Assert.Contains("asserted events by CAMEO root", output, StringComparison.Ordinal);
        Assert.Contains("top dyads", output, StringComparison.Ordinal);
        Assert.Contains("quotes", output, StringComparison.Ordinal);
    }

    private static IEnumerable<ReadItem> Articles(int n) =>
        Enumerable.Range(0, n).Select(i => new ReadItem(
            new Article("art-" + i, new DateOnly(2022, 11, 1).AddDays(i), $"Officials from Ukraine met envoys in Warsaw on day {i}. They agreed to meet again.") { Origin = "test:" + i },
            null));
}
