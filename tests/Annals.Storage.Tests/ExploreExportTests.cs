using System.Text;
using System.Text.Json;
using Annals.Documents;

namespace Annals.Storage.Tests;

/// <summary>Event exports as CSV, JSON lines and Parquet over the wires of <see cref="ExploreCorpus"/>.</summary>
public sealed class ExploreExportTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly AnnalsStore _store;

    public ExploreExportTests()
    {
        _store = AnnalsStore.Open(_dir.File("x.duckdb"));
        StoreIngestTests.Ingest(_store, [.. ExploreCorpus.All(), Awkward()]);
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    // Evidence with a comma, quotes and a line break, to test the quoting.
    private static AnalyzedDocument Awkward() => DocBuilder.Article("awkward", "2022-11-02",
            "Kyiv said, \"We will respond,\" after the strike. Kyiv rejected\nthe offer from Moscow.")
        .Event("said", "UKRGOV", "RUS", "010", "2022-11-02", goldstein: 0.0)
        .Event("rejected", "UKRGOV", "RUS", "120", "2022-11-02", goldstein: -4.0)
        .Build();

    [Theory]
    [InlineData(false, 13)]
    [InlineData(true, 11)]
    public void ExportEvents_Csv_HasGdeltHeaderAndOneRowPerAssertedEvent(bool merged, int expectedRows)
    {
        string file = _dir.File("e.csv");

        long n = _store.ExportEvents(new EventFilter(), ExportFormat.Csv, file, merged);

        var records = ParseCsv(File.ReadAllText(file));
        Assert.Equal(expectedRows, n);
        Assert.Equal(AnnalsStore.ExportColumns, records[0]);
        Assert.Equal(expectedRows + 1, records.Count);
        Assert.All(records, r => Assert.Equal(AnnalsStore.ExportColumns.Count, r.Length));
        Assert.All(records.Skip(1), r => Assert.Equal("asserted", r[Column("Mood")]));
    }

    [Theory]
    [InlineData("said", "said, \"We will")]
    [InlineData("rejected", "rejected\nthe offer")]
    public void ExportEvents_Csv_QuotesFieldsAsRfc4180(string trigger, string evidence)
    {
        string file = _dir.File("q.csv");
        _store.ExportEvents(new EventFilter { Actor = "UKRGOV" }, ExportFormat.Csv, file);

        string text = File.ReadAllText(file);
        var row = ParseCsv(text).Single(r => r[Column("Trigger")] == trigger);

        Assert.Equal(evidence, row[Column("Evidence")]);
        Assert.Contains("\"" + evidence.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shelled", "wire-b", 20221011, 202210, 2022, 2, 2, 1, -10.0, "190", "190", "19")]
    public void ExportEvents_Jsonl_HasTypedGdeltValues(string trigger, string article, int sqlDate, int monthYear, int year, int mentions, int articles, int isRoot, double goldstein, string code, string baseCode, string root)
    {
        string file = _dir.File("e.jsonl");
        _store.ExportEvents(new EventFilter(), ExportFormat.JsonLines, file);

        var rows = File.ReadAllLines(file).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var row = rows.Single(r => r.GetProperty("Trigger").GetString() == trigger && r.GetProperty("ArticleId").GetString() == article);

        Assert.Equal(AnnalsStore.ExportColumns, row.EnumerateObject().Select(p => p.Name));
        Assert.Equal(sqlDate, row.GetProperty("SQLDATE").GetInt32());
        Assert.Equal(monthYear, row.GetProperty("MonthYear").GetInt32());
        Assert.Equal(year, row.GetProperty("Year").GetInt32());
        Assert.Equal(mentions, row.GetProperty("NumMentions").GetInt32());
        Assert.Equal(articles, row.GetProperty("NumArticles").GetInt32());
        Assert.Equal(isRoot, row.GetProperty("IsRootEvent").GetInt32());
        Assert.Equal(goldstein, row.GetProperty("GoldsteinScale").GetDouble());
        Assert.Equal(code, row.GetProperty("EventCode").GetString());
        Assert.Equal(baseCode, row.GetProperty("EventBaseCode").GetString());
        Assert.Equal(root, row.GetProperty("EventRootCode").GetString());
        Assert.Equal(20221012, row.GetProperty("DATEADDED").GetInt32());
        Assert.Equal(2022.7753, row.GetProperty("FractionDate").GetDouble(), 4);
        Assert.Equal("2022-10-12", row.GetProperty("ArticleDate").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("SOURCEURL").ValueKind);
        Assert.Equal(rows.Count, rows.Select(r => r.GetProperty("GLOBALEVENTID").GetInt64()).Distinct().Count());
    }

    [Theory]
    [InlineData("wire-g", JsonValueKind.Null)]
    public void ExportEvents_UndatedEvent_HasNoSqlDate(string article, JsonValueKind expected)
    {
        string file = _dir.File("u.jsonl");
        _store.ExportEvents(new EventFilter(), ExportFormat.JsonLines, file);

        var rows = File.ReadAllLines(file).Select(l => JsonDocument.Parse(l).RootElement).Where(r => r.GetProperty("ArticleId").GetString() == article).ToList();

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(expected, r.GetProperty("SQLDATE").ValueKind));
    }

    [Theory]
    [InlineData("e.parquet", 13)]
    [InlineData("it's here.parquet", 13)]
    public void ExportEvents_Parquet_IsReadableBackByDuckDb(string name, long expected)
    {
        string file = _dir.File(name);

        long n = _store.ExportEvents(new EventFilter(), ExportFormat.Parquet, file);

        Assert.Equal(expected, n);
        using var cmd = _store.Connection.CreateCommand();
        cmd.CommandText = "SELECT count(*), count(DISTINCT GLOBALEVENTID), max(NumArticles), min(SQLDATE) FROM read_parquet($1)";
        cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(file));
        using (var r = cmd.ExecuteReader())
        {
            r.Read();
            Assert.Equal(expected, r.GetInt64(0));
            Assert.Equal(expected, r.GetInt64(1));
            Assert.Equal(2, Convert.ToInt64(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(20221001, Convert.ToInt32(r.GetValue(3), System.Globalization.CultureInfo.InvariantCulture));
        }

        using var names = _store.Connection.CreateCommand();
        names.CommandText = "SELECT name FROM parquet_schema($1) WHERE name <> 'duckdb_schema'";
        names.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(file));
        var columns = new List<string>();
        using (var r = names.ExecuteReader())
        {
            while (r.Read()) columns.Add(r.GetString(0));
        }

        Assert.Equal(AnnalsStore.ExportColumns, columns);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.JsonLines)]
    [InlineData(ExportFormat.Parquet)]
    public void ExportEvents_UnwritablePath_SaysSoWithE171(ExportFormat format)
    {
        string file = Path.Combine(_dir.Path, "no-such-folder", "e.out");

        var ex = Assert.Throws<StoreException>(() => _store.ExportEvents(new EventFilter(), format, file));

        Assert.StartsWith("E171:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 14)]
    [InlineData("X'); DROP TABLE events; --", 0)]
    public void ExportEvents_Filter_GoesInAsParameters(string? actor, long expected)
    {
        using var output = new MemoryStream();

        long n = _store.ExportEvents(new EventFilter { Actor = actor, Mood = null }, ExportFormat.Csv, output);

        Assert.Equal(expected, n);
        Assert.Equal(expected + 1, ParseCsv(Encoding.UTF8.GetString(output.ToArray())).Count);
        Assert.Equal(14, _store.Stats().Events);
    }

    [Theory]
    [InlineData(13)]
    public void ExportEvents_ParquetToStream_WritesParquetBytes(long expected)
    {
        using var output = new MemoryStream();

        long n = _store.ExportEvents(new EventFilter(), ExportFormat.Parquet, output);

        Assert.Equal(expected, n);
        Assert.Equal("PAR1"u8.ToArray(), output.ToArray()[..4]);
    }

    private static int Column(string name) => AnnalsStore.ExportColumns.ToList().IndexOf(name);

    // A strict RFC 4180 reader: records end with CRLF; quoted fields may hold commas, quotes (doubled) and line breaks.
    internal static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }

            while (i < text.Length && text[i] != ',' && text[i] != '\r')
            {
                Assert.NotEqual('"', text[i]);
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            Assert.Equal("\r\n", text.Substring(i, 2));
            i += 2;
            records.Add([.. fields]);
            fields.Clear();
        }

        return records;
    }
}
