using Annals.Documents;
using Annals.Events;

namespace Annals.Tests.Events;

/// <summary>Trigger words in a sense that is no event: pressing that asks for nothing, offers of things, poll support.</summary>
public class EventSenseTests
{
    private static readonly EventCoder Coder = new();

    // Each row: a sentence whose trigger word names no act of root ROOT.
    [Theory]
    [InlineData("The senator pushed the governor in a new direction on taxes.", "The senator=USALEG;the governor=USAGOV", "02")]
    [InlineData("The governor was pressed by the senator on Monday.", "The governor=USAGOV;the senator=USALEG", "02")]
    [InlineData("The senator offered kind words about the governor.", "The senator=USALEG;the governor=USAGOV", "03")]
    [InlineData("Support for the governor rose to 40 percent in the new poll.", "the governor=USAGOV", "05")]
    [InlineData("The governor won the support of 41 percent of likely voters.", "The governor=USAGOV", "05")]
    [InlineData("The senator has demonstrated that she can beat the governor.", "The senator=USALEG;the governor=USAGOV", "14")]
    [InlineData("The senator said: Thank you very much.", "The senator=USALEG", "05")]
    [InlineData("The governor appeals to voters who fear for their jobs.", "The governor=USAGOV", "02")]
    [InlineData("Many migrants even received U.S. passports by mistake.", "U.S.=USA", "04")]
    [InlineData("The senator offered his thoughts on the governor's speech.", "The senator=USALEG;his=USALEG;the governor=USAGOV", "03")]
    [InlineData("The senator said Mexican workers are beyond reproach.", "The senator=USALEG;Mexican workers=MEXLAB", "11")]
    public void Code_OtherSense_NotAsserted(string text, string actors, string root)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.False(EventTestDocuments.AssertedWithRoot(doc, root), EventTestDocuments.Describe(doc));
    }

    // Each row: the same words used for the act: an appeal with what it asks for, an offer to act or a vow with "that",
    // support declared with no poll in sight.
    [Theory]
    [InlineData("The senator pushed the governor, both in public and in private, to veto the bill.", "The senator=USALEG;the governor=USAGOV", "02")]
    [InlineData("Kenya pressed Uganda for talks on the border.", "Kenya=KEN;Uganda=UGA", "02")]
    [InlineData("Chile offered to mediate between Peru and Bolivia.", "Chile=CHL;Peru=PER;Bolivia=BOL", "03")]
    [InlineData("The governor pledged that the state would help Mexico.", "The governor=USAGOV;Mexico=MEX", "03")]
    [InlineData("The senator reaffirmed her support for the governor.", "The senator=USALEG;the governor=USAGOV", "05")]
    [InlineData("Last week the senator requested a meeting with the governor.", "the senator=USALEG;the governor=USAGOV", "02")]
    [InlineData("Syria offered its troops to Lebanon to secure the border.", "Syria=SYR;Lebanon=LBN", "03")]
    [InlineData("Kenya appealed to Uganda to reopen the border crossing.", "Kenya=KEN;Uganda=UGA", "02")]
    [InlineData("The senator thanked the governor for his help.", "The senator=USALEG;the governor=USAGOV", "05")]
    public void Code_SameWordsForTheAct_StaysAsserted(string text, string actors, string root)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.True(EventTestDocuments.AssertedWithRoot(doc, root), EventTestDocuments.Describe(doc));
    }

    // Each row: a refusal to say something to the press is a declined comment (011); a refusal to talk with another
    // actor or to answer a demand keeps its code of rejection.
    [Theory]
    [InlineData("The governor declined to elaborate on his talks with Mexico.", "The governor=USAGOV;Mexico=MEX", "011")]
    [InlineData("The senator refused to say whether she would back the governor.", "The senator=USALEG;the governor=USAGOV", "011")]
    [InlineData("A spokesman for the governor declined to be identified.", "the governor=USAGOV", "011")]
    [InlineData("Syria refused to discuss the border with Turkey.", "Syria=SYR;Turkey=TUR", "125")]
    [InlineData("Hamas refused to respond to a demand from Egypt.", "Hamas=PSEHMS;Egypt=EGY", "120")]
    [InlineData("The governor declined to respond to questions about the deal with Mexico.", "The governor=USAGOV;Mexico=MEX", "011")]
    public void Code_RefusalToSpeak_DeclinedComment(string text, string actors, string code)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.True(doc.Events.Any(e => e.Cameo == code && e.Mood == Mood.Asserted), EventTestDocuments.Describe(doc));
    }

    // Each row: a trigger after a determiner and one modifier is a noun ("a recent promise"); it takes no doer from the
    // clause around it. With an object right after it stays a verb ("The pontiff met the senator").
    [Theory]
    [InlineData("The senator spoke about a recent promise to help Mexico.", "The senator=USALEG;Mexico=MEX", "03", "USALEG", false)]
    [InlineData("The pontiff met the senator at the Vatican.", "the senator=USALEG", "04", null, true)]
    public void Code_NounAfterModifier_KeepsItsOwnParties(string text, string actors, string root, string? source, bool wanted)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        bool found = doc.Events.Any(e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Source?.Code == source && e.Mood == Mood.Asserted);
        Assert.True(found == wanted, EventTestDocuments.Describe(doc));
    }

    // Each row: "I" right before the act inside a quote makes the quote's speaker (actor 0) the doer, not an actor named
    // earlier in the quote.
    [Theory]
    [InlineData("The governor said: \"For the good of Kenya, I support the senator.\"", "The governor=USAGOV;Kenya=KEN;the senator=USALEG", "For the good of Kenya, I support the senator.", "051", "USAGOV")]
    public void Code_FirstPersonInQuote_SpeakerIsSource(string text, string actors, string content, string code, string source)
    {
        var doc = Coder.Run(EventTestDocuments.WithQuote(EventTestDocuments.Build(text, actors), content, 0));
        Assert.True(doc.Events.Any(e => e.Cameo == code && e.Source?.Code == source && e.Mood == Mood.Asserted), EventTestDocuments.Describe(doc));
    }
}
