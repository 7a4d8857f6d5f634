namespace Annals.Text;

/// <summary>Abbreviations whose period does not end a sentence ("Dr.", "Jan.", "Gen.").</summary>
internal static class Abbreviations
{
    // Titles and month names come before a name or a number, so their period never ends a sentence.
    private static readonly HashSet<string> s_titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Adm", "Cmdr", "Gov", "Sen",
        "Rep", "Rev", "Fr", "Sr", "Jr", "St", "Pres", "Amb", "Hon", "Supt", "Insp", "Brig", "Cpl", "Pvt", "Atty",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "Vol", "vs", "etc", "approx", "est", "Ft", "Mt", "Gov't", "Dept", "Univ", "Assn", "Bros",
        "Inc", "Corp", "Ltd", "Co", "Ave", "Blvd", "Rd", "Calif", "Fla", "Mass", "Penn", "Ariz", "Ill", "Wash",
        "Conn", "Mich", "Minn", "Tenn", "Ky", "Okla", "Ore", "Wis", "Colo", "Nev", "Ala", "Ga", "Md", "Va", "Del",
    };

    // These may also close a sentence ("... the company, Acme Inc."), decided by what follows.
    private static readonly HashSet<string> s_mayEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Corp", "Ltd", "Co", "etc", "Jr", "Sr", "Bros",
    };

    /// <summary>True when <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word.Length <= 6 && s_titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when the abbreviation can also be the last word of a sentence.</summary>
    public static bool MayEndSentence(ReadOnlySpan<char> wordWithoutPeriod) =>
        s_mayEnd.GetAlternateLookup<ReadOnlySpan<char>>().Contains(wordWithoutPeriod);
}
