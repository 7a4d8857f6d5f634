namespace Annals.Documents;

/// <summary>TIMEX3 types.</summary>
public enum TimexType : byte
{
    /// <summary>A calendar date or period ("October 3", "last week").</summary>
    Date,
    /// <summary>A time of day, possibly with a date ("10:35 a.m.", "Monday morning").</summary>
    Time,
    /// <summary>A length of time ("three days").</summary>
    Duration,
    /// <summary>A recurring time ("every week").</summary>
    Set,
}

/// <summary>A temporal expression found in the text and resolved against the article's date.</summary>
/// <param name="Start">First UTF-16 index of the expression.</param>
/// <param name="End">Index one past its end.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value: "2022-10-03", "2022-W43", "P3D", "PAST_REF", ...</param>
/// <param name="IsAnchor">
/// True when the value names a specific calendar date or period that later anaphoric expressions
/// ("that day") and undated clauses may inherit; false for durations, sets and vague references.
/// </param>
public sealed record Timex(int Start, int End, TimexType Type, string Value, bool IsAnchor);
