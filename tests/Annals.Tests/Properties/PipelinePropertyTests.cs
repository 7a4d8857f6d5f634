using System.Text;
using System.Text.Json;
using Annals.Documents;
using Annals.Pipeline;

namespace Annals.Tests.Properties;

/// <summary>Properties every stage keeps on generated text: no exception escapes, spans in bounds and ordered, same output every time.</summary>
/// <remarks>Each stage is checked after the stages before it, so a failure names the first stage that broke a promise.</remarks>
public sealed class PipelinePropertyTests
{
    private static readonly AnnalsPipeline Pipeline = AnnalsPipeline.CreateDefault();

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 1; seed <= 60; seed++) data.Add(seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryStage_RandomText_KeepsSpansInBoundsAndOrdered(int seed)
    {
        var gen = new Gen(seed);
        var article = new Article("p" + seed, gen.Date(), gen.NewsText(seed % 3 == 0 ? 600 : 120));
        var doc = new AnalyzedDocument(article);

        foreach (var stage in Pipeline.Stages)
        {
            var next = stage.Run(doc);
            Assert.Same(article, next.Article);
            CheckSpans(next, stage.Id);
            doc = next with { Present = doc.Present | stage.Produces };
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pipeline_RandomText_IsDeterministicAcrossRunsAndThreads(int seed)
    {
        var gen = new Gen(seed);
        var articles = Enumerable.Range(0, 8).Select(i => new Article("d" + i, gen.Date(), gen.NewsText(80))).ToArray();

        string[] first = [.. articles.Select(a => Json(Pipeline.Run(a)))];
        var parallel = new string[articles.Length];
        System.Threading.Tasks.Parallel.For(0, articles.Length, i => parallel[i] = Json(Pipeline.Run(articles[i])));
        string[] again = [.. articles.Select(a => Json(Pipeline.Run(a)))];

        Assert.Equal(first, parallel);
        Assert.Equal(first, again);
    }

    [Theory]
    [InlineData(2_000, 50)]
    [InlineData(30_000, 20_000)]
    public void TryRun_SentenceOverTheLimit_RejectsWithItsOrigin(int sentenceChars, int limit)
    {
        string longSentence = "Then " + string.Join(' ', Enumerable.Repeat("word", sentenceChars / 5));
        var article = new Article("long", new DateOnly(2022, 3, 1), "A short opening. " + longSentence + ". A short ending.") { Origin = "feed.jsonl:42" };
        var pipeline = new AnnalsPipeline(Pipeline.Stages) { MaxSentenceChars = limit };

        bool ok = pipeline.TryRun(article, out var doc, out string? error);

        Assert.False(ok);
        Assert.Null(doc);
        Assert.StartsWith($"E021: feed.jsonl:42: sentence 2 is {longSentence.Length + 1} characters long, over the limit of {limit}", error);
        Assert.Contains("--max-sentence-chars", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    public void TryRun_WithinTheLimit_GivesWhatRunGives(int seed)
    {
        var article = new Article("ok", new Gen(seed).Date(), new Gen(seed).CleanText(200));

        Assert.True(Pipeline.TryRun(article, out var doc, out string? error));
        Assert.Null(error);
        Assert.Equal(Json(Pipeline.Run(article)), Json(doc!));
    }

    private static void CheckSpans(AnalyzedDocument doc, string stage)
    {
        int n = doc.Text.Length;
        void InBounds(int start, int end, string what)
        {
            Assert.True(start >= 0 && start <= end && end <= n, $"{stage}: {what} [{start}, {end}) outside 0..{n}");
        }

        void Ordered<T>(IReadOnlyList<T> items, Func<T, (int Start, int End)> span, string what, bool disjoint)
        {
            for (int i = 0; i < items.Count; i++)
            {
                var (s, e) = span(items[i]);
                InBounds(s, e, what);
                if (i == 0) continue;
                var (ps, pe) = span(items[i - 1]);
                Assert.True(ps <= s, $"{stage}: {what} {i} starts before the one ahead of it");
                if (disjoint) Assert.True(pe <= s, $"{stage}: {what} {i} overlaps the one ahead of it");
            }
        }

        Ordered(doc.Tokens, t => (t.Start, t.End), "token", disjoint: true);
        Ordered(doc.Sentences, s => (s.Start, s.End), "sentence", disjoint: true);
        Ordered(doc.Timexes, t => (t.Start, t.End), "timex", disjoint: true);
        Ordered(doc.Actors, a => (a.Start, a.End), "actor", disjoint: true);
        Ordered(doc.Quotes, q => (q.Start, q.End), "quote", disjoint: true);
        foreach (var q in doc.Quotes)
        {
            if (q.CueStart >= 0) InBounds(q.CueStart, q.CueEnd, "quote cue");
            if (q.Speaker is { Start: >= 0 } sp) InBounds(sp.Start, sp.End, "speaker");
        }

        foreach (var e in doc.Events)
        {
            InBounds(e.TriggerStart, e.TriggerEnd, "event trigger");
            InBounds(e.EvidenceStart, e.EvidenceEnd, "event evidence");
            Assert.True(e.EvidenceEnd > e.EvidenceStart, $"{stage}: an event without evidence");
            Assert.InRange(e.Sentence, 0, Math.Max(0, doc.Sentences.Length - 1));
        }
    }

    private static string Json(AnalyzedDocument doc)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
            ExtractionJsonWriter.Write(w, doc);
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
