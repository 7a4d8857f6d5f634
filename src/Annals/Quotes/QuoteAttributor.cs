using Annals.Documents;
using Annals.Pipeline;

namespace Annals.Quotes;

/// <summary>Finds quotations and reported speech, and who said them, where, and when.</summary>
/// <remarks>
/// Requires tokens, sentences, actors and timexes; produces <see cref="AnalyzedDocument.Quotes"/>, sorted by
/// start and not overlapping. Direct quotes (between any kind of quotation marks), indirect speech ("X said
/// that ...", "according to X, ...") and mixed reports (a reported clause carrying a quoted fragment) are read
/// around the cues listed in <c>data/quotes/cues.txt</c>. The speaker's span comes from the text; its actor,
/// code and name come from the actor mention that covers it. A quote interrupted by its own attribution
/// ("“A,” she said. “B.”") is one statement whose span runs from A to B, as attribution corpora mark it; a quote
/// that continues the previous speaker's words takes that speaker; a quote signed with a dash ("“...” ― Name")
/// takes the signature. A verbal act ("condemned the vote as “reckless”") is a report only with a quote and a named
/// speaker; an order or a promise ("urged voters not to ...") is reported from its "to"; the paragraph after "X added:"
/// is a quote even without marks. Inch marks (6'2") never close a quote, and unbalanced or stray quotation marks never
/// stop the stage. Never throws on any text;
/// thread-safe (each call keeps its own working state).
/// </remarks>
public sealed class QuoteAttributor : IStage
{
    private readonly QuoteLexicon? _lexicon;

    /// <summary>A stage using the embedded cue and word lists.</summary>
    public QuoteAttributor()
    {
    }

    internal QuoteAttributor(QuoteLexicon lexicon) => _lexicon = lexicon;

    /// <inheritdoc />
    public string Id => "quotes";

    /// <inheritdoc />
    public string Version => "6"; // 2: quotes take a dated scene, a running-on quote and a ruling's date (EventDating); 3: "Name, the role ..., who said" is the named person; 4: verbal acts with a quote, orders from "to", inch marks, block quotes after "X added:"; 5: orders and promises end at the next clause, no promise in a gapped relative clause or from a thing, cues under "if" or in a clause of time end or report nothing; 6: speakers end before a finite verb, keep their determiner and a plural possessive, and a participle after a statement takes whoever issued it

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences | Annotations.Actors | Annotations.Timexes;

    /// <inheritdoc />
    public Annotations Produces => Annotations.Quotes;

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document)
    {
        var quotes = new AttributionScanner(document, _lexicon ?? QuoteLexicon.Shared).Scan();
        return document with { Quotes = quotes };
    }
}
