using Annals.Documents;
using Annals.Pipeline;

namespace Annals.Text;

/// <summary>The first stage: tokens and sentences.</summary>
/// <remarks>Requires nothing; produces <see cref="Annotations.Tokens"/> and <see cref="Annotations.Sentences"/>.</remarks>
public sealed class TextSegmenter : IStage
{
    /// <inheritdoc />
    public string Id => "text";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public Annotations Requires => Annotations.None;

    /// <inheritdoc />
    public Annotations Produces => Annotations.Tokens | Annotations.Sentences;

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document)
    {
        var tokens = Tokenizer.Tokenize(document.Text);
        return document with { Tokens = tokens, Sentences = SentenceSplitter.Split(document.Text, tokens) };
    }
}
