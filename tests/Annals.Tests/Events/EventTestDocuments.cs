using System.Collections.Immutable;
using Annals.Documents;
using Annals.Text;

namespace Annals.Tests.Events;

/// <summary>Builds small analysed documents by hand: text, segmentation, and actor mentions found by their words.</summary>
internal static class EventTestDocuments
{
    /// <summary>
    /// A document whose actors are given as "phrase=CODE" (kind Country for three-letter codes, else Agent);
    /// a phrase may carry an occurrence suffix "#2" to pick its second occurrence; "phrase=@Name" is a named person with no code.
    /// </summary>
    public static AnalyzedDocument Build(string text, string actors, string date = "2022-11-06")
    {
        var doc = new TextSegmenter().Run(new AnalyzedDocument(new Article("t", DateOnly.Parse(date), text)));
        var list = new List<ActorMention>();
        foreach (var spec in actors.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = spec.Split('=');
            var phrase = parts[0];
            int occurrence = 1;
            int hash = phrase.LastIndexOf('#');
            if (hash > 0)
            {
                occurrence = int.Parse(phrase[(hash + 1)..]);
                phrase = phrase[..hash];
            }

            int at = -1;
            for (int n = 0; n < occurrence; n++) at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{phrase}' is not in the text");
            var code = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
            // "Graham=@Lindsey Graham": a named person with no code.
            if (code is ['@', ..])
            {
                list.Add(new ActorMention(at, at + phrase.Length, ActorKind.Person, null, code[1..], null, null));
                continue;
            }

            var kind = code is { Length: 3 } ? ActorKind.Country : ActorKind.Agent;
            list.Add(new ActorMention(at, at + phrase.Length, kind, code, null, code?[..3], code is { Length: > 3 } ? code[3..] : null));
        }

        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        return doc with { Actors = [.. list], Present = doc.Present | Annotations.Actors | Annotations.Timexes | Annotations.Quotes };
    }

    /// <summary>The events of <paramref name="doc"/> in one line (code, parties, mood, trigger), for assertion messages.</summary>
    public static string Describe(AnalyzedDocument doc) => string.Join("; ", doc.Events.Select(e =>
        $"{e.Cameo} {e.Source?.Code}->{e.Target?.Code} {Annals.Pipeline.ExtractionJsonWriter.MoodName(e.Mood)} '{doc.Text[e.TriggerStart..e.TriggerEnd]}'"));

    /// <summary>True when <paramref name="doc"/> asserts an event whose code begins with <paramref name="root"/>.</summary>
    public static bool AssertedWithRoot(AnalyzedDocument doc, string root) =>
        doc.Events.Any(e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Mood == Mood.Asserted);

    /// <summary>Adds a quotation whose content is <paramref name="content"/> and whose speaker is actor <paramref name="speakerActor"/>.</summary>
    public static AnalyzedDocument WithQuote(AnalyzedDocument doc, string content, int speakerActor, QuoteKind kind = QuoteKind.Direct)
    {
        int at = doc.Text.IndexOf(content, StringComparison.Ordinal);
        var m = doc.Actors[speakerActor];
        var quote = new Quote(at, at + content.Length, kind, new Speaker(m.Start, m.End, speakerActor, m.Code, m.Name, false));
        return doc with { Quotes = [.. doc.Quotes.Add(quote).OrderBy(q => q.Start)] };
    }
}
