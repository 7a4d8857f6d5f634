namespace Annals.Server;

/// <summary>What <see cref="ExploreServer"/> serves and where.</summary>
public sealed record ExploreServerOptions
{
    /// <summary>The address served when none is given: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The store file.</summary>
    public required string Db { get; init; }

    /// <summary>Addresses to listen on ("http://127.0.0.1:0" picks a free port).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>A folder whose new and changed article files are ingested while serving, or null.</summary>
    /// <remarks>With a folder the store is opened for writing (and created when missing); without one, read-only.</remarks>
    public string? WatchDir { get; init; }

    /// <summary>How often the watched folder is looked at.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Receives one line per ingest or server error; null to stay silent.</summary>
    public Action<string>? Log { get; init; }
}
