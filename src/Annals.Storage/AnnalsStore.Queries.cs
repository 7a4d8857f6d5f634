using System.Globalization;
using System.Text;
using Annals.Documents;
using Annals.Pipeline;
using DuckDB.NET.Data;

namespace Annals.Storage;

/// <summary>Queries over the store.</summary>
public sealed partial class AnnalsStore
{
    private const string EventColumns = """
        a.id, a.date, e.sentence, e.trigger, e.source_code, e.source_name, e.target_code, e.target_name,
        e.cameo, e.root, e.plover, e.quad_class, e.goldstein, e.date, e.event_day, e.date_basis, e.mood,
        e.evidence_start, e.evidence_end, e.evidence_text, e.confidence
        """;

    /// <summary>Events that pass <paramref name="filter"/>, in article order (article date, id, then as found).</summary>
    public IEnumerable<StoredEvent> Events(EventFilter filter) =>
        ReadEvents(filter, "a.date, a.id, e.idx");

    /// <summary>Events that pass <paramref name="filter"/>, ordered by when they happened (undated ones last).</summary>
    /// <remarks>Ties on the day keep the finer value first only by text ("2022-10" before "2022-10-03"), then article order.</remarks>
    public IEnumerable<StoredEvent> Timeline(EventFilter filter) =>
        ReadEvents(filter, "e.event_day NULLS LAST, e.date NULLS LAST, a.date, a.id, e.idx");

    /// <summary>Number of events per CAMEO root among those that pass <paramref name="filter"/>, most frequent first.</summary>
    public IReadOnlyList<RootCount> EventsByRoot(EventFilter filter)
    {
        var sql = new StringBuilder("SELECT e.root, count(*), coalesce(sum(e.goldstein), 0) FROM events e JOIN articles a USING (article_key) WHERE e.root IS NOT NULL");
        using var cmd = _connection.CreateCommand();
        AddEventConditions(sql, cmd, filter);
        sql.Append(" GROUP BY e.root ORDER BY count(*) DESC, e.root");
        AddLimit(sql, cmd, filter.Limit);
        cmd.CommandText = sql.ToString();
        var rows = new List<RootCount>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(new RootCount(r.GetString(0), r.GetInt64(1), r.GetDouble(2)));
        return rows;
    }

    /// <summary>Source→target pairs among events that pass <paramref name="filter"/>, most events first.</summary>
    /// <remarks>Events without a source or target code are left out.</remarks>
    public IReadOnlyList<Dyad> TopDyads(EventFilter filter)
    {
        var sql = new StringBuilder("""
            SELECT e.source_code, e.target_code, count(*), coalesce(sum(e.goldstein), 0)
            FROM events e JOIN articles a USING (article_key)
            WHERE e.source_code IS NOT NULL AND e.target_code IS NOT NULL
            """);
        using var cmd = _connection.CreateCommand();
        AddEventConditions(sql, cmd, filter);
        sql.Append(" GROUP BY e.source_code, e.target_code ORDER BY count(*) DESC, sum(e.goldstein), e.source_code, e.target_code");
        AddLimit(sql, cmd, filter.Limit);
        cmd.CommandText = sql.ToString();
        var rows = new List<Dyad>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(new Dyad(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetDouble(3)));
        return rows;
    }

    /// <summary>Quotes that pass <paramref name="filter"/>, ordered by when they were said, then article order.</summary>
    public IEnumerable<StoredQuote> Quotes(QuoteFilter filter)
    {
        var sql = new StringBuilder("""
            SELECT a.id, a.date, q.text, q.kind, q.speaker_text, q.speaker_code, q.speaker_name, q.speaker_anonymous,
                   q.cue, q.medium, q.date, q.day
            FROM quotes q JOIN articles a USING (article_key) WHERE true
            """);
        using var cmd = _connection.CreateCommand();
        if (!string.IsNullOrEmpty(filter.Speaker))
        {
            int p = AddParameter(cmd, filter.Speaker.ToLowerInvariant());
            sql.Append(CultureInfo.InvariantCulture, $" AND (contains(lower(q.speaker_name), ${p}) OR contains(lower(q.speaker_text), ${p}) OR contains(lower(q.speaker_code), ${p}))");
        }

        if (!string.IsNullOrEmpty(filter.Actor))
            sql.Append(CultureInfo.InvariantCulture, $" AND starts_with(q.speaker_code, ${AddParameter(cmd, filter.Actor.ToUpperInvariant())})");
        if (filter.AnonymousOnly) sql.Append(" AND q.speaker_anonymous");
        if (filter.From is { } from)
            sql.Append(CultureInfo.InvariantCulture, $" AND coalesce(q.day, a.date) >= ${AddParameter(cmd, from)}");
        if (filter.To is { } to)
            sql.Append(CultureInfo.InvariantCulture, $" AND coalesce(q.day, a.date) <= ${AddParameter(cmd, to)}");
        sql.Append(" ORDER BY coalesce(q.day, a.date), a.date, a.id, q.idx");
        AddLimit(sql, cmd, filter.Limit);
        cmd.CommandText = sql.ToString();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new StoredQuote(
                r.GetString(0), Date(r, 1)!.Value, Str(r, 2), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6),
                r.IsDBNull(7) ? null : r.GetBoolean(7), Str(r, 8), Str(r, 9), Str(r, 10), Date(r, 11));
        }
    }

    /// <summary>Actor codes with their mention counts, most mentioned first.</summary>
    /// <remarks>Mentions without a code are not counted.</remarks>
    public IReadOnlyList<ActorCount> Actors(ActorFilter filter)
    {
        var sql = new StringBuilder("SELECT code, mode(name), count(*), count(DISTINCT article_key) FROM actors WHERE code IS NOT NULL");
        using var cmd = _connection.CreateCommand();
        if (!string.IsNullOrEmpty(filter.Actor))
            sql.Append(CultureInfo.InvariantCulture, $" AND starts_with(code, ${AddParameter(cmd, filter.Actor.ToUpperInvariant())})");
        sql.Append(" GROUP BY code ORDER BY count(*) DESC, code");
        AddLimit(sql, cmd, filter.Limit);
        cmd.CommandText = sql.ToString();
        var rows = new List<ActorCount>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(new ActorCount(r.GetString(0), Str(r, 1), r.GetInt64(2), r.GetInt64(3)));
        return rows;
    }

    /// <summary>Counts of what the store holds.</summary>
    public StoreStats Stats()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences), (SELECT count(*) FROM timexes),
                   (SELECT count(*) FROM actors), (SELECT count(DISTINCT code) FROM actors),
                   (SELECT count(*) FROM quotes), (SELECT count(*) FROM quotes WHERE speaker_anonymous),
                   (SELECT count(*) FROM events), (SELECT min(date) FROM articles), (SELECT max(date) FROM articles)
            """;
        long articles, sentences, timexes, actors, codes, quotes, anonymous, events;
        DateOnly? first, last;
        using (var r = cmd.ExecuteReader())
        {
            r.Read();
            articles = r.GetInt64(0);
            sentences = r.GetInt64(1);
            timexes = r.GetInt64(2);
            actors = r.GetInt64(3);
            codes = r.GetInt64(4);
            quotes = r.GetInt64(5);
            anonymous = r.GetInt64(6);
            events = r.GetInt64(7);
            first = Date(r, 8);
            last = Date(r, 9);
        }

        var byMood = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var moods = _connection.CreateCommand())
        {
            moods.CommandText = "SELECT mood, count(*) FROM events GROUP BY mood";
            using var r = moods.ExecuteReader();
            while (r.Read()) byMood[r.GetString(0)] = r.GetInt64(1);
        }

        var ordered = Enum.GetValues<Mood>()
            .Select(m => ExtractionJsonWriter.MoodName(m))
            .Select(name => new KeyValuePair<string, long>(name, byMood.GetValueOrDefault(name)))
            .ToList();
        return new StoreStats(SchemaVersion, PipelineVersion, articles, sentences, timexes, actors, codes, quotes, anonymous, events, ordered, first, last);
    }

    private IEnumerable<StoredEvent> ReadEvents(EventFilter filter, string orderBy)
    {
        var sql = new StringBuilder("SELECT ").Append(EventColumns).Append(" FROM events e JOIN articles a USING (article_key) WHERE true");
        using var cmd = _connection.CreateCommand();
        AddEventConditions(sql, cmd, filter);
        sql.Append(" ORDER BY ").Append(orderBy);
        AddLimit(sql, cmd, filter.Limit);
        cmd.CommandText = sql.ToString();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new StoredEvent(
                r.GetString(0), Date(r, 1)!.Value, r.GetInt32(2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7),
                r.GetString(8), Str(r, 9), Str(r, 10), r.GetInt32(11), r.GetDouble(12), Str(r, 13), Date(r, 14), Str(r, 15),
                r.GetString(16), r.GetInt32(17), r.GetInt32(18), Str(r, 19), r.GetDouble(20));
        }
    }

    // Appends "AND ..." conditions for the filter; every value goes in as a parameter.
    private static void AddEventConditions(StringBuilder sql, DuckDBCommand cmd, EventFilter f)
    {
        var c = CultureInfo.InvariantCulture;
        if (!string.IsNullOrEmpty(f.Actor))
        {
            int p = AddParameter(cmd, f.Actor.ToUpperInvariant());
            sql.Append(c, $" AND (starts_with(e.source_code, ${p}) OR starts_with(e.target_code, ${p}))");
        }

        if (!string.IsNullOrEmpty(f.Source))
            sql.Append(c, $" AND starts_with(e.source_code, ${AddParameter(cmd, f.Source.ToUpperInvariant())})");
        if (!string.IsNullOrEmpty(f.Target))
            sql.Append(c, $" AND starts_with(e.target_code, ${AddParameter(cmd, f.Target.ToUpperInvariant())})");
        if (!string.IsNullOrEmpty(f.Root))
            sql.Append(c, $" AND e.root = ${AddParameter(cmd, f.Root)}");
        if (f.From is { } from)
            sql.Append(c, $" AND e.event_day >= ${AddParameter(cmd, from)}");
        if (f.To is { } to)
            sql.Append(c, $" AND e.event_day <= ${AddParameter(cmd, to)}");
        if (f.Mood is { } mood)
            sql.Append(c, $" AND e.mood = ${AddParameter(cmd, ExtractionJsonWriter.MoodName(mood))}");
    }

    private static void AddLimit(StringBuilder sql, DuckDBCommand cmd, int? limit)
    {
        if (limit is > 0)
            sql.Append(CultureInfo.InvariantCulture, $" LIMIT ${AddParameter(cmd, (long)limit.Value)}");
    }

    // Adds a positional parameter and returns its number ($1, $2, ...).
    private static int AddParameter(DuckDBCommand cmd, object value)
    {
        cmd.Parameters.Add(new DuckDBParameter(value));
        return cmd.Parameters.Count;
    }

    private static string? Str(DuckDBDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Date(DuckDBDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
