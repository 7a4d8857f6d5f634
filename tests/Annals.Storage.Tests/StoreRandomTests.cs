using Annals.Documents;

namespace Annals.Storage.Tests;

public sealed class StoreRandomTests
{
    [Theory]
    [InlineData(300, 11)]
    [InlineData(300, 12)]
    public void Ingest_RandomDocuments_StoresEveryRowAndIsIdempotent(int count, int seed)
    {
        var random = new Random(seed);
        var docs = Enumerable.Range(0, count).Select(i => RandomDocument(random, i % 250)).ToList();
        var last = docs.GroupBy(d => d.Article.Id).Select(g => g.Last()).ToList();
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("r.duckdb"));

        IngestCounts first, second;
        using (var ingest = store.BeginIngest(Corpus.PipelineVersion, batchSize: 37))
        {
            foreach (var d in docs) ingest.Add(d);
            first = ingest.Complete();
        }

        using (var ingest = store.BeginIngest(Corpus.PipelineVersion, batchSize: 37))
        {
            foreach (var d in last) Assert.True(ingest.IsUnchanged(d.Article));
            second = ingest.Complete();
        }

        var stats = store.Stats();
        Assert.Equal(count, first.Articles);
        Assert.Equal(last.Count, first.New);
        Assert.Equal((0, 0, last.Count), (second.New, second.Replaced, second.Unchanged));
        Assert.Equal(last.Count, stats.Articles);
        Assert.Equal(last.Sum(d => d.Events.Length), stats.Events);
        Assert.Equal(last.Sum(d => d.Quotes.Length), stats.Quotes);
        Assert.Equal(last.Sum(d => d.Actors.Length), stats.ActorMentions);
        Assert.Equal(last.Sum(d => d.Timexes.Length), stats.Timexes);
        Assert.Equal(stats.Events, store.Timeline(new EventFilter { Mood = null }).Count());
        Assert.Equal(last.Sum(d => d.Events.Count(e => e.Mood == Mood.Asserted)), store.Events(new EventFilter()).Count());
    }

    private static AnalyzedDocument RandomDocument(Random random, int id)
    {
        const string alphabet = "abcdefghij KLMNOP.,\"“”'\n—é漢🕊";
        var text = new string([.. Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        int Pos() => random.Next(-3, text.Length + 4);
        string? Value() => random.Next(6) switch
        {
            0 => null,
            1 => "2022-W" + random.Next(0, 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
            2 => "PRESENT_REF",
            3 => "2022-" + random.Next(0, 14).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
            4 => new string([.. Enumerable.Range(0, random.Next(12)).Select(_ => alphabet[random.Next(alphabet.Length)])]),
            _ => "2022-10-" + random.Next(1, 40).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        };
        string? Code() => random.Next(3) == 0 ? null : new[] { "USA", "RUSGOV", "UKRMIL", "IGOUNO" }[random.Next(4)];
        return new AnalyzedDocument(new Article("r" + id, new DateOnly(2000, 1, 1).AddDays(random.Next(9000)), text) { Title = random.Next(2) == 0 ? null : "t" })
        {
            Sentences = [.. Enumerable.Range(0, random.Next(5)).Select(_ => new Sentence(Pos(), Pos()))],
            Timexes = [.. Enumerable.Range(0, random.Next(4)).Select(_ => new Timex(Pos(), Pos(), (TimexType)random.Next(4), Value() ?? "P1D", random.Next(2) == 0))],
            Actors = [.. Enumerable.Range(0, random.Next(6)).Select(_ => new ActorMention(Pos(), Pos(), (ActorKind)random.Next(7), Code(), Code(), null, null))],
            Quotes = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new Quote(Pos(), Pos(), (QuoteKind)random.Next(3), random.Next(3) == 0 ? null : new Speaker(Pos(), Pos(), -1, Code(), null, random.Next(2) == 0)) { CueStart = Pos(), CueEnd = Pos(), Date = Value() })],
            Events = [.. Enumerable.Range(0, random.Next(5)).Select(_ => new CodedEvent(random.Next(-1, 5), Pos(), Pos(), random.Next(5) == 0 ? "x" : random.Next(1, 205).ToString("000", System.Globalization.CultureInfo.InvariantCulture), random.Next(2) == 0 ? null : new EventParty(Code(), null, -1), new EventParty(Code(), "n", -1), (Mood)random.Next(5)) { Date = Value(), EvidenceStart = Pos(), EvidenceEnd = Pos(), Goldstein = random.NextDouble() * 20 - 10 })],
        };
    }
}
