namespace Annals.Storage;

/// <summary>The tables of an Annals store and the version of their layout.</summary>
/// <remarks>
/// Every child table refers to its article through <c>article_key</c>, a number the store assigns, so that
/// replacing an article deletes its rows by one integer column (cheap thanks to DuckDB's zone maps, as keys grow
/// with insertion order). There are no unique constraints or indexes: the ingestor keeps ids unique itself, and
/// index-free tables let the Appender write at full speed.
/// Column order matters: the Appender fills columns in declaration order, so a migration that adds a column
/// adds it last (as <c>ALTER TABLE ... ADD COLUMN</c> does) and <see cref="Create"/> declares it last too.
/// History: version 1 (the first store); version 2 adds <c>articles.origin</c>, where the article was read
/// (<c>file:line</c>); version 3 adds the trigger's offsets and the source's and target's actor mention numbers to
/// <c>events</c>, so that evidence is marked exactly rather than found again (null in rows migrated from 2).
/// </remarks>
public static class StoreSchema
{
    /// <summary>The schema version this code writes and reads; a store with a newer one is refused.</summary>
    public const int Version = 3;

    /// <summary>Statements that create an empty store (run inside one transaction).</summary>
    internal static readonly string[] Create =
    [
        "CREATE TABLE meta (key VARCHAR NOT NULL, value VARCHAR)",
        """
        CREATE TABLE articles (
            article_key BIGINT NOT NULL, id VARCHAR NOT NULL, date DATE NOT NULL, title VARCHAR, source VARCHAR,
            url VARCHAR, text VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, pipeline_version VARCHAR NOT NULL,
            origin VARCHAR)
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
            evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text VARCHAR, confidence DOUBLE NOT NULL,
            trigger_start INTEGER, trigger_end INTEGER, source_actor INTEGER, target_actor INTEGER)
        """,
    ];

    /// <summary>The statements that bring a store of version <paramref name="from"/> to version <paramref name="from"/> + 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No migration starts at that version.</exception>
    internal static string[] MigrationFrom(int from) => from switch
    {
        1 => ["ALTER TABLE articles ADD COLUMN origin VARCHAR"],
        2 =>
        [
            "ALTER TABLE events ADD COLUMN trigger_start INTEGER",
            "ALTER TABLE events ADD COLUMN trigger_end INTEGER",
            "ALTER TABLE events ADD COLUMN source_actor INTEGER",
            "ALTER TABLE events ADD COLUMN target_actor INTEGER",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(from), from, "no migration from this schema version"),
    };

    /// <summary>The child tables, each holding rows of one article by <c>article_key</c>.</summary>
    internal static readonly string[] ChildTables = ["sentences", "timexes", "actors", "quotes", "events"];

    /// <summary>The meta key holding the schema version.</summary>
    internal const string SchemaVersionKey = "schema_version";

    /// <summary>The meta key holding the pipeline version of the latest ingest.</summary>
    internal const string PipelineVersionKey = "pipeline_version";
}
