using static Annals.Tests.Quotes.QuoteTestDocuments;

namespace Annals.Tests.Quotes;

/// <summary>
/// Speaker spans that must stop before the sentence's verb (irregular past forms, present forms, verbs taking an
/// -ing complement) and bare plural subjects (texts in our own words, 2024-03-01).
/// </summary>
public class QuoteRound11Tests
{
    [Theory]
    [InlineData("Governor Alma Reyes took the stage in Tulsa on Friday, saying that the levy would pass.", "the levy would pass", "Governor Alma Reyes")]
    [InlineData("Ortiz spoke for an hour at the mill, telling workers that the plant would stay open.", "the plant would stay open", "Ortiz")]
    [InlineData("Mayor Dana Kell quickly went to the docks, promising that the ferry would run again.", "the ferry would run again", "Mayor Dana Kell")]
    [InlineData("Harbor sources believe the minister has resigned, according to a cable the paper saw.", "Harbor sources believe the minister has resigned", null)]
    public void FiniteVerb_EndsTheSubject(string text, string content, string? speaker)
    {
        var (t, quotes) = Run(text);
        if (speaker is null) Assert.DoesNotContain(quotes, q => SpeakerOf(t, q) is { } s && s.Contains("believe"));
        else Assert.Contains(quotes, q => Said(t, q) == content && SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("The flood was foreseen, according to a leaked memo previously kept secret.", "a leaked memo previously kept secret")]
    [InlineData("The council will act soon, according to 400 surveyed residents.", "400 surveyed residents")]
    public void Participle_AfterAdverbOrNumber_StaysInTheSpeaker(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("Senator Hal Brandt began telling reporters that the budget was dead.", "Senator Hal Brandt")]
    [InlineData("The union immediately started calling for the chief to resign.", "The union")]
    public void AspectVerb_BeforeIngCue_LeavesTheSubject(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("The campaign started a fund telling voters that the race was close.")]
    public void AspectVerb_WithAnObject_IsNoSpeaker(string text)
    {
        var (t, quotes) = Run(text);
        Assert.DoesNotContain(quotes, q => SpeakerOf(t, q) is { } s && s.Contains("started"));
    }

    [Theory]
    [InlineData("The mill was sold to the port's new owner, who in 2019 said that the docks would reopen.", "the port's new owner")]
    [InlineData("Much of the push came from the two largest growers, which together vowed to curb the clearing of forests.", "the two largest growers")]
    public void Relative_AfterAShortAdverbial_TakesItsAntecedent(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("The mill was sold to Lena Park and her partners, which voters said was a mistake.")]
    public void Relative_WithItsOwnSubject_KeepsThatSubject(string text)
    {
        var (t, quotes) = Run(text);
        Assert.DoesNotContain(quotes, q => SpeakerOf(t, q) is { } s && s.Contains("Park"));
    }

    [Theory]
    [InlineData("To check the count, they turned to the county clerk, who said the tally was final.", "the county clerk")]
    [InlineData("The inquiry has also included officers of the port authority, which has flatly denied any wrongdoing.", "officers of the port authority")]
    public void VerbAfterPronounOrAuxiliary_OpensNoSpeaker(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("Retired judge Omar Haddad, who led the inquiry, said the tally was final.", "Retired judge Omar Haddad")]
    public void PastFormOpeningTheSpeaker_WithoutSubjectBefore_Stays(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("Senator Voss’ campaign said on Monday that it had raised more money than any rival.", "Senator Voss’ campaign")]
    [InlineData("The growers' union said the harvest would be late this year.", "The growers' union")]
    public void PluralPossessive_KeepsTheOwner(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("‘We will win,’ Voss said. ‘The growers' union knows it.’")]
    public void QuotedApostrophe_ClosingAQuote_IsNoPossessive(string text)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == "Voss");
    }

    [Theory]
    [InlineData("\"We are ready,\" the mayor told CBS' Face the Nation on Sunday, saying the levy would pass.")]
    public void AcronymApostrophe_BeforeATitle_IsNoRecipientSplit(string text)
    {
        var (t, quotes) = Run(text);
        Assert.DoesNotContain(quotes, q => Said(t, q).StartsWith("the Nation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Critics of the plan have in particular noted that the dam would flood two villages.", "Critics of the plan")]
    public void AdverbialPhrase_BeforeTheCue_IsNoSpeaker(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("Mayor Ines Duarte issued a statement saying the bridge would reopen in May.", "Mayor Ines Duarte")]
    [InlineData("The port authority sent out an email on Friday warning that the docks would close.", "The port authority")]
    public void ParticipleAfterAMedium_TakesWhoIssuedIt(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => SpeakerOf(t, q) == speaker);
    }

    [Theory]
    [InlineData("A statement from the port authority saying the docks would close was posted at noon.")]
    public void MediumAsSubject_KeepsTheMedium(string text)
    {
        var (t, quotes) = Run(text);
        Assert.DoesNotContain(quotes, q => SpeakerOf(t, q) is { } s && s.Contains("noon"));
    }

    [Theory]
    [InlineData("\"We will keep the mill open. The town needs it,\" Ortiz said, adding that the owners had agreed.", "Ortiz")]
    [InlineData("Ortiz spoke first. \"The town needs it,\" he said, adding that the owners had agreed.", "he")]
    public void ParticipleAfterAQuoteInItsSentence_TakesTheSpeakerAfterTheQuote(string text, string speaker)
    {
        var (t, quotes) = Run(text);
        Assert.Contains(quotes, q => Said(t, q) == "the owners had agreed" && SpeakerOf(t, q) == speaker);
    }
}
