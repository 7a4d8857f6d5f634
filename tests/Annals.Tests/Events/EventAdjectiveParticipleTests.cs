using Annals.Documents;
using Annals.Events;

namespace Annals.Tests.Events;

/// <summary>A past form that describes a noun ("all detained officials") reports no act; the same form as a verb does.</summary>
public class EventAdjectiveParticipleTests
{
    private static readonly EventCoder Coder = new();

    private static bool HasTrigger(AnalyzedDocument doc, string trigger) =>
        doc.Events.Any(e => doc.Text[e.TriggerStart..e.TriggerEnd].StartsWith(trigger, StringComparison.Ordinal));

    [Theory]
    [InlineData("The envoy urged the junta to free all detained ministers.", "The envoy=USAGOV;the junta=MMRMIL", "detained")]
    [InlineData("Ukraine's minister met several wounded Russian soldiers in Kyiv.", "Ukraine's minister=UKRGOV;Russian soldiers=RUSMIL", "wounded")]
    [InlineData("The Turkish envoy spoke with wounded Kurdish fighters.", "The Turkish envoy=TURGOV;Kurdish fighters=KURREB", "wounded")]
    [InlineData("Israel relied on targeted strikes against Hamas.", "Israel=ISR;Hamas=PSEREB", "targeted")]
    public void Code_PastFormBeforeItsNoun_NoEvent(string text, string actors, string trigger)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.False(HasTrigger(doc, trigger), EventTestDocuments.Describe(doc));
    }

    [Theory]
    [InlineData("The junta detained two ministers on Monday.", "The junta=MMRMIL", "detained")]
    [InlineData("Some soldiers wounded protesters near the square.", "Some soldiers=MMRMIL;protesters=MMROPP", "wounded")]
    [InlineData("The governors have all supported Mexico.", "The governors=USAGOV;Mexico=MEX", "supported")]
    public void Code_PastFormAsVerb_StillCoded(string text, string actors, string trigger)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.True(HasTrigger(doc, trigger), EventTestDocuments.Describe(doc));
    }
}
