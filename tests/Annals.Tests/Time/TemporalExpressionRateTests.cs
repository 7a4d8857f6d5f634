namespace Annals.Tests.Time;

/// <summary>
/// Rates of an amount ("$15 an hour", "20% annually") measure the amount and are no temporal expressions; counts of
/// events per period ("twice a day", "rallies every day") stay sets. Papers named "daily" or "weekly" are no sets either.
/// </summary>
public class TemporalExpressionRateTests
{
    private static readonly DateOnly s_date = new(2016, 3, 1);

    private static (string Text, string Value)[] Found(string text) =>
        TimexTestDocuments.Found(text, s_date).Select(f => (f.Text, f.Value)).ToArray();

    [Theory]
    [InlineData("The union wants a minimum wage of $15 an hour.")]
    [InlineData("The cuts would save the company $500 million a year in costs.")]
    [InlineData("The plan would cost about $1.38 trillion a year.")]
    [InlineData("The preferred shares carry a dividend of $1.76 a year.")]
    [InlineData("Managers expect revenue to grow 20% annually.")]
    [InlineData("Sales of the new model are growing 60 percent a year.")]
    [InlineData("Day laborers there earn 163 pesos a day.")]
    [InlineData("The old jet costs thousands of dollars an hour to fly.")]
    [InlineData("He pledged to spend $2 million per week on advertising.")]
    [InlineData("The convoy drove at 40 miles per hour.")]
    [InlineData("Imports cut wages by $213 per adult per year.")]
    [InlineData("The firm vowed to cut a half-billion dollars in costs annually.")]
    [InlineData("Oil firms invest billions a year in new wells.")]
    [InlineData("The report showed a rise in hourly earnings.")]
    [InlineData("He nearly quintupled the monthly rent his campaign pays.")]
    [InlineData("The senator told THE WEEKLY STANDARD that he would not run.")]
    [InlineData("The owner also runs a free daily.")]
    [InlineData("The minister spoke to the Paris daily Libre about the plan.")]
    [InlineData("She was interviewed by \u201cDaily Show\u201d host Noor Amin.")]
    public void Recognizer_SkipsRatesOfAmountsAndPapers(string text)
    {
        Assert.Empty(Found(text));
    }

    [Theory]
    [InlineData("He holds rallies twice a day.", "twice a day", "P1D")]
    [InlineData("The airline flies four flights a week to the island.", "a week", "P1W")]
    [InlineData("Agents conduct hundreds of interviews a day.", "a day", "P1D")]
    [InlineData("Crowds gather daily outside the house.", "daily", "P1D")]
    [InlineData("The mayor gives a daily briefing.", "daily", "P1D")]
    [InlineData("He writes a weekly column for the paper.", "weekly", "P1W")]
    [InlineData("The board meets once a month.", "once a month", "P1M")]
    [InlineData("The firm must pay $100 million in interest every quarter.", "every quarter", "P1Q")]
    [InlineData("Donors chip in a few dollars each month.", "each month", "P1M")]
    public void Recognizer_KeepsRecurrencesOfEvents(string text, string expression, string value)
    {
        Assert.Contains((expression, value), Found(text));
    }

    [Theory]
    [InlineData("Stocks fell on July 4 and 5 percent of stores closed.", "July 4", "2015-07-04")]
    [InlineData("He is 1990 meters from the border, he said on Friday.", "Friday", "2016-02-26")]
    public void MeasureNouns_StayCountsOfThings(string text, string expression, string value)
    {
        Assert.Equal([(expression, value)], Found(text));
    }

    [Theory]
    [InlineData("He has spent a quarter-century in Congress.", "a quarter-century", "P25Y")]
    [InlineData("The show went off the air a quarter-century ago.", "a quarter-century ago", "1991")]
    public void QuarterCentury_IsTwentyFiveYears(string text, string expression, string value)
    {
        Assert.Contains((expression, value), Found(text));
    }
}
