using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>What keeps an act out of the lead's debate night, and acts dated by an event the article dates.</summary>
public class EventDatingAnchorTests
{
    private static readonly DateOnly s_dct = new(2022, 11, 6);

    private static (string, string) DateOfAct(string text, string act)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, s_dct);
        int offset = text.LastIndexOf(act, StringComparison.Ordinal);
        return EventDating.DateAt(doc, doc.SentenceAt(offset), offset, -1, -1, happened: true);
    }

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
    public void DateAt_KeepsTheDebateNightToThoseOnStageInItsStory(string text, string value, string basis) =>
        Assert.Equal((value, basis), DateOfAct(text, "accuse"));
}
