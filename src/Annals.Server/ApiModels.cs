using Annals.Events;
using Annals.Storage;

namespace Annals.Server;

// The JSON the API answers with (snake_case names, as `annals events --format jsonl` prints).

/// <summary>One page of rows.</summary>
internal sealed record PageJson<T>(long Total, int Offset, int Limit, IReadOnlyList<T> Items);

/// <summary>An event's source or target.</summary>
internal sealed record PartyJson(string? Code, string? Name);

/// <summary>Where an event's evidence is in its article.</summary>
internal sealed record EvidenceJson(int Start, int End, string? Text);

/// <summary>One event.</summary>
internal sealed record EventJson(
    string Article, string? ArticleTitle, int Index, DateOnly ArticleDate, int Sentence, string? Trigger,
    PartyJson? Source, PartyJson? Target, string Cameo, string? CameoName, string? Root, string? RootName, string? Plover,
    int QuadClass, double Goldstein, string? Date, DateOnly? EventDay, string? DateBasis, string Mood,
    EvidenceJson Evidence, double Confidence)
{
    public static EventJson From(ListedEvent l)
    {
        var e = l.Event;
        return new EventJson(
            e.ArticleId, l.ArticleTitle, l.Index, e.ArticleDate, e.Sentence, e.Trigger,
            Party(e.SourceCode, e.SourceName), Party(e.TargetCode, e.TargetName), e.Cameo, CameoCodes.Name(e.Cameo),
            e.Root, e.Root is null ? null : CameoCodes.Name(e.Root), e.Plover, e.QuadClass, e.Goldstein, e.Date, e.EventDay,
            e.DateBasis, e.Mood, new EvidenceJson(e.EvidenceStart, e.EvidenceEnd, e.EvidenceText), e.Confidence);
    }

    private static PartyJson? Party(string? code, string? name) => code is null && name is null ? null : new PartyJson(code, name);
}

/// <summary>An article's metadata.</summary>
internal sealed record ArticleJson(string Id, DateOnly Date, string? Title, string? Source, string? Url, long Events, long Quotes)
{
    public static ArticleJson From(ArticleInfo a) => new(a.Id, a.Date, a.Title, a.Source, a.Url, a.Events, a.Quotes);
}

/// <summary>An article found by a search.</summary>
internal sealed record ArticleHitJson(ArticleJson Article, int MatchStart, string Snippet, int SnippetStart);

/// <summary>An article whole.</summary>
internal sealed record ArticleDetailJson(ArticleJson Article, string Text, IReadOnlyList<EventJson> Events);

/// <summary>A marked span, in offsets of the sentence text it comes with.</summary>
internal sealed record MarkJson(int Start, int End, string Kind, string Text);

/// <summary>An event with its sentence, marks, the merged event it belongs to and every article that reported it.</summary>
internal sealed record EventDetailJson(
    EventJson Event, ArticleJson Article, int SentenceStart, string Sentence, IReadOnlyList<MarkJson> Marks, string? Timex,
    MergedJson? Merged, IReadOnlyList<ReportJson> ReportedBy);

/// <summary>One article's report of an event: the article, the event's number in it and its sentence.</summary>
internal sealed record ReportJson(
    string Id, DateOnly Date, string? Title, string? Source, string? Url, int EventIndex, string? Sentence, string? Trigger,
    string? EventDate, string Mood)
{
    public static ReportJson From(EventMention m) =>
        new(m.ArticleId, m.ArticleDate, m.Title, m.Source, m.Url, m.EventIndex, m.SentenceText ?? m.EvidenceText, m.Trigger, m.Date, m.Mood);

    public static ReportJson From(EventJson e, ArticleJson a, string sentence) =>
        new(a.Id, a.Date, a.Title, a.Source, a.Url, e.Index, sentence, e.Trigger, e.Date, e.Mood);
}

/// <summary>One event as reported by one or more articles (GDELT's NumMentions, traceable).</summary>
/// <remarks><c>article</c> and <c>index</c> name the representative report, for <c>/api/event</c>. The id is a string: merged ids use all 64 bits, more than a JavaScript number holds exactly.</remarks>
internal sealed record MergedJson(
    string Id, PartyJson? Source, PartyJson? Target, string Cameo, string? CameoName, string? Root, string? Plover, int QuadClass,
    double Goldstein, string Mood, string? Date, DateOnly? FirstDay, DateOnly? LastDay, long Mentions, long Articles, long Sources,
    DateOnly FirstReported, DateOnly LastReported, string Article, int? Index, string? Trigger, string? Evidence, double Confidence)
{
    public static MergedJson From(MergedEvent m, int? index) => new(
        m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Party(m.SourceCode, m.SourceName), Party(m.TargetCode, m.TargetName), m.Cameo, CameoCodes.Name(m.Cameo), m.Root, m.Plover,
        m.QuadClass, m.Goldstein, m.Mood, m.Date, m.FirstDay, m.LastDay, m.Mentions, m.Articles, m.Sources, m.FirstReported, m.LastReported,
        m.ArticleId, index, m.Trigger, m.EvidenceText, m.Confidence);

    private static PartyJson? Party(string? code, string? name) => code is null && name is null ? null : new PartyJson(code, name);
}

/// <summary>A merged event with every report of it.</summary>
internal sealed record MergedDetailJson(MergedJson Event, IReadOnlyList<ReportJson> ReportedBy);

/// <summary>One date of a summary timeline.</summary>
internal sealed record SummaryDateJson(DateOnly Day, double Score, long Articles, long Events, string? Sentence, MergedJson Event);

/// <summary>One quote.</summary>
internal sealed record QuoteJson(
    string Article, DateOnly ArticleDate, string? Text, string Kind, SpeakerJson? Speaker, string? Cue, string? Medium,
    string? Date, DateOnly? Day)
{
    public static QuoteJson From(StoredQuote q) => new(
        q.ArticleId, q.ArticleDate, q.Text, q.Kind,
        q.Anonymous is null && q.SpeakerText is null ? null : new SpeakerJson(q.SpeakerText, q.SpeakerName, q.SpeakerCode, q.Anonymous == true),
        q.Cue, q.Medium, q.Date, q.Day);
}

/// <summary>Who said a quote.</summary>
internal sealed record SpeakerJson(string? Text, string? Name, string? Code, bool Anonymous);

/// <summary>Events of one week or month.</summary>
internal sealed record PeriodJson(
    DateOnly Start, DateOnly End, long Events, long Cooperation, long Conflict, double Goldstein, double GoldsteinPositive, double GoldsteinNegative);

/// <summary>Events per period under a filter.</summary>
internal sealed record SeriesJson(string Period, long Events, IReadOnlyList<PeriodJson> Periods);

/// <summary>A dyad's series.</summary>
internal sealed record DyadSeriesJson(string A, string B, bool Directed, string Period, long Events, IReadOnlyList<PeriodJson> Periods);

/// <summary>A count under a name.</summary>
internal sealed record CountJson(string Key, string? Name, long Events);

/// <summary>What the filters can offer.</summary>
internal sealed record FacetsJson(
    IReadOnlyList<CountJson> Roots, IReadOnlyList<CountJson> Plover, IReadOnlyList<Dyad> Dyads, IReadOnlyList<ActorCount> Actors,
    DateOnly? FirstEventDay, DateOnly? LastEventDay);

/// <summary>The served store and the watched folder.</summary>
internal sealed record StatusJson(
    string Db, long Articles, long Events, long Quotes, DateOnly? FirstArticle, DateOnly? LastArticle, string? PipelineVersion,
    long DataVersion, WatchJson? Watch);

/// <summary>What the folder watcher has done.</summary>
internal sealed record WatchJson(string Dir, int Files, int ArticlesAdded, DateTimeOffset? LastIngest, string? LastError);

/// <summary>An error answer.</summary>
internal sealed record ErrorJson(string Error, int Status);
