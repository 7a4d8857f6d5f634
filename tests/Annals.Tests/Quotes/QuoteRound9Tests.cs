using Annals.Documents;

using static Annals.Tests.Quotes.QuoteTestDocuments;

namespace Annals.Tests.Quotes;

/// <summary>
/// Verbal acts with a quote, orders, heights and stray marks, speakers of coordinated and participle clauses, and
/// words that run on past a cue (texts in our own words, 2024-03-01).
/// </summary>
public class QuoteRound9Tests
{
    [Theory]
    [InlineData("Governor Lee condemned the vote as \"reckless and cynical\" on Tuesday.", "condemned", "Governor Lee")]
    [InlineData("Mayor Ortiz dismissed the audit as a \"political stunt.\"", "dismissed", "Mayor Ortiz")]
    [InlineData("The union likened the new rota to \"a sentence with no parole.\"", "likened", "The union")]
    [InlineData("Senator Vance mocked her rival for \"hiding in the basement\" all spring.", "mocked", "Senator Vance")]
    [InlineData("Mayor Ortiz is describing as \"reckless\" a tweet from the governor.", "describing", "Mayor Ortiz")]
    [InlineData("Reid has gone after the senator as a \"spoiled brat.\"", "gone after", "Reid")]
    [InlineData("A Times article hailed the mayor as \"the comeback kid.\"", "hailed", "A Times article")]
    public void VerbalAct_WithAQuote_IsAMixedReport(string text, string cue, string speaker)
    {
        var (t, quotes) = Run(text);
        var q = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal(cue, CueOf(t, q));
        Assert.Equal(speaker, SpeakerOf(t, q));
    }

    [Theory]
    [InlineData("Governor Lee condemned the vote on Tuesday.")]
    [InlineData("Every email chain recently labeled \"secret\" by the ministry was sealed.")]
    [InlineData("An article cited by the campaign called it a \"hoax.\"")]
    [InlineData("His willingness to keep attacking the mayor as \"weak\" is a strategy.")]
    public void VerbalAct_WithoutQuoteOrSpeaker_ReportsNothing(string text)
    {
        var (t, quotes) = Run(text);
        Assert.DoesNotContain(quotes, q => CueOf(t, q) is "condemned" or "labeled" or "cited" or "attacking");
    }

    [Theory]
    [InlineData("Mayor Ortiz criticized the budget, saying it \"starves the parks.\"", "saying", "it \"starves the parks.\"")]
    [InlineData("Ms. Reyes praised the plan and said it would \"save the valley.\"", "said", "it would \"save the valley.\"")]
    [InlineData("He describes himself as \"a friend of farmers\" and has said he owns two ranches.", "said", "he owns two ranches")]
    [InlineData("She condemned \"a cowardly attack\" and declared her resolve to \"stay open.\"", "declared", "her resolve to \"stay open.\"")]
    public void VerbOfSaying_TakesTheWordsFromAVerbalAct(string text, string cue, string content)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => CueOf(t, q) == cue && Said(t, q) == content);
    }

    [Theory]
    [InlineData("The coach said, \"Our center is 6'2\" and still growing, so watch out.\"", "Our center is 6'2\" and still growing, so watch out.")]
    [InlineData("\"He is barely 5’10” but plays taller,” the scout said.", "He is barely 5’10” but plays taller,")]
    [InlineData("''She stands 6'1'' and blocks everything,'' the coach said.", "She stands 6'1'' and blocks everything,")]
    public void InchMark_DoesNotCloseTheQuote(string text, string content)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => Said(t, q) == content);
    }

    [Theory]
    [InlineData("The council met late.\n\n” … the plan failed in every ward we visited,” Ortiz wrote.", "… the plan failed in every ward we visited,", "Ortiz")]
    public void ClosingGlyph_OpeningAParagraph_OpensTheQuote(string text, string content, string speaker)
    {
        var (t, quotes) = Run(text);
        var q = Assert.Single(quotes);
        Assert.Equal(content, Said(t, q));
        Assert.Equal(speaker, SpeakerOf(t, q));
    }

    [Theory]
    [InlineData("He’s claiming that the count was \"rigged from the start.\"", "claiming", "He")]
    [InlineData("She's telling donors that the race is close.", "telling", "She")]
    [InlineData("He’s said he will fight all the way to the convention.", "said", "He")]
    [InlineData("Unlike Senator Ruiz — who’s called for more troops — the mayor stayed quiet.", "called for", "Senator Ruiz")]
    [InlineData("Marta Diaz (D-Texas) and Paul Kerr (R-Ohio) all suggested that the deal could collapse.", "suggested", "Paul Kerr")]
    [InlineData("The council, the body that approves the budget, said it would meet again.", "said", "The council")]
    [InlineData("Meanwhile, the union attacked the mayor, saying he \"has broken every promise.\"", "saying", "the union")]
    [InlineData("The senator has praised the farmers but has said she will vote against the bill.", "said", "The senator")]
    [InlineData("Speaker Diaz, despite admitting that she had \"real doubts,\" backed the bill.", "admitting", "Speaker Diaz")]
    public void Speaker_IsFoundPastContractionsQuantifiersAndClauses(string text, string cue, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => CueOf(t, q) == cue && SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("\"We are tired,\" Diaz told the crowd before asking them, \"Will you stay with us?\"", "Diaz")]
    public void ParticipleAfterALeadingQuote_TakesTheSubjectAfterTheQuote(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(speaker, SpeakerOf(t, q)));
        Assert.Contains(quotes, q => Said(t, q).EndsWith("Will you stay with us?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Marta Ruiz, who chairs the board and said the fund was empty, resigned.", "Marta Ruiz")]
    [InlineData("Tom thanked Annette Guessford, who opened her door and said she would vote early.", "Annette Guessford")]
    [InlineData("Ruiz said he was \"not ready\" to back the plan, and suggested that the mayor should act first.", "Ruiz")]
    public void CoordinatedCue_TakesTheSubjectOfItsOwnClause(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.NotEmpty(quotes);
        Assert.Equal(speaker, SpeakerOf(t, quotes[^1]));
    }

    [Theory]
    [InlineData("The plan \"was a disaster,\" Kerr said, and still \"cost us millions.\"", "The plan \"was a disaster,\" Kerr said, and still \"cost us millions.\"")]
    [InlineData("Though the first vote went smoothly, he said, delaying the second would be a mistake.", "Though the first vote went smoothly, he said, delaying the second would be a mistake")]
    [InlineData("The first vote went smoothly, he said, citing the turnout figures.", "The first vote went smoothly")]
    public void Words_RunOnPastAMidSentenceCue(string text, string content)
    {
        var (t, quotes) = Run(text);
        var q = Assert.Single(quotes);
        Assert.Equal(content, Said(t, q));
    }

    [Theory]
    [InlineData("The senator told her supporters at a rally to \"stand firm and vote.\"", "to \"stand firm and vote.\"")]
    [InlineData("The mayor urged residents to boil their water until Friday.", "to boil their water until Friday")]
    [InlineData("Police urged drivers not to use the bridge.", "not to use the bridge")]
    [InlineData("The group vowed a wider war against the state.", "a wider war against the state")]
    [InlineData("The senators vowed to block the nominee.", "to block the nominee")]
    [InlineData("Facing The Voters, Senator Ruiz Vows To Repeal The Tax.", "To Repeal The Tax")]
    public void Order_IsReportedFromTo(string text, string content)
    {
        var (t, quotes) = Run(text);
        var q = Assert.Single(quotes);
        Assert.Equal(content, Said(t, q));
    }

    [Theory]
    [InlineData("Kerr said after the hearing he would not run again.", "he would not run again", null)]
    [InlineData("\"We are in a hard place,\" Chancellor Weber told reporters after the meeting that was held on a boat.", "We are in a hard place,", "reporters")]
    public void TimeAfterTheCue_IsNotTheSetting(string text, string content, string? medium)
    {
        var (t, quotes) = Run(text);
        var q = Assert.Single(quotes);
        Assert.Equal(content, Said(t, q));
        Assert.Equal(medium, q.Medium);
    }

    [Theory]
    [InlineData("\" ” ' ’ 6'2\" 5’10” “ \n\n” x ” y \" '' `` 4'' ”")]
    [InlineData("Smith condemned \" as \" and said ” , all suggested ’s claiming that “")]
    [InlineData("” … \n” … \n\n” … ,” wrote")]
    public void StrayMarks_NeverThrowAndKeepSpansInBounds(string text)
    {
        var (t, first) = Run(text);
        var (_, second) = Run(text);
        Assert.Equal(first.Length, second.Length);
        int lastEnd = -1;
        foreach (var q in first)
        {
            Assert.InRange(q.Start, 0, t.Length);
            Assert.InRange(q.End, q.Start, t.Length);
            Assert.True(q.Start >= lastEnd);
            lastEnd = q.End;
        }
    }

    [Theory]
    [InlineData("Mayor ‘The Builder’ Could Save Clean Water, Senator Ruiz Says.\n\nThe council met on Monday to discuss the plan.", "Senator Ruiz", "Says")]
    public void Headline_WithTheSpeakerLast_IsAReport(string text, string speaker, string cue)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == speaker && CueOf(t, q) == cue && q.Start == 0);
    }

    [Theory]
    [InlineData("United States Citizenship and Immigration Services, the agency that oversees the program, said it would act.", "said")]
    [InlineData("RED STATES OUTNUMBER BLUE STATES - the survey found a shift.", null)]
    public void CapitalisedName_IsNoCue(string text, string? cue)
    {
        var (t, quotes) = Run(text);
        Assert.All(quotes, q => Assert.Equal(cue, CueOf(t, q)));
    }

    [Theory]
    [InlineData("The governor added:\n\nIt is typical of the council. They know nothing, but the talking never stops.\n\nThe vote is on Friday.",
                "It is typical of the council. They know nothing, but the talking never stops.", "The governor")]
    public void ColonClosingAParagraph_QuotesTheNextParagraphWithoutMarks(string text, string content, string speaker)
    {
        var (t, quotes) = Run(text);
        var q = Assert.Single(quotes);
        Assert.Equal(content, Said(t, q));
        Assert.Equal(speaker, SpeakerOf(t, q));
    }

    [Theory]
    [InlineData("The Ortiz family has called on police to release the videos.", "The Ortiz family")]
    [InlineData("Speaking at the rally, the senator said the count was fair.", "the senator")]
    public void Speaker_IsANounEndingInLyOrAfterAnIngPhrase(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("The 6-foot-5 guard said his team \"played well. We will be back.\"", "The 6-foot-5 guard")]
    [InlineData("\"We played well,\" said the 5-foot-10 guard.", "the 5-foot-10 guard")]
    public void Speaker_KeepsAHeightWrittenWithHyphens(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        var q = Assert.Single(quotes);
        Assert.Equal(speaker, SpeakerOf(t, q));
    }

    [Theory]
    [InlineData("It’s called the power of unity, and it works.")]
    [InlineData("He’s told to stay home until the vote.")]
    public void ContractedIs_BeforeAPastForm_IsPassive(string text)
    {
        var (_, quotes) = Run(text);
        Assert.Empty(quotes);
    }
}
