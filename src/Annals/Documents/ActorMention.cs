namespace Annals.Documents;

/// <summary>What kind of thing an actor mention names.</summary>
public enum ActorKind : byte
{
    /// <summary>A country, state or territory ("Ukraine", "Kyiv" as metonym, "Ukrainian").</summary>
    Country,
    /// <summary>A named person ("Joe Biden"), known or not.</summary>
    Person,
    /// <summary>A named body: ministry, council, party, armed force, company ("the Kremlin", "the Pentagon").</summary>
    Body,
    /// <summary>An international organisation ("NATO", "the UN Security Council").</summary>
    Organization,
    /// <summary>A news outlet or agency ("the Washington Post", "Reuters").</summary>
    Media,
    /// <summary>A generic agent, possibly with a country ("a US official", "Russian troops", "protesters").</summary>
    Agent,
    /// <summary>A pronoun or other anaphor resolved to an earlier mention ("he", "his Russian counterpart").</summary>
    Anaphor,
}

/// <summary>A mention of an actor in the text, with its CAMEO-style code when known.</summary>
/// <param name="Start">First UTF-16 index of the mention.</param>
/// <param name="End">Index one past its end.</param>
/// <param name="Kind">What the mention names.</param>
/// <param name="Code">CAMEO-style code ("USAGOV", "RUSMIL", "IGOUNO"), or null when unknown.</param>
/// <param name="Name">Canonical name of a known person or body ("Joe Biden"), else null.</param>
/// <param name="Country">Three-letter country (or "IGO"/"NGO") part of the code, or null.</param>
/// <param name="Role">Role part of the code ("GOV", "MIL", "MED"), or null.</param>
/// <remarks>
/// <see cref="Antecedent"/> is the index (in the document's actor list) of the mention this one refers back to,
/// or -1; code and name are already copied from it. <see cref="Anonymous"/> marks unnamed sources
/// ("an anonymous official", "sources familiar with").
/// </remarks>
public sealed record ActorMention(int Start, int End, ActorKind Kind, string? Code, string? Name, string? Country, string? Role)
{
    /// <summary>Index of the mention this one refers back to, or -1.</summary>
    public int Antecedent { get; init; } = -1;

    /// <summary>True for unnamed and anonymous sources.</summary>
    public bool Anonymous { get; init; }

    /// <summary>True for plural mentions ("officials", "Russian troops").</summary>
    public bool Plural { get; init; }
}
