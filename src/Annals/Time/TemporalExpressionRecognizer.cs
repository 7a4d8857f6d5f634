using Annals.Documents;
using Annals.Pipeline;

namespace Annals.Time;

/// <summary>PLACEHOLDER: replaced by the time stage's implementation.</summary>
public sealed class TemporalExpressionRecognizer : IStage
{
    /// <inheritdoc />
    public string Id => "time";

    /// <inheritdoc />
    public string Version => "0";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens|Annotations.Sentences;

    /// <inheritdoc />
    public Annotations Produces => Annotations.Timexes;

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document) => document;
}
