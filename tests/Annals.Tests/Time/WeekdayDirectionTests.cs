namespace Annals.Tests.Time;

/// <summary>
/// Which week a bare day name falls in when the words just before it carry the tense: a present clause after "when",
/// "before", "until" or "if" looks ahead; a plan told in the past, a present progressive, a timetable in the present
/// or a planned thing takes the nearer of last and next week's day. Dates: 2022-10-31 is a Monday.
/// </summary>
public class WeekdayDirectionTests
{
    [Theory]
    [InlineData("Few expect the mayor to concede when she addresses her volunteers on Thursday night.", "2022-11-01", "Thursday night", "2022-11-03")]
    [InlineData("The final forum comes days before Ohioans choose a nominee Monday.", "2022-11-02", "Monday", "2022-11-07")]
    [InlineData("If Ramirez wins the county vote Saturday, the runoff is off.", "2022-11-01", "Saturday", "2022-11-05")]
    [InlineData("Talks stay frozen until the board meets Friday.", "2022-11-01", "Friday", "2022-11-04")]
    [InlineData("He may meet a cool crowd when he speaks later Monday.", "2022-11-01", "later Monday", "2022-10-31")]
    [InlineData("The party may split if there is a narrow result on Tuesday.", "2022-11-04", "Tuesday", "2022-11-08")]
    [InlineData("If she builds on her recent wins in Maine and Ohio with a clear victory in the river counties on Saturday, the race is over.", "2022-11-02", "Saturday", "2022-11-05")]
    [InlineData("If she built on her recent wins in Maine and Ohio with a clear victory in the river counties on Saturday, the race was over.", "2022-11-02", "Saturday", "2022-10-29")]
    public void Weekday_LooksAhead_WhenAClauseAfterWhenBeforeUntilOrIfIsInThePresent(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("Turnout fell sharply when he spoke to voters on Thursday night.", "2022-11-01", "Thursday night", "2022-10-27")]
    [InlineData("She phoned her rival after the debate on Saturday.", "2022-11-01", "Saturday", "2022-10-29")]
    [InlineData("Crowds gathered before Ohioans voted Monday.", "2022-11-01", "Monday", "2022-10-31")]
    [InlineData("If you want the gist of Thursday's debate, read on.", "2022-11-04", "Thursday", "2022-11-03")]
    [InlineData("If he builds on his Tuesday wins, his lead grows.", "2022-11-03", "Tuesday", "2022-11-01")]
    public void Weekday_StaysBehind_WhenTheClauseIsPastOrTheDayNamesAThing(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The chipmaker's chief was planning to host a dinner for the senator on Thursday night.", "2022-11-04", "Thursday night", "2022-11-03")]
    [InlineData("The chipmaker's chief was planning to host a dinner for the senator on Thursday night.", "2022-11-01", "Thursday night", "2022-11-03")]
    [InlineData("The envoy was to arrive at the palace on Monday.", "2022-11-01", "Monday", "2022-10-31")]
    [InlineData("The lender was to report its earnings on Wednesday.", "2022-10-31", "Wednesday", "2022-11-02")]
    [InlineData("The general noted that he was set to receive a medal on Friday.", "2022-11-05", "Friday", "2022-11-04")]
    [InlineData("He said he was going to get up and go back to work on Wednesday morning.", "2022-11-03", "Wednesday morning", "2022-11-02TMO")]
    [InlineData("He said he is going to get up and go back to work on Wednesday morning.", "2022-11-03", "Wednesday morning", "2022-11-09TMO")]
    public void Weekday_TakesTheNearerDay_ForAPlanToldInThePast(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("She is holding a rally in Akron, Ohio, on Thursday instead.", "2022-11-04", "Thursday", "2022-11-03")]
    [InlineData("She is holding a rally in Akron, Ohio, on Thursday instead.", "2022-10-31", "Thursday", "2022-11-03")]
    [InlineData("The senator, who is facing a hard fight in his home state on Tuesday, kept quiet.", "2022-11-05", "Tuesday", "2022-11-08")]
    [InlineData("The state, which holds its caucuses on Saturday, is split.", "2022-11-02", "Saturday", "2022-11-05")]
    [InlineData("The governor said she heads to Ohio on Friday.", "2022-11-03", "Friday", "2022-11-04")]
    [InlineData("Vermont holds its primary on Tuesday.", "2022-11-04", "Tuesday", "2022-11-08")]
    [InlineData("The anchor also hosts a Sunday talk show.", "2022-11-01", "Sunday", "2022-10-30")]
    [InlineData("The coast, which also holds its runoff Tuesday, is quiet.", "2022-11-04", "Tuesday", "2022-11-08")]
    [InlineData("Organizers remind voters that there's a vote on Tuesday.", "2022-11-05", "Tuesday", "2022-11-08")]
    public void Weekday_TakesTheNearerDayForAProgressive_AndTheDayAheadForATimetable(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("He was campaigning Wednesday in Ohio.", "2022-11-03", "Wednesday", "2022-11-02")]
    [InlineData("He was campaigning Wednesday in Ohio.", "2022-10-31", "Wednesday", "2022-10-26")]
    [InlineData("What could start it is a strong finish by the governor here Tuesday.", "2022-11-06", "Tuesday", "2022-11-01")]
    public void Weekday_StaysBehind_ForAPastProgressiveOrABareCopula(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("A memorial service is planned Friday in the capital.", "2022-11-06", "Friday", "2022-11-11")]
    [InlineData("The final vote is set for Tuesday.", "2022-11-04", "Tuesday", "2022-11-08")]
    [InlineData("A memorial service was held Friday in the capital.", "2022-11-06", "Friday", "2022-11-04")]
    public void Weekday_LooksAhead_ForAPlanInThePresentPassive(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The aide mentioned a planned rally on Saturday in the river town.", "2022-11-02", "Saturday", "2022-11-05")]
    [InlineData("She called off a joint rally slated for Wednesday in the port city.", "2022-10-31", "Wednesday", "2022-11-02")]
    [InlineData("She called off a joint rally slated for Wednesday in the port city.", "2022-11-03", "Wednesday", "2022-11-02")]
    [InlineData("The minister was reworking a speech, to be delivered Wednesday at the academy.", "2022-11-01", "Wednesday", "2022-11-02")]
    public void Weekday_TakesTheNearerDay_ForAPlannedThing(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The campaign wants a last debate only days before the caucuses on Monday.", "2022-11-04", "Monday", "2022-11-07")]
    [InlineData("Polling done in the county before Tuesday's primary showed a tie.", "2022-11-02", "Tuesday", "2022-11-01")]
    [InlineData("Reporters kept asking whether he'll quit before Tuesday's primary.", "2022-11-03", "Tuesday", "2022-11-08")]
    [InlineData("Groups spent heavily in the run-up to the vote on Monday.", "2022-11-04", "Monday", "2022-11-07")]
    public void Weekday_TakesTheNearerVote_BeforeOrInTheRunUpToIt(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("Every sign pointed to the mayor backing her on Thursday after the governor meets him.", "2022-11-02", "Thursday", "2022-11-03")]
    [InlineData("She is well placed to add a few more wins on Saturday — when caucuses in Maine, Iowa and Utah take place.", "2022-11-02", "Saturday", "2022-11-05")]
    [InlineData("He is likely to rebound Tuesday when his home state votes.", "2022-11-05", "Tuesday", "2022-11-08")]
    public void Weekday_TakesTheNearerDay_BeforeAPresentClauseAfterIt(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The court's critics said Monday's decision will echo for years.", "2022-11-01", "Monday", "2022-10-31")]
    [InlineData("The results of Tuesday's three primaries will force a choice.", "2022-11-03", "Tuesday", "2022-11-01")]
    [InlineData("Tuesday's primary will decide the race.", "2022-11-03", "Tuesday", "2022-11-08")]
    public void Weekday_StaysBehind_ForAnOutcomeNamedByItsDay(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The candidate is raising doubts about the sound during Monday's debate.", "2022-11-04", "Monday", "2022-10-31")]
    [InlineData("The candidate is facing a rout in Tuesday's primary.", "2022-11-05", "Tuesday", "2022-11-08")]
    public void Weekday_TakesTheNearerDay_ForAPossessiveOnlyWhenItIsAVote(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The senator barely qualified for Tuesday's main debate, aides said.", "2022-11-06", "Tuesday", "2022-11-08")]
    [InlineData("Rivals prepared for the last week of the race, including a forum Thursday in the capital.", "2022-11-01", "Thursday", "2022-11-03")]
    [InlineData("The governor was praised for Tuesday's debate answers.", "2022-11-03", "Tuesday", "2022-11-01")]
    public void Weekday_TakesTheNearerDay_ForAnEventPlannedForIt(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The minister speaks to bankers on Wednesday and testifies before the committee on Thursday.", "2022-11-01", "Thursday", "2022-11-03")]
    [InlineData("On Tuesday, voters go to the polls in three states; on Saturday, two more hold caucuses.", "2022-10-31", "Saturday", "2022-11-05")]
    [InlineData("The minister spoke to bankers on Monday and testified before the committee on Thursday.", "2022-11-01", "Thursday", "2022-10-27")]
    public void Weekday_FollowsADayAheadBeforeIt_WithNoPastVerbBetween(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("Campaigns turned to the next round of contests — in Kansas, Maine and Ohio on Tuesday.", "2022-11-06", "Tuesday", "2022-11-08")]
    [InlineData("Campaigns looked back on the last round of contests — in Kansas, Maine and Ohio on Tuesday.", "2022-11-06", "Tuesday", "2022-11-01")]
    public void Weekday_TakesTheLeanOfTheNounBeforeADash(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The mayor is not running again, but her speech Sunday about rebuilding the flooded river district will shape the race.", "2022-11-01", "Sunday", "2022-10-30")]
    [InlineData("The debate Thursday will be the last before the vote.", "2022-11-01", "Thursday", "2022-11-03")]
    public void Weekday_StaysBehind_InsideALongSubjectOfWill(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The mayor, who unveiled a $40 million housing plan on Monday, plans to tour the districts.", "2022-11-01", "Monday", "2022-10-31")]
    [InlineData("The school confirmed the news on its website Friday.", "2022-11-03", "Friday", "2022-10-28")]
    [InlineData("The network took to the air beginning Wednesday night with a special.", "2022-11-03", "Wednesday night", "2022-11-02")]
    [InlineData("The town said it would light the bridge in blue on Monday night.", "2022-11-02", "Monday night", "2022-10-31")]
    [InlineData("Every sign pointed to the mayor backing her on Thursday after the governor meets him.", "2022-11-02", "Thursday", "2022-11-03")]
    [InlineData("Traders expected to buy as soon as trading opened Monday.", "2022-11-02", "Monday", "2022-11-07")]
    public void Weekday_StaysBehind_ForAPastVerbOfItsOwnClause(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("The senator spoke to the host in an interview taped for Sunday's Face the Nation.", "2022-11-05", "Sunday", "2022-11-06")]
    [InlineData("Ratings were low for Saturday's Democratic encounter.", "2022-11-02", "Saturday", "2022-10-29")]
    public void Weekday_TakesTheNearerDay_ForAShowByItsTitle(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("Her wins in Maine, Ohio and Iowa on Tuesday will only speed that change.", "2022-11-03", "Tuesday", "2022-11-01")]
    [InlineData("The governor's victory in Ohio on Tuesday will shape the session.", "2022-11-03", "Tuesday", "2022-11-01")]
    [InlineData("The debate Thursday will be the last before the vote.", "2022-11-01", "Thursday", "2022-11-03")]
    [InlineData("Crowds marched because of the slaying in Dayton on Friday of a young nurse.", "2022-11-06", "Friday", "2022-11-04")]
    [InlineData("Crowds marched because of the slaying in Dayton on Friday of a young nurse.", "2022-11-02", "Friday", "2022-10-28")]
    [InlineData("She did not play the part of spoiler that she could have Tuesday, but she might later.", "2022-11-03", "Tuesday", "2022-11-01")]
    public void Weekday_StaysBehind_ForAnOutcomeSomeoneOwns(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("At a rally in Dover, Delaware, on Friday afternoon, the senator included the port on her list.", "2022-11-03", "Friday afternoon", "2022-10-28TAF")]
    [InlineData("At a rally in Dover on Friday afternoon, Lark counted the votes.", "2022-11-03", "Friday afternoon", "2022-10-28TAF")]
    [InlineData("At a rally in Dover on Friday afternoon, the senator will speak.", "2022-11-03", "Friday afternoon", "2022-11-04TAF")]
    [InlineData("By Friday afternoon, the mayor cited early figures.", "2022-11-03", "Friday afternoon", "2022-11-04TAF")]
    public void Weekday_TakesThePastOfTheMainClause_AfterAFrontedPhraseWithNoVerb(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("He failed to act in the minutes leading up to Monday's caucuses.", "2022-11-04", "Monday", "2022-10-31")]
    [InlineData("The Latest in the lead up to Tuesday's primary:", "2022-11-03", "Tuesday", "2022-11-08")]
    [InlineData("Spending soared in the run-up to Tuesday's primary.", "2022-11-03", "Tuesday", "2022-11-01")]
    public void Weekday_FollowsTheTense_ForAStretchBeforeAVote(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("She cited a memoir by Wednesday Lark about city life.", "2022-11-03")]
    [InlineData("The novelist Sunday Okafor, who lives in Lagos, spoke.", "2022-11-03")]
    public void Weekday_IsNoTimex_AsAFirstName(string text, string date) =>
        Assert.DoesNotContain(TimexTestDocuments.Found(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
            t => t.Text.StartsWith("Wednesday", StringComparison.Ordinal) || t.Text.StartsWith("Sunday", StringComparison.Ordinal));

    [Theory]
    [InlineData("By Friday Lark had won.", "2022-11-03", "Friday", "2022-10-28")]
    [InlineData("The report by Friday Mr. Lark is due.", "2022-11-03", "Friday", "2022-11-04")]
    public void Weekday_StaysADay_BeforeANameThatGoesOnWithAVerbOrATitle(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);
}
