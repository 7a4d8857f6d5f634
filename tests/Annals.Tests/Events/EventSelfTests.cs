using Annals.Documents;
using Annals.Pipeline;

namespace Annals.Tests.Events;

/// <summary>An act of a person on that same person (through a pronoun or the name again) has no target.</summary>
public class EventSelfTests
{
    private static readonly AnnalsPipeline s_pipeline = AnnalsPipeline.CreateDefault();

    [Theory]
    // "he" resolves to Cruz, who is also the one supported.
    [InlineData("Mark Cuban said that in a race between Donald Trump and Ted Cruz, he would support the former.", "Ted Cruz")]
    public void ActOnOneself_HasNoTarget(string text, string person)
    {
        var doc = s_pipeline.Run(new Article("t", new DateOnly(2016, 3, 1), text));
        Assert.Contains(doc.Events, e => e.Source?.Name == person);
        Assert.DoesNotContain(doc.Events, e => e.Source?.Name == person && e.Target?.Name == person);
    }

    [Theory]
    // Two sectors of one state may act on each other.
    [InlineData("Protesters in Montenegro demanded that the government of Montenegro resign.", "Montenegro")]
    public void SectorsOfOneState_KeepTheirTarget(string text, string country)
    {
        var doc = s_pipeline.Run(new Article("t", new DateOnly(2016, 3, 1), text));
        Assert.Contains(doc.Events, e => e.Target?.Name == country || (e.Target?.Code ?? "").StartsWith("MNE", StringComparison.Ordinal));
    }
}
