namespace Annals.Tests.Time;

/// <summary>
/// The twelfth round reads modern news by the TimeML and TIDES guidelines: "the day after the primary" counts from the
/// day the story gave that event, whatever dates came between.
/// </summary>
public class TimexRound12Tests
{
    private static (string Text, string Value)[] Found(string text, string date) => TimexTestDocuments.TextsAndValues(text, date);

    [Theory]
    [InlineData("Voters waited for hours on March 22 during the state primaries. The suit was filed on Friday. The day after the primary, the governor called the lines unacceptable.", "The day after", "2016-03-23")]
    [InlineData("The Feb. 1 Iowa caucuses were close. On Feb. 5, he rested. The day before the Iowa caucuses, the senator spoke in Ames.", "The day before", "2016-01-31")]
    [InlineData("The club shooting on June 12 shocked the city. Two rallies were held on Thursday. The senator spoke the day after the shooting.", "the day after", "2016-06-13")]
    public void DayNextToAnEventTheStoryDated_CountsFromThatEventsDay(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-04-15"));
    }

    [Theory]
    [InlineData("The board met on March 3. The day after the vote, the mayor resigned.", "The day after", "2016-03-04")]
    [InlineData("The mayor spoke on Thursday. The day after a gunman opened fire at a club, the mayor resigned.", "The day after", "XXXX-XX-XX")]
    public void DayNextToAnEventNotDated_KeepsTheEarlierReading(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-04-15"));
    }

    [Theory]
    [InlineData("2016-05-19", "A plane crashed on Thursday. The dead man's school confirmed on Facebook Friday that he had been aboard.", "Friday", "2016-05-20")]
    [InlineData("2016-03-16", "The agency declared on Thursday that the mayor had won the recount.", "Thursday", "2016-03-17")]
    [InlineData("2016-01-05", "The watchdog's director said in a statement Wednesday that the test broke the treaty.", "Wednesday", "2016-01-06")]
    [InlineData("2016-03-16", "On Thursday, the senator told reporters that he would not seek a recount.", "Thursday", "2016-03-17")]
    [InlineData("2016-05-15", "The host told NBC's \u201cGood Morning Ohio\u201d on Monday that the talk was cordial.", "Monday", "2016-05-16")]
    public void SayingOnTheDayAfterThePapersDate_IsThatDay(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("2016-08-06", "The questions arose after an interview that aired Sunday.", "Sunday", "2016-07-31")]
    [InlineData("2015-12-09", "The site found the post and removed it on Thursday.", "Thursday", "2015-12-03")]
    [InlineData("1991-12-03", "The aide was told Wednesday that he had lost the cabinet.", "Wednesday", "1991-11-27")]
    [InlineData("2015-12-08", "The poll of 1,000 voters was taken Wednesday through Sunday.", "Wednesday", "2015-12-02")]
    public void EventOrPassiveOnTheDayAfterThePapersDate_StaysAWeekBack(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("Club dues were $900 a year. Today, the same membership costs $4,000.", "Today", "PRESENT_REF")]
    [InlineData("His uncle ran a bakery for decades. Today, his cousin serves as the mayor's aide.", "Today", "PRESENT_REF")]
    [InlineData("They cannot find work. And today, the right to work is the right to live.", "today", "PRESENT_REF")]
    [InlineData("Most voters think the economy today is weak.", "today", "PRESENT_REF")]
    [InlineData("Many say kids today face more stress at school.", "today", "PRESENT_REF")]
    [InlineData("Cities once ran their own banks. But even today, the island keeps its funds in one place.", "today", "PRESENT_REF")]
    [InlineData("Her aides say she is just as strong today as she was a year ago.", "today", "PRESENT_REF")]
    [InlineData("The motto is as true today as it was in 1990.", "today", "PRESENT_REF")]
    public void TodayMeaningNowadays_IsThePresent(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-03-04"));
    }

    [Theory]
    [InlineData("Today, I am here to tell you we have a suspect.", "Today", "2016-03-04")]
    [InlineData("Today, crowds are gathering outside the court.", "Today", "2016-03-04")]
    [InlineData("Today, hundreds of pilgrims began to arrive.", "Today", "2016-03-04")]
    [InlineData("Today, the Senate will vote on the bill.", "Today", "2016-03-04")]
    [InlineData("The governor's decision today is a relief to the town.", "today", "2016-03-04")]
    [InlineData("Today is a sad day for the city.", "Today", "2016-03-04")]
    [InlineData("The mayor did not even today say what she wants.", "today", "2016-03-04")]
    [InlineData("The senator will speak in Ohio today as the polls open.", "today", "2016-03-04")]
    public void TodayOfTheArticle_StaysItsDay(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-03-04"));
    }

    [Theory]
    [InlineData("He recalled the fire. That night, he could not sleep.", "That night", "XXXX-XX-XXTNI")]
    [InlineData("That evening he called his mother from the station.", "That evening", "XXXX-XX-XXTEV")]
    [InlineData("The senator will speak at a dinner. That night, he will also meet donors.", "That night", "2016-03-04TNI")]
    [InlineData("That night could decide the race.", "That night", "2016-03-04TNI")]
    public void ThatNightWithNoDateToldBefore_IsUndatedInThePast(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-03-04"));
    }

    [Theory]
    [InlineData("2016-08-24", "The firm gave $5,000 to the fund on June 27, 2014. Its owner registered it in 2010. Five other gifts reached the fund that same day.", "that same day", "2014-06-27")]
    [InlineData("2015-11-04", "The mogul leads the 2016 race in Iowa. The same day, the senator spoke in Ohio.", "The same day", "XXXX-XX-XX")]
    [InlineData("2016-01-16", "He ran the agency during the 2012 attack. The guards at the base that night were few.", "that night", "2012")]
    [InlineData("2016-03-04", "In 2010, he founded the firm. That same day, he hired a lawyer.", "That same day", "2010")]
    public void SameDayAfterAYear_TakesTheLastDayToldOrNone(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("The council faces a Monday deadline to pass a budget.", "2016-03-07")]
    [InlineData("The judge set a Monday deadline for the filing.", "2016-03-07")]
    [InlineData("The firm missed a Monday deadline to file.", "2016-02-29")]
    [InlineData("Holders tendered 98% of the shares by the Monday deadline.", "2016-02-29")]
    [InlineData("The Monday deadline passed without a deal.", "2016-02-29")]
    public void DeadlineNamedByItsDay_LiesAheadUnlessOver(string text, string value)
    {
        Assert.Contains(("Monday", value), Found(text, "2016-03-04"));
    }

    [Theory]
    [InlineData("Sales will rise this year and next.", "next", "2017")]
    [InlineData("Growth may slow this quarter or next, he said.", "next", "2016-Q2")]
    [InlineData("Prices fell this month and last.", "last", "2016-02")]
    [InlineData("He will travel this week and next to Asia.", "next", "2016-W10")]
    [InlineData("This year and next, the plan holds.", "next", "2017")]
    public void ElidedNextAfterThisPeriod_IsTheNextOfThatUnit(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-03-04"));
    }

    [Theory]
    [InlineData("Sales will rise this year and next month.", "next month", "2016-04")]
    [InlineData("Sales will rise this year and next year.", "next year", "2017")]
    public void NextWithItsOwnNoun_IsReadOnItsOwn(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-03-04"));
    }

    [Theory]
    [InlineData("2016-11-20", "The day after the election, crowds marched downtown.", "The day after", "2016-11-09")]
    [InlineData("2016-11-20", "The day before the presidential election, the senator rested.", "The day before", "2016-11-07")]
    [InlineData("2016-11-20", "The day after the Iowa election, the senator rested.", "The day after", "XXXX-XX-XX")]
    [InlineData("2016-03-20", "The day after the election, crowds marched downtown.", "The day after", "XXXX-XX-XX")]
    public void DayNextToTheGeneralElection_InItsSeason_CountsFromElectionDay(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("The mogul announced his run on June 16, 2015. He spoke in Iowa on July 4. The day after he announced, critics pounced.", "The day after", "2015-06-17")]
    [InlineData("The mayor spoke on Feb. 3. The day after he announced his run, critics pounced.", "The day after", "XXXX-XX-XX")]
    public void DayNextToAClauseTheStoryDated_CountsFromThatDay(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-03-04"));
    }
}
