namespace Annals.Tests.Time;

/// <summary>
/// When "the first half" is a half-year: with its year, "of the year", or in talk of results; not the half of a game,
/// a debate, a month or a century.
/// </summary>
public class TemporalExpressionHalfTests
{
    [Theory]
    [InlineData("Profit for the first half rose 12 percent.", "2022-09-10", "the first half", "2022-H1")]
    [InlineData("Net income in the first half of 2021 fell.", "2022-09-10", "the first half of 2021", "2021-H1")]
    [InlineData("Donors gave less in the second half of the year.", "2022-03-10", "the second half of the year", "2021-H2")]
    public void Half_IsAHalfYear_WithItsYearOrInTalkOfResults(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The home side scored twice in the second half.")]
    [InlineData("The senator stumbled during the first half of the debate.")]
    [InlineData("The convention falls in the second half of July.")]
    [InlineData("The region grew fast through the first half of the 20th century.")]
    public void Half_IsNoHalfYear_ForAGameOrAnotherSpan(string text)
    {
        var found = TimexTestDocuments.Found(text, new DateOnly(2022, 9, 10));
        Assert.DoesNotContain(found, f => f.Value.Contains("-H", StringComparison.Ordinal));
    }
}
