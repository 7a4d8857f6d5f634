using Annals.Documents;
using Annals.Input;
using Annals.Pipeline;

namespace Annals.Cli;

/// <summary>Runs the pipeline over a stream of read records on several threads, keeping input order.</summary>
/// <remarks>
/// Records are taken in batches; each batch is analysed in parallel and handed on in its input order, so output
/// is deterministic whatever the thread count. Errors are passed to <c>onError</c> in order too.
/// Memory stays bounded by one batch.
/// </remarks>
internal sealed class DocumentRunner(AnnalsPipeline pipeline, int threads, int batchSize = 256)
{
    private readonly int _threads = Math.Max(1, threads);

    /// <summary>Analyses every article, calling <paramref name="onDocument"/> and <paramref name="onError"/> in input order.</summary>
    /// <returns>The number of articles analysed and the number of rejected records.</returns>
    public (int Articles, int Rejected) Run(IEnumerable<ReadItem> items, Action<AnalyzedDocument> onDocument, Action<string> onError)
    {
        int articles = 0, rejected = 0;
        var batch = new List<ReadItem>(batchSize);
        var results = new AnalyzedDocument?[batchSize];
        foreach (var item in items)
        {
            batch.Add(item);
            if (batch.Count == batchSize) Flush();
        }

        Flush();
        return (articles, rejected);

        void Flush()
        {
            if (batch.Count == 0) return;
            if (_threads == 1 || batch.Count == 1)
            {
                for (int i = 0; i < batch.Count; i++)
                    results[i] = batch[i].Article is { } a ? pipeline.Run(a) : null;
            }
            else
            {
                Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _threads },
                    i => results[i] = batch[i].Article is { } a ? pipeline.Run(a) : null);
            }

            for (int i = 0; i < batch.Count; i++)
            {
                if (results[i] is { } doc)
                {
                    articles++;
                    onDocument(doc);
                }
                else
                {
                    rejected++;
                    onError(batch[i].Error ?? "E000: unreadable record");
                }

                results[i] = null;
            }

            batch.Clear();
        }
    }
}
