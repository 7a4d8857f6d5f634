using Annals.Documents;
using Annals.Input;
using Annals.Pipeline;
using Annals.Storage;

namespace Annals.Cli.Tests;

/// <summary>The runner's ordering and failure handling, the doctor command, and the user-set limits.</summary>
public sealed class RobustnessCliTests
{
    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 300)]
    [InlineData(4, 300)]
    public void Runner_ManyThreads_HandsResultsOnInInputOrder(int threads, int records)
    {
        var items = Enumerable.Range(0, records).Select(i => i % 7 == 3
            ? new ReadItem(null, $"E012: feed.jsonl:{i}: empty article text")
            : new ReadItem(new Article("a" + i, new DateOnly(2022, 1, 1), $"Officials met on day {i}. Talks went on for {i % 5} hours."), null)).ToList();
        var seen = new List<string>();

        var (articles, rejected) = new DocumentRunner(AnnalsPipeline.CreateDefault(), threads, window: 16)
            .Run(items, d => seen.Add(d.Article.Id), e => seen.Add(e.Split(':')[2].Trim()));

        Assert.Equal(items.Select((x, i) => x.Article?.Id ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)), seen);
        Assert.Equal((records - rejected, items.Count(x => x.Article is null)), (articles, rejected));
    }

    [Theory]
    [InlineData(2, 50)]
    public void Runner_CallbackThrows_StopsAndRethrows(int threads, int failAt)
    {
        var items = Enumerable.Range(0, 500).Select(i => new ReadItem(new Article("a" + i, new DateOnly(2022, 1, 1), "Officials met."), null));
        int handed = 0;

        var ex = Assert.Throws<InvalidOperationException>(() => new DocumentRunner(AnnalsPipeline.CreateDefault(), threads)
            .Run(items, _ => { if (++handed == failAt) throw new InvalidOperationException("disk full"); }, _ => { }));

        Assert.Equal("disk full", ex.Message);
        Assert.Equal(failAt, handed);
    }

    [Theory]
    [InlineData(2)]
    public void Runner_ReaderThrows_Rethrows(int threads)
    {
        static IEnumerable<ReadItem> Failing()
        {
            yield return new ReadItem(new Article("a", new DateOnly(2022, 1, 1), "Officials met."), null);
            throw new IOException("device gone");
        }

        var ex = Assert.Throws<IOException>(() => new DocumentRunner(AnnalsPipeline.CreateDefault(), threads).Run(Failing(), _ => { }, _ => { }));

        Assert.Equal("device gone", ex.Message);
    }

    [Theory]
    [InlineData(60)]
    public void Ingest_SentenceOverTheLimit_IsReportedAndSkipped(int limit)
    {
        using var dir = new StoreFolder();
        string input = dir.Write("feed.txt", "date 2022-03-01\nShort one. Then " + string.Join(' ', Enumerable.Repeat("word", 40)) + ".\n\ndate 2022-03-02\nA brief note.\n");

        var (code, output, err) = CliRun.Execute("ingest", input, "--db", dir.Db, "--quiet", "--max-sentence-chars", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, code);
        Assert.StartsWith("E021: " + input + ":1: sentence 2 is ", err);
        Assert.Contains("1 records rejected", output, StringComparison.Ordinal);
        using var store = AnnalsStore.Open(dir.Db, readOnly: true);
        Assert.Equal(1, store.Stats().Articles);
    }

    [Theory]
    [InlineData("UPDATE events SET evidence_end = evidence_start", "events without evidence")]
    public void Doctor_HealthyThenCorrupted_ExitsZeroThenOne(string corruption, string check)
    {
        using var dir = new StoreFolder();
        StoredCorpus.Fill(dir.Db);

        var healthy = CliRun.Execute("doctor", "--db", dir.Db);
        using (var c = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + dir.Db))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = corruption;
            cmd.ExecuteNonQuery();
        }

        var sick = CliRun.Execute("doctor", "--db", dir.Db);

        Assert.Equal(0, healthy.Code);
        Assert.Contains("no problems found", healthy.Out, StringComparison.Ordinal);
        Assert.Equal(1, sick.Code);
        Assert.Contains("PROBLEM " + check, sick.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("absent.duckdb", "E105")]
    public void Doctor_MissingStore_ExitsOneWithTheReason(string name, string code)
    {
        using var dir = new StoreFolder();

        var (status, _, err) = CliRun.Execute("doctor", "--db", dir.File(name));

        Assert.Equal(1, status);
        Assert.StartsWith("annals: " + code, err);
    }
}
