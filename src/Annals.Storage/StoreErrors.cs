using System.Globalization;

namespace Annals.Storage;

/// <summary>Messages of the store with stable codes (the E1xx range is the store's).</summary>
public static class StoreErrors
{
    /// <summary>The file exists but is not a DuckDB database. {0} file.</summary>
    public const string E101 = "E101: {0} is not a DuckDB database; it was left untouched (give another --db file)";

    /// <summary>The file is a DuckDB database holding other tables. {0} file.</summary>
    public const string E102 = "E102: {0} is a DuckDB database but not an Annals store; it was left untouched (give another --db file)";

    /// <summary>The store was written by a newer Annals. {0} file, {1} its schema version, {2} ours.</summary>
    public const string E103 = "E103: {0} has store schema version {1}, newer than this annals understands ({2}); it was left untouched (use a newer annals)";

    /// <summary>DuckDB could not open the file. {0} file, {1} detail.</summary>
    public const string E104 = "E104: {0} cannot be opened as a store ({1}); it was left untouched";

    /// <summary>A store opened for reading does not exist. {0} file.</summary>
    public const string E105 = "E105: no store at {0} (run 'annals ingest PATH --db {0}' first)";

    /// <summary>The store's meta table holds an unreadable schema version. {0} file, {1} value.</summary>
    public const string E106 = "E106: {0} has an unreadable store schema version '{1}'; it was left untouched";

    /// <summary>Another process holds the store. {0} file, {1} "process N".</summary>
    public const string E107 = "E107: {0} is in use by {1}, another annals (an 'annals ingest' or 'annals serve'?) holding it open; wait for it to finish or stop it ('annals ingest --wait SECONDS' waits by itself); the file was left untouched";

    /// <summary>Migrating an older store failed and was rolled back. {0} file, {1} its version, {2} ours, {3} detail.</summary>
    public const string E108 = "E108: {0}: migrating the store from schema version {1} to {2} failed ({3}); it was rolled back and the file left as it was";

    /// <summary>Formats a message with the invariant culture.</summary>
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
