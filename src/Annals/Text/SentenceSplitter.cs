using System.Collections.Immutable;
using Annals.Documents;

namespace Annals.Text;

/// <summary>Finds sentence boundaries over tokens.</summary>
/// <remarks>
/// A sentence ends at ".", "!" or "?" (with any closing quotes or brackets that follow) when the next token can
/// begin a sentence, and at a blank line. Periods inside abbreviations ("Dr.", "Jan."), initials, decimals and
/// dotted acronyms ("U.S.") do not end a sentence unless a typical sentence opener follows the acronym.
/// A single line break ends a sentence unless the line runs on in lower case. Never throws.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>Sentences longer than this many tokens are cut into pieces of this size.</summary>
    public const int MaxTokensPerSentence = 400;

    private static readonly HashSet<string> s_openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And", "This", "That",
        "These", "Those", "His", "Her", "Their", "Its", "Our", "There", "When", "While", "After", "Before", "As", "If",
        "However", "Meanwhile", "Officials", "Some", "Many", "Most", "Last", "Earlier", "Later", "Still", "Yet",
        "So", "Since", "For", "With", "According", "Asked", "Now", "Then", "Also",
    };

    /// <summary>Splits the tokens of <paramref name="text"/> into sentences.</summary>
    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens) =>
        Split(text, tokens, MaxTokensPerSentence);

    /// <summary>
    /// The longest sentence as written, before any cut at <see cref="MaxTokensPerSentence"/>: its index in
    /// <paramref name="sentences"/> (the first piece when it was cut) and its length in UTF-16 code units.
    /// </summary>
    /// <remarks>Re-splits only when some sentence was long enough to have been cut, which news text almost never is.</remarks>
    public static (int Index, int Length)? LongestAsWritten(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        if (sentences.IsDefaultOrEmpty) return null;
        bool cut = false;
        int t = 0;
        for (int i = 0; i < sentences.Length && !cut; i++)
        {
            // Tokens and sentences are both sorted, so one walk counts the tokens of every sentence.
            while (t < tokens.Length && tokens[t].Start < sentences[i].Start) t++;
            int first = t;
            while (t < tokens.Length && tokens[t].End <= sentences[i].End) t++;
            cut = t - first >= MaxTokensPerSentence;
        }

        var whole = cut ? Split(text, tokens, int.MaxValue) : sentences;
        int best = 0;
        for (int i = 1; i < whole.Length; i++)
        {
            if (whole[i].Length > whole[best].Length) best = i;
        }

        int index = best;
        if (cut)
        {
            // Number it as the first piece it was cut into, so that the message points where a reader would look.
            index = 0;
            while (index + 1 < sentences.Length && sentences[index + 1].Start <= whole[best].Start) index++;
        }

        return (index, whole[best].Length);
    }

    private static ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens, int maxTokens)
    {
        var builder = ImmutableArray.CreateBuilder<Sentence>(Math.Max(4, tokens.Length / 20));
        int first = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            int last = k;
            bool end = false;
            var t = tokens[k];
            if (IsTerminal(text, t, out bool acronym))
            {
                // Closing quotes and brackets that hug the terminal belong to the sentence.
                int j = k + 1;
                while (j < tokens.Length && tokens[j].Start == tokens[j - 1].End && IsCloser(text, tokens[j]))
                    j++;
                last = j - 1;
                if (j >= tokens.Length) end = true;
                else if (acronym) end = BlankOrBreak(text, tokens[last].End, tokens[j].Start) || IsOpenerWord(text, tokens[j]);
                else end = CanStart(text, tokens[j]);
            }

            if (!end && last + 1 < tokens.Length && LineBreakEnds(text, tokens[last], tokens[last + 1]))
                end = true;

            if (!end && last - first + 1 >= maxTokens)
                end = true;

            if (end || last + 1 >= tokens.Length)
            {
                builder.Add(new Sentence(tokens[first].Start, tokens[last].End));
                first = last + 1;
                k = last;
            }
        }

        return builder.DrainToImmutable();
    }

    private static bool IsTerminal(string text, Token t, out bool acronym)
    {
        acronym = false;
        char last = text[t.End - 1];
        if (t.Kind == TokenKind.Punct)
            return last is '.' or '!' or '?';
        if (t.Kind == TokenKind.Word && last == '.' && t.Length > 1)
        {
            var word = text.AsSpan(t.Start, t.Length - 1);
            if (word.Contains('.') || word.Length == 1)
            {
                // "U.S." may end a sentence; a lone initial ("F.") does not.
                acronym = word.Length > 1;
                return acronym;
            }

            if (Abbreviations.MayEndSentence(word))
            {
                acronym = true;
                return true;
            }
        }

        return false;
    }

    private static bool IsCloser(string text, Token t)
    {
        if (t.Kind == TokenKind.Quote) return text[t.Start] is not ('“' or '«' or '‘' or '`' or '„');
        return t.Kind == TokenKind.Punct && text[t.Start] is ')' or ']';
    }

    private static bool CanStart(string text, Token t)
    {
        char c = text[t.Start];
        if (t.Kind is TokenKind.Quote) return true;
        if (t.Kind is TokenKind.Number) return true;
        if (t.Kind is TokenKind.Punct) return c is '(' or '[' or '-' or '—' or '–' or '•' or '*';
        return char.IsUpper(c) || !char.IsLower(c);
    }

    private static bool IsOpenerWord(string text, Token t) =>
        t.Kind == TokenKind.Quote || (t.Kind == TokenKind.Word && s_openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(t.Start, t.Length)));

    private static bool BlankOrBreak(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static bool LineBreakEnds(string text, Token prev, Token next)
    {
        var gap = text.AsSpan(prev.End, next.Start - prev.End);
        int nl = gap.IndexOf('\n');
        if (nl < 0) return false;
        if (gap[(nl + 1)..].Contains('\n')) return true; // blank line
        char before = text[prev.End - 1];
        char after = text[next.Start];
        bool runsOn = (char.IsLower(before) || before is ',' or ';' or '-' or '—') && (char.IsLower(after) || char.IsDigit(after));
        return !runsOn;
    }
}
