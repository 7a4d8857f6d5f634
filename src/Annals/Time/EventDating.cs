using System.Globalization;
using Annals.Documents;

namespace Annals.Time;

/// <summary>Decides when something reported at a position in the text happened, from the temporal expressions around it.</summary>
/// <remarks>
/// Shared by the quote and event stages. Looks, in order, for an anchor timex (a specific calendar date or period,
/// never a vague reference or a duration) in the clause that holds the position (clauses end at ; : , and at
/// conjunctions), the nearest one winning; then anywhere in the sentence; then, when the sentence continues the
/// story of the one before it in the same paragraph ("The decree, which ..."), that sentence's last anchor
/// (basis "previous"); else the article's date (basis "dateline"). An anchor that refers back ("that day") has
/// basis "anaphora", any other "timex". Never throws; reads only the document.
/// </remarks>
public static class EventDating
{
    /// <summary>The TIMEX3 value and its basis for something anchored at <paramref name="offset"/> in sentence <paramref name="sentence"/>.</summary>
    /// <param name="doc">A document with sentences and timexes.</param>
    /// <param name="sentence">Index of the sentence.</param>
    /// <param name="offset">Position of the trigger or cue in the text.</param>
    /// <returns>The value ("2022-10-03", "2022-W43") and where it came from: "timex", "previous", "anaphora" or "dateline".</returns>
    public static (string Value, string Basis) DateAt(AnalyzedDocument doc, int sentence, int offset) =>
        DateAt(doc, sentence, offset, -1, -1);

    /// <summary>
    /// As <see cref="DateAt(AnalyzedDocument, int, int)"/>, but timexes inside [<paramref name="excludeStart"/>,
    /// <paramref name="excludeEnd"/>) are not considered: a quote is dated by when it was said, not by the dates
    /// its words mention ("Top advisers said he rejected the idea in 1988" was said on the dateline, not in 1988).
    /// </summary>
    public static (string Value, string Basis) DateAt(AnalyzedDocument doc, int sentence, int offset, int excludeStart, int excludeEnd)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var dateline = (doc.Article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "dateline");
        if (sentence < 0 || sentence >= doc.Sentences.Length || doc.Timexes.IsEmpty) return dateline;
        var s = doc.Sentences[sentence];
        offset = Math.Clamp(offset, s.Start, Math.Max(s.Start, s.End - 1));

        var (clauseStart, clauseEnd) = ClauseAround(doc, s, offset);
        int inClause = Nearest(doc, clauseStart, clauseEnd, offset, excludeStart, excludeEnd);
        if (inClause >= 0) return Found(doc, inClause);
        int inSentence = Nearest(doc, s.Start, s.End, offset, excludeStart, excludeEnd);
        if (inSentence >= 0) return Found(doc, inSentence);

        if (sentence > 0 && ContinuesStory(doc, sentence) && !HasVagueReference(doc, s))
        {
            var prev = doc.Sentences[sentence - 1];
            int last = LastAnchor(doc, prev.Start, prev.End);
            if (last >= 0) return (doc.Timexes[last].Value, "previous");
        }

        return dateline;
    }

    private static (string, string) Found(AnalyzedDocument doc, int index)
    {
        var t = doc.Timexes[index];
        return (t.Value, IsAnaphoric(doc.Slice(t.Start, t.End)) ? "anaphora" : "timex");
    }

    // "that day", "the same week", "the following year", "earlier that day" lean on an earlier date.
    private static bool IsAnaphoric(ReadOnlySpan<char> text) =>
        text.StartsWith("that ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("the same", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("the following", StringComparison.OrdinalIgnoreCase) || text.StartsWith("the next", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("the previous", StringComparison.OrdinalIgnoreCase) || text.StartsWith("the day", StringComparison.OrdinalIgnoreCase)
        || text.Contains(" that ", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" earlier", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith(" later", StringComparison.OrdinalIgnoreCase);

    /// <summary>Index of the first timex that does not end before <paramref name="start"/>.</summary>
    private static int FirstTimexFrom(AnalyzedDocument doc, int start)
    {
        int lo = 0, hi = doc.Timexes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (doc.Timexes[mid].End <= start) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>The anchor timex inside [start, end) nearest <paramref name="offset"/>, the earlier one on a tie; -1 when none.</summary>
    private static int Nearest(AnalyzedDocument doc, int start, int end, int offset, int excludeStart, int excludeEnd)
    {
        int best = -1, bestDistance = int.MaxValue;
        for (int i = FirstTimexFrom(doc, start); i < doc.Timexes.Length; i++)
        {
            var t = doc.Timexes[i];
            if (t.Start >= end) break;
            if (!t.IsAnchor || t.Start < start || t.End > end) continue;
            if (t.Start < excludeEnd && t.End > excludeStart) continue;
            int distance = offset < t.Start ? t.Start - offset : offset >= t.End ? offset - t.End + 1 : 0;
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int LastAnchor(AnalyzedDocument doc, int start, int end)
    {
        int last = -1;
        for (int i = FirstTimexFrom(doc, start); i < doc.Timexes.Length && doc.Timexes[i].Start < end; i++)
        {
            if (doc.Timexes[i].IsAnchor && doc.Timexes[i].End <= end) last = i;
        }

        return last;
    }

    private static bool HasVagueReference(AnalyzedDocument doc, Sentence s)
    {
        // A sentence that says "now" or "currently" speaks of the present, not of the story before it.
        for (int i = FirstTimexFrom(doc, s.Start); i < doc.Timexes.Length && doc.Timexes[i].Start < s.End; i++)
        {
            if (doc.Timexes[i].Value is "PRESENT_REF" or "FUTURE_REF") return true;
        }

        return false;
    }

    /// <summary>The clause around <paramref name="offset"/>: bounded by ; : , and conjunctions, inside the sentence.</summary>
    private static (int Start, int End) ClauseAround(AnalyzedDocument doc, Sentence s, int offset)
    {
        int first = doc.TokenIndexAt(s.Start);
        int at = doc.TokenIndexAt(offset);
        int start = s.Start, end = s.End;
        for (int k = Math.Min(at, doc.Tokens.Length) - 1; k >= first && k >= 0; k--)
        {
            var t = doc.Tokens[k];
            if (t.Start < s.Start) break;
            if (IsBoundary(doc, t))
            {
                start = t.End;
                break;
            }
        }

        for (int k = at; k < doc.Tokens.Length; k++)
        {
            var t = doc.Tokens[k];
            if (t.Start >= s.End) break;
            if (t.Start > offset && IsBoundary(doc, t))
            {
                end = t.Start;
                break;
            }
        }

        return (start, Math.Max(start, end));
    }

    private static bool IsBoundary(AnalyzedDocument doc, Token t)
    {
        var text = doc.Slice(t.Start, t.End);
        if (t.Kind == TokenKind.Punct) return text is ";" or ":" or ",";
        if (t.Kind != TokenKind.Word) return false;
        return text.Equals("and", StringComparison.OrdinalIgnoreCase) || text.Equals("but", StringComparison.OrdinalIgnoreCase)
               || text.Equals("while", StringComparison.OrdinalIgnoreCase) || text.Equals("whereas", StringComparison.OrdinalIgnoreCase)
               || text.Equals("although", StringComparison.OrdinalIgnoreCase) || text.Equals("though", StringComparison.OrdinalIgnoreCase)
               || text.Equals("because", StringComparison.OrdinalIgnoreCase) || text.Equals("or", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when the sentence goes on with the previous one's story: same paragraph (no line break between them) and
    /// it opens with a pronoun, a definite reference or a connective ("The decree, which ...", "He then ...").
    /// </summary>
    private static bool ContinuesStory(AnalyzedDocument doc, int sentence)
    {
        var prev = doc.Sentences[sentence - 1];
        var s = doc.Sentences[sentence];
        if (prev.End > s.Start) return false;
        if (doc.Slice(prev.End, s.Start).Contains('\n')) return false;
        int k = doc.TokenIndexAt(s.Start);
        if (k >= doc.Tokens.Length || doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].Start >= s.End) return false;
        var w = doc.Slice(doc.Tokens[k].Start, doc.Tokens[k].End);
        foreach (var cue in s_continuations)
        {
            if (w.Equals(cue, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static readonly string[] s_continuations =
    [
        "the", "this", "that", "these", "those", "such", "he", "she", "it", "they", "his", "her", "its", "their",
        "then", "later", "afterwards", "afterward", "subsequently", "also", "there", "both", "which",
    ];
}
