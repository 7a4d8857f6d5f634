using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>
/// Acts and quotes whose subject or speaker the older scene rules do not follow: a quote split by its attribution over two
/// sentences, an act told in a quote alone, going on from a saying the sentence before dated; a stage role right after the
/// lead's act ("the billionaire real estate mogul"), a body that "also" reacted on the day the lead dates, a saying that
/// goes on the same speaker's, a statement that goes with the announcement just told.
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

    // The lead's act on Friday night, told of a person named in full.
    private const string Nominated = "Hale wins.\n\nAMES - Ann Hale painted a grim picture of the farm economy as she accepted the nomination here Friday night, promising relief.\n\n";

    [Theory]
    // A role that puts one on stage, right after the lead act's sentence, is that act's person; the subject may follow an
    // opening participle clause, and a closed scare quote or "as a" stays inside one clause.
    [InlineData(Nominated + "Declaring that she alone could fix the market, the former state senator offered herself as a \u201cfarm first\u201d candidate and made a direct appeal to growers.", "made", "2022-11-04", "previous")]
    [InlineData(Nominated + "The former state senator offered herself as a candidate and made a direct appeal to growers who have struggled in the 21st century.", "made", "2022-11-04", "previous")]
    // Guards: a sentence between, "the president" (more often another's), a clause between the two verbs.
    [InlineData(Nominated + "The crowd cheered.\n\nDeclaring that she alone could fix the market, the former state senator offered herself as a candidate and made a direct appeal to growers.", "made", "2022-11-06", "dateline")]
    [InlineData(Nominated + "Declaring that the market was broken, the president offered his help and made a direct appeal to growers.", "made", "2022-11-06", "dateline")]
    [InlineData(Nominated + "Declaring that she alone could fix the market, the former state senator offered herself as the crowd cheered and made a direct appeal to growers.", "made", "2022-11-06", "dateline")]
    public void DateAt_DatesARoleRightAfterTheLeadActByItsDay(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct(text, act, last: true));

    [Theory]
    // A quote a stage role says right after the lead act's sentence was said there.
    [InlineData(Nominated + "\u201cThe farms come first,\u201d said the Republican nominee.", "2022-11-04", "previous")]
    // Guard: the sentence between moves away from the lead's act.
    [InlineData(Nominated + "Her rival stayed home.\n\n\u201cThe farms come first,\u201d said the Republican nominee.", "2022-11-06", "dateline")]
    public void DateAt_DatesAStageRolesQuoteRightAfterTheLeadAct(string text, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfLastQuote(text, "said"));

    // The lead dates one day, Friday, two days before the article.
    private const string Failed = "Farm aid dies.\n\nA bill to fund farm aid failed in the state senate Friday, as lawmakers traded blame over the cost.\n\nThe governor said the vote was a disgrace.\n\n";

    [Theory]
    // A body told with "the" that also reacted joins the one day the lead dates.
    [InlineData(Failed + "The Farm Bureau also blasted the senate leaders.", "blasted", "2022-11-04", "previous")]
    [InlineData(Failed + "The White House also welcomed the vote.", "welcomed", "2022-11-04", "previous")]
    // Guards: an act that tells a story of its own, a medium of its own, no "also", a lead that dates two days.
    [InlineData(Failed + "The Farm Bureau also investigated the senate leaders.", "investigated", "2022-11-06", "dateline")]
    [InlineData(Failed + "The Farm Bureau also blasted the senate leaders in a letter.", "blasted", "2022-11-06", "dateline")]
    [InlineData(Failed + "The Farm Bureau blasted the senate leaders.", "blasted", "2022-11-06", "dateline")]
    [InlineData("Farm aid dies.\n\nA bill to fund farm aid failed in the state senate Friday, and the governor vowed on Saturday to revive it.\n\nThe governor said the vote was a disgrace.\n\nThe Farm Bureau also blasted the senate leaders.", "blasted", "2022-11-06", "dateline")]
    public void DateAt_DatesABodyThatAlsoReactedByTheLeadsDay(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct(text, act, last: true));

    [Theory]
    // A pronoun after a sentence whose subject, behind a short phrase of place or manner, is the lead's person.
    [InlineData(Nominated + "The crowd roared.\n\nIn nearly every field of policy, Hale vowed to put the farms first. \u201cThe farms come first,\u201d she said.", "2022-11-04", "previous")]
    // Guards: the opening phrase holds a date, or someone else is its subject.
    [InlineData(Nominated + "The crowd roared.\n\nIn a 2019 speech, Hale vowed to put the farms first. \u201cThe farms come first,\u201d she said.", "2022-11-06", "dateline")]
    [InlineData(Nominated + "The crowd roared.\n\nIn nearly every field of policy, Lane vowed to put the farms first. \u201cThe farms come first,\u201d she said.", "2022-11-06", "dateline")]
    public void DateAt_DatesAPronounAfterAPhraseOpeningOnTheLeadsPerson(string text, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfLastQuote(text, "said"));

    [Theory]
    // The article's own day on its dateline ("AMES, Nov. 6 (AP) -") is no scene: the lead's one recent day still sets it.
    [InlineData("Hale shouts down hecklers.\n\nAMES, Nov. 6 (AP) - Hecklers met Ann Hale twice Friday.\n\nThe first clash came during a rally in Ames, when hecklers interrupted her speech.\n\n\u201cI hear you,\u201d Hale said.", "2022-11-04", "previous")]
    // Guard: the article's day told in the story is a second day.
    [InlineData("Hale shouts down hecklers.\n\nAMES, Nov. 6 (AP) - Hecklers met Ann Hale twice Friday and again on Sunday.\n\nThe first clash came during a rally in Ames, when hecklers interrupted her speech.\n\n\u201cI hear you,\u201d Hale said.", "2022-11-06", "dateline")]
    public void DateAt_PassesOverTheDatelinesStamp(string text, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfLastQuote(text, "said"));

    [Theory]
    // A saying whose sentence opens on its speaker goes on the same speaker's saying the sentence before, which one before dated.
    [InlineData("In a post on Friday, the guild said its rules had long barred threats. It added that it had worked with the police. It said it would act on its own.", "said", "2022-11-04", "previous")]
    [InlineData("Hale said on Friday that the farm bill was dead. She said the votes were not there. She noted that the governor agreed.", "noted", "2022-11-04", "previous")]
    // Guards: another speaker opens the sentence between, a month dates the first saying, the sentence opens on no saying.
    [InlineData("Hale said on Friday that the farm bill was dead. Lane said the votes were there. She noted that the governor agreed.", "noted", "2022-11-06", "dateline")]
    [InlineData("Hale said in March that the farm bill was dead. She said the votes were not there. She noted that the governor agreed.", "noted", "2022-11-06", "dateline")]
    [InlineData("Hale said on Friday that the farm bill was dead. The votes were not there. She noted that the governor agreed.", "noted", "2022-11-06", "dateline")]
    public void DateAt_DatesASayingGoingOnFromTheSameSpeaker(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct("Farm bill stalls.\n\nThe bill is stuck.\n\n" + text, act, last: true));

    [Theory]
    // A statement goes with the announcement one of the two sentences before dated by a recent day.
    [InlineData("The farm deal, announced Friday, would last four years. It was worked out with help from Ann Hale, who said she expects a vote soon. \u201cBoth sides gave ground,\u201d Hale said in a statement.", "2022-11-04", "previous")]
    [InlineData("The guild announced on Saturday that it had reached a deal. \u201cBoth sides gave ground,\u201d Hale said in a joint statement.", "2022-11-05", "previous")]
    // Guards: no statement named, the announcement three sentences back, an announcement a month back.
    [InlineData("The farm deal, announced Friday, would last four years. It was worked out with help from Ann Hale, who said she expects a vote soon. \u201cBoth sides gave ground,\u201d Hale said.", "2022-11-06", "dateline")]
    [InlineData("The farm deal, announced Friday, would last four years. It was worked out with help from Ann Hale. Growers were glad. \u201cBoth sides gave ground,\u201d Hale said in a statement.", "2022-11-06", "dateline")]
    [InlineData("The farm deal, announced Oct. 4, would last four years. It was worked out with help from Ann Hale. \u201cBoth sides gave ground,\u201d Hale said in a statement.", "2022-11-06", "dateline")]
    public void DateAt_DatesAStatementByTheAnnouncementBefore(string text, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfLastQuote("Farm deal reached.\n\n" + text, "said"));

    // Words the split-quote, quote-alone, role and "also" rules read, glued at random.
    private static readonly string[] s_pieces =
    [
        "\u201c", "\u201d", "\"", ",", ".", "she said", "Hale said", "said", "added", "told", "Asked", "about", "at a briefing",
        "Friday", "Friday's", "three weeks ago", "in 2011", "that", "a", "an", "Ames", "Hale", "Tom Lane", "manager", "her sister",
        "They rigged the count", "It was a sham", "\n\n", "on Friday", "the statement", "confirmed", "via its website", "what",
        "Declaring", "the former state senator", "mogul", "also", "blasted", "The White House", "offered", "as", "and", "made",
        "who", "in the 21st century", "Ann Hale", "here Friday night", "as she accepted", "In nearly every field", "AMES, Nov. 6 (AP) -",
        "(", "-", "Nov. 6", "At one point", "It added", "It said", "She noted", "The guild said", "He also said", "in March", "said in a statement", "announced Friday", "in a joint statement", "released",
    ];

    [Theory]
    [InlineData(61)]
    [InlineData(62)]
    public void DateAt_SplitQuoteWordsInRandomText_NeverThrowsAndIsDeterministic(int seed) =>
        EventDatingProbe.AssertStableOnRandomText(s_pieces, seed, maxParts: 60, charOneIn: 12, glueOneIn: 6, uncuedHalf: true);
}
