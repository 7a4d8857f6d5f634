using System.Globalization;

namespace Annals.Tests.Time;

/// <summary>Which season or half a relative phrase names, by the article's date.</summary>
public class TemporalExpressionSeasonTests
{
    private static void AssertFound(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("2022-12-10", "last summer", "2022-SU")]
    [InlineData("2022-04-10", "last summer", "2021-SU")]
    [InlineData("2022-07-10", "last summer", "2021-SU")]
    [InlineData("2023-01-20", "last winter", "2021-WI")]
    [InlineData("2022-11-20", "last winter", "2021-WI")]
    [InlineData("2022-12-10", "this past spring", "2022-SP")]
    public void Recognizer_ReadsLastSeasonAsTheLatestOneOver(string date, string span, string value) =>
        AssertFound($"The mayor hired him {span}.", date, span, value);

    [Theory]
    [InlineData("2022-12-10", "2022-H1")]
    [InlineData("2022-08-10", "2022-H1")]
    [InlineData("2022-03-10", "2022-H1")]
    public void Recognizer_ReadsAHalfOfTheYearAsThisYearsOrLast(string date, string value) =>
        AssertFound("Sales fell in the first half of the year.", date, "the first half of the year", value);

    [Theory]
    [InlineData("2022-03-10", "2021-H2")]
    [InlineData("2022-12-20", "2022-H2")]
    public void Recognizer_ReadsAPastHalfOfTheYearAsLastYearsWhenThisYearsIsToCome(string date, string value) =>
        AssertFound("Sales fell in the second half of the year.", date, "the second half of the year", value);

    [Theory]
    [InlineData("2016-02-19", "The party meets at its convention this summer.", "this summer", "2016-SU")]
    [InlineData("2016-02-19", "This fall the senator runs again.", "This fall", "2016-FA")]
    [InlineData("2016-02-19", "This winter has been mild.", "This winter", "2015-WI")]
    [InlineData("2016-10-19", "This summer was the hottest on record.", "This summer", "2016-SU")]
    public void Recognizer_ReadsThisSeasonInTheArticlesYear(string date, string text, string span, string value) =>
        AssertFound(text, date, span, value);

    [Theory]
    [InlineData("2016-04-23", "Looking ahead to the fall, the aide hired a deputy.", "the fall", "2016-FA")]
    [InlineData("2016-04-12", "The party could rebuild if its members splinter and lose in the fall.", "the fall", "2016-FA")]
    [InlineData("2016-02-20", "He doubts the senator has a chance of winning in the fall.", "the fall", "2016-FA")]
    [InlineData("2016-04-12", "The talks began in the fall.", "the fall", "2015-FA")]
    public void Recognizer_ReadsASeasonAheadInTalkOfAVoteAhead(string date, string text, string span, string value) =>
        AssertFound(text, date, span, value);
}
