namespace Annals.Tests.Time;

/// <summary>
/// Acts and quotes of a next-day story that refer back to the one-day occasion its lead dates ("at the meeting", "his
/// speech", "At the Expo,") take that day; those the story sets apart from it keep their own or the article's date.
/// </summary>
public class EventDatingSceneCarryTests
{
    // The lead dates the farm lobby's meeting once, on Friday 2022-11-04, two days before the article.
    private const string Lead = "Farm lobby hears the candidates.\n\nAnn Hale spoke to the farm lobby's annual meeting in Ames, and she offered the growers new promises Friday. The crowd stood and cheered.\n\n";

    [Theory]
    // An occasion named again just before, or in the act's own sentence, sets the act at the lead's day.
    [InlineData(Lead + "The two other candidates also spoke at the meeting. Lane called for an end to the subsidy.", "called", "2022-11-04", "previous")]
    [InlineData(Lead + "Lane held a private breakfast with donors ahead of his speech.", "held", "2022-11-04", "previous")]
    [InlineData(Lead + "At the Expo, however, Lane stuck to his script.\n\nHe denounced the trade pact.", "denounced", "2022-11-04", "previous")]
    [InlineData(Lead + "Both men also spoke at the meeting. The growers were polite. To loud applause, Lane called for an end to the subsidy.", "called", "2022-11-04", "previous")]
    // A second past verb joined by "and" shares the scene of the subject the sentence opens on.
    [InlineData(Lead + "Lane also spoke at the meeting. He denounced the pact and rejected the tariff plan.", "rejected", "2022-11-04", "previous")]
    // Guards: no occasion named near, an occasion brought in anew ("a speech in Boise"), a place's name, an act set a span
    // apart from the occasion, a medium of its own, an act told in the present, and an occasion dated by a year.
    [InlineData(Lead + "The two other candidates also backed the bill. Lane called for an end to the subsidy.", "called", "2022-11-06", "dateline")]
    [InlineData(Lead + "Lane instead gave a speech in Boise. Lane called for an end to the subsidy.", "called", "2022-11-06", "dateline")]
    [InlineData(Lead + "Lane also spoke at the Iowa Convention Center. Lane called for an end to the subsidy.", "called", "2022-11-06", "dateline")]
    [InlineData(Lead + "A week after Lane spoke to the gathering of growers, Lane called for an end to the subsidy.", "called", "2022-11-06", "dateline")]
    [InlineData(Lead + "Lane also spoke at the meeting. In an interview with the Gazette, Lane called for an end to the subsidy.", "called", "2022-11-06", "dateline")]
    [InlineData(Lead + "Lane also spoke at the meeting. Lane calls for an end to the subsidy.", "calls", "2022-11-06", "dateline")]
    [InlineData(Lead + "Lane recalled his 2019 speech to the group. Lane called for an end to the subsidy.", "called", "2022-11-06", "dateline")]
    [InlineData(Lead + "Lane also spoke at the meeting. He denounced the pact that the mayor wrote and rejected the tariff plan.", "rejected", "2022-11-06", "dateline")]
    public void DateAt_DatesAnActAtTheLeadsOccasionByItsDay(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct(text, act, last: true));

    [Theory]
    // A quote after the occasion is named again was said there.
    [InlineData(Lead + "Lane also spoke at the meeting. \u201cThe subsidy must end,\u201d Lane said.", "said", "2022-11-04", "previous")]
    [InlineData(Lead + "Growers questioned them at the town hall that followed. \u201cThe subsidy must end,\u201d Lane said.", "said", "2022-11-04", "previous")]
    [InlineData(Lead + "Asked about the subsidy in the debate that closed the day, Lane hedged. \u201cIt must end,\u201d Lane said.", "said", "2022-11-04", "previous")]
    // Guards: a lead that dates two days, and a quote whose saying the sentence dates itself.
    [InlineData("Farm lobby hears the candidates.\n\nAnn Hale spoke to the farm lobby's annual meeting Friday, a day after her rival met the growers on Thursday.\n\nLane also spoke at the meeting. \u201cThe subsidy must end,\u201d Lane said.", "said", "2022-11-06", "dateline")]
    [InlineData(Lead + "Lane also spoke at the meeting. \u201cThe subsidy must end,\u201d Lane said on Sunday.", "said", "2022-11-06", "timex")]
    public void DateAt_DatesAQuoteAtTheLeadsOccasionByItsDay(string text, string cue, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfLastQuote(text, cue));

    [Theory]
    // A past decade in the act's own clause is the act's time.
    [InlineData("Critics complained about the mayor's conduct in the 1990s.", "complained", "199X", "timex")]
    [InlineData("The militia carried out massacres in the 1980s, the report found.", "massacres", "198X", "timex")]
    // Guards: the decade dates an act nested after the trigger, starts a stretch, or is not over.
    [InlineData("The senator criticized him for repeated votes against the bill in the 1990s.", "criticized", "2022-11-06", "dateline")]
    [InlineData("She accused him of using the slur in the 1990s.", "accused", "2022-11-06", "dateline")]
    [InlineData("Prices have risen since the 1990s.", "risen", "2022-11-06", "dateline")]
    [InlineData("The firm expanded in the 2020s.", "expanded", "2022-11-06", "dateline")]
    public void DateAt_DatesAnActByAPastDecadeInItsClause(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct(text, act));

    [Theory]
    // A past told in the negative goes on in the scene a date at the head of the sentence before set.
    [InlineData("In March, the board sent the mayor a letter. The mayor didn't answer the letter.", "answer", "2022-03", "previous")]
    [InlineData("In March, the board sent the mayor a letter. The mayor wasn’t ready to answer it.", "answer", "2022-03", "previous")]
    // Guard: the present in the negative is the article's now.
    [InlineData("In March, the board sent the mayor a letter. The mayor doesn't answer letters.", "answer", "2022-11-06", "dateline")]
    public void DateAt_CarriesTheSceneToAPastToldInTheNegative(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct(text, act));

    [Theory]
    // A headline's act in the present takes the recent day of the first body sentence, skipping a day ahead or an aside.
    [InlineData("Governor endorses Lane in tight race.\n\nAnn Hale, who faces a vote on Tuesday, endorsed Lane on Friday in a radio interview.\n\nThe race is close.", "endorses", "2022-11-04", "previous")]
    [InlineData("Lane wins the vote.\n\nHale vows to fight on in the runoff.\n\nAnn Lane won the city vote on Saturday, and her rival promised a runoff.", "vows", "2022-11-05", "previous")]
    // Guards: the lead's day is more than three days back, only a later sentence has a date, the first line is too long
    // for a headline.
    [InlineData("Governor endorses Lane.\n\nAnn Hale endorsed Lane on Oct. 20 in a radio interview.", "endorses", "2022-11-06", "dateline")]
    [InlineData("Governor endorses Lane.\n\nAnn Hale has thrown her support behind Lane, the mayor who has led the city through two floods and a long strike.\n\nOn Friday, the mayor refused to back him.", "endorses", "2022-11-06", "dateline")]
    [InlineData("Ann Hale, the governor of the state for the last six years and a former judge, endorses Lane and his plan.\n\nShe spoke on Friday.", "endorses", "2022-11-06", "dateline")]
    public void DateAt_DatesAHeadlinesActByTheLeadsDay(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct(text, act));

    [Theory]
    // A sentence that opens on the speaker's occasion goes on with the date the sentence before gave that occasion.
    [InlineData("The plan was first laid out in a 2019 speech Hale gave to the guild. In her remarks, Hale argued that the guild must grow.", "argued", "2019", "previous")]
    [InlineData("Lane attacked the plan in Tuesday's hearing. At the hearing, Lane also accused the mayor of hiding costs.", "accused", "2022-11-01", "previous")]
    // Guards: the occasion before has no date of its own, and an act told in the present.
    [InlineData("The plan was first laid out in a speech Hale gave to the guild. In her remarks, Hale argued that the guild must grow.", "argued", "2022-11-06", "dateline")]
    [InlineData("The plan was first laid out in a 2019 speech Hale gave to the guild. In her remarks, Hale argues that the guild must grow.", "argues", "2022-11-06", "dateline")]
    public void DateAt_DatesAnActAtTheOccasionTheSentenceBeforeDated(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct(text, act));

    [Theory]
    // The lead's person acting "as she" did the dated act sets the scene of that person's later past acts.
    [InlineData("Ann Hale attacked the plan as she opened the fair on Friday night. The crowd cheered loudly. Hale accused the governor of lying.", "2022-11-04", "previous")]
    // A pronoun right after a sentence that opens on the lead's person is that person.
    [InlineData("Ann Hale attacked the plan at a rally on Friday night. Hale spoke for an hour. She accused the governor of lying.", "2022-11-04", "previous")]
    // Guards: a clause with another subject dates another act; a pronoun after a sentence on someone else.
    [InlineData("Ann Hale attacked the plan at a rally on Friday night. Lane spoke for an hour. She accused the governor of lying.", "2022-11-06", "dateline")]
    [InlineData("Ann Hale attacked the plan as the mayor opened the fair on Friday night. The crowd cheered loudly. Hale accused the governor of lying.", "2022-11-06", "dateline")]
    public void DateAt_DatesTheLeadPersonsActsByTheDayOfTheirSameMomentClause(string text, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfAct(text, "accused"));

    // Words the scene, headline and decade rules read, glued at random.
    private static readonly string[] s_pieces =
    [
        "At", "AIPAC", ",", ".", "the", "his", "speech", "town", "hall", "meeting", "debate", "endorses", "Slams", "Friday",
        "Saturday night", "in the 1990s", "during", "1980s", "didn't", "as", "he", "He", "She", "and", "rejected", "called",
        "said", "a week after", "interview", "\n\n", "\n", "\u201c", "\u201d", "'s", "Hale", "Ann Hale", "who", "In her remarks",
        "in a 2007 address", "was", "has", "denounced", "the crowd",
    ];

    [Theory]
    [InlineData(51)]
    [InlineData(52)]
    public void DateAt_SceneWordsInRandomText_NeverThrowsAndIsDeterministic(int seed) =>
        EventDatingProbe.AssertStableOnRandomText(s_pieces, seed, maxParts: 60, charOneIn: 12, glueOneIn: 6, uncuedHalf: true);
}
