using Annals.Documents;

namespace Annals.Storage.Tests;

/// <summary>The event detail marks the trigger and parties where the coder found them, not where a search lands.</summary>
public sealed class SeriesMarksTests
{
    [Theory]
    [InlineData("Moscow warned that Russia warned Ukraine about the grain corridor.", "warned Ukraine", "Russia", "Ukraine")]
    [InlineData("Kyiv said Ukraine and Poland agreed; Poland agreed to open the border.", "agreed to", "Poland agreed to", "border")]
    public void EventDetail_StoredOffsets_MarkTheCodersSpans(string text, string triggerContext, string sourceContext, string targetWords)
    {
        using var dir = new TempFolder();
        // The second occurrence of each word is the one the event is about; a search would find the first.
        int trigger = text.IndexOf(triggerContext, StringComparison.Ordinal);
        int triggerEnd = text.IndexOf(' ', trigger);
        int source = text.IndexOf(sourceContext, StringComparison.Ordinal);
        int sourceEnd = source + sourceContext.Split(' ')[0].Length;
        int target = text.IndexOf(targetWords, StringComparison.Ordinal);
        var doc = DocBuilder.Article("marks", "2022-11-06", text).Build();
        doc = doc with
        {
            Actors =
            [
                new ActorMention(source, sourceEnd, ActorKind.Country, "SRC", "Source", "SRC", null),
                new ActorMention(target, target + targetWords.Length, ActorKind.Country, "TGT", "Target", "TGT", null),
            ],
            Events =
            [
                new CodedEvent(0, trigger, triggerEnd, "130", new EventParty("SRC", "Source", 0), new EventParty("TGT", "Target", 1), Mood.Asserted)
                {
                    QuadClass = 3,
                    Goldstein = -4,
                    EvidenceStart = 0,
                    EvidenceEnd = text.Length,
                    Confidence = 0.8,
                },
            ],
        };
        using (var store = AnnalsStore.Open(dir.File("marks.duckdb")))
        using (var ingest = store.BeginIngest(Corpus.PipelineVersion))
        {
            ingest.Add(doc);
            ingest.Complete();
        }

        using var reader = AnnalsStore.Open(dir.File("marks.duckdb"), readOnly: true);
        var detail = reader.EventDetail("marks", 0);

        Assert.NotNull(detail);
        Assert.Contains(detail.Marks, m => m.Kind == "trigger" && m.Start == trigger && m.End == triggerEnd);
        Assert.Contains(detail.Marks, m => m.Kind == "source" && m.Start == source && m.End == sourceEnd);
        Assert.Contains(detail.Marks, m => m.Kind == "target" && m.Start == target);
    }
}
