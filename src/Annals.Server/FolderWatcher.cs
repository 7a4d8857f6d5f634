using Annals.Documents;
using Annals.Input;
using Annals.Pipeline;
using Microsoft.Extensions.Hosting;

namespace Annals.Server;

/// <summary>Ingests article files that appear or change in a folder, from within the serving process.</summary>
/// <remarks>
/// The folder is polled (a FileSystemWatcher misses events on some file systems and overflows on bursts). A file is
/// ingested once its size and write time are the same on two looks in a row, so that a file still being copied is
/// not read half-way. Articles are analysed outside the store lock, in chunks, and each chunk is stored in one
/// transaction under it, so that the page keeps answering during a large ingest. Unchanged articles (same text and
/// pipeline version) are skipped before analysis, exactly as <c>annals ingest</c> does. A file that fails is reported
/// (status and log) and tried again only when it changes; a file removed from the folder leaves its articles stored.
/// </remarks>
internal sealed class FolderWatcher(StoreGate gate, string dir, TimeSpan interval, Action<string>? log) : BackgroundService
{
    private const int ChunkArticles = 256;

    private readonly Lock _statusGate = new();
    private readonly Dictionary<string, (long Length, DateTime Written)> _done = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Length, DateTime Written)> _pending = new(StringComparer.Ordinal);
    private readonly AnnalsPipeline _pipeline = AnnalsPipeline.CreateDefault();
    private int _files, _articlesAdded;
    private DateTimeOffset? _lastIngest;
    private string? _lastError;

    /// <summary>What the watcher has done so far.</summary>
    public WatchJson Status
    {
        get
        {
            lock (_statusGate) return new WatchJson(dir, _files, _articlesAdded, _lastIngest, _lastError);
        }
    }

    /// <summary>Looks at the folder once: files stable since the last look are ingested. Returns articles stored.</summary>
    public int Poll()
    {
        int stored = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files())
        {
            seen.Add(file);
            (long, DateTime) stamp;
            try
            {
                var info = new FileInfo(file);
                stamp = (info.Length, info.LastWriteTimeUtc);
            }
            catch (IOException)
            {
                continue;
            }

            if (_done.TryGetValue(file, out var done) && done == stamp) continue;
            if (!_pending.TryGetValue(file, out var before) || before != stamp)
            {
                _pending[file] = stamp;
                continue;
            }

            _pending.Remove(file);
            _done[file] = stamp;
            stored += Ingest(file);
        }

        foreach (var gone in _pending.Keys.Where(k => !seen.Contains(k)).ToList()) _pending.Remove(gone);
        return stored;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield at once so that the host finishes starting before the first (possibly long) ingest.
        await Task.Yield();
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                Poll();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Report(null, "watching " + dir + " failed: " + ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private IEnumerable<string> Files()
    {
        string[] files;
        try
        {
            files = Directory.GetFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        Array.Sort(files, StringComparer.Ordinal);
        return files.Where(f => ArticleReader.FormatOf(f) is not null);
    }

    // Reads, analyses and stores one file; returns the articles newly stored or replaced.
    private int Ingest(string file)
    {
        int stored = 0, rejected = 0;
        string? error = null;
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
            var items = ArticleReader.Read(stream, file, ArticleReader.FormatOf(file) ?? ArticleFormat.Text, new ReaderOptions());
            var chunk = new List<Article>(ChunkArticles);
            foreach (var item in items)
            {
                if (item.Article is { } a) chunk.Add(a);
                else rejected++;
                if (chunk.Count == ChunkArticles)
                {
                    stored += Store(chunk);
                    chunk.Clear();
                }
            }

            stored += Store(chunk);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException or Annals.Storage.StoreException)
        {
            error = $"ingesting {file} failed: {ex.Message}";
        }

        lock (_statusGate)
        {
            _files++;
            _articlesAdded += stored;
            _lastIngest = DateTimeOffset.UtcNow;
            if (error is not null) _lastError = error;
        }

        Report(error is null ? $"annals: ingested {stored} new or changed articles from {file}" + (rejected > 0 ? $"; {rejected} records rejected" : "") : null, error);
        return stored;
    }

    private int Store(List<Article> articles)
    {
        if (articles.Count == 0) return 0;

        // Which are unchanged is read under the lock; analysis runs outside it; storing goes back under it.
        var fresh = new List<Article>();
        gate.Read(store =>
        {
            using var probe = store.BeginIngest(_pipeline.Version, int.MaxValue);
            foreach (var a in articles)
            {
                if (!probe.IsUnchanged(a)) fresh.Add(a);
            }

            return 0;
        });
        if (fresh.Count == 0) return 0;

        var docs = new AnalyzedDocument[fresh.Count];
        for (int i = 0; i < fresh.Count; i++) docs[i] = _pipeline.Run(fresh[i]);
        int stored = 0;
        gate.Write(store =>
        {
            using var ingest = store.BeginIngest(_pipeline.Version, int.MaxValue);
            foreach (var doc in docs) ingest.Add(doc);
            var counts = ingest.Complete();
            stored = counts.New + counts.Replaced;

            // Rebuilt here, inside the write, so that the first read after an ingest does not pay for it.
            if (stored > 0) store.RebuildMergedEvents();
            return stored > 0;
        });
        return stored;
    }

    private void Report(string? message, string? error)
    {
        if (error is not null)
        {
            lock (_statusGate) _lastError = error;
            log?.Invoke("annals: " + error);
        }
        else if (message is not null)
        {
            log?.Invoke(message);
        }
    }
}
