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
                builder.Add(new Token(start, i, TokenKind.Number) { Key = TokenKey.Of(text.AsSpan(start, i - start)) });
            }
            else if (IsLetter(c))
            {
                i = ScanWord(text, i, out int possessive, out ulong key, out var shape);
                if (possessive > 0)
                {
                    builder.Add(new Token(start, possessive, TokenKind.Word) { Key = key, Shape = shape });
                    var s = text.AsSpan(possessive, i - possessive);
                    builder.Add(new Token(possessive, i, TokenKind.Word) { Key = TokenKey.Of(s), Shape = ShapeOf(s) });
                }
                else
                {
                    builder.Add(new Token(start, i, TokenKind.Word) { Key = key, Shape = shape });
                }
            }
            else if (IsQuoteChar(c))
            {
                // `` and '' (typewriter doubled quotes) are one quote token.
                i++;
                if (i < n && (c == '`' || c == '\'') && text[i] == c) i++;
                builder.Add(new Token(start, i, TokenKind.Quote) { Key = KeyOf(text, start, i) });
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < n && char.IsLowSurrogate(text[i])) i++;
                else if (c == '.' || c == '-')
                {
                    while (i < n && text[i] == c) i++; // "..." and "--" stay whole
                }

                builder.Add(new Token(start, i, TokenKind.Punct) { Key = KeyOf(text, start, i) });
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

    // Keys of the one-character tokens of ASCII (punctuation, mostly), made once.
    private static readonly ulong[] s_asciiKeys = BuildAsciiKeys();

    private static ulong[] BuildAsciiKeys()
    {
        var keys = new ulong[128];
        Span<char> one = stackalloc char[1];
        for (int c = 0; c < keys.Length; c++)
        {
            one[0] = (char)c;
            keys[c] = TokenKey.Of(one);
        }

        return keys;
    }

    private static ulong KeyOf(string text, int start, int end) =>
        end - start == 1 && text[start] < 128 ? s_asciiKeys[text[start]] : TokenKey.Of(text.AsSpan(start, end - start));

    /// <summary>Letter case and hyphenation of a word, the same as the tokenizer gives a word token with this text.</summary>
    public static TokenShape ShapeOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return TokenShape.None;
        int letters = 0, upper = 0;
        bool hyphen = false, folded = false;
        foreach (char c in word)
        {
            Count(c, ref letters, ref upper);
            hyphen |= c == '-';
            folded |= c is '.' or '-' or >= (char)0x80;
        }

        return Shape(word[0], letters, upper, hyphen, folded);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Count(char c, ref int letters, ref int upper)
    {
        if (c < 0x80)
        {
            if ((uint)((c | 0x20) - 'a') > 'z' - 'a') return;
            letters++;
            if (c <= 'Z') upper++;
        }
        else if (char.IsLetter(c))
        {
            letters++;
            if (char.IsUpper(c)) upper++;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static TokenShape Shape(char first, int letters, int upper, bool hyphen, bool folded)
    {
        var shape = (first < 0x80 ? (uint)(first - 'A') <= 'Z' - 'A' : char.IsUpper(first)) ? TokenShape.Capitalized : TokenShape.None;
        if (upper > 0) shape |= TokenShape.HasUpper;
        if (letters >= 2 && upper == letters) shape |= TokenShape.AllCaps;
        if (hyphen) shape |= TokenShape.Hyphenated;
        if (folded) shape |= TokenShape.Folded;
        return shape;
    }

    // Reads a word from text[i] and, on the way, its key and shape (so no later stage reads its letters again to
    // look it up). A possessive "'s" ends the word at the apostrophe: possessive is then its offset.
    // The key is built inline (TokenKey.Add written out): locals passed by reference would live in memory.
    private static int ScanWord(string text, int i, out int possessive, out ulong key, out TokenShape shape)
    {
        possessive = 0;
        int n = text.Length;
        int start = i;
        ulong h = TokenKey.Seed, block = 0;
        int shift = 0, count = 0;
        int letters = 0, upper = 0;
        bool hyphen = false, folded = false;
        while (i < n)
        {
            char c = text[i];
            char f = '\0';
            if (c < 0x80)
            {
                // ASCII letters and digits: almost every character of a word.
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    letters++;
                    if (c <= 'Z') upper++;
                    f = (char)(c | 0x20);
                }
                else if ((uint)(c - '0') <= 9)
                {
                    f = c;
                }
            }
            else if (IsLetterBeyondAscii(c) || char.IsDigit(c))
            {
                folded = true;
                f = TokenNormalizer.Fold(c, dropMarks: true);
                if (char.IsLetter(c))
                {
                    letters++;
                    if (char.IsUpper(c)) upper++;
                }
            }

            if (f == '\0')
            {
                // Not a letter or digit: an inner hyphen or apostrophe, a period, or the end of the word.
                bool nextIsLetter = i + 1 < n && IsLetter(text[i + 1]);
                if ((c == '-' || c == '‑') && nextIsLetter)
                {
                    hyphen |= c == '-'; // folded away, like inner periods
                    folded = true;
                    i++;
                    continue;
                }

                if (IsApostrophe(c) && nextIsLetter)
                {
                    // Possessive 's / ’s is split off: "Ukraine's" → "Ukraine" + "'s".
                    if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= n || !IsLetter(text[i + 2])))
                    {
                        possessive = i;
                        key = TokenKey.Finish(h, block, shift, count);
                        shape = Shape(text[start], letters, upper, hyphen, folded);
                        return i + 2;
                    }

                    folded |= c != '\'';
                    f = '\''; // both apostrophes fold to the straight one
                }
                else
                {
                    if (c == '.')
                    {
                        // Initials and dotted acronyms keep their periods: "U.S.", "a.m.", "J." (the key drops them).
                        if (IsDottedRun(text, start, i))
                        {
                            if (nextIsLetter && i + 2 < n && text[i + 2] == '.')
                            {
                                folded = true;
                                i++;
                                continue;
                            }

                            if (i - start > 1 || char.IsUpper(text[start]))
                            {
                                folded = true;
                                i++;
                            }
                        }
                        else if (Abbreviations.IsAbbreviation(text.AsSpan(start, i - start)))
                        {
                            folded = true;
                            i++;
                        }
                    }

                    break;
                }
            }

            block |= (ulong)f << shift;
            count++;
            shift += 16;
            if (shift == 64)
            {
                h = (h ^ block) * TokenKey.Mul;
                block = 0;
                shift = 0;
            }

            i++;
        }

        key = TokenKey.Finish(h, block, shift, count);
        shape = Shape(text[start], letters, upper, hyphen, folded);
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
