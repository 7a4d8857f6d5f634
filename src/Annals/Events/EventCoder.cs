using Annals.Documents;
using Annals.Pipeline;

namespace Annals.Events;

/// <summary>PLACEHOLDER: replaced by the events stage's implementation.</summary>
public sealed class EventCoder : IStage
{
    /// <inheritdoc />
    public string Id => "events";

    /// <inheritdoc />
    public string Version => "0";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens|Annotations.Sentences|Annotations.Actors|Annotations.Timexes|Annotations.Quotes;

    /// <inheritdoc />
    public Annotations Produces => Annotations.Events;

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document) => document;
}
