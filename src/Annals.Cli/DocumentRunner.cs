using System.Runtime.ExceptionServices;
using Annals.Documents;
using Annals.Input;
using Annals.Pipeline;

namespace Annals.Cli;

/// <summary>Runs the pipeline over a stream of read records on several threads, keeping input order.</summary>
/// <remarks>
/// <para>Three kinds of thread overlap: one reads records (parsing, skipping unchanged ones), the workers analyse
/// them, and the caller's thread receives the results in input order through <c>onDocument</c> and
/// <c>onError</c> (writing JSON or appending to the store) while the workers go on with the next records. So
/// output is deterministic whatever the thread count, and no stage waits for a whole batch to finish.</para>
/// <para>Memory stays bounded: at most <c>window</c> records are read but not yet handed on. When any part
/// fails (a reader error, a stage that throws, a callback that throws) the others stop and <see cref="Run"/>
/// rethrows the first exception.</para>
/// </remarks>
/// <remarks>Articles with a sentence longer than <c>maxSentenceChars</c> are rejected (E021) like unreadable records.</remarks>
internal sealed class DocumentRunner(AnnalsPipeline pipeline, int threads, int window = 0, int maxSentenceChars = AnnalsPipeline.DefaultMaxSentenceChars)
{
    private readonly AnnalsPipeline _pipeline = pipeline.MaxSentenceChars == maxSentenceChars
        ? pipeline
        : new AnnalsPipeline(pipeline.Stages) { MaxSentenceChars = maxSentenceChars };
    private readonly int _threads = Math.Max(1, threads);
    private readonly int _window = window > 0 ? window : Math.Max(64, 32 * Math.Max(1, threads));

    /// <summary>Analyses every article, calling <paramref name="onDocument"/> and <paramref name="onError"/> in input order.</summary>
    /// <returns>The number of articles analysed and the number of rejected records.</returns>
    public (int Articles, int Rejected) Run(IEnumerable<ReadItem> items, Action<AnalyzedDocument> onDocument, Action<string> onError)
    {
        return _threads == 1 ? RunInline(items, onDocument, onError) : new OrderedRun(this, onDocument, onError).Run(items);
    }

    private (int Articles, int Rejected) RunInline(IEnumerable<ReadItem> items, Action<AnalyzedDocument> onDocument, Action<string> onError)
    {
        int articles = 0, rejected = 0;
        foreach (var item in items)
        {
            string? error = item.Error;
            if (item.Article is { } a && _pipeline.TryRun(a, out var doc, out error))
            {
                articles++;
                onDocument(doc!);
            }
            else
            {
                rejected++;
                onError(error ?? "E000: unreadable record");
            }
        }

        return (articles, rejected);
    }

    // One run: a ring of slots indexed by sequence number, filled by the reader, completed by the workers, emptied in order by the caller.
    private sealed class OrderedRun(DocumentRunner runner, Action<AnalyzedDocument> onDocument, Action<string> onError)
    {
        private readonly Slot[] _slots = new Slot[runner._window];
        private readonly SemaphoreSlim _free = new(runner._window);
        private readonly System.Collections.Concurrent.BlockingCollection<long> _work = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly object _gate = new();
        private ExceptionDispatchInfo? _failure;
        private long _total = -1; // records read, once the reader is done

        public (int Articles, int Rejected) Run(IEnumerable<ReadItem> items)
        {
            for (int i = 0; i < _slots.Length; i++) _slots[i] = new Slot();
            var reader = new Thread(() => Read(items)) { IsBackground = true, Name = "annals-reader" };
            var workers = new Thread[runner._threads];
            for (int i = 0; i < workers.Length; i++)
                workers[i] = new Thread(Work) { IsBackground = true, Name = "annals-worker-" + i };
            reader.Start();
            foreach (var w in workers) w.Start();

            int articles = 0, rejected = 0;
            try
            {
                for (long seq = 0; ; seq++)
                {
                    var slot = _slots[seq % _slots.Length];
                    lock (_gate)
                    {
                        while (!slot.Done && !(Volatile.Read(ref _total) == seq) && _failure is null) Monitor.Wait(_gate);
                        if (_failure is not null) break;
                        if (!slot.Done) break; // the reader is done and every record was handed on
                    }

                    var (doc, error) = (slot.Doc, slot.Error ?? slot.Item.Error);
                    slot.Clear();
                    _free.Release();
                    if (doc is not null)
                    {
                        articles++;
                        onDocument(doc);
                    }
                    else
                    {
                        rejected++;
                        onError(error ?? "E000: unreadable record");
                    }
                }
            }
            catch (Exception ex)
            {
                Fail(ex);
            }
            finally
            {
                _stop.Cancel();
                reader.Join();
                foreach (var w in workers) w.Join();
                _free.Dispose();
                _work.Dispose();
                _stop.Dispose();
            }

            _failure?.Throw();
            return (articles, rejected);
        }

        private void Read(IEnumerable<ReadItem> items)
        {
            long seq = 0;
            try
            {
                foreach (var item in items)
                {
                    _free.Wait(_stop.Token);
                    var slot = _slots[seq % _slots.Length];
                    slot.Item = item;
                    if (item.Article is null) Complete(slot, null, null);
                    else _work.Add(seq, _stop.Token);
                    seq++;
                }

                lock (_gate)
                {
                    Volatile.Write(ref _total, seq);
                    Monitor.PulseAll(_gate);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                Fail(ex);
            }
            finally
            {
                _work.CompleteAdding();
            }
        }

        private void Work()
        {
            try
            {
                foreach (long seq in _work.GetConsumingEnumerable(_stop.Token))
                {
                    var slot = _slots[seq % _slots.Length];
                    runner._pipeline.TryRun(slot.Item.Article!, out var doc, out string? error);
                    Complete(slot, doc, error);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                Fail(ex);
            }
        }

        private void Complete(Slot slot, AnalyzedDocument? doc, string? error)
        {
            lock (_gate)
            {
                slot.Doc = doc;
                slot.Error = error;
                slot.Done = true;
                Monitor.PulseAll(_gate);
            }
        }

        private void Fail(Exception ex)
        {
            lock (_gate)
            {
                _failure ??= ExceptionDispatchInfo.Capture(ex);
                Monitor.PulseAll(_gate);
            }

            _stop.Cancel();
        }
    }

    private sealed class Slot
    {
        public ReadItem Item;
        public AnalyzedDocument? Doc;
        public string? Error;
        public bool Done;

        public void Clear()
        {
            Item = default;
            Doc = null;
            Error = null;
            Done = false;
        }
    }
}
