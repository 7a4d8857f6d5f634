using System.Globalization;
using System.Text;
using Annals.Pipeline;
using DuckDB.NET.Data;

namespace Annals.Storage;

/// <summary>Cross-article events: the same event reported by many articles, merged into one with all its mentions.</summary>
/// <remarks>
/// Two per-article events are the same event when they have the same source code, target code, CAMEO root and
/// mood, and their dates agree: day-precise dates ("2022-10-25", "2022-10-25T10:00") within the merge window
/// of each other (chained: a run of mentions each within the window of the previous one is one event), coarser
/// dates ("2022-W43", "2022-10") only when equal. Undated events are never merged. The per-article rows stay as
/// they are; the merged view lives in its own derived tables (<c>merged_members</c>, <c>merged_events</c>,
/// <c>merged_state</c>), rebuilt in SQL by <see cref="RebuildMergedEvents"/>. A query finds the view stale
/// when the events table changed since the last rebuild and rebuilds it first: in the file when the store is
/// writable, in temporary tables (gone on close) when it is read-only.
/// </remarks>
public sealed partial class AnnalsStore
{
    /// <summary>Days by which two mentions' dates may differ and still be one event, unless told otherwise.</summary>
    public const int DefaultMergeWindowDays = 1;

    private const string MergedColumns = """
        m.merged_id, m.source_code, m.source_name, m.target_code, m.target_name, m.cameo, m.root, m.plover,
        m.quad_class, m.goldstein, m.mood, m.date, m.first_day, m.last_day, m.mentions, m.articles, m.sources,
        m.first_reported, m.last_reported, m.article_id, m.sentence, m.trigger, m.evidence_text, m.confidence
        """;

    // The schema ("main" or "temp") holding an up-to-date merged view, or null before the first check.
    private string? _mergedSchema;

    /// <summary>Rebuilds the merged view of events from the events table (fast: a few SQL statements in one transaction).</summary>
    /// <param name="windowDays">Days by which two mentions' day-precise dates may differ (0 for the same day only).</param>
    /// <remarks>
    /// Call after an ingest; queries also rebuild a stale view themselves, with the last window used. On a read-only
    /// store the view is built in temporary tables. Never changes the per-article tables.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowDays"/> is negative or above 366.</exception>
    public void RebuildMergedEvents(int windowDays = DefaultMergeWindowDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(windowDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(windowDays, 366);
        BuildMerged(ReadOnly ? "temp" : "main", windowDays, CurrentSignature());
    }

    /// <summary>The merge window of the current merged view, in days.</summary>
    public int MergeWindowDays
    {
        get
        {
            string schema = EnsureMerged();
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = $"SELECT window_days FROM {schema}.merged_state";
            return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Merged events that pass <paramref name="filter"/>, by when they happened (undated last), then most reported first.</summary>
    /// <remarks>The filter applies to the merged event: its codes, root, mood and first day.</remarks>
    public IReadOnlyList<MergedEvent> MergedEvents(EventFilter filter) => MergedEvents(filter, null, null);

    /// <summary>
    /// Merged events between two actors in either direction (code prefixes <paramref name="actorA"/> and
    /// <paramref name="actorB"/>) that also pass <paramref name="filter"/>, ordered as <see cref="MergedEvents(EventFilter)"/>.
    /// </summary>
    /// <remarks>With either actor null or empty this is <see cref="MergedEvents(EventFilter)"/>.</remarks>
    public IReadOnlyList<MergedEvent> MergedEvents(EventFilter filter, string? actorA, string? actorB)
    {
        string schema = EnsureMerged();
        var sql = new StringBuilder("SELECT ").Append(MergedColumns).Append(CultureInfo.InvariantCulture, $" FROM {schema}.merged_events m WHERE true");
        using var cmd = _connection.CreateCommand();
        AddMergedConditions(sql, cmd, filter, "m");
        AddDyadCondition(sql, cmd, actorA, actorB, "m");
        sql.Append(" ORDER BY m.first_day NULLS LAST, m.articles DESC, m.mentions DESC, m.merged_id");
        AddLimit(sql, cmd, filter.Limit);
        cmd.CommandText = sql.ToString();
        return ReadMerged(cmd);
    }

    /// <summary>The merged event with id <paramref name="mergedId"/>, or null when there is none.</summary>
    public MergedEvent? FindMergedEvent(long mergedId)
    {
        string schema = EnsureMerged();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT {MergedColumns} FROM {schema}.merged_events m WHERE m.merged_id = $1";
        cmd.Parameters.Add(new DuckDBParameter(mergedId));
        return ReadMerged(cmd).FirstOrDefault();
    }

    /// <summary>The id of the merged event that the article's event number <paramref name="eventIndex"/> belongs to, or null.</summary>
    public long? MergedIdOf(string articleId, int eventIndex)
    {
        string schema = EnsureMerged();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT mm.merged_id FROM {schema}.merged_members mm JOIN articles a USING (article_key)
            WHERE a.id = $1 AND mm.idx = $2
            """;
        cmd.Parameters.Add(new DuckDBParameter(articleId));
        cmd.Parameters.Add(new DuckDBParameter(eventIndex));
        return cmd.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Every article's report of merged event <paramref name="mergedId"/>, with its sentence; earliest article first.</summary>
    /// <remarks>Empty when there is no such merged event.</remarks>
    public IReadOnlyList<EventMention> MentionsOf(long mergedId)
    {
        string schema = EnsureMerged();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT mm.merged_id, a.id, a.date, a.title, a.source, a.url, e.idx, e.sentence, s.span_start, s.span_end, a.text,
                   e.trigger, e.source_code, e.target_code, e.cameo, e.goldstein, e.date, e.event_day, e.date_basis, e.mood,
                   e.evidence_start, e.evidence_end, e.evidence_text, e.confidence
            FROM {schema}.merged_members mm
            JOIN events e ON e.article_key = mm.article_key AND e.idx = mm.idx
            JOIN articles a ON a.article_key = mm.article_key
            LEFT JOIN sentences s ON s.article_key = e.article_key AND s.idx = e.sentence
            WHERE mm.merged_id = $1
            ORDER BY a.date, a.id, e.idx
            """;
        cmd.Parameters.Add(new DuckDBParameter(mergedId));
        var rows = new List<EventMention>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            int start = r.IsDBNull(8) ? -1 : r.GetInt32(8);
            string? sentence = start < 0 ? null : Slice(r.GetString(10), start, r.GetInt32(9));
            rows.Add(new EventMention(
                r.GetInt64(0), r.GetString(1), Date(r, 2)!.Value, Str(r, 3), Str(r, 4), Str(r, 5), r.GetInt32(6), r.GetInt32(7), start, sentence,
                Str(r, 11), Str(r, 12), Str(r, 13), r.GetString(14), r.GetDouble(15), Str(r, 16), Date(r, 17), Str(r, 18), r.GetString(19),
                r.GetInt32(20), r.GetInt32(21), Str(r, 22), r.GetDouble(23)));
        }

        return rows;
    }

    /// <summary>The schema holding an up-to-date merged view, rebuilding it first when missing or stale.</summary>
    internal string EnsureMerged()
    {
        var now = CurrentSignature();
        if (_mergedSchema is { } known && StateOf(known) is { } state && state.Signature == now) return known;

        int window = DefaultMergeWindowDays;
        foreach (var schema in (string[])["main", "temp"])
        {
            if (StateOf(schema) is not { } s) continue;
            if (s.Signature == now)
            {
                _mergedSchema = schema;
                return schema;
            }

            window = s.Window;
        }

        string target = ReadOnly ? "temp" : "main";
        BuildMerged(target, window, now);
        return target;
    }

    private void BuildMerged(string schema, int windowDays, Signature signature)
    {
        string kind = schema == "temp" ? "TEMP " : "";

        // Day-precise dates chain within the window; a coarser period only meets the same period; undated rows
        // stay alone (their own period NULL, and each one starts a new run).
        string members = $"""
            CREATE OR REPLACE {kind}TABLE {schema}.merged_members AS
            WITH keyed AS (
                SELECT e.article_key, e.idx, a.id AS article_id, e.source_code, e.target_code, e.root, e.mood, e.event_day,
                       CASE WHEN e.event_day IS NULL THEN NULL
                            WHEN regexp_matches(e.date, '^\d\d\d\d-\d\d-\d\d') THEN ''
                            ELSE e.date END AS period
                FROM events e JOIN articles a USING (article_key)),
            marked AS (
                SELECT *, CASE WHEN period IS NOT NULL AND event_day - lag(event_day) OVER w <= {windowDays.ToString(CultureInfo.InvariantCulture)}
                               THEN 0 ELSE 1 END AS starts
                FROM keyed
                WINDOW w AS (PARTITION BY source_code, target_code, root, mood, period ORDER BY event_day, article_id, idx)),
            runs AS (
                SELECT *, sum(starts) OVER (PARTITION BY source_code, target_code, root, mood, period
                                            ORDER BY event_day, article_id, idx ROWS UNBOUNDED PRECEDING) AS run
                FROM marked)
            SELECT ('0x' || substr(md5(first_value(article_id || chr(31) || idx::VARCHAR) OVER (
                       PARTITION BY source_code, target_code, root, mood, period, run ORDER BY event_day, article_id, idx)), 1, 15))::BIGINT AS merged_id,
                   article_key, idx
            FROM runs
            """;
        string merged = $"""
            CREATE OR REPLACE {kind}TABLE {schema}.merged_events AS
            WITH m AS (
                SELECT mm.merged_id, e.*, a.id AS article_id, a.date AS article_date, coalesce(a.source, '#' || a.id) AS publisher,
                       row_number() OVER (PARTITION BY mm.merged_id ORDER BY e.confidence DESC, a.date, a.id, e.idx) AS rank
                FROM {schema}.merged_members mm
                JOIN events e ON e.article_key = mm.article_key AND e.idx = mm.idx
                JOIN articles a ON a.article_key = mm.article_key),
            g AS (
                SELECT merged_id, max(source_name) AS source_name, max(target_name) AS target_name,
                       min(event_day) AS first_day, max(event_day) AS last_day, count(*) AS mentions,
                       count(DISTINCT article_key) AS articles, count(DISTINCT publisher) AS sources,
                       min(article_date) AS first_reported, max(article_date) AS last_reported
                FROM m GROUP BY merged_id)
            SELECT g.merged_id, r.source_code, coalesce(r.source_name, g.source_name) AS source_name,
                   r.target_code, coalesce(r.target_name, g.target_name) AS target_name,
                   r.cameo, r.root, r.plover, r.quad_class, r.goldstein, r.mood, r.date, g.first_day, g.last_day,
                   g.mentions, g.articles, g.sources, g.first_reported, g.last_reported,
                   r.article_key, r.idx, r.article_id, r.sentence, r.trigger, r.evidence_text, r.confidence
            FROM g JOIN m r ON r.merged_id = g.merged_id AND r.rank = 1
            """;
        string state = $"""
            CREATE OR REPLACE {kind}TABLE {schema}.merged_state AS
            SELECT {windowDays.ToString(CultureInfo.InvariantCulture)}::INTEGER AS window_days,
                   {signature.Events.ToString(CultureInfo.InvariantCulture)}::BIGINT AS events,
                   {signature.MaxKey.ToString(CultureInfo.InvariantCulture)}::BIGINT AS max_key,
                   {signature.Articles.ToString(CultureInfo.InvariantCulture)}::BIGINT AS articles
            """;

        using (var tx = _connection.BeginTransaction())
        {
            foreach (var ddl in (string[])[members, merged, state])
            {
                using var cmd = _connection.CreateCommand();
                cmd.CommandText = ddl;
                cmd.ExecuteNonQuery();
            }

            tx.Commit();
        }

        _mergedSchema = schema;
    }

    // What the events table holds: new keys only grow, so any ingest or replacement changes it.
    private Signature CurrentSignature()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT (SELECT count(*) FROM events), (SELECT coalesce(max(article_key), -1) FROM articles), (SELECT count(*) FROM articles)";
        using var r = cmd.ExecuteReader();
        r.Read();
        return new Signature(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2));
    }

    private (int Window, Signature Signature)? StateOf(string schema)
    {
        using (var exists = _connection.CreateCommand())
        {
            exists.CommandText = schema == "temp"
                ? "SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = 'merged_state'"
                : "SELECT count(*) FROM duckdb_tables() WHERE NOT temporary AND database_name = current_database() AND schema_name = 'main' AND table_name = 'merged_state'";
            if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0) return null;
        }

        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT window_days, events, max_key, articles FROM {schema}.merged_state LIMIT 1";
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return (r.GetInt32(0), new Signature(r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)));
    }

    private static List<MergedEvent> ReadMerged(DuckDBCommand cmd)
    {
        var rows = new List<MergedEvent>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(ReadMergedRow(r, 0));
        return rows;
    }

    // Reads the MergedColumns starting at column <paramref name="at"/>.
    private static MergedEvent ReadMergedRow(DuckDBDataReader r, int at) => new(
        r.GetInt64(at), Str(r, at + 1), Str(r, at + 2), Str(r, at + 3), Str(r, at + 4), r.GetString(at + 5), Str(r, at + 6), Str(r, at + 7),
        r.GetInt32(at + 8), r.GetDouble(at + 9), r.GetString(at + 10), Str(r, at + 11), Date(r, at + 12), Date(r, at + 13),
        r.GetInt64(at + 14), r.GetInt64(at + 15), r.GetInt64(at + 16), Date(r, at + 17)!.Value, Date(r, at + 18)!.Value,
        r.GetString(at + 19), r.GetInt32(at + 20), Str(r, at + 21), Str(r, at + 22), r.GetDouble(at + 23));

    // The same conditions as for per-article events, on the merged view's columns (first_day for the event day).
    private static void AddMergedConditions(StringBuilder sql, DuckDBCommand cmd, EventFilter f, string m)
    {
        var c = CultureInfo.InvariantCulture;
        if (!string.IsNullOrEmpty(f.Actor))
        {
            int p = AddParameter(cmd, f.Actor.ToUpperInvariant());
            sql.Append(c, $" AND (starts_with({m}.source_code, ${p}) OR starts_with({m}.target_code, ${p}))");
        }

        if (!string.IsNullOrEmpty(f.Source))
            sql.Append(c, $" AND starts_with({m}.source_code, ${AddParameter(cmd, f.Source.ToUpperInvariant())})");
        if (!string.IsNullOrEmpty(f.Target))
            sql.Append(c, $" AND starts_with({m}.target_code, ${AddParameter(cmd, f.Target.ToUpperInvariant())})");
        if (!string.IsNullOrEmpty(f.Root))
            sql.Append(c, $" AND {m}.root = ${AddParameter(cmd, f.Root)}");
        if (f.From is { } from)
            sql.Append(c, $" AND {m}.first_day >= ${AddParameter(cmd, from)}");
        if (f.To is { } to)
            sql.Append(c, $" AND {m}.first_day <= ${AddParameter(cmd, to)}");
        if (f.Mood is { } mood)
            sql.Append(c, $" AND {m}.mood = ${AddParameter(cmd, ExtractionJsonWriter.MoodName(mood))}");
    }

    // Events from either actor to the other; nothing when either is missing.
    private static void AddDyadCondition(StringBuilder sql, DuckDBCommand cmd, string? a, string? b, string m)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b)) return;
        int pa = AddParameter(cmd, a.ToUpperInvariant()), pb = AddParameter(cmd, b.ToUpperInvariant());
        sql.Append(CultureInfo.InvariantCulture,
            $" AND ((starts_with({m}.source_code, ${pa}) AND starts_with({m}.target_code, ${pb})) OR (starts_with({m}.source_code, ${pb}) AND starts_with({m}.target_code, ${pa})))");
    }

    // Offsets are UTF-16 positions written by the pipeline; a stale or bad span gives null, never an exception.
    private static string? Slice(string text, int start, int end) =>
        start >= 0 && end > start && end <= text.Length ? text[start..end] : null;

    private readonly record struct Signature(long Events, long MaxKey, long Articles);
}
