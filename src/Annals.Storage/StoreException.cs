namespace Annals.Storage;

/// <summary>A store that cannot be opened or written: not a DuckDB file, not an Annals store, or a newer schema.</summary>
/// <remarks>The message is meant for the user as it stands: it names the file and says what to do.</remarks>
public sealed class StoreException : Exception
{
    /// <summary>The message's code ("E107"), or null when it has none.</summary>
    public string? Code => Message is { Length: >= 5 } m && m[0] == 'E' && m[4] == ':' ? m[..4] : null;

    /// <summary>Creates the exception with a message for the user.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and the underlying cause.</summary>
    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
