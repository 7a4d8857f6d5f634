using Annals.Documents;
using Annals.Text;
using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>
/// Years that belong to names (model years, a name brought in by "called"), clocks moved by minutes and hours,
/// "that year" against the article's own year, past-perfect background years, and election night.
/// </summary>
public class TimexRound8Tests
{
    private static (string Text, string Value)[] Found(string text, string date) => TimexTestDocuments.TextsAndValues(text, date);

    private static Timex[] Timexes(string text, DateOnly date) =>
        [.. new TemporalExpressionRecognizer().Run(new TextSegmenter().Run(new AnalyzedDocument(new Article("r", date, text)))).Timexes];

    [Theory]
    [InlineData("Officers said the man's 1991 Chevrolet Cavalier was towed from the lot.", "1991")]
    [InlineData("She was driving a 2012 Ford Focus when the crash happened.", "2012")]
    [InlineData("The suspect fled in a 2009 Toyota pickup with no plates.", "2009")]
    [InlineData("The two set up a trading firm called Meridian 1975 in Ohio.", "1975")]
    [InlineData("The fund paid $8 million for a 1971 Boeing 727 last year.", "1971")]
    [InlineData("The council backed a scheme dubbed \"Harbor 2040\" last week.", "2040")]
    public void Year_InsideAVehicleOrAName_IsNoTime(string text, string year)
    {
        Assert.DoesNotContain(Found(text, "2016-05-03"), f => f.Text.Contains(year, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Aides recalled the 1976 Ford campaign and its debates.", "1976")]
    [InlineData("Workers lost pensions in the 2009 Chrysler bankruptcy.", "2009")]
    [InlineData("Fans still talk of the 1996 Olympics in Atlanta.", "1996")]
    [InlineData("Aides Recall the 1976 Ford Campaign Debates", "1976")]
    public void Year_BeforeAMakerWithNoModel_StaysAYear(string text, string year)
    {
        Assert.Contains(Found(text, "2016-05-03"), f => f.Text.Contains(year, StringComparison.Ordinal) && f.Value == year);
    }

    [Theory]
    [InlineData("On Sept. 11, 2012, at about 10:03 p.m., the team left. More than 40 minutes later, they arrived.", "More than 40 minutes later", "2012-09-11T22:43")]
    [InlineData("At midnight, the count stood still. Four hours earlier, the polls had closed.", "Four hours earlier", "2016-02-10T20:00")]
    [InlineData("The vote closed at 11:30 p.m. Two hours later the result came.", "Two hours later", "2016-02-11T01:30")]
    public void MinutesOrHoursFromAClock_MoveTheClock(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-02-10"));
    }

    [Theory]
    [InlineData("He tweeted Friday afternoon. Less than 30 minutes later, he wrote again.", "Less than 30 minutes later", "PT30M")]
    [InlineData("He tweeted Monday morning. An hour and a half later, his second post went up.", "An hour and a half later", "PT1H30M")]
    public void MinutesOrHoursWithNoClock_StayALength(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-05-06"));
    }

    [Theory]
    [InlineData("Her standing matches the 2008 race, while his support today trails McCain's 62 percent support that year.", "that year", "2008")]
    [InlineData("Bush won in 1988. His approval today is low; it was 53 percent in October of that year.", "October of that year", "1988-10")]
    public void ThatYear_AfterToday_IsTheEarlierYearTold(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-09-07"));
    }

    [Theory]
    [InlineData("On March 19, 2002, the board met in a hall where Jobs had unveiled the Macintosh in 1984. But that morning, workers came.", "that morning", "2002-03-19TMO")]
    public void PastPerfectYear_DoesNotMoveTheStory(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-01-20"));
    }

    [Theory]
    [InlineData("2016-09-20", "Clinton will speak on election night in New York.", "election night", "2016-11-08TNI")]
    [InlineData("2016-11-10", "Trump thanked his staff at an election-night party.", "election-night", "2016-11-08TNI")]
    [InlineData("2017-01-05", "The mood on election night was grim.", "election night", "2016-11-08TNI")]
    public void ElectionNight_InTheGeneralElectionSeason_IsElectionDaysNight(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("2016-07-02", "Clinton won California on election night.")]
    [InlineData("2015-11-20", "He gave a short speech on election night.")]
    public void ElectionNight_OutsideTheSeason_IsLeftUnmarked(string date, string text)
    {
        Assert.DoesNotContain(Found(text, date), f => f.Text.Contains("night", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Even in today's booming merger market, small banks struggle.")]
    [InlineData("Nothing gets done in today's Washington.")]
    [InlineData("Leaders urged people not to blame today's refugees as a group.")]
    [InlineData("That is the reality of today's life on a global basis.")]
    public void TodaysAge_BeforeItsNounAndWordsOfItsOwn_IsLeftUnmarked(string text)
    {
        Assert.DoesNotContain(Found(text, "2016-06-01"), f => f.Text.StartsWith("today", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("He read today's Washington Post over coffee.", "today", "2016-06-01")]
    [InlineData("Today's speech shows the plan is working.", "Today", "2016-06-01")]
    [InlineData("We face the problems of today, not of the past.", "today", "PRESENT_REF")]
    [InlineData("She was at the March on Washington in 1963.", "1963", "1963")]
    public void TodaysThingsOfTheDay_KeepTheirValues(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-06-01"));
    }

    [Theory]
    [InlineData("It was 2015 - not 2014, which is the year he joined the firm.", "the year", "2014")]
    [InlineData("Perhaps 2017 will be the year this gets fixed.", "the year", "2017")]
    [InlineData("Giving rose sharply after 2010, the year the court ruled.", "the year", "2010")]
    [InlineData("The report misstated the year he began buying shares.", "the year", "2016")]
    public void TheYear_InAppositionToAYear_IsThatYear(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-03-17"));
    }

    [Theory]
    [InlineData("The judge ruled that 17-year-olds may vote in the primary.")]
    [InlineData("A poll of 18-to-34-year-olds asked about jobs.")]
    public void AgeOfAGroup_IsNoDuration(string text)
    {
        Assert.Empty(Found(text, "2016-03-11"));
    }

    [Theory]
    [InlineData("We'll see what it comes to a week from tonight.", "a week from tonight", "2016-02-02TNI")]
    [InlineData("The vote is two weeks from today.", "two weeks from today", "2016-02-09")]
    public void LengthFromADay_IsTheDayCountedForward(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-01-26"));
    }

    [Theory]
    [InlineData("In March, an explosion destroyed the clinic.", "March", "2015-03")]
    [InlineData("In February, a federal judge granted the request.", "February", "2015-02")]
    [InlineData("In March, a report will be released.", "March", "2016-03")]
    [InlineData("Polls see her reaching an early May run-off in the vote.", "early May", "2016-05")]
    public void FrontedMonth_TakesTheTenseOfAMainClauseWithAnIndefiniteSubject(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-01-26"));
    }

    [Theory]
    [InlineData("His hiring is part of an upheaval in the morning shows.", "morning")]
    [InlineData("She became a fixture in the evening news.", "evening")]
    public void PartOfDay_NamingAProgramme_IsNoTime(string text, string word)
    {
        Assert.DoesNotContain(Found(text, "2016-05-18"), f => f.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("She spoke in the morning and left by noon.", "the morning", "2016-05-18TMO")]
    public void PartOfDay_BeforeOtherWords_StaysATime(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-05-18"));
    }

    [Theory]
    [InlineData("On Tuesday the rally was held. The vote is next Tuesday. A day earlier, six protesters were arrested.", "A day earlier", "2016-03-28")]
    [InlineData("On Tuesday the rally was held. The vote is next Tuesday. A day earlier, the polls will open.", "A day earlier", "2016-04-04")]
    public void DayCountedBack_InAPastClause_CountsFromTheLastDateThatIsOver(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-03-30"));
    }

    [Theory]
    [InlineData("Imports from 1999 to 2011 cost up to two million jobs.", "2011", "2011")]
    public void EndOfASpanOfYears_IsAYearWhateverFollows(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-03-16"));
    }

    [Theory]
    [InlineData("The couple will travel to Maine this summer.", "this summer", "2016-SU")]
    [InlineData("The firm grew quickly this summer.", "this summer", "2015-SU")]
    [InlineData("The show will open this March.", "this March", "2016-03")]
    [InlineData("Sales rose this March.", "this March", "2015-03")]
    public void ThisSeasonOrMonthThatIsOver_WithAVerbLookingAhead_IsNextYears(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2015-12-21"));
    }

    [Theory]
    [InlineData("Researchers hope one day to harness that power.", "FUTURE_REF")]
    [InlineData("I hope I can be like him one day and show that love.", "FUTURE_REF")]
    [InlineData("In one day, we raised $18,000.", "P1D")]
    [InlineData("There is one day to go until the primary.", "P1D")]
    public void OneDay_HopedForOrClosingAModalClause_IsSomeTimeAhead(string text, string value)
    {
        Assert.Contains(("one day", value), Found(text, "2016-06-05"));
    }

    [Theory]
    [InlineData("13 Hours will cover the crisis in which four Americans died.", "13 Hours", false)]
    [InlineData("48 Hours That Shook The Race", "48 Hours", true)]
    [InlineData("13 hours passed before help came.", "13 hours", true)]
    public void NumberAndCapitalUnit_OpeningProse_IsATitle(string text, string span, bool found)
    {
        Assert.Equal(found, Found(text, "2016-01-12").Any(f => f.Text == span));
    }

    [Theory]
    [InlineData("Kentucky took part in the 1988 Super Tuesday.", "the 1988 Super Tuesday", "1988-03-08")]
    [InlineData("The 2012 Election Day was calm.", "The 2012 Election Day", "2012-11-06")]
    [InlineData("Clinton won Super Tuesday handily.", "Super Tuesday", "2016-03-01")]
    public void YearBeforeANamedDay_IsThatYearsDay(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-05-18"));
    }

    // Pieces the rules of this file read, glued at random: names, makers, clocks moved, "the year", election night.
    private static readonly string[] s_pieces =
    [
        "called", "named", "Orion", "1980", "Kopp's", "1987", "Chevrolet", "Cavalier", "Ford", "Motor", "Boeing", "727", "pickup",
        "10:03 p.m.", "midnight", "More than", "40", "minutes", "hours", "later", "earlier", "election", "night", "election-night",
        "today's", "booming", "merger", "market", "Washington", "Post", "the year", "which is", "will be", "2016", ",", ".", "-",
        "had", "unveiled", "in", "that year", "that morning", "today", "a week", "from", "tonight", "Tuesday", "one day", "hope",
        "13 Hours", "the 1988", "Super Tuesday", "Election Day", "17-year-olds", "this summer", "this March", "A day earlier",
        "next Tuesday", "were arrested", "from 1999 to 2011", "the morning", "shows", "In March,", "an explosion", "destroyed",
        "run-off", "early May", "\u201c", "\n\n", "the", "a", "Aides Recall",
    ];

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void RandomTextOfTheseRules_NeverThrows_KeepsSpansInOrder_AndIsDeterministic(int seed)
    {
        var rng = new Random(seed);
        string[] dates = ["0001-01-01", "2016-09-20", "2017-01-05", "9999-12-31", "2000-02-29"];
        for (int n = 0; n < 300; n++)
        {
            var parts = new string[rng.Next(0, 50)];
            for (int i = 0; i < parts.Length; i++) parts[i] = s_pieces[rng.Next(s_pieces.Length)];
            string text = string.Join(rng.Next(5) == 0 ? "" : " ", parts), date = dates[rng.Next(dates.Length)];
            var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
            var first = Timexes(text, day);
            Assert.Equal(first, Timexes(text, day));
            int previousEnd = 0;
            foreach (var t in first)
            {
                if (!(t.Start >= previousEnd && t.End > t.Start && t.End <= text.Length && t.Value.Length > 0)) Assert.Fail($"bad timex in: {text}");
                previousEnd = t.End;
            }
        }
    }
}
