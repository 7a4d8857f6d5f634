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

    /// <summary>The text and value of each temporal expression in <paramref name="text"/> of an article dated <paramref name="date"/> (yyyy-MM-dd).</summary>
    public static (string Text, string Value)[] TextsAndValues(string text, string date) =>
        Found(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Select(f => (f.Text, f.Value)).ToArray();

    /// <summary>Asserts that <paramref name="text"/>, in an article dated <paramref name="date"/> (yyyy-MM-dd), has <paramref name="span"/> with <paramref name="value"/>.</summary>
    public static void AssertFound(string text, string date, string span, string value)
    {
        var found = Found(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(found.Any(f => f.Text == span && f.Value == value), string.Join("; ", found.Select(f => f.Text + "=" + f.Value)));
    }
}
