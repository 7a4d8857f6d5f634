using Annals.Documents;
using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>The compared thing told again keeps its date; clauses about the speaker and off-stage pronouns date no quote.</summary>
public class EventDatingSpeakerClauseTests
{
    private static readonly DateOnly s_dct = new(2022, 11, 6);

    private static (string, string) DateOfAct(string text, string act) => EventDatingProbe.DateOfAct(text, act);

    /// <summary>The date and basis of the last quote of <paramref name="text"/>, cued at the last <paramref name="cue"/>.</summary>
    private static (string, string) DateOfLastQuote(string text, string cue) => EventDatingProbe.DateOfLastQuote(text, cue);

    [Theory]
    // An act a second comparison word points at is the compared thing again and keeps the comparison's date.
    [InlineData("\u201cHis visit reminds me of the governor's trip to Paris in 1998,\u201d she wrote, recalling the meeting between the two men.", "meeting", "1998", "timex")]
    // Neighbours: the act compared from still takes none; an act past the break with no comparison word takes none.
    [InlineData("\u201cHis visit reminds me of the governor's trip to Paris in 1998,\u201d she wrote, recalling the meeting between the two men.", "visit", "2022-11-06", "dateline")]
    [InlineData("The mayor's trip to Rome, where he met the pope, reminds me of the governor's visit to Paris in 1998, she wrote.", "wrote", "2022-11-06", "dateline")]
    public void DateAt_KeepsTheComparedThingsDateWhenToldAgain(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, act));

    [Theory]
    // A relative clause about the speaker after the cue dates the speaker, not the quote.
    [InlineData("\u201cThe party has moved on,\u201d said Dana Smith, a former state senator who ran for the Senate in 2008.", "said", "2022-11-06", "dateline")]
    [InlineData("\u201cThe bank has new aims,\u201d said Dana Smith, who was a director at the bank from 2010 to 2013, and as such hired the chief four years ago.", "said", "2022-11-06", "dateline")]
    // Neighbours: a date of the saying's own still dates it; so does a day in the speaker's clause, often the scene.
    [InlineData("\u201cThe party has moved on,\u201d said the businessman, who campaigned Monday in the state.", "said", "2022-10-31", "timex")]
    [InlineData("\u201cThe party has moved on,\u201d said Dana Smith on Friday.", "said", "2022-11-04", "timex")]
    public void DateAt_TakesNoDateFromAClauseAboutTheSpeaker(string text, string cue, string value, string basis) =>
        Assert.Equal((value, basis), DateOfLastQuote(text, cue));

    private const string Night = "The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. ";

    [Theory]
    // A pronoun standing for a speaker brought in with an off-stage role stays off the debate night.
    [InlineData(Night + "\u201cIt is hard,\u201d said Dana Smith, a Clinton aide. The race has been slow. \u201cWe are losing,\u201d he said.", "2022-11-06", "dateline")]
    // Neighbours: one on stage goes on with the night; a new paragraph cuts the pronoun from the aide.
    [InlineData(Night + "\u201cIt is hard,\u201d said the Ohio senator. The race has been slow. \u201cWe are losing,\u201d he said.", "2022-11-05", "previous")]
    [InlineData(Night + "\u201cIt is hard,\u201d said Dana Smith, a Clinton aide.\n\nThe senator looked tired. \u201cWe are losing,\u201d he said.", "2022-11-05", "previous")]
    public void DateAt_KeepsAnOffStagePronounOffTheDebateNight(string text, string value, string basis) =>
        Assert.Equal((value, basis), DateOfLastQuote(text, "said"));

    [Theory]
    // The year of the act's own noun dates it with up to two modifiers between.
    [InlineData("The agency made its statement in response to a 2012 records request from the group.", "request", "2012", "timex")]
    [InlineData("He was blamed for the 2012 fatal attack on the consulate.", "attack", "2012", "timex")]
    // Neighbours: a noun past a preposition, or past three words, is another thing's; the act before the year takes none.
    [InlineData("He criticized the 2014 report on the shooting.", "shooting", "2022-11-06", "dateline")]
    [InlineData("The agency made its statement in response to a 2012 records request from the group.", "statement", "2022-11-06", "dateline")]
    [InlineData("He shared a syllabus for a 2002 psychology class called Perception.", "called", "2022-11-06", "dateline")]
    public void DateAt_TakesTheYearOfTheActsNounPastItsModifiers(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, act));

    [Theory]
    // "N days after" an event the article dates elsewhere counts from that event's day.
    [InlineData("A gunman killed 49 people in an attack on June 12 in the city. \u201cWe want to be safe,\u201d he said two days after the attack.", "2022-06-14", "anaphora")]
    public void DateAt_CountsDaysFromAnEventDatedElsewhere(string text, string value, string basis) =>
        Assert.Equal((value, basis), DateOfLastQuote(text, "said"));

    [Theory]
    // A quote led in by "then" after a noun was said at the time the sentence before dated.
    [InlineData("The answer may come from the defense he mounted in 1992.\n\nHis stock answer then \u2014 \u201cI will be fine\u201d \u2014 is likely to be used again.", "1992", "previous")]
    // Neighbours: "since then" leads in words said after that time; no "then" leaves the quote on the article's day.
    [InlineData("The answer may come from the defense he mounted in 1992.\n\nHis stock answer since then \u2014 \u201cI will be fine\u201d \u2014 is likely to be used again.", "2022-11-06", "dateline")]
    [InlineData("The answer may come from the defense he mounted in 1992.\n\nHis stock answer \u2014 \u201cI will be fine\u201d \u2014 is likely to be used again.", "2022-11-06", "dateline")]
    public void DateAt_DatesAQuoteLedInByThen(string text, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, s_dct);
        int contentStart = text.LastIndexOf('\u201c') + 1;
        int contentEnd = text.IndexOf('\u201d', contentStart);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(contentStart), contentStart, contentStart, contentEnd, happened: true));
    }

    [Theory]
    // A past scene set two sentences back goes on through an undated past sentence to the same person's next act.
    [InlineData("In 1991, the casino company filed for bankruptcy. The analyst decided to fight back. He sued the owner for libel.", "sued", "1991", "previous")]
    // The scene may close the paragraph before and open after a colon.
    [InlineData("He was proved right: In 1991, the casino company filed for bankruptcy.\n\nThe analyst decided to fight back. He sued the owner for libel.", "sued", "1991", "previous")]
    // Neighbours: a new paragraph before the act, a present bridge, a quote in the bridge, a name opening the act, or a scene only days back stop the carry.
    [InlineData("In 1991, the casino company filed for bankruptcy. The analyst decided to fight back.\n\nHe sued the owner for libel.", "sued", "2022-11-06", "dateline")]
    [InlineData("In 1991, the casino company filed for bankruptcy. The analyst is a careful man. He sued the owner for libel.", "sued", "2022-11-06", "dateline")]
    [InlineData("In 1991, the casino company filed for bankruptcy. The analyst said \u201cwe will fight.\u201d He sued the owner for libel.", "sued", "2022-11-06", "dateline")]
    [InlineData("In 1991, the casino company filed for bankruptcy. The analyst decided to fight back. The mayor sued the owner for libel.", "sued", "2022-11-06", "dateline")]
    [InlineData("On Thursday, the casino company filed for bankruptcy. The analyst decided to fight back. He sued the owner for libel.", "sued", "2022-11-06", "dateline")]
    public void DateAt_CarriesAPastSceneThroughOneSentenceToTheSamePerson(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, act));

    [Theory]
    // The one a past "when" clause brought on goes on acting in its scene.
    [InlineData("The gaffes recalled one from January 2013, when Clinton testified before the panel. Clinton, angry, famously answered the senator.", "answered", "2013-01", "previous")]
    // Neighbours: another person, a new paragraph, or a present act stay on the article's day.
    [InlineData("The gaffes recalled one from January 2013, when Clinton testified before the panel. Sanders, angry, famously answered the senator.", "answered", "2022-11-06", "dateline")]
    [InlineData("The gaffes recalled one from January 2013, when Clinton testified before the panel.\n\nClinton, angry, famously answered the senator.", "answered", "2022-11-06", "dateline")]
    [InlineData("The gaffes recalled one from January 2013, when Clinton testified before the panel. Clinton now says she regrets it.", "says", "2022-11-06", "dateline")]
    public void DateAt_CarriesAWhenClausesSceneToItsPerson(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, act));
}
