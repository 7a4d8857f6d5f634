namespace Annals.Text;

/// <summary>Folds a token to the key the actor dictionaries use: lower case, no accents, no periods or hyphens.</summary>
/// <remarks>
/// "U.S." and "US" both become "us", "Élysée" becomes "elysee", "Ki-moon" becomes "kimoon", a curly apostrophe
/// becomes a straight one. Works into a caller's buffer, so looking a token up allocates nothing.
/// </remarks>
internal static class TokenNormalizer
{
    /// <summary>Longest token the dictionaries can hold; longer tokens never match.</summary>
    public const int MaxLength = 48;

    private static readonly char[] s_fold = BuildFoldTable();

    /// <summary>Writes the folded form of <paramref name="token"/> into <paramref name="buffer"/>; returns its length (0 when too long).</summary>
    public static int Normalize(ReadOnlySpan<char> token, Span<char> buffer)
    {
        if (token.Length > MaxLength || token.Length > buffer.Length) return 0;
        int n = 0;
        bool dropMarks = token.Length > 1; // a lone "." or "-" stays itself
        foreach (char c in token)
        {
            char f = Fold(c, dropMarks);
            if (f != '\0') buffer[n++] = f;
        }

        return n;
    }

    /// <summary>The folded form of one character, or '\0' when it is dropped (periods and hyphens inside a token).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c, bool dropMarks)
    {
        if (c < 0x80)
        {
            if (dropMarks && (c == '.' || c == '-')) return '\0';
            return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        if (dropMarks && (c == '‑' || c == '–')) return '\0';
        if (c is '’' or '‘' or 'ʼ') return '\'';
        return c < s_fold.Length ? s_fold[c] : char.ToLowerInvariant(c);
    }

    /// <summary>The folded form as a new string (for building dictionaries, not for the hot path).</summary>
    public static string NormalizeToString(ReadOnlySpan<char> token)
    {
        Span<char> buf = stackalloc char[MaxLength];
        int n = Normalize(token, buf);
        return n == 0 && token.Length > 0 ? string.Empty : new string(buf[..n]);
    }

    // Latin-1 and Latin Extended-A letters folded to their base letter, lower-cased.
    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (int c = 0; c < table.Length; c++) table[c] = char.ToLowerInvariant((char)c);
        void Map(string from, char to)
        {
            foreach (char c in from) table[c] = to;
        }

        Map("ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎ", 'a');
        Map("ÇçĆćĈĉĊċČč", 'c');
        Map("ĎďĐđÐð", 'd');
        Map("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", 'e');
        Map("ĜĝĞğĠġĢģ", 'g');
        Map("ĤĥĦħ", 'h');
        Map("ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐ", 'i');
        Map("Ĵĵ", 'j');
        Map("Ķķ", 'k');
        Map("ĹĺĻļĽľĿŀŁł", 'l');
        Map("ÑñŃńŅņŇňŉ", 'n');
        Map("ÒÓÔÕÖØòóôõöøŌōŎŏŐőǑǒ", 'o');
        Map("ŔŕŖŗŘř", 'r');
        Map("ŚśŜŝŞşŠšȘș", 's');
        Map("ŢţŤťŦŧȚț", 't');
        Map("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔ", 'u');
        Map("Ŵŵ", 'w');
        Map("ÝýÿŶŷŸ", 'y');
        Map("ŹźŻżŽž", 'z');
        return table;
    }
}
