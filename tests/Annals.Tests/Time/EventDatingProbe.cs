using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Dates an act or a quote of a small document written for a test; the article is dated 2022-11-06, a Sunday.</summary>
internal static class EventDatingProbe
{
    /// <summary>The article date of every probe.</summary>
    public static readonly DateOnly Dct = new(2022, 11, 6);

    /// <summary>The date and basis of the act at <paramref name="act"/>'s first place in <paramref name="text"/> (its last with <paramref name="last"/>).</summary>
    public static (string, string) DateOfAct(string text, string act, bool last = false)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, Dct);
        int offset = last ? text.LastIndexOf(act, StringComparison.Ordinal) : text.IndexOf(act, StringComparison.Ordinal);
        return EventDating.DateAt(doc, doc.SentenceAt(offset), offset, -1, -1, happened: true);
    }

    /// <summary>The date and basis of the last quote of <paramref name="text"/> (in curly marks), cued at the last <paramref name="cue"/>.</summary>
    public static (string, string) DateOfLastQuote(string text, string cue)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, Dct);
        int contentStart = text.LastIndexOf('\u201c') + 1;
        int contentEnd = text.IndexOf('\u201d', contentStart);
        int offset = text.LastIndexOf(cue, StringComparison.Ordinal);
        return EventDating.DateAt(doc, doc.SentenceAt(offset), offset, contentStart, contentEnd, happened: true);
    }
}
