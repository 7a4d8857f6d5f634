using Annals.Documents;

namespace Annals.Time;

/// <summary>Decides when something reported at a position in the text happened, from the temporal expressions around it.</summary>
/// <remarks>
/// Shared by the quote and event stages. Never throws; falls back to the article's date with basis "dateline".
/// FIRST VERSION: the time stage's work replaces the body with clause-aware linking.
/// </remarks>
public static class EventDating
{
    /// <summary>The TIMEX3 value and its basis for something anchored at <paramref name="offset"/> in sentence <paramref name="sentence"/>.</summary>
    /// <param name="doc">A document with sentences and timexes.</param>
    /// <param name="sentence">Index of the sentence.</param>
    /// <param name="offset">Position of the trigger or cue in the text.</param>
    /// <returns>The value ("2022-10-03", "2022-W43") and where it came from: "timex", "previous", "anaphora" or "dateline".</returns>
    public static (string Value, string Basis) DateAt(AnalyzedDocument doc, int sentence, int offset)
    {
        _ = offset;
        if (sentence >= 0 && sentence < doc.Sentences.Length)
        {
            var s = doc.Sentences[sentence];
            foreach (var t in doc.Timexes)
            {
                if (t.Start >= s.Start && t.End <= s.End && t.IsAnchor)
                    return (t.Value, "timex");
            }
        }

        return (doc.Article.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "dateline");
    }
}
