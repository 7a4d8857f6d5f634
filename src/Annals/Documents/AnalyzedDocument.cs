using System.Collections.Immutable;

namespace Annals.Documents;

/// <summary>An article and every annotation the pipeline has added to it so far.</summary>
/// <remarks>
/// Immutable: a stage returns a new document through <c>with</c>. Every annotation is a span into
/// <see cref="Article"/>.<see cref="Article.Text"/>, never a copied string that could drift from it.
/// <see cref="Present"/> records which annotation kinds have been produced.
/// </remarks>
public sealed record AnalyzedDocument(Article Article)
{
    /// <summary>Which annotation kinds have been produced.</summary>
    public Annotations Present { get; init; }

    /// <summary>Sentences, sorted.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Tokens, sorted.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Temporal expressions, sorted by start.</summary>
    public ImmutableArray<Timex> Timexes { get; init; } = [];

    /// <summary>Actor mentions, sorted by start.</summary>
    public ImmutableArray<ActorMention> Actors { get; init; } = [];

    /// <summary>Quotations and reported speech, sorted by start.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>Coded events, in sentence order.</summary>
    public ImmutableArray<CodedEvent> Events { get; init; } = [];

    /// <summary>The article body.</summary>
    public string Text => Article.Text;

    /// <summary>The text of a span, as a span (no copy).</summary>
    public ReadOnlySpan<char> Slice(int start, int end) => Text.AsSpan(start, end - start);

    /// <summary>Index of the sentence that contains <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }

        return -1;
    }

    /// <summary>Index of the first token whose end is after <paramref name="offset"/> (tokens.Length when none).</summary>
    public int TokenIndexAt(int offset)
    {
        // Over a span, so each probe reads the token in place rather than copying it out of the array.
        var tokens = Tokens.AsSpan();
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
