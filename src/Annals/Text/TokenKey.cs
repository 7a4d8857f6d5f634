using System.Runtime.CompilerServices;

namespace Annals.Text;

/// <summary>The key of a token's folded form: a 56-bit hash of its letters lower-cased, accents and inner periods and hyphens removed.</summary>
/// <remarks>
/// "U.S.", "US" and "us" have one key, as do "Élysée" and "elysee" (see <see cref="TokenNormalizer"/> for the fold).
/// The tokenizer computes every token's key while it reads the token's characters, so a stage that looks words up
/// in a dictionary probes with the key instead of folding and hashing the token again. Dictionaries key their words
/// with <see cref="Of"/>; two different folded words share a key with odds of about 2^-56 per pair, so a dictionary
/// of ten thousand words meets a false match about once in 7 × 10^12 tokens, and lookups by key do not compare letters.
/// The folded characters are packed four to a 64-bit block, one multiply per block.
/// </remarks>
public static class TokenKey
{
    internal const ulong Seed = 0x9E3779B97F4A7C15UL;
    internal const ulong Mul = 0xFF51AFD7ED558CCDUL;

    /// <summary>The key of <paramref name="token"/> (the same as the tokenizer gives a token with this text).</summary>
    public static ulong Of(ReadOnlySpan<char> token)
    {
        bool dropMarks = token.Length > 1; // a lone "." or "-" stays itself
        ulong h = Seed, block = 0;
        int shift = 0, count = 0;
        foreach (char c in token)
        {
            char f = TokenNormalizer.Fold(c, dropMarks);
            if (f != '\0') Add(f, ref h, ref block, ref shift, ref count);
        }

        return Finish(h, block, shift, count);
    }

    /// <summary>
    /// True when <paramref name="word"/> is plain: ASCII letters, digits and straight apostrophes only, so that
    /// its key is that of its lower-cased text and case-insensitive equality with a plain token is equality of keys.
    /// A token is plain exactly when its shape lacks <see cref="Documents.TokenShape.Folded"/>.
    /// </summary>
    /// <remarks>
    /// A dictionary that must keep case-insensitive matching (a word with a period matches only that spelling)
    /// keys its plain words and looks up a folded token by its text.
    /// </remarks>
    public static bool IsPlain(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '\'')) return false;
        return !word.IsEmpty;
    }

    /// <summary>Adds one folded character to a key being built (see <see cref="Of"/> for the start values).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Add(char folded, ref ulong h, ref ulong block, ref int shift, ref int count)
    {
        block |= (ulong)folded << shift;
        count++;
        shift += 16;
        if (shift == 64)
        {
            h = (h ^ block) * Mul;
            block = 0;
            shift = 0;
        }
    }

    /// <summary>The key of the characters added so far; never 0 (dictionaries use 0 for an empty slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Finish(ulong h, ulong block, int shift, int count)
    {
        if (shift != 0) h = (h ^ block) * Mul;
        h ^= (ulong)count * 0xC2B2AE3D27D4EB4FUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 29;
        // 56 bits, so that a token can hold the key beside its kind and shape in one word.
        h &= (1UL << 56) - 1;
        return h == 0 ? 1 : h;
    }
}
