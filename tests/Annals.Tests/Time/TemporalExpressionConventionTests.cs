using Annals.Documents;
using Annals.Text;
using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>TimeBank's ways of writing a few news expressions (relative to a Sunday article date, 2022-11-06).</summary>
public class TemporalExpressionConventionTests
{
    private static readonly DateOnly s_date = new(2022, 11, 6);

    [Theory]
    [InlineData("This is VOA Today.")]
    [InlineData("He told USA Today that he would run.")]
    [InlineData("He told USA TODAY that he would run.")]
    [InlineData("He gave the speech in front of 2500 of these bankers.")]
    [InlineData("A man in his mid-20s was arrested.")]
    [InlineData("\"Now, I hasten to add that the plan works,\" he said.")]
    [InlineData("He added, \"Now, like all such stories, it will fade.\"")]
    [InlineData("Most voters in their 30s backed her.")]
    [InlineData("He campaigned hard in the last week of the race.")]
    [InlineData("She played the senator on Saturday Night Live last season.")]
    [InlineData("He offered analysis on ''Monday Night Baseball'' once.")]
    [InlineData("The host of The Daily Show mocked the senator.")]
    [InlineData("She wrote a column for the Washington Monthly about it.")]
    [InlineData("The magazine named the chancellor its Person of the Year.")]
    [InlineData("The spending was unearthed by One Wisconsin Now, a liberal group.")]
    [InlineData("Critics called him the Liar-of the Year.")]
    public void Recognizer_SkipsTitlesNamedAfterTime(string text)
    {
        Assert.Empty(Found(text));
    }

    private static (string Text, string Value)[] Found(string text) =>
        TimexTestDocuments.Found(text, s_date).Select(f => (f.Text, f.Value)).ToArray();

    [Theory]
    [InlineData("MINISTER RESIGNS TODAY", "TODAY", "2022-11-06")]
    [InlineData("Daily flights to the island resume next week.", "Daily", "P1D")]
    [InlineData("Protesters rallied Friday night in the square.", "Friday night", "2022-11-04")]
    [InlineData("Officials met Friday morning in the square.", "Friday morning", "2022-11-04TMO")]
    [InlineData("Prices have risen in recent months.", "recent months", "PXM")]
    [InlineData("Prices have risen in recent weeks.", "recent weeks", "PXW")]
    [InlineData("Prices have risen in recent years.", "recent years", "PAST_REF")]
    [InlineData("Sales were weak for most of the year.", "the year", "2022")]
    [InlineData("Shares were up at mid-afternoon yesterday in London.", "mid-afternoon yesterday", "2022-11-05TAF")]
    [InlineData("Talks ended on Oct. 3. Dealers placed orders in the morning.", "the morning", "2022-10-03TMO")]
    [InlineData("The stock is to resume trading in Paris Tuesday.", "Tuesday", "2022-11-08")]
    [InlineData("Protesters were planning to march on Monday.", "Monday", "2022-11-07")]
    [InlineData("Voters will decide on Election Day.", "Election Day", "2022-11-08")]
    [InlineData("Pilgrims arrived for Easter 2024.", "Easter 2024", "2024-03-31")]
    [InlineData("The truce was agreed on Good Friday 1998.", "Good Friday 1998", "1998-04-10")]
    [InlineData("The company will close by year-end.", "year-end", "2022-12-31")]
    [InlineData("The tax was delayed as part of a year-end budget deal.", "year-end", "2022-12-31")]
    [InlineData("The index has risen 20% since year-end.", "year-end", "2021-12-31")]
    [InlineData("The company expects to finish the sale by year end.", "year end", "2022")]
    [InlineData("The company expects to finish the sale by year's end.", "year's end", "2022")]
    [InlineData("The summit was held on April 24 and 25 in Washington.", "25", "2022-04-25")]
    [InlineData("The summit will be held on April 24 and 25 in Washington.", "April 24", "2023-04-24")]
    [InlineData("Third-quarter profit rose 8% from a year earlier.", "a year earlier", "2021-Q3")]
    [InlineData("Third-quarter profit rose. In the first nine months, profit rose 8% from a year earlier.", "a year earlier", "2021")]
    [InlineData("Third-quarter profit rose. For the nine months, it lost money, against year-earlier profit of $2 million.", "year-earlier", "2021")]
    [InlineData("Third-quarter profit rose. Costs fell, against year-earlier costs of $2 million.", "year-earlier", "2021-Q3")]
    [InlineData("Third-quarter profit rose. In the first nine months, net fell from $3 million in the 2021 period.", "the 2021", "2021")]
    [InlineData("The rally ended on Thursday.\n\n___.\n\n9:21 p.m.\n\nThe senator is speaking in Ohio.", "9:21 p.m.", "2022-11-06T21:21")]
    [InlineData("The rally ended on Thursday. At 9:21 p.m. the crowd left.", "9:21 p.m.", "2022-11-03T21:21")]
    [InlineData("He took office in January 2009 and unemployment peaked in October of that year.", "October of that year", "2009-10")]
    [InlineData("The war began in 1991. In October that year, talks opened.", "October that year", "1991-10")]
    [InlineData("The war began in 1991. In the summer of the following year, talks opened.", "the summer of the following year", "1992-SU")]
    [InlineData("Three years later, the factory closed for good.", "Three years", "P3Y")]
    [InlineData("The war began in 1991. Three years later, the factory closed for good.", "Three years later", "1994")]
    [InlineData("The charter shaped the state we still live in today, more than 200 years later.", "more than 200 years", "P200Y")]
    [InlineData("The party's convention will run July 25-28 in the capital.", "July 25-28", "2023-07-25")]
    [InlineData("The poll was taken Oct. 21-26 by telephone.", "Oct. 21-26", "2022-10-21")]
    [InlineData("From September to December 2014, thousands of accounts were shut.", "September", "2014-09")]
    [InlineData("From November to February 2015, the plant stood idle.", "November", "2014-11")]
    [InlineData("The season is between June and early October.", "early October", "2022-10")]
    [InlineData("Saudi officials denied any role in the Sept. 11 attacks.", "Sept. 11", "2001-09-11")]
    [InlineData("The envoy spoke days after the Sept. 11 attack on the consulate.", "Sept. 11", "2022-09-11")]
    [InlineData("The consulate was attacked in 2012. The base chief that night called for help.", "that night", "2012")]
    [InlineData("The rally was held in 2022. The base chief that night called for help.", "that night", "2022-11-06TNI")]
    [InlineData("Voting began on Oct. 3, and the 2022 race tightened. That night, the mayor spoke.", "That night", "2022-10-03TNI")]
    [InlineData("He visited the city in July 2008. The day before, a bomb went off.", "The day before", "2008-07")]
    [InlineData("The deal now looks like a trap.", "now", "PRESENT_REF")]
    [InlineData("Now the deal looks like a trap.", "Now", "PRESENT_REF")]
    public void Recognizer_WritesNewsConventions(string text, string span, string value)
    {
        var found = Found(text);
        Assert.True(found.Contains((span, value)), string.Join("; ", found.Select(f => f.Text + "=" + f.Value)));
    }

    [Theory]
    [InlineData("Since the fund bought the chain in February, it has sold two units.", "February", "2022-02")]
    [InlineData("In January, the board brought in a new chief.", "January", "2022-01")]
    [InlineData("The shares could be sold in February.", "February", "2023-02")]
    [InlineData("The insurer may be paid in February.", "February", "2023-02")]
    public void Recognizer_ReadsIrregularPastVerbsAsPastTense(string text, string span, string value)
    {
        var found = Found(text);
        Assert.True(found.Contains((span, value)), string.Join("; ", found.Select(f => f.Text + "=" + f.Value)));
    }

    [Theory]
    [InlineData("The film speaks to today's youth about faith.")]
    [InlineData("Privacy is scarce in today's world.")]
    [InlineData("The chip runs most of today's desktop computers.")]
    public void Recognizer_SkipsTodayMeaningThePresentAge(string text)
    {
        Assert.DoesNotContain(Found(text), f => f.Text.StartsWith("today", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The offer appeared in today's editions of the paper.", "today", "2022-11-06")]
    [InlineData("Today's vote was delayed.", "Today", "2022-11-06")]
    public void Recognizer_KeepsTodaysNamingTheDay(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text));
    }

    [Theory]
    [InlineData("Trading was below the average daily volume of the past year.", "daily")]
    [InlineData("The average monthly rent rose 4%.", "monthly")]
    public void Recognizer_SkipsRatesAfterAverage(string text, string word)
    {
        Assert.DoesNotContain(Found(text), f => f.Text == word);
    }

    [Theory]
    [InlineData("Protesters gather daily outside the court.", "daily", "P1D")]
    [InlineData("The paper prints a daily column on prices.", "daily", "P1D")]
    public void Recognizer_KeepsSetAdverbsAndAdjectives(string text, string span, string value)
    {
        Assert.Contains((span, value), Found(text));
    }

    [Theory]
    [InlineData("The show airs on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI")]
    [InlineData("The market opens on Sunday mornings.", "Sunday mornings", "XXXX-WXX-7TMO")]
    [InlineData("The show airs on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI")]
    [InlineData("The show airs on Monday and Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI")]
    [InlineData("Rebels attacked on Monday and Tuesday night.", "Monday", "2022-10-31")]
    public void Recognizer_ReadsWeekdaysWithPluralPartsOfDayAsSets(string text, string span, string value)
    {
        var found = Found(text);
        Assert.True(found.Contains((span, value)), string.Join("; ", found.Select(f => f.Text + "=" + f.Value)));
    }

    [Theory]
    [InlineData("Users spent 50 minutes a day on the site.", "a day", "SET")]
    [InlineData("She holds multiple rallies a day in the state.", "a day", "SET")]
    [InlineData("He did one day a week of community service.", "a week", "SET")]
    [InlineData("The senator holds a lead in delegates a month into the contest.", "a month", "DURATION")]
    [InlineData("Voters turned against him a week before the vote.", "a week", "DURATION")]
    public void Recognizer_TypesARateAsASet(string text, string span, string type) =>
        Assert.Contains(TimexTestDocuments.Found(text, s_date), f => f.Text == span && f.Type == type);

    [Theory]
    [InlineData("The levy would raise $91 billion over the next decade.", "the next decade", "DURATION", "P10Y")]
    [InlineData("Imports grew over the last decade.", "the last decade", "DURATION", "P10Y")]
    [InlineData("Workers lost earning power to inflation in the last decade.", "the last decade", "DATE", "201")]
    public void Recognizer_ReadsADecadeMeasuredOutAsADuration(string text, string span, string type, string value) =>
        Assert.Contains(TimexTestDocuments.Found(text, s_date), f => f.Text == span && f.Type == type && f.Value == value);
}
