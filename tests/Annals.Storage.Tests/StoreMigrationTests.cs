using DuckDB.NET.Data;

namespace Annals.Storage.Tests;

public sealed class StoreMigrationTests
{
    // The layout of schema version 1 exactly as the first Annals wrote it, frozen here so that the migration is
    // tested against a real older store rather than against today's code.
    private static readonly string[] Version1 =
    [
        "CREATE TABLE meta (key VARCHAR NOT NULL, value VARCHAR)",
        """
        CREATE TABLE articles (
            article_key BIGINT NOT NULL, id VARCHAR NOT NULL, date DATE NOT NULL, title VARCHAR, source VARCHAR,
            url VARCHAR, text VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, pipeline_version VARCHAR NOT NULL)
        """,
        "CREATE TABLE sentences (article_key BIGINT NOT NULL, idx INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL)",
        """
        CREATE TABLE timexes (
            article_key BIGINT NOT NULL, idx INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            text VARCHAR, type VARCHAR NOT NULL, value VARCHAR NOT NULL, anchor BOOLEAN NOT NULL, day DATE)
        """,
        """
        CREATE TABLE actors (
            article_key BIGINT NOT NULL, idx INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            text VARCHAR, kind VARCHAR NOT NULL, code VARCHAR, name VARCHAR, country VARCHAR, role VARCHAR,
            anonymous BOOLEAN NOT NULL, plural BOOLEAN NOT NULL, antecedent INTEGER NOT NULL)
        """,
        """
        CREATE TABLE quotes (
            article_key BIGINT NOT NULL, idx INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            text VARCHAR, kind VARCHAR NOT NULL, speaker_text VARCHAR, speaker_code VARCHAR, speaker_name VARCHAR,
            speaker_anonymous BOOLEAN, cue VARCHAR, medium VARCHAR, date VARCHAR, day DATE, date_basis VARCHAR)
        """,
        """
        CREATE TABLE events (
            article_key BIGINT NOT NULL, idx INTEGER NOT NULL, sentence INTEGER NOT NULL, trigger VARCHAR,
            source_code VARCHAR, source_name VARCHAR, target_code VARCHAR, target_name VARCHAR,
            cameo VARCHAR NOT NULL, root VARCHAR, plover VARCHAR, quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL,
            date VARCHAR, event_day DATE, date_basis VARCHAR, mood VARCHAR NOT NULL,
            evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text VARCHAR, confidence DOUBLE NOT NULL)
        """,
        "INSERT INTO meta VALUES ('schema_version', '1'), ('pipeline_version', 'test/1')",
        """
        INSERT INTO articles VALUES (0, 'old', DATE '2019-05-02', NULL, NULL, NULL,
            'Greece protested to Turkey.', sha256('Greece protested to Turkey.'), 'test/1')
        """,
        "INSERT INTO sentences VALUES (0, 0, 0, 27)",
        """
        INSERT INTO events VALUES (0, 0, 0, 'protested', 'GRC', 'Greece', 'TUR', 'Turkey', '140', '14', 'PROTEST', 3, -6.5,
            NULL, NULL, NULL, 'asserted', 0, 27, 'Greece protested to Turkey.', 0.8)
        """,
    ];

    internal static void CreateVersion1Store(string path)
    {
        using var c = new DuckDBConnection("Data Source=" + path);
        c.Open();
        foreach (var sql in Version1)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_Version1Store_MigratesAndKeepsItsRows(bool readOnly)
    {
        using var dir = new TempFolder();
        string path = dir.File("old.duckdb");
        CreateVersion1Store(path);

        using var store = AnnalsStore.Open(path, readOnly);

        Assert.Equal(StoreSchema.Version, store.SchemaVersion);
        Assert.Equal(1L, StoreOpenTests.Scalar<long>(store, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'articles' AND column_name = 'origin'"));
        var e = Assert.Single(store.Events(new EventFilter()));
        Assert.Equal(("old", "GRC", "TUR", "140"), (e.ArticleId, e.SourceCode, e.TargetCode, e.Cameo));
        Assert.Equal(1, store.Stats().Articles);
    }

    [Theory]
    [InlineData("strike")]
    public void Ingest_AfterMigration_StoresOriginInTheNewColumn(string id)
    {
        using var dir = new TempFolder();
        string path = dir.File("old.duckdb");
        CreateVersion1Store(path);
        var doc = Corpus.Strike();
        doc = doc with { Article = doc.Article with { Origin = "wire.jsonl:7" } };

        using (var store = AnnalsStore.Open(path))
            StoreIngestTests.Ingest(store, doc);

        using var reopened = AnnalsStore.Open(path, readOnly: true);
        Assert.Equal("wire.jsonl:7", StoreOpenTests.Scalar<string>(reopened, $"SELECT origin FROM articles WHERE id = '{id}'"));
        Assert.Equal(1L, StoreOpenTests.Scalar<long>(reopened, "SELECT count(*) FROM articles WHERE id = 'old' AND origin IS NULL"));
        Assert.Equal(2, reopened.Stats().Articles);
        Assert.DoesNotContain(StoreDoctor.Check(path), f => f.Problem);
    }

    [Theory]
    [InlineData(1)]
    public void Migration_EveryOlderVersion_HasStatements(int from)
    {
        for (int v = from; v < StoreSchema.Version; v++)
            Assert.NotEmpty(StoreSchema.MigrationFrom(v));
        Assert.Throws<ArgumentOutOfRangeException>(() => StoreSchema.MigrationFrom(StoreSchema.Version));
    }

    [Theory]
    [InlineData("ALTER TABLE articles ADD COLUMN origin VARCHAR")]
    public void Open_MigrationThatFails_RollsBackAndLeavesVersion1(string clash)
    {
        using var dir = new TempFolder();
        string path = dir.File("old.duckdb");
        CreateVersion1Store(path);

        // A column the migration wants to add already exists: the migration fails and must change nothing.
        using (var c = new DuckDBConnection("Data Source=" + path))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = clash;
            cmd.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreException>(() => AnnalsStore.Open(path));

        Assert.StartsWith("E108", ex.Message, StringComparison.Ordinal);
        using var check = new DuckDBConnection("Data Source=" + path + ";access_mode=READ_ONLY");
        check.Open();
        using var q = check.CreateCommand();
        q.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        Assert.Equal("1", q.ExecuteScalar());
    }
}
