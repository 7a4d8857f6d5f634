using Annals.Documents;
using Annals.Pipeline;

namespace Annals.Time;

/// <summary>Finds temporal expressions (TIMEX3) in English news and resolves them against the article's date.</summary>
/// <remarks>
/// Requires tokens and sentences; produces <see cref="AnalyzedDocument.Timexes"/>: dates ("Oct. 3", "last week",
/// "the third quarter"), times ("10:35 a.m.", "Monday morning"), durations ("the past two years") and sets
/// ("every week"), each with its TIMEX3 value. A hand-written scanner reads the tokens once, looking words up in
/// the lists under <c>data/time/</c>; expressions without a year take the one their tense suggests, and anaphoric
/// ones ("that day") the last explicit date. Never throws, never reads the clock; the output is sorted,
/// non-overlapping, inside the text and the same for the same input. Thread-safe.
/// </remarks>
public sealed class TemporalExpressionRecognizer : IStage
{
    /// <inheritdoc />
    public string Id => "time";

    /// <inheritdoc />
    public string Version => "6." + TimeLexicon.Instance.Version; // 4: weekday direction by the words before the day, "soon", "months ago"; 5: clocks moved by minutes, midnight before/after, underspecified "the day after" a clause and "that day" with no date told; 6: the guidelines' extent for modifiers, names, sets, tense of unyeared dates and quarters, next-day sayings, generic "today", "the day after" a dated event

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;

    /// <inheritdoc />
    public Annotations Produces => Annotations.Timexes;

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        System.Collections.Immutable.ImmutableArray<Timex> timexes;
        try
        {
            timexes = new TimexScanner(document).Scan();
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException)
        {
            // A defect must not cost the rest of the pipeline its document: no timexes rather than no output.
            timexes = [];
        }

        return document with { Timexes = timexes, Present = document.Present | Annotations.Timexes };
    }
}
