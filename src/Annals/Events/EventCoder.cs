using System.Collections.Immutable;
using Annals.Documents;
using Annals.Pipeline;
using Annals.Time;

namespace Annals.Events;

/// <summary>Codes who did what to whom in each sentence as CAMEO events, with PLOVER type, mood, date and confidence.</summary>
/// <remarks>
/// Requires tokens, sentences, actors, timexes and quotes; produces events. For each sentence it matches the pattern
/// dictionary (<see cref="EventPatterns"/>) over the tokens, links each governing verb ("urged", "refused to",
/// "threatened to", "will") to the act it governs, derives the CAMEO code of the whole (appeal to negotiate → 026),
/// decides the mood (asserted, negated, hypothetical, future, conditional), and takes source and target from the
/// actor mentions of the clause: the subject before the trigger, the object or prepositional target after it, the
/// agent of a passive ("was shelled by"), the speaker of a quotation for acts reported in it. Compound actors give one
/// event per actor. Events with neither source nor target are dropped. Never throws; events are in sentence order,
/// and within a sentence in trigger order; spans stay inside the text.
/// </remarks>
public sealed class EventCoder : IStage
{
    private readonly EventPatterns _patterns;

    /// <summary>A coder with the embedded pattern dictionary.</summary>
    public EventCoder() : this(EventPatterns.Shared)
    {
    }

    internal EventCoder(EventPatterns patterns) => _patterns = patterns;

    /// <inheritdoc />
    public string Id => "events";

    /// <inheritdoc />
    public string Version => "2 patterns/" + _patterns.Version + " " + CameoCodes.Version;

    /// <inheritdoc />
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences | Annotations.Actors | Annotations.Timexes | Annotations.Quotes;

    /// <inheritdoc />
    public Annotations Produces => Annotations.Events;

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document)
    {
        var events = ImmutableArray.CreateBuilder<CodedEvent>();
        var context = new SentenceContext(document, _patterns);
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            context.Reset(s);
            context.Code(events);
        }

        return document with { Events = events.ToImmutable() };
    }
}
