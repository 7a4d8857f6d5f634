using Annals.Documents;
using Annals.Pipeline;

namespace Annals.Actors;

/// <summary>PLACEHOLDER: replaced by the actors stage's implementation.</summary>
public sealed class ActorRecognizer : IStage
{
    /// <inheritdoc />
    public string Id => "actors";

    /// <inheritdoc />
    public string Version => "0";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens|Annotations.Sentences;

    /// <inheritdoc />
    public Annotations Produces => Annotations.Actors;

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document) => document;

    /// <summary>One recognizer built from the embedded dictionaries, shared by all threads.</summary>
    public static ActorRecognizer Shared { get; } = new();

    /// <summary>Resolves a short phrase ("the US president", "Russian troops") as of <paramref name="date"/>.</summary>
    /// <returns>The best mention covering the phrase, or null when nothing is known.</returns>
    public ActorMention? ResolvePhrase(string text, DateOnly date)
    {
        _ = text;
        _ = date;
        return null;
    }
}
