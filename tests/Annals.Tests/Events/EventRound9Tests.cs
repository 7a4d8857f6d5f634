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

    // Each row: an accusation refined by what it charges (CAMEO 1122 human rights abuses, 1124 war crimes, 1125
    // espionage or treason); "spy agencies" names no charge of spying.
    [Theory]
    [InlineData("Serbia accused Croatia of war crimes on Monday.", "Serbia=SRB;Croatia=HRV", "1124")]
    [InlineData("Chile accused Peru of genocide in the border war.", "Chile=CHL;Peru=PER", "1124")]
    [InlineData("Iran accused the United States of espionage.", "Iran=IRN;the United States=USA", "1125")]
    [InlineData("Kenya charged Uganda with treason against its people.", "Kenya=KEN;Uganda=UGA", "1125")]
    [InlineData("The rights group accused Egypt of torture.", "The rights group=NGOHRI;Egypt=EGY", "1122")]
    [InlineData("Kenya accused Uganda of human rights abuses.", "Kenya=KEN;Uganda=UGA", "1122")]
    [InlineData("Kenya accused spy agencies in Uganda of lying.", "Kenya=KEN;Uganda=UGA", "112")]
    public void Code_AccusedOfACharge_RefinedAccusation(string text, string actors, string code)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.Contains(doc.Events, e => e.Cameo == code && e.Mood == Mood.Asserted);
    }

    // Each row: lifting a ban on parties, or allowing opposition parties, eases the ban on parties (0812); a refusal to
    // allow them declines to ease administrative sanctions.
    [Theory]
    [InlineData("The Algerian government legalized opposition parties on Sunday.", "The Algerian government=DZAGOV", "0812")]
    [InlineData("Kenya lifted the ban on opposition parties.", "Kenya=KEN", "0812")]
    [InlineData("Kenya allowed free elections in the north.", "Kenya=KEN", "0811")]
    public void Code_EaseBanOnParties_0812(string text, string actors, string code)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.Contains(doc.Events, e => e.Cameo == code && e.Mood == Mood.Asserted);
    }

    // Each row: "must" under a reporting verb whose subject is no actor: the one who must act does not ask it of itself,
    // so no demand is coded; with a coded reporter the demand stays.
    [Theory]
    [InlineData("The water forum concluded on Saturday that Uganda must allocate more money to the crisis.", "Uganda=UGA", false)]
    [InlineData("Kenya concluded on Saturday that Uganda must allocate more money to the crisis.", "Kenya=KEN;Uganda=UGA", true)]
    public void Code_MustWithoutReporter_NoSelfDemand(string text, string actors, bool demand)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.Equal(demand, doc.Events.Any(e => e.Cameo.StartsWith("10", StringComparison.Ordinal)));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal) && e.Source?.Code == "UGA");
    }
}
