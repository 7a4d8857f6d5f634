namespace Annals.Actors;

/// <summary>What a dictionary phrase names.</summary>
internal enum LexKind : byte
{
    /// <summary>A country's name ("Ukraine", "the United States").</summary>
    Country,
    /// <summary>A country adjective or demonym ("Ukrainian", "Kazakhs").</summary>
    Adjective,
    /// <summary>A capital or city standing for the state ("Kyiv", "Beijing").</summary>
    Capital,
    /// <summary>A named body, seat of power, party, armed group or company.</summary>
    Body,
    /// <summary>An international organisation or NGO.</summary>
    Organization,
    /// <summary>A news outlet or agency.</summary>
    Media,
    /// <summary>A short name of an outlet that needs "the" ("the Post").</summary>
    MediaAlias,
    /// <summary>A known person's name or surname.</summary>
    Person,
    /// <summary>A generic agent noun ("official", "troops", "president").</summary>
    Agent,
}

/// <summary>Single-word classes used around mentions (from words.txt).</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Det = 1,
    Definite = 2,
    Indefinite = 4,
    Possessive = 8,
    Anon = 16,
    Former = 32,
    Premod = 64,
    Pronoun = 128,
    Male = 256,
    Female = 512,
    Plural = 1024,
    Speech = 2048,
    Locative = 4096,
    Particle = 8192,
    NotName = 16384,
    Number = 32768,
    Function = 65536,
}

/// <summary>Flags of a generic agent noun (from agents.txt).</summary>
[Flags]
internal enum AgentFlags
{
    None = 0,
    Plural = 1,
    Person = 2,
    Group = 4,
    Neutral = 8,
    Anon = 16,
    Title = 32,
    Honorific = 64,
    Counterpart = 128,
    Modifier = 256,
    ModifierOnly = 512,
    Male = 1024,
    Female = 2048,
    Mass = 4096,
    Adjectival = 8192,
}

/// <summary>A generic agent noun: its role, office and flags.</summary>
internal sealed record AgentInfo(string Phrase, string? Role, AgentFlags Flags, string? Office, string? Class, string? Home = null)
{
    public bool Has(AgentFlags f) => (Flags & f) != 0;
}

/// <summary>One term: a role (or an office of a country) held between two dates.</summary>
/// <param name="Code">For offices, the country or organisation code; for roles, the role code ("LEG"), or "" for none.</param>
/// <param name="Office">The office ("president"), or null for a plain role.</param>
/// <param name="From">First day of the term.</param>
/// <param name="To">Day the term ended (exclusive), or <see cref="DateOnly.MaxValue"/>.</param>
internal readonly record struct Term(string Code, string? Office, DateOnly From, DateOnly To)
{
    public bool Covers(DateOnly d) => d >= From && d < To;
}

/// <summary>A known person: canonical name, gender, home country, offices and other roles over time.</summary>
internal sealed class PersonRecord(string name, char gender, string country)
{
    public string Name { get; } = name;

    /// <summary>'m', 'f' or '-'.</summary>
    public char Gender { get; set; } = gender;

    public string Country { get; set; } = country;

    public List<Term> Offices { get; } = [];

    public List<Term> Roles { get; } = [];

    /// <summary>Role outside every term: null = default (ELI after an office), "" = none.</summary>
    public string? ElseRole { get; set; }

    /// <summary>The office held on <paramref name="date"/>, if any.</summary>
    public Term? OfficeAt(DateOnly date)
    {
        foreach (var t in Offices)
            if (t.Covers(date)) return t;
        return null;
    }

    /// <summary>True when the person holds an office or a non-elite role on <paramref name="date"/>.</summary>
    public bool ActiveAt(DateOnly date)
    {
        if (OfficeAt(date) is not null) return true;
        foreach (var t in Roles)
            if (t.Covers(date) && t.Code is not ("ELI" or "")) return true;
        return false;
    }

    /// <summary>The person's CAMEO-style code on <paramref name="date"/>.</summary>
    public string CodeAt(DateOnly date)
    {
        if (OfficeAt(date) is { } office) return OfficeCode(office.Code);
        string? role = null;
        foreach (var t in Roles)
            if (t.Covers(date)) role = t.Code;
        if (role is null)
        {
            if (ElseRole is not null) role = ElseRole;
            else if (HeldBefore(date)) role = "ELI";
            else role = "";
        }

        if (role.Length > 3) return role; // a whole code ("NORGOV", "IGOEUREEC")
        return role.Length == 0 || Country.Length > 3 || Country is "IGO" or "NGO" ? Country : CodeCache.Compose(Country, role);
    }

    private bool HeldBefore(DateOnly date)
    {
        foreach (var t in Offices)
            if (t.From <= date) return true;
        foreach (var t in Roles)
            if (t.From <= date && t.Code == "GOV") return true;
        return false;
    }

    /// <summary>Code of an office holder: a state's government, or the organisation itself.</summary>
    public static string OfficeCode(string country) =>
        country.Length > 3 || country is "IGO" or "NGO" ? country : CodeCache.Compose(country, "GOV");
}

/// <summary>One dictionary phrase's meaning.</summary>
/// <param name="Kind">What it names.</param>
/// <param name="Code">Its code (countries, bodies, media), or null.</param>
/// <param name="Name">Canonical name, or null.</param>
/// <param name="Target">Index of the person or agent it names, or -1.</param>
/// <param name="TokenCount">Number of tokens in the phrase.</param>
/// <param name="UpperMask">Token positions that must carry a capital letter in cased text.</param>
/// <param name="AllCapsMask">Token positions that must be all capitals (acronyms like "US").</param>
/// <param name="StrictCapsMask">Positions that keep their capitals even in lower-case text ("IS", "WHO", "China").</param>
internal sealed record LexEntry(LexKind Kind, string? Code, string? Name, int Target, int TokenCount, uint UpperMask, uint AllCapsMask, uint StrictCapsMask)
{
    /// <summary>Plural agent form or plural demonym.</summary>
    public bool Plural { get; init; }

    /// <summary>A surname that only counts when the person is in office or already named in the article.</summary>
    public bool Weak { get; init; }

    /// <summary>A generic body name that a country in front makes that country's ("Russia's Security Council").</summary>
    public bool Generic { get; init; }

    /// <summary>An adjective that names the country only in front of an agent ("Republican lawmakers").</summary>
    public bool ModifierOnly { get; init; }

    /// <summary>A common-word surname that only counts after the full name in the same article ("Brown").</summary>
    public bool NamedOnly { get; init; }

    /// <summary>Codes that replace <see cref="Code"/> over date ranges (the Taliban before and after 2021).</summary>
    public Term[]? Dated { get; init; }

    /// <summary>The code on <paramref name="date"/>.</summary>
    public string? CodeAt(DateOnly date)
    {
        if (Dated is { } dated)
            foreach (var t in dated)
                if (t.Covers(date)) return t.Code;
        return Code;
    }
}
