using Annals.Storage;

namespace Annals.Cli.Tests;

/// <summary>Real child processes against one store: killed mid-run, and two at once.</summary>
public sealed class StoreProcessTests
{
    [Theory]
    [InlineData(2500, 100)]
    public async Task Ingest_KilledMidRunThenRerun_StoresEveryArticleExactlyOnce(int articles, int batch)
    {
        using var dir = new StoreFolder();
        string input = SyntheticNews.Write(dir.File("wire.jsonl"), articles, seed: 7);
        string clean = dir.File("clean.duckdb");
        var reference = await ProcessKit.RunAsync("ingest", input, "--db", clean, "--quiet", "--batch", batch.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(reference.Code == 0, reference.Err);

        // Kill once some batches are committed (the store has grown) and the run is still going.
        using (var victim = ProcessKit.Start("ingest", input, "--db", dir.Db, "--quiet", "--batch", batch.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            bool grew = ProcessKit.WaitFor(victim, () => ProcessKit.StoreBytes(dir.Db) > 400_000, TimeSpan.FromMinutes(2));
            bool running = !victim.HasExited;
            victim.Kill(entireProcessTree: true);
            await victim.WaitForExitAsync();
            Assert.True(grew && running, "the ingest should be killed mid-run, after its first commits");
        }

        var rerun = await ProcessKit.RunAsync("ingest", input, "--db", dir.Db, "--quiet", "--batch", batch.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(rerun.Code == 0, rerun.Err);
        Assert.Contains($"ingested {articles} articles", rerun.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 unchanged", rerun.Out, StringComparison.Ordinal);

        Assert.DoesNotContain(StoreDoctor.Check(dir.Db), f => f.Problem);
        Assert.Equal(Contents(clean), Contents(dir.Db));
    }

    [Theory]
    [InlineData(3000)]
    public async Task Ingest_SecondProcessOnTheSameStore_ExitsNamingTheFile(int articles)
    {
        using var dir = new StoreFolder();
        string input = SyntheticNews.Write(dir.File("wire.jsonl"), articles, seed: 11);
        string small = dir.Write("small.txt", "date 2022-05-01\nNorway sent aid to Chile on Monday.\n");

        using var first = ProcessKit.Start("ingest", input, "--db", dir.Db, "--quiet", "--batch", "200");
        Assert.True(ProcessKit.WaitFor(first, () => ProcessKit.StoreBytes(dir.Db) > 0, TimeSpan.FromMinutes(2)) && !first.HasExited,
            "the first ingest should hold the store open");
        var second = await ProcessKit.RunAsync("ingest", small, "--db", dir.Db, "--quiet");
        bool firstStillRunning = !first.HasExited;
        var done = await ProcessKit.FinishAsync(first);

        Assert.True(done.Code == 0, done.Err);
        if (firstStillRunning)
        {
            Assert.Equal(1, second.Code);
            Assert.Contains("E107", second.Err, StringComparison.Ordinal);
            Assert.Contains(dir.Db, second.Err, StringComparison.Ordinal);
            Assert.Contains("annals serve", second.Err, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(StoreDoctor.Check(dir.Db), f => f.Problem);
        using var store = AnnalsStore.Open(dir.Db, readOnly: true);
        Assert.Equal(firstStillRunning ? articles : articles + 1, store.Stats().Articles);
    }

    [Theory]
    [InlineData(1500)]
    public async Task Ingest_SecondProcessWithWait_RunsAfterTheFirst(int articles)
    {
        using var dir = new StoreFolder();
        string input = SyntheticNews.Write(dir.File("wire.jsonl"), articles, seed: 13);
        string small = dir.Write("small.txt", "date 2022-05-01\nNorway sent aid to Chile on Monday.\n");

        using var first = ProcessKit.Start("ingest", input, "--db", dir.Db, "--quiet");
        Assert.True(ProcessKit.WaitFor(first, () => ProcessKit.StoreBytes(dir.Db) > 0, TimeSpan.FromMinutes(2)));
        var second = await ProcessKit.RunAsync("ingest", small, "--db", dir.Db, "--quiet", "--wait", "240");
        var done = await ProcessKit.FinishAsync(first);

        Assert.True(done.Code == 0, done.Err);
        Assert.True(second.Code == 0, second.Err);
        using var store = AnnalsStore.Open(dir.Db, readOnly: true);
        Assert.Equal(articles + 1, store.Stats().Articles);
    }

    // Everything stored, without the store's own keys, so that two stores built differently can be compared.
    private static string Contents(string db)
    {
        using var store = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + db + ";access_mode=READ_ONLY");
        store.Open();
        var parts = new List<string>();
        foreach (var table in new[] { "sentences", "timexes", "actors", "quotes", "events" })
        {
            parts.Add(Query(store, $"SELECT count(*)::VARCHAR || ':' || coalesce(sum(hash(x)), 0)::VARCHAR FROM (SELECT a.id, t.* EXCLUDE (article_key) FROM {table} t JOIN articles a USING (article_key)) x"));
        }

        parts.Add(Query(store, "SELECT count(*)::VARCHAR || ':' || count(DISTINCT id)::VARCHAR || ':' || coalesce(sum(hash(id, content_hash)), 0)::VARCHAR FROM articles"));
        return string.Join('\n', parts);
    }

    private static string Query(DuckDB.NET.Data.DuckDBConnection store, string sql)
    {
        using var cmd = store.CreateCommand();
        cmd.CommandText = sql;
        return (string)cmd.ExecuteScalar()!;
    }
}
