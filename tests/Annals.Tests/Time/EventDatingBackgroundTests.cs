using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Dates that belong to a compared thing or to a noun's modifier, and the act's own year before its noun.</summary>
public class EventDatingBackgroundTests
{
    private static readonly DateOnly s_dct = new(2022, 11, 6);

    private static (string, string) DateOfAct(string text, string act) => EventDatingProbe.DateOfAct(text, act);

    [Theory]
    // A date inside a comparison is the compared thing's: the act before it, or after it past a set-off phrase, keeps none.
    [InlineData("The mayor's trip to Rome, where he met the pope, reminds me of the governor's trip to Paris in 1998.", "met", "2022-11-06", "dateline")]
    [InlineData("The mayor's trip to Rome reminds me of the governor's visit to Paris in 1998.", "trip", "2022-11-06", "dateline")]
    [InlineData("Blaming the flood on rivals - much like he did after the storm in March of last year - the mayor attacked the council.", "attacked", "2022-11-06", "dateline")]
    [InlineData("Nobody attacked him over the plan, as they did in a debate last week.", "attacked", "2022-11-06", "dateline")]
    // Neighbours: a comparison not set off goes on to tell the compared thing; "would like" is no comparison; an act
    // inside the compared phrase keeps its date.
    [InlineData("The gaffe was reminiscent of one from January 2013, when the mayor testified before the council.", "testified", "2013-01", "timex")]
    [InlineData("He would like to meet the pope in 1998 as planned.", "meet", "1998", "timex")]
    [InlineData("The mayor visited Rome in 1998 like his father.", "visited", "1998", "timex")]
    public void DateAt_LeavesADateOfAComparisonToTheComparedThing(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, act));

    [Theory]
    // The act's own year before its noun dates it; a day after a bare "after" that follows the noun does not.
    [InlineData("He backed the 2001 invasion of the country after 9/11.", "invasion", "2001", "timex")]
    [InlineData("Police drew scrutiny because of the 2014 shooting of a boy.", "shooting", "2014", "timex")]
    // Neighbours: another noun's year is still no date; a verb before the "after" keeps the day.
    [InlineData("He criticized the 2014 report on the shooting.", "shooting", "2022-11-06", "dateline")]
    [InlineData("Troops invaded the country after Sept. 11, 2001.", "invaded", "2001-09-11", "timex")]
    public void DateAt_TakesTheActsOwnYearNotTheDateItCameAfter(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, act));

    /// <summary>The date and basis of the last quote of <paramref name="text"/>, with no cue of its own.</summary>
    private static (string, string) DateOfLastUncuedQuote(string text)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, s_dct);
        int contentStart = text.LastIndexOf('\u201c') + 1;
        int contentEnd = text.IndexOf('\u201d', contentStart);
        return EventDating.DateAt(doc, doc.SentenceAt(contentStart), contentStart, contentStart, contentEnd, happened: true);
    }

    [Theory]
    // A run of quotes with no attribution goes on with the first, said when it was, whether or not that one was dated in its own sentence.
    [InlineData("\u201cWe must be tougher,\u201d the mayor told reporters on Friday. \u201cWe are losing.\u201d \u201cWe are not fighting.\u201d", "2022-11-04", "previous")]
    [InlineData("\u201cWe must be tougher,\u201d the mayor told reporters on Friday. \u201cWe are losing.\u201d \u201cWe are too soft.\u201d \u201cWe are not fighting.\u201d", "2022-11-04", "previous")]
    [InlineData("On Friday the mayor spoke at the plant. \u201cWe must be tougher,\u201d he said, adding that he had tried. \u201cWe are not fighting.\u201d", "2022-11-04", "previous")]
    // Neighbours: the story's own words between end the run; a title in a sentence of the story's own is no quote alone.
    [InlineData("\u201cWe must be tougher,\u201d the mayor told reporters on Friday. \u201cWe are losing.\u201d The crowd cheered. \u201cWe are not fighting.\u201d", "2022-11-06", "dateline")]
    [InlineData("\u201cWe must be tougher,\u201d the mayor told reporters on Friday. \u201cWe are losing.\u201d \u201cLosing\u201d plays at the theater.", "2022-11-06", "dateline")]
    public void DateAt_CarriesARunOfQuotesOnFromTheFirst(string text, string value, string basis) =>
        Assert.Equal((value, basis), DateOfLastUncuedQuote(text));

    [Theory]
    // "Citing last week's attack, Will urged ...": what the act refers to is its background.
    [InlineData("Citing last week's attack as a warning, the columnist urged voters to choose a veteran.", "urged", "2022-11-06", "dateline")]
    [InlineData("The columnist urged voters to choose a veteran on Friday, citing the attack.", "urged", "2022-11-04", "timex")]
    public void DateAt_LeavesTheDateOfWhatAnActCitesToTheThingCited(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, act));

    /// <summary>The date and basis of the last quote of <paramref name="text"/>, cued at the last <paramref name="cue"/>.</summary>
    private static (string, string) DateOfLastQuote(string text, string cue) => EventDatingProbe.DateOfLastQuote(text, cue);

    private const string Night = "The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. ";

    [Theory]
    // The debate night reaches a speaker named by an on-stage role, a participle of saying after "said", and a quote
    // whose own words hold a date or a medium.
    [InlineData(Night + "\u201cIt is hard,\u201d said the Ohio senator.", "said", "2022-11-05", "previous")]
    [InlineData(Night + "Asked about it, the candidate said \u201cit is hard.\u201d", "said", "2022-11-05", "previous")]
    [InlineData(Night + "\u201cHow will you pay for it?\u201d said the moderator.", "said", "2022-11-05", "previous")]
    [InlineData(Night + "\u201cIt is clear,\u201d Hale said, adding that \u201che had fought for it.\u201d", "adding", "2022-11-05", "previous")]
    [InlineData(Night + "\u201cYou want to be tough tonight,\u201d Hale said.", "said", "2022-11-05", "previous")]
    [InlineData(Night + "\u201cThat memorized speech is all he has,\u201d Hale said.", "said", "2022-11-05", "previous")]
    // Neighbours: an off-stage role, a date or a medium outside the quoted words, and "saying" after a present verb.
    [InlineData(Night + "\u201cIt is hard,\u201d said the Ohio pollster.", "said", "2022-11-06", "dateline")]
    [InlineData(Night + "His campaign manager, Tom Hale, said \u201cit is hard.\u201d", "said", "2022-11-06", "dateline")]
    [InlineData(Night + "The senator, Tom Hale, said \u201cit is hard.\u201d", "said", "2022-11-05", "previous")]
    [InlineData(Night + "\u201cIt is hard,\u201d Hale said in an interview.", "said", "2022-11-06", "dateline")]
    [InlineData(Night + "\u201cIt is clear,\u201d Hale says, adding that \u201che had fought for it.\u201d", "adding", "2022-11-06", "dateline")]
    public void DateAt_CarriesTheDebateNightToRolesParticiplesAndQuotedDates(string text, string cue, string value, string basis) =>
        Assert.Equal((value, basis), DateOfLastQuote(text, cue));

    [Theory]
    // A paragraph that opens on the same person's next act, or on "In his speech," and a name, goes on with the recent
    // day of the paragraph before.
    [InlineData("Hale seemed torn on Thursday night when he gave a speech.\n\nHe vowed to keep fighting.", "vowed", "2022-11-03", "previous")]
    [InlineData("The mayor left the talking to others on Thursday at the rally.\n\nIn his speech, Mr. Hale argued that the plan had failed.", "argued", "2022-11-03", "previous")]
    // Neighbours: a sentence that opens on no name before, a date long back, a present act, another medium, and an
    // act that is not the subject's first verb.
    [InlineData("On Thursday night the hall was full.\n\nHe vowed to keep fighting.", "vowed", "2022-11-06", "dateline")]
    [InlineData("Hale seemed torn on Oct. 12 when he gave a speech.\n\nHe vowed to keep fighting.", "vowed", "2022-11-06", "dateline")]
    [InlineData("Hale seemed torn on Thursday night when he gave a speech.\n\nHe vows to keep fighting.", "vows", "2022-11-06", "dateline")]
    [InlineData("Hale seemed torn on Thursday night when he gave a speech.\n\nHe vowed in an interview to keep fighting.", "vowed", "2022-11-06", "dateline")]
    [InlineData("Hale seemed torn on Thursday night when he gave a speech.\n\nHe says the rival attacked him.", "attacked", "2022-11-06", "dateline")]
    public void DateAt_CarriesARecentSceneIntoTheNextParagraphOfTheSamePerson(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, act));

    [Theory]
    // "According to" the source the sentence before dated: the scene it found goes on, however long ago.
    [InlineData("The Herald obtained a tape of the speech she gave at the bank on Dec. 5, 2007.\n\nAccording to the Herald, Hale praised her donors.", "praised", "2007-12-05", "previous")]
    // Neighbours: a source the sentence before did not name, a present act, and a date after the article's.
    [InlineData("The Herald obtained a tape of the speech she gave at the bank on Dec. 5, 2007.\n\nAccording to the Ledger, Hale praised her donors.", "praised", "2022-11-06", "dateline")]
    [InlineData("The Herald obtained a tape of the speech she gave at the bank on Dec. 5, 2007.\n\nAccording to the Herald, Hale praises her donors.", "praises", "2022-11-06", "dateline")]
    public void DateAt_CarriesTheSceneASourceDatedToWhatItGoesOnTelling(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, act));

    [Theory]
    // The sentence before keeps the night when its only other dates name a thing, say "in the past", or stand in quoted
    // words; a duration in the speaker's own sentence is no date of it.
    [InlineData(Night + "Hale criticized the governor's 2011 plan. Hale said \u201cit failed.\u201d", "said", "2022-11-05", "previous")]
    [InlineData(Night + "It was no worse than in the past. Hale said \u201cit failed.\u201d", "said", "2022-11-05", "previous")]
    [InlineData(Night + "\u201cAt the end of the day, it works,\u201d Hale added. Hale said \u201che would act within 100 days.\u201d", "said", "2022-11-05", "previous")]
    // Neighbours: a past date of the story's own in the sentence before, or in the speaker's sentence.
    [InlineData(Night + "Hale criticized the plan in 2011. Hale said \u201cit failed.\u201d", "said", "2022-11-06", "dateline")]
    [InlineData(Night + "Hale said on Oct. 3 \u201cit failed.\u201d", "said", "2022-10-03", "timex")]
    public void DateAt_KeepsTheNightPastDatesThatSetNoScene(string text, string cue, string value, string basis) =>
        Assert.Equal((value, basis), DateOfLastQuote(text, cue));

    // Words the comparison, run-of-quotes, role, scene and source rules read, glued at random.
    private static readonly string[] s_pieces =
    [
        "like", "much", "reminds", "me", "of", "in 1985", "after", "9/11", "the", "2001", "invasion", "citing", "as", "he", "did",
        "\u201c", "\u201d", "said", ",", ".", "-", "\u2015", "adding", "that", "the Florida senator", "candidate", "moderator",
        "He", "vowed", "In his speech", "Mr. Hale", "argued", "According to", "Hale", "praised", "on Dec. 5, 2007", "Tuesday night",
        "\n\n", "Saturday's debate", "tonight", "in the past", "2011", "plan", "told CNN", "We", "are", "losing",
    ];

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void DateAt_RandomTextOfTheBackgroundWords_NeverThrowsAndIsDeterministic(int seed) =>
        EventDatingProbe.AssertStableOnRandomText(s_pieces, seed, maxParts: 60, charOneIn: 12, glueOneIn: 6, uncuedHalf: true);
}
