using Annals.Documents;
using Annals.Events;

namespace Annals.Tests.Events;

/// <summary>Round 9: peacekeepers who arrive somewhere, and a pattern that opens with its doer's own noun.</summary>
public class EventRound9Tests
{
    private static readonly EventCoder Coder = new();

    // Each row: peacekeeping troops arriving in or deploying to a place provide peacekeeping (074), done by the
    // actor whose mention the trigger opens with, aimed at the place.
    [Theory]
    [InlineData("Kenyan peacekeepers arrived in Somalia on Tuesday.", "Kenyan peacekeepers=KENMIL;Somalia=SOM", "KENMIL", "SOM")]
    [InlineData("The first Ghanaian peacekeeping troops landed in Liberia overnight.", "Ghanaian peacekeeping troops=GHAMIL;Liberia=LBR", "GHAMIL", "LBR")]
    [InlineData("More Nepalese peacekeeping soldiers have arrived in Haiti, officials said.", "Nepalese peacekeeping soldiers=NPLMIL;Haiti=HTI", "NPLMIL", "HTI")]
    public void Code_PeacekeepersArrive_ProvidePeacekeeping(string text, string actors, string source, string target)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.Contains(doc.Events, e => e.Cameo == "074" && e.Source?.Code == source && e.Target?.Code == target && e.Mood == Mood.Asserted);
    }

    // Each row: someone other than peacekeepers arriving is a visit (042), never peacekeeping.
    [Theory]
    [InlineData("The Kenyan minister arrived in Somalia on Tuesday.", "The Kenyan minister=KENGOV;Somalia=SOM")]
    [InlineData("Ghanaian troops arrived in Liberia overnight.", "Ghanaian troops=GHAMIL;Liberia=LBR")]
    public void Code_OthersArrive_NoPeacekeeping(string text, string actors)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "074");
    }
}
