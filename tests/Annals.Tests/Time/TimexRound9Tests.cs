namespace Annals.Tests.Time;

/// <summary>
/// Hedged counts of minutes and hours, a count in apposition to a date ("October 2014, just eight months later"),
/// and the two sides of midnight ("shortly before midnight", "just after midnight").
/// </summary>
public class TimexRound9Tests
{
    private static (string Text, string Value)[] Found(string text, string date) => TimexTestDocuments.TextsAndValues(text, date);

    [Theory]
    [InlineData("The aide posted at 9:15 a.m. Friday. Less than 30 minutes later, the senator replied.", "Less than 30 minutes later", "2016-05-06T09:45")]
    [InlineData("The aide posted at 9:15 a.m. Friday. About 20 minutes later, the senator replied.", "About 20 minutes later", "2016-05-06T09:35")]
    [InlineData("The aide posted at 9:15 a.m. Friday. Nearly two hours later, the senator replied.", "Nearly two hours later", "2016-05-06T11:15")]
    [InlineData("The aide posted at 9:15 a.m. Friday. More than an hour earlier, the senator had called.", "More than an hour earlier", "2016-05-06T08:15")]
    public void HedgedMinutesOrHours_AfterAClock_MoveTheClockNotTheDay(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-05-06"));
    }

    [Theory]
    [InlineData("The aide posted on May 5. Less than 30 minutes later, the senator replied.", "Less than 30 minutes later", "PT30M")]
    [InlineData("The aide posted Thursday. Nearly two hours later, the senator replied.", "Nearly two hours later", "PT2H")]
    [InlineData("The aide posted Friday morning. About 40 minutes later, the senator replied.", "About 40 minutes later", "PT40M")]
    public void HedgedMinutesOrHours_WithNoClock_StayALength(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-05-06"));
    }

    [Theory]
    [InlineData("The protests peaked in February 2014. When the cabinet called elections for October 2014, just eight months later, he returned.", "eight months later", "2014-10")]
    [InlineData("The treaty was signed in 1990. The wall fell in 1992, two years later, and trade grew.", "two years later", "1992")]
    [InlineData("The fire began on May 2. Crews contained it on May 5, three days later.", "three days later", "2016-05-05")]
    public void CountSetOffByCommas_AfterADate_IsThatDate(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-08-02"));
    }

    [Theory]
    [InlineData("The firm opened in 2010, three years later it closed.", "three years later", "2013")]
    [InlineData("The deal was signed on May 2. Three days later, it collapsed.", "Three days later", "2016-05-05")]
    public void CountNotInApposition_StillCountsFromTheLastDate(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-08-02"));
    }

    [Theory]
    [InlineData("Shortly before midnight, the challenger held a wide lead.", "2016-02-10TNI")]
    [InlineData("On Tuesday the polls closed. Just before midnight, the count was done.", "2016-02-09TNI")]
    public void BeforeMidnight_IsTheNightOfTheDay_TNI(string text, string value)
    {
        Assert.Contains(("midnight", value), Found(text, "2016-02-10"));
    }

    [Theory]
    [InlineData("On Tuesday the polls closed. Shortly after midnight, the count was done.", "2016-02-10T00:00")]
    [InlineData("The nomination was made shortly after midnight in a statement.", "2016-02-10T00:00")]
    [InlineData("The rule will take effect just after midnight.", "2016-02-11T00:00")]
    public void AfterMidnight_IsTheNextDaysFirstHour_T0000(string text, string value)
    {
        Assert.Contains(("midnight", value), Found(text, "2016-02-10"));
    }

    [Theory]
    [InlineData("The offer was set to expire at midnight Friday.", "midnight Friday", "2016-02-12T24:00")]
    [InlineData("The talks ran until midnight.", "midnight", "2016-02-10T24:00")]
    public void MidnightWithNoSide_StaysTheDaysEnd_T2400(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-02-10"));
    }

    [Theory]
    [InlineData("Shortly before midnight, the challenger led. Four hours earlier, the polls had closed.", "Four hours earlier", "2016-02-10T20:00")]
    public void BeforeMidnight_StillAnchorsClockCounts(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-02-10"));
    }

    [Theory]
    [InlineData("Talks began on Thursday. The mayor spoke the day after a gunman opened fire at a club.", "the day after", "XXXX-XX-XX")]
    [InlineData("Talks began on Thursday. Her remarks came the day after Republicans closed their convention.", "the day after", "XXXX-XX-XX")]
    [InlineData("The vote is on Tuesday. He campaigned hard the day before they head to the polls.", "the day before", "XXXX-XX-XX")]
    public void DayAfterAClauseOrANewEvent_IsNotCountedFromTheLastDate(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-07-11"));
    }

    [Theory]
    [InlineData("The doctor was shot on July 3. Two men came to his house the day after his death.", "the day after", "2016-07-04")]
    [InlineData("The senator was endorsed on Wednesday. He was endorsed the day before by a rival.", "the day before", "2016-07-05")]
    [InlineData("They met on Wednesday. The day after, talks broke down.", "The day after", "2016-07-07")]
    public void DayAfterADefiniteEventOrNothing_CountsFromTheLastDate(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-07-11"));
    }

    [Theory]
    [InlineData("The judge read out the sentence. What happened that day in the courtroom?", "that day", "XXXX-XX-XX")]
    [InlineData("The verdict came down. That night, I could barely stop smiling as I called my family.", "That night", "XXXX-XX-XXTNI")]
    [InlineData("The heat index reached 109. That evening, storms rolled through.", "That evening", "XXXX-XX-XXTEV")]
    public void ThatDay_InThePastWithNoDateTold_IsAnUnknownDay_XXXX(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2015-11-19"));
    }

    [Theory]
    [InlineData("The senator will speak that day.", "that day", "2015-11-19")]
    [InlineData("So on the same day that the paper reports the subpoenaed files, nobody asks.", "the same day", "2015-11-19")]
    [InlineData("The hearing was on Monday. That night, he celebrated.", "That night", "2015-11-16TNI")]
    public void ThatDay_AheadOrAfterADate_KeepsItsAnchor(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2015-11-19"));
    }
}
