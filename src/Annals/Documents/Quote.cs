namespace Annals.Documents;

/// <summary>How a statement is reported.</summary>
public enum QuoteKind : byte
{
    /// <summary>Words inside quotation marks.</summary>
    Direct,
    /// <summary>Reported speech ("X said that ...").</summary>
    Indirect,
    /// <summary>A reported clause carrying a quoted fragment.</summary>
    Mixed,
}

/// <summary>Who made a statement.</summary>
/// <param name="Start">First index of the speaker's words in the text, or -1 when the speaker is not in the text.</param>
/// <param name="End">Index one past their end, or -1.</param>
/// <param name="Actor">Index into the document's actor list of the mention that resolves the speaker, or -1.</param>
/// <param name="Code">Speaker's actor code, or null.</param>
/// <param name="Name">Speaker's canonical name, or null.</param>
/// <param name="Anonymous">True when the source is unnamed or anonymous.</param>
public sealed record Speaker(int Start, int End, int Actor, string? Code, string? Name, bool Anonymous);

/// <summary>A statement and its attribution.</summary>
/// <param name="Start">First index of the content (the quoted or reported words).</param>
/// <param name="End">Index one past the content.</param>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Speaker">Who said it, when found; null when no speaker was found.</param>
/// <remarks>
/// <see cref="CueStart"/>/<see cref="CueEnd"/> locate the speech verb ("said", "told", "according to"), or are -1.
/// <see cref="Medium"/> is where it was said or reported ("the Post", "a televised video address").
/// <see cref="Date"/> is a TIMEX3 value for when it was said, with <see cref="DateBasis"/> saying where it came from.
/// </remarks>
public sealed record Quote(int Start, int End, QuoteKind Kind, Speaker? Speaker)
{
    /// <summary>First index of the cue, or -1.</summary>
    public int CueStart { get; init; } = -1;

    /// <summary>Index one past the cue, or -1.</summary>
    public int CueEnd { get; init; } = -1;

    /// <summary>Where it was said or reported, as written, or null.</summary>
    public string? Medium { get; init; }

    /// <summary>When it was said (TIMEX3 value), or null.</summary>
    public string? Date { get; init; }

    /// <summary>Where the date came from: "timex", "anaphora", "previous", "dateline", or null.</summary>
    public string? DateBasis { get; init; }
}
