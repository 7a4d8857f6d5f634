using Annals.Actors;
using Annals.Documents;
using Annals.Quotes;
using Annals.Text;

namespace Annals.Tests.Quotes;

/// <summary>The subject of a sentence as a speaker stops before its verb (texts in our own words, 2022-11-06).</summary>
public class QuoteSpeakerVerbTests
{
    private static Quote[] Quotes(string text)
    {
        var doc = new TextSegmenter().Run(new AnalyzedDocument(new Article("t", new DateOnly(2022, 11, 6), text)));
        doc = ActorRecognizer.Shared.Run(doc);
        return new QuoteAttributor().Run(doc).Quotes.ToArray();
    }

    [Theory]
    [InlineData("Farm unions criticised the budget and accused the minister of ignoring rural towns.", "Farm unions")]
    [InlineData("The mayor welcomed the ruling, saying it would help tenants.", "The mayor")]
    [InlineData("Opposition lawmakers walked out and said the vote was rigged.", "Opposition lawmakers")]
    public void Speaker_EndsBeforeThePastVerbOfTheSubject(string text, string speaker)
    {
        var quotes = Quotes(text);
        Assert.NotEmpty(quotes);
        Assert.Contains(quotes, q => q.Speaker is { } s && text[s.Start..s.End] == speaker);
    }

    [Theory]
    [InlineData("A newly appointed envoy said the talks would resume.", "A newly appointed envoy")]
    [InlineData("Some 400 registered observers said the count was fair.", "Some 400 registered observers")]
    public void Speaker_KeepsPastFormsUsedAsAdjectives(string text, string speaker)
    {
        var quotes = Quotes(text);
        Assert.Contains(quotes, q => q.Speaker is { } s && text[s.Start..s.End] == speaker);
    }
}
