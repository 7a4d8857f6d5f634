using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Dates read from what the article tells elsewhere, found once per document, and the round's quality fixes.</summary>
public class DatingRound8Tests
{
    [Theory]
    // The same text dated on two days: the event's day, and so the act's, follows each article's own date, though the
    // mentions are found once per document.
    [InlineData("Hale resigned two days after the shooting. Friday's shooting shocked the town.", "2022-11-06", "2022-11-06")]
    [InlineData("Hale resigned two days after the shooting. Friday's shooting shocked the town.", "2022-11-13", "2022-11-13")]
    [InlineData("Hale resigned two days after the shooting. Friday's shooting shocked the town.", "2022-11-20", "2022-11-20")]
    [InlineData("The court ruled four days before Justice Hale died. Hale died on Friday at his home.", "2022-11-13", "2022-11-07")]
    public void DateAt_EventDayFollowsEachArticlesDate(string text, string articleDate, string value)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, DateOnly.Parse(articleDate, System.Globalization.CultureInfo.InvariantCulture));
        int offset = text.IndexOf(text.Contains("resigned", StringComparison.Ordinal) ? "resigned" : "ruled", StringComparison.Ordinal);
        Assert.Equal(value, EventDating.DateAt(doc, doc.SentenceAt(offset), offset, -1, -1, happened: true).Value);
    }

    [Theory]
    // The event's other mentions are read wherever they stand, however many there are; two days among them are no anchor.
    [InlineData(40, "Friday's shooting shocked the town.", "2022-11-06")]
    [InlineData(40, "Friday's shooting shocked the town. The shooting on Oct. 12 did too.", "2022-11-06")]
    [InlineData(40, "The Oct. 20 shooting shocked the town.", "2022-10-22")]
    public void DateAt_ReadsEveryMentionOfTheEvent(int filler, string tail, string value)
    {
        var text = "Hale resigned two days after the shooting. " + string.Concat(Enumerable.Repeat("The shooting was mourned. ", filler)) + tail;
        Assert.Equal(value, EventDatingProbe.DateOfAct(text, "resigned").Item1);
    }
}
