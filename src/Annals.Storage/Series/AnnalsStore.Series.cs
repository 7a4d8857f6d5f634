using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Annals.Storage;

/// <summary>Queries for the explore page: paged events, period series, event detail, articles, speakers.</summary>
/// <remarks>Every user value goes in as a parameter; only fixed SQL fragments are ever concatenated.</remarks>
public sealed partial class AnnalsStore
{
    private const string ListedEventColumns = EventColumns + ", e.idx, a.title";

    /// <summary>One page of the events that pass <paramref name="query"/>, with the number of them in all.</summary>
    /// <param name="query">Filter, paging (limit from the filter, offset) and the page's own conditions.</param>
    /// <param name="byEventDate">True to order by when events happened (undated last); false for article order.</param>
    public Page<ListedEvent> EventPage(EventQuery query, bool byEventDate)
    {
        long total = CountEvents(query);
        var sql = new StringBuilder("SELECT ").Append(ListedEventColumns).Append(" FROM events e JOIN articles a USING (article_key) WHERE true");
        using var cmd = _connection.CreateCommand();
        AddEventQueryConditions(sql, cmd, query);
        sql.Append(" ORDER BY ").Append(byEventDate ? "e.event_day NULLS LAST, e.date NULLS LAST, a.date, a.id, e.idx" : "a.date, a.id, e.idx");
        AddLimit(sql, cmd, query.Filter.Limit);
        AddOffset(sql, cmd, query.Offset);
        cmd.CommandText = sql.ToString();
        return new Page<ListedEvent>(total, Math.Max(0, query.Offset), ReadListedEvents(cmd));
    }

    // The row count of a paged query's filter, with the same positional parameters as the page itself.
    private long CountRows(string sql, List<object> parameters)
    {
        using var count = _connection.CreateCommand();
        count.CommandText = sql;
        foreach (var p in parameters) count.Parameters.Add(new DuckDBParameter(p));
        return Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Number of events that pass <paramref name="query"/> (its limit and offset are ignored).</summary>
    public long CountEvents(EventQuery query)
    {
        var sql = new StringBuilder("SELECT count(*) FROM events e JOIN articles a USING (article_key) WHERE true");
        using var cmd = _connection.CreateCommand();
        AddEventQueryConditions(sql, cmd, query);
        cmd.CommandText = sql.ToString();
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Dated events that pass <paramref name="query"/>, counted per week (Monday first) or per month.</summary>
    /// <param name="query">Which events; limit and offset are ignored.</param>
    /// <param name="months">True for calendar months; false for ISO weeks.</param>
    /// <returns>Periods holding at least one event, in date order.</returns>
    public IReadOnlyList<PeriodPoint> EventSeries(EventQuery query, bool months)
    {
        // The period name is one of two fixed words, never user text.
        string part = months ? "month" : "week";
        var sql = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            SELECT CAST(date_trunc('{part}', e.event_day) AS DATE) AS period, count(*),
                   count(*) FILTER (WHERE e.quad_class IN (1, 2)), count(*) FILTER (WHERE e.quad_class IN (3, 4)),
                   coalesce(sum(e.goldstein), 0), coalesce(sum(e.goldstein) FILTER (WHERE e.goldstein > 0), 0),
                   coalesce(sum(e.goldstein) FILTER (WHERE e.goldstein < 0), 0)
            FROM events e JOIN articles a USING (article_key) WHERE e.event_day IS NOT NULL
            """));
        using var cmd = _connection.CreateCommand();
        AddEventQueryConditions(sql, cmd, query);
        sql.Append(" GROUP BY period ORDER BY period");
        cmd.CommandText = sql.ToString();
        var rows = new List<PeriodPoint>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows.Add(new PeriodPoint(Date(r, 0)!.Value, r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetDouble(4), r.GetDouble(5), r.GetDouble(6)));
        return rows;
    }

    /// <summary>PLOVER types among the events that pass <paramref name="filter"/>, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> EventsByPlover(EventFilter filter)
    {
        var sql = new StringBuilder("SELECT e.plover, count(*) FROM events e JOIN articles a USING (article_key) WHERE e.plover IS NOT NULL");
        using var cmd = _connection.CreateCommand();
        AddEventConditions(sql, cmd, filter);
        sql.Append(" GROUP BY e.plover ORDER BY count(*) DESC, e.plover");
        AddLimit(sql, cmd, filter.Limit);
        cmd.CommandText = sql.ToString();
        var rows = new List<KeyValuePair<string, long>>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(new(r.GetString(0), r.GetInt64(1)));
        return rows;
    }

    /// <summary>The earliest and latest event day among events that pass <paramref name="filter"/>; nulls when none is dated.</summary>
    public (DateOnly? First, DateOnly? Last) EventDayRange(EventFilter filter)
    {
        var sql = new StringBuilder("SELECT min(e.event_day), max(e.event_day) FROM events e JOIN articles a USING (article_key) WHERE true");
        using var cmd = _connection.CreateCommand();
        AddEventConditions(sql, cmd, filter);
        cmd.CommandText = sql.ToString();
        using var r = cmd.ExecuteReader();
        r.Read();
        return (Date(r, 0), Date(r, 1));
    }

    /// <summary>One event with its sentence and the spans to mark in it; null when there is no such event.</summary>
    /// <param name="articleId">The article's id.</param>
    /// <param name="index">The event's index among the article's events.</param>
    /// <remarks>
    /// The trigger and the parties are marked where the coder found them (stored since schema version 3). Rows
    /// migrated from an older store lack those offsets, so for them the marks are found again inside the sentence:
    /// the trigger inside the evidence span, the parties among the actor mentions of the sentence with the event's
    /// codes (the one nearest the trigger). The time is the time expression in the span whose value is the event's
    /// date. A part not found is left unmarked rather than guessed.
    /// </remarks>
    public EventDetail? EventDetail(string articleId, int index)
    {
        long key;
        ListedEvent listed;
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT " + ListedEventColumns + ", a.article_key FROM events e JOIN articles a USING (article_key) WHERE a.id = $1 AND e.idx = $2";
            cmd.Parameters.Add(new DuckDBParameter(articleId));
            cmd.Parameters.Add(new DuckDBParameter(index));
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            listed = ReadListedEvent(r);
            key = r.GetInt64(23);
        }

        var (info, text) = ArticleByKey(key);
        var e = listed.Event;
        int sentenceStart = 0, sentenceEnd = text.Length;
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT span_start, span_end FROM sentences WHERE article_key = $1 AND idx = $2";
            cmd.Parameters.Add(new DuckDBParameter(key));
            cmd.Parameters.Add(new DuckDBParameter(e.Sentence));
            using var r = cmd.ExecuteReader();
            if (r.Read())
            {
                sentenceStart = Math.Clamp(r.GetInt32(0), 0, text.Length);
                sentenceEnd = Math.Clamp(r.GetInt32(1), sentenceStart, text.Length);
            }
        }

        // The evidence span may reach past the sentence (a clause continued); mark within both.
        int spanStart = Math.Min(sentenceStart, Math.Clamp(e.EvidenceStart, 0, text.Length));
        int spanEnd = Math.Max(sentenceEnd, Math.Clamp(e.EvidenceEnd, spanStart, text.Length));
        var marks = new List<TextMark>();
        var stored = StoredMarks(key, index, text.Length);
        int trigger = stored.Trigger?.Start ?? FindTrigger(text, e, spanStart, spanEnd);
        if (stored.Trigger is { } t) marks.Add(new TextMark(t.Start, t.End, "trigger"));
        else if (trigger >= 0) marks.Add(new TextMark(trigger, trigger + e.Trigger!.Length, "trigger"));
        var mentions = stored.Exact ? [] : MentionsIn(key, spanStart, spanEnd);
        int anchor = trigger >= 0 ? trigger : spanStart;
        var source = stored.Exact ? stored.Source : NearestMention(mentions, e.SourceCode, anchor, marks);
        if (source is not null) marks.Add(new TextMark(source.Value.Start, source.Value.End, "source"));
        var target = stored.Exact ? stored.Target : NearestMention(mentions, e.TargetCode, anchor, marks);
        if (target is not null && !Overlaps(marks.Where(m => m.Kind == "source").ToList(), target.Value.Start, target.Value.End))
            marks.Add(new TextMark(target.Value.Start, target.Value.End, "target"));
        string? timexWords = null;
        if (e.Date is not null && TimexIn(key, spanStart, spanEnd, e.Date, marks) is { } timex)
        {
            marks.Add(new TextMark(timex.Start, timex.End, "time"));
            timexWords = text[timex.Start..timex.End];
        }

        marks.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        return new EventDetail(listed, info, spanStart, text[spanStart..spanEnd], marks, timexWords);
    }

    /// <summary>An article with its text and every event coded from it; null when there is no such article.</summary>
    public ArticleDetail? Article(string id)
    {
        long key;
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT article_key FROM articles WHERE id = $1";
            cmd.Parameters.Add(new DuckDBParameter(id));
            if (cmd.ExecuteScalar() is not { } found) return null;
            key = Convert.ToInt64(found, CultureInfo.InvariantCulture);
        }

        var (info, text) = ArticleByKey(key);
        using var events = _connection.CreateCommand();
        events.CommandText = "SELECT " + ListedEventColumns + " FROM events e JOIN articles a USING (article_key) WHERE a.article_key = $1 ORDER BY e.idx";
        events.Parameters.Add(new DuckDBParameter(key));
        return new ArticleDetail(info, text, ReadListedEvents(events));
    }

    /// <summary>
    /// Articles whose title or text holds every word of <paramref name="search"/> (case-insensitive; all articles
    /// when it is empty), newest first, one page of them.
    /// </summary>
    /// <param name="search">Words to look for, or null.</param>
    /// <param name="from">Earliest article date, inclusive, or null.</param>
    /// <param name="to">Latest article date, inclusive, or null.</param>
    /// <param name="offset">Rows to skip.</param>
    /// <param name="limit">Most rows to return; non-positive for all.</param>
    public Page<ArticleHit> SearchArticles(string? search, DateOnly? from, DateOnly? to, int offset, int limit)
    {
        var words = (search ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var where = new StringBuilder(" WHERE true");
        var parameters = new List<object>();
        var c = CultureInfo.InvariantCulture;
        foreach (var w in words)
        {
            parameters.Add(w.ToLowerInvariant());
            where.Append(c, $" AND contains(lower(coalesce(a.title, '') || ' ' || a.text), ${parameters.Count})");
        }

        if (from is { } f)
        {
            parameters.Add(f);
            where.Append(c, $" AND a.date >= ${parameters.Count}");
        }

        if (to is { } t)
        {
            parameters.Add(t);
            where.Append(c, $" AND a.date <= ${parameters.Count}");
        }

        long total = CountRows("SELECT count(*) FROM articles a" + where, parameters);

        using var cmd = _connection.CreateCommand();
        foreach (var p in parameters) cmd.Parameters.Add(new DuckDBParameter(p));
        var sql = new StringBuilder("SELECT ").Append(ArticleInfoColumns).Append(", a.text FROM articles a").Append(where).Append(" ORDER BY a.date DESC, a.id");
        AddLimit(sql, cmd, limit);
        AddOffset(sql, cmd, offset);
        cmd.CommandText = sql.ToString();
        var rows = new List<ArticleHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var info = ReadArticleInfo(r);
            string text = r.GetString(7);
            int match = words.Length == 0 ? -1 : text.IndexOf(words[0], StringComparison.OrdinalIgnoreCase);
            var (snippet, snippetStart) = Snippet(text, match);
            rows.Add(new ArticleHit(info, match, snippet, snippetStart));
        }

        return new Page<ArticleHit>(total, Math.Max(0, offset), rows);
    }

    /// <summary>One page of the quotes that pass <paramref name="filter"/>, ordered like <see cref="Quotes"/>.</summary>
    public Page<StoredQuote> QuotePage(QuoteFilter filter, int offset)
    {
        var where = new StringBuilder(" WHERE true");
        var parameters = new List<object>();
        var c = CultureInfo.InvariantCulture;
        if (!string.IsNullOrEmpty(filter.Speaker))
        {
            parameters.Add(filter.Speaker.ToLowerInvariant());
            int p = parameters.Count;
            where.Append(c, $" AND (contains(lower(q.speaker_name), ${p}) OR contains(lower(q.speaker_text), ${p}) OR contains(lower(q.speaker_code), ${p}))");
        }

        if (!string.IsNullOrEmpty(filter.Actor))
        {
            parameters.Add(filter.Actor.ToUpperInvariant());
            where.Append(c, $" AND starts_with(q.speaker_code, ${parameters.Count})");
        }

        if (filter.AnonymousOnly) where.Append(" AND q.speaker_anonymous");
        if (filter.From is { } from)
        {
            parameters.Add(from);
            where.Append(c, $" AND coalesce(q.day, a.date) >= ${parameters.Count}");
        }

        if (filter.To is { } to)
        {
            parameters.Add(to);
            where.Append(c, $" AND coalesce(q.day, a.date) <= ${parameters.Count}");
        }

        long total = CountRows("SELECT count(*) FROM quotes q JOIN articles a USING (article_key)" + where, parameters);

        using var cmd = _connection.CreateCommand();
        foreach (var p in parameters) cmd.Parameters.Add(new DuckDBParameter(p));
        var sql = new StringBuilder("""
            SELECT a.id, a.date, q.text, q.kind, q.speaker_text, q.speaker_code, q.speaker_name, q.speaker_anonymous,
                   q.cue, q.medium, q.date, q.day
            FROM quotes q JOIN articles a USING (article_key)
            """).Append(where).Append(" ORDER BY coalesce(q.day, a.date), a.date, a.id, q.idx");
        AddLimit(sql, cmd, filter.Limit);
        AddOffset(sql, cmd, offset);
        cmd.CommandText = sql.ToString();
        var rows = new List<StoredQuote>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new StoredQuote(
                r.GetString(0), Date(r, 1)!.Value, Str(r, 2), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6),
                r.IsDBNull(7) ? null : r.GetBoolean(7), Str(r, 8), Str(r, 9), Str(r, 10), Date(r, 11)));
        }

        return new Page<StoredQuote>(total, Math.Max(0, offset), rows);
    }

    /// <summary>Speakers with their quote counts, most quoted first.</summary>
    /// <param name="speaker">Substring of the speaker's name, words or code, or null.</param>
    /// <param name="anonymousOnly">Only anonymous or unnamed sources.</param>
    /// <param name="limit">Most rows; non-positive for all.</param>
    /// <remarks>Speakers are grouped by canonical name, else by their words in the text.</remarks>
    public IReadOnlyList<SpeakerCount> Speakers(string? speaker, bool anonymousOnly, int limit)
    {
        var sql = new StringBuilder("""
            SELECT coalesce(q.speaker_name, q.speaker_text) AS who, mode(q.speaker_code), bool_or(coalesce(q.speaker_anonymous, false)),
                   count(*), count(DISTINCT q.article_key)
            FROM quotes q WHERE coalesce(q.speaker_name, q.speaker_text) IS NOT NULL
            """);
        using var cmd = _connection.CreateCommand();
        if (!string.IsNullOrEmpty(speaker))
        {
            int p = AddParameter(cmd, speaker.ToLowerInvariant());
            sql.Append(CultureInfo.InvariantCulture, $" AND (contains(lower(q.speaker_name), ${p}) OR contains(lower(q.speaker_text), ${p}) OR contains(lower(q.speaker_code), ${p}))");
        }

        if (anonymousOnly) sql.Append(" AND q.speaker_anonymous");
        sql.Append(" GROUP BY who ORDER BY count(*) DESC, who");
        AddLimit(sql, cmd, limit);
        cmd.CommandText = sql.ToString();
        var rows = new List<SpeakerCount>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(new SpeakerCount(r.GetString(0), Str(r, 1), r.GetBoolean(2), r.GetInt64(3), r.GetInt64(4)));
        return rows;
    }

    /// <summary>One page of actor codes with their mention counts, most mentioned first.</summary>
    /// <param name="actor">Code prefix, or null.</param>
    /// <param name="offset">Rows to skip.</param>
    /// <param name="limit">Most rows; non-positive for all.</param>
    public Page<ActorCount> ActorPage(string? actor, int offset, int limit)
    {
        const string From = " FROM actors WHERE code IS NOT NULL";
        string where = string.IsNullOrEmpty(actor) ? "" : " AND starts_with(code, $1)";
        long total;
        using (var count = _connection.CreateCommand())
        {
            count.CommandText = "SELECT count(DISTINCT code)" + From + where;
            if (!string.IsNullOrEmpty(actor)) AddParameter(count, actor.ToUpperInvariant());
            total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var sql = new StringBuilder("SELECT code, mode(name), count(*), count(DISTINCT article_key)").Append(From).Append(where);
        using var cmd = _connection.CreateCommand();
        if (!string.IsNullOrEmpty(actor)) AddParameter(cmd, actor.ToUpperInvariant());
        sql.Append(" GROUP BY code ORDER BY count(*) DESC, code");
        AddLimit(sql, cmd, limit);
        AddOffset(sql, cmd, offset);
        cmd.CommandText = sql.ToString();
        var rows = new List<ActorCount>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(new ActorCount(r.GetString(0), Str(r, 1), r.GetInt64(2), r.GetInt64(3)));
        return new Page<ActorCount>(total, Math.Max(0, offset), rows);
    }

    private const string ArticleInfoColumns = """
        a.id, a.date, a.title, a.source, a.url,
        (SELECT count(*) FROM events x WHERE x.article_key = a.article_key AND x.mood = 'asserted'),
        (SELECT count(*) FROM quotes y WHERE y.article_key = a.article_key)
        """;

    private (ArticleInfo Info, string Text) ArticleByKey(long key)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT " + ArticleInfoColumns + ", a.text FROM articles a WHERE a.article_key = $1";
        cmd.Parameters.Add(new DuckDBParameter(key));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) throw new InvalidOperationException("article row vanished while being read");
        return (ReadArticleInfo(r), r.GetString(7));
    }

    private static ArticleInfo ReadArticleInfo(DuckDBDataReader r) =>
        new(r.GetString(0), Date(r, 1)!.Value, Str(r, 2), Str(r, 3), Str(r, 4), r.GetInt64(5), r.GetInt64(6));

    // About 240 characters around the match (or from the start), cut at spaces, on one line.
    private static (string Text, int Start) Snippet(string text, int match)
    {
        const int Before = 80, Length = 240;
        int start = match < 0 ? 0 : Math.Max(0, match - Before);
        if (start > 0)
        {
            int space = text.IndexOf(' ', start);
            if (space >= 0 && space < match) start = space + 1;
        }

        int end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            int space = text.LastIndexOf(' ', end - 1, end - start);
            if (space > start && (match < 0 || space > match)) end = space;
        }

        return (text[start..end].ReplaceLineEndings(" "), start);
    }

    // The trigger's offsets and the parties' mention spans as the coder stored them; Exact is false for rows from a
    // store older than schema version 3 (their columns are null), which the caller marks by searching instead.
    private ((int Start, int End)? Trigger, (int Start, int End)? Source, (int Start, int End)? Target, bool Exact) StoredMarks(long key, int index, int textLength)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT e.trigger_start, e.trigger_end, s.span_start, s.span_end, t.span_start, t.span_end
            FROM events e
            LEFT JOIN actors s ON s.article_key = e.article_key AND s.idx = e.source_actor
            LEFT JOIN actors t ON t.article_key = e.article_key AND t.idx = e.target_actor
            WHERE e.article_key = $1 AND e.idx = $2
            """;
        cmd.Parameters.Add(new DuckDBParameter(key));
        cmd.Parameters.Add(new DuckDBParameter(index));
        using var r = cmd.ExecuteReader();
        if (!r.Read() || r.IsDBNull(0) || r.IsDBNull(1)) return (null, null, null, false);
        return (Span(r, 0, textLength), Span(r, 2, textLength), Span(r, 4, textLength), true);

        static (int Start, int End)? Span(System.Data.Common.DbDataReader r, int column, int length)
        {
            if (r.IsDBNull(column) || r.IsDBNull(column + 1)) return null;
            int start = r.GetInt32(column), end = r.GetInt32(column + 1);
            return start >= 0 && start < end && end <= length ? (start, end) : null;
        }
    }

    private static int FindTrigger(string text, StoredEvent e, int spanStart, int spanEnd)
    {
        if (string.IsNullOrEmpty(e.Trigger)) return -1;
        int evStart = Math.Clamp(e.EvidenceStart, spanStart, spanEnd), evEnd = Math.Clamp(e.EvidenceEnd, evStart, spanEnd);
        int found = text.AsSpan(evStart, evEnd - evStart).IndexOf(e.Trigger, StringComparison.Ordinal);
        if (found >= 0) return evStart + found;
        found = text.AsSpan(spanStart, spanEnd - spanStart).IndexOf(e.Trigger, StringComparison.Ordinal);
        return found >= 0 ? spanStart + found : -1;
    }

    private List<(int Start, int End, string Code)> MentionsIn(long key, int start, int end)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT span_start, span_end, code FROM actors WHERE article_key = $1 AND code IS NOT NULL AND span_start >= $2 AND span_end <= $3 ORDER BY span_start";
        cmd.Parameters.Add(new DuckDBParameter(key));
        cmd.Parameters.Add(new DuckDBParameter(start));
        cmd.Parameters.Add(new DuckDBParameter(end));
        var rows = new List<(int, int, string)>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add((r.GetInt32(0), r.GetInt32(1), r.GetString(2)));
        return rows;
    }

    private static (int Start, int End)? NearestMention(List<(int Start, int End, string Code)> mentions, string? code, int anchor, List<TextMark> taken)
    {
        if (code is null) return null;
        (int, int)? best = null;
        int bestDistance = int.MaxValue;
        foreach (var m in mentions)
        {
            if (!string.Equals(m.Code, code, StringComparison.Ordinal) || Clashes(taken, m.Start, m.End)) continue;
            int distance = Math.Abs(m.Start - anchor);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = (m.Start, m.End);
            }
        }

        return best;
    }

    private (int Start, int End)? TimexIn(long key, int start, int end, string value, List<TextMark> taken)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT span_start, span_end FROM timexes WHERE article_key = $1 AND value = $2 AND span_start >= $3 AND span_end <= $4 ORDER BY span_start";
        cmd.Parameters.Add(new DuckDBParameter(key));
        cmd.Parameters.Add(new DuckDBParameter(value));
        cmd.Parameters.Add(new DuckDBParameter(start));
        cmd.Parameters.Add(new DuckDBParameter(end));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            int s = r.GetInt32(0), e = r.GetInt32(1);
            if (!Overlaps(taken, s, e)) return (s, e);
        }

        return null;
    }

    private static bool Overlaps(List<TextMark> marks, int start, int end) => marks.Any(m => m.Start < end && start < m.End);

    // A party may sit inside the trigger ("expelled three Polish diplomats"), never across it or on another party.
    private static bool Clashes(List<TextMark> marks, int start, int end) =>
        marks.Any(m => m.Start < end && start < m.End && !(m.Kind == "trigger" && m.Start <= start && end <= m.End));

    private static void AddEventQueryConditions(StringBuilder sql, DuckDBCommand cmd, EventQuery q)
    {
        var c = CultureInfo.InvariantCulture;
        AddEventConditions(sql, cmd, q.Filter);
        if (!string.IsNullOrEmpty(q.Plover))
            sql.Append(c, $" AND e.plover = ${AddParameter(cmd, q.Plover.ToUpperInvariant())}");
        if (q.QuadClass is { } quad)
            sql.Append(c, $" AND e.quad_class = ${AddParameter(cmd, quad)}");
        if (!string.IsNullOrEmpty(q.DyadA) && !string.IsNullOrEmpty(q.DyadB))
        {
            int a = AddParameter(cmd, q.DyadA.ToUpperInvariant()), b = AddParameter(cmd, q.DyadB.ToUpperInvariant());
            sql.Append(c, $" AND ((starts_with(e.source_code, ${a}) AND starts_with(e.target_code, ${b}))");
            if (!q.Directed) sql.Append(c, $" OR (starts_with(e.source_code, ${b}) AND starts_with(e.target_code, ${a}))");
            sql.Append(')');
        }
    }

    private static void AddOffset(StringBuilder sql, DuckDBCommand cmd, int offset)
    {
        if (offset > 0)
            sql.Append(CultureInfo.InvariantCulture, $" OFFSET ${AddParameter(cmd, (long)offset)}");
    }

    private static List<ListedEvent> ReadListedEvents(DuckDBCommand cmd)
    {
        var rows = new List<ListedEvent>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(ReadListedEvent(r));
        return rows;
    }

    private static ListedEvent ReadListedEvent(DuckDBDataReader r)
    {
        var e = new StoredEvent(
            r.GetString(0), Date(r, 1)!.Value, r.GetInt32(2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7),
            r.GetString(8), Str(r, 9), Str(r, 10), r.GetInt32(11), r.GetDouble(12), Str(r, 13), Date(r, 14), Str(r, 15),
            r.GetString(16), r.GetInt32(17), r.GetInt32(18), Str(r, 19), r.GetDouble(20));
        return new ListedEvent(r.GetInt32(21), Str(r, 22), e);
    }
}
