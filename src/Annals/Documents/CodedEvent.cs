namespace Annals.Documents;

/// <summary>The factual status of an event as the text reports it.</summary>
public enum Mood : byte
{
    /// <summary>Reported as having happened or happening.</summary>
    Asserted,
    /// <summary>Denied or said not to have happened ("did not confirm").</summary>
    Negated,
    /// <summary>Imagined ("would be a mistake if it uses").</summary>
    Hypothetical,
    /// <summary>Planned, intended or announced for later ("plans to", "will").</summary>
    Future,
    /// <summary>Depends on a condition being met ("ready for a dialogue, but with another president").</summary>
    Conditional,
}

/// <summary>One side of an event: an actor code and name, with the mention it came from.</summary>
/// <param name="Code">CAMEO-style actor code, or null.</param>
/// <param name="Name">Canonical name when known, else null.</param>
/// <param name="Actor">Index into the document's actor list, or -1.</param>
public sealed record EventParty(string? Code, string? Name, int Actor);

/// <summary>An event coded in CAMEO, with PLOVER type, Goldstein score, quad class, date and mood.</summary>
/// <param name="Sentence">Index of the sentence (in the document's sentence list) the event comes from.</param>
/// <param name="TriggerStart">First index of the trigger word or phrase.</param>
/// <param name="TriggerEnd">Index one past the trigger.</param>
/// <param name="Cameo">CAMEO code, two to four digits.</param>
/// <param name="Source">Who acts, or null.</param>
/// <param name="Target">Who is acted upon, or null.</param>
/// <param name="Mood">Asserted, negated, hypothetical, future or conditional.</param>
public sealed record CodedEvent(int Sentence, int TriggerStart, int TriggerEnd, string Cameo, EventParty? Source, EventParty? Target, Mood Mood)
{
    /// <summary>PLOVER event type ("THREATEN"), or null when CAMEO has none (plain statements).</summary>
    public string? Plover { get; init; }

    /// <summary>GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public int QuadClass { get; init; }

    /// <summary>Goldstein scale weight of the code.</summary>
    public double Goldstein { get; init; }

    /// <summary>When the event happened (TIMEX3 value).</summary>
    public string? Date { get; init; }

    /// <summary>Where the date came from: "timex" (its clause or sentence), "anaphora", "previous" (an earlier sentence), or "dateline".</summary>
    public string? DateBasis { get; init; }

    /// <summary>First index of the evidence span.</summary>
    public int EvidenceStart { get; init; }

    /// <summary>Index one past the evidence span.</summary>
    public int EvidenceEnd { get; init; }

    /// <summary>How sure the coder is, 0 to 1.</summary>
    public double Confidence { get; init; }
}
