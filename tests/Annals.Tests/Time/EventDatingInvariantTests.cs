namespace Annals.Tests.Time;

/// <summary>EventDating on random text built from the words its clause rules read: it never throws and is deterministic.</summary>
public class EventDatingInvariantTests
{
    // Words the scope rules look for (sayings, complements, participles, possessors, quotation marks), glued at random.
    private static readonly string[] s_pieces =
    [
        "said", "told", "that", "she", "had", "already", "been", "met", "the", "deal", "reached", "by", "last week", "on Tuesday",
        "in 2012", "remarks", "made", "were", "played", "to", "reject", "interview", "published", "Mr.", "Ames's", "During",
        "1992", "campaign", ",", ".", "\u201c", "\u201d", "\n\n", "official", "called", "for", "who", "which", "and", "After",
        "meeting", "(", ")", "'s", "of", "a", "he", "Monday", "Oct. 3", "passed", "in March", "was", "efforts",
    ];

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void DateAt_RandomText_NeverThrowsAndIsDeterministic(int seed) =>
        EventDatingProbe.AssertStableOnRandomText(s_pieces, seed, maxParts: 50, charOneIn: 10, glueOneIn: 5, uncuedHalf: false);
}
