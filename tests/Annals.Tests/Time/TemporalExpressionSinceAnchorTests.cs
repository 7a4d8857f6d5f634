namespace Annals.Tests.Time;

/// <summary>A year after "since" starts a state told in passing; "N years later" counts from the story's own last time.</summary>
public class TemporalExpressionSinceAnchorTests
{
    private static (string Text, string Value)[] Found(string text, string date) => TimexTestDocuments.TextsAndValues(text, date);

    [Theory]
    [InlineData("2015-12-01", "The bank was founded in 1942. (Voters have chosen governors since 1948.) After a scandal three years later, it grew.", "three years later", "1945")]
    [InlineData("2016-01-20", "In 2014, he met the wife of a man jailed since 2012. A year later, he called her.", "A year later", "2015")]
    [InlineData("2016-01-20", "Since 2012, he has been jailed. A year later, his wife spoke out.", "A year later", "2013")]
    [InlineData("2016-01-20", "He was jailed in 2012. A year later, his wife spoke out.", "A year later", "2013")]
    public void YearsLater_CountFromTheStorysLastTime(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("2015-11-10", "It was a sign of respect to meet him on that day back in March 2010.", "that day back in March 2010", "2010-03")]
    [InlineData("2015-11-10", "He left on Monday. He had worked that day in the capital.", "that day", "2015-11-09")]
    public void ThatDay_FollowedByItsDate_TakesIt(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }
}
