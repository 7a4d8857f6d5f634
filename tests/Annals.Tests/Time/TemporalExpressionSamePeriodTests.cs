namespace Annals.Tests.Time;

/// <summary>"The same period" is the period last named; a reporting quarter only where the article speaks of quarters.</summary>
public class TemporalExpressionSamePeriodTests
{
    private static (string Text, string Value)[] Found(string text, string date) => TimexTestDocuments.TextsAndValues(text, date);

    [Theory]
    [InlineData("2016-08-28", "Her polls rose in the past three weeks. Donations surged in the same period.", "the same period", "P3W")]
    [InlineData("1989-10-28", "Profit rose in the third quarter. Sales fell 3% from the same period last year.", "the same period last year", "1988-Q3")]
    [InlineData("2016-01-04", "He raised $33 million in the last three months of 2015. She raised $37 million during the same period.", "the same period", "P3M")]
    [InlineData("2016-06-05", "Registration rose 12 percent compared with the same period in 2012.", "the same period in 2012", "2012")]
    public void SamePeriod_IsThePeriodLastNamed(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("2016-06-05", "The group paid the firm $1 million from June 2012 to April 2014 and the lobbyists over the same period.")]
    [InlineData("2015-11-13", "Revenue rose in the first ten months compared with the same period a year before.")]
    public void SamePeriod_WithNoQuarterInTheArticle_IsNoQuarter(string date, string text)
    {
        Assert.DoesNotContain(Found(text, date), f => f.Value.Contains("-Q", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2016-04-02", "The chairman announced the site this past week.", "this past week", "2016-W13")]
    [InlineData("2016-06-05", "Voters wore the shirts this past week.", "this past week", "2016-W22")]
    [InlineData("2016-07-22", "He has made a series of moves in the past week.", "the past week", "2016-W29")]
    [InlineData("2016-04-04", "The chairman announced the site this past week.", "this past week", "2016-W13")]
    public void PastWeek_LateInTheWeek_IsTheWeekEnding(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }
}
