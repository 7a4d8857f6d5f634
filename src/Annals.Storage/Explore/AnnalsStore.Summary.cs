using System.Globalization;
using System.Text;

namespace Annals.Storage;

/// <summary>Summary timelines and weekly series over merged events.</summary>
public sealed partial class AnnalsStore
{
    // A day-precise TIMEX3 value; only these can name the day a summary line is about.
    private const string DayPrecise = @"'^\d\d\d\d-\d\d-\d\d'";

    // Day- or week-precise values; coarser ones (a month, a year) would pile up on their first week.
    private const string WeekPrecise = @"'^\d\d\d\d-(\d\d-\d\d|W\d\d)'";

    /// <summary>
    /// The <paramref name="dates"/> most important dates for an actor or a dyad, each with the event and sentence
    /// that best say what happened, in date order.
    /// </summary>
    /// <param name="filter">Which events count: <see cref="EventFilter.Actor"/> names the actor (or, with
    /// <paramref name="other"/>, one side of the dyad); source, target, root, dates and mood apply as usual; the limit is ignored.</param>
    /// <param name="dates">How many dates to keep (at least 1).</param>
    /// <param name="other">The other actor of an undirected dyad with <see cref="EventFilter.Actor"/>, or null.</param>
    /// <remarks>
    /// Dates are ranked the way news timeline summarisation (DATEWISE) ranks them, by how much is reported about
    /// them, here over merged events with a day-precise date: score = Σ articles × (1 + |Goldstein| / 10), so a
    /// day many articles report wins, and of two equally reported days the more intense one. Ties go to the day
    /// with more distinct articles, then the earlier day. Of a chosen day's events the one picked has the most
    /// articles, then the largest |Goldstein|, then is asserted rather than not, then was coded with more
    /// confidence, then the smallest id. Its sentence is the representative mention's.
    /// </remarks>
    public IReadOnlyList<SummaryDate> SummaryTimeline(EventFilter filter, int dates, string? other = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dates, 1);
        string schema = EnsureMerged();
        using var cmd = _connection.CreateCommand();
        var conditions = new StringBuilder();
        if (!string.IsNullOrEmpty(other))
        {
            AddMergedConditions(conditions, cmd, filter with { Actor = null }, "m");
            AddDyadCondition(conditions, cmd, filter.Actor, other, "m");
        }
        else
        {
            AddMergedConditions(conditions, cmd, filter, "m");
        }

        int limit = AddParameter(cmd, (long)dates);
        cmd.CommandText = $"""
            WITH d AS (
                SELECT m.*, CAST(substr(m.date, 1, 10) AS DATE) AS day
                FROM {schema}.merged_events m
                WHERE regexp_matches(coalesce(m.date, ''), {DayPrecise}) {conditions}),
            scores AS (SELECT day, sum(articles * (1 + abs(goldstein) / 10.0)) AS score, count(*) AS events FROM d GROUP BY day),
            reach AS (
                SELECT d.day, count(DISTINCT mm.article_key) AS articles
                FROM d JOIN {schema}.merged_members mm ON mm.merged_id = d.merged_id
                GROUP BY d.day),
            days AS (SELECT scores.day, scores.score, reach.articles, scores.events FROM scores JOIN reach USING (day)),
            top AS (SELECT * FROM days ORDER BY score DESC, articles DESC, day LIMIT ${limit.ToString(CultureInfo.InvariantCulture)}),
            pick AS (
                SELECT d.*, row_number() OVER (PARTITION BY d.day ORDER BY d.articles DESC, abs(d.goldstein) DESC,
                           (d.mood = 'asserted') DESC, d.confidence DESC, d.merged_id) AS rank
                FROM d WHERE d.day IN (SELECT day FROM top))
            SELECT top.day, top.score, top.articles, top.events, {MergedColumns}, s.span_start, s.span_end, a.text
            FROM top
            JOIN pick m ON m.day = top.day AND m.rank = 1
            JOIN articles a ON a.article_key = m.article_key
            LEFT JOIN sentences s ON s.article_key = m.article_key AND s.idx = m.sentence
            ORDER BY top.day
            """;
        var rows = new List<SummaryDate>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var e = ReadMergedRow(r, 4);
            int at = 4 + 24;
            string? sentence = r.IsDBNull(at) ? null : Slice(r.GetString(at + 2), r.GetInt32(at), r.GetInt32(at + 1));
            rows.Add(new SummaryDate(Date(r, 0)!.Value, r.GetDouble(1), r.GetInt64(2), r.GetInt64(3), e, sentence ?? e.EvidenceText));
        }

        return rows;
    }

    /// <summary>
    /// Per ISO week, the merged events between two actors in either direction: their count and Goldstein sums,
    /// cooperation (positive scores) apart from conflict (negative ones). Weeks without events are left out.
    /// </summary>
    /// <param name="actorA">Code prefix of one actor.</param>
    /// <param name="actorB">Code prefix of the other.</param>
    /// <param name="filter">Further conditions (root, dates, mood; the actor fields narrow further); the limit is ignored.</param>
    /// <remarks>Only events dated to a day or a week count: a month-precise date cannot be put in a week.</remarks>
    public IReadOnlyList<DyadWeek> DyadWeeks(string actorA, string actorB, EventFilter filter)
    {
        string schema = EnsureMerged();
        using var cmd = _connection.CreateCommand();
        var conditions = new StringBuilder();
        AddMergedConditions(conditions, cmd, filter, "m");
        AddDyadCondition(conditions, cmd, actorA, actorB, "m");
        cmd.CommandText = $"""
            SELECT CAST(date_trunc('week', m.first_day) AS DATE) AS week, count(*),
                   coalesce(sum(greatest(m.goldstein, 0)), 0), coalesce(sum(least(m.goldstein, 0)), 0),
                   count(*) FILTER (WHERE m.goldstein > 0), count(*) FILTER (WHERE m.goldstein < 0)
            FROM {schema}.merged_events m
            WHERE m.first_day IS NOT NULL AND regexp_matches(m.date, {WeekPrecise}) {conditions}
            GROUP BY week ORDER BY week
            """;
        var rows = new List<DyadWeek>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(new DyadWeek(Date(r, 0)!.Value, r.GetInt64(1), r.GetDouble(2), r.GetDouble(3), r.GetInt64(4), r.GetInt64(5)));
        return rows;
    }

    /// <summary>Per ISO week, the merged events that pass <paramref name="filter"/>, counted by quad class. Weeks without events are left out.</summary>
    /// <remarks>Only events dated to a day or a week count; the limit is ignored.</remarks>
    public IReadOnlyList<QuadWeek> QuadWeeks(EventFilter filter)
    {
        string schema = EnsureMerged();
        using var cmd = _connection.CreateCommand();
        var conditions = new StringBuilder();
        AddMergedConditions(conditions, cmd, filter, "m");
        cmd.CommandText = $"""
            SELECT CAST(date_trunc('week', m.first_day) AS DATE) AS week,
                   count(*) FILTER (WHERE m.quad_class = 1), count(*) FILTER (WHERE m.quad_class = 2),
                   count(*) FILTER (WHERE m.quad_class = 3), count(*) FILTER (WHERE m.quad_class = 4)
            FROM {schema}.merged_events m
            WHERE m.first_day IS NOT NULL AND regexp_matches(m.date, {WeekPrecise}) {conditions}
            GROUP BY week ORDER BY week
            """;
        var rows = new List<QuadWeek>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(new QuadWeek(Date(r, 0)!.Value, r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)));
        return rows;
    }
}
