namespace Annals.Storage;

/// <summary>One event as reported by one or more articles: per-article events merged by who, what and when.</summary>
/// <remarks>
/// The code, Goldstein score, date, trigger and evidence are those of the representative mention (the one
/// coded with most confidence, then the earliest article), so every value can be traced to one sentence;
/// <see cref="AnnalsStore.MentionsOf"/> gives all of them.
/// </remarks>
/// <param name="Id">Stable id of the merged event (derived from its earliest mention; unchanged by a rebuild that leaves its members alone).</param>
/// <param name="SourceCode">Source actor code, or null.</param>
/// <param name="SourceName">Source name, or null.</param>
/// <param name="TargetCode">Target actor code, or null.</param>
/// <param name="TargetName">Target name, or null.</param>
/// <param name="Cameo">CAMEO code of the representative mention.</param>
/// <param name="Root">CAMEO root shared by every mention, or null.</param>
/// <param name="Plover">PLOVER type, or null.</param>
/// <param name="QuadClass">Quad class 1 to 4 (0 when unknown).</param>
/// <param name="Goldstein">Goldstein score of the representative mention.</param>
/// <param name="Mood">Mood shared by every mention.</param>
/// <param name="Date">TIMEX3 value of when it happened (representative mention), or null.</param>
/// <param name="FirstDay">Earliest event day among the mentions, or null when undated.</param>
/// <param name="LastDay">Latest event day among the mentions, or null when undated.</param>
/// <param name="Mentions">Number of per-article event rows merged (GDELT's NumMentions).</param>
/// <param name="Articles">Number of distinct articles reporting it (GDELT's NumArticles).</param>
/// <param name="Sources">Number of distinct publishers (an article without a source counts as its own).</param>
/// <param name="FirstReported">Date of the earliest article reporting it.</param>
/// <param name="LastReported">Date of the latest article reporting it.</param>
/// <param name="ArticleId">The representative mention's article.</param>
/// <param name="Sentence">The representative mention's sentence index.</param>
/// <param name="Trigger">The representative mention's trigger words.</param>
/// <param name="EvidenceText">The representative mention's evidence.</param>
/// <param name="Confidence">The representative mention's confidence.</param>
public sealed record MergedEvent(
    long Id, string? SourceCode, string? SourceName, string? TargetCode, string? TargetName,
    string Cameo, string? Root, string? Plover, int QuadClass, double Goldstein, string Mood,
    string? Date, DateOnly? FirstDay, DateOnly? LastDay,
    long Mentions, long Articles, long Sources, DateOnly FirstReported, DateOnly LastReported,
    string ArticleId, int Sentence, string? Trigger, string? EvidenceText, double Confidence);

/// <summary>One article's report of a merged event: the per-article event row, its sentence and its article.</summary>
/// <param name="MergedId">The merged event it belongs to.</param>
/// <param name="ArticleId">The article's id.</param>
/// <param name="ArticleDate">The article's date.</param>
/// <param name="Title">The article's title, or null.</param>
/// <param name="Source">The article's publisher, or null.</param>
/// <param name="Url">The article's address, or null.</param>
/// <param name="EventIndex">Index of the event among the article's events.</param>
/// <param name="Sentence">Index of the sentence in the article.</param>
/// <param name="SentenceStart">Offset of the sentence in the article text (UTF-16), or -1 when unknown.</param>
/// <param name="SentenceText">The sentence's words, or null when unknown.</param>
/// <param name="Trigger">The trigger's words.</param>
/// <param name="SourceCode">Source actor code, or null.</param>
/// <param name="TargetCode">Target actor code, or null.</param>
/// <param name="Cameo">CAMEO code.</param>
/// <param name="Goldstein">Goldstein score.</param>
/// <param name="Date">TIMEX3 value of when it happened, or null.</param>
/// <param name="EventDay">First calendar day of that value, or null.</param>
/// <param name="DateBasis">Where the date came from, or null.</param>
/// <param name="Mood">The mention's mood.</param>
/// <param name="EvidenceStart">Start of the evidence span in the article text.</param>
/// <param name="EvidenceEnd">End of the evidence span in the article text.</param>
/// <param name="EvidenceText">The evidence's words.</param>
/// <param name="Confidence">The coder's confidence.</param>
public sealed record EventMention(
    long MergedId, string ArticleId, DateOnly ArticleDate, string? Title, string? Source, string? Url,
    int EventIndex, int Sentence, int SentenceStart, string? SentenceText, string? Trigger,
    string? SourceCode, string? TargetCode, string Cameo, double Goldstein,
    string? Date, DateOnly? EventDay, string? DateBasis, string Mood,
    int EvidenceStart, int EvidenceEnd, string? EvidenceText, double Confidence);

/// <summary>One date of a summary timeline and the event that best says what happened on it.</summary>
/// <param name="Day">The date.</param>
/// <param name="Score">How much was reported about the day: Σ over its merged events of articles × (1 + |Goldstein| / 10).</param>
/// <param name="Articles">Distinct articles reporting an event of the day.</param>
/// <param name="Events">Merged events of the day.</param>
/// <param name="Event">The chosen event: most articles, then largest |Goldstein|, then asserted, then most confident.</param>
/// <param name="Sentence">The chosen event's sentence in its representative article (its evidence when the sentence is unknown).</param>
public sealed record SummaryDate(DateOnly Day, double Score, long Articles, long Events, MergedEvent Event, string? Sentence);

/// <summary>One week of events between two actors (either direction), each real event counted once.</summary>
/// <param name="Week">Monday of the ISO week.</param>
/// <param name="Events">Merged events that week.</param>
/// <param name="Cooperation">Sum of the positive Goldstein scores (zero or more).</param>
/// <param name="Conflict">Sum of the negative Goldstein scores (zero or less).</param>
/// <param name="Cooperative">Events with a positive Goldstein score.</param>
/// <param name="Conflictual">Events with a negative Goldstein score.</param>
public sealed record DyadWeek(DateOnly Week, long Events, double Cooperation, double Conflict, long Cooperative, long Conflictual)
{
    /// <summary>Net Goldstein sum of the week.</summary>
    public double Goldstein => Cooperation + Conflict;
}

/// <summary>Events of one week by quad class, each real event counted once.</summary>
/// <param name="Week">Monday of the ISO week.</param>
/// <param name="VerbalCooperation">Quad class 1.</param>
/// <param name="MaterialCooperation">Quad class 2.</param>
/// <param name="VerbalConflict">Quad class 3.</param>
/// <param name="MaterialConflict">Quad class 4.</param>
public sealed record QuadWeek(DateOnly Week, long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict)
{
    /// <summary>All events of the week with a known quad class.</summary>
    public long Total => VerbalCooperation + MaterialCooperation + VerbalConflict + MaterialConflict;
}
