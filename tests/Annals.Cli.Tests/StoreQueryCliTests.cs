using System.Text.Json;

namespace Annals.Cli.Tests;

/// <summary>The query commands over a store filled with hand-built documents.</summary>
public sealed class StoreQueryCliTests : IDisposable
{
    private readonly StoreFolder _dir = new();

    public StoreQueryCliTests() => StoredCorpus.Fill(_dir.Db);

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(new string[0], "told,shelled,condemned,warned")]
    [InlineData(new[] { "--actor", "rus" }, "shelled,condemned,warned")]
    [InlineData(new[] { "--source", "UKR" }, "told,condemned")]
    [InlineData(new[] { "--target", "UKR" }, "shelled")]
    [InlineData(new[] { "--root", "19" }, "shelled")]
    [InlineData(new[] { "--root", "1" }, "told")]
    [InlineData(new[] { "--from", "2022-10-02", "--to", "2022-10-31" }, "condemned,warned")]
    [InlineData(new[] { "--mood", "negated" }, "send aid")]
    [InlineData(new[] { "--mood", "all" }, "told,send aid,shelled,condemned,warned")]
    [InlineData(new[] { "--all-moods", "--actor", "DEU" }, "send aid")]
    [InlineData(new[] { "--limit", "1" }, "told")]
    public void Events_Jsonl_PrintsMatchingEvents(string[] filters, string expected)
    {
        var (code, output, err) = CliRun.Execute(["events", "--db", _dir.Db, "--format", "jsonl", .. filters]);

        Assert.Equal(0, code);
        Assert.Equal("", err);
        var triggers = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("trigger").GetString());
        Assert.Equal(expected, string.Join(',', triggers));
    }

    [Theory]
    [InlineData("shelled,told,condemned,warned")]
    public void Timeline_Jsonl_IsOrderedByEventDate(string expected)
    {
        var (code, output, _) = CliRun.Execute("timeline", "--db", _dir.Db, "--format", "jsonl");

        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(expected, string.Join(',', rows.Select(r => r.GetProperty("trigger").GetString())));
        var days = rows.Select(r => r.GetProperty("event_day").GetString()).ToList();
        Assert.Equal(days.Order(StringComparer.Ordinal), days);
        Assert.Equal("2022-10-24", rows[3].GetProperty("event_day").GetString());
        Assert.Equal("2022-W43", rows[3].GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("timeline", "2022-09")]
    [InlineData("events", "strike")]
    public void Events_Table_HasHeaderAndRows(string verb, string expectedCell)
    {
        var (code, output, _) = CliRun.Execute(verb, "--db", _dir.Db);

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Contains("cameo", lines[0], StringComparison.Ordinal);
        Assert.Contains(expectedCell, output, StringComparison.Ordinal);
        Assert.Contains("USAGOV", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("article,article_date,sentence,trigger,source_code")]
    public void Events_Csv_HasHeaderAndQuotedFields(string headerStart)
    {
        var (code, output, _) = CliRun.Execute("events", "--db", _dir.Db, "--format", "csv", "--all-moods");

        Assert.Equal(0, code);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(headerStart, lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("summit,2022-10-01,1,send aid,DEU,,UKR,,070,07,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new string[0], "France would attend|talks, \"in principle\", were possible")]
    [InlineData(new[] { "--speaker", "KULEBA" }, "France would attend")]
    [InlineData(new[] { "--speaker", "unnamed" }, "talks, \"in principle\", were possible")]
    [InlineData(new[] { "--anonymous" }, "talks, \"in principle\", were possible")]
    [InlineData(new[] { "--actor", "UKR" }, "France would attend")]
    [InlineData(new[] { "--speaker", "nobody" }, "")]
    public void Quotes_Jsonl_FiltersBySpeaker(string[] filters, string expected)
    {
        var (code, output, _) = CliRun.Execute(["quotes", "--db", _dir.Db, "--format", "jsonl", .. filters]);

        Assert.Equal(0, code);
        var texts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString());
        Assert.Equal(expected, string.Join('|', texts));
    }

    [Theory]
    [InlineData("\"talks, \"\"in principle\"\", were possible\"")]
    public void Quotes_Csv_DoublesInnerQuotes(string expectedField)
    {
        var (_, output, _) = CliRun.Execute("quotes", "--db", _dir.Db, "--format", "csv");

        Assert.Contains(expectedField, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "USAGOV", 2)]
    [InlineData(new[] { "--actor", "rus" }, "RUS", 1)]
    public void Actors_Jsonl_CountsMentions(string[] filters, string code, int mentions)
    {
        var (exit, output, _) = CliRun.Execute(["actors", "--db", _dir.Db, "--format", "jsonl", .. filters]);

        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var row = rows.Single(r => r.GetProperty("code").GetString() == code);
        Assert.Equal(mentions, row.GetProperty("mentions").GetInt32());
        if (filters.Length > 0) Assert.All(rows, r => Assert.StartsWith("RUS", r.GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(3, 5, 2)]
    public void Stats_Json_CountsTheStore(int articles, int events, int quotes)
    {
        var (code, output, _) = CliRun.Execute("stats", "--db", _dir.Db, "--format", "json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(articles, root.GetProperty("articles").GetInt32());
        Assert.Equal(events, root.GetProperty("events").GetInt32());
        Assert.Equal(quotes, root.GetProperty("quotes").GetInt32());
        Assert.Equal(1, root.GetProperty("anonymous_quotes").GetInt32());
        Assert.Equal(4, root.GetProperty("events_by_mood").GetProperty("asserted").GetInt32());
        Assert.Equal(Annals.Storage.StoreSchema.Version, root.GetProperty("schema_version").GetInt32());
    }

    [Theory]
    [InlineData("articles", "3")]
    [InlineData("negated", "1")]
    public void Stats_Table_PrintsCounts(string label, string value)
    {
        var (code, output, _) = CliRun.Execute("stats", "--db", _dir.Db);

        Assert.Equal(0, code);
        Assert.Contains(output.Split('\n'), l => l.Trim().StartsWith(label, StringComparison.Ordinal) && l.TrimEnd().EndsWith(" " + value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "events", "--root", "21" }, "--root")]
    [InlineData(new[] { "events", "--mood", "sure" }, "--mood")]
    [InlineData(new[] { "events", "--from", "06/11/2022" }, "--from")]
    [InlineData(new[] { "events", "--format", "xml" }, "--format")]
    [InlineData(new[] { "events", "--speaker", "x" }, "--speaker")]
    [InlineData(new[] { "quotes", "--root", "13" }, "--root")]
    [InlineData(new[] { "actors", "--limit", "many" }, "--limit")]
    [InlineData(new[] { "stats", "--format", "csv" }, "--format")]
    public void Query_BadOption_IsAUsageError(string[] args, string named)
    {
        var (code, output, err) = CliRun.Execute([.. args, "--db", _dir.Db]);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(named, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("events")]
    [InlineData("timeline")]
    [InlineData("quotes")]
    [InlineData("actors")]
    [InlineData("stats")]
    public void Query_MissingStore_FailsWithoutCreatingIt(string verb)
    {
        string db = _dir.File("absent.duckdb");

        var (code, _, err) = CliRun.Execute(verb, "--db", db);

        Assert.Equal(1, code);
        Assert.Contains("E105", err, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("events")]
    [InlineData("ingest")]
    public void Store_NotDuckDbFile_IsRefusedAndUntouched(string verb)
    {
        string db = _dir.Write("notes.txt", "date 2022-11-06\nOur own notes, not a database.\n");
        byte[] before = File.ReadAllBytes(db);
        string article = _dir.Write("a.txt", "date 2022-11-06\nA short article.\n");

        var (code, _, err) = verb == "ingest" ? CliRun.Execute("ingest", article, "--db", db) : CliRun.Execute(verb, "--db", db);

        Assert.Equal(1, code);
        Assert.Contains("E101", err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Theory]
    [InlineData(60, 50)]
    public void Events_TableWithoutLimit_StopsAtFiftyAndSaysSo(int articles, int shown)
    {
        using var dir = new StoreFolder();
        using (var store = Annals.Storage.AnnalsStore.Open(dir.Db))
        {
            using var ingest = store.BeginIngest("test/1");
            var doc = StoredCorpus.Documents()[2];
            for (int i = 0; i < articles; i++) ingest.Add(doc with { Article = doc.Article with { Id = "strike-" + i } });
            ingest.Complete();
        }

        var (code, output, err) = CliRun.Execute("events", "--db", dir.Db);
        var (_, all, allErr) = CliRun.Execute("events", "--db", dir.Db, "--limit", "0");

        Assert.Equal(0, code);
        Assert.Equal(shown + 1, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("--limit", err, StringComparison.Ordinal);
        Assert.Equal(2 * articles + 1, all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("", allErr);
    }
}
