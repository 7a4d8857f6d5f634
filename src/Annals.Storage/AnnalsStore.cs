using System.Globalization;
using DuckDB.NET.Data;

namespace Annals.Storage;

/// <summary>An embedded DuckDB file holding articles and their extraction: sentences, timexes, actors, quotes, events.</summary>
/// <remarks>
/// <see cref="Open"/> never changes a file it refuses: it checks the DuckDB header bytes before DuckDB sees the
/// file, and reads the schema version through a read-only connection before opening for writing. A missing file
/// is created (unless opened read-only). One store object is used from one thread at a time.
/// Every query is parameterised; user values never enter SQL text.
/// </remarks>
public sealed partial class AnnalsStore : IDisposable
{
    private readonly DuckDBConnection _connection;

    private AnnalsStore(string path, DuckDBConnection connection, bool readOnly)
    {
        Path = path;
        _connection = connection;
        ReadOnly = readOnly;
    }

    /// <summary>The store's file.</summary>
    public string Path { get; }

    /// <summary>True when opened for reading only.</summary>
    public bool ReadOnly { get; }

    /// <summary>The open connection, for the ingestor and tests.</summary>
    internal DuckDBConnection Connection => _connection;

    /// <summary>Opens the store at <paramref name="path"/>, creating it when missing (unless <paramref name="readOnly"/>).</summary>
    /// <param name="path">The store's file.</param>
    /// <param name="readOnly">Open for reading only.</param>
    /// <param name="waitForLock">How long to keep trying while another process holds the file (zero: fail at once).</param>
    /// <remarks>A store with an older schema version is migrated first, in one transaction, even when opened read-only.</remarks>
    /// <exception cref="StoreException">
    /// The file is not a DuckDB database, is a DuckDB database without Annals tables, has a newer schema version,
    /// is held by another process (E107), cannot be opened, or (read-only) does not exist. The file is then left
    /// exactly as it was.
    /// </exception>
    public static AnnalsStore Open(string path, bool readOnly = false, TimeSpan waitForLock = default)
    {
        var deadline = DateTime.UtcNow + waitForLock;
        while (true)
        {
            try
            {
                return OpenOnce(path, readOnly);
            }
            catch (StoreException ex) when (ex.Code == "E107" && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static AnnalsStore OpenOnce(string path, bool readOnly)
    {
        NativeHeap.LimitArenas();
        string full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            if (readOnly) throw new StoreException(StoreErrors.Format(StoreErrors.E105, path));
            var created = Connect(full, readOnly: false, path);
            try
            {
                CreateSchema(created);
            }
            catch
            {
                created.Dispose();
                throw;
            }

            return new AnnalsStore(full, created, readOnly: false);
        }

        if (!HasDuckDbHeader(full)) throw new StoreException(StoreErrors.Format(StoreErrors.E101, path));

        // Look before writing: a read-only connection cannot change the file whatever it finds.
        var probe = Connect(full, readOnly: true, path);
        int version;
        try
        {
            version = CheckSchema(probe, path);
        }
        catch
        {
            probe.Dispose();
            throw;
        }

        if (readOnly)
        {
            if (version == 0)
            {
                // An empty DuckDB file: nothing to read, and read-only must not create tables.
                probe.Dispose();
                throw new StoreException(StoreErrors.Format(StoreErrors.E105, path));
            }

            if (version == StoreSchema.Version) return new AnnalsStore(full, probe, readOnly: true);

            // An older store is brought up to date once, then read like any other.
            probe.Dispose();
            using (var writer = Connect(full, readOnly: false, path)) Migrate(writer, version, path);
            return new AnnalsStore(full, Connect(full, readOnly: true, path), readOnly: true);
        }

        probe.Dispose();
        var connection = Connect(full, readOnly: false, path);
        try
        {
            if (version == 0) CreateSchema(connection);
            else if (version < StoreSchema.Version) Migrate(connection, version, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new AnnalsStore(full, connection, readOnly: false);
    }

    /// <summary>Reads the schema version of the store at <paramref name="path"/> without changing the file.</summary>
    /// <returns>The version, or 0 for a DuckDB file with no tables.</returns>
    /// <exception cref="StoreException">As <see cref="Open"/>, except that an older or newer version is returned, not refused.</exception>
    internal static int ReadSchemaVersion(string path, out DuckDBConnection readOnlyConnection)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full)) throw new StoreException(StoreErrors.Format(StoreErrors.E105, path));
        if (!HasDuckDbHeader(full)) throw new StoreException(StoreErrors.Format(StoreErrors.E101, path));
        readOnlyConnection = Connect(full, readOnly: true, path);
        try
        {
            return CheckSchema(readOnlyConnection, path, refuseNewer: false);
        }
        catch
        {
            readOnlyConnection.Dispose();
            throw;
        }
    }

    /// <summary>DuckDB's memory limit while ingesting.</summary>
    public const string IngestMemoryLimit = "128MB";

    /// <summary>The schema version recorded in the store.</summary>
    public int SchemaVersion => int.Parse(MetaValue(StoreSchema.SchemaVersionKey) ?? "0", CultureInfo.InvariantCulture);

    /// <summary>The pipeline version of the latest ingest, or null before any.</summary>
    public string? PipelineVersion => MetaValue(StoreSchema.PipelineVersionKey);

    /// <summary>Starts an ingest that stores documents analysed by pipeline <paramref name="pipelineVersion"/>.</summary>
    /// <param name="pipelineVersion">The pipeline's version string, recorded with every article.</param>
    /// <param name="batchSize">Articles per transaction.</param>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public StoreIngestor BeginIngest(string pipelineVersion, int batchSize = StoreIngestor.DefaultBatchSize)
    {
        if (ReadOnly) throw new InvalidOperationException("the store was opened read-only");

        // DuckDB would otherwise keep every block it wrote cached, up to most of the machine's memory; an ingest
        // streams, so a small pool is enough (DuckDB spills to disk if a batch needs more). Its own threads are not
        // needed either: the pipeline's workers use the cores, and each extra DuckDB thread keeps its own allocator
        // cache (measured: ~100 MB more peak memory on two cores).
        foreach (var sql in new[] { "SET memory_limit = '" + IngestMemoryLimit + "'", "SET threads = 1" })
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }

        return new StoreIngestor(this, pipelineVersion, batchSize);
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose() => _connection.Dispose();

    internal string? MetaValue(string key)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = $1 LIMIT 1";
        cmd.Parameters.Add(new DuckDBParameter(key));
        return cmd.ExecuteScalar() as string;
    }

    internal static void SetMeta(DuckDBConnection connection, string key, string value)
    {
        using (var del = connection.CreateCommand())
        {
            del.CommandText = "DELETE FROM meta WHERE key = $1";
            del.Parameters.Add(new DuckDBParameter(key));
            del.ExecuteNonQuery();
        }

        using var ins = connection.CreateCommand();
        ins.CommandText = "INSERT INTO meta VALUES ($1, $2)";
        ins.Parameters.Add(new DuckDBParameter(key));
        ins.Parameters.Add(new DuckDBParameter(value));
        ins.ExecuteNonQuery();
    }

    private static DuckDBConnection Connect(string full, bool readOnly, string path)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = full };
        if (readOnly) builder["access_mode"] = "READ_ONLY";
        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            if (LockHolder(ex.Message) is { } holder)
                throw new StoreException(StoreErrors.Format(StoreErrors.E107, path, holder), ex);
            throw new StoreException(StoreErrors.Format(StoreErrors.E104, full, FirstLine(ex.Message)), ex);
        }

        return connection;
    }

    // DuckDB refuses a file another process has open with "Could not set lock on file ...: Conflicting lock is
    // held in PROGRAM (PID N)"; returns "process N" (or "another process"), or null for any other failure.
    private static string? LockHolder(string message)
    {
        if (!message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase)
            && !message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase)) return null;
        int pid = message.IndexOf("(PID ", StringComparison.Ordinal);
        if (pid < 0) return "another process";
        int start = pid + 5, end = start;
        while (end < message.Length && char.IsAsciiDigit(message[end])) end++;
        return end > start ? "process " + message[start..end] : "another process";
    }

    // A DuckDB file begins with an 8-byte checksum followed by the magic bytes "DUCK".
    private static bool HasDuckDbHeader(string full)
    {
        Span<byte> head = stackalloc byte[12];
        try
        {
            using var s = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length) return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(StoreErrors.Format(StoreErrors.E104, full, ex.Message), ex);
        }

        return head[8..12].SequenceEqual("DUCK"u8);
    }

    // The schema version; 0 for a DuckDB file with no tables at all.
    private static int CheckSchema(DuckDBConnection connection, string path, bool refuseNewer = true)
    {
        using (var tables = connection.CreateCommand())
        {
            tables.CommandText = "SELECT count(*) FILTER (WHERE table_name = 'meta'), count(*) FROM information_schema.tables WHERE table_schema = 'main'";
            using var r = tables.ExecuteReader();
            r.Read();
            long meta = r.GetInt64(0), all = r.GetInt64(1);
            if (meta == 0)
            {
                if (all == 0) return 0;
                throw new StoreException(StoreErrors.Format(StoreErrors.E102, path));
            }
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = $1 LIMIT 1";
        cmd.Parameters.Add(new DuckDBParameter(StoreSchema.SchemaVersionKey));
        string? value = cmd.ExecuteScalar() as string;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int version) || version < 1)
            throw new StoreException(StoreErrors.Format(StoreErrors.E106, path, value));
        if (refuseNewer && version > StoreSchema.Version)
            throw new StoreException(StoreErrors.Format(StoreErrors.E103, path, version, StoreSchema.Version));
        return version;
    }

    // Runs every migration from the store's version up to ours in one transaction: all of them or none.
    private static void Migrate(DuckDBConnection connection, int from, string path)
    {
        using var tx = connection.BeginTransaction();
        try
        {
            for (int v = from; v < StoreSchema.Version; v++)
            {
                foreach (var sql in StoreSchema.MigrationFrom(v))
                {
                    using var cmd = connection.CreateCommand();
                    cmd.CommandText = sql;
                    cmd.ExecuteNonQuery();
                }
            }

            SetMeta(connection, StoreSchema.SchemaVersionKey, StoreSchema.Version.ToString(CultureInfo.InvariantCulture));
            tx.Commit();
        }
        catch (DuckDBException ex)
        {
            tx.Rollback();
            throw new StoreException(StoreErrors.Format(StoreErrors.E108, path, from, StoreSchema.Version, FirstLine(ex.Message)), ex);
        }
    }

    private static void CreateSchema(DuckDBConnection connection)
    {
        using var tx = connection.BeginTransaction();
        foreach (var ddl in StoreSchema.Create)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = ddl;
            cmd.ExecuteNonQuery();
        }

        SetMeta(connection, StoreSchema.SchemaVersionKey, StoreSchema.Version.ToString(CultureInfo.InvariantCulture));
        tx.Commit();
    }

    private static string FirstLine(string message)
    {
        int nl = message.IndexOf('\n');
        return (nl < 0 ? message : message[..nl]).Trim();
    }
}
