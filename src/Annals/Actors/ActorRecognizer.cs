using Annals.Documents;
using Annals.Pipeline;
using Annals.Text;

namespace Annals.Actors;

/// <summary>The actors stage: finds actor mentions, codes them CAMEO-style and resolves them within the article.</summary>
/// <remarks>
/// Requires tokens and sentences; produces <see cref="AnalyzedDocument.Actors"/>, sorted by start and
/// non-overlapping. Codes depend on the article's date (who held an office then). Dictionaries are built once
/// from the embedded data files and shared; the stage holds no per-document state, never throws on any text,
/// and gives the same output for the same input.
/// </remarks>
public sealed class ActorRecognizer : IStage
{
    private readonly Lazy<ActorLexicon> _lexicon;

    /// <summary>Creates the stage over the embedded dictionaries (built on first use).</summary>
    public ActorRecognizer()
    {
        _lexicon = new Lazy<ActorLexicon>(() => ActorLexicon.Default, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal ActorRecognizer(ActorLexicon lexicon)
    {
        _lexicon = new Lazy<ActorLexicon>(lexicon);
    }

    /// <inheritdoc />
    public string Id => "actors";

    /// <inheritdoc />
    public string Version => "4"; // 4: namesakes of listed people ("Eric Trump"); a given name that speaks; 3: subject pronouns take a subject

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;

    /// <inheritdoc />
    public Annotations Produces => Annotations.Actors;

    /// <summary>One recognizer built from the embedded dictionaries, shared by all threads.</summary>
    public static ActorRecognizer Shared { get; } = new();

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document)
    {
        try
        {
            return document with { Actors = MentionScanner.Scan(_lexicon.Value, document, phrase: false) };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A stage never fails an article; a bug here costs the actors of one article, not the run.
            return document with { Actors = [] };
        }
    }

    /// <summary>
    /// Runs only this stage's dictionary lookup on <paramref name="document"/> (which must have tokens and
    /// sentences): every token's vocabulary id and the longest dictionary phrase wherever a mention may begin, without
    /// resolving anything. <c>annals bench</c> times it to show what the dictionaries cost on their own.
    /// </summary>
    /// <returns>The number of tokens where a dictionary phrase begins.</returns>
    public int LookupOnly(AnalyzedDocument document) => MentionScanner.LookupOnly(_lexicon.Value, document);

    /// <summary>Resolves a short phrase ("the US president", "Russian troops") as of <paramref name="date"/>.</summary>
    /// <returns>The best mention covering the phrase, or null when nothing is known.</returns>
    public ActorMention? ResolvePhrase(string text, DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var doc = new TextSegmenter().Run(new AnalyzedDocument(new Article("phrase", date, text)));
        System.Collections.Immutable.ImmutableArray<ActorMention> mentions;
        try
        {
            mentions = MentionScanner.Scan(_lexicon.Value, doc, phrase: true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }

        ActorMention? best = null;
        foreach (var m in mentions)
        {
            // The longest mention is the phrase's head; ties go to the one with a code, then the first.
            if (best is null || m.End - m.Start > best.End - best.Start || (m.End - m.Start == best.End - best.Start && best.Code is null && m.Code is not null))
                best = m;
        }

        return best;
    }
}
