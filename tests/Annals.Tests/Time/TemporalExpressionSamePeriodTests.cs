namespace Annals.Tests.Time;

/// <summary>"The same period" is the period last named; a reporting quarter only where the article speaks of quarters.</summary>
public class TemporalExpressionSamePeriodTests
{
    private static (string Text, string Value)[] Found(string text, string date) =>
        TimexTestDocuments.Found(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Select(f => (f.Text, f.Value)).ToArray();

    [Theory]
    [InlineData("2016-08-28", "Her polls rose in the past three weeks. Donations surged in the same period.", "the same period", "P3W")]
    [InlineData("1989-10-28", "Profit rose in the third quarter. Sales fell 3% from the same period last year.", "the same period last year", "1988-Q3")]
    public void SamePeriod_IsThePeriodLastNamed(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("2016-06-05", "Registration rose 12 percent compared with the same period in 2012.")]
    [InlineData("2015-11-13", "Revenue rose in the first ten months compared with the same period a year before.")]
    public void SamePeriod_WithNoQuarterInTheArticle_IsNoQuarter(string date, string text)
    {
        Assert.DoesNotContain(Found(text, date), f => f.Value.Contains("-Q", StringComparison.Ordinal));
    }
}
