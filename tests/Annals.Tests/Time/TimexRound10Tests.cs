namespace Annals.Tests.Time;

/// <summary>
/// Years that only name or qualify something ("Friends of Alvarez 2008", "the 2008 primary") leave the reference of a
/// later "that day" alone, nor do years told after an undated scene ("What happened that day ..."), and the US general election's day written small ("vote on election day").
/// </summary>
public class TimexRound10Tests
{
    private static (string Text, string Value)[] Found(string text, string date) => TimexTestDocuments.TextsAndValues(text, date);

    [Theory]
    [InlineData("The hearing was held on March 3, 2014. The donor had started a group called Friends of Alvarez 2008 with his cousin. That day, the judge ruled.", "That day", "2014-03-03")]
    [InlineData("The hearing was held on March 3, 2014. He ran the fund known as Veterans for Moreno 2010 for years. That night, the lawyers met.", "That night", "2014-03-03TNI")]
    public void YearInsideAName_IsNoAnchorForThatDay(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2015-11-19"));
    }

    [Theory]
    [InlineData("The board met on June 7. The chair, who worked in the 2008 primary for a senator, spoke first. It passed a resolution the same day.", "the same day", "2016-06-07")]
    [InlineData("The board met on June 7. A donor who gave in the 2012 race was there. That day, it voted.", "That day", "2016-06-07")]
    public void YearAsAModifier_AfterAFullDate_KeepsTheDay(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-07-02"));
    }

    [Theory]
    [InlineData("In 2008, the senator won the state. That year, he also raised money.", "That year", "2008")]
    [InlineData("The board met on June 7. A donor who gave in the 2012 race was there. That year, the donor moved.", "That year", "2012")]
    public void YearAsAFrame_StillSetsThatYear(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-07-02"));
    }

    [Theory]
    [InlineData("Teenagers who turn 18 by then would be eligible to vote on election day.", "2016-11-08")]
    [InlineData("The campaign will keep knocking on doors until election day.", "2016-11-08")]
    public void LowercaseElectionDay_AfterATimeWord_IsTheGeneralElection(string text, string value)
    {
        Assert.Contains(("election day", value), Found(text, "2016-03-11"));
    }

    [Theory]
    [InlineData("Every election day brings long lines in some counties.")]
    [InlineData("The city declared an election day holiday for workers.")]
    public void LowercaseElectionDay_AsAGeneralNoun_IsNoDate(string text)
    {
        Assert.DoesNotContain(Found(text, "2016-03-11"), f => f.Text.Contains("election day", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("What happened that day in the courtroom? I thought about it for years. In 2012, another donor pleaded guilty. That day, I was jubilant.", "That day", "XXXX-XX-XX")]
    [InlineData("What happened that day in the courtroom? In 2012, another donor pleaded guilty. That night, I could barely sleep.", "That night", "XXXX-XX-XXTNI")]
    [InlineData("What happened that day in the courtroom? The appeal was heard on March 3, 2014. That day, I was jubilant.", "That day", "2014-03-03")]
    public void UndatedScene_OnlyYearsSince_StaysTheScenesDay(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2015-11-19"));
    }
}
