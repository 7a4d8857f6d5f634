using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Days held only some years: US Election Day (even years), and named events with dates of their own.</summary>
public class TemporalExpressionOccasionTests
{
    private static void AssertFound(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("Both parties are courting suburban women ahead of Election Day.", "2024-03-10", "2024-11-05")]
    [InlineData("Turnout on Election Day was the highest in decades.", "2024-12-02", "2024-11-05")]
    [InlineData("The governor has a year to raise money before Election Day.", "2023-11-20", "2024-11-05")]
    [InlineData("Turnout on Election Day was the highest in decades.", "2023-03-01", "2022-11-08")]
    public void Recognizer_ResolvesElectionDayToTheNearestEvenYear(string text, string date, string value) =>
        AssertFound(text, date, "Election Day", value);

    [Theory]
    [InlineData("The senator hopes to win most of the states voting on Super Tuesday.", "2016-02-10", "Super Tuesday", "2016-03-01")]
    [InlineData("She swept the South on Super Tuesday and never looked back.", "2016-06-20", "Super Tuesday", "2016-03-01")]
    [InlineData("He won nine states on Super Tuesday 2008.", "2016-06-20", "Super Tuesday 2008", "2008-02-05")]
    [InlineData("Families of those killed on 9/11 can now sue in US courts.", "2016-09-28", "9/11", "2001-09-11")]
    [InlineData("The plan is to run out the clock until Inauguration Day.", "2016-05-05", "Inauguration Day", "2017-01-20")]
    [InlineData("Protesters filled the streets on Inauguration Day.", "2017-03-01", "Inauguration Day", "2017-01-20")]
    [InlineData("Protesters marched downtown on Black Friday.", "2015-12-04", "Black Friday", "2015-11-27")]
    public void Recognizer_ResolvesANamedEventToADayItFellOn(string text, string date, string span, string value) =>
        AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The recipe calls for 9/11 of a cup.", "2016-09-28")]
    public void Recognizer_ReadsANamedEventOnlyWhereItStandsAlone(string text, string date)
    {
        var found = TimexTestDocuments.Found(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(found, f => f.Value == "2001-09-11");
    }

    [Theory]
    [InlineData("The campaign has built teams in the Super Tuesday states.", "2016-02-09", "Super Tuesday", "2016-03-01")]
    [InlineData("Volunteers were sent door to door before Election Day.", "2022-10-20", "Election Day", "2022-11-08")]
    [InlineData("The staff said Thanksgiving was booked solid.", "2022-11-06", "Thanksgiving", "2022-11-24")]
    [InlineData("The staff said Easter was booked solid.", "2022-11-06", "Easter", "2022-04-17")]
    public void Recognizer_KeepsADayAMonthAheadThoughTheVerbIsPast(string text, string date, string span, string value) =>
        AssertFound(text, date, span, value);
}
