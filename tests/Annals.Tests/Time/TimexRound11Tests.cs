namespace Annals.Tests.Time;

/// <summary>
/// The eleventh round follows the written TIMEX3 conventions (TimeML 1.2.1 and the TIDES temporal annotation manual)
/// rather than one corpus's habits. Extent: a time that only qualifies the noun after it ("the 14-day waiting period",
/// "the 2012 election") leaves the article to that noun. Value: a quarter or half told in the future is the one ahead
/// once the last of that name is long reported ("sales will rise in the fourth quarter" in March). Holidays are
/// markable dates: fixed ones, the n-th weekday ones and the Easter cycle. A time inside a proper name is not marked.
/// </summary>
public class TimexRound11Tests
{
    private static (string Text, string Value)[] Found(string text, string date) => TimexTestDocuments.TextsAndValues(text, date);

    [Theory]
    [InlineData("The government called the 14-day waiting period unfair.", "14-day", "P14D")]
    [InlineData("The five-year plan was approved by the board.", "five-year", "P5Y")]
    [InlineData("A major factor in the third-quarter loss was a charge.", "third-quarter", "2012-Q3")]
    [InlineData("The year-earlier results were restated.", "year-earlier", "2012")]
    [InlineData("He cited the 2012 election as a warning.", "2012", "2012")]
    [InlineData("He cited the March 3 vote as a warning.", "March 3", "2013-03-03")]
    [InlineData("He attended the Monday meeting with the mayor.", "Monday", "2013-03-18")]
    public void TimeQualifyingANoun_LeavesTheArticleOut(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2013-03-22"));
    }

    [Theory]
    [InlineData("Profit rose in the year-earlier quarter.", "the year-earlier quarter")]
    [InlineData("Net fell from $3 million in the 2012 period.", "the 2012")]
    [InlineData("Arrests dropped in the 2012 fiscal year, officials said.", "the 2012")]
    [InlineData("The inquiry is approaching the two-year mark.", "the two-year")]
    [InlineData("Each index is based on the close of 1969 equaling 100.", "the close of 1969")]
    [InlineData("The talks began the day after Tuesday's vote.", "the day after Tuesday")]
    [InlineData("Officials met the Monday before the vote.", "the Monday")]
    [InlineData("Critics say the 1990s went well for the party.", "the 1990s")]
    public void TimeThatIsItsOwnNounPhrase_KeepsTheArticle(string text, string span)
    {
        Assert.Contains(Found(text, "2013-03-22"), f => f.Text == span);
    }

    [Theory]
    [InlineData("2013-03-22", "Sales will rise in the fourth quarter.", "the fourth quarter", "2013-Q4")]
    [InlineData("2013-03-22", "Sales will rise in the third quarter.", "the third quarter", "2013-Q3")]
    [InlineData("2013-03-22", "Profit will grow in the second half, the company said.", "the second half", "2013-H2")]
    public void PeriodToldInTheFuture_LongAfterTheLastOfItsName_IsAhead(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("2013-03-22", "Sales rose in the fourth quarter.", "the fourth quarter", "2012-Q4")]
    [InlineData("2013-03-22", "The company will report fourth-quarter results next week.", "fourth-quarter", "2012-Q4")]
    [InlineData("2013-03-22", "The company will report results for the fourth quarter next week.", "the fourth quarter", "2012-Q4")]
    [InlineData("2013-11-05", "Analysts say profit will fall in the third quarter.", "the third quarter", "2013-Q3")]
    public void PeriodReportedOrJustOver_StaysThePastOne(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("The parade was held on St. Patrick's Day.", "St. Patrick's Day", "2013-03-17")]
    [InlineData("The pope will speak on Palm Sunday.", "Palm Sunday", "2013-03-24")]
    [InlineData("The store opened on Ash Wednesday.", "Ash Wednesday", "2013-02-13")]
    [InlineData("The store will open on Mother's Day.", "Mother's Day", "2013-05-12")]
    [InlineData("The store opened on Presidents' Day.", "Presidents' Day", "2013-02-18")]
    [InlineData("A truck hit a crowd celebrating Bastille Day in Nice.", "Bastille Day", "2012-07-14")]
    public void Holiday_IsItsDate(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2013-03-22"));
    }

    [Theory]
    [InlineData("He read the story in the Sunday Times and later in the Sunday Telegraph.", "Sunday")]
    [InlineData("The claim was first made by the Mail on Sunday in a long report.", "Sunday")]
    [InlineData("Israel captured the territory during the Six-Day War, and it has held it since.", "Six-Day")]
    [InlineData("Britain and France fought in the Seven Years' War over their colonies in the north.", "Seven Years")]
    [InlineData("The Tuesday Morning chain closed stores across the country last year.", "Tuesday Morning")]
    public void TimeInsideAProperName_IsNotMarked(string text, string word)
    {
        Assert.DoesNotContain(Found(text, "2013-03-22"), f => f.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On Sunday Merkel said she would stay in office.", "Sunday", "2013-03-17")]
    [InlineData("The two-day talks in Geneva ended without any deal.", "two-day", "P2D")]
    public void TimeBeforeAName_IsStillMarked(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2013-03-22"));
    }

    [Theory]
    [InlineData("The current spending law expires on Sept. 30.", "Sept. 30", "2013-09-30")]
    [InlineData("The new rule takes effect on Jan. 1.", "Jan. 1", "2014-01-01")]
    [InlineData("His term expires in January.", "January", "2014-01")]
    [InlineData("The trial begins in October.", "October", "2013-10")]
    public void TimetableInThePresent_LooksAhead(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2013-03-22"));
    }

    [Theory]
    [InlineData("The rule took effect on Jan. 1.", "Jan. 1", "2013-01-01")]
    [InlineData("The trial began in October.", "October", "2012-10")]
    public void TimetableInThePast_LooksBack(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2013-03-22"));
    }

    [Theory]
    [InlineData("One day, he will win the race.", "FUTURE_REF")]
    [InlineData("One day, he went to the bank and asked for a loan.", "PAST_REF")]
    public void OneDayOpeningASentence_IsAnUnknownDayByItsVerb(string text, string value)
    {
        Assert.Contains(("One day", value), Found(text, "2013-03-22"));
    }

    [Theory]
    [InlineData("The company makes 30,000 cars a year.", "a year", "P1Y")]
    [InlineData("The plant adds 200 jobs a month.", "a month", "P1M")]
    public void ShortPluralBeforeARate_IsASet(string text, string span, string value)
    {
        Assert.Contains((span, "SET", value), TimexTestDocuments.Found(text, new DateOnly(2013, 3, 22)));
    }

    [Theory]
    [InlineData("He was elected in 2010. The year before, he had lost.", "The year before", "2009")]
    [InlineData("He was elected in March 2010. The month before, he had lost.", "The month before", "2010-02")]
    [InlineData("Sales fell to $300 million last year, down from $450 million the year before.", "the year before", "2011")]
    [InlineData("The shops were busy in the week before Christmas.", "the week before Christmas", "2012-W51")]
    public void PeriodBeforeOrAfter_StandingAlone_CountsFromTheLastDate(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2013-03-22"));
    }

    [Theory]
    [InlineData("Support grew in the week before the convention opened.", "the week before")]
    [InlineData("She was named the night before voters went to the polls.", "the night before")]
    public void PeriodBeforeAnUndatedEvent_IsNotCountedFromTheArticle(string text, string span)
    {
        Assert.DoesNotContain(Found(text, "2013-03-22"), f => f.Text == span);
    }

    [Theory]
    [InlineData("2013-03-22", "Results are expected at the weekend.", "2013-W12-WE")]
    [InlineData("2013-03-22", "The talks broke down over the weekend.", "2013-W11-WE")]
    [InlineData("2013-03-20", "The talks broke down over the weekend.", "2013-W11-WE")]
    public void TheWeekend_WithNoTense_OnAFriday_IsTheComingOne(string date, string text, string value)
    {
        Assert.Contains(("the weekend", value), Found(text, date));
    }

    [Theory]
    [InlineData("Elections are held every few years.", "every few years", "PXY")]
    [InlineData("He visits the coast every summer.", "every summer", "XXXX-SU")]
    [InlineData("The board meets three times a week.", "three times a week", "P1W")]
    [InlineData("The board meets 10 times a year.", "10 times a year", "P1Y")]
    public void Recurrence_IsASetOverItsWholeExtent(string text, string span, string value)
    {
        Assert.Contains((span, "SET", value), TimexTestDocuments.Found(text, new DateOnly(2013, 3, 22)));
    }

    [Theory]
    [InlineData("He stayed in the city for two and a half years.", "two and a half years", "P2Y6M")]
    [InlineData("The talks lasted three and a half hours.", "three and a half hours", "PT3H30M")]
    [InlineData("\"It's been seven-and-a-half years,\" the senator said.", "seven-and-a-half years", "P7Y6M")]
    public void CountAndAHalf_IsOneDuration(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2013-03-22"));
    }
}
