namespace Annals.Storage;

/// <summary>An event query of the explore page: the CLI's filter plus PLOVER type, quad class, dyad and paging.</summary>
/// <remarks>
/// Dyad A and B match code prefixes like <see cref="EventFilter.Actor"/>: A→B, and B→A too unless
/// <see cref="Directed"/>. The limit comes from <see cref="Filter"/>; <see cref="Offset"/> rows are skipped first.
/// </remarks>
/// <param name="Filter">The CLI's event filter (actor, source, target, root, dates, mood, limit).</param>
public sealed record EventQuery(EventFilter Filter)
{
    /// <summary>PLOVER type ("THREATEN"), matched exactly; null for any.</summary>
    public string? Plover { get; init; }

    /// <summary>Quad class 1 to 4; null for any.</summary>
    public int? QuadClass { get; init; }

    /// <summary>One side of a dyad (code prefix); used only with <see cref="DyadB"/>.</summary>
    public string? DyadA { get; init; }

    /// <summary>The other side of a dyad (code prefix); used only with <see cref="DyadA"/>.</summary>
    public string? DyadB { get; init; }

    /// <summary>True for A→B only; false for both directions.</summary>
    public bool Directed { get; init; }

    /// <summary>Rows to skip before the first one returned.</summary>
    public int Offset { get; init; }
}

/// <summary>One page of rows and how many rows there are in all.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Total">Rows matching the query, on every page.</param>
/// <param name="Offset">Rows skipped before this page.</param>
/// <param name="Items">The rows of this page.</param>
public sealed record Page<T>(long Total, int Offset, IReadOnlyList<T> Items);

/// <summary>A stored event with where it sits in its article.</summary>
/// <param name="Index">The event's index among its article's events.</param>
/// <param name="ArticleTitle">The article's title, or null.</param>
/// <param name="Event">The event.</param>
public sealed record ListedEvent(int Index, string? ArticleTitle, StoredEvent Event);

/// <summary>Events of one period (a week or a month) between two actors or under a filter.</summary>
/// <param name="Start">First day of the period (a Monday for weeks).</param>
/// <param name="Events">Number of events.</param>
/// <param name="Cooperation">Events of quad class 1 or 2.</param>
/// <param name="Conflict">Events of quad class 3 or 4.</param>
/// <param name="Goldstein">Sum of the Goldstein scores.</param>
/// <param name="GoldsteinPositive">Sum of the positive Goldstein scores.</param>
/// <param name="GoldsteinNegative">Sum of the negative Goldstein scores (zero or less).</param>
public sealed record PeriodPoint(
    DateOnly Start, long Events, long Cooperation, long Conflict, double Goldstein, double GoldsteinPositive, double GoldsteinNegative);

/// <summary>A span of article text to mark, and what it is.</summary>
/// <param name="Start">Start offset in the article text.</param>
/// <param name="End">End offset in the article text.</param>
/// <param name="Kind">trigger, source, target or time.</param>
public sealed record TextMark(int Start, int End, string Kind);

/// <summary>An article's metadata.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Date">The article's date.</param>
/// <param name="Title">Title, or null.</param>
/// <param name="Source">Publisher, or null.</param>
/// <param name="Url">Address, or null.</param>
/// <param name="Events">Asserted events coded from it.</param>
/// <param name="Quotes">Quotes attributed in it.</param>
public sealed record ArticleInfo(string Id, DateOnly Date, string? Title, string? Source, string? Url, long Events, long Quotes);

/// <summary>An article found by a text search, with where the words first occur.</summary>
/// <param name="Article">The article.</param>
/// <param name="MatchStart">Offset of the first match in the text, or -1 without a search.</param>
/// <param name="Snippet">Text around the first match (or the opening), on one line.</param>
/// <param name="SnippetStart">Offset of the snippet in the text.</param>
public sealed record ArticleHit(ArticleInfo Article, int MatchStart, string Snippet, int SnippetStart);

/// <summary>One article whole: metadata, text, sentences and events.</summary>
/// <param name="Info">The article's metadata.</param>
/// <param name="Text">The whole text.</param>
/// <param name="Events">Every event coded from it, of any mood, in order.</param>
public sealed record ArticleDetail(ArticleInfo Info, string Text, IReadOnlyList<ListedEvent> Events);

/// <summary>One event with its sentence and what to mark in it.</summary>
/// <param name="Event">The event and its place.</param>
/// <param name="Article">The article that reported it.</param>
/// <param name="SentenceStart">Start of the event's sentence in the article text.</param>
/// <param name="SentenceText">The sentence's words.</param>
/// <param name="Marks">Trigger, source, target and time spans, in article offsets, ordered by start (longer first on a tie); a party may lie inside the trigger, no other two overlap.</param>
/// <param name="Timex">The time expression's words when one in the sentence gives the event's date, else null.</param>
public sealed record EventDetail(
    ListedEvent Event, ArticleInfo Article, int SentenceStart, string SentenceText, IReadOnlyList<TextMark> Marks, string? Timex);

/// <summary>A speaker with how many quotes are attributed to them.</summary>
/// <param name="Speaker">The speaker's canonical name, or their words in the text.</param>
/// <param name="Code">The speaker's actor code, or null.</param>
/// <param name="Anonymous">True for unnamed or anonymous sources.</param>
/// <param name="Quotes">Number of quotes.</param>
/// <param name="Articles">Number of articles quoting them.</param>
public sealed record SpeakerCount(string Speaker, string? Code, bool Anonymous, long Quotes, long Articles);
