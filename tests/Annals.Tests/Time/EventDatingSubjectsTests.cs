using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>
/// Acts and quotes whose subject or speaker the older scene rules do not follow: a quote split by its attribution over two
/// sentences, an act told in a quote alone, going on from a saying the sentence before dated.
/// </summary>
public class EventDatingSubjectsTests
{
    /// <summary>The date of a quote that opens at <paramref name="words"/> and runs to the text's last closing mark, split by the cue at <paramref name="cue"/>.</summary>
    private static (string, string) DateOfSplitQuote(string text, string words, string cue)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, EventDatingProbe.Dct);
        int contentStart = text.IndexOf(words, StringComparison.Ordinal);
        int contentEnd = text.LastIndexOf('\u201d');
        int offset = text.IndexOf(cue, contentStart, StringComparison.Ordinal);
        return EventDating.DateAt(doc, doc.SentenceAt(offset), offset, contentStart, contentEnd, happened: true);
    }

    private const string Split = " \u201cIt has cost us too much,\u201d {0}. \u201cThe growers cannot wait.\u201d";

    [Theory]
    // A quote split by its attribution goes on from the speech the sentence before dated, told by a pronoun or the name.
    [InlineData("Hale told reporters in Ames on Friday that the subsidy must end.", "she said", "2022-11-04", "previous")]
    [InlineData("Hale told reporters in Ames on Friday that the subsidy must end.", "Hale said", "2022-11-04", "previous")]
    [InlineData("Asked at a briefing Friday about the vote, Lane blamed the mayor.", "he said", "2022-11-04", "previous")]
    // Guards: a new speaker ("an Ames farmer", one named before an apposition), a date in what the speech reports, one
    // before a closing or parenthetical saying, a day that names a thing, the topic of an opening "Asked about".
    [InlineData("Hale told reporters in Ames on Friday that the subsidy must end.", "said an Ames farmer", "2022-11-06", "dateline")]
    [InlineData("Hale told reporters in Ames on Friday that the subsidy must end.", "Tom Lane, Hale's campaign manager, said", "2022-11-06", "dateline")]
    [InlineData("Hale told the paper that she left the farm in 2011 after her son was born.", "she said", "2022-11-06", "dateline")]
    [InlineData("Her son was born three weeks ago, her sister added.", "she said", "2022-11-06", "dateline")]
    [InlineData("What upset her, she said, was a question at a town hall last week.", "she said", "2022-11-06", "dateline")]
    [InlineData("Hale said she would skip Friday's hearing in Ames.", "she said", "2022-11-06", "dateline")]
    [InlineData("Asked about the vote last week, Lane blamed the mayor.", "he said", "2022-11-06", "dateline")]
    public void DateAt_DatesAQuoteSplitByItsAttributionByTheSpeechBefore(string before, string cue, string value, string basis)
    {
        var text = "Farm bill stalls.\n\nThe bill is stuck. " + before + string.Format(System.Globalization.CultureInfo.InvariantCulture, Split, cue);
        Assert.Equal((value, basis), DateOfSplitQuote(text, "It has", cue));
    }

    [Theory]
    // An act told in a quote alone, going on from a quote the sentence before attributed, is in what was said then.
    [InlineData("Hale said in a statement on Friday that the count was unfair. \u201cIt was a sham,\u201d she said. \u201cThey rigged the count.\u201d", "2022-11-04", "previous")]
    [InlineData("Hale wrote to the board on Friday. \u201cIt was a sham,\u201d Hale wrote. \u201cThey rigged the count.\u201d", "2022-11-04", "previous")]
    // Guards: words of the story stand between, the quote before has no date, and the quote's sentence goes on in the story's words.
    [InlineData("Hale spoke in Ames on Friday. The crowd cheered. \u201cThey rigged the count.\u201d", "2022-11-06", "dateline")]
    [InlineData("Hale spoke in Ames. \u201cIt was a sham,\u201d she said. \u201cThey rigged the count.\u201d", "2022-11-06", "dateline")]
    [InlineData("Hale said in a statement on Friday that the count was unfair. \u201cIt was a sham,\u201d she said. \u201cThey rigged the count,\u201d her aide said later.", "2022-11-06", "dateline")]
    public void DateAt_DatesAnActInAQuoteAloneByTheSayingBefore(string text, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct("Farm bill stalls.\n\nThe bill is stuck. " + text, "rigged", last: true));

    // Words the split-quote and quote-alone rules read, glued at random.
    private static readonly string[] s_pieces =
    [
        "\u201c", "\u201d", "\"", ",", ".", "she said", "Hale said", "said", "added", "told", "Asked", "about", "at a briefing",
        "Friday", "Friday's", "three weeks ago", "in 2011", "that", "a", "an", "Ames", "Hale", "Tom Lane", "manager", "her sister",
        "They rigged the count", "It was a sham", "\n\n", "on Friday", "the statement", "confirmed", "via its website", "what",
    ];

    [Theory]
    [InlineData(61)]
    [InlineData(62)]
    public void DateAt_SplitQuoteWordsInRandomText_NeverThrowsAndIsDeterministic(int seed) =>
        EventDatingProbe.AssertStableOnRandomText(s_pieces, seed, maxParts: 60, charOneIn: 12, glueOneIn: 6, uncuedHalf: true);
}
