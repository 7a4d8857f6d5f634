using Annals.Documents;
using Annals.Text;
using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Adversarial text: digit runs, month names used as words, numbers that are counts, odd characters, long input.</summary>
public class TemporalExpressionRobustnessTests
{
    private static readonly DateOnly s_date = new(2022, 11, 6);

    private static AnalyzedDocument Run(string text, DateOnly date) =>
        new TemporalExpressionRecognizer().Run(new TextSegmenter().Run(new AnalyzedDocument(new Article("r", date, text))));

    private static void AssertWellFormed(string text, AnalyzedDocument doc)
    {
        int prev = 0;
        foreach (var t in doc.Timexes)
        {
            // The message is built only on failure: the long-input tests would otherwise copy the text per timex.
            if (!(t.Start >= prev && t.End > t.Start && t.End <= text.Length))
                Assert.Fail($"bad span {t.Start}-{t.End} after {prev} in a text of {text.Length} characters");
            Assert.False(string.IsNullOrWhiteSpace(t.Value));
            prev = t.End;
        }
    }

    [Theory]
    [InlineData("Call 2882015 for details.")]
    [InlineData("Account 28820151234 was closed.")]
    [InlineData("Serial 20221003 shipped.")]
    [InlineData("He said 0000 and 9999 and 2882015-2882015.")]
    [InlineData("Order 1/2/3/4 and 12-34-5678 and 99:99.")]
    [InlineData("$1999 and 2000% and 1999-2000-2001-2002.")]
    public void DigitRuns_AreNotDates(string text)
    {
        var doc = Run(text, s_date);
        Assert.Empty(doc.Timexes);
    }

    [Theory]
    [InlineData("They may march in protest if the talks fail.")]
    [InlineData("Protesters say they may walk out, and march on the capital.")]
    [InlineData("We may march, we may not.")]
    [InlineData("The soldiers will march at dawn if they may.")]
    public void LoneMonthNames_UsedAsWords_AreNotDates(string text)
    {
        var doc = Run(text, s_date);
        Assert.DoesNotContain(doc.Timexes, t => t.Value.StartsWith("20", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The company cut 1999 jobs last month.", "2022-10")]
    [InlineData("It employs 2500 people and 358,000 jobs depend on it this year.", "2022")]
    [InlineData("He is 1990 meters tall, he said on Friday.", "2022-11-04")]
    [InlineData("Turnout reached 1,822 voters yesterday.", "2022-11-05")]
    [InlineData("Prices fell on July 4 and 5 percent of stores closed.", "2022-07-04")]
    public void CountsOfThings_AreNotYears(string text, string onlyValue)
    {
        var doc = Run(text, s_date);
        var timex = Assert.Single(doc.Timexes);
        Assert.Equal(onlyValue, timex.Value);
    }

    [Theory]
    [InlineData("In 1990 prices rose.", "1990")]
    [InlineData("Cubans value family above the post-1959 politics.", "1959")]
    [InlineData("The 1990 elections were close.", "1990")]
    public void YearsBeforeNouns_StayYears(string text, string value)
    {
        var doc = Run(text, s_date);
        Assert.Contains(doc.Timexes, t => t.Value == value);
    }

    [Theory]
    [InlineData("\0\0\0 May \u0001 3 \u0002 2022")]
    [InlineData("\ud83d\ude00 Oct. \ud83d\ude00 3 \ud83d\ude00 last week \ud83d")]
    [InlineData("\udc00 Friday \ud800")]
    [InlineData("e\u0301 March 3\u0301 1999\u0301")]
    [InlineData("--- - -- Oct.-3-2022 -- mid- -mid- -1990s- 'n' '")]
    [InlineData("2022-13-45 2022-02-30 0000-00-00 31/31/31 29 Feb. 2023")]
    public void OddCharacters_NeverThrowAndKeepSpansInBounds(string text)
    {
        foreach (var date in new[] { new DateOnly(1, 1, 1), s_date, new DateOnly(9999, 12, 31) })
            AssertWellFormed(text, Run(text, date));
    }

    [Fact]
    public void LongInput_NeverThrowsAndKeepsSpansInOrder()
    {
        var rng = new Random(11);
        string[] words = ["Oct.", "3", "may", "March", "2882015", "last", "week", "ago", "the", "1990s", "-", ",", ".", "\n", "Friday", "night", "a", "year", "earlier"];
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 200_000) sb.Append(words[rng.Next(words.Length)]).Append(rng.Next(5) == 0 ? "" : " ");
        string text = sb.ToString();
        var doc = Run(text, s_date);
        AssertWellFormed(text, doc);
        Assert.NotEmpty(doc.Timexes);
    }

    [Theory]
    [InlineData("In the first nine months, profit rose from a year earlier and ")]
    [InlineData("April 24 and 25 and ")]
    [InlineData("by mid-afternoon yesterday ")]
    public void OneHugeSentence_OfRepeatedPhrases_IsScannedWhole(string phrase)
    {
        string text = string.Concat(Enumerable.Repeat(phrase, 4000));
        var doc = Run(text, s_date);
        AssertWellFormed(text, doc);
        Assert.True(doc.Timexes.Length >= 4000);
    }

    [Fact]
    public void SameDocument_OnManyThreads_GivesTheSameTimexes()
    {
        const string text = "Earlier on October 3, Zelenskyy signed a decree. The talks, held last week, may resume on Friday night. "
                            + "A year earlier, third-quarter profit fell; the decree took effect that day.";
        var expected = Run(text, s_date).Timexes.ToArray();
        Assert.NotEmpty(expected);
        var results = new Timex[16][];
        Parallel.For(0, results.Length, i => results[i] = Run(text, s_date).Timexes.ToArray());
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
