using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Annals.Documents;
using Annals.Pipeline;
using DuckDB.NET.Data;

namespace Annals.Storage;

/// <summary>Writes analysed documents into a store through DuckDB's Appender, many articles per transaction.</summary>
/// <remarks>
/// <para>An article is identified by its id. One already stored with the same text (SHA-256 of its UTF-8 bytes)
/// and the same pipeline version is left alone; one with other text or an older pipeline's extraction is
/// replaced: its rows are deleted and the new ones appended in the same transaction.</para>
/// <para>Rows are appended as each document arrives, so no document is held after <see cref="Add"/> returns;
/// the transaction is committed every <c>batchSize</c> articles. An article's rows are therefore committed
/// together or not at all: a crash or a kill loses at most the open batch, which a later ingest redoes (the
/// committed articles are skipped by their content hash). When a commit fails, the batch is rolled back and the
/// ingestor re-reads which articles are stored.</para>
/// <para>Threads: <see cref="Add"/>, <see cref="Flush"/> and <see cref="Complete"/> are called from one thread;
/// <see cref="IsUnchanged"/> may be called from another at the same time (it never touches the connection),
/// so that a reader can skip unchanged articles while a writer stores the others.</para>
/// </remarks>
public sealed class StoreIngestor : IDisposable
{
    /// <summary>Articles per transaction unless told otherwise.</summary>
    /// <remarks>
    /// Each commit costs a WAL write and now and then a checkpoint, so larger batches are faster, but DuckDB holds
    /// the open batch in memory (about 25 KB an article of news); 3,000 keeps a 1 GB ingest under 400 MB. A kill
    /// loses at most one batch of work.
    /// </remarks>
    public const int DefaultBatchSize = 3_000;

    private readonly AnnalsStore _store;
    private readonly string _pipelineVersion;
    private readonly int _batchSize;
    private readonly HashSet<long> _batchKeys = [];
    private readonly List<long> _deleteKeys = [];
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private Dictionary<UInt128, Known> _known; // by IdKey: a 1 GB run keeps 200k of these, so not the id strings
    private Batch? _batch;
    private long _nextKey;
    private int _new, _replaced, _unchanged, _batches, _batchNew, _batchReplaced;
    private long _events, _quotes, _batchEvents, _batchQuotes;

    internal StoreIngestor(AnnalsStore store, string pipelineVersion, int batchSize)
    {
        _store = store;
        _pipelineVersion = pipelineVersion;
        _batchSize = Math.Max(1, batchSize);
        _known = LoadKnown();
    }

    /// <summary>What has been committed so far (articles of the open batch count once it commits).</summary>
    public IngestCounts Counts
    {
        get
        {
            lock (_gate) return new(_new, _replaced, _unchanged, _events, _quotes, _batches);
        }
    }

    /// <summary>Test hook: called with the batch number just before a batch commits.</summary>
    internal Action<int>? BeforeCommit { get; set; }

    /// <summary>
    /// True (and counted as unchanged) when the article is stored already with the same text and pipeline version,
    /// so that the caller may skip analysing it.
    /// </summary>
    public bool IsUnchanged(Article article)
    {
        Known? k;
        lock (_gate)
        {
            // An earlier record with this id is still on its way to Add: let Add decide, in input order.
            if (_inFlight.TryGetValue(article.Id, out int n))
            {
                _inFlight[article.Id] = n + 1;
                return false;
            }

            _known.TryGetValue(IdKey(article.Id), out k);
        }

        bool unchanged = k is not null && k.PipelineVersion == _pipelineVersion && k.Hash == HashPrefix(article.Text);
        lock (_gate)
        {
            if (unchanged) _unchanged++;
            else _inFlight[article.Id] = _inFlight.GetValueOrDefault(article.Id) + 1;
        }

        return unchanged;
    }

    /// <summary>Appends one document's rows to the open batch; commits the batch when it is full.</summary>
    public void Add(AnalyzedDocument doc)
    {
        var a = doc.Article;
        var (hashText, hash) = Hash(a.Text);
        Known? k;
        lock (_gate)
        {
            if (_inFlight.TryGetValue(a.Id, out int n))
            {
                if (n > 1) _inFlight[a.Id] = n - 1;
                else _inFlight.Remove(a.Id);
            }

            if (_known.TryGetValue(IdKey(a.Id), out k) && k.Hash == hash && k.PipelineVersion == _pipelineVersion)
            {
                _unchanged++;
                return;
            }
        }

        // A second version of an id appended in this very batch: commit the first, then replace it like any stored article.
        if (k is not null && _batchKeys.Contains(k.Key)) Flush();

        long key;
        lock (_gate)
        {
            key = _nextKey++;
            _known[IdKey(a.Id)] = new Known(key, hash, _pipelineVersion);
        }

        var batch = _batch ??= Batch.Begin(_store.Connection);
        try
        {
            batch.Append(key, doc, hashText, _pipelineVersion);
        }
        catch
        {
            Abort();
            throw;
        }

        if (k is not null) _deleteKeys.Add(k.Key);

        // Counted as if each article were stored on its own: a second version of an id is a replacement.
        if (k is null) _batchNew++;
        else _batchReplaced++;
        _batchKeys.Add(key);
        _batchEvents += doc.Events.Length;
        _batchQuotes += doc.Quotes.Length;
        if (_batchKeys.Count >= _batchSize) Flush();
    }

    /// <summary>Commits the open batch, if any.</summary>
    public void Flush()
    {
        if (_batch is not { } batch) return;
        var connection = _store.Connection;
        try
        {
            batch.CloseAppenders();
            if (_deleteKeys.Count > 0) DeleteArticles(connection, _deleteKeys);
            AnnalsStore.SetMeta(connection, StoreSchema.PipelineVersionKey, _pipelineVersion);
            BeforeCommit?.Invoke(_batches + 1);
            batch.Commit();
        }
        catch
        {
            Abort();
            throw;
        }

        lock (_gate)
        {
            _new += _batchNew;
            _replaced += _batchReplaced;
            _events += _batchEvents;
            _quotes += _batchQuotes;
            _batches++;
        }

        _batch = null;
        batch.Dispose();
        ClearBatch();
    }

    /// <summary>Commits the open batch and returns the totals.</summary>
    public IngestCounts Complete()
    {
        Flush();
        return Counts;
    }

    /// <summary>Rolls back the open batch (call <see cref="Complete"/> to keep it).</summary>
    public void Dispose()
    {
        if (_batch is null) return;
        _batch.Dispose();
        _batch = null;
        ClearBatch();
    }

    // Rolls the open batch back and re-reads the truth, since what we believed about stored ids included it.
    private void Abort()
    {
        var batch = _batch;
        _batch = null;
        ClearBatch();
        try
        {
            batch?.Rollback();
        }
        finally
        {
            batch?.Dispose();
            var known = LoadKnown();
            lock (_gate) _known = known;
        }
    }

    private void ClearBatch()
    {
        _batchKeys.Clear();
        _deleteKeys.Clear();
        _batchNew = _batchReplaced = 0;
        _batchEvents = _batchQuotes = 0;
    }

    private Dictionary<UInt128, Known> LoadKnown()
    {
        var known = new Dictionary<UInt128, Known>();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        long max = -1;
        using var cmd = _store.Connection.CreateCommand();
        cmd.CommandText = "SELECT id, article_key, content_hash, pipeline_version FROM articles";
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                long key = r.GetInt64(1);
                max = Math.Max(max, key);
                string version = r.GetString(3);
                if (!versions.TryGetValue(version, out var shared)) versions[version] = shared = version;
                known[IdKey(r.GetString(0))] = new Known(key, ParsePrefix(r.GetString(2)), shared);
            }
        }

        _nextKey = Math.Max(_nextKey, max + 1);
        return known;
    }

    private static void DeleteArticles(DuckDBConnection connection, List<long> keys)
    {
        Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS replaced_keys (article_key BIGINT)");
        Execute(connection, "DELETE FROM replaced_keys");
        using (var app = connection.CreateAppender("replaced_keys"))
        {
            foreach (long k in keys) app.CreateRow().AppendValue(k).EndRow();
        }

        Execute(connection, "DELETE FROM articles WHERE article_key IN (SELECT article_key FROM replaced_keys)");
        foreach (var table in StoreSchema.ChildTables)
            Execute(connection, $"DELETE FROM {table} WHERE article_key IN (SELECT article_key FROM replaced_keys)");
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static void AppendArticle(DuckDBAppender app, long key, Article a, string hashText, string pipelineVersion)
    {
        app.CreateRow()
            .AppendValue(key)
            .AppendValue(a.Id)
            .AppendValue((DateOnly?)a.Date)
            .AppendValue(a.Title)
            .AppendValue(a.Source)
            .AppendValue(a.Url)
            .AppendValue(a.Text)
            .AppendValue(hashText)
            .AppendValue(pipelineVersion)
            .AppendValue(a.Origin)
            .EndRow();
    }

    private static void AppendSentences(DuckDBAppender app, long key, AnalyzedDocument doc)
    {
        var sentences = doc.Sentences;
        for (int i = 0; i < sentences.Length; i++)
        {
            app.CreateRow().AppendValue(key).AppendValue(i).AppendValue(sentences[i].Start).AppendValue(sentences[i].End).EndRow();
        }
    }

    private static void AppendTimexes(DuckDBAppender app, long key, AnalyzedDocument doc)
    {
        var timexes = doc.Timexes;
        for (int i = 0; i < timexes.Length; i++)
        {
            var t = timexes[i];
            app.CreateRow()
                .AppendValue(key)
                .AppendValue(i)
                .AppendValue(t.Start)
                .AppendValue(t.End)
                .AppendValue(Slice(doc, t.Start, t.End))
                .AppendValue(ExtractionJsonWriter.TypeName(t.Type))
                .AppendValue(t.Value)
                .AppendValue(t.IsAnchor)
                .AppendValue(TimexDays.FirstDay(t.Value))
                .EndRow();
        }
    }

    private static void AppendActors(DuckDBAppender app, long key, AnalyzedDocument doc)
    {
        var actors = doc.Actors;
        for (int i = 0; i < actors.Length; i++)
        {
            var m = actors[i];
            app.CreateRow()
                .AppendValue(key)
                .AppendValue(i)
                .AppendValue(m.Start)
                .AppendValue(m.End)
                .AppendValue(Slice(doc, m.Start, m.End))
                .AppendValue(KindName(m.Kind))
                .AppendValue(m.Code)
                .AppendValue(m.Name)
                .AppendValue(m.Country)
                .AppendValue(m.Role)
                .AppendValue(m.Anonymous)
                .AppendValue(m.Plural)
                .AppendValue(m.Antecedent)
                .EndRow();
        }
    }

    private static void AppendQuotes(DuckDBAppender app, long key, AnalyzedDocument doc)
    {
        var quotes = doc.Quotes;
        for (int i = 0; i < quotes.Length; i++)
        {
            var q = quotes[i];
            var sp = q.Speaker;
            app.CreateRow()
                .AppendValue(key)
                .AppendValue(i)
                .AppendValue(q.Start)
                .AppendValue(q.End)
                .AppendValue(Slice(doc, q.Start, q.End))
                .AppendValue(QuoteKindName(q.Kind))
                .AppendValue(sp is null ? null : Slice(doc, sp.Start, sp.End))
                .AppendValue(sp?.Code)
                .AppendValue(sp?.Name)
                .AppendValue(sp?.Anonymous)
                .AppendValue(Slice(doc, q.CueStart, q.CueEnd))
                .AppendValue(q.Medium)
                .AppendValue(q.Date)
                .AppendValue(TimexDays.FirstDay(q.Date))
                .AppendValue(q.DateBasis)
                .EndRow();
        }
    }

    private static void AppendEvents(DuckDBAppender app, long key, AnalyzedDocument doc)
    {
        var events = doc.Events;
        for (int i = 0; i < events.Length; i++)
        {
            var e = events[i];
            app.CreateRow()
                .AppendValue(key)
                .AppendValue(i)
                .AppendValue(e.Sentence)
                .AppendValue(Slice(doc, e.TriggerStart, e.TriggerEnd))
                .AppendValue(e.Source?.Code)
                .AppendValue(e.Source?.Name)
                .AppendValue(e.Target?.Code)
                .AppendValue(e.Target?.Name)
                .AppendValue(e.Cameo)
                .AppendValue(RootOf(e.Cameo))
                .AppendValue(e.Plover)
                .AppendValue(e.QuadClass)
                .AppendValue(e.Goldstein)
                .AppendValue(e.Date)
                .AppendValue(TimexDays.FirstDay(e.Date))
                .AppendValue(e.DateBasis)
                .AppendValue(ExtractionJsonWriter.MoodName(e.Mood))
                .AppendValue(e.EvidenceStart)
                .AppendValue(e.EvidenceEnd)
                .AppendValue(Slice(doc, e.EvidenceStart, e.EvidenceEnd))
                .AppendValue(e.Confidence)
                .AppendValue(e.TriggerStart)
                .AppendValue(e.TriggerEnd)
                .AppendValue(MentionOf(e.Source, doc))
                .AppendValue(MentionOf(e.Target, doc))
                .EndRow();
        }
    }

    // A party's mention number when it names one of the document's mentions; null for none (or an index out of range).
    private static int? MentionOf(EventParty? party, AnalyzedDocument doc) =>
        party is { Actor: >= 0 } && party.Actor < doc.Actors.Length ? party.Actor : null;

    /// <summary>The two-digit CAMEO root of a code ("130" → "13"), or null when the code does not start with two digits.</summary>
    internal static string? RootOf(string? cameo) =>
        cameo is { Length: >= 2 } && char.IsAsciiDigit(cameo[0]) && char.IsAsciiDigit(cameo[1]) ? cameo[..2] : null;

    // Spans come from stages that promise to stay in bounds; a store must not fail a batch if one slips.
    private static string? Slice(AnalyzedDocument doc, int start, int end)
    {
        if (start < 0 || end <= start) return null;
        int length = doc.Text.Length;
        if (start >= length) return null;
        return doc.Text.Substring(start, Math.Min(end, length) - start);
    }

    private static string KindName(ActorKind kind) => kind switch
    {
        ActorKind.Country => "country",
        ActorKind.Person => "person",
        ActorKind.Body => "body",
        ActorKind.Organization => "organization",
        ActorKind.Media => "media",
        ActorKind.Agent => "agent",
        _ => "anaphor",
    };

    private static string QuoteKindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        _ => "mixed",
    };

    /// <summary>The SHA-256 of the text's UTF-8 bytes, as lowercase hex (what DuckDB's sha256(text) gives) and as its first 16 bytes.</summary>
    internal static (string Hex, UInt128 Prefix) Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        Span<byte> utf8 = max <= 4096 ? stackalloc byte[max] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            int n = Encoding.UTF8.GetBytes(text, utf8);
            SHA256.HashData(utf8[..n], digest);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }

        return (Convert.ToHexStringLower(digest), BinaryPrimitives.ReadUInt128BigEndian(digest));
    }

    private static UInt128 HashPrefix(string text) => Hash(text).Prefix;

    // An article id as the first 128 bits of its SHA-256: as good as the id for telling articles apart (a collision
    // is far less likely than a disk error) and a fixed 16 bytes however long the id.
    private static UInt128 IdKey(string id)
    {
        Span<byte> digest = stackalloc byte[32];
        int max = Encoding.UTF8.GetMaxByteCount(id.Length);
        byte[]? rented = null;
        Span<byte> utf8 = max <= 1024 ? stackalloc byte[max] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(id, utf8)], digest);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }

        return BinaryPrimitives.ReadUInt128BigEndian(digest);
    }

    private static UInt128 ParsePrefix(string hex)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (hex.Length < 32 || Convert.FromHexString(hex.AsSpan(0, 32), bytes, out _, out _) != OperationStatus.Done) return UInt128.MaxValue;
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private sealed record Known(long Key, UInt128 Hash, string PipelineVersion);

    // One open transaction with an appender per table, kept open across the batch so rows stream straight into DuckDB.
    private sealed class Batch : IDisposable
    {
        private readonly DuckDBTransaction _tx;
        private DuckDBAppender? _articles, _sentences, _timexes, _actors, _quotes, _events;

        private Batch(DuckDBTransaction tx) => _tx = tx;

        public static Batch Begin(DuckDBConnection connection)
        {
            var batch = new Batch(connection.BeginTransaction());
            try
            {
                batch._articles = connection.CreateAppender("articles");
                batch._sentences = connection.CreateAppender("sentences");
                batch._timexes = connection.CreateAppender("timexes");
                batch._actors = connection.CreateAppender("actors");
                batch._quotes = connection.CreateAppender("quotes");
                batch._events = connection.CreateAppender("events");
            }
            catch
            {
                batch.Dispose();
                throw;
            }

            return batch;
        }

        public void Append(long key, AnalyzedDocument doc, string hashText, string pipelineVersion)
        {
            AppendArticle(_articles!, key, doc.Article, hashText, pipelineVersion);
            AppendSentences(_sentences!, key, doc);
            AppendTimexes(_timexes!, key, doc);
            AppendActors(_actors!, key, doc);
            AppendQuotes(_quotes!, key, doc);
            AppendEvents(_events!, key, doc);
        }

        // Closing flushes each appender's last chunk into the transaction.
        public void CloseAppenders()
        {
            foreach (var app in new[] { _articles, _sentences, _timexes, _actors, _quotes, _events })
                app?.Close();
            DisposeAppenders();
        }

        public void Commit() => _tx.Commit();

        public void Rollback()
        {
            DisposeAppenders();
            _tx.Rollback();
        }

        public void Dispose()
        {
            DisposeAppenders();
            _tx.Dispose();
        }

        private void DisposeAppenders()
        {
            foreach (var app in new[] { _articles, _sentences, _timexes, _actors, _quotes, _events })
            {
                try
                {
                    app?.Dispose();
                }
                catch (DuckDBException)
                {
                    // An appender whose rows cannot be flushed is being thrown away with its transaction.
                }
            }

            _articles = _sentences = _timexes = _actors = _quotes = _events = null;
        }
    }
}
