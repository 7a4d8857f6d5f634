using static Annals.Tests.Quotes.QuoteTestDocuments;

namespace Annals.Tests.Quotes;

/// <summary>
/// Orders and promises that end at the next clause, promises that are no speech (relative clauses, forecasts),
/// and conditional cues (texts in our own words, 2024-03-01).
/// </summary>
public class QuoteRound10Tests
{
    [Theory]
    [InlineData("Governor Lee has vowed to keep the clinics open and praised the ruling on Monday.", "vowed", "to keep the clinics open")]
    [InlineData("Mayor Ortiz would warn voters not to trust the new levy but did not name its backers.", "warn", "not to trust the new levy")]
    [InlineData("In a post, the city of Lyon urged residents to stay indoors, and the warning was soon shared widely.", "urged", "to stay indoors")]
    [InlineData("When Ms. Reyes asked the press to reprint the atlas, it refused, citing the cost of new maps.", "asked", "to reprint the atlas")]
    [InlineData("He vowed to close the plant, declined at first to meet the workers, and left town.", "vowed", "to close the plant")]
    public void ToClause_EndsAtTheNextClause(string text, string cue, string content)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => CueOf(t, q) == cue && Said(t, q) == content);
    }

    [Theory]
    [InlineData("Governor Lee urged voters to lower taxes and cut waste in the capital.", "urged", "to lower taxes and cut waste in the capital")]
    [InlineData("Mayor Ortiz promised to repair the bridge and the tunnel before winter.", "promised", "to repair the bridge and the tunnel before winter")]
    public void ToClause_CoordinatedVerbsOrObjects_GoOn(string text, string cue, string content)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => CueOf(t, q) == cue && Said(t, q) == content);
    }

    [Theory]
    [InlineData("At a meeting on Tuesday, some senators complained about Vance vowing to fight on and said that they had lost their patience with him.", "they had lost their patience with him", "some senators")]
    public void ToClause_LeavesTheNextCueItsWords(string text, string content, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => Said(t, q) == content && SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("The rifts he promised to heal have only grown wider since the summit.")]
    [InlineData("The dam, which the ministry vowed to finish, is still a hole in the ground.")]
    [InlineData("Rising rents promise to squeeze the budgets of young families this winter.")]
    [InlineData("It promises to be a long night for the campaign.")]
    public void Promise_ThatIsNoSpeech_ReportsNothing(string text)
    {
        var (t, quotes) = Run(text);
        Assert.DoesNotContain(quotes, q => CueOf(t, q) is "promised" or "vowed" or "promise" or "promises");
    }

    [Theory]
    [InlineData("Senator Vance promised to cut the fuel tax within a year.", "promised", "Senator Vance")]
    [InlineData("The union promised to strike again in May.", "promised", "The union")]
    [InlineData("She talked up her plan, promising to visit every county.", "promising", "She")]
    public void Promise_BySomeone_IsReported(string text, string cue, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => CueOf(t, q) == cue && SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("Fact Check: If Ortiz Says It, It Must Be True.\n\nThe paper has a habit.", "Says")]
    [InlineData("Even if the polls suggest otherwise, the race is close.", "suggest")]
    public void Cue_UnderACondition_ReportsNothing(string text, string cue)
    {
        var (t, quotes) = Run(text);
        Assert.DoesNotContain(quotes, q => CueOf(t, q) == cue);
    }

    [Theory]
    [InlineData("Fact Check: Ortiz Says Budget Must Pass Before Spring.\n\nThe paper has a habit.", "Says", "Budget Must Pass Before Spring")]
    [InlineData("She said that if the polls suggest otherwise, the race is close.", "said", "if the polls suggest otherwise, the race is close")]
    public void Cue_NotUnderACondition_IsReported(string text, string cue, string content)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => CueOf(t, q) == cue && Said(t, q) == content);
    }

    [Theory]
    [InlineData("Cruz urged Republicans to \"vote your conscience\" and said he was standing on principle.", "said", "he was standing on principle", "Cruz")]
    [InlineData("On Monday, however, Lee visited the growers, promising to cut the water fees.", "promising", "to cut the water fees", "Lee")]
    public void VerbAfterAnEndedOrder_KeepsItsWordsAndSpeaker(string text, string cue, string content, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => CueOf(t, q) == cue && Said(t, q) == content && SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("Lee spoke to the growers, promising to cut the water fees ― hardly what the council wanted.", "to cut the water fees")]
    [InlineData("Speakers urged the crowd to remember the miners -- fathers, sons and brothers -- who died in the shaft.", "to remember the miners -- fathers, sons and brothers -- who died in the shaft")]
    public void ToClause_EndsAtAnAsideButKeepsAGloss(string text, string content)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => Said(t, q) == content);
    }

    [Theory]
    [InlineData("Family members, who asked the police to show them the video, watched it on Friday, lawyers for the family said.", "Family members, who asked the police to show them the video, watched it on Friday", "lawyers for the family")]
    public void ClosingAttribution_ReportsTheClauseAnOrderSitsIn(string text, string content, string speaker)
    {
        var (t, quotes) = Run(text);
        var q = Assert.Single(quotes);
        Assert.Equal(content, Said(t, q));
        Assert.Equal(speaker, SpeakerOf(t, q));
    }

    [Theory]
    [InlineData("Veterans with post-traumatic stress disorder wait for months.")]
    [InlineData("The target it pledged to reach at the talks in Paris is out of sight.")]
    public void NounOrGappedRelative_ReportsNothing(string text)
    {
        var (t, quotes) = Run(text);
        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("Doctors stress that the drug is safe.", "stress", "the drug is safe")]
    [InlineData("Officials said it promised to reach the target by May.", "said", "it promised to reach the target by May")]
    public void VerbUse_IsReported(string text, string cue, string content)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => CueOf(t, q) == cue && Said(t, q) == content);
    }

    [Theory]
    [InlineData("Feb 6, 2016 10:35PMRand Paul Says He Would Close The Border Over The Virus\nRand Paul said he would close the border.", "He Would Close The Border Over The Virus")]
    [InlineData("Paul Says He Would Close The Border Over The Virus\nRand Paul said he would close the border.", "He Would Close The Border Over The Virus")]
    public void Headline_WithoutAFullStop_IsReported(string text, string content)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => CueOf(t, q) == "Says" && Said(t, q) == content);
    }

    [Theory]
    [InlineData("Feb 6, 2016 8:39PM Rand Paul Calls Out Senator Ruiz For Backing Down\nRand Paul spoke at length.")]
    [InlineData("The mayor called off the talks with the union on Friday.")]
    public void PhrasalCall_IsNoLabel(string text)
    {
        var (t, quotes) = Run(text);
        Assert.DoesNotContain(quotes, q => CueOf(t, q) is "Calls" or "called");
    }

    [Theory]
    [InlineData("As Mayor Ortiz denounced the levy as \"theft,\" many in the hall began to clap.", "the levy as \"theft,\"")]
    [InlineData("While the ministry says the dam is safe, the engineers fear a collapse.", "the dam is safe")]
    [InlineData("The briefing, in which the chief announced that she would not run, was the last of the year.", "she would not run")]
    public void CueInASubordinateClauseOrSubject_EndsAtTheMainClause(string text, string content)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => Said(t, q) == content);
    }

    [Theory]
    [InlineData("The minister said the dam, which was built in 1950, is safe.", "the dam, which was built in 1950, is safe")]
    [InlineData("The minister said that the dam is safe, engineers fear a collapse and the town is worried.", "the dam is safe, engineers fear a collapse and the town is worried")]
    public void ReportedClause_WithItsOwnCommas_GoesOn(string text, string content)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => Said(t, q) == content);
    }

    [Theory]
    [InlineData("Lee has nevertheless called the vote a disgrace.", "Lee")]
    public void AdverbBeforeTheCue_IsNoSpeaker(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("Speaking at a rally in Salem, New Hampshire, Lee went after Ortiz, calling him \"a total fraud.\"", "Lee")]
    [InlineData("Speaking at a rally in Salem, Lee went after Ortiz, calling him \"a total fraud.\"", "Lee")]
    [InlineData("At a rally in Ames, Iowa, on Sunday, Lee went after Ortiz, calling him \"a total fraud.\"", "Lee")]
    public void ParticipleCue_AfterATownAndState_TakesTheSubject(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => CueOf(t, q) == "calling" && SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("The center maintains a program to train young leaders in Burma.")]
    [InlineData("Lee has maintained a large lead over the field since May.")]
    public void Maintain_WithAnObject_ReportsNothing(string text)
    {
        var (t, quotes) = Run(text);
        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("Lee maintains the plan is sound.", "the plan is sound")]
    [InlineData("Lee maintained that the levy was fair.", "the levy was fair")]
    public void Maintain_WithAClause_IsReported(string text, string content)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => Said(t, q) == content);
    }
}
