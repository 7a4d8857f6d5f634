namespace Annals.Events;

/// <summary>Generates the surface forms of English verbs and nouns for the pattern dictionary.</summary>
/// <remarks>
/// Used only while the dictionary is built, never per token. Regular rules cover -s/-es/-ies, -ed/-d/-ied and
/// -ing with the final-e drop; where a final consonant may double (ban → banned, expel → expelled) both the doubled
/// and the plain forms are produced, since an unused form costs nothing. Irregular forms come from the dictionary's
/// <c>irregular</c> lines.
/// </remarks>
internal static class Inflection
{
    /// <summary>Every form of the verb <paramref name="lemma"/> (base, -s, past, participle, -ing).</summary>
    public static IEnumerable<string> VerbForms(string lemma, IReadOnlyDictionary<string, string[]> irregular)
    {
        var forms = new SortedSet<string>(StringComparer.Ordinal) { lemma };
        if (lemma.Length == 0) return forms;
        forms.Add(ThirdPerson(lemma));
        if (irregular.TryGetValue(lemma, out var extra))
        {
            foreach (var f in extra) forms.Add(f);
        }

        char last = lemma[^1];
        bool consonantY = last == 'y' && lemma.Length > 1 && !IsVowel(lemma[^2]);
        if (last == 'e')
        {
            forms.Add(lemma + "d");
            if (lemma.EndsWith("ie", StringComparison.Ordinal)) forms.Add(lemma[..^2] + "ying");
            else if (lemma.EndsWith("ee", StringComparison.Ordinal) || lemma.EndsWith("ye", StringComparison.Ordinal) || lemma.EndsWith("oe", StringComparison.Ordinal)) forms.Add(lemma + "ing");
            else forms.Add(lemma[..^1] + "ing");
        }
        else if (consonantY)
        {
            forms.Add(lemma[..^1] + "ied");
            forms.Add(lemma + "ing");
        }
        else
        {
            forms.Add(lemma + "ed");
            forms.Add(lemma + "ing");
            if (EndsConsonantVowelConsonant(lemma))
            {
                forms.Add(lemma + last + "ed");
                forms.Add(lemma + last + "ing");
            }
        }

        return forms;
    }

    /// <summary>The noun <paramref name="lemma"/> and its plural.</summary>
    public static IEnumerable<string> NounForms(string lemma)
    {
        yield return lemma;
        if (lemma.Length == 0) yield break;
        yield return ThirdPerson(lemma);
    }

    private static string ThirdPerson(string w)
    {
        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal))
            return w + "es";
        if (w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2])) return w[..^1] + "ies";
        return w + "s";
    }

    private static bool EndsConsonantVowelConsonant(string w)
    {
        if (w.Length < 3) return false;
        char c3 = w[^1], v = w[^2], c1 = w[^3];
        return !IsVowel(c3) && c3 is not ('w' or 'x' or 'y') && IsVowel(v) && !IsVowel(c1);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
