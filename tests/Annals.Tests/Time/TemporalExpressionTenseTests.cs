using Annals.Documents;
using Annals.Text;
using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Which way a day without a year points, and expressions that look like time but are not (Sunday article date, 2022-11-06).</summary>
public class TemporalExpressionTenseTests
{
    private static readonly DateOnly s_date = new(2022, 11, 6);

    private static (string Text, string Type, string Value)[] Found(string text) => TimexTestDocuments.Found(text, s_date);

    private static void AssertFound(string text, string span, string value)
    {
        var found = Found(text);
        Assert.True(found.Any(f => f.Text == span && f.Value == value), string.Join("; ", found.Select(f => f.Text + "=" + f.Value)));
    }

    [Theory]
    [InlineData("``The envoy will land in the capital on Thursday,'' the ministry said.", "Thursday", "2022-11-10")]
    [InlineData("\"Our team will fly home from the tournament on Friday,\" the coach told reporters.", "Friday", "2022-11-11")]
    [InlineData("``We met the minister on Tuesday,'' the union leader will tell members.", "Tuesday", "2022-11-01")]
    [InlineData("The senator conceded Monday night ``it will be very hard for us to win.''", "Monday night", "2022-10-31")]
    public void Recognizer_TakesTenseFromInsideTheQuote(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("``Sales held up well all through February,'' said the manager.", "February", "2022-02")]
    public void Recognizer_FallsBackOnTheReportingVerbAfterAQuote(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Aides say she'll be ``very competitive'' in March.", "March", "2023-03")]
    public void Recognizer_ReadsPastAScareQuoteBeforeTheExpression(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("On Thursday, the national association of school teachers plans to stage a walkout.", "Thursday", "2022-11-10")]
    [InlineData("On Wednesday, the regional council of the northern provinces said its budget was balanced.", "Wednesday", "2022-11-02")]
    public void Recognizer_TakesTenseOfTheClauseAfterAFrontedDay(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The tender offer had been scheduled to lapse on Friday.", "Friday", "2022-11-04")]
    [InlineData("The ministers had planned to sign the accord Thursday.", "Thursday", "2022-11-03")]
    public void Recognizer_ReadsPlansInThePluperfectAsPast(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Farmers planned a large rally in the capital on Saturday.", "Saturday", "2022-11-12")]
    [InlineData("Dealers are likely to sell as soon as trading opens Monday.", "Monday", "2022-11-07")]
    public void Recognizer_ReadsLookingAheadCues(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The mayor phoned both rivals Tuesday night and was scheduled to see them later.", "Tuesday night", "2022-11-01")]
    [InlineData("A panel of analysts agreed Saturday that the governor's plan to tax fuel would fail.", "Saturday", "2022-11-05")]
    public void Recognizer_ReadsNoLookAheadFromAPlanNamedAfterTheDay(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Farmers planned a large rally in the capital on Saturday and were hoping to block roads.", "Saturday", "2022-11-12")]
    [InlineData("Unions staged a strike at the port on Tuesday and will meet the owners again.", "Tuesday", "2022-11-01")]
    [InlineData("The senator is up for re-election in March and will face a former mayor.", "March", "2023-03")]
    public void Recognizer_TakesTenseFromTheDaysOwnClauseBeforeOneJoinedByAnd(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The governor entered the race to loud cheers in February, and raised money fast.", "February", "2022-02")]
    [InlineData("The bank announced an agreement to buy the small Ohio savings and loan company in February.", "February", "2023-02")]
    public void Recognizer_ReadsARegularPastVerbWithAnObjectNearTheExpressionAsPast(string text, string span, string value) =>
        AssertFound(text, span, value);

    [Theory]
    [InlineData("A strong turnout among young voters could decide the race in March.", "March", "2023-03")]
    [InlineData("The measure would put the question on the ballot in February.", "February", "2023-02")]
    [InlineData("The new spot could hit the state's airwaves on Monday.", "Monday", "2022-11-07")]
    [InlineData("The governor feels he can win the state's Tuesday primary.", "Tuesday", "2022-11-08")]
    [InlineData("Only a senator who can win in February should run.", "February", "2023-02")]
    public void Recognizer_ReadsAModalBeforeTheExpressionAsLookingAhead(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Lawyers for the mayor could not be reached for comment on Saturday.", "Saturday", "2022-11-05")]
    [InlineData("Lawyers for the mayor cannot be reached, a clerk said on Saturday.", "Saturday", "2022-11-05")]
    [InlineData("The rebels would have seized the town in February without the airlift.", "February", "2022-02")]
    [InlineData("The envoy hoped she would bring aid to towns where the Oct. 7 floods killed dozens.", "Oct. 7", "2022-10-07")]
    [InlineData("Her lawyers said they would look for ways around Wednesday's ruling.", "Wednesday", "2022-11-02")]
    public void Recognizer_ReadsNoLookAheadFromAModalThatRulesAnotherClause(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The board created a new post of vice chairman, effective Feb. 1.", "Feb. 1", "2023-02-01")]
    public void Recognizer_ReadsAnEffectiveDateAsComing(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("``The border will close,'' the governor tweeted Saturday.", "Saturday", "2022-11-05")]
    [InlineData("The party chair announced Friday she will step down after the congress.", "Friday", "2022-11-04")]
    [InlineData("The author, who died Thursday at 90, will be buried in his home town.", "Thursday", "2022-11-03")]
    [InlineData("The coach met the owner, as the paper reported on Tuesday, and he will join the staff.", "Tuesday", "2022-11-01")]
    public void Recognizer_GivesADayToTheRegularPastVerbBeforeIt(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Holders of the stock issued Dec. 1, which will pay no dividend, may sell.", "Dec. 1", "2021-12-01")]
    [InlineData("The treaty signed on Nov. 20 will take effect next year.", "Nov. 20", "2021-11-20")]
    [InlineData("The stock will be issued Dec. 1 to holders.", "Dec. 1", "2022-12-01")]
    [InlineData("Then comes the delegate-packed Nov. 20 primary in the state.", "Nov. 20", "2022-11-20")]
    public void Recognizer_GivesAMonthDayToTheRegularPastVerbBeforeIt(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Traders said funds were likely to buy as soon as trading opened Monday.", "Monday", "2022-11-07")]
    [InlineData("The envoy is to stay until talks resumed Thursday.", "Thursday", "2022-11-10")]
    public void Recognizer_ReadsPastVerbsInClausesLookingAheadByTheMainClause(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Both rivals toured the state ahead of Tuesday's primary.", "Tuesday", "2022-11-08")]
    [InlineData("The senator held a rally ahead of the vote on Thursday.", "Thursday", "2022-11-10")]
    [InlineData("The race turned nasty ahead of New York's delegate-rich Tuesday primary.", "Tuesday", "2022-11-08")]
    public void Recognizer_ReadsADayAfterAheadOfAsComing(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The ruling could come as soon as Tuesday or Wednesday.", "Wednesday", "2022-11-09")]
    [InlineData("The board will meet in May or June.", "June", "2023-06")]
    public void Recognizer_ReadsTheSecondNameOfAPairLikeTheFirst(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("She was far ahead of her rival in a poll taken Tuesday.", "Tuesday", "2022-11-01")]
    public void Recognizer_ReadsAheadOfALeaderAsNoTense(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The radio host will endorse the governor at a large rally in the northern city on Saturday.", "Saturday", "2022-11-12")]
    [InlineData("And on Monday, the leaders of the group that she co-founded will hold a press conference.", "Monday", "2022-11-07")]
    public void Recognizer_ReachesAVerbBeyondALongObject(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Delegates head to the party congress, which begins Monday.", "Monday", "2022-11-07")]
    [InlineData("The two prime ministers meet separately Thursday with the envoy.", "Thursday", "2022-11-10")]
    [InlineData("Polls close Tuesday at eight in the evening.", "Tuesday", "2022-11-08")]
    public void Recognizer_ReadsATimetableVerbBeforeADayAsComing(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The talks failed to open Tuesday as planned.", "Tuesday", "2022-11-01")]
    [InlineData("After the vote on Tuesday, the speaker adjourned the house.", "Tuesday", "2022-11-01")]
    [InlineData("Turnout at the open Tuesday matched the record.", "Tuesday", "2022-11-01")]
    public void Recognizer_KeepsTimetableVerbsAfterToByTheirClause(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The frigate has patrolled the strait since March and was scheduled to come home soon.", "March", "2022-03")]
    [InlineData("The mayor will speak after a run of good news since their Oct. 13 debate.", "Oct. 13", "2022-10-13")]
    public void Recognizer_ReadsSinceAsPast(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Experts say the city will one day be the largest port in the region.", "one day")]
    [InlineData("Her parents hope she one day follows them into medicine.", "one day")]
    public void Recognizer_ReadsOneDayAfterAModalAsFuture(string text, string span)
    {
        Assert.Contains((span, "DATE", "FUTURE_REF"), Found(text));
    }

    [Theory]
    [InlineData("The trial lasted one day.", "one day", "P1D")]
    [InlineData("It took one day to clear the road.", "one day", "P1D")]
    public void Recognizer_KeepsOneDayAsALength(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The senator spoke about the case on NBC's ``48 Hours'' program.")]
    [InlineData("The veterans marked the anniversary of the Six Day War.")]
    public void Recognizer_SkipsTitlesMadeOfACountAndAUnit(string text)
    {
        Assert.Empty(Found(text));
    }

    [Theory]
    [InlineData("The minister left office on March 3, the day before the vote.", "the day", "2022-03-03")]
    [InlineData("Talks broke down on Oct. 12, the day after the strike began.", "the day", "2022-10-12")]
    [InlineData("The minister left office on March 3. He had met the king the day before.", "the day before", "2022-03-02")]
    public void Recognizer_ReadsTheDayInAppositionAsTheSameDate(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Stocks ended higher on Friday. The yield fell to 1.4 percent from 1.5 percent the day before. The euro rose to $1.12 from $1.11 the day before.", "the day before", "2022-11-03")]
    [InlineData("The lot was sold on June 27. A buyer had paid a deposit the day before the sale. Two other lots were sold on the same day.", "the same day", "2022-06-27")]
    public void Recognizer_KeepsTheStorysDay_AfterADayCountedBack(string text, string span, string value)
    {
        var found = TimexTestDocuments.Found(text, new DateOnly(2022, 11, 5)).Where(f => f.Text == span).ToArray();
        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.Equal(value, f.Value));
    }

    [Theory]
    [InlineData("Third-quarter profit rose 8%. Sales in last year's quarter were $3 million.", "last year's quarter", "2021-Q3")]
    [InlineData("Third-quarter profit fell. Costs in last year's period included a charge.", "last year's period", "2021-Q3")]
    public void Recognizer_ReadsLastYearsQuarterAsTheYearAgoQuarter(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The convoy will leave at 4 in the morning.", "4 in the morning", "2022-11-06T04:00")]
    [InlineData("The vigil began at 9 in the evening.", "9 in the evening", "2022-11-06T21:00")]
    public void Recognizer_ReadsAnHourToldByItsPartOfDay(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Shares fell 4 in the morning session.")]
    public void Recognizer_SkipsCountsBeforePartsOfDay(string text)
    {
        Assert.DoesNotContain(Found(text), f => f.Type == "TIME" && f.Value.EndsWith("T04:00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The senator has won seven of the past eight contests.")]
    [InlineData("The past two winners of the caucus rose on the religious right.")]
    public void Recognizer_ReadsNoPastBeforeACountOfThings(string text) =>
        Assert.DoesNotContain(Found(text), f => f.Value == "PAST_REF");

    [Theory]
    [InlineData("Trade has grown in the past, and it will grow again.", "the past", "PAST_REF")]
    public void Recognizer_ReadsThePastAlone(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The columnist Will praised the Oct. 30 speech at the summit.", "Oct. 30", "2022-10-30")]
    [InlineData("Will praised the Oct. 30 speech at the summit.", "Oct. 30", "2022-10-30")]
    [InlineData("Will the council meet on Oct. 30?", "Oct. 30", "2023-10-30")]
    public void Recognizer_ReadsACapitalizedWillBeforeAPastFormAsAName(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("This weekend, the senator complained about the debates.", "2022-11-08", "This weekend", "2022-W44-WE")]
    [InlineData("She rebuked him for remarks made earlier this weekend.", "2022-11-07", "earlier this weekend", "2022-W44-WE")]
    [InlineData("The senator won two contests this weekend.", "2022-11-07", "this weekend", "2022-W44-WE")]
    [InlineData("The senator will campaign in Ohio this weekend.", "2022-11-09", "this weekend", "2022-W45-WE")]
    [InlineData("The senator campaigns in Ohio this weekend.", "2022-11-10", "this weekend", "2022-W45-WE")]
    [InlineData("Staff flew to Phoenix for the coming weekend.", "2022-11-08", "the coming weekend", "2022-W45-WE")]
    [InlineData("Staff flew to Phoenix for the coming weekend.", "2022-11-06", "the coming weekend", "2022-W45-WE")]
    public void Recognizer_ReadsThisWeekendEarlyInTheWeekAsTheOneGone(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("Support was unchanged from the two polls in February and October.", "October", "2022-10")]
    [InlineData("Support was unchanged from the two polls in February and September.", "September", "2022-09")]
    public void Recognizer_ReadsAListOfMonthsAsNoRange(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The party is shifting its focus toward the February election.", "the February", "2023-02")]
    [InlineData("Donors are eyeing February's general election.", "February", "2023-02")]
    [InlineData("The mayor lost the February election by a wide margin.", "the February", "2022-02")]
    public void Recognizer_ReadsAVoteNamedByItsMonthAsTheOneAhead(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Turnout in the primaries does not always become an advantage in November.", "2024-03-02", "November", "2024-11")]
    [InlineData("She cannot lose the votes she needs in November.", "2024-04-26", "November", "2024-11")]
    [InlineData("The split raises the prospect of a scrambled November landscape.", "2024-03-07", "November", "2024-11")]
    [InlineData("Can the party hold on to the Senate in November?", "2024-05-05", "November", "2024-11")]
    [InlineData("The fraud trial is set for November.", "2024-05-29", "November", "2024-11")]
    [InlineData("\"I feel good about our chances in November,\" the senator said.", "2024-06-10", "November", "2024-11")]
    [InlineData("\"It lets us win a mandate in November,\" the activists wrote.", "2024-08-12", "November", "2024-11")]
    [InlineData("\"We lost the vote in November,\" the senator said.", "2024-06-10", "November", "2023-11")]
    [InlineData("She played down the effect the affair may have in November.", "2024-05-26", "November", "2024-11")]
    [InlineData("The ruling could have an impact in November.", "2024-05-26", "November", "2024-11")]
    [InlineData("The two men may have met in November.", "2024-05-26", "November", "2023-11")]
    [InlineData("The union endorsed the governor in November.", "2024-01-30", "November", "2023-11")]
    [InlineData("Registered voters viewed him warmly in a poll in November.", "2024-01-30", "November", "2023-11")]
    [InlineData("Registered voters viewed him warmly in a poll in February.", "2024-05-18", "February", "2024-02")]
    public void Recognizer_ReadsNovemberInTalkOfTheContestAheadAsComing(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);

    [Theory]
    [InlineData("Her aides are upbeat about her chances of winning in October.", "October", "2023-10")]
    [InlineData("Few voters want to see the two men run again in October.", "October", "2023-10")]
    [InlineData("The governor failed to allay their concerns in October.", "October", "2022-10")]
    [InlineData("The mayor asked for $2 million to fight the flu in October.", "October", "2022-10")]
    public void Recognizer_ReadsAVerbWithNoTenseBeforeAMonthAsLookingAhead(string text, string span, string value) =>
        AssertFound(text, span, value);

    [Theory]
    [InlineData("We stand an excellent chance to win it on Tuesday.", "Tuesday", "2022-11-08")]
    [InlineData("The rivals stood face-to-face Thursday and traded attacks.", "Thursday", "2022-11-03")]
    [InlineData("The supporters showed no sign of backing down on Tuesday.", "Tuesday", "2022-11-01")]
    public void Recognizer_ReadsAnInfinitiveRightBeforeADayAsLookingAhead(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Following Wednesday's leak of the report, the aides were silent.", "Wednesday", "2022-11-02")]
    [InlineData("The talks began on Oct. 3. The following Wednesday, the envoy left.", "The following Wednesday", "2022-10-05")]
    public void Recognizer_ReadsFollowingWithoutTheAsAPreposition(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The talks ended Nov. 10 without a deal.", "Nov. 10", "2021-11-10")]
    [InlineData("The envoys met Nov. 12 in Geneva.", "Nov. 12", "2021-11-12")]
    [InlineData("The talks will resume Nov. 10 in Geneva.", "Nov. 10", "2022-11-10")]
    [InlineData("The deadline was Nov. 15, the ministry said.", "Nov. 15", "2022-11-15")]
    public void Recognizer_ReadsAListedPastFormRightBeforeADayAsPast(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("In the year-ago quarter, the second quarter ended Nov. 30, the firm lost money.", "the second quarter", "2021-Q2")]
    [InlineData("In the year-ago quarter, the second quarter ended Nov. 30, the firm lost money.", "Nov. 30", "2021-11-30")]
    [InlineData("Sales for the third quarter ending Sept. 30 rose 4%.", "the third quarter", "2022-Q3")]
    [InlineData("The first quarter ended Dec. 31, 2021, brought a loss.", "The first quarter", "2021-Q1")]
    public void Recognizer_DatesAQuarterByTheDayItEnded(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The second quarter ended Nov. 30, 2021, was weak. Results for that quarter included a charge.", "that quarter", "2021-Q2")]
    [InlineData("Third-quarter profit rose. The company met its creditors in January. Costs that quarter fell.", "that quarter", "2022-Q3")]
    public void Recognizer_ReadsThatQuarterAsTheQuarterLastNamed(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Polls say she would be a strong nominee in November.", "November", "2022-11")]
    [InlineData("Rivals doubt his chances in November against the governor.", "November", "2022-11")]
    [InlineData("The nominee backed the governor in August.", "August", "2022-08")]
    [InlineData("The nominee was chosen at a convention in March.", "March", "2022-03")]
    [InlineData("The deal is due before the next president takes office in June.", "June", "2023-06")]
    public void Recognizer_ReadsAMonthInTalkOfAVoteAheadAsTheOneAhead(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Riots marred the 1968 convention, and the party lost that November.", "November", "1968-11")]
    [InlineData("She said little until October 2015. In that October speech, she broke ranks.", "October", "2015-10")]
    [InlineData("The council met in July 2020. Later that November it voted again.", "November", "2020-11")]
    [InlineData("The council met in July. That December it will vote again.", "December", "2022-12")]
    public void Recognizer_ReadsThatMonthInTheYearLastTold(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Back in April, the paper announced an inquiry.", "April", "2022-04")]
    [InlineData("Back in December, the chief said the plan would work.", "December", "2021-12")]
    public void Recognizer_ReadsBackInAsLookingBack(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Neither the mayor nor his aides could be reached Wednesday in the capital.", "Wednesday", "2022-11-02")]
    [InlineData("Nobody could find the envoy on Wednesday.", "Wednesday", "2022-11-02")]
    [InlineData("The mayor could decide the race on Wednesday.", "Wednesday", "2022-11-09")]
    public void Recognizer_ReadsADeniedModalAsAFailedAbility(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Support grew, going from 40 percent on Oct. 14 to 46 percent.", "Oct. 14", "2022-10-14")]
    [InlineData("The council is going to vote on Oct. 14.", "Oct. 14", "2023-10-14")]
    [InlineData("The party is marching toward June with a lead.", "June", "2023-06")]
    [InlineData("Heading into Tuesday's vote, the mayor is confident.", "Tuesday", "2022-11-08")]
    [InlineData("The mayor had 40 delegates heading into Tuesday's vote.", "Tuesday", "2022-11-01")]
    public void Recognizer_ReadsATimeOneMovesToAsAhead(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Both sides spoke in the wake of Wednesday's ruling: turnout will rise.", "Wednesday", "2022-11-02")]
    [InlineData("In the wake of the Oct. 30 vote, the council will meet again.", "Oct. 30", "2022-10-30")]
    public void Recognizer_ReadsInTheWakeOfAsPast(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The general took office in December.", "December", "2021-12")]
    [InlineData("The general said in December he would retire.", "December", "2021-12")]
    [InlineData("The general said the talks would resume in December.", "December", "2022-12")]
    public void Recognizer_ReadsAPastActCloseByAsPastBeyondDoubt(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("In 2008, the senator won the primary in June.", "June", "2008-06")]
    [InlineData("But in 2012, the campaign spent millions on ads beginning in April.", "April", "2012-04")]
    [InlineData("In 2008, on June 3, the senator clinched the nomination.", "June 3", "2008-06-03")]
    [InlineData("In 2008, the senator won the primary. In June, he was nominated.", "June", "2008-06")]
    [InlineData("The firm filed a report in 2010 and expanded in June.", "June", "2022-06")]
    [InlineData("Since 2009 the firm has grown, and in June it hired 40 people.", "June", "2022-06")]
    [InlineData("In 2010, the firm was founded. In June, it will expand.", "June", "2023-06")]
    public void Recognizer_ReadsADateInASceneSetInAnEarlierYear(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The party will meet this week in Florida.", "this week", "2022-W45")]
    [InlineData("The senator met donors earlier this week.", "earlier this week", "2022-W44")]
    [InlineData("This week the party met in Florida.", "This week", "2022-W44")]
    [InlineData("He sought a hearing at this week's spring meeting in Florida.", "this week", "2022-W45")]
    public void Recognizer_ReadsThisWeekAheadInASundayPaperOnlyWithAFutureVerb(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("The governor badly needs a win in Tuesday's Ohio primary.", "2022-11-05", "2022-11-08")]
    [InlineData("The mayor wants one more debate before Tuesday's caucus.", "2022-11-05", "2022-11-08")]
    [InlineData("The governor won Tuesday's Ohio primary.", "2022-11-05", "2022-11-01")]
    [InlineData("Turnout in Tuesday's primary is the talk of the capital.", "2022-11-03", "2022-11-01")]
    public void Recognizer_ReadsAVoteNamedByItsDayAsTheNearerOneWithNoVerbToSay(string text, string date, string value) =>
        TimexTestDocuments.AssertFound(text, date, "Tuesday", value);

    [Theory]
    [InlineData("What could start it is a strong finish by the governor here Monday.", "Monday", "2022-11-07")]
    [InlineData("The governor met donors here Monday.", "Monday", "2022-10-31")]
    [InlineData("The poll of 1,000 voters was taken Monday through Thursday.", "Monday", "2022-10-31")]
    [InlineData("What could start it is a strong finish by the governor here Tuesday.", "Tuesday", "2022-11-01")]
    public void Recognizer_ReadsTomorrowNamedWithNoTenseAsTheDayAhead(string text, string span, string value) => AssertFound(text, span, value);

    [Theory]
    [InlineData("Nations must live up to the agreement negotiated in December in Paris.", "December", "2021-12")]
    [InlineData("About 70% of the ads reserved in December will run in two states.", "December", "2022-12")]
    [InlineData("The campaign had been paying rent for the office until June.", "June", "2022-06")]
    [InlineData("The campaign will keep paying rent for the office until June.", "June", "2023-06")]
    public void Recognizer_ReadsAPastParticipleBeforeAMonthAndAPastPerfectBeforeUntil(string text, string span, string value) =>
        AssertFound(text, span, value);

    [Theory]
    [InlineData("The senator first stirred farm crowds in December at a church supper.", "2022-01-10", "December", "2021-12")]
    [InlineData("The tower rented office space in December at a high rate.", "2022-08-10", "December", "2021-12")]
    [InlineData("She has courted pastors since she announced her bid in March at a college.", "2022-01-10", "March", "2021-03")]
    [InlineData("The ads reserved in March come from outside groups.", "2022-01-10", "March", "2022-03")]
    public void Month_LooksBack_ForAPastVerbAfterItsSubjectInTheMonthsClause(string text, string date, string span, string value) =>
        TimexTestDocuments.AssertFound(text, date, span, value);
}
