using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>What keeps an act out of the lead's debate night, and acts dated by an event the article dates.</summary>
public class EventDatingAnchorTests
{
    private static (string, string) DateOfAct(string text, string act) => EventDatingProbe.DateOfAct(text, act, last: true);

    [Theory]
    // The debate night stands for those on stage acting in a story told of that night.
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. Hale accused the governor of lying.", "2022-11-05", "previous")]
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. Senator Hale accused the governor of lying.", "2022-11-05", "previous")]
    // One who comments from off stage, named with a role before or after the name or when first brought in.
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. Campaign spokesman Tom Hale accused the governor of lying.", "2022-11-06", "dateline")]
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. Later Tom Hale, director of a polling institute, accused the governor of lying.", "2022-11-06", "dateline")]
    [InlineData("The senator attacked the governor in Saturday's debate. The pollster Tom Hale was not surprised. The moderator pressed them on taxes. Hale accused the governor of lying.", "2022-11-06", "dateline")]
    // A vague other time in the sentence.
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. Hale accused the governor of lying during the campaign.", "2022-11-06", "dateline")]
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. Hale previously accused the governor of lying.", "2022-11-06", "dateline")]
    [InlineData("The senator attacked the governor in Saturday's debate. The moderator pressed them on taxes. Hale once accused the governor of lying.", "2022-11-06", "dateline")]
    // A dated scene long before, told since the lead; a year or a nearby day is the debate's own talk.
    [InlineData("The senator attacked the governor in Saturday's debate. The senator gave a speech on Dec. 5, 2007. The crowd was small. Hale accused the governor of lying.", "2022-11-06", "dateline")]
    [InlineData("The senator attacked the governor in Saturday's debate. The governor signed the law in 2019. The crowd cheered. Hale accused the governor of lying.", "2022-11-05", "previous")]
    [InlineData("The senator attacked the governor in Saturday's debate. Eight years ago, the race was close. The crowd cheered. Hale accused the governor of lying.", "2022-11-06", "dateline")]
    public void DateAt_KeepsTheDebateNightToThoseOnStageInItsStory(string text, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, "accuse"));

    [Theory]
    // An event the article dates elsewhere anchors an act at it, or N days from it.
    [InlineData("Hale spoke at the hearing. The panel held its hearing on Wednesday in the capital.", "spoke", "2022-11-02", "anaphora")]
    [InlineData("Hale attacked the governor during the debate. Thursday's debate drew few viewers.", "attacked", "2022-11-03", "anaphora")]
    [InlineData("Hale resigned two days after the shooting. The Oct. 20 shooting shocked the town.", "resigned", "2022-10-22", "anaphora")]
    [InlineData("The court ruled four days before Justice Hale died. Hale died on Oct. 13 at his home.", "ruled", "2022-10-09", "anaphora")]
    [InlineData("Hale resigned the day after Tuesday's primary.", "resigned", "2022-11-02", "anaphora")]
    [InlineData("Hale and Lane failed to agree during the meeting. The two met for a meeting on Friday in Rome.", "failed", "2022-11-04", "anaphora")]
    [InlineData("Hale announced his exit at the news conference. He spoke at a news conference Thursday in Ohio.", "announced", "2022-11-03", "anaphora")]
    // "in" names the event inside another phrase too often to count.
    [InlineData("Hale sued to let teenagers vote in the primary. Tuesday's primary drew record turnout.", "sued", "2022-11-06", "dateline")]
    [InlineData("Hale resigned two days after the Oct. 20 shooting in the town.", "resigned", "2022-10-22", "timex")]
    [InlineData("Hale spoke during the Oct. 20 debate in the town.", "spoke", "2022-10-20", "timex")]
    // Neighbours: a bare "after" gives no day, an indefinite event is no dated one, an event told with two dates, a
    // week-long event, a date of the clause's own, and an event never dated.
    [InlineData("Hale resigned after the shooting. The Oct. 20 shooting shocked the town.", "resigned", "2022-11-06", "dateline")]
    [InlineData("Hale attacked the governor at a debate. Thursday's debate drew few viewers.", "attacked", "2022-11-06", "dateline")]
    [InlineData("Hale attacked the governor during the debate. Thursday's debate drew more viewers than the debate on Oct. 12.", "attacked", "2022-11-06", "dateline")]
    [InlineData("Hale attacked the governor during the convention. The convention opened on Tuesday.", "attacked", "2022-11-06", "dateline")]
    [InlineData("In October, Hale attacked the governor at the debate. Thursday's debate drew few viewers.", "attacked", "2022-10", "timex")]
    [InlineData("Hale resigned two days after the shooting. The shooting shocked the town.", "resigned", "2022-11-06", "dateline")]
    public void DateAt_DatesAnActByTheEventItsClauseNames(string text, string act, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, act));

    // Words the event anchors and the off-stage checks read, glued at random.
    private static readonly string[] s_pieces =
    [
        "Hale", "died", "on", "Oct. 13", "four", "days", "the", "day", "before", "after", "during", "at", "debate", "primary",
        "Tuesday's", "shooting", "said", ",", ".", "\u201c", "\u201d", "spokesman", "director", "of", "once", "previously",
        "in", "past", "campaign", "Saturday's", "meeting", "who", "2", "Eight years ago", "Dec. 5, 2007", "'s", "\n\n",
    ];

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void DateAt_RandomAnchorText_NeverThrowsAndIsDeterministic(int seed) =>
        EventDatingProbe.AssertStableOnRandomText(s_pieces, seed, maxParts: 50, charOneIn: 12, glueOneIn: 5, uncuedHalf: false);
}
