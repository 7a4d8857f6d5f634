using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Annals.Documents;

namespace Annals.Quotes;

/// <summary>A stretch of text between quotation marks, at the top level (nested quotes stay inside it).</summary>
/// <param name="Open">Token index of the opening mark.</param>
/// <param name="Close">Token index of the closing mark, or -1 when the quote was never closed (it then ends with its paragraph).</param>
/// <param name="Last">Token index of the last token inside the quote.</param>
/// <param name="ContentStart">First character inside the marks.</param>
/// <param name="ContentEnd">One past the last character inside the marks.</param>
/// <param name="Words">Number of word and number tokens inside.</param>
/// <param name="Single">True for single marks (‘ ’).</param>
internal readonly record struct QuoteSpan(int Open, int Close, int Last, int ContentStart, int ContentEnd, int Words, bool Single)
{
    /// <summary>Token index just after the quote (after the closing mark, or after its last token).</summary>
    public int After => Close >= 0 ? Close + 1 : Last + 1;
}

/// <summary>Pairs quotation marks into quotes.</summary>
/// <remarks>
/// Whether a mark opens or closes is read from the characters around it first (space before and a letter after
/// opens), then from its glyph (“ opens, ” closes), then, for straight marks, from whether a quote is open.
/// Double marks nest; a quote still open at the end of a paragraph continues when the next paragraph opens with
/// a mark (the newspaper convention for long quotes) and otherwise ends with its paragraph. Single marks form a
/// quote only outside double ones and within one paragraph, so apostrophes ("Clintons’ house", "’90s") do not
/// open quotes that swallow the text. Stray marks are ignored. Never throws; one pass over the tokens.
/// </remarks>
internal static class QuoteMarks
{
    // The quotes of each token array, found once for the actor stage and the quote stage (both only read them); an
    // entry lives as long as the document's tokens do.
    private static readonly ConditionalWeakTable<Token[], Found> s_found = new();

    /// <summary>The quotes of a text and, for each token, the index of the quote holding it or -1.</summary>
    /// <param name="Spans">The top-level quotes, sorted.</param>
    /// <param name="InQuote">Per token, the index of its quote in <paramref name="Spans"/>, or -1.</param>
    internal sealed record Found(List<QuoteSpan> Spans, int[] InQuote);

    /// <summary>
    /// <see cref="Find(string, ImmutableArray{Token}, int[])"/> for a document's tokens, computed once per token array and
    /// shared by the stages that read quotes. Callers must not change what they get.
    /// </summary>
    public static Found Of(string text, ImmutableArray<Token> tokens)
    {
        var key = ImmutableCollectionsMarshal.AsArray(tokens);
        if (key is not null && s_found.TryGetValue(key, out var cached)) return cached;
        var inQuote = new int[tokens.IsDefault ? 0 : tokens.Length];
        var found = new Found(Find(text, tokens, inQuote), inQuote);
        if (key is not null) s_found.AddOrUpdate(key, found);
        return found;
    }

    private const int MaxDepth = 4;
    private const int MaxSingleTokens = 60;

    private enum Role : byte { Open, Close, Either }

    /// <summary>Finds the top-level quotes of a text, sorted, and marks each token inside one in <paramref name="inQuote"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="inQuote">Filled with the index of the quote that holds each token (marks included), or -1.</param>
    public static List<QuoteSpan> Find(string text, ImmutableArray<Token> tokens, int[] inQuote)
    {
        var spans = new List<QuoteSpan>();
        Span<int> stack = stackalloc int[MaxDepth];
        int depth = 0;
        int singleOpen = -1;
        for (int k = 0; k < tokens.Length; k++)
        {
            var t = tokens[k];
            if (k > 0 && ParagraphBreak(text, tokens[k - 1], tokens[k]))
            {
                singleOpen = -1;
                if (depth > 0)
                {
                    // A long quote runs on when the next paragraph opens with a mark; else it ends here.
                    if (IsDoubleToken(text, t) && RoleOf(text, t) != Role.Close)
                        continue;
                    spans.Add(Make(text, tokens, stack[0], -1, k - 1, false));
                    depth = 0;
                }
            }

            if (t.Kind != TokenKind.Quote) continue;
            // 6'2" and 5’10”: a height's inch mark, not the end of a quote.
            if (IsInchMark(text, tokens, k)) continue;
            var role = RoleOf(text, t);
            if (IsDoubleToken(text, t))
            {
                if (role == Role.Either) role = depth == 0 ? Role.Open : Role.Close;

                // A paragraph that opens with a closing glyph (”… he delivered a mix,” Barabak wrote) opens a quote
                // typed with the wrong mark: nothing is open to close.
                if (role == Role.Close && depth == 0 && ParagraphStart(text, tokens, k) && !IsRightBoundary(NextChar(text, t.End)))
                    role = Role.Open;
                if (role == Role.Open)
                {
                    if (depth < MaxDepth) stack[depth++] = k;
                    singleOpen = -1;
                }
                else if (depth > 0 && --depth == 0)
                {
                    spans.Add(Make(text, tokens, stack[0], k, k - 1, false));
                }
            }
            else if (depth == 0)
            {
                if (role == Role.Either) role = singleOpen < 0 ? Role.Open : Role.Close;
                if (role == Role.Open)
                {
                    // "’90s" and "'em" are elisions, not quotes.
                    bool elision = t.End < text.Length && (char.IsDigit(text[t.End]) || IsElision(text, t.End));
                    if (!elision) singleOpen = k;
                }
                else if (singleOpen >= 0)
                {
                    if (k - singleOpen <= MaxSingleTokens && k - singleOpen > 1)
                        spans.Add(Make(text, tokens, singleOpen, k, k - 1, true));
                    singleOpen = -1;
                }
            }
        }

        if (depth > 0) spans.Add(Make(text, tokens, stack[0], -1, tokens.Length - 1, false));

        inQuote.AsSpan().Fill(-1);
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            for (int k = s.Open; k < s.After && k < inQuote.Length; k++) inQuote[k] = i;
        }

        return spans;
    }

    /// <summary>True for marks of the double family (" “ ” « » „ `` '').</summary>
    public static bool IsDouble(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    /// <summary>True when a double-family token (including `` and '') stands at <paramref name="t"/>.</summary>
    public static bool IsDoubleToken(string text, Token t) =>
        t.Kind == TokenKind.Quote && (IsDouble(text[t.Start]) || t.Length == 2);

    /// <summary>True when the text between two tokens holds a paragraph break (a blank line, or a line break after a sentence end).</summary>
    public static bool ParagraphBreak(string text, Token a, Token b)
    {
        int newlines = 0;
        for (int i = a.End; i < b.Start; i++)
        {
            if (text[i] == '\n') newlines++;
        }

        if (newlines == 0) return false;
        if (newlines >= 2) return true;
        char last = text[a.End - 1];
        return last is '.' or '!' or '?' or ':' or '"' or '”' or '’' or '\'';
    }

    private static QuoteSpan Make(string text, ImmutableArray<Token> tokens, int open, int close, int last, bool single)
    {
        if (last < open) last = open;
        int start = tokens[open].End;
        int end = close >= 0 ? tokens[close].Start : tokens[last].End;
        if (end < start) end = start;
        int words = 0;
        for (int k = open + 1; k <= last; k++)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number) words++;
        }

        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new QuoteSpan(open, close, last, start, end, words, single);
    }

    // A double mark right after digits that follow a foot mark after digits: "6'2\"", "5’10”", "6'2''".
    private static bool IsInchMark(string text, ImmutableArray<Token> tokens, int k)
    {
        if (k < 3 || !IsDoubleToken(text, tokens[k]) || (tokens[k].Length != 1 && text[tokens[k].Start] != '\'')) return false;
        var digits = tokens[k - 1];
        var foot = tokens[k - 2];
        var feet = tokens[k - 3];
        return digits.Kind == TokenKind.Number && digits.End == tokens[k].Start && digits.Length <= 2
               && foot.Kind == TokenKind.Quote && foot.Length == 1 && text[foot.Start] is '\'' or '’' && foot.End == digits.Start
               && feet.Kind == TokenKind.Number && feet.End == foot.Start && feet.Length == 1;
    }

    // Whether token k is the first of its paragraph (the text's start, or a line break before it).
    private static bool ParagraphStart(string text, ImmutableArray<Token> tokens, int k)
    {
        if (k == 0) return true;
        for (int i = tokens[k].Start - 1; i >= tokens[k - 1].End; i--)
        {
            if (text[i] == '\n') return true;
        }

        return false;
    }

    // The first character after i that is not a plain space, or a newline at the end of the text.
    private static char NextChar(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u00a0') i++;
        return i < text.Length ? text[i] : '\n';
    }

    private static bool IsElision(string text, int i) =>
        i + 1 < text.Length && (text.AsSpan(i).StartsWith("em ", StringComparison.Ordinal) || text.AsSpan(i).StartsWith("til ", StringComparison.Ordinal));

    private static Role RoleOf(string text, Token t)
    {
        char c = text[t.Start];
        bool spaceBefore = t.Start == 0 || IsLeftBoundary(text[t.Start - 1]);
        bool spaceAfter = t.End >= text.Length || IsRightBoundary(text[t.End]);
        if (spaceBefore && !spaceAfter) return Role.Open;
        if (!spaceBefore && spaceAfter) return Role.Close;
        if (t.Length == 2) return c == '`' ? Role.Open : Role.Close;
        return c switch
        {
            '“' or '«' or '„' or '‘' or '‹' or '`' => Role.Open,
            '”' or '»' or '’' or '›' => Role.Close,
            _ => Role.Either,
        };
    }

    private static bool IsLeftBoundary(char p) =>
        char.IsWhiteSpace(p) || p is '(' or '[' or '{' or '<' or '—' or '–' or '/' or '>';

    private static bool IsRightBoundary(char q) =>
        char.IsWhiteSpace(q) || q is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '<' or '—' or '–'
            or '"' or '”' or '’' or '\'' or '»' or '›';
}
