using Annals.Storage;

namespace Annals.Server;

/// <summary>The one open store, used by one request or ingest at a time.</summary>
/// <remarks>
/// DuckDB lets only one process write a file, so the serving process holds it and ingests through it; a store
/// object is not safe across threads, hence one lock for readers and the watcher alike. Results are materialised
/// inside the lock. <see cref="DataVersion"/> grows with every committed ingest so that pages can tell new data.
/// </remarks>
internal sealed class StoreGate(AnnalsStore store) : IDisposable
{
    private readonly Lock _gate = new();
    private long _dataVersion;

    /// <summary>Grows by one with every ingest that changed the store.</summary>
    public long DataVersion => Interlocked.Read(ref _dataVersion);

    /// <summary>True when the store can be written (a watched folder).</summary>
    public bool Writable => !store.ReadOnly;

    /// <summary>Runs <paramref name="query"/> under the lock.</summary>
    public T Read<T>(Func<AnnalsStore, T> query)
    {
        lock (_gate) return query(store);
    }

    /// <summary>Runs <paramref name="write"/> under the lock; counts a new data version when it says it changed something.</summary>
    public void Write(Func<AnnalsStore, bool> write)
    {
        lock (_gate)
        {
            if (write(store)) Interlocked.Increment(ref _dataVersion);
        }
    }

    /// <summary>Closes the store.</summary>
    public void Dispose()
    {
        lock (_gate) store.Dispose();
    }
}
