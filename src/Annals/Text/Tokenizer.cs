using System.Collections.Immutable;
using Annals.Documents;

namespace Annals.Text;

/// <summary>Splits text into word, number, quote and punctuation tokens with offsets.</summary>
/// <remarks>
/// One pass over the characters, no regular expressions, no allocation per token. Keeps together what the later
/// stages want whole: abbreviations and initials with their periods ("U.S.", "Dr.", "J."), inner hyphens and
/// apostrophes ("war-torn", "don't"), numbers with separators ("2,000", "3.5", "10/3/2022", "10:35") and
/// number-letter compounds ("3rd", "1990s"). A possessive "'s" is its own token. Never throws.
/// </remarks>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        var builder = ImmutableArray.CreateBuilder<Token>(Math.Max(16, text.Length / 5));
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i);
                builder.Add(new Token(start, i, TokenKind.Number));
            }
            else if (IsLetter(c))
            {
                i = ScanWord(text, i, out int possessive);
                if (possessive > 0)
                {
                    builder.Add(new Token(start, possessive, TokenKind.Word));
                    builder.Add(new Token(possessive, i, TokenKind.Word));
                }
                else
                {
                    builder.Add(new Token(start, i, TokenKind.Word));
                }
            }
            else if (IsQuoteChar(c))
            {
                // `` and '' (typewriter doubled quotes) are one quote token.
                i++;
                if (i < n && (c == '`' || c == '\'') && text[i] == c) i++;
                builder.Add(new Token(start, i, TokenKind.Quote));
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < n && char.IsLowSurrogate(text[i])) i++;
                else if (c == '.' || c == '-')
                {
                    while (i < n && text[i] == c) i++; // "..." and "--" stay whole
                }

                builder.Add(new Token(start, i, TokenKind.Punct));
            }
        }

        return builder.DrainToImmutable();
    }

    /// <summary>True for letters and combining marks.</summary>
    /// <remarks>Read for every character of the text: ASCII (almost all of it) is decided inline, the rest by Unicode category.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : IsLetterBeyondAscii(c);

    private static bool IsLetterBeyondAscii(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                                                        or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>True for characters used as quotation marks.</summary>
    public static bool IsQuoteChar(char c) => c is '"' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '`' or '\'' or '‹' or '›';

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static int ScanNumber(string text, int i)
    {
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if ((c is ',' or '.' or '/' or ':' or '-') && i + 1 < n && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // "3rd", "1990s", "10am": letters glued to the digits stay in the token.
        while (i < n && char.IsLetter(text[i])) i++;
        return i;
    }

    private static int ScanWord(string text, int i, out int possessive)
    {
        possessive = 0;
        int n = text.Length;
        int start = i;
        while (i < n)
        {
            char c = text[i];
            if (IsLetter(c) || char.IsDigit(c))
            {
                i++;
                continue;
            }

            bool nextIsLetter = i + 1 < n && IsLetter(text[i + 1]);
            if ((c == '-' || c == '‑') && nextIsLetter)
            {
                i++;
                continue;
            }

            if (IsApostrophe(c) && nextIsLetter)
            {
                // Possessive 's / ’s is split off: "Ukraine's" → "Ukraine" + "'s".
                if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= n || !IsLetter(text[i + 2])))
                {
                    possessive = i;
                    return i + 2;
                }

                i++;
                continue;
            }

            if (c == '.')
            {
                // Initials and dotted acronyms keep their periods: "U.S.", "a.m.", "J.".
                if (IsDottedRun(text, start, i))
                {
                    if (nextIsLetter && i + 2 < n && text[i + 2] == '.')
                    {
                        i++;
                        continue;
                    }

                    if (i - start > 1 || char.IsUpper(text[start]))
                        i++;
                }
                else if (Abbreviations.IsAbbreviation(text.AsSpan(start, i - start)))
                {
                    i++;
                }
            }

            break;
        }

        return i;
    }

    // True when text[start..end) is one letter, or letters separated by periods ("U.S", "a.m").
    private static bool IsDottedRun(string text, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            bool letterSlot = ((k - start) & 1) == 0;
            if (letterSlot ? !IsLetter(text[k]) : text[k] != '.') return false;
        }

        return ((end - start) & 1) == 1;
    }
}
