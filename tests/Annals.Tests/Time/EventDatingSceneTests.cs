using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Quotes that go on in a dated scene the sentence before set: a quote running on, a speech occasion, a court or a record.</summary>
public class EventDatingSceneTests
{
    private static readonly DateOnly s_dct = new(2022, 11, 6);

    /// <summary>The date and basis of the last quote of <paramref name="text"/>, cued at <paramref name="cue"/> (none when null).</summary>
    private static (string, string) DateOfLastQuote(string text, string? cue)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, s_dct);
        int contentStart = text.LastIndexOf('\u201c') + 1;
        int contentEnd = text.IndexOf('\u201d', contentStart);
        int offset = cue is null ? contentStart : text.LastIndexOf(cue, StringComparison.Ordinal);
        return EventDating.DateAt(doc, doc.SentenceAt(offset), offset, contentStart, contentEnd, happened: true);
    }

    [Theory]
    // A quote with no attribution of its own goes on with the quoted words before it, said when they were.
    [InlineData("\u201cThe plant could make the fuel,\u201d two analysts wrote in September. \u201cWhether it can is unknown.\u201d", "2022-09", "previous")]
    [InlineData("\u201cThe plant could make the fuel,\u201d the envoy told reporters on Friday. \u201cWhether it can is unknown.\u201d", "2022-11-04", "previous")]
    // Neighbours: no quote before to run on from, and a date inside the quoted words, are no date of the saying.
    [InlineData("Two analysts wrote in September that the plant could make the fuel. \u201cWhether it can is unknown.\u201d", "2022-11-06", "dateline")]
    [InlineData("\u201cThe plant opened in September,\u201d two analysts wrote. \u201cWhether it can make fuel is unknown.\u201d", "2022-11-06", "dateline")]
    public void DateAt_DatesAQuoteRunningOnByTheSpeechBefore(string text, string value, string basis) =>
        Assert.Equal((value, basis), DateOfLastQuote(text, cue: null));

    [Theory]
    // A sentence that opens on a dated speech occasion sets the scene of the quote right after it.
    [InlineData("In a September debate, the senator backed the plan. \u201cLet them fight each other,\u201d she said.", "said", "2022-09", "previous")]
    [InlineData("During a radio interview in August, the actress was asked about bias. Hale confirmed she had met it, \u201cmany times.\u201d", "confirmed", "2022-08", "previous")]
    [InlineData("At a rally in Dayton on Tuesday, the senator attacked the plan. \u201cIt is a fraud,\u201d said Hale.", "said", "2022-11-01", "previous")]
    // Neighbours: someone new speaks, the cue is in the present, a paragraph lies between, or the opener holds a clause.
    [InlineData("In a September debate, the senator backed the plan. \u201cLet them fight each other,\u201d one aide even suggested.", "suggested", "2022-11-06", "dateline")]
    [InlineData("In a September debate, the senator backed the plan. \u201cLet them fight each other,\u201d she says.", "says", "2022-11-06", "dateline")]
    [InlineData("In a September debate, the senator backed the plan.\n\n\u201cLet them fight each other,\u201d she said.", "said", "2022-11-06", "dateline")]
    [InlineData("In a debate he held in September, the senator backed the plan. \u201cLet them fight each other,\u201d she said.", "said", "2022-11-06", "dateline")]
    public void DateAt_DatesAQuoteByTheOccasionTheSentenceBeforeOpensOn(string text, string cue, string value, string basis) =>
        Assert.Equal((value, basis), DateOfLastQuote(text, cue));

    [Theory]
    // A court speaks through the dated ruling just told; a record through the dated saying that issued it.
    [InlineData("The rule was lifted in 2013 in a landmark court ruling.\n\nThe court said \u201cthe states must wait.\u201d", "said", "2013", "previous")]
    [InlineData("The firm confirmed his death via its page on Friday. \u201cHe was well liked,\u201d the statement added.", "added", "2022-11-04", "previous")]
    [InlineData("The report was released in March.\n\nThe report said \u201cthe agency hid the breach.\u201d", "said", "2022-03", "previous")]
    // Neighbours: a judge told of before with no ruling (a paragraph apart), a saying that is a passive, and a saying
    // dated by a year, give no date.
    [InlineData("The judge was appointed in 2013 by the governor.\n\nThe judge said \u201cthe states must wait.\u201d", "said", "2022-11-06", "dateline")]
    [InlineData("The aide was confirmed by the senate in March. \u201cHe hid the breach,\u201d the report said.", "said", "2022-11-06", "dateline")]
    [InlineData("The firm announced his hiring in 2019. \u201cHe was well liked,\u201d the statement added.", "added", "2022-11-06", "dateline")]
    public void DateAt_DatesWhatACourtOrARecordSaysByTheActJustTold(string text, string cue, string value, string basis) =>
        Assert.Equal((value, basis), DateOfLastQuote(text, cue));

    [Theory]
    // A debate the lead dates 1 to 3 days back sets the scene of the past acts of those named after it.
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. Hale accused the governor of lying.", "2022-11-05", "previous")]
    [InlineData("The senator attacked the governor in the debate on Friday night. The moderator pressed them on taxes. He accused the governor of lying.", "2022-11-04", "previous")]
    // Neighbours: an act in a clause of its own, another medium, the present, a debate a week back, and a sentence
    // before with a date of its own.
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. After Hale accused the governor of lying, they left.", "2022-11-06", "dateline")]
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. Hale accused the governor of lying in an interview.", "2022-11-06", "dateline")]
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. Hale accuses the governor of lying.", "2022-11-06", "dateline")]
    [InlineData("The senator attacked the governor in Monday's debate. The moderator pressed them on taxes. Hale accused the governor of lying.", "2022-11-06", "dateline")]
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on the tax law of 2019. Hale accused the governor of lying.", "2022-11-06", "dateline")]
    public void DateAt_DatesThePastActsOfADebateStoryByTheDebateNight(string text, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, s_dct);
        int offset = text.LastIndexOf("accuse", StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(offset), offset, -1, -1, happened: true));
    }

    [Theory]
    // The act the lead opens on, by a person named in full 1 to 3 days back, sets the scene of that person's past acts.
    [InlineData("Ann Hale attacked the plan at a rally on Friday night. The crowd cheered loudly. Hale accused the governor of lying.", "2022-11-04", "previous")]
    // Neighbours: someone else acts, the lead's day is a week back, or its date stands in a clause of its own.
    [InlineData("Ann Hale attacked the plan at a rally on Friday night. The crowd cheered loudly. Lane accused the governor of lying.", "2022-11-06", "dateline")]
    [InlineData("Ann Hale attacked the plan at a rally on Monday night. The crowd cheered loudly. Hale accused the governor of lying.", "2022-11-06", "dateline")]
    [InlineData("Ann Hale attacked the plan after the mayor spoke on Friday night. The crowd cheered loudly. Hale accused the governor of lying.", "2022-11-06", "dateline")]
    public void DateAt_DatesThePastActsOfTheLeadsPersonByTheLeadsDay(string text, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, s_dct);
        int offset = text.LastIndexOf("accuse", StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(offset), offset, -1, -1, happened: true));
    }
}
