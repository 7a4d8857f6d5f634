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
    // Long articles have their mentions indexed once; the answers are the same.
    [InlineData(2000, "Friday's shooting shocked the town.", "2022-11-06")]
    [InlineData(2000, "Friday's shooting shocked the town. The shooting on Oct. 12 did too.", "2022-11-06")]
    [InlineData(2000, "The Oct. 20 shooting shocked the town.", "2022-10-22")]
    public void DateAt_ReadsEveryMentionOfTheEvent(int filler, string tail, string value)
    {
        var text = "Hale resigned two days after the shooting. " + string.Concat(Enumerable.Repeat("The shooting was mourned. ", filler)) + tail;
        Assert.Equal(value, EventDatingProbe.DateOfAct(text, "resigned").Item1);
    }

    [Theory]
    // One brought in with an off-stage role stays off the debate's stage, in a short article and in a long one.
    [InlineData(0, "2022-11-06", "dateline")]
    [InlineData(3000, "2022-11-06", "dateline")]
    public void DateAt_RoleAtFirstMentionHoldsInLongArticles(int filler, string value, string basis)
    {
        var text = "The senator attacked the governor in Saturday's debate. The pollster Tom Hale was not surprised. The moderator pressed them on taxes. Hale accused the governor of lying. "
                   + string.Concat(Enumerable.Repeat("The crowd cheered. ", filler));
        var doc = TemporalExpressionSpecTests.Analyze(text, EventDatingProbe.Dct);
        int offset = text.IndexOf("accused", StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(offset), offset, -1, -1, happened: true));
    }

    [Theory]
    // "a week", "two weeks" count seven days each from the event the article dates; "the week after" spans a week.
    [InlineData("Hale resigned a week after the shooting. The Oct. 20 shooting shocked the town.", "2022-10-27", "anaphora")]
    [InlineData("Hale resigned one week before the shooting. The Oct. 20 shooting shocked the town.", "2022-10-13", "anaphora")]
    [InlineData("Hale resigned two weeks after the shooting. The Oct. 20 shooting shocked the town.", "2022-11-03", "anaphora")]
    [InlineData("Hale resigned 3 weeks after the shooting. The Oct. 10 shooting shocked the town.", "2022-10-31", "anaphora")]
    [InlineData("Hale resigned the week after the shooting. The Oct. 20 shooting shocked the town.", "2022-11-06", "dateline")]
    [InlineData("Hale resigned six weeks after the shooting. The Sept. 10 shooting shocked the town.", "2022-11-06", "dateline")]
    [InlineData("Hale resigned three weeks after the shooting. The Oct. 20 shooting shocked the town.", "2022-11-06", "dateline")]
    public void DateAt_CountsWeeksFromADatedEvent(string text, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct(text, "resigned"));

    [Theory]
    // The event's day may follow a place ("the attack in Orlando on Oct. 12"), a date may stand where a name did ("the
    // Orlando attack" / "the Oct. 12 attack"), and a phrase opening the sentence may anchor its act.
    [InlineData("Hale accused Lane of lying two days after the attack in Orlando on Oct. 12.", "2022-10-14", "timex")]
    [InlineData("Hale accused Lane of lying two days after the attack. The attack in Orlando on Oct. 12 killed nine.", "2022-10-14", "anaphora")]
    [InlineData("Hale accused Lane of lying two days after the Orlando attack. The Oct. 12 attack killed nine.", "2022-10-14", "anaphora")]
    [InlineData("Two days after the attack, Hale accused Lane of lying. The Oct. 12 attack killed nine.", "2022-10-14", "anaphora")]
    [InlineData("During Thursday's debate, Hale accused Lane of lying.", "2022-11-03", "timex")]
    // Neighbours: another place's attack named with a name of its own; a phrase with two commas; a month, no day.
    [InlineData("Hale accused Lane of lying two days after the Orlando attack. The Oct. 12 attack in Paris and the Nice attack on Oct. 20 killed nine.", "2022-11-06", "dateline")]
    [InlineData("Two days after the attack, in the capital, Hale accused Lane of lying. The Oct. 12 attack killed nine.", "2022-11-06", "dateline")]
    [InlineData("Hale accused Lane of lying two days after the attack in October.", "2022-10", "timex")]
    public void DateAt_FindsTheDatedEventAroundItsNoun(string text, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct(text, "accused"));

    [Theory]
    // Quoted words with no cue of their own that open the sentence after a narrated saying go on it, said when it was.
    [InlineData("Lane said at a rally Tuesday that Hale was dangerous.\n\n\u201cHe is not fit to lead.\u201d", "2022-11-01", "previous")]
    [InlineData("Lane announced on Monday the lawsuit against the state. \u201cWe are seeking a court order.\u201d", "2022-10-31", "previous")]
    // The sentence before may open inside words quoted since an earlier one.
    [InlineData("\"She is weak. She is a flawed candidate,\" Hale said Wednesday on the radio. \"She will not do well.\"", "2022-11-02", "previous")]
    [InlineData("\u201cShe is weak. She is a flawed candidate,\u201d Hale said Wednesday on the radio. \u201cShe will not do well.\u201d", "2022-11-02", "previous")]
    // A pronoun's saying going on from a dated one lends that date on.
    [InlineData("Lane said at a rally Tuesday that Hale was dangerous. She added that he could not be trusted.\n\n\u201cHe is not fit to lead.\u201d", "2022-11-01", "previous")]
    // Neighbours: the saying's date came from a sentence further back; the run closes on a cue of its own; no saying;
    // no one named says it.
    [InlineData("Both candidates spoke at a debate on Thursday night. Lane said in a statement. \u201cThere are no ballots to count.\u201d", "2022-11-06", "dateline")]
    [InlineData("A magazine reported on Saturday that Hale may run. \u201cI would love that. I would win,\u201d Lane said.", "2022-11-06", "dateline")]
    [InlineData("Lane marched at a rally Tuesday against the plan.\n\n\u201cHe is not fit to lead.\u201d", "2022-11-06", "dateline")]
    public void DateAt_UncuedQuoteGoesOnTheNarratedSaying(string text, string value, string basis)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        var doc = TemporalExpressionSpecTests.Analyze(text, EventDatingProbe.Dct);
        int contentStart = text.Contains('\u201c') ? text.LastIndexOf('\u201c') + 1 : text.LastIndexOf('"', text.Length - 2) + 1;
        int contentEnd = text.Contains('\u201c') ? text.IndexOf('\u201d', contentStart) : text.Length - 1;
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(contentStart), contentStart, contentStart, contentEnd, happened: true));
    }

    [Theory]
    // A pronoun standing for one the article says it interviewed talks to the reporter, not at the lead's occasion.
    [InlineData(" in a phone interview", "2022-11-06", "dateline")]
    [InlineData("", "2022-11-04", "previous")]
    public void DateAt_IntervieweesPronounTalksToTheReporter(string medium, string value, string basis)
    {
        var text = "Scenes from Tom Hale's rally in Ohio Friday will keep the writer Tom Lane awake at night.\n\nIt wasn't just the cries that rattled Lane.\n\n"
                   + "\u201cI was surprised by the joy they took in their hatred,\u201d said Lane.\n\nTo Lane, who has studied the rallies, Friday marked a turning point.\n\n"
                   + "The event \u201cwas the first time I walked away with that idea,\u201d Lane said" + medium + ".\n\n"
                   + "Lane tweeted his observations of the rally as he lined up outside.\n\nLane, a writing teacher, said he holds his roots dear. He said he recognizes his family in many of the supporters.";
        var doc = TemporalExpressionSpecTests.Analyze(text, EventDatingProbe.Dct);
        int cue = text.LastIndexOf("said", StringComparison.Ordinal), contentStart = cue + 5;
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(cue), cue, contentStart, text.Length - 1, happened: true));
    }

    [Theory]
    // Words that go on from a speech told the sentence before take no date of a clause about its speaker.
    [InlineData("\u201cAiles is bold,\u201d said Gov. Tom Hale of Iowa, who hired him in his campaigns in 1986 and 1990. He added, \u201cIt will be interesting.\u201d", "added", "2022-11-06", "dateline")]
    [InlineData("\u201cAiles is bold,\u201d Hale said at a rally in 1990. He added, \u201cIt will be interesting.\u201d", "added", "1990", "previous")]
    // A saying in the past perfect came before the story's act, and is not the one the next quote goes on.
    [InlineData("Hale took on Lane on Sunday after the governor had said on Saturday evening that he was a liar. \u201cIt is nonsense,\u201d Hale said.", "said", "2022-11-06", "dateline")]
    [InlineData("Hale said on Saturday evening that Lane was a liar. \u201cIt is nonsense,\u201d Hale said.", "said", "2022-11-05TEV", "previous")]
    public void DateAt_QuoteGoesOnTheSpeechNotItsBackground(string text, string cue, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfLastQuote(System.Text.RegularExpressions.Regex.Unescape(text), cue));

    [Theory]
    // An act in a clause set apart about one the sentence before did not name is that one's background, not the story
    // going on; a thing told before goes on in such a clause.
    [InlineData("Also on Thursday, the mayor dropped his fight over a video. The family of Tom Hale, who was shot by an officer, has sought the video for a year.", "shot", "2022-11-06", "dateline")]
    [InlineData("Also on Thursday, the mayor signed a decree. The decree, which was drafted by his aides, ends the fight.", "drafted", "2022-11-03", "previous")]
    [InlineData("At the rally on Thursday, the mayor met a coalition of unions. The coalition of unions who feared the bill cheered him.", "cheered", "2022-11-03", "previous")]
    public void DateAt_NewcomersBackgroundDoesNotGoOnTheStory(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct(text, act));

    [Theory]
    // A saying in an interview the sentence brings in, with no date of its own, was said to the reporter, after the scene.
    [InlineData("Smith attended the rally on Tuesday. Smith said in a phone interview that the crowd was angry.", "2022-11-06", "dateline")]
    [InlineData("Smith attended the rally on Tuesday. Smith told The Times in an interview that the crowd was angry.", "2022-11-06", "dateline")]
    // Neighbours: no interview; the interview referred back to; the interview dated in the sentence.
    [InlineData("Smith attended the rally on Tuesday. Smith said the crowd was angry.", "2022-11-01", "previous")]
    [InlineData("Smith gave an interview on Tuesday. Smith said in the interview that the crowd was angry.", "2022-11-01", "previous")]
    [InlineData("Smith attended the rally on Tuesday. Smith said in an interview Thursday that the crowd was angry.", "2022-11-03", "timex")]
    public void DateAt_SayingInAnInterviewIsNotTheScenes(string text, string value, string basis)
    {
        var cue = text.LastIndexOf("Smith ", StringComparison.Ordinal) + 6;
        var doc = TemporalExpressionSpecTests.Analyze(text, EventDatingProbe.Dct);
        int complement = text.IndexOf("the crowd", StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(cue), cue, complement, text.Length - 1, happened: true));
    }

    [Theory]
    // Words a participle adds go on the saying before it when the story before dated that saying.
    [InlineData("On Friday night in Ohio, Hale said the crisis had deep roots. \u201cWe let a city drink bad water,\u201d she said, adding, \u201cThat would not happen to the rich.\u201d", "2022-11-04", "previous")]
    // Neighbours: the saying undated; no saying before the participle.
    [InlineData("Hale said the crisis had deep roots. \u201cWe let a city drink bad water,\u201d she said, adding, \u201cThat would not happen to the rich.\u201d", "2022-11-06", "dateline")]
    [InlineData("On Friday night in Ohio, Hale said the crisis had deep roots. \u201cWe let a city drink bad water,\u201d she cried out, adding, \u201cThat would not happen to the rich.\u201d", "2022-11-06", "dateline")]
    public void DateAt_ParticipleGoesOnTheSayingBefore(string text, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfLastQuote(System.Text.RegularExpressions.Regex.Unescape(text), "adding"));

    // Words the week counts, the narrated sayings and the interviewee checks read, glued at random.
    private static readonly string[] s_pieces =
    [
        "Lane", "He", "she", "said", "told", "in", "a", "phone", "interview", "week", "weeks", "two", "3", "after", "before", "the",
        "shooting", "rally", "Tuesday", "Oct. 20", "at", "that", ",", ".", "\u201c", "\u201d", "\n\n", "writer", "announced",
    ];

    [Theory]
    [InlineData(81)]
    [InlineData(82)]
    public void DateAt_RandomRoundText_NeverThrowsAndIsDeterministic(int seed) =>
        EventDatingProbe.AssertStableOnRandomText(s_pieces, seed, maxParts: 60, charOneIn: 12, glueOneIn: 6, uncuedHalf: true);
}
