namespace Annals.Tests.Time;

/// <summary>
/// Time words inside names and references ("21st Century Fox", "the March on Washington", "Romans 8:31"), the
/// attacks named by their day, and months read from the main clause a fronted phrase leads into.
/// </summary>
public class TemporalExpressionNamedThingsTests
{
    private static (string Text, string Value)[] Found(string text, string date) => TimexTestDocuments.TextsAndValues(text, date);

    [Theory]
    [InlineData("The brothers took top jobs at 21st Century Fox last spring.", "21st Century")]
    [InlineData("She marched in the March on Washington as a girl.", "March")]
    [InlineData("The charity March of Dimes signed the letter.", "March")]
    [InlineData("Students joined the March for Our Lives rally.", "March")]
    [InlineData("Ads ran alongside the Summer Olympics broadcast.", "Summer")]
    [InlineData("The preacher read Exodus 18:21 to the crowd.", "18:21")]
    [InlineData("Her post quoted Romans 8:31 beside a photo.", "8:31")]
    [InlineData("The group mocked her in a Christmas ad.", "Christmas")]
    [InlineData("They went to see the Rockefeller Center Christmas tree.", "Christmas")]
    [InlineData("Vendors sold Halloween masks of the candidate.", "Halloween")]
    [InlineData("The panel: Joe Henry, Jill June, Lori Jungling and Jeff Kaufmann.", "June")]
    public void Recognizer_SkipsTimeWordsInNamesAndVerses(string text, string word)
    {
        Assert.DoesNotContain(Found(text, "2016-08-08"), f => f.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("It was the bloodiest war of the 21st century.", "the 21st century", "20")]
    [InlineData("The talks began in March of 2015.", "March of 2015", "2015-03")]
    [InlineData("The rally is set for March on the fifth day of the month.", "March", "2017-03")]
    [InlineData("The polls close at 8:00 in Ohio.", "8:00", "2016-08-08T08:00")]
    [InlineData("The ad will run the day after Christmas.", "the day after Christmas", "2016-12-26")]
    [InlineData("They will fly home for Christmas.", "Christmas", "2016-12-25")]
    public void Recognizer_KeepsTheTimeWordsAroundThem(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-08-08"));
    }

    [Theory]
    [InlineData("2015-12-22", "He repeated the story of crowds cheering in New Jersey on Sept. 11.", "Sept. 11", "2001-09-11")]
    [InlineData("2016-03-18", "Many women were shocked after September 11 and wanted to help.", "September 11", "2001-09-11")]
    [InlineData("2016-01-20", "The consulate was attacked on Sept. 11, 2012. Days after the Sept. 11 attack, he briefed lawmakers.", "Sept. 11", "2012-09-11")]
    [InlineData("2016-09-13", "She left the memorial service on Sept. 11 before it ended.", "Sept. 11", "2016-09-11")]
    public void SeptemberEleventh_WithNoYearFarFromIt_IsTheAttacks(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("2016-09-06", "In October, the senator, then a candidate for governor, proposed a new tax.", "October", "2015-10")]
    [InlineData("2016-08-09", "When asked about the plan in an interview in October, the mayor said it would pass.", "October", "2015-10")]
    [InlineData("2016-08-17", "Since announcing in October that he would not run, he has campaigned for her.", "October", "2015-10")]
    [InlineData("2016-02-21", "The recordings date as far back as June, prosecutors said.", "June", "2015-06")]
    [InlineData("2016-09-06", "In October, the senator will propose a new tax.", "October", "2016-10")]
    [InlineData("2016-09-06", "In October, voters choose a new governor.", "October", "2016-10")]
    [InlineData("2016-05-02", "In 2009, the government put a duty on tires. In March, the department announced a tariff on steel.", "March", "2016-03")]
    public void Month_InFrontedPhrase_TakesTheMainClausesTense(string date, string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, date));
    }

    [Theory]
    [InlineData("2016-03-02", "All roads lead to Ohio -- and November.", "2016-11")]
    [InlineData("2016-03-02", "Then there's November.", "2016-11")]
    [InlineData("2016-06-28", "The ruling makes abortion a key factor in November.", "2016-11")]
    [InlineData("2016-03-23", "The bombers had planned the attacks that killed 130 people in November.", "2015-11")]
    [InlineData("2016-01-19", "He has gained twelve points since November.", "2015-11")]
    [InlineData("2015-06-10", "Then there's November.", "2014-11")]
    public void November_WithNoVerbInAnElectionYear_IsTheVote(string date, string text, string value)
    {
        Assert.Contains(("November", value), Found(text, date));
    }

    [Theory]
    [InlineData("2016-05-19", "The uproar comes as she is struggling to turn the party's attention to the fall.", "2016-FA")]
    [InlineData("2016-05-19", "He lost the primary in the fall.", "2015-FA")]
    public void Fall_WithNoVerbInAnElectionYear_IsTheCampaignAhead(string date, string text, string value)
    {
        Assert.Contains(("the fall", value), Found(text, date));
    }

    [Theory]
    [InlineData("This isn't just talk: In September, the chairman wrote a letter.", "September")]
    [InlineData("Polls have moved. Since January, the senator has gained.", "January")]
    [InlineData("\"By December, we were looking down the road,\" she said.", "December")]
    public void Month_AfterACapitalisedLeadWord_IsNoSurname(string text, string month)
    {
        Assert.Contains(Found(text, "2016-08-08"), f => f.Text == month);
    }

    [Theory]
    [InlineData("2016-07-31", "He hacked the party's mail to sway the Nov. 8 election, she said.", "2016-11-08")]
    [InlineData("2016-07-03", "The tweet came ahead of the Nov. 8 election.", "2016-11-08")]
    [InlineData("2016-07-02", "Protests have continued after the June 7 primary.", "2016-06-07")]
    [InlineData("2016-07-31", "He lost the Nov. 3 election.", "2015-11-03")]
    public void VoteNamedByItsDay_StillAheadThisYear_IsThisYears(string date, string text, string value)
    {
        Assert.Contains(Found(text, date), f => f.Value == value);
    }

    [Theory]
    [InlineData("Cyber security is one of the biggest threats facing our country today.", "today", "PRESENT_REF")]
    [InlineData("For most Democrats today, those years remain the good old days.", "today", "PRESENT_REF")]
    [InlineData("A lot of people today made up their minds after the ruling.", "today", "2016-08-08")]
    [InlineData("The senator spoke today.", "today", "2016-08-08")]
    public void Today_AfterPeopleInThePresent_IsThePresentAge(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text, "2016-08-08"));
    }

    [Theory]
    [InlineData("Source: USA TODAY/Suffolk University poll.")]
    [InlineData("Contributing: Greg Toppo, USA TODAY.")]
    public void UsaToday_IsAPaper(string text)
    {
        Assert.Empty(Found(text, "2016-08-08"));
    }
}
