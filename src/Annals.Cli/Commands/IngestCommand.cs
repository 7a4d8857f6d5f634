using System.Diagnostics;
using System.Globalization;
using Annals.Documents;
using Annals.Input;
using Annals.Pipeline;
using Annals.Storage;
using Spectre.Console;

namespace Annals.Cli.Commands;

/// <summary><c>annals ingest PATH... [--db FILE] [--threads N] [--batch N] [--wait S] [--max-article-chars N] [--max-sentence-chars N] [--quiet]</c>: analyse articles and store them.</summary>
/// <remarks>
/// Articles already stored with the same text and pipeline version are skipped before analysis; the rest are
/// analysed in parallel (<see cref="DocumentRunner"/>) and written in batches, one transaction each. A progress
/// bar is drawn on stderr only when stderr is a terminal; the summary line always goes to stdout, rejected
/// records to stderr. Exit status 0 when at least one article was read, 1 when none was or the store was refused.
/// </remarks>
internal static class IngestCommand
{
    /// <summary>The store file used when --db is not given, in the working folder.</summary>
    public const string DefaultDb = "annals.duckdb";

    private static readonly string[] Options = ["db", "threads", "batch", "quiet", "date", "max-article-chars", "max-sentence-chars", "wait"];

    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positional.Count == 0) throw new UsageException("ingest needs at least one PATH (a file, a folder or -)");
        QueryCommand.AllowOnly(args, "ingest", Options);
        var summary = Ingest(args.Positional, args, stdout, stderr);
        return summary is { Counts.Articles: > 0 } ? 0 : 1;
    }

    /// <summary>Reads, analyses and stores every article under <paramref name="paths"/>; prints the summary line.</summary>
    /// <returns>The summary, or null when the store could not be opened (the reason is on stderr).</returns>
    public static IngestSummary? Ingest(IReadOnlyList<string> paths, CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        var options = ExtractCommand.ReaderOptionsFrom(args);
        int threads = args.GetInt("threads", Environment.ProcessorCount);
        int batch = args.GetInt("batch", StoreIngestor.DefaultBatchSize);
        if (batch < 1) throw new UsageException("--batch takes a whole number of at least 1");
        int maxSentence = args.GetInt("max-sentence-chars", AnnalsPipeline.DefaultMaxSentenceChars);
        if (maxSentence < 1) throw new UsageException("--max-sentence-chars takes a whole number of at least 1");
        int wait = args.GetInt("wait", 0);
        if (wait < 0) throw new UsageException("--wait takes a number of seconds, 0 or more");
        string db = args.Get("db") ?? DefaultDb;

        AnnalsStore store;
        try
        {
            store = AnnalsStore.Open(db, waitForLock: TimeSpan.FromSeconds(wait));
        }
        catch (StoreException ex)
        {
            stderr.WriteLine("annals: " + ex.Message);
            return null;
        }

        using (store)
        {
            bool showProgress = !args.Has("quiet") && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            var items = ArticleSource.Read(paths, options);
            IngestSummary summary;
            try
            {
                summary = showProgress
                    ? WithProgress(store, items, threads, batch, maxSentence, TotalBytes(paths))
                    : Store(store, items, threads, batch, stderr.WriteLine, _ => { }, maxSentence);
            }
            catch (Exception ex) when (ex is DuckDB.NET.Data.DuckDBException or IOException)
            {
                stderr.WriteLine("annals: storing into " + db + " failed; the batch in progress was rolled back (" + ex.Message + ")");
                return null;
            }

            stdout.WriteLine(summary.ToString());
            return summary;
        }
    }

    /// <summary>Analyses and stores <paramref name="items"/>, skipping unchanged articles before analysis.</summary>
    /// <param name="store">An open, writable store.</param>
    /// <param name="items">Records as read.</param>
    /// <param name="threads">Analysis threads.</param>
    /// <param name="batch">Articles per transaction.</param>
    /// <param name="onError">Receives each rejected record's message, in input order.</param>
    /// <param name="onRead">Receives the length of each article read, for progress.</param>
    /// <param name="maxSentenceChars">Longest sentence accepted; an article with a longer one is rejected.</param>
    public static IngestSummary Store(AnnalsStore store, IEnumerable<ReadItem> items, int threads, int batch, Action<string> onError, Action<int> onRead, int maxSentenceChars = AnnalsPipeline.DefaultMaxSentenceChars)
    {
        var clock = Stopwatch.StartNew();
        var pipeline = AnnalsPipeline.CreateDefault();
        using var ingest = store.BeginIngest(pipeline.Version, batch);
        var fresh = items.Where(item =>
        {
            if (item.Article is not { } a) return true;
            onRead(a.Text.Length);
            return !ingest.IsUnchanged(a);
        });

        // The runner hands documents over in input order on this thread while its workers analyse the next ones,
        // so appending to the store overlaps with analysis; the ingestor holds no document once it is appended.
        var (_, rejected) = new DocumentRunner(pipeline, threads, maxSentenceChars: maxSentenceChars).Run(fresh, ingest.Add, onError);
        var counts = ingest.Complete();

        // Derived tables (issue 8's merged cross-article events) are rebuilt once here, after the last commit of
        // an ingest that changed rows; this is their single call site.
        if (counts.New + counts.Replaced > 0) store.RebuildMergedEvents();
        return new IngestSummary(counts, rejected, clock.Elapsed.TotalSeconds);
    }

    private static IngestSummary WithProgress(AnnalsStore store, IEnumerable<ReadItem> items, int threads, int batch, int maxSentenceChars, long totalBytes)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingesting", maxValue: Math.Max(1, totalBytes));
                task.IsIndeterminate = totalBytes == 0;
                int read = 0;
                var summary = Store(store, items, threads, batch,
                    error => console.WriteLine(error),
                    length =>
                    {
                        read++;
                        // Text is a little shorter than the file holding it (markup, JSON quoting), so the bar lags slightly.
                        task.Value = Math.Min(task.MaxValue * 0.99, task.Value + length);
                        if ((read & 63) == 0) task.Description = string.Create(CultureInfo.InvariantCulture, $"ingesting {read:N0} articles");
                    },
                    maxSentenceChars);
                task.Value = task.MaxValue;
                return summary;
            });
    }

    // Bytes of input to read, for the progress bar; 0 when unknown (standard input).
    private static long TotalBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            try
            {
                if (path == "-") return 0;
                if (File.Exists(path))
                {
                    total += new FileInfo(path).Length;
                }
                else if (Directory.Exists(path))
                {
                    foreach (var f in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden }))
                    {
                        if (ArticleReader.FormatOf(f) is not null) total += new FileInfo(f).Length;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Sizing is only for the bar; the reader reports unreadable paths itself.
            }
        }

        return total;
    }
}

/// <summary>What one ingest did, and how long it took.</summary>
/// <param name="Counts">Articles new, replaced and unchanged, events and quotes written.</param>
/// <param name="Rejected">Records rejected by the readers.</param>
/// <param name="Seconds">Wall-clock time of reading, analysing and storing.</param>
internal sealed record IngestSummary(IngestCounts Counts, int Rejected, double Seconds)
{
    /// <summary>The summary line: "ingested N articles (M new, K replaced, U unchanged), E events, Q quotes; R records rejected in S s".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ingested {Counts.Articles} articles ({Counts.New} new, {Counts.Replaced} replaced, {Counts.Unchanged} unchanged), {Counts.Events} events, {Counts.Quotes} quotes; {Rejected} records rejected in {Seconds:0.00} s");
}
