namespace Annals.Tests.Time;

/// <summary>Results-news shorthand for quarters, halves and fiscal years (article date 2022-11-06).</summary>
public class TemporalExpressionCompactPeriodTests
{
    private static readonly DateOnly s_date = new(2022, 11, 6);

    private static (string Text, string Value)[] Found(string text) =>
        TimexTestDocuments.Found(text, s_date).Select(f => (f.Text, f.Value)).ToArray();

    [Theory]
    [InlineData("The carmaker's profit in Q3 2021 was its best.", "Q3 2021", "2021-Q3")]
    [InlineData("Exports in the 2020 Q2 figures collapsed.", "the 2020 Q2", "2020-Q2")]
    [InlineData("Output fell in H1 2022 and rose after.", "H1 2022", "2022-H1")]
    [InlineData("The ministry's FY2023 budget was cut.", "FY2023", "2023")]
    [InlineData("Its FY 2021 accounts were late.", "FY 2021", "2021")]
    [InlineData("FY19 receipts beat the forecast.", "FY19", "2019")]
    [InlineData("The bank lost money in Q2, it said.", "Q2", "2022-Q2")]
    public void Recognizer_ReadsCompactPeriods(string text, string span, string value)
    {
        var found = Found(text);
        Assert.True(found.Any(f => f.Text == span && f.Value == value), string.Join("; ", found.Select(f => f.Text + "=" + f.Value)));
    }

    [Theory]
    [InlineData("Applicants for an H1 visa were turned away.")]
    [InlineData("The H5N1 strain spread among birds.")]
    [InlineData("The Q5 model and the FYI column were praised.")]
    [InlineData("Officials in Q town met the FY team.")]
    public void Recognizer_LeavesLookalikesAlone(string text) => Assert.Empty(Found(text));
}
