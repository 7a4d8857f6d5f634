namespace Annals.Tests.Time;

/// <summary>
/// Guards on the scene carries: one who spoke to the reporter (in an interview, or where the reporter asked for
/// comment) talks about the lead's occasion rather than at it, and a day in an opening "after" clause with a verb of its
/// own dates that clause's act, not the saying the next sentence goes on from.
/// </summary>
public class EventDatingGuardTests
{
    // The lead dates the forum once, on Friday 2022-11-04, two days before the article.
    private const string Lead = "Voters grill the governor.\n\nGov. Rita Marsh faced angry ranchers at a forum in Elko, and she defended the water plan Friday. Several ranchers walked out.\n\n";

    [Theory]
    // The carry still reaches one who took part in the occasion, or one interviewed in "the interview" the story set.
    [InlineData(Lead + "Dale Voss also spoke at the forum. \u201cThe plan drains our wells,\u201d Voss said.", "said", "2022-11-04", "previous")]
    [InlineData(Lead + "Voss later sat for the interview the station aired. Dale Voss also spoke at the forum. \u201cThe plan drains our wells,\u201d Voss said.", "said", "2022-11-04", "previous")]
    // Guards: the speaker is said elsewhere to have spoken in an interview, or the reporter asked for comment just before.
    [InlineData(Lead + "\u201cNobody listened,\u201d Dale Voss said in a phone interview. The ranchers left the forum early. \u201cThe plan drains our wells,\u201d Voss said.", "said", "2022-11-06", "dateline")]
    [InlineData(Lead + "Several county officials declined to comment on the forum. \u201cThe plan drains our wells,\u201d said Dale Voss, a rancher.", "said", "2022-11-06", "dateline")]
    [InlineData(Lead + "Some ranchers did not respond to requests for comment about the forum. \u201cThe plan drains our wells,\u201d said Dale Voss, a rancher.", "said", "2022-11-06", "dateline")]
    public void DateAt_KeepsTheOccasionFromOneWhoSpokeToTheReporter(string text, string cue, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfLastQuote(text, cue));

    // A lead that dates the caucuses, and one that dates a sermon while the caucuses are still ahead.
    private const string CaucusLead = "Voters grill the governor.\n\nGov. Rita Marsh faced angry ranchers at caucuses in Elko, and she defended the water plan Friday. Several ranchers walked out.\n\n";
    private const string SermonLead = "Pastors back Lane.\n\nOn Friday, Pastor Amos Dunn stood at his pulpit in Ottumwa and endorsed Ken Lane.\n\n";

    [Theory]
    // The caucuses the lead dates are its scene.
    [InlineData(CaucusLead + "Ida Kemp also spoke at the caucuses. \u201cWe won the farm towns,\u201d Kemp said.", "2022-11-04", "previous")]
    // Guard: caucuses the lead does not name are a vote of their own, not the lead's occasion.
    [InlineData(SermonLead + "In Ames, Pastor Ida Kemp recruits captains for the caucus precincts in her town. \u201cFind your precinct,\u201d said Ms. Kemp.", "2022-11-06", "dateline")]
    [InlineData(SermonLead + "Ida Kemp has spoken about the caucuses at every service. \u201cFind your precinct,\u201d Kemp said.", "2022-11-06", "dateline")]
    public void DateAt_TakesTheCaucusesAsTheOccasionOnlyWhenTheLeadNamesThem(string text, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfLastQuote(text, "said"));

    [Theory]
    // A quote going on from a saying the sentence before dated takes that saying's day, also after a bare "After" phrase.
    [InlineData("On Friday, Nora Pike, the county clerk, said she had received threats. \u201cThey stirred all of it up,\u201d she said.", "2022-11-04", "previous")]
    [InlineData("After the vote on Friday, Nora Pike, the county clerk, said she had received threats. \u201cThey stirred all of it up,\u201d she said.", "2022-11-04", "previous")]
    // Guards: the day stands in an opening "after" or "before" clause with a verb of its own, dating that clause's act.
    [InlineData("After the council vote on Friday collapsed into shouting, Nora Pike, the county clerk, said she had received threats. \u201cThey stirred all of it up,\u201d she said.", "2022-11-06", "dateline")]
    [InlineData("After the meeting of county Democrats on Friday ended in chaos when many delegates were turned away, Nora Pike, the party chairwoman, said she had received threats. \u201cThey stirred all of it up,\u201d she said.", "2022-11-06", "dateline")]
    [InlineData("Since the ballots were counted on Friday, Nora Pike, the county clerk, said she had received threats. \u201cThey stirred all of it up,\u201d she said.", "2022-11-06", "dateline")]
    public void DateAt_TakesNoDayFromAnOpeningClauseOfItsOwn(string text, string value, string basis) =>
        Assert.Equal((value, basis), EventDatingProbe.DateOfLastQuote(text, "she said"));
}
