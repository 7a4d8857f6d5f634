using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Dates of sayings in a paper dated a day behind its events (article of Thursday 2022-11-03).</summary>
public sealed class DatingRound9Tests
{
    [Theory]
    // The recognizer reads a day name right after a past saying as the day after the article's: the saying was then.
    [InlineData("The school confirmed on Facebook Friday that the two teachers were aboard.", "confirmed", "2022-11-04", "timex")]
    [InlineData("On Friday, the senator told reporters that the plan was dead.", "told", "2022-11-04", "timex")]
    // Neighbours: the day of what the saying looks ahead to is not the saying's, which stays on the article's date.
    [InlineData("The senator urged them to vote Friday.", "urged", "2022-11-03", "dateline")]
    [InlineData("The senator told voters to come back Friday.", "told", "2022-11-03", "dateline")]
    public void DateAt_TakesTheNextDayOfASaying(string text, string cue, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 3));
        int at = text.IndexOf(cue, StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(at), at, -1, -1, happened: true));
    }
}
