using Annals.Documents;
using Annals.Events;

namespace Annals.Tests.Events;

/// <summary>Mood of acts inside plans, proposals, scenarios and conditions: they happen later, if at all.</summary>
public class EventMoodTests
{
    private static readonly EventCoder Coder = new();

    private static string MoodName(Mood m) => Annals.Pipeline.ExtractionJsonWriter.MoodName(m);

    // Each row: an act in an infinitive after a plan, a purpose, a proposal noun or a word of possibility; the act's
    // root and the mood it must have instead of asserted.
    [Theory]
    [InlineData("Senators in Ohio introduced a bill to impose sanctions on Venezuela.", "Senators=USALEG;Venezuela=VEN", "16", "future")]
    [InlineData("The Kenyan minister flew to Addis Ababa to meet Ethiopian officials.", "The Kenyan minister=KENGOV;Ethiopian officials=ETHGOV", "04", "future")]
    [InlineData("Campaign aides are trying to meet Governor Smith before the vote.", "Campaign aides=USAPTY;Governor Smith=USAGOV", "04", "future")]
    [InlineData("Chile now has a chance to negotiate with Bolivia over the water dispute.", "Chile=CHL;Bolivia=BOL", "04", "hypothetical")]
    [InlineData("The senator has the right to criticize the governor.", "The senator=USALEG;the governor=USAGOV", "11", "hypothetical")]
    [InlineData("A poll found most voters want the Senate to hold hearings on the nominee.", "the Senate=USALEG", "09", "future")]
    [InlineData("Egypt drafted a resolution to expel Sudanese diplomats.", "Egypt=EGY;Sudanese diplomats=SDNGOV", "16", "future")]
    public void Code_ActInInfinitive_NotAsserted(string text, string actors, string root, string mood)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.False(EventTestDocuments.AssertedWithRoot(doc, root), EventTestDocuments.Describe(doc));
        Assert.True(doc.Events.Any(e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && MoodName(e.Mood) == mood), EventTestDocuments.Describe(doc));
    }

    // Each row: a word before "to" that carries the act out, or an attempt at violence; the act stays asserted.
    [Theory]
    [InlineData("Armenian forces continued to shell Azerbaijani villages on Sunday.", "Armenian forces=ARMMIL;Azerbaijani villages=AZE", "19")]
    [InlineData("The county board voted to condemn the governor over the closures.", "The county board=USALEG;the governor=USAGOV", "11")]
    [InlineData("She was the first senator to endorse the governor.", "senator=USALEG;the governor=USAGOV", "05")]
    [InlineData("A militant tried to bomb the embassy of Norway in the capital.", "A militant=IMGMOS;Norway=NOR", "18")]
    [InlineData("After the vote, Peru went on to criticize Ecuador.", "Peru=PER;Ecuador=ECU", "11")]
    [InlineData("He was among the earliest senators to endorse the governor.", "senators=USALEG;the governor=USAGOV", "05")]
    public void Code_InfinitiveCarriedOut_StaysAsserted(string text, string actors, string root)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.True(EventTestDocuments.AssertedWithRoot(doc, root), EventTestDocuments.Describe(doc));
    }

    // Each row: a plan word before a noun trigger, a scenario with an unreported "would", the consequent of an "if", or a
    // counterfactual refusal: no asserted event of that root.
    [Theory]
    [InlineData("His proposed ban on Syrian refugees angered Damascus.", "Damascus=SYRGOV;Syrian refugees=SYRREF", "17")]
    [InlineData("Analysts say a possible airstrike on Yemen worries Riyadh.", "Yemen=YEM;Riyadh=SAUGOV", "19")]
    [InlineData("In a head-to-head race the senator would beat the governor by ten points.", "the senator=USALEG;the governor=USAGOV", "13")]
    [InlineData("If the governor ran again, the party would not accept him.", "the governor=USAGOV;the party=USAPTY", "12")]
    [InlineData("Lincoln would never have proposed sanctions on Mexico.", "Lincoln=USAGOV;Mexico=MEX", "12")]
    [InlineData("The mayor asked the county to help the flooded towns and rebuild the bridges.", "The mayor=USAGOV;the county=USAGOV", "07")]
    [InlineData("Next month the touring play will visit Mexico and Peru.", "Mexico=MEX;Peru=PER", "03")]
    [InlineData("Observers expect that the vote would help the senator.", "the senator=USALEG", "03")]
    [InlineData("At one point the mayor was considering supporting the senator.", "the mayor=USAGOV;the senator=USALEG", "03")]
    [InlineData("The rebels told villagers to hide, flee or attack the soldiers.", "The rebels=SDNREB;the soldiers=SDNMIL", "18")]
    [InlineData("The pope has no plans to meet the senator during the visit.", "The pope=VATGOV;the senator=USALEG", "04")]
    [InlineData("The senator will be merciless in his attacks on the governor.", "The senator=USALEG;the governor=USAGOV", "13")]
    [InlineData("Most senators support deploying troops to Niger.", "senators=USALEG;Niger=NER", "15")]
    [InlineData("The governor suggested rallying the allies of Jordan.", "The governor=USAGOV;Jordan=JOR", "14")]
    [InlineData("The governor has avoided directly criticizing the senator.", "The governor=USAGOV;the senator=USALEG", "11")]
    [InlineData("The senator stopped short of endorsing the governor.", "The senator=USALEG;the governor=USAGOV", "05")]
    [InlineData("The governor is talking about deporting Haitian migrants.", "The governor=USAGOV;Haitian migrants=HTIREF", "17")]
    public void Code_PlanOrScenario_NotAsserted(string text, string actors, string root)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.False(EventTestDocuments.AssertedWithRoot(doc, root), EventTestDocuments.Describe(doc));
    }

    // Each row: an intent the actor states or that is narrated as the actor's plan stays an asserted intent (CAMEO 03).
    [Theory]
    [InlineData("Portugal said it would support Brazil's bid for a council seat.", "Portugal=PRT;Brazil=BRA", "03")]
    [InlineData("Finland will give Tanzania a grant for new schools.", "Finland=FIN;Tanzania=TZA", "03")]
    public void Code_StatedOrNarratedIntent_StaysAsserted(string text, string actors, string root)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.True(EventTestDocuments.AssertedWithRoot(doc, root), EventTestDocuments.Describe(doc));
    }

    // Each row: "I'm going to" in a quote, one token before "going": the speaker's own plan is an intent.
    [Theory]
    [InlineData("The Ugandan president said: \"I'm going to support Kenya at the summit.\"", "The Ugandan president=UGAGOV;Kenya=KEN", "I'm going to support Kenya at the summit.")]
    [InlineData("The Ugandan president said: \"I\u2019m going to support Kenya at the summit.\"", "The Ugandan president=UGAGOV;Kenya=KEN", "I\u2019m going to support Kenya at the summit.")]
    public void Code_FirstPersonGoingTo_IsIntent(string text, string actors, string content)
    {
        var doc = EventTestDocuments.WithQuote(EventTestDocuments.Build(text, actors), content, 0);
        doc = Coder.Run(doc);
        Assert.True(doc.Events.Any(e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && e.Mood == Mood.Asserted && e.Source?.Code == "UGAGOV"), EventTestDocuments.Describe(doc));
        Assert.False(EventTestDocuments.AssertedWithRoot(doc, "05"), EventTestDocuments.Describe(doc));
    }

    // Each row: a bare present stance verb with a plural or group subject states a position, not an act.
    [Theory]
    [InlineData("Most farmers in the region oppose the new tariffs on Canada.", "farmers=USACVL;Canada=CAN", "12")]
    [InlineData("Union members who support the senator rallied downtown.", "Union members=USALAB;the senator=USALEG", "05")]
    [InlineData("Both Ankara and Tehran oppose a Kurdish state.", "Ankara=TURGOV;Tehran=IRNGOV", "12")]
    public void Code_PresentStanceOfGroup_NotAsserted(string text, string actors, string root)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.False(EventTestDocuments.AssertedWithRoot(doc, root), EventTestDocuments.Describe(doc));
    }

    // Each row: first person, a past form, or an emphatic "did" keeps the support or opposition an act.
    [Theory]
    [InlineData("The governor said: I support the senator.", "The governor=USAGOV;the senator=USALEG", "05")]
    [InlineData("Most farmers in the region opposed the tariffs on Canada last year.", "farmers=USACVL;Canada=CAN", "12")]
    public void Code_StatedOrPastSupport_StaysAsserted(string text, string actors, string root)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.True(EventTestDocuments.AssertedWithRoot(doc, root), EventTestDocuments.Describe(doc));
    }

    // Each row: "he'd" and "they'll" are one token each; they make the act future, and an unreported "he'd" a scenario.
    [Theory]
    [InlineData("In that case he'd meet the governor in Ohio.", "he=USALEG;the governor=USAGOV", "04")]
    [InlineData("They'll meet the Kenyan delegation in Nairobi.", "They=UGAGOV;the Kenyan delegation=KENGOV", "04")]
    public void Code_ContractedModal_NotAsserted(string text, string actors, string root)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.False(EventTestDocuments.AssertedWithRoot(doc, root), EventTestDocuments.Describe(doc));
    }

    // Each row: a modal, a quote mark after "to" or a stance with "'s" still governs the act it seems to stand apart from.
    [Theory]
    [InlineData("The senators said they would expand the program and push for talks with Cuba.", "The senators=USALEG;Cuba=CUB", "02")]
    [InlineData("On its web page the party vows to \u201cdefend Kenya against all threats.\u201d", "the party=KENPTY;Kenya=KEN", "05")]
    [InlineData("Inspired by the speech, he's committed to the governor.", "he=USALEG;the governor=USAGOV", "03")]
    [InlineData("He added that the United States must be equally firm with Iran.", "the United States=USA;Iran=IRN", "10")]
    public void Code_ModalOrStanceReachesAct_NotAsserted(string text, string actors, string root)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.False(EventTestDocuments.AssertedWithRoot(doc, root), EventTestDocuments.Describe(doc));
    }
}
