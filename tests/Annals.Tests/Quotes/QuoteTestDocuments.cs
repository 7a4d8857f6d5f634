using Annals.Actors;
using Annals.Documents;
using Annals.Quotes;
using Annals.Text;

namespace Annals.Tests.Quotes;

/// <summary>Runs the stages a quote needs over a small text of our own (dated 2024-03-01) and reads its quotes' parts.</summary>
internal static class QuoteTestDocuments
{
    /// <summary>The text and the quotes the segmenter, actor and quote stages find in it.</summary>
    public static (string Text, Quote[] Quotes) Run(string text)
    {
        var doc = new TextSegmenter().Run(new AnalyzedDocument(new Article("t", new DateOnly(2024, 3, 1), text)));
        doc = ActorRecognizer.Shared.Run(doc);
        return (text, new QuoteAttributor().Run(doc).Quotes.ToArray());
    }

    /// <summary>The quote's content.</summary>
    public static string Said(string text, Quote q) => text[q.Start..q.End];

    /// <summary>The quote's speaker span, or null.</summary>
    public static string? SpeakerOf(string text, Quote q) => q.Speaker is { } s ? text[s.Start..s.End] : null;

    /// <summary>The quote's cue, or null.</summary>
    public static string? CueOf(string text, Quote q) => q.CueStart >= 0 ? text[q.CueStart..q.CueEnd] : null;
}
