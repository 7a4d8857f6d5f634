using System.Diagnostics;
using Annals.Documents;

namespace Annals.Pipeline;

/// <summary>An ordered list of stages whose requirements were checked when it was built.</summary>
/// <remarks>Thread-safe: stages hold no per-document state, so one pipeline serves every thread.</remarks>
public sealed class AnnalsPipeline
{
    private readonly IStage[] _stages;

    /// <summary>Builds a pipeline and checks that every stage's requirements are produced by an earlier one.</summary>
    /// <exception cref="ArgumentException">A stage requires what no earlier stage produces.</exception>
    public AnnalsPipeline(IEnumerable<IStage> stages)
    {
        _stages = stages.ToArray();
        var have = Annotations.None;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~have;
            if (missing != Annotations.None)
                throw new ArgumentException(Errors.Format(Errors.E001, stage.Id, missing));
            have |= stage.Produces;
        }
    }

    /// <summary>Longest sentence accepted, in UTF-16 code units, unless told otherwise.</summary>
    /// <remarks>News sentences run to a few hundred characters; tens of thousands without a full stop are a table or a scrape gone wrong.</remarks>
    public const int DefaultMaxSentenceChars = 20_000;

    /// <summary>Longest sentence accepted by <see cref="TryRun"/>, measured as written; an article with a longer one is rejected with E021.</summary>
    /// <remarks><see cref="Run(Article)"/> has no such limit: there the splitter cuts very long sentences into pieces so that no stage meets one.</remarks>
    public int MaxSentenceChars { get; init; } = DefaultMaxSentenceChars;

    /// <summary>The stages in order.</summary>
    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>Version string naming every stage and its version ("text/1 time/1 ...").</summary>
    public string Version => string.Join(' ', _stages.Select(s => s.Id + "/" + s.Version));

    /// <summary>Runs every stage over one article.</summary>
    public AnalyzedDocument Run(Article article)
    {
        var doc = new AnalyzedDocument(article);
        foreach (var stage in _stages)
            doc = stage.Run(doc) with { Present = doc.Present | stage.Produces };
        return doc;
    }

    /// <summary>Runs every stage unless the article breaks a limit, in which case no later stage runs.</summary>
    /// <param name="article">The article.</param>
    /// <param name="document">The analysed document, or null when rejected.</param>
    /// <param name="error">Why the article was rejected (E021 naming its origin and the sentence), or null.</param>
    /// <returns>True when the article was analysed.</returns>
    public bool TryRun(Article article, out AnalyzedDocument? document, out string? error)
    {
        var doc = new AnalyzedDocument(article);
        foreach (var stage in _stages)
        {
            doc = stage.Run(doc) with { Present = doc.Present | stage.Produces };
            if ((stage.Produces & Annotations.Sentences) != 0
                && Text.SentenceSplitter.LongestAsWritten(doc.Text, doc.Tokens, doc.Sentences) is (int index, int length)
                && length > MaxSentenceChars)
            {
                document = null;
                error = Errors.Format(Errors.E021, article.Origin ?? article.Id, index + 1, length, MaxSentenceChars);
                return false;
            }
        }

        document = doc;
        error = null;
        return true;
    }

    /// <summary>Runs every stage, adding each stage's elapsed ticks (<see cref="Stopwatch"/> ticks) to <paramref name="ticks"/>.</summary>
    public AnalyzedDocument Run(Article article, long[] ticks)
    {
        var doc = new AnalyzedDocument(article);
        for (int i = 0; i < _stages.Length; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            doc = _stages[i].Run(doc) with { Present = doc.Present | _stages[i].Produces };
            ticks[i] += Stopwatch.GetTimestamp() - t0;
        }

        return doc;
    }

    /// <summary>The standard pipeline: text, time, actors, quotes, events.</summary>
    public static AnnalsPipeline CreateDefault() => new(
    [
        new Text.TextSegmenter(),
        new Time.TemporalExpressionRecognizer(),
        new Actors.ActorRecognizer(),
        new Quotes.QuoteAttributor(),
        new Events.EventCoder(),
    ]);
}
