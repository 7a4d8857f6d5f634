using Annals.Documents;
using Annals.Text;
using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Runs the time stage on a sentence written for a test.</summary>
internal static class TimexTestDocuments
{
    /// <summary>The temporal expressions found in <paramref name="text"/> of an article dated <paramref name="date"/>: text, type and value.</summary>
    public static (string Text, string Type, string Value)[] Found(string text, DateOnly date) =>
        new TemporalExpressionRecognizer().Run(new TextSegmenter().Run(new AnalyzedDocument(new Article("t", date, text))))
            .Timexes.Select(t => (text[t.Start..t.End], t.Type.ToString().ToUpperInvariant(), t.Value)).ToArray();
}
