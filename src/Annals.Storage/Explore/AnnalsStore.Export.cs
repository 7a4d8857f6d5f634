using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;
using DuckDB.NET.Data;

namespace Annals.Storage;

/// <summary>File formats of an event export.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV with a header row, CRLF line ends, UTF-8 without BOM.</summary>
    Csv,

    /// <summary>One JSON object a line, numbers as numbers, missing values as null.</summary>
    JsonLines,

    /// <summary>Apache Parquet, written by DuckDB itself.</summary>
    Parquet,
}

/// <summary>Exports of events with GDELT-style column names.</summary>
public sealed partial class AnnalsStore
{
    /// <summary>The columns of an export, in order: GDELT's events-table names where one exists, then Annals' own.</summary>
    public static readonly IReadOnlyList<string> ExportColumns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "DATEADDED", "SOURCEURL",
        "MergedEventId", "ArticleId", "ArticleDate", "Sentence", "Trigger", "Evidence", "EvidenceStart", "EvidenceEnd",
        "Mood", "EventDate", "EventDateBasis", "PloverType", "Confidence",
    ];

    private static readonly JsonWriterOptions ExportJsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the events that pass <paramref name="filter"/> to the file <paramref name="path"/> (replacing it) and returns the number of rows.</summary>
    /// <param name="filter">Which events (mood asserted unless the filter says otherwise); its limit caps the rows.</param>
    /// <param name="format">CSV, JSON lines or Parquet.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="merged">One row per merged event (its representative mention) instead of one per article's event.</param>
    /// <remarks>
    /// Columns are <see cref="ExportColumns"/>. SQLDATE, MonthYear, Year and FractionDate describe when the event
    /// happened (null when undated: Annals does not put the publication date in its place; EventDateBasis says
    /// where a date came from). DATEADDED is the article's date. IsRootEvent is 1 for an event in the article's
    /// first sentence. Actor country and type codes are those the actor recogniser most often gave the code.
    /// NumMentions, NumSources and NumArticles count the merged event the row belongs to.
    /// GLOBALEVENTID is unique per row: the merged event id with <paramref name="merged"/>, otherwise a number made
    /// from the article's store key and the event's index.
    /// </remarks>
    /// <exception cref="StoreException">The file cannot be written (E171).</exception>
    public long ExportEvents(EventFilter filter, ExportFormat format, string path, bool merged = false)
    {
        string full = System.IO.Path.GetFullPath(path);
        FileStream file;
        try
        {
            file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new StoreException(ExploreErrors.Format(ExploreErrors.E171, path, ex.Message), ex);
        }

        if (format == ExportFormat.Parquet)
        {
            // DuckDB writes the file itself; it was created above only to fail early and clearly.
            file.Dispose();
            return CopyToParquet(filter, full, path, merged);
        }

        using (file)
        {
            return ExportEvents(filter, format, file, merged);
        }
    }

    /// <summary>Writes the events that pass <paramref name="filter"/> to <paramref name="output"/> and returns the number of rows.</summary>
    /// <remarks>As <see cref="ExportEvents(EventFilter, ExportFormat, string, bool)"/>; Parquet goes through a temporary file. The stream is left open.</remarks>
    /// <exception cref="StoreException">A temporary file for Parquet cannot be written (E171).</exception>
    public long ExportEvents(EventFilter filter, ExportFormat format, Stream output, bool merged = false)
    {
        if (format == ExportFormat.Parquet)
        {
            string temp = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "annals-export-" + Guid.NewGuid().ToString("N") + ".parquet");
            try
            {
                long n = CopyToParquet(filter, temp, temp, merged);
                using (var read = File.OpenRead(temp)) read.CopyTo(output);
                return n;
            }
            finally
            {
                File.Delete(temp);
            }
        }

        using var cmd = ExportCommand(filter, merged);
        using var r = cmd.ExecuteReader();
        return format == ExportFormat.Csv ? WriteCsv(r, output) : WriteJsonLines(r, output);
    }

    private long CopyToParquet(EventFilter filter, string full, string shown, bool merged)
    {
        using var cmd = ExportCommand(filter, merged);

        // The path cannot be a parameter of COPY; it goes in as a string literal with its quotes doubled.
        cmd.CommandText = $"COPY ({cmd.CommandText}) TO '{full.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT PARQUET)";
        try
        {
            cmd.ExecuteNonQuery();
        }
        catch (DuckDBException ex)
        {
            throw new StoreException(ExploreErrors.Format(ExploreErrors.E171, shown, FirstLine(ex.Message)), ex);
        }

        // The row count from the file's own footer: what was written, not what was meant to be.
        using var count = _connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM read_parquet($1)";
        count.Parameters.Add(new DuckDBParameter(full));
        return Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private DuckDBCommand ExportCommand(EventFilter filter, bool merged)
    {
        string schema = EnsureMerged();
        var cmd = _connection.CreateCommand();
        var conditions = new StringBuilder();
        if (merged) AddMergedConditions(conditions, cmd, filter, "me");
        else AddEventConditions(conditions, cmd, filter);
        string day = merged ? "me.first_day" : "e.event_day";
        string from = merged
            ? $"""
              {schema}.merged_events me
              JOIN events e ON e.article_key = me.article_key AND e.idx = me.idx
              JOIN articles a ON a.article_key = e.article_key
              """
            : $"""
              events e
              JOIN articles a ON a.article_key = e.article_key
              LEFT JOIN {schema}.merged_members mm ON mm.article_key = e.article_key AND mm.idx = e.idx
              LEFT JOIN {schema}.merged_events me ON me.merged_id = mm.merged_id
              """;
        var sql = new StringBuilder($"""
            WITH codes AS (
                SELECT code, mode(country) AS country, mode(role) AS role, mode(name) AS name
                FROM actors WHERE code IS NOT NULL GROUP BY code)
            SELECT {(merged ? "me.merged_id" : "(e.article_key << 20) + e.idx")} AS GLOBALEVENTID,
                   CAST(strftime({day}, '%Y%m%d') AS INTEGER) AS SQLDATE,
                   CAST(strftime({day}, '%Y%m') AS INTEGER) AS MonthYear,
                   year({day}) AS Year,
                   round(year({day}) + (dayofyear({day}) - 1) / dayofyear(make_date(year({day}), 12, 31)), 4) AS FractionDate,
                   e.source_code AS Actor1Code, coalesce(e.source_name, c1.name) AS Actor1Name,
                   c1.country AS Actor1CountryCode, c1.role AS Actor1Type1Code,
                   e.target_code AS Actor2Code, coalesce(e.target_name, c2.name) AS Actor2Name,
                   c2.country AS Actor2CountryCode, c2.role AS Actor2Type1Code,
                   CASE WHEN e.sentence = 0 THEN 1 ELSE 0 END AS IsRootEvent,
                   e.cameo AS EventCode, substr(e.cameo, 1, 3) AS EventBaseCode, e.root AS EventRootCode,
                   e.quad_class AS QuadClass, e.goldstein AS GoldsteinScale,
                   me.mentions AS NumMentions, me.sources AS NumSources, me.articles AS NumArticles,
                   CAST(strftime(a.date, '%Y%m%d') AS INTEGER) AS DATEADDED, a.url AS SOURCEURL,
                   me.merged_id AS MergedEventId, a.id AS ArticleId, a.date AS ArticleDate, e.sentence AS Sentence,
                   e.trigger AS Trigger, e.evidence_text AS Evidence, e.evidence_start AS EvidenceStart, e.evidence_end AS EvidenceEnd,
                   e.mood AS Mood, e.date AS EventDate, e.date_basis AS EventDateBasis, e.plover AS PloverType, round(e.confidence, 4) AS Confidence
            FROM {from}
            LEFT JOIN codes c1 ON c1.code = e.source_code
            LEFT JOIN codes c2 ON c2.code = e.target_code
            WHERE true {conditions}
            ORDER BY {day} NULLS LAST, a.date, a.id, e.idx
            """);
        AddLimit(sql, cmd, filter.Limit);
        cmd.CommandText = sql.ToString();
        return cmd;
    }

    private static long WriteCsv(DuckDBDataReader r, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        for (int i = 0; i < r.FieldCount; i++)
        {
            if (i > 0) w.Write(',');
            WriteCsvField(w, r.GetName(i));
        }

        w.Write("\r\n");
        long n = 0;
        while (r.Read())
        {
            for (int i = 0; i < r.FieldCount; i++)
            {
                if (i > 0) w.Write(',');
                if (!r.IsDBNull(i)) WriteCsvField(w, Invariant(r.GetValue(i)));
            }

            w.Write("\r\n");
            n++;
        }

        return n;
    }

    // RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes doubled.
    private static void WriteCsvField(TextWriter w, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            w.Write(field);
            return;
        }

        w.Write('"');
        w.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        w.Write('"');
    }

    private static long WriteJsonLines(DuckDBDataReader r, Stream output)
    {
        var names = Enumerable.Range(0, r.FieldCount).Select(i => JsonEncodedText.Encode(r.GetName(i))).ToArray();
        using var json = new Utf8JsonWriter(output, ExportJsonOptions);
        long n = 0;
        Span<byte> newline = [(byte)'\n'];
        while (r.Read())
        {
            json.WriteStartObject();
            for (int i = 0; i < names.Length; i++)
            {
                if (r.IsDBNull(i))
                {
                    json.WriteNull(names[i]);
                    continue;
                }

                switch (r.GetValue(i))
                {
                    case string s: json.WriteString(names[i], s); break;
                    case double d: json.WriteNumber(names[i], d); break;
                    case long l: json.WriteNumber(names[i], l); break;
                    case int k: json.WriteNumber(names[i], k); break;
                    case bool b: json.WriteBoolean(names[i], b); break;
                    case var v: json.WriteString(names[i], Invariant(v)); break;
                }
            }

            json.WriteEndObject();
            json.Flush();
            output.Write(newline);
            json.Reset(output);
            n++;
        }

        return n;
    }

    private static string Invariant(object value) => value switch
    {
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
