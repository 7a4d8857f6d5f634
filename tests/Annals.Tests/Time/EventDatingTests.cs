using Annals.Time;

namespace Annals.Tests.Time;

public class EventDatingTests
{
    /// <summary>The date and basis of what is reported at the first <paramref name="word"/> of a text dated 2022-11-06.</summary>
    private static (string Value, string Basis) DateOf(string text, string word, bool happened = false)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int offset = text.IndexOf(word, StringComparison.Ordinal);
        return EventDating.DateAt(doc, doc.SentenceAt(offset), offset, -1, -1, happened);
    }

    // Written for the tests: a dated story with an opening adverbial, a quote dated at its end, and a follow-up sentence.
    private const string Story =
        "Officials gave no details.\n\n" +
        "Last week, the prime minister warned that the army would respond. " +
        "\u201cWe are ready,\u201d the prime minister told reporters in the capital on October 25. " +
        "Earlier on October 3, the president signed an order that closed the border. " +
        "The order, which was approved by parliament, came as troops massed nearby. " +
        "Now the border is quiet.\n\n" +
        "In a speech, the president repeated his demands.";

    [Theory]
    [InlineData("warned", "2022-W43", "timex")]
    [InlineData("told", "2022-10-25", "timex")]
    [InlineData("signed", "2022-10-03", "timex")]
    [InlineData("approved", "2022-10-03", "previous")]
    [InlineData("quiet", "2022-11-06", "dateline")]
    [InlineData("repeated", "2022-11-06", "dateline")]
    [InlineData("gave", "2022-11-06", "dateline")]
    public void DateAt_UsesClauseSentenceOrStory(string word, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(Story, new DateOnly(2022, 11, 6));
        int offset = Story.IndexOf(word, StringComparison.Ordinal);
        var (v, b) = EventDating.DateAt(doc, doc.SentenceAt(offset), offset);
        Assert.Equal((value, basis), (v, b));
    }

    [Theory]
    [InlineData("The army shelled the town on Monday, and the mayor fled on Oct. 12.", "shelled", "2022-10-31")]
    [InlineData("The army shelled the town on Monday, and the mayor fled on Oct. 12.", "fled", "2022-10-12")]
    [InlineData("The rebels, who seized the port on Oct. 9, left on Oct. 20.", "seized", "2022-10-09")]
    public void DateAt_PicksTheAnchorInTheSameClause(string text, string word, string value) =>
        Assert.Equal(value, DateOf(text, word).Value);

    [Theory]
    [InlineData("Aides said the senator had voted against the bill in 1998.", "said", "in 1998", "2022-11-06", "dateline")]
    [InlineData("On Tuesday, aides said the senator had voted against the bill in 1998.", "said", "in 1998", "2022-11-01", "timex")]
    public void DateAt_IgnoresDatesInsideTheExcludedContent(string text, string cue, string contentTail, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int offset = text.IndexOf(cue, StringComparison.Ordinal);
        int contentStart = offset + cue.Length + 1;
        int contentEnd = text.IndexOf(contentTail, StringComparison.Ordinal) + contentTail.Length;
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(offset), offset, contentStart, contentEnd));
        Assert.Equal("1998", EventDating.DateAt(doc, doc.SentenceAt(offset), offset).Value);
    }

    [Theory]
    [InlineData("The ministers met recently and talked for three days.", "met")]
    [InlineData("Talks will continue in the future.", "continue")]
    public void DateAt_IgnoresVagueValuesAndDurations(string text, string word) =>
        Assert.Equal(("2022-11-06", "dateline"), DateOf(text, word));

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(99, 5)]
    [InlineData(0, -40)]
    [InlineData(0, 100000)]
    public void DateAt_OutOfRange_FallsBackToDateline(int sentence, int offset)
    {
        var doc = TemporalExpressionSpecTests.Analyze("Talks began on Oct. 3.", new DateOnly(2022, 11, 6));
        var (value, basis) = EventDating.DateAt(doc, sentence, offset);
        Assert.Equal(sentence == 0 ? "2022-10-03" : "2022-11-06", value);
        Assert.Equal(sentence == 0 ? "timex" : "dateline", basis);
    }

    [Theory]
    [InlineData("The senator will release his 2014 return on Friday, aides said.", "release", "2022-11-04")]
    [InlineData("The board agreed to settle a 1981 claim against the port.", "settle", "2022-11-06")]
    [InlineData("Ties soured during the 2012 race, when the envoy visited Paris.", "soured", "2012")]
    [InlineData("The author wrote in his 1990 memoir that he had been a good student.", "wrote", "1990")]
    [InlineData("Senators introduced a bill to punish breaches of last year's arms deal.", "introduced", "2022-11-06")]
    [InlineData("The rebels fought hard in last year's offensive.", "fought", "2021")]
    public void DateAt_PassesOverAYearThatNamesAThing(string text, string word, string value) =>
        Assert.Equal(value, DateOf(text, word).Value);

    [Theory]
    [InlineData("Two women who survived a shooting last year, made a call for unity on Wednesday.", "made", "2022-11-02")]
    [InlineData("The mayor, who was elected in 2008, criticized the plan.", "criticized", "2022-11-06")]
    [InlineData("The senator pledged to close the prisons, after he introduced a bill last month.", "pledged", "2022-11-06")]
    [InlineData("The firm bought the hotel in 2012 and has invested in repairs since.", "invested", "2022-11-06")]
    [InlineData("The senator has denounced the attacks, saying so in an interview on Saturday.", "denounced", "2022-11-05")]
    [InlineData("The senator has denounced the attacks, telling a radio host on Thursday that they must stop.", "denounced", "2022-11-03")]
    [InlineData("The firm bought the hotel in 2012 and invested in repairs.", "invested", "2012")]
    [InlineData("The gunmen, radicalized since Sept. 11, 2001, attacked the office.", "attacked", "2022-11-06")]
    [InlineData("The pastor, held prisoner since 2012, met the envoy last month.", "met", "2022-10")]
    public void DateAt_PassesOverADateInAnotherClause(string text, string word, string value) =>
        Assert.Equal(value, DateOf(text, word).Value);

    [Theory]
    [InlineData("The mayor proposed a debate on Nov. 20, but the rival rejected the offer.", "rejected", true, "2022-11-06")]
    [InlineData("The mayor proposed a debate on Nov. 20, but the rival rejected the offer.", "rejected", false, "2022-11-20")]
    [InlineData("The mayor proposed a debate on Nov. 2, but the rival rejected the offer.", "rejected", true, "2022-11-02")]
    public void DateAt_TakesNoDateAfterTheArticleForWhatHappened(string text, string word, bool happened, string value) =>
        Assert.Equal(value, DateOf(text, word, happened).Value);

    [Theory]
    [InlineData("2022-W43", "2022-10-24")]
    [InlineData("2022-W43-WE", "2022-10-29")]
    [InlineData("2022-Q3", "2022-07-01")]
    [InlineData("2022-H2", "2022-07-01")]
    [InlineData("2022-SU", "2022-06-01")]
    [InlineData("2022-10-03TMO", "2022-10-03")]
    [InlineData("2022-10", "2022-10-01")]
    [InlineData("2022", "2022-01-01")]
    [InlineData("199", "1990-01-01")]
    [InlineData("PRESENT_REF", null)]
    [InlineData("P3D", null)]
    [InlineData("2022-W60", null)]
    [InlineData("2022-13", null)]
    public void EarliestDay_ReadsTheFirstDayOfAValue(string value, string? first) =>
        Assert.Equal(first is null ? null : DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), EventDating.EarliestDay(value));

    [Theory]
    [InlineData("The union's board endorsed the mayor in October. Most members backed the choice, its leader said at the time.", "backed", "2022-10", "previous")]
    [InlineData("The union's board endorsed the mayor in October. She has called for higher wages ever since.", "called", "2022-11-06", "dateline")]
    [InlineData("The union's board endorsed the mayor in October. They would mobilize every member.", "mobilize", "2022-11-06", "dateline")]
    [InlineData("The union's board endorsed the mayor in October. He said he is open to talks.", "said", "2022-10", "previous")]
    public void DateAt_CarriesAStoryOnOnlyInThePastOrWhenTheTextSaysSo(string text, string word, string value, string basis) =>
        Assert.Equal((value, basis), DateOf(text, word));

    [Theory]
    [InlineData("The former governor told a newspaper last week she would back the mayor.\n\n\u201cI am ashamed of him,\u201d she said.", "2022-W43", "previous")]
    [InlineData("Senator Ames was emphatic on Tuesday when he spoke to reporters.\n\n\u201cWe will win,\u201d Ames said.", "2022-11-01", "previous")]
    [InlineData("Senator Ames was emphatic on Tuesday when he spoke to reporters.\n\n\u201cWe will win,\u201d Mayor Bo said.", "2022-11-06", "dateline")]
    [InlineData("The senator toured a farm on Tuesday.\n\n\u201cWe will win,\u201d he said.", "2022-11-06", "dateline")]
    public void DateAt_DatesAQuoteGoingOnFromReportedSpeechByThatSpeech(string text, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int contentStart = text.IndexOf('\u201c', StringComparison.Ordinal);
        int contentEnd = text.IndexOf('\u201d', StringComparison.Ordinal) + 1;
        int cue = text.IndexOf("said", contentEnd, StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(cue), cue, contentStart, contentEnd, happened: true));
    }

    [Theory]
    [InlineData("The senator called the group abhorrent in a tweet Saturday and urged others to follow.", "called", "2022-11-05")]
    [InlineData("The agency disclosed that it asked for the return of the files in a letter Friday to the court.", "disclosed", "2022-11-06")]
    [InlineData("The senator said \u201cmy remarks in a speech last July were misread\u201d to reporters.", "said", "2022-11-06")]
    public void DateAt_DatesAStatementByTheMediumItCameIn(string text, string cue, string value)
    {
        // The reported words run from after the cue to the sentence's end, as the quote stage sometimes takes them.
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int offset = text.IndexOf(cue, StringComparison.Ordinal);
        Assert.Equal(value, EventDating.DateAt(doc, doc.SentenceAt(offset), offset, offset + cue.Length + 1, text.Length - 1, happened: true).Value);
    }
}
