namespace Annals.Storage;

/// <summary>One stored event with its article.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="ArticleDate">The article's date.</param>
/// <param name="Sentence">Index of the sentence in the article.</param>
/// <param name="Trigger">The trigger's words.</param>
/// <param name="SourceCode">Source actor code, or null.</param>
/// <param name="SourceName">Source name, or null.</param>
/// <param name="TargetCode">Target actor code, or null.</param>
/// <param name="TargetName">Target name, or null.</param>
/// <param name="Cameo">CAMEO code.</param>
/// <param name="Root">CAMEO root (two digits), or null.</param>
/// <param name="Plover">PLOVER type, or null.</param>
/// <param name="QuadClass">Quad class 1 to 4 (0 when unknown).</param>
/// <param name="Goldstein">Goldstein score.</param>
/// <param name="Date">TIMEX3 value of when it happened, or null.</param>
/// <param name="EventDay">First calendar day of that value, or null.</param>
/// <param name="DateBasis">Where the date came from, or null.</param>
/// <param name="Mood">asserted, negated, hypothetical, future or conditional.</param>
/// <param name="EvidenceStart">Start of the evidence span.</param>
/// <param name="EvidenceEnd">End of the evidence span.</param>
/// <param name="EvidenceText">The evidence's words.</param>
/// <param name="Confidence">The coder's confidence.</param>
public sealed record StoredEvent(
    string ArticleId, DateOnly ArticleDate, int Sentence, string? Trigger,
    string? SourceCode, string? SourceName, string? TargetCode, string? TargetName,
    string Cameo, string? Root, string? Plover, int QuadClass, double Goldstein,
    string? Date, DateOnly? EventDay, string? DateBasis, string Mood,
    int EvidenceStart, int EvidenceEnd, string? EvidenceText, double Confidence);

/// <summary>One stored quote with its article.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="ArticleDate">The article's date.</param>
/// <param name="Text">The quoted or reported words.</param>
/// <param name="Kind">direct, indirect or mixed.</param>
/// <param name="SpeakerText">The speaker's words in the text, or null.</param>
/// <param name="SpeakerCode">The speaker's code, or null.</param>
/// <param name="SpeakerName">The speaker's canonical name, or null.</param>
/// <param name="Anonymous">True for unnamed or anonymous sources; null when no speaker was found.</param>
/// <param name="Cue">The speech verb, or null.</param>
/// <param name="Medium">Where it was said or reported, or null.</param>
/// <param name="Date">TIMEX3 value of when it was said, or null.</param>
/// <param name="Day">First calendar day of that value, or null.</param>
public sealed record StoredQuote(
    string ArticleId, DateOnly ArticleDate, string? Text, string Kind,
    string? SpeakerText, string? SpeakerCode, string? SpeakerName, bool? Anonymous,
    string? Cue, string? Medium, string? Date, DateOnly? Day);

/// <summary>An actor code with how often it is mentioned.</summary>
/// <param name="Code">The actor code.</param>
/// <param name="Name">Its most frequent canonical name, or null.</param>
/// <param name="Mentions">Number of mentions.</param>
/// <param name="Articles">Number of articles mentioning it.</param>
public sealed record ActorCount(string Code, string? Name, long Mentions, long Articles);

/// <summary>Events of one CAMEO root.</summary>
/// <param name="Root">Two-digit root.</param>
/// <param name="Events">Number of events.</param>
/// <param name="Goldstein">Sum of their Goldstein scores.</param>
public sealed record RootCount(string Root, long Events, double Goldstein);

/// <summary>Events from one source to one target.</summary>
/// <param name="Source">Source code.</param>
/// <param name="Target">Target code.</param>
/// <param name="Events">Number of events.</param>
/// <param name="Goldstein">Sum of their Goldstein scores.</param>
public sealed record Dyad(string Source, string Target, long Events, double Goldstein);

/// <summary>What a store holds.</summary>
/// <param name="SchemaVersion">The store's schema version.</param>
/// <param name="PipelineVersion">The pipeline version of the latest ingest, or null.</param>
/// <param name="Articles">Number of articles.</param>
/// <param name="Sentences">Number of sentences.</param>
/// <param name="Timexes">Number of temporal expressions.</param>
/// <param name="ActorMentions">Number of actor mentions.</param>
/// <param name="ActorCodes">Number of distinct actor codes.</param>
/// <param name="Quotes">Number of quotes.</param>
/// <param name="AnonymousQuotes">Number of quotes from anonymous sources.</param>
/// <param name="Events">Number of events.</param>
/// <param name="EventsByMood">Events per mood, in the order asserted, negated, hypothetical, future, conditional.</param>
/// <param name="FirstArticle">Earliest article date, or null.</param>
/// <param name="LastArticle">Latest article date, or null.</param>
public sealed record StoreStats(
    int SchemaVersion, string? PipelineVersion, long Articles, long Sentences, long Timexes,
    long ActorMentions, long ActorCodes, long Quotes, long AnonymousQuotes, long Events,
    IReadOnlyList<KeyValuePair<string, long>> EventsByMood, DateOnly? FirstArticle, DateOnly? LastArticle);

/// <summary>What one ingest did.</summary>
/// <param name="New">Articles stored for the first time.</param>
/// <param name="Replaced">Articles whose earlier extraction was replaced (changed text or pipeline).</param>
/// <param name="Unchanged">Articles already stored with the same text and pipeline version.</param>
/// <param name="Events">Events written.</param>
/// <param name="Quotes">Quotes written.</param>
/// <param name="Batches">Transactions committed.</param>
public readonly record struct IngestCounts(int New, int Replaced, int Unchanged, long Events, long Quotes, int Batches)
{
    /// <summary>Every article seen: new, replaced and unchanged.</summary>
    public int Articles => New + Replaced + Unchanged;
}
