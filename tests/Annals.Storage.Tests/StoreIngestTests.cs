using Annals.Documents;

namespace Annals.Storage.Tests;

public sealed class StoreIngestTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2000)]
    public void Ingest_Documents_StoresEveryRow(int batchSize)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("s.duckdb"));
        var docs = Corpus.All();

        IngestCounts counts;
        using (var ingest = store.BeginIngest(Corpus.PipelineVersion, batchSize))
        {
            foreach (var d in docs) ingest.Add(d);
            counts = ingest.Complete();
        }

        Assert.Equal(new IngestCounts(3, 0, 0, 7, 2, batchSize == 1 ? 3 : 1), counts);
        var stats = store.Stats();
        Assert.Equal(3, stats.Articles);
        Assert.Equal(docs.Sum(d => d.Sentences.Length), stats.Sentences);
        Assert.Equal(docs.Sum(d => d.Timexes.Length), stats.Timexes);
        Assert.Equal(docs.Sum(d => d.Actors.Length), stats.ActorMentions);
        Assert.Equal(2, stats.Quotes);
        Assert.Equal(7, stats.Events);
        Assert.Equal(Corpus.PipelineVersion, store.PipelineVersion);
    }

    [Theory]
    [InlineData("talks")]
    public void Ingest_RowContents_MatchTheDocument(string id)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("s.duckdb"));
        var doc = Corpus.Talks();
        Ingest(store, doc);

        var e = store.Events(new EventFilter()).First(x => x.ArticleId == id && x.Cameo == "130");
        Assert.Equal(("warned", "USAGOV", "Joe Biden", "RUS", "Russia"), (e.Trigger, e.SourceCode, e.SourceName, e.TargetCode, e.TargetName));
        Assert.Equal(("13", 3, -4.4, "2022-W43", "timex", "asserted"), (e.Root, e.QuadClass, e.Goldstein, e.Date, e.DateBasis, e.Mood));
        Assert.Equal(new DateOnly(2022, 10, 24), e.EventDay);
        Assert.Equal(0, e.Sentence);
        Assert.Equal(doc.Text[e.EvidenceStart..e.EvidenceEnd], e.EvidenceText);
        Assert.Equal(0.75, e.Confidence);

        var q = Assert.Single(store.Quotes(new QuoteFilter()));
        Assert.Equal(("talks were possible", "An unnamed official", "USAGOV", null, true, "said"), (q.Text, q.SpeakerText, q.SpeakerCode, q.SpeakerName, q.Anonymous, q.Cue));
        Assert.Equal(new DateOnly(2022, 11, 6), q.Day);

        Assert.Equal("2022-11-04", StoreOpenTests.Scalar<string>(store, "SELECT strftime(day, '%Y-%m-%d') FROM timexes WHERE value = '2022-11-04'"));
        Assert.Equal(doc.Text, StoreOpenTests.Scalar<string>(store, "SELECT text FROM articles"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2000)]
    public void Reingest_SameArticles_AddsNothing(int batchSize)
    {
        using var dir = new TempFolder();
        string path = dir.File("s.duckdb");
        using (var store = AnnalsStore.Open(path))
            Ingest(store, Corpus.All());
        string snapshot = Snapshot(path);

        using (var store = AnnalsStore.Open(path))
        {
            using var ingest = store.BeginIngest(Corpus.PipelineVersion, batchSize);
            Assert.True(ingest.IsUnchanged(Corpus.Talks().Article));
            ingest.Add(Corpus.Summit());
            ingest.Add(Corpus.Strike());
            var counts = ingest.Complete();
            Assert.Equal(new IngestCounts(0, 0, 3, 0, 0, 0), counts);
        }

        Assert.Equal(snapshot, Snapshot(path));
    }

    [Theory]
    [InlineData("Russian forces shelled the harbour in September. Ukraine protested.")]
    public void Reingest_ChangedText_ReplacesTheOldExtraction(string newText)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("s.duckdb"));
        Ingest(store, Corpus.All());
        var changed = DocBuilder.Article("strike", "2022-10-16", newText)
            .Timex("in September", "2022-09")
            .Actor("Russian forces", "RUSMIL")
            .Event("shelled", "RUSMIL", "UKR", "190", "2022-09", goldstein: -10.0)
            .Build();

        IngestCounts counts;
        using (var ingest = store.BeginIngest(Corpus.PipelineVersion))
        {
            Assert.False(ingest.IsUnchanged(changed.Article));
            ingest.Add(changed);
            counts = ingest.Complete();
        }

        Assert.Equal(new IngestCounts(0, 1, 0, 1, 0, 1), counts);
        var strike = store.Events(new EventFilter { Mood = null }).Where(e => e.ArticleId == "strike").ToList();
        var only = Assert.Single(strike);
        Assert.Equal(("190", new DateOnly(2022, 10, 16)), (only.Cameo, only.ArticleDate));
        Assert.Equal(3, store.Stats().Articles);
        Assert.Equal(1L, StoreOpenTests.Scalar<long>(store, "SELECT count(*) FROM articles WHERE id = 'strike'"));
        Assert.Equal(1L, StoreOpenTests.Scalar<long>(store, "SELECT count(*) FROM actors a JOIN articles r USING (article_key) WHERE r.id = 'strike'"));
        Assert.Equal(0L, StoreOpenTests.Scalar<long>(store, "SELECT count(*) FROM actors WHERE article_key NOT IN (SELECT article_key FROM articles)"));
        Assert.Equal(0L, StoreOpenTests.Scalar<long>(store, "SELECT count(*) FROM sentences WHERE article_key NOT IN (SELECT article_key FROM articles)"));
        Assert.Equal(6, store.Stats().Events);
    }

    [Theory]
    [InlineData("test/2")]
    public void Reingest_NewPipelineVersion_ReplacesTheExtraction(string version)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("s.duckdb"));
        Ingest(store, Corpus.All());

        using var ingest = store.BeginIngest(version);
        Assert.False(ingest.IsUnchanged(Corpus.Talks().Article));
        foreach (var d in Corpus.All()) ingest.Add(d);
        var counts = ingest.Complete();

        Assert.Equal(new IngestCounts(0, 3, 0, 7, 2, 1), counts);
        Assert.Equal(version, store.PipelineVersion);
        Assert.Equal(3L, StoreOpenTests.Scalar<long>(store, $"SELECT count(*) FROM articles WHERE pipeline_version = '{version}'"));
        Assert.Equal(7, store.Stats().Events);
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(1)]
    public void Ingest_SameIdTwiceInOneRun_KeepsTheLastVersion(int batchSize)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("s.duckdb"));
        var first = Corpus.Strike();
        var second = DocBuilder.Article("strike", "2022-10-15", "Ukraine condemned the attack.")
            .Event("condemned", "UKR", "RUS", "111", null)
            .Build();

        using var ingest = store.BeginIngest(Corpus.PipelineVersion, batchSize);
        ingest.Add(first);
        ingest.Add(first);
        ingest.Add(second);
        var counts = ingest.Complete();

        Assert.Equal((1, 1, 1), (counts.New, counts.Replaced, counts.Unchanged));
        Assert.Equal(1, store.Stats().Articles);
        var e = Assert.Single(store.Events(new EventFilter()));
        Assert.Equal("RUS", e.TargetCode);
    }

    [Theory]
    [InlineData("Ukraine condemned the attack.")]
    public void IsUnchanged_WhileAnEarlierVersionIsInFlight_DefersToAddInInputOrder(string otherText)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("s.duckdb"));
        var original = Corpus.Strike();
        StoreIngestTests.Ingest(store, original);
        var changed = DocBuilder.Article("strike", "2022-10-15", otherText).Build();

        using var ingest = store.BeginIngest(Corpus.PipelineVersion);
        bool first = ingest.IsUnchanged(changed.Article);
        bool second = ingest.IsUnchanged(original.Article);
        ingest.Add(changed);
        ingest.Add(original);
        var counts = ingest.Complete();

        Assert.False(first);
        Assert.False(second);
        Assert.Equal((0, 2, 0), (counts.New, counts.Replaced, counts.Unchanged));
        Assert.Equal(original.Text, StoreOpenTests.Scalar<string>(store, "SELECT text FROM articles"));
        Assert.Equal(2, store.Stats().Events);
    }

    [Theory]
    [InlineData(2, 5)]
    public void Ingest_FailingBatch_RollsBackOnlyThatBatch(int batchSize, int articles)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("s.duckdb"));
        var docs = Enumerable.Range(0, articles).Select(i => Numbered(i, "first")).ToList();

        using (var ingest = store.BeginIngest(Corpus.PipelineVersion, batchSize))
        {
            ingest.BeforeCommit = batch => { if (batch == 2) throw new InvalidOperationException("disk full"); };
            ingest.Add(docs[0]);
            ingest.Add(docs[1]);
            ingest.Add(docs[2]);
            Assert.Throws<InvalidOperationException>(() => ingest.Add(docs[3]));
            Assert.Equal(new IngestCounts(2, 0, 0, 2, 0, 1), ingest.Counts);
        }

        Assert.Equal(2, store.Stats().Articles);
        Assert.Equal(2, store.Stats().Events);
        Assert.Equal(2, store.Stats().Sentences);

        // A later ingest sees the true state: the two committed are unchanged, the rest are new.
        using (var ingest = store.BeginIngest(Corpus.PipelineVersion, batchSize))
        {
            foreach (var d in docs) ingest.Add(d);
            Assert.Equal(new IngestCounts(3, 0, 2, 3, 0, 2), ingest.Complete());
        }

        Assert.Equal(articles, store.Stats().Articles);
    }

    [Theory]
    [InlineData(2, 2)]
    public void Ingest_FailingReplacement_KeepsTheOldRows(int batchSize, int articles)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("s.duckdb"));
        Ingest(store, [.. Enumerable.Range(0, articles).Select(i => Numbered(i, "first"))]);

        using (var ingest = store.BeginIngest(Corpus.PipelineVersion, batchSize))
        {
            ingest.BeforeCommit = _ => throw new InvalidOperationException("power cut");
            ingest.Add(Numbered(0, "second"));
            Assert.Throws<InvalidOperationException>(() => ingest.Add(Numbered(1, "second")));
        }

        Assert.Equal(articles, store.Stats().Articles);
        Assert.Equal(articles, StoreOpenTests.Scalar<long>(store, "SELECT count(*) FROM events WHERE trigger = 'first'"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Die Zeitung berichtete über „Gespräche“ — 會談 🕊.")]
    public void ContentHash_IsDuckDbSha256OfTheText(string text)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("s.duckdb"));
        Ingest(store, new AnalyzedDocument(new Article("h", new DateOnly(2022, 1, 1), text)));

        Assert.Equal(1L, StoreOpenTests.Scalar<long>(store, "SELECT count(*) FROM articles WHERE content_hash = sha256(text)"));
        Assert.Equal(StoreIngestor.Hash(text).Hex, StoreOpenTests.Scalar<string>(store, "SELECT content_hash FROM articles"));
    }

    [Theory]
    [InlineData(-5, 3)]
    [InlineData(10, 500)]
    public void Ingest_SpansOutOfBounds_StoresWithoutFailing(int start, int end)
    {
        using var dir = new TempFolder();
        using var store = AnnalsStore.Open(dir.File("s.duckdb"));
        var doc = new AnalyzedDocument(new Article("bad", new DateOnly(2022, 1, 1), "A short text."))
        {
            Actors = [new ActorMention(start, end, ActorKind.Agent, null, null, null, null)],
            Events = [new CodedEvent(0, start, end, "01", null, null, Mood.Asserted) { EvidenceStart = start, EvidenceEnd = end }],
        };

        Ingest(store, doc);

        Assert.Equal(1, store.Stats().Events);
    }

    private static AnalyzedDocument Numbered(int i, string word) =>
        DocBuilder.Article("n" + i, "2022-01-01", $"Officials {word} met number {i}.").Event(word, "USA", "CAN", "040", "2022-01-01").Build();

    internal static void Ingest(AnnalsStore store, params AnalyzedDocument[] docs)
    {
        using var ingest = store.BeginIngest(Corpus.PipelineVersion);
        foreach (var d in docs) ingest.Add(d);
        ingest.Complete();
    }

    // Everything the store holds, as text, to compare before and after.
    private static string Snapshot(string path)
    {
        using var store = AnnalsStore.Open(path, readOnly: true);
        var parts = new List<string>();
        foreach (var table in new[] { "meta", "articles", "sentences", "timexes", "actors", "quotes", "events" })
            parts.Add(table + ":" + StoreOpenTests.Scalar<string>(store, $"SELECT coalesce(string_agg(t::VARCHAR, '|' ORDER BY t::VARCHAR), '') FROM {table} t"));
        return string.Join('\n', parts);
    }
}
