namespace Annals.Tests.Time;

/// <summary>
/// Expressions a read of real news found missing: lengths with no number, years in lists, ranges and after a
/// possessor (article date 2022-11-06, a Sunday).
/// </summary>
public class TemporalExpressionRecallTests
{
    private const string Date = "2022-11-06";

    private static void AssertFound(string text, string span, string value) => TimexTestDocuments.AssertFound(text, Date, span, value);

    private static (string Text, string Type, string Value)[] Found(string text) =>
        TimexTestDocuments.Found(text, DateOnly.Parse(Date, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("Over the years, the talks have grown tense.", "the years", "PXY")]
    [InlineData("In the years that followed, the rebels fought on.", "the years", "PXY")]
    [InlineData("The feud has simmered over the decades.", "the decades", "PXY")]
    [InlineData("After months of talks, the two sides agreed.", "months", "PXM")]
    [InlineData("The merger follows weeks of bargaining.", "weeks", "PXW")]
    [InlineData("Despite years of war, the city grew.", "years", "PXY")]
    [InlineData("The deadline is just weeks away.", "just weeks", "PXW")]
    [InlineData("The envoys spent months drafting the plan.", "months", "PXM")]
    public void Recognizer_ReadsALengthWithNoNumber(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("In the days before the vote, the mayor hid.")]
    [InlineData("He recalled the days of the old regime.")]
    public void Recognizer_LeavesDaysThatPointAtATime(string text) =>
        Assert.DoesNotContain(Found(text), f => f.Value == "PXD");

    [Theory]
    [InlineData("The conflict has dragged on for nearly half a century.", "nearly half a century", "P50Y")]
    [InlineData("The shooting lasted half an hour.", "half an hour", "PT30M")]
    [InlineData("The sanctions ran for half a decade.", "half a decade", "P5Y")]
    [InlineData("The port has been closed for a half-century.", "a half-century", "P50Y")]
    [InlineData("The statement came a half-hour before the vote.", "a half-hour", "PT30M")]
    [InlineData("The border was drawn half a century ago.", "half a century ago", "1972")]
    [InlineData("The system emerged more than a half-century ago.", "more than a half-century ago", "1972")]
    public void Recognizer_ReadsHalfOfOneUnit(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("She was foreign minister from 2009-2013.", "2009-2013", "2009")]
    [InlineData("He spoke at the 2004 and 2008 conventions.", "2008", "2008")]
    [InlineData("He won the primary in 1988 and 1992 with ease.", "1992", "1992")]
    [InlineData("The speech borrowed from the senator's 2008 address.", "2008", "2008")]
    [InlineData("The end of 2015 left the race open.", "The end of 2015", "2015")]
    public void Recognizer_ReadsYearsInListsRangesAndAfterAPossessor(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Between 1000 and 2000 people came to the rally.", "2000")]
    [InlineData("The company cut 1999 jobs last year.", "1999")]
    public void Recognizer_LeavesCountsThatLookLikeYears(string text, string value) =>
        Assert.DoesNotContain(Found(text), f => f.Value == value);

    [Theory]
    [InlineData("He once ran a rival firm. Now, he works for the campaign.", "Now", "PRESENT_REF")]
    [InlineData("Trump Is Now Calling The Senator A Liar", "Now", "PRESENT_REF")]
    [InlineData("Both men have risen in the polls of late.", "of late", "PAST_REF")]
    public void Recognizer_ReadsNarrativeNowAndOfLate(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The riots in January of last year shook the capital.", "January of last year", "2021-01")]
    [InlineData("Prices have fallen since June of this year.", "June of this year", "2022-06")]
    public void Recognizer_ReadsAMonthOfARelativeYearAsOne(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The senator told NBC's Today show that he would run.")]
    [InlineData("She is the new ''Today'' anchor.")]
    [InlineData("The senator visited NBC’s “Today” to explain his remark.")]
    [InlineData("She landed a job on ''Today.'' Her sister did too.")]
    public void Recognizer_LeavesTheMorningProgrammeToday(string text) =>
        Assert.DoesNotContain(Found(text), f => f.Value == Date);

    [Theory]
    [InlineData("Imagine a tomorrow where every child can read.", "tomorrow", "FUTURE_REF")]
    [InlineData("He bears no likeness to the ''angry pundit'' of today.", "today", "PRESENT_REF")]
    public void Recognizer_ReadsTodayAndTomorrowAsNounsOfAnAge(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("He said today that he would run.", "today", "2022-11-06")]
    [InlineData("Today, the senator said he would run.", "Today", "2022-11-06")]
    public void Recognizer_KeepsTodayOutsideTheProgrammesName(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Months ago, the chairman refused to answer.", "Months ago", "PAST_REF")]
    [InlineData("Just days ago, the envoy praised the plan.", "Just days ago", "PAST_REF")]
    [InlineData("The aides reached out weeks ago.", "weeks ago", "PAST_REF")]
    [InlineData("The mill closed decades ago.", "decades ago", "PAST_REF")]
    public void Recognizer_ReadsAgoAfterAUnitWithNoNumberAsAPastReference(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The ministry will soon publish the draft.", "soon", "FUTURE_REF")]
    [InlineData("The firm expects its exports to soon double.", "soon", "FUTURE_REF")]
    [InlineData("The envoy may soon visit the border town.", "soon", "FUTURE_REF")]
    [InlineData("The union soon will decide on the strike.", "soon", "FUTURE_REF")]
    [InlineData("Prices are not falling anytime soon.", "soon", "FUTURE_REF")]
    [InlineData("I don't see that changing any time soon.", "soon", "FUTURE_REF")]
    public void Recognizer_ReadsSoonInAClauseThatLooksAhead(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The council wants an answer as soon as possible.")]
    [InlineData("The trickle of money soon became a flood.")]
    [InlineData("The driver was soon released by the police.")]
    [InlineData("It is too soon to say who won.")]
    [InlineData("The talks began soon after the ceasefire.")]
    [InlineData("As the aides would soon learn, the plan had failed.")]
    public void Recognizer_LeavesSoonThatTellsNoTimeAhead(string text) =>
        Assert.DoesNotContain(Found(text), f => f.Value == "FUTURE_REF");

    [Theory]
    [InlineData("In the capital, today is the eighth day of the blockade.", "the eighth day", "2022-11-06")]
    [InlineData("It's the second day of an offensive by the army.", "the second day", "2022-11-06")]
    public void Recognizer_ReadsTheNthDayOfSomethingToldInThePresentAsToday(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("It was the first day of the trial.")]
    public void Recognizer_LeavesTheNthDayOfSomethingPast(string text) => Assert.Empty(Found(text));

    [Theory]
    [InlineData("Posted at 10:47PMPost-Debate chat.", "10:47PM", "2022-11-06T22:47")]
    [InlineData("Posted Nov. 4, 2022 9:52PMBush spoke.", "9:52PM", "2022-11-04T21:52")]
    public void Recognizer_EndsAClockRunTogetherWithAWordAtItsAmOrPm(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Posted at 10:47xy by the desk.")]
    public void Recognizer_SkipsAClockWithAnUnknownSuffix(string text) => Assert.Empty(Found(text));

    [Theory]
    [InlineData("The polls closed at 6:00p.m. in the east.", "6:00p", "2022-11-06T18:00")]
    [InlineData("The polls closed at 10:47PM in the east.", "10:47PM", "2022-11-06T22:47")]
    public void Recognizer_ReadsAClockWithItsSuffixGlued(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("He was elected in 2010 and lost the next year.", "the next year", "2011")]
    [InlineData("They met in May 2009 and again the next month.", "the next month", "2009-06")]
    [InlineData("The firm was founded in 2010. It will hire 500 people over the next year.", "the next year", "2023")]
    [InlineData("The talks began in 2010. The report is due in the next month.", "the next month", "2022-12")]
    public void Recognizer_ReadsTheNextYearAsAnaphoricOnlyAsAnAdverb(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The day after the primary, the governor called the lines a disgrace.", "The day after", "XXXX-XX-XX")]
    [InlineData("The vote was held on Oct. 12. The day after the vote, the governor resigned.", "The day after", "2022-10-13")]
    [InlineData("The senator spoke on Tuesday. The day before, he met donors.", "The day before", "2022-10-31")]
    public void Recognizer_LeavesADayNextToAnUndatedEventUndated(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("She offers only the rhetoric of yesterday.", "yesterday", "PAST_REF")]
    [InlineData("We must solve the problems of today, not of the past.", "today", "PRESENT_REF")]
    [InlineData("They are the leaders of tomorrow.", "tomorrow", "FUTURE_REF")]
    [InlineData("The offer stands as of today.", "today", "2022-11-06")]
    [InlineData("The results of today's vote are due.", "today", "2022-11-06")]
    public void Recognizer_ReadsTodayOfAnAgeAsAVagueTime(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Posted by 5ptsmoderatorFeaturedNovember 4, 2022 9:52PMBush spoke.", "November 4, 2022", "2022-11-04")]
    [InlineData("Posted by 5ptsmoderatorFeaturedNovember 4, 2022 9:52PMBush spoke.", "9:52PM", "2022-11-04T21:52")]
    public void Recognizer_ReadsAMonthRunTogetherWithTheWordsBefore(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The Mayday parade and the AprilFools page drew crowds.")]
    public void Recognizer_LeavesWordsThatOnlyEndLikeAMonth(string text) => Assert.Empty(Found(text));

    [Theory]
    [InlineData("Here is the senator in December 1992: she spoke of change.", "December 1992", "1992-12")]
    [InlineData("He said back in the summer of 2015: it is a mistake.", "the summer of 2015", "2015-SU")]
    public void Recognizer_ReadsAYearBeforeAColon(string text, string span, string value) => AssertFound(text, span, value);
}
