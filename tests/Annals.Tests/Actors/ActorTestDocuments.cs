using Annals.Actors;
using Annals.Documents;
using Annals.Text;

namespace Annals.Tests.Actors;

/// <summary>Runs the actor stage on a text written for a test.</summary>
internal static class ActorTestDocuments
{
    /// <summary>The document of <paramref name="text"/>, dated <paramref name="date"/> (yyyy-MM-dd), after segmentation and the actor stage.</summary>
    public static AnalyzedDocument Analyze(string text, string date)
    {
        var doc = new AnalyzedDocument(new Article("t", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), text));
        return ActorRecognizer.Shared.Run(new TextSegmenter().Run(doc));
    }
}
