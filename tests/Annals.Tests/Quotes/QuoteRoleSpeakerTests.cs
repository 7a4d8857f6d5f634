using Annals.Documents;
using Annals.Pipeline;

namespace Annals.Tests.Quotes;

/// <summary>A speaker given as a role after a name ("Name, the ranking Democrat ..., who said") is the named person.</summary>
public class QuoteRoleSpeakerTests
{
    private static readonly AnnalsPipeline s_pipeline = AnnalsPipeline.CreateDefault();

    private static Quote LastQuote(string text)
    {
        var doc = s_pipeline.Run(new Article("t", new DateOnly(2016, 1, 30), text));
        Assert.NotEmpty(doc.Quotes);
        return doc.Quotes[^1];
    }

    [Theory]
    [InlineData("The plan was backed by Senator Dianne Feinstein of California, the ranking Democrat on the committee, who said none of the mail came from Clinton.",
        "Senator Dianne Feinstein", "Dianne Feinstein")]
    [InlineData("Elena Ward said the march was peaceful. The rally was led by Elena Ward, 32, a former organizer for the campaign, who said protests would continue.",
        "Elena Ward", "Elena Ward")]
    public void RoleBeforeWho_SpeakerIsTheNamedPerson(string text, string speakerText, string? name)
    {
        var q = LastQuote(text);
        Assert.NotNull(q.Speaker);
        // The speaker's span lies inside the name (the actor stage may cover only the surname of a name met before).
        Assert.Contains(text[q.Speaker!.Start..q.Speaker.End], speakerText, StringComparison.Ordinal);
        Assert.Equal(name, q.Speaker.Name);
    }

    [Theory]
    // A role in the plural ("two of the women") names no one person.
    [InlineData("The video featured Juanita Broaddrick and Kathleen Willey, two of the women who said they were mistreated.", "two of the women")]
    public void PluralRole_StaysTheSpeaker(string text, string speakerText)
    {
        var q = LastQuote(text);
        Assert.Equal(speakerText, text[q.Speaker!.Start..q.Speaker.End]);
    }
}
