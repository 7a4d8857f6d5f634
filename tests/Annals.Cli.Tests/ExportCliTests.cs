using System.Text.Json;

namespace Annals.Cli.Tests;

/// <summary><c>annals export</c> and <c>annals timeline --summary</c> over a store of wire reports.</summary>
public sealed class ExportCliTests : IDisposable
{
    private readonly StoreFolder _dir = new();

    public ExportCliTests() => ExploreWires.Fill(_dir.Db);

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("csv", "e.csv", 20)]
    [InlineData("jsonl", "e.jsonl", 20)]
    [InlineData(null, "e.parquet", 20)]
    public void Export_Format_WritesEveryAssertedEvent(string? format, string name, int expected)
    {
        string file = _dir.File(name);
        string[] formatArgs = format is null ? [] : ["--format", format];

        var (code, _, err) = CliRun.Execute(["export", "--db", _dir.Db, .. formatArgs, "-o", file]);

        Assert.Equal(0, code);
        Assert.Contains($"wrote {expected} events", err, StringComparison.Ordinal);
        Assert.True(new FileInfo(file).Length > 100);
    }

    [Theory]
    [InlineData(new string[0], 21)]
    [InlineData(new[] { "--actor", "UKR" }, 5)]
    [InlineData(new[] { "--source", "RUSMIL", "--from", "2022-10-10", "--to", "2022-10-10" }, 3)]
    [InlineData(new[] { "--merged", "--actor", "UKR" }, 3)]
    [InlineData(new[] { "--limit", "2" }, 3)]
    public void Export_Csv_FiltersLikeTheQueryCommands(string[] filters, int expectedLines)
    {
        var (code, output, _) = CliRun.Execute(["export", "--db", _dir.Db, "--format", "csv", "-o", "-", .. filters]);

        Assert.Equal(0, code);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expectedLines, lines.Length);
        Assert.StartsWith("GLOBALEVENTID,SQLDATE,MonthYear,Year,FractionDate,Actor1Code", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("strike-c", "\"Russian forces struck Kyiv on Tuesday, according to one report, with \"\"heavy\"\" damage, the mayor said.\"")]
    public void Export_Csv_QuotesEvidenceWithCommasAndQuotes(string article, string quotedEvidence)
    {
        var (_, output, _) = CliRun.Execute("export", "--db", _dir.Db, "--format", "csv", "-o", "-");

        var line = output.Split("\r\n").Single(l => l.Contains("," + article + ",", StringComparison.Ordinal));
        Assert.Contains("," + quotedEvidence + ",", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("strike-b", 3, 3, 3)]
    public void Export_Jsonl_CountsTheMergedEventsArticles(string article, int mentions, int articles, int sources)
    {
        var (_, output, _) = CliRun.Execute("export", "--db", _dir.Db, "--format", "jsonl", "-o", "-");

        var row = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("ArticleId").GetString() == article);
        Assert.Equal(mentions, row.GetProperty("NumMentions").GetInt32());
        Assert.Equal(articles, row.GetProperty("NumArticles").GetInt32());
        Assert.Equal(sources, row.GetProperty("NumSources").GetInt32());
        Assert.Equal("RUSMIL", row.GetProperty("Actor1Code").GetString());
        Assert.Equal(20221010, row.GetProperty("SQLDATE").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "--format", "xml", "-o", "e.xml" }, "--format takes csv, jsonl or parquet")]
    [InlineData(new[] { "--format", "csv" }, "export needs -o FILE")]
    [InlineData(new[] { "-o", "e.txt" }, "--format takes csv, jsonl or parquet, not 'txt'")]
    [InlineData(new[] { "--format", "parquet", "-o", "-" }, "parquet cannot go to standard output")]
    [InlineData(new[] { "--speaker", "x", "-o", "e.csv" }, "export does not take --speaker")]
    [InlineData(new[] { "-o", "e.csv", "extra" }, "export does not take 'extra'")]
    public void Export_BadCommandLine_IsAUsageError(string[] args, string message)
    {
        var (code, _, err) = CliRun.Execute(["export", "--db", _dir.Db, .. args]);

        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void Export_UnwritablePath_FailsWithE171(string format)
    {
        string file = Path.Combine(_dir.Path, "missing", "e." + format);

        var (code, _, err) = CliRun.Execute("export", "--db", _dir.Db, "--format", format, "-o", file);

        Assert.Equal(1, code);
        Assert.Contains("E171: cannot write " + file, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--actor", "UKR" }, 1, "2022-10-10  RUSMIL → UKR  195 struck  (3 articles")]
    [InlineData(new[] { "--dyad", "USA", "RUS" }, 2, "2022-09-06  USAGOV → RUSGOV  036 met  (1 article")]
    [InlineData(new[] { "--dyad", "RUS,USA" }, 2, "2022-09-06  USAGOV → RUSGOV  036 met  (1 article")]
    public void TimelineSummary_Table_PrintsDatesWithTheirSentence(string[] who, int n, string firstLine)
    {
        var (code, output, err) = CliRun.Execute(["timeline", "--db", _dir.Db, "--summary", n.ToString(System.Globalization.CultureInfo.InvariantCulture), .. who]);

        Assert.Equal(0, code);
        Assert.Equal("", err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2 * n, lines.Length);
        Assert.StartsWith(firstLine, lines[0], StringComparison.Ordinal);
        Assert.StartsWith("    ", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UKR", "2022-10-10", 3, "Russian forces struck Kyiv on Monday, killing several people.")]
    public void TimelineSummary_Jsonl_GivesDayArticlesAndSentence(string actor, string day, int articles, string sentence)
    {
        var (code, output, _) = CliRun.Execute("timeline", "--db", _dir.Db, "--summary", "1", "--actor", actor, "--format", "jsonl");

        Assert.Equal(0, code);
        var row = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal(day, row.GetProperty("day").GetString());
        Assert.Equal(articles, row.GetProperty("articles").GetInt32());
        Assert.Equal(sentence, row.GetProperty("sentence").GetString());
    }

    [Theory]
    [InlineData(new[] { "--summary", "0" }, "--summary takes how many dates")]
    [InlineData(new[] { "--summary", "3", "--dyad", "USA" }, "--dyad takes two actor codes")]
    [InlineData(new[] { "--summary", "3", "--actor", "UKR", "--dyad", "USA", "RUS" }, "give --actor or --dyad, not both")]
    [InlineData(new[] { "--summary", "3", "--speaker", "x" }, "does not take --speaker")]
    public void TimelineSummary_BadCommandLine_IsAUsageError(string[] args, string message)
    {
        var (code, _, err) = CliRun.Execute(["timeline", "--db", _dir.Db, .. args]);

        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }
}
