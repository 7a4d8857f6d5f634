using System.Globalization;
using DuckDB.NET.Data;

namespace Annals.Storage;

/// <summary>One thing <see cref="StoreDoctor"/> looked at, and what it found.</summary>
/// <param name="Check">Short name of the check ("orphan rows in events").</param>
/// <param name="Count">How many rows or articles are affected (0 when all is well).</param>
/// <param name="Problem">True when the finding means the store is damaged or inconsistent.</param>
/// <param name="Detail">What was found, with up to a few examples, for the user.</param>
public sealed record DoctorFinding(string Check, long Count, bool Problem, string Detail);

/// <summary>Checks the integrity of a store without changing it.</summary>
/// <remarks>
/// <para>The store is opened read-only and never migrated, so an older store can be examined as it is. Checks:
/// the schema version; duplicate article ids and keys; rows of a child table whose article is missing (orphans);
/// duplicate rows (the same article and index twice); spans that fall outside their article's text; events with
/// no evidence or a sentence the article lacks; event triggers outside the text and parties naming a mention the
/// article lacks (version 3 on); articles without any sentence (a partial extraction); articles
/// whose text no longer matches their content hash. Every table is read through, so DuckDB's block checksums
/// are verified on the way; a table DuckDB cannot read is reported as a problem.</para>
/// <para>Spans are UTF-16 offsets while DuckDB counts code points, so a span past the code-point length is
/// confirmed against the text's UTF-16 length before it is reported.</para>
/// </remarks>
public static class StoreDoctor
{
    private const int Examples = 3;

    private static readonly string[] SpanTables = ["sentences", "timexes", "actors", "quotes"];

    /// <summary>Examines the store at <paramref name="path"/>.</summary>
    /// <returns>Every finding, problems and all-clear alike, in a stable order.</returns>
    /// <exception cref="StoreException">The file is missing, not a DuckDB database, not an Annals store, or held by another process.</exception>
    public static IReadOnlyList<DoctorFinding> Check(string path)
    {
        var findings = new List<DoctorFinding>();
        int version = AnnalsStore.ReadSchemaVersion(path, out var connection);
        using (connection)
        {
            if (version == 0)
            {
                findings.Add(new("schema version", 1, true, "an empty DuckDB file with no Annals tables"));
                return findings;
            }

            if (version > StoreSchema.Version)
            {
                findings.Add(new("schema version", 1, true, Invariant($"version {version} is newer than this annals understands ({StoreSchema.Version}); use a newer annals to check it")));
                return findings;
            }

            findings.Add(version == StoreSchema.Version
                ? new("schema version", 0, false, Invariant($"version {version}, current"))
                : new("schema version", 0, false, Invariant($"version {version}, older than {StoreSchema.Version}: it is migrated the next time annals opens it")));

            Run(findings, "duplicate article ids", connection,
                "SELECT id FROM articles GROUP BY id HAVING count(*) > 1 ORDER BY id",
                "article ids stored more than once");
            Run(findings, "duplicate article keys", connection,
                "SELECT article_key::VARCHAR FROM articles GROUP BY article_key HAVING count(*) > 1 ORDER BY article_key",
                "article keys used by more than one article");
            foreach (var table in StoreSchema.ChildTables)
            {
                Run(findings, "orphan rows in " + table, connection,
                    $"SELECT 'article_key ' || c.article_key || ' idx ' || c.idx FROM {table} c ANTI JOIN articles a USING (article_key) ORDER BY c.article_key, c.idx",
                    "rows whose article is not in the store");
                Run(findings, "duplicate rows in " + table, connection,
                    $"SELECT 'article_key ' || article_key || ' idx ' || idx FROM {table} GROUP BY article_key, idx HAVING count(*) > 1 ORDER BY article_key, idx",
                    "rows stored twice for one article");
            }

            foreach (var table in SpanTables)
                Spans(findings, "spans outside their article in " + table, connection, table, "span_start", "span_end");
            Spans(findings, "event evidence outside its article", connection, "events", "evidence_start", "evidence_end");
            if (version >= 3) EventMarks(findings, connection);
            Run(findings, "events without evidence", connection,
                "SELECT a.id || ' event ' || e.idx FROM events e JOIN articles a USING (article_key) WHERE e.evidence_end <= e.evidence_start OR e.evidence_text IS NULL OR trim(e.evidence_text) = '' ORDER BY a.id, e.idx",
                "events with an empty evidence span");
            Run(findings, "events in a missing sentence", connection,
                """
                SELECT a.id || ' event ' || e.idx FROM events e JOIN articles a USING (article_key)
                WHERE e.sentence < 0 OR e.sentence >= (SELECT count(*) FROM sentences s WHERE s.article_key = e.article_key)
                ORDER BY a.id, e.idx
                """,
                "events whose sentence index the article does not have");
            Run(findings, "articles without sentences", connection,
                "SELECT a.id FROM articles a ANTI JOIN sentences s USING (article_key) ORDER BY a.id",
                "articles with no sentence at all: a partial extraction");
            Run(findings, "content hash", connection,
                "SELECT id FROM articles WHERE content_hash <> sha256(text) ORDER BY id",
                "articles whose text does not match their content hash");
        }

        return findings;
    }

    // Runs a query listing affected rows; all of them are counted, the first few named.
    // Trigger offsets and party mention numbers, stored since schema version 3.
    private static void EventMarks(List<DoctorFinding> findings, DuckDBConnection connection)
    {
        Spans(findings, "event trigger outside its article", connection, "events", "trigger_start", "trigger_end");
        Run(findings, "event parties naming no mention", connection,
            """
            SELECT a.id || ' event ' || e.idx FROM events e JOIN articles a USING (article_key)
            WHERE (e.source_actor IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actors m WHERE m.article_key = e.article_key AND m.idx = e.source_actor))
               OR (e.target_actor IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actors m WHERE m.article_key = e.article_key AND m.idx = e.target_actor))
            ORDER BY a.id, e.idx
            """,
            "events whose source or target points at an actor mention the article does not have");
    }

    private static void Run(List<DoctorFinding> findings, string check, DuckDBConnection connection, string sql, string what)
    {
        try
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            var examples = new List<string>();
            long count = 0;
            while (r.Read())
            {
                if (count++ < Examples) examples.Add(r.IsDBNull(0) ? "(null)" : r.GetString(0));
            }

            findings.Add(Finding(check, count, what, examples));
        }
        catch (DuckDBException ex)
        {
            findings.Add(new(check, 1, true, "cannot be read: " + FirstLine(ex.Message)));
        }
    }

    private static void Spans(List<DoctorFinding> findings, string check, DuckDBConnection connection, string table, string start, string end)
    {
        try
        {
            using var cmd = connection.CreateCommand();

            // Code points never outnumber UTF-16 units, so only spans past the code-point length need the exact test.
            cmd.CommandText = $"""
                SELECT a.id, c.idx, c.{start}, c.{end}, CASE WHEN c.{end} > length(a.text) THEN a.text END
                FROM {table} c JOIN articles a USING (article_key)
                WHERE c.{start} < 0 OR c.{end} < c.{start} OR c.{end} > length(a.text)
                ORDER BY a.id, c.idx
                """;
            using var r = cmd.ExecuteReader();
            var examples = new List<string>();
            long count = 0;
            while (r.Read())
            {
                int s = r.GetInt32(2), e = r.GetInt32(3);
                bool outside = s < 0 || e < s || (!r.IsDBNull(4) && e > r.GetString(4).Length);
                if (!outside) continue;
                if (count++ < Examples) examples.Add(Invariant($"{r.GetString(0)} #{r.GetInt32(1)} [{s}, {e})"));
            }

            findings.Add(Finding(check, count, "spans that fall outside the article's text", examples));
        }
        catch (DuckDBException ex)
        {
            findings.Add(new(check, 1, true, "cannot be read: " + FirstLine(ex.Message)));
        }
    }

    private static DoctorFinding Finding(string check, long count, string what, List<string> examples) => count == 0
        ? new(check, 0, false, "none")
        : new(check, count, true, Invariant($"{count} {what}") + " (e.g. " + string.Join("; ", examples) + ")");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string FirstLine(string message)
    {
        int nl = message.IndexOf('\n');
        return (nl < 0 ? message : message[..nl]).Trim();
    }
}
