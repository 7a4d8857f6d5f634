using Annals.Documents;
using Annals.Pipeline;

namespace Annals.Quotes;

/// <summary>PLACEHOLDER: replaced by the quotes stage's implementation.</summary>
public sealed class QuoteAttributor : IStage
{
    /// <inheritdoc />
    public string Id => "quotes";

    /// <inheritdoc />
    public string Version => "0";

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens|Annotations.Sentences|Annotations.Actors|Annotations.Timexes;

    /// <inheritdoc />
    public Annotations Produces => Annotations.Quotes;

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document) => document;
}
