using Annals.Documents;

namespace Annals.Storage;

/// <summary>Which stored events a query returns.</summary>
/// <remarks>
/// Actor, source and target match code prefixes ("USA" matches "USAGOV"), case-insensitively. Root is a CAMEO
/// root ("13", "04"). From and To bound the event day (the first day of the event's period), inclusive; events
/// with no calendar day are left out when either bound is given. Mood defaults to asserted; null means any mood.
/// Limit null or non-positive means no limit.
/// </remarks>
public sealed record EventFilter
{
    /// <summary>Code prefix of the source or the target.</summary>
    public string? Actor { get; init; }

    /// <summary>Code prefix of the source.</summary>
    public string? Source { get; init; }

    /// <summary>Code prefix of the target.</summary>
    public string? Target { get; init; }

    /// <summary>CAMEO root, two digits.</summary>
    public string? Root { get; init; }

    /// <summary>Earliest event day, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest event day, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only events of this mood; null for every mood.</summary>
    public Mood? Mood { get; init; } = Documents.Mood.Asserted;

    /// <summary>Most rows to return; null or non-positive for all.</summary>
    public int? Limit { get; init; }
}

/// <summary>Which stored quotes a query returns.</summary>
/// <remarks>
/// Speaker matches a substring of the speaker's name, text or code, case-insensitively. Actor is a prefix of the
/// speaker's code. From and To bound the day the quote was said (or the article's date when unknown), inclusive.
/// </remarks>
public sealed record QuoteFilter
{
    /// <summary>Substring of the speaker's name, words or code.</summary>
    public string? Speaker { get; init; }

    /// <summary>Code prefix of the speaker.</summary>
    public string? Actor { get; init; }

    /// <summary>Only quotes from anonymous or unnamed sources.</summary>
    public bool AnonymousOnly { get; init; }

    /// <summary>Earliest day, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest day, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Most rows to return; null or non-positive for all.</summary>
    public int? Limit { get; init; }
}

/// <summary>Which actor codes an actor count returns.</summary>
public sealed record ActorFilter
{
    /// <summary>Code prefix.</summary>
    public string? Actor { get; init; }

    /// <summary>Most rows to return; null or non-positive for all.</summary>
    public int? Limit { get; init; }
}
