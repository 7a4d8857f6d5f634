namespace Annals.Storage.Tests;

public sealed class StoreDoctorTests
{
    [Theory]
    [InlineData(3)]
    public void Check_HealthyStore_FindsNoProblem(int articles)
    {
        using var dir = new TempFolder();
        string path = Filled(dir);

        var findings = StoreDoctor.Check(path);

        Assert.DoesNotContain(findings, f => f.Problem);
        Assert.Contains(findings, f => f.Check == "schema version" && f.Detail.Contains("current", StringComparison.Ordinal));
        using var store = AnnalsStore.Open(path, readOnly: true);
        Assert.Equal(articles, store.Stats().Articles);
    }

    [Theory]
    [InlineData("INSERT INTO events SELECT 999, idx, sentence, trigger, source_code, source_name, target_code, target_name, cameo, root, plover, quad_class, goldstein, date, event_day, date_basis, mood, evidence_start, evidence_end, evidence_text, confidence, trigger_start, trigger_end, source_actor, target_actor FROM events LIMIT 1", "orphan rows in events", 1)]
    [InlineData("UPDATE events SET trigger_end = 100000 WHERE idx = 0", "event trigger outside its article", 3)]
    [InlineData("UPDATE events SET source_actor = 999 WHERE idx = 0", "event parties naming no mention", 3)]
    [InlineData("INSERT INTO actors SELECT * FROM actors WHERE idx = 0 LIMIT 1", "duplicate rows in actors", 1)]
    [InlineData("DELETE FROM sentences WHERE article_key = (SELECT article_key FROM articles WHERE id = 'talks')", "articles without sentences", 1)]
    [InlineData("UPDATE timexes SET span_end = 100000 WHERE idx = 0", "spans outside their article in timexes", 3)]
    [InlineData("UPDATE sentences SET span_start = -4 WHERE idx = 0", "spans outside their article in sentences", 3)]
    [InlineData("UPDATE events SET evidence_end = evidence_start, evidence_text = NULL WHERE idx = 0", "events without evidence", 3)]
    [InlineData("UPDATE events SET sentence = 40 WHERE idx = 0 AND article_key = (SELECT article_key FROM articles WHERE id = 'strike')", "events in a missing sentence", 1)]
    [InlineData("UPDATE articles SET text = text || ' Edited.' WHERE id = 'summit'", "content hash", 1)]
    [InlineData("INSERT INTO articles SELECT article_key + 100, id, date, title, source, url, text, content_hash, pipeline_version, origin FROM articles WHERE id = 'talks'", "duplicate article ids", 1)]
    [InlineData("UPDATE articles SET article_key = 0", "duplicate article keys", 1)]
    public void Check_CorruptedStore_ReportsTheProblem(string corruption, string check, long count)
    {
        using var dir = new TempFolder();
        string path = Filled(dir);
        using (var store = AnnalsStore.Open(path))
            StoreOpenTests.Exec(store, corruption);

        var findings = StoreDoctor.Check(path);

        var f = Assert.Single(findings, x => x.Check == check);
        Assert.True(f.Problem, f.Detail);
        Assert.Equal(count, f.Count);
    }

    [Theory]
    [InlineData("Flags 🇺🇦 and 🇷🇺 were raised.")]
    public void Check_SpanEndingAfterAstralCharacters_IsNotReportedOutside(string text)
    {
        // UTF-16 counts each flag letter twice, DuckDB's length() once: the span is inside though past length().
        using var dir = new TempFolder();
        string path = dir.File("s.duckdb");
        var doc = DocBuilder.Article("flags", "2022-03-01", text).Actor("raised", null).Build();
        using (var store = AnnalsStore.Open(path))
            StoreIngestTests.Ingest(store, doc);

        var findings = StoreDoctor.Check(path);

        Assert.False(Assert.Single(findings, x => x.Check == "spans outside their article in actors").Problem);
    }

    [Theory]
    [InlineData(1)]
    public void Check_OlderStore_ReportsItWithoutMigrating(int version)
    {
        using var dir = new TempFolder();
        string path = dir.File("old.duckdb");
        StoreMigrationTests.CreateVersion1Store(path);
        byte[] before = File.ReadAllBytes(path);

        var findings = StoreDoctor.Check(path);

        var schema = Assert.Single(findings, x => x.Check == "schema version");
        Assert.False(schema.Problem);
        Assert.Contains($"version {version}, older", schema.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Problem);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData(StoreSchema.Version + 1)]
    public void Check_NewerStore_IsAProblem(int version)
    {
        using var dir = new TempFolder();
        string path = Filled(dir);
        using (var store = AnnalsStore.Open(path))
            StoreOpenTests.Exec(store, $"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'");

        var f = Assert.Single(StoreDoctor.Check(path));

        Assert.True(f.Problem);
        Assert.Contains("newer", f.Detail, StringComparison.Ordinal);
    }

    private static string Filled(TempFolder dir)
    {
        string path = dir.File("s.duckdb");
        using var store = AnnalsStore.Open(path);
        StoreIngestTests.Ingest(store, [.. Corpus.All()]);
        return path;
    }
}
