using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Which clause a date governs: participle phrases after a noun, and the neighbours that keep their date.</summary>
public class EventDatingScopeTests
{
    /// <summary>The date of what is reported at the first <paramref name="word"/> of a text dated Sunday 2022-11-06.</summary>
    private static string DateOf(string text, string word)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int offset = text.IndexOf(word, StringComparison.Ordinal);
        return EventDating.DateAt(doc, doc.SentenceAt(offset), offset, -1, -1, happened: false).Value;
    }

    [Theory]
    // The phrase dates its own noun and participle, not the act around it.
    [InlineData("The senator urged colleagues to reject the deal reached by the two parties last week.", "urged", "2022-11-06")]
    [InlineData("The senator urged colleagues to reject the deal reached by the two parties last week.", "reached", "2022-W43")]
    [InlineData("Remarks made last summer were played at the rally on Thursday.", "played", "2022-11-03")]
    [InlineData("Remarks made last summer were played at the rally.", "made", "2022-SU")]
    [InlineData("The mayor attacked the governor defeated by her in 2018.", "attacked", "2022-11-06")]
    [InlineData("The minister said the budget passed in March was too small.", "passed", "2022-03")]
    // Neighbours: a past verb after its subject is the clause's own act and keeps the date.
    [InlineData("Supporters of the plan gathered on Monday and cheered the vote.", "cheered", "2022-10-31")]
    [InlineData("Efforts to pass the bill failed on Tuesday, and the sponsor resigned.", "resigned", "2022-11-01")]
    [InlineData("The chief judge of the court for the district visited the capital on Thursday to meet senators.", "meet", "2022-11-03")]
    [InlineData("The senator praised the deal in an interview published on Monday.", "praised", "2022-10-31")]
    [InlineData("The union gave its paid organizers in early 2022 a raise.", "gave", "2022")]
    public void DateAt_KeepsADateInAParticiplePhraseToThatPhrase(string text, string word, string value) =>
        Assert.Equal(value, DateOf(text, word));

    [Theory]
    // What a complement reports takes its own date before the saying's.
    [InlineData("The senator said on Tuesday that she blamed the protest organizers for the violence in 2012.", "blamed", "2012")]
    [InlineData("The office announced on Friday that the two leaders will meet on Thursday.", "meet", "2022-11-10")]
    [InlineData("The office announced on Friday that the two leaders will meet on Thursday.", "announced", "2022-11-04")]
    // With none of its own, a simple past shares the saying's day; a past perfect came before it and takes none.
    [InlineData("The senator said on Tuesday that she blamed the organizers.", "blamed", "2022-11-01")]
    [InlineData("The senator said on Tuesday that she had already met the envoy.", "met", "2022-11-06")]
    [InlineData("The senator met the envoy on Tuesday after she had called him.", "called", "2022-11-01")]
    // The saying takes no date from what it reports, but keeps its own.
    [InlineData("The aide said that the senator voted against the plan in 2019.", "said", "2022-11-06")]
    [InlineData("The aide said in 2019 that the senator opposed the plan.", "said", "2019")]
    public void DateAt_DatesWhatASayingReportsByItsOwnDate(string text, string word, string value) =>
        Assert.Equal(value, DateOf(text, word));

    [Theory]
    [InlineData("On radio Tuesday, the senator\u2019s wife called for open primaries.\n\n\u201cShutting voters out is not smart,\u201d she said.", "2022-11-01", "previous")]
    [InlineData("In 1976, the senator called the convention a brawl.\n\n\u201cYou count every vote,\u201d she said.", "2022-11-06", "dateline")]
    [InlineData("A senior official said on Friday that the plan was sound.\n\n\u201cWe welcome the step,\u201d the official said.", "2022-11-04", "previous")]
    [InlineData("A senior official said on Friday that the plan was sound.\n\n\u201cWe welcome the step,\u201d the mayor said.", "2022-11-06", "dateline")]
    [InlineData("The aide said the mayor \u201cmet them on Friday\u201d and left.\n\n\u201cWe welcome the step,\u201d she said.", "2022-11-06", "dateline")]
    public void DateAt_DatesAQuoteGoingOnByTheDayOfTheSpeechBefore(string text, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int contentStart = text.LastIndexOf('\u201c');
        int contentEnd = text.IndexOf('\u201d', contentStart) + 1;
        int cue = text.IndexOf("said", contentEnd, StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(cue), cue, contentStart, contentEnd, happened: true));
    }

    [Theory]
    [InlineData("\u201cWe have fought them since the attacks in October,\u201d said the analyst. He added that the city had been active.", "added", "2022-11-06")]
    [InlineData("The analyst spoke to reporters in October. He added that the city had been active.", "added", "2022-10")]
    public void DateAt_CarriesNoDateOnFromQuotedWords(string text, string word, string value) =>
        Assert.Equal(value, DateOf(text, word));

    [Theory]
    [InlineData("During Mr. Ames's 1992 campaign, an aide coined the phrase.", "coined", "1992")]
    [InlineData("During Gov. Ames's 1992 campaign, an aide coined the phrase.", "coined", "1992")]
    [InlineData("The campaign sent a photo of the pair at Mr. Ames's 2005 wedding.", "sent", "2022-11-06")]
    [InlineData("The aide praised Mr. Ames's 2005 budget.", "praised", "2022-11-06")]
    public void DateAt_ReadsTheYearOfAPossessorsThingByThePrepositionBeforeIt(string text, string word, string value) =>
        Assert.Equal(value, DateOf(text, word));

    [Theory]
    // The act a fronted "after" phrase names takes its date.
    [InlineData("After meeting the president on Monday, the envoy flew home.", "meeting", "2022-10-31")]
    [InlineData("After the senators voted on Tuesday, the speaker adjourned the house.", "voted", "2022-11-01")]
    // The act after it keeps that date too: measured on news, it most often fell on the same day or week, and the
    // article's date, the only other choice, is further off.
    [InlineData("After meeting the president on Monday, the envoy flew home.", "flew", "2022-10-31")]
    [InlineData("Following a town hall last week, the governor boasted of his staff.", "boasted", "2022-W43")]
    // A clause with its own subject is a clause of its own, as before.
    [InlineData("The senator pledged to close the prisons, after he introduced a bill on Monday.", "pledged", "2022-11-06")]
    public void DateAt_DatesByAFrontedAfterPhrase(string text, string word, string value) =>
        Assert.Equal(value, DateOf(text, word));

    [Theory]
    // A date in a phrase that sets the background does not date the act outside it.
    [InlineData("Despite heavy losses on Tuesday, the senator stays in the race.", "stays", "2022-11-06")]
    [InlineData("The party will sue the county after the election last month left voters waiting for hours.", "sue", "2022-11-06")]
    [InlineData("The aides spread a clip of the senator on a talk show from 2009, in which he praised the tax.", "spread", "2022-11-06")]
    [InlineData("Ann Hale, a lobbyist and the governor's manager in his 2014 race, said the party lost its way.", "lost", "2022-11-06")]
    // Neighbours: the phrase's own act, a fronted "after" clause, a span that starts "from", a plain preposition.
    [InlineData("The party will sue the county after the election last month left voters waiting for hours.", "left", "2022-10")]
    [InlineData("After the senators voted on Tuesday, the speaker adjourned the house.", "adjourned", "2022-11-01")]
    [InlineData("The senator resigned after the vote last week.", "resigned", "2022-W43")]
    [InlineData("The tax was debated from 2009 to 2011 in the assembly.", "debated", "2009")]
    [InlineData("In Ohio, the governor on Tuesday signed the bill, aides said.", "signed", "2022-11-01")]
    [InlineData("The clip was reminiscent of one from March 2019, when the senator testified on the tax.", "testified", "2019-03")]
    public void DateAt_TakesNoDateFromABackgroundPhrase(string text, string word, string value) =>
        Assert.Equal(value, DateOf(text, word));

    [Theory]
    // An act told in the present is now: a year or month elsewhere in the sentence is background.
    [InlineData("Adopted by a family in Ohio in 1990, he says his parents never filed the papers.", "says", "2022-11-06")]
    [InlineData("His father died in 1998, and he says the loss shaped him.", "says", "2022-11-06")]
    [InlineData("The governor is pushing senators to reject the deal reached by the parties last week.", "pushing", "2022-11-06")]
    // Neighbours: a day stays near enough; a past act, or a date in its own clause, keeps the date.
    [InlineData("Yesterday, his campaign manager, Joe Ames, says the streak will go on.", "says", "2022-11-05")]
    [InlineData("His father died in 1998, and he said the loss shaped him.", "said", "1998")]
    [InlineData("The governor is holding a rally on Thursday in Dayton.", "holding", "2022-11-03")]
    public void DateAt_DatesAnActInThePresentByNow(string text, string word, string value) =>
        Assert.Equal(value, DateOf(text, word));

    [Theory]
    // An act in the past perfect came before what a later clause tells.
    [InlineData("The governor had promised to back the nominee, but sounded unsure this week.", "promised", "2022-11-06")]
    // Neighbours: the later clause keeps its date; a date before the act, or in its own clause, still dates it.
    [InlineData("The governor had promised to back the nominee, but sounded unsure this week.", "sounded", "2022-W44")]
    [InlineData("By Friday, the troops had left the town.", "left", "2022-11-04")]
    [InlineData("The office had sent a warning to the mayor and the council in a May 4 letter.", "sent", "2022-05-04")]
    public void DateAt_GivesAPastPerfectNoDateFromALaterClause(string text, string word, string value) =>
        Assert.Equal(value, DateOf(text, word));

    [Theory]
    // A past story goes on in the scene a date at the head of the sentence before set, even in a new paragraph.
    [InlineData("In 1990, the council banned the parade. The mayor protested the ban at once.", "protested", "1990", "previous")]
    [InlineData("In March, the prince urged the senator to quit.\n\nThe senator answered the call with scorn.", "answered", "2022-03", "previous")]
    [InlineData("He served in the navy; then in 2001, he was arrested in Texas. While he was in jail, officials told him the news.", "told", "2001", "previous")]
    [InlineData("In May 2009, the firm released the list.\n\nSoon after, the minister agreed to step aside.", "agreed", "2009-05", "previous")]
    [InlineData("The senator said he opposed the 2007 farm bill. At the time, he sided with the unions.", "sided", "2007", "previous")]
    // Neighbours: the present, a date inside the sentence, a date at its end, and a date that is no scene stay as they were.
    [InlineData("In 1990, the council banned the parade. Mayor Hale plans to protest the ban.", "protest", "2022-11-06", "dateline")]
    [InlineData("In 1990, the council banned the parade. Members overwhelmingly back the mayor.", "back", "2022-11-06", "dateline")]
    [InlineData("The council banned the parade in 1990.\n\nThe mayor protested the ban at once.", "protested", "2022-11-06", "dateline")]
    [InlineData("In 1990, the council banned the parade. The mayor protested the ban on Friday.", "protested", "2022-11-04", "timex")]
    // The one the sentence before told of goes on, on a recent day, even in a paragraph of its own.
    [InlineData("Ann Hale said on Friday that the talks had stalled. Hale blamed the ministers.", "blamed", "2022-11-04", "previous")]
    [InlineData("Ann Hale said on Friday that the talks had stalled.\n\nHale also blamed the ministers.", "blamed", "2022-11-04", "previous")]
    [InlineData("The council said on Friday that the talks had stalled.\n\nThe council blamed the ministers.", "blamed", "2022-11-04", "previous")]
    // Neighbours: a year is a background, and someone not named before starts afresh.
    [InlineData("Ann Hale was hired in 1997 as a deputy. Hale recalled the long nights.", "recalled", "2022-11-06", "dateline")]
    [InlineData("Ann Hale said on Friday that the talks had stalled.\n\nThe union blamed the ministers.", "blamed", "2022-11-06", "dateline")]
    // A sentence that goes on ("They ...") in the present speaks of now.
    [InlineData("The council met on Friday. They ask the mayor to resign.", "ask", "2022-11-06", "dateline")]
    [InlineData("The council met on Friday. They asked the mayor to resign.", "asked", "2022-11-04", "previous")]
    public void DateAt_CarriesTheSceneOfTheSentenceBefore(string text, string word, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int offset = text.IndexOf(word, StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(offset), offset, -1, -1, happened: true));
    }

    [Theory]
    // "he said then": the speech was at the date the sentence before the quote gave.
    [InlineData("Her remarks echo those she made at an Oct. 4 rally in Dayton.\n\n\u201cWe will not back down,\u201d she said then.", "2022-10-04", "previous")]
    [InlineData("Her remarks echo those she made at an Oct. 4 rally in Dayton.\n\n\u201cWe will not back down,\u201d she said at the time.", "2022-10-04", "previous")]
    // Neighbour: with no "then" the quote is not tied to that date.
    [InlineData("Her remarks echo those she made at an Oct. 4 rally in Dayton.\n\n\u201cWe will not back down,\u201d she said.", "2022-11-06", "dateline")]
    public void DateAt_DatesAQuoteSaidThenByTheDateBeforeIt(string text, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int contentStart = text.LastIndexOf('\u201c');
        int contentEnd = text.IndexOf('\u201d', contentStart) + 1;
        int cue = text.IndexOf("said", contentEnd, StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(cue), cue, contentStart, contentEnd, happened: true));
    }

    [Theory]
    // The speaker's apposition after the cue tells who spoke, not when.
    [InlineData("\u201cWe can still win,\u201d said Ann Hale, a longtime friend who left the campaign in October, in an interview.", "2022-11-06", "dateline")]
    // Neighbour: a date of the saying itself.
    [InlineData("\u201cWe can still win,\u201d said Ann Hale, a longtime friend, on Friday.", "2022-11-04", "timex")]
    public void DateAt_TakesNoDateFromTheSpeakersApposition(string text, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int contentEnd = text.IndexOf('\u201d') + 1;
        int cue = text.IndexOf("said", contentEnd, StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(cue), cue, 0, contentEnd, happened: true));
    }

    [Theory]
    // A date before a noun names an event the story looks back on; the scene goes on at the other date.
    [InlineData("Marchers paused on Saturday to remember the victims of the Oct. 12 Lakeside mall attack. The marchers chanted slogans.", "chanted", "2022-11-05")]
    public void DateAt_CarriesNoDateThatNamesAnEvent(string text, string word, string value) => Assert.Equal(value, DateOf(text, word));

    [Theory]
    // A title opens the sentence, but the name after it is a new one: no story goes on.
    [InlineData("Senator Hale met Mr. Lane on Tuesday. Mr. Ridge called the meeting a waste.", "2022-11-06", "dateline")]
    // Neighbour: the same name goes on, on a recent day.
    [InlineData("Senator Hale met Mr. Lane on Tuesday. Mr. Lane called the meeting a success.", "2022-11-01", "previous")]
    public void DateAt_ReadsTheNameAfterATitleForTheSameActor(string text, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int cue = text.LastIndexOf("called", StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(cue), cue, -1, -1, happened: true));
    }

    [Theory]
    // A date after a participle of reference, a plan, what a report says now, a reason, what a speech reports, or in a
    // relative clause, is no scene the next sentence goes on in.
    [InlineData("The senator spoke on the radio, referring to the governor's vow last week. He then left the studio.", "2022-11-06", "dateline")]
    [InlineData("The senator proposed a debate on Thursday. He then left the studio.", "2022-11-06", "dateline")]
    [InlineData("The paper reports the last briefing was held on Oct. 4. It then called the silence a lapse.", "2022-11-06", "dateline")]
    [InlineData("The senator cancelled the debate because the final would be later that night. He then left the studio.", "2022-11-06", "dateline")]
    [InlineData("The senator said that she met the envoy on Tuesday. He then left the studio.", "2022-11-06", "dateline")]
    [InlineData("The senator sat in the room where she met the envoy on Tuesday. He then left the studio.", "2022-11-06", "dateline")]
    // Neighbours: the act's own date carries, a speech's own date too.
    [InlineData("The senator spoke on the radio last week. He then left the studio.", "2022-W43", "previous")]
    [InlineData("The senator said on Tuesday that she met the envoy. He then left the studio.", "2022-11-01", "previous")]
    [InlineData("The activist who accused the mayor said on Tuesday that he lied. He then left the studio.", "2022-11-01", "previous")]
    [InlineData("The senator held a debate on Thursday. He then left the studio.", "2022-11-03", "previous")]
    [InlineData("The paper reported on Oct. 4 that the briefing was held. It then called the silence a lapse.", "2022-10-04", "previous")]
    public void DateAt_CarriesNoDateOfAThingReferredToOrPlanned(string text, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int cue = text.IndexOf("left", StringComparison.Ordinal) is var left and >= 0 ? left : text.IndexOf("called", StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(cue), cue, -1, -1, happened: true));
    }

    [Theory]
    // Words told in the present ("the record indicates") are the article's now, whatever the sentence before dated.
    [InlineData("The court heard the case in March. Then, the record indicates, the judge wrote the opinion.", "indicates", "2022-11-06", "dateline")]
    // Neighbour: told in the past, the quote goes on in the story's time.
    [InlineData("The court heard the case in March. Then, the record indicated, the judge wrote the opinion.", "indicated", "2022-03", "previous")]
    public void DateAt_CarriesNoDateToAQuoteToldInThePresent(string text, string cueWord, string value, string basis)
    {
        var doc = TemporalExpressionSpecTests.Analyze(text, new DateOnly(2022, 11, 6));
        int cue = text.IndexOf(cueWord, StringComparison.Ordinal);
        int contentStart = text.IndexOf("the judge", StringComparison.Ordinal);
        Assert.Equal((value, basis), EventDating.DateAt(doc, doc.SentenceAt(cue), cue, contentStart, text.Length, happened: true));
    }
}
