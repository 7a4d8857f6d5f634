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
    /// <exception cref="StoreException">
    /// The file is not a DuckDB database, is a DuckDB database without Annals tables, has a newer schema version,
    /// cannot be opened, or (read-only) does not exist. The file is then left exactly as it was.
    /// </exception>
    public static AnnalsStore Open(string path, bool readOnly = false)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            if (readOnly) throw new StoreException(StoreErrors.Format(StoreErrors.E105, path));
            var created = Connect(full, readOnly: false);
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
        var probe = Connect(full, readOnly: true);
        bool hasMeta;
        try
        {
            hasMeta = CheckSchema(probe, path);
        }
        catch
        {
            probe.Dispose();
            throw;
        }

        if (readOnly)
        {
            if (!hasMeta)
            {
                // An empty DuckDB file: nothing to read, and read-only must not create tables.
                probe.Dispose();
                throw new StoreException(StoreErrors.Format(StoreErrors.E105, path));
            }

            return new AnnalsStore(full, probe, readOnly: true);
        }

        probe.Dispose();
        var connection = Connect(full, readOnly: false);
        try
        {
            if (!hasMeta) CreateSchema(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new AnnalsStore(full, connection, readOnly: false);
    }

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

    private static DuckDBConnection Connect(string full, bool readOnly)
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
            throw new StoreException(StoreErrors.Format(StoreErrors.E104, full, FirstLine(ex.Message)), ex);
        }

        return connection;
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

    // True when the Annals tables exist; false for a DuckDB file with no tables at all.
    private static bool CheckSchema(DuckDBConnection connection, string path)
    {
        using (var tables = connection.CreateCommand())
        {
            tables.CommandText = "SELECT count(*) FILTER (WHERE table_name = 'meta'), count(*) FROM information_schema.tables WHERE table_schema = 'main'";
            using var r = tables.ExecuteReader();
            r.Read();
            long meta = r.GetInt64(0), all = r.GetInt64(1);
            if (meta == 0)
            {
                if (all == 0) return false;
                throw new StoreException(StoreErrors.Format(StoreErrors.E102, path));
            }
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = $1 LIMIT 1";
        cmd.Parameters.Add(new DuckDBParameter(StoreSchema.SchemaVersionKey));
        string? value = cmd.ExecuteScalar() as string;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int version) || version < 1)
            throw new StoreException(StoreErrors.Format(StoreErrors.E106, path, value));
        if (version > StoreSchema.Version)
            throw new StoreException(StoreErrors.Format(StoreErrors.E103, path, version, StoreSchema.Version));
        return true;
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
