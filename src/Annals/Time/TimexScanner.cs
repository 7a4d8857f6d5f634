using System.Collections.Immutable;
using System.Globalization;
using Annals.Documents;

namespace Annals.Time;

/// <summary>One piece of text the scanner reads: a token, or a part of a hyphenated word ("third" and "quarter" of "third-quarter").</summary>
internal struct TextUnit
{
    public int Start;
    public int End;
    public TokenKind Kind;
    public TimeWord? Word; // null for a word the lexicon knows only as a neighbour's cue
    public TimeWord? Cue; // the lexicon's word, cue-only words included: what Role reads
    public bool HyphenBefore;
    public bool Capital;
}

/// <summary>A match found at some unit: where it ends and what it means.</summary>
internal struct TimexHit
{
    public int End;
    public TimexType Type;
    public string? Value;
    public TimePoint Point;
    public int DurationN;
    public string? DurationCode;

    /// <summary>True when the value was worked out from another period ("the year-ago quarter"): it is not a new reference.</summary>
    public bool Derived;

    /// <summary>True for a day counted back from the last reference ("the day before"): the reference stays where it was.</summary>
    public bool LooksBack;

    public readonly bool HasPoint => Point.IsValid;

    public readonly bool IsDuration => DurationCode != null;

    public static TimexHit Of(int end, TimePoint point, TimexType type = TimexType.Date) =>
        new() { End = end, Type = point.Grain == Grain.Time ? TimexType.Time : type, Point = point };

    public static TimexHit Of(int end, TimexType type, string value) => new() { End = end, Type = type, Value = value };

    public static TimexHit Duration(int end, int n, string code) =>
        new() { End = end, Type = TimexType.Duration, DurationN = n, DurationCode = code, Value = FormatDuration(n, code) };

    /// <summary>TIMEX3 duration value: P3D, PT5H, P20Y for two decades, PXY for "years".</summary>
    public static string FormatDuration(int n, string code)
    {
        string num = n < 0 ? "X" : n.ToString(CultureInfo.InvariantCulture);
        return code switch
        {
            "S" => "PT" + num + "S",
            "MI" => "PT" + num + "M",
            "H" => "PT" + num + "H",
            "FN" => n < 0 ? "PXW" : "P" + (2 * n).ToString(CultureInfo.InvariantCulture) + "W",
            "WE" => n < 0 ? "PXD" : "P" + (2 * n).ToString(CultureInfo.InvariantCulture) + "D",
            "DE" => n < 0 ? "PXY" : "P" + (10L * n).ToString(CultureInfo.InvariantCulture) + "Y",
            "CE" => n < 0 ? "PXC" : "P" + (100L * n).ToString(CultureInfo.InvariantCulture) + "Y",
            _ => "P" + num + code,
        };
    }
}

/// <summary>A date told to its day: its units, its sentence's, and the day.</summary>
internal readonly record struct DayTold(int First, int End, int SentenceStart, int SentenceEnd, TimePoint Point);

/// <summary>Finds and normalizes the temporal expressions of one document.</summary>
/// <remarks>
/// One instance per document and call: it holds the document's units and the running reference time (the last
/// explicit date, for "that day" and "a year earlier"). Reads only; never throws on any text.
/// Invariant: emitted spans are sorted and do not overlap.
/// </remarks>
internal sealed partial class TimexScanner
{
    private readonly AnalyzedDocument _doc;
    private readonly string _text;
    private readonly TimePoint _dct;
    private readonly TimeLexicon _lex;
    // The units as an array, not a List: every helper reads _u[k] many times, and an array element is read in place
    // where a List indexer copies the whole unit out.
    private TextUnit[] _u;
    private int _uCount;
    private readonly ImmutableArray<Timex>.Builder _out;
    private TimePoint _lastAnchor;
    private TimePoint _lastDay; // the last explicit date with a day, which a coarser one after it may contain
    private TimePoint _lastQuarter;
    // The clock instant a vague time of day stands next to ("shortly before midnight": T24:00), which a later "four hours
    // earlier" counts from although the value itself is the part of the day: kept for the hit ending at _clockEnd with
    // value _clockValue, outside the hit itself, whose size every parser's out parameter pays for.
    private int _clockEnd = -1;
    private TimePoint _clockValue;
    private TimePoint _clock;
    private TimePoint _lastHitPoint; // the date of the expression emitted last, and the unit after it (see InAppositionToDate)
    private int _lastHitEnd = -1;
    private TimePoint _lastPastYear; // the last explicit date of an earlier year than the article's: "that year" is no "this year"
    private TimePoint _lastPastAnchor; // the last explicit date that has begun by the article's date
    // Whether the last Tense call read only the verb of saying after a closing quote: the time of the saying, which a
    // month named inside the words may still lie ahead of ("win a mandate in November,'' the senators wrote).
    private bool _tenseOfSaying;
    private TimePoint _quarterTold; // the last quarter named, past or not, derived or not: what "that quarter" is
    private int _sentStart;
    private int _sentEnd;
    private int _frameYear; // an earlier year the sentence is set in ("In 2008, Obama won the primary in June")
    private int _frameSentence = -1;
    private int _prevSentStart = -1;
    private int _electionReadAt = -1; // the sentence whose talk of a vote ahead was last read, and what was found
    private bool _electionAhead;
    private int _yearBefore; // while a year is read: the year just before a named day ("the 1988 Super Tuesday"), else 0
    private int _aheadDaySentence = -1; // the sentence of the last day name read ahead, and the unit after it
    private int _aheadDayEnd = -1;
    // Whether "that day" was last read as a day the story never dates (a memoir's scene before any date), with no date
    // told to its day since: years named after it are background, and a later "that day" is still that scene's day.
    private bool _undatedScene;
    private bool _anchorQualifiesNoun; // the last reference is a year only qualifying a noun ("the 2012 campaign")
    // The dates told to their day so far, with where they stand: what "the day after the primary" looks back through.
    private readonly List<DayTold> _daysTold = new();

    public TimexScanner(AnalyzedDocument doc)
    {
        _doc = doc;
        _text = doc.Text;
        _dct = TimePoint.FromDate(doc.Article.Date);
        _lex = TimeLexicon.Instance;
        _u = new TextUnit[doc.Tokens.Length + 8];
        _out = ImmutableArray.CreateBuilder<Timex>();
    }

    public ImmutableArray<Timex> Scan()
    {
        BuildUnits();
        int ui = 0;
        foreach (var s in _doc.Sentences)
        {
            while (ui < _uCount && _u[ui].Start < s.Start) ui++;
            int a = ui;
            while (ui < _uCount && _u[ui].End <= s.End) ui++;
            ScanRange(a, ui);
        }

        return _out.DrainToImmutable();
    }

    private void ScanRange(int a, int b)
    {
        _prevSentStart = _sentStart;
        _sentStart = a;
        _sentEnd = b;
        int i = a;
        while (i < b)
        {
            // Every expression starts with a number, a quote or a word the lexicon knows as more than a neighbour's cue:
            // skip the rest at once.
            if (_u[i].Word is null && _u[i].Kind is TokenKind.Word or TokenKind.Punct && !MayBeCompactPeriod(i))
            {
                i++;
                continue;
            }

            if (TryMatch(i, out var hit, out int start) && hit.End > i && hit.End <= b)
            {
                Emit(start, hit);
                i = hit.End;
                if (TrySecondDay(hit, out var second))
                {
                    Emit(i + 1, second);
                    i = second.End;
                }
                else if (TryElidedNext(start, hit, out second))
                {
                    Emit(i + 1, second);
                    i = second.End;
                }
            }
            else
            {
                i++;
            }
        }
    }

    // "Q3", "H1", "FY2022", "FY": results-news periods the lexicon does not list (see TryCompactPeriod).
    // Read for every word the lexicon does not know, so the first letter decides before anything else is read.
    private bool MayBeCompactPeriod(int i)
    {
        int start = _u[i].Start, length = _u[i].End - start;
        char first = _text[start];
        if (first is not ('Q' or 'H' or 'F') || length is < 2 or > 6) return false;
        char second = _text[start + 1];
        return first == 'F' ? second == 'Y' : length == 2 && char.IsAsciiDigit(second);
    }

    /// <summary>The bare day number of "April 24 and 25" or "June 1 to 30": the same month, a later day.</summary>
    private bool TrySecondDay(TimexHit first, out TimexHit second)
    {
        second = default;
        int e = first.End;
        if (first.Type != TimexType.Date || !first.HasPoint || first.Point.Grain != Grain.Day || !IsNumberToken(e - 1)) return false;
        if (!(Is(e, "and") || Is(e, "or") || Is(e, "to") || Is(e, "through") || (IsPunct(e, '-') && _u[e].Start == _u[e - 1].End))) return false;
        int day = Digits(e + 1, out int digits);
        if (digits is not (1 or 2) || day <= first.Point.Day || IsPunct(e + 2, '%') || IsPunct(e + 2, ':') || W(e + 2) is { Unit: not Grain.None }
            || (In(e + 2) && _u[e + 2].Kind == TokenKind.Number))
            return false;
        // "July 4 and 5 percent", "Oct. 3 and 4 people": a count of something is no day.
        if (In(e + 2) && _u[e + 2].Kind == TokenKind.Word && !_u[e + 2].Capital && NoTimeOfItsOwn(e + 2)
            && !(Is(e + 2, "in") || Is(e + 2, "at") || Is(e + 2, "on") || Is(e + 2, "and") || Is(e + 2, "or") || Is(e + 2, "when")
                 || Is(e + 2, "with") || Is(e + 2, "as") || Is(e + 2, "for") || Is(e + 2, "while") || Is(e + 2, "that")))
            return false;
        if (!TimePoint.TryDate(first.Point.Year, first.Point.Sub, day, out var date)) return false;
        second = TimexHit.Of(e + 2, date);
        return true;
    }

    /// <summary>
    /// "this year and next", "this quarter or next", "this season and last": the bare "next" or "last" after a period
    /// named with "this" is the same unit shifted by one, its noun left out.
    /// </summary>
    private bool TryElidedNext(int first, TimexHit hit, out TimexHit second)
    {
        second = default;
        int e = hit.End;
        if (hit.Type != TimexType.Date || !hit.HasPoint || hit.Derived || !Is(first, "this") || hit.End != first + 2
            || hit.Point.Grain is not (Grain.Year or Grain.Quarter or Grain.Month or Grain.Week) || !(Is(e, "and") || Is(e, "or"))
            || !(Is(e + 1, "next") || Is(e + 1, "last")))
            return false;
        // "this year and next year" is read on its own; only a stop, a clause mark or a closed word may follow the elided noun.
        int after = e + 2;
        if (In(after) && !(_u[after].Kind is TokenKind.Punct or TokenKind.Quote || ClosedClass(after))) return false;
        if (!hit.Point.TryShift(Is(e + 1, "next") ? 1 : -1, out var shifted)) return false;
        second = TimexHit.Of(after, shifted);
        return true;
    }

    private void Emit(int first, TimexHit hit)
    {
        // The scan reads "the 2012 election" with its article; the span leaves it to the noun (see ArticleOfItsNoun).
        // "the Six-Day War", "the Seven Years' War": a stretch written with capitals before a capitalized noun, in a
        // sentence of prose, names an event; the guidelines mark no time inside a proper name.
        if (hit.Type == TimexType.Duration && Cap(hit.End - 1) && hit.End - 1 > _sentStart && NamedAfter(hit.End) && Prose()) return;
        int start = _u[ArticleOfItsNoun(first, hit.End) ? first + 1 : first].Start, end = _u[hit.End - 1].End;
        if (start >= end || end > _text.Length) return;
        if (_out.Count > 0 && _out[^1].End > start) return;
        string value = hit.HasPoint ? hit.Point.Format() : hit.Value ?? "";
        if (value.Length == 0) return;
        bool anchor = hit.Type is TimexType.Date or TimexType.Time && hit.HasPoint && hit.Point.Grain >= Grain.Year;
        if (anchor && !hit.LooksBack)
        {
            // "a pastor held in Iran since 2012": the start of a state told in passing; a later "a year later" counts
            // from the story's last time, not from it.
            if (!(Is(first - 1, "since") && hit.Point.Grain == Grain.Year && _lastAnchor.IsValid) && !PastPerfectBackground(first, hit.Point))
            {
                // A year that only names or qualifies something is no time the story moves to: "Indian Americans for
                // Hillary 2008" is a name, and "in the 2008 primary" after a dated day is background; a later "that
                // day" stays on the story's own time. "that year" may still mean it.
                if (!YearInName(first, hit) && !YearAsModifier(first, hit))
                {
                    _lastAnchor = hit.End == _clockEnd && hit.Point.Equals(_clockValue) ? _clock : hit.Point;
                    _anchorQualifiesNoun = QualifyingYear(first, hit);
                    if (hit.Point.StartDate() <= _dct.Date) _lastPastAnchor = hit.Point;
                }
                if (hit.Point.Year < _dct.Year && hit.Point.Grain >= Grain.Year) _lastPastYear = hit.Point;
            }
            if (hit.Point.Grain == Grain.Quarter) _quarterTold = hit.Point;
            // Only a year fronted to open the sentence sets its scene ("In 2008, ...", "But in 2012, ..."); one inside a
            // clause or a noun ("a filing in 1987", "the years 2010 to 2013") may be background to a later month.
            if (hit.Point.Grain == Grain.Year && !hit.Derived && hit.Point.Year < _dct.Year && Is(first - 1, "in")
                && first - 1 - _sentStart <= 1 && (first - 1 == _sentStart || Is(_sentStart, "but") || Is(_sentStart, "and")))
            {
                _frameYear = hit.Point.Year;
                _frameSentence = _sentStart;
            }
            if (hit.Point.Grain == Grain.Day && hit.Type == TimexType.Date)
                _daysTold.Add(new DayTold(first, hit.End, _sentStart, _sentEnd, hit.Point));
            if (hit.Point.HasDate)
            {
                _lastDay = hit.Point.To(Grain.Day);
                _undatedScene = false;
            }
            // The quarter a results story reports is the latest one that is over: "a fourth-quarter charge" lies ahead,
            // and "after a flat second quarter" looks back from the third.
            if (hit.Point.Grain == Grain.Quarter && !hit.Derived && hit.Point.EndDate() < _dct.Date
                && (!_lastQuarter.IsValid || hit.Point.Year * 4 + hit.Point.Sub >= _lastQuarter.Year * 4 + _lastQuarter.Sub))
                _lastQuarter = hit.Point;
        }

        _lastHitPoint = hit.Type is TimexType.Date && hit.HasPoint ? hit.Point : default;
        _lastHitEnd = hit.End;
        _out.Add(new Timex(start, end, hit.Type, value, anchor));
    }

    /// <summary>
    /// Whether the article opening [<paramref name="first"/>, <paramref name="end"/>) belongs to the noun after it, the
    /// time only qualifying that noun: "the 14-day waiting period", "the third-quarter loss", "the 2012 election", "the
    /// March 3 vote", "the Monday meeting". The TIDES and TimeML extent rules leave such an article out of the expression.
    /// </summary>
    /// <remarks>
    /// The time ends in a hyphened unit ("two-week", "year-earlier"), a number (a year, a day of a month), a day name or
    /// a decade, and a word follows that may head a noun phrase: no time word, no word of a closed class. A day name or
    /// a decade may itself be the noun ("the 1990s saw a boom"), so a verb's object after the word keeps the article.
    /// </remarks>
    private bool ArticleOfItsNoun(int first, int end)
    {
        if (end - first < 2 || !(Is(first, "the") || Is(first, "a") || Is(first, "an")) || _u[first].HyphenBefore || !In(end)) return false;
        var next = _u[end];
        // "the 2021 period", "the 1960s era", "the two-year mark", "the 10-year anniversary", "the 2015 fiscal year", "the
        // 2016 election year": a noun of time heads a temporal phrase, article and all.
        if (next.Kind != TokenKind.Word || next.HyphenBefore || ClosedClass(end) || IsPossessive(end) || Is(end, "period") || Is(end, "era")
            || Is(end, "mark") || Is(end, "anniversary") || Is(end, "fiscal") || W(end + 1) is { Unit: not Grain.None }
            || next.Word is { } t && (t.Unit != Grain.None || t.Month > 0 || t.Weekday > 0 || t.DayPart != null || t.Season > 0 || t.Decade > 0
                                      || t.HasNumber || t.Ordinal > 0 || t.HasDeictic || t.HasRelative))
            return false;
        int last = end - 1;
        if (_u[last].HyphenBefore && (W(last) is { Unit: not Grain.None } || Role(last) is WordRole.Earlier or WordRole.Ago)) return true;
        // Else only a bare date, year or day name: "the close of 1969 equaling 100", "the day after Tuesday's vote" have
        // a head of their own. A decade is left alone: "the 1990s went well" and "the 1990s boom" differ only in the word after.
        for (int k = first + 1; k < last; k++)
            if (!(IsNumberToken(k) || _u[k].Kind == TokenKind.Punct || W(k) is { Month: > 0 })) return false;
        bool modifier = (IsNumberToken(last) && !Sp(last).EndsWith('s')) || W(last) is { Weekday: > 0, WeekdayPlural: false };
        return modifier && !next.Capital && !EndsWithEd(end) && !IsDeterminer(end + 1) && !Is(end + 1, "to");
    }

    /// <summary>Whether a capitalized word that is no time word follows at <paramref name="k"/>, past a possessive apostrophe ("Years' War").</summary>
    private bool NamedAfter(int k)
    {
        if (IsQuote(k) || IsPunct(k, '\'') || IsPossessive(k)) k++;
        return In(k) && _u[k].Kind == TokenKind.Word && Cap(k) && !IsAllCaps(k) && W(k) is null;
    }

    /// <summary>A word of a closed class that cannot head the noun a time qualifies: a preposition, conjunction, pronoun or auxiliary.</summary>
    private bool ClosedClass(int k) =>
        Is(k, "of") || Is(k, "and") || Is(k, "or") || Is(k, "but") || Is(k, "to") || Is(k, "in") || Is(k, "on") || Is(k, "at")
        || Is(k, "for") || Is(k, "from") || Is(k, "by") || Is(k, "with") || Is(k, "as") || Is(k, "than") || Is(k, "that")
        || Is(k, "which") || Is(k, "who") || Is(k, "when") || Is(k, "while") || Is(k, "is") || Is(k, "was") || Is(k, "were")
        || Is(k, "are") || Is(k, "be") || Is(k, "been") || Is(k, "has") || Is(k, "had") || Is(k, "have") || Is(k, "will")
        || Is(k, "would") || Is(k, "could") || Is(k, "should") || Is(k, "may") || Is(k, "might") || Is(k, "can") || Is(k, "did")
        || Is(k, "it") || Is(k, "he") || Is(k, "she") || Is(k, "they") || Is(k, "we") || Is(k, "there") || Is(k, "so")
        || Is(k, "not") || Is(k, "if") || Is(k, "where") || Is(k, "into") || Is(k, "through") || Is(k, "against") || Is(k, "between")
        || Is(k, "before") || Is(k, "after") || Is(k, "during") || Is(k, "since") || Is(k, "until") || Is(k, "under") || Is(k, "over")
        || Is(k, "amid") || Is(k, "around") || Is(k, "about") || Is(k, "within") || Is(k, "without") || Is(k, "across") || Is(k, "like")
        || Is(k, "per") || Is(k, "via") || Is(k, "toward") || Is(k, "towards") || Is(k, "despite") || Is(k, "right") || Is(k, "just")
        || Is(k, "then") || Is(k, "now") || Is(k, "again") || Is(k, "too") || Is(k, "also") || Is(k, "only") || Is(k, "even");

    /// <summary>
    /// "the 2012 campaign", "the 2016 race": a bare year after "the" that qualifies a plain noun. It says which contest,
    /// so a day told after it ("the same day") is no day of that year the text gave. "the 2016 election year" and "the
    /// 2015 fiscal year" are years themselves.
    /// </summary>
    private bool QualifyingYear(int first, in TimexHit hit) =>
        hit.Point.Grain == Grain.Year && !hit.Derived && hit.End == first + 2 && Is(first, "the") && IsNumberToken(first + 1)
        && LowerWord(hit.End) && !_u[hit.End].HyphenBefore && !Is(hit.End, "fiscal") && W(hit.End) is null && W(hit.End + 1) is not { Unit: not Grain.None };

    /// <summary>
    /// A bare year right after a capitalized word inside a sentence of prose ("for Hillary 2008", "Vision 2030"): part of
    /// a name or title, not a time the story is set in.
    /// </summary>
    private bool YearInName(int first, in TimexHit hit) =>
        hit.Point.Grain == Grain.Year && !hit.Derived && hit.End == first + 1 && IsNumberToken(first)
        && first - 1 > _sentStart && _u[first - 1].Kind == TokenKind.Word && Cap(first - 1) && Prose();

    /// <summary>
    /// "the 2008 primary", "the 2012 race": a bare year qualifying a noun, after a date told to its day. It says which
    /// contest, not that the story has moved to that year, so the day told before stays the reference.
    /// </summary>
    private bool YearAsModifier(int first, in TimexHit hit) =>
        hit.Point.Grain == Grain.Year && !hit.Derived && hit.End == first + 2 && Is(first, "the") && IsNumberToken(first + 1)
        && _lastAnchor.IsValid && _lastAnchor.Grain >= Grain.Day
        && In(hit.End) && _u[hit.End].Kind == TokenKind.Word && !_u[hit.End].Capital && !_u[hit.End].HyphenBefore;

    /// <summary>
    /// A bare year told in a past perfect beside a story already dated later ("hosted a meeting at a theater where Steve
    /// Jobs had unveiled the first Macintosh in 1984. But that morning, ..."): background before the story's time, which
    /// stays the reference of "that morning" and "a year later".
    /// </summary>
    private bool PastPerfectBackground(int first, TimePoint point)
    {
        if (point.Grain != Grain.Year || !_lastAnchor.IsValid || _lastAnchor.Year <= point.Year || !Is(first - 1, "in")) return false;
        // "had" and a participle in the year's own clause, within eight words.
        for (int p = first - 2, words = 0; p >= _sentStart && words < 8; p--)
        {
            if (_u[p].Kind is TokenKind.Punct or TokenKind.Quote) return false;
            if (_u[p].Kind != TokenKind.Word) continue;
            words++;
            if ((Is(p, "had") || Is(p, "'d")) && In(p + 1) && (EndsWithEd(p + 1) || Role(p + 1) == WordRole.Past || Is(p + 1, "been")))
                return true;
        }

        return false;
    }

    // ---- units ----------------------------------------------------------------------------------------------

    private void BuildUnits()
    {
        var tokens = _doc.Tokens;
        bool hyphen = false;
        for (int t = 0; t < tokens.Length; t++)
        {
            var tok = tokens[t];
            if (tok.Start < 0 || tok.End > _text.Length || tok.End <= tok.Start) continue;
            var span = _text.AsSpan(tok.Start, tok.Length);
            if (tok.Kind == TokenKind.Punct && span is "-" or "‑" or "–"
                && t > 0 && t + 1 < tokens.Length && tokens[t - 1].End == tok.Start && tokens[t + 1].Start == tok.End)
            {
                // "16-hour", "mid-1990s": a glued hyphen joins its neighbours instead of separating them.
                hyphen = true;
                continue;
            }

            // Only a folded word can hold a hyphen: a plain one is not searched.
            if (tok.Kind == TokenKind.Word && !tok.IsPlainWord && span.IndexOfAny('-', '‑') > 0)
            {
                int p = tok.Start;
                for (int k = tok.Start; k <= tok.End; k++)
                {
                    if (k == tok.End || _text[k] is '-' or '‑')
                    {
                        if (k > p) AddUnit(p, k, TokenKind.Word, hyphen);
                        hyphen = k < tok.End;
                        p = k + 1;
                    }
                }

                hyphen = false;
                continue;
            }

            // A scraped page runs words together: a month's name into the words before it ("moderatorFeaturedFebruary
            // 6, 2016"), a clock into the word after it ("10:47PMPost"). The token is read as two units.
            int split = (tok.Kind == TokenKind.Word && (tok.Shape & TokenShape.HasUpper) != 0 && (tok.Shape & TokenShape.AllCaps) == 0)
                        || tok.Kind == TokenKind.Number
                ? GluedMonthAt(span)
                : 0;
            if (split == 0 && tok.Kind == TokenKind.Number) split = GluedClockEnd(span);
            if (split > 0)
            {
                AddUnit(tok.Start, tok.Start + split, tok.Kind, hyphen);
                AddUnit(tok.Start + split, tok.End, TokenKind.Word, false);
                hyphen = false;
                continue;
            }

            AddUnit(tok.Start, tok.End, tok.Kind, hyphen, tok.Kind == TokenKind.Word ? _lex.Find(_text, tok) : null);
            hyphen = false;
        }
    }

    /// <summary>Where a month's full name starts at the end of a longer word it is glued to ("FeaturedFebruary" gives 8), else 0.</summary>
    private int GluedMonthAt(ReadOnlySpan<char> s)
    {
        if (s.Length < 6 || !char.IsLower(s[^1])) return 0;
        for (int length = 3; length <= 9 && length + 3 <= s.Length; length++)
        {
            int at = s.Length - length;
            // Of the three-letter names only "May" is a full one; "Jan" glued to a word is not taken for a month.
            if (char.IsUpper(s[at]) && char.IsLower(s[at - 1]) && (length >= 4 || s[at..] is "May") && _lex.Find(s[at..]) is { Month: > 0 })
                return at;
        }

        return 0;
    }

    /// <summary>Where "h:mm" and a glued am/pm end inside a longer token ("10:47PMPost" gives 7), else 0.</summary>
    private static int GluedClockEnd(ReadOnlySpan<char> s)
    {
        int colon = s.IndexOf(':');
        if (colon is < 1 or > 2) return 0;
        for (int k = 0; k < colon; k++)
        {
            if (!char.IsAsciiDigit(s[k])) return 0;
        }

        int e = colon + 3;
        if (s.Length < e + 3 || !char.IsAsciiDigit(s[colon + 1]) || !char.IsAsciiDigit(s[colon + 2])) return 0;
        if (s[e] is not ('a' or 'A' or 'p' or 'P') || s[e + 1] is not ('m' or 'M') || !char.IsUpper(s[e + 2])) return 0;
        return e + 2;
    }

    private void AddUnit(int start, int end, TokenKind kind, bool hyphenBefore) =>
        AddUnit(start, end, kind, hyphenBefore, kind == TokenKind.Word ? _lex.Find(_text.AsSpan(start, end - start)) : null);

    private void AddUnit(int start, int end, TokenKind kind, bool hyphenBefore, TimeWord? word)
    {
        var span = _text.AsSpan(start, end - start);
        if (_uCount == _u.Length) Array.Resize(ref _u, _u.Length * 2);
        _u[_uCount++] = new TextUnit
        {
            Start = start,
            End = end,
            Kind = kind,
            Word = word is { Inert: false } ? word : null,
            Cue = word,
            HyphenBefore = hyphenBefore,
            Capital = char.IsUpper(span[0]),
        };
    }

    // ---- unit helpers ---------------------------------------------------------------------------------------

    private bool In(int k) => k >= _sentStart && k < _sentEnd;

    private ReadOnlySpan<char> Sp(int k) => In(k) ? _text.AsSpan(_u[k].Start, _u[k].End - _u[k].Start) : default;

    // A word the lexicon knows only as a neighbour's cue ("percent", "youth", "card", "Chevrolet") is no time word: every
    // check that asks whether a word tells a time of its own sees it as an unknown word; only Role reads its cue.
    private TimeWord? W(int k) => In(k) ? _u[k].Word : null;

    // A word the lexicon does not know, or knows only as a neighbour's cue (a measure: "percent", "meters"): no time.
    private bool NoTimeOfItsOwn(int k) => W(k) is null;

    private WordRole Role(int k) => In(k) ? _u[k].Cue?.Role ?? WordRole.None : WordRole.None;

    // Lengths first: most comparisons fail there, before any character is read.
    private bool Is(int k, string word) =>
        In(k) && _u[k].End - _u[k].Start == word.Length && _text.AsSpan(_u[k].Start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsPunct(int k, char c) => In(k) && _u[k].Kind == TokenKind.Punct && _u[k].End - _u[k].Start == 1 && _text[_u[k].Start] == c;

    private bool Hyphen(int k) => In(k) && _u[k].HyphenBefore;

    private bool IsNumberToken(int k) => In(k) && _u[k].Kind == TokenKind.Number;

    private bool Cap(int k) => In(k) && _u[k].Capital;

    private bool IsQuote(int k) => In(k) && _u[k].Kind == TokenKind.Quote;

    /// <summary>A quotation mark that ends a stretch of speech: after a comma or a sentence stop ("... stop,'' he said").</summary>
    private bool ClosingSpeechQuote(int k) =>
        IsQuote(k) && (IsPunct(k - 1, ',') || IsPunct(k - 1, '.') || IsPunct(k - 1, '!') || IsPunct(k - 1, '?'));

    private bool IsPossessive(int k) => Is(k, "'s") || Is(k, "’s");

    private bool IsDeterminer(int k) =>
        Is(k, "the") || Is(k, "a") || Is(k, "an") || Is(k, "its") || Is(k, "his") || Is(k, "her") || Is(k, "their") || Is(k, "our")
        || Is(k, "any") || Is(k, "no") || Is(k, "of") || Is(k, "new") || Is(k, "earlier") || Is(k, "previous");

    private bool EndsWithEd(int k) => In(k) && _u[k].Kind == TokenKind.Word && !_u[k].Capital && Sp(k).EndsWith("ed", StringComparison.Ordinal);

    private bool LowerWord(int k) => In(k) && _u[k].Kind == TokenKind.Word && !_u[k].Capital;

    private bool IsAllCaps(int k)
    {
        foreach (char c in Sp(k))
        {
            if (char.IsLower(c)) return false;
        }

        return In(k);
    }

    /// <summary>Value of a token made only of digits (at most 9), else -1; <paramref name="digits"/> is its length.</summary>
    private int Digits(int k, out int digits)
    {
        digits = 0;
        if (!IsNumberToken(k)) return -1;
        var s = Sp(k);
        if (s.Length > 9) return -1;
        int v = 0;
        foreach (char c in s)
        {
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }

        digits = s.Length;
        return v;
    }

    /// <summary>A count: digits (commas allowed), a number word ("three", "a", "twenty-four"); -1 for vague ones. Returns the end unit, or -1.</summary>
    private int Count(int k, out int n)
    {
        n = 0;
        if (!In(k)) return -1;
        if (IsNumberToken(k))
        {
            var s = Sp(k);
            long v = 0;
            int seen = 0;
            foreach (char c in s)
            {
                if (c is >= '0' and <= '9')
                {
                    v = v * 10 + (c - '0');
                    if (v > 1_000_000) return -1;
                    seen++;
                }
                else if (c != ',')
                {
                    return -1;
                }
            }

            if (seen == 0) return -1;
            n = (int)v;
            return k + 1;
        }

        var w = W(k);
        if (w is null || !w.HasNumber) return -1;
        // "a few", "a couple of": the article belongs to the quantity.
        if (w.Number == 1 && (Is(k, "a") || Is(k, "an")) && W(k + 1) is { HasNumber: true } next
            && (Is(k + 1, "few") || Is(k + 1, "couple") || Is(k + 1, "dozen")))
        {
            n = next.Number;
            int e = k + 2;
            if (Is(e, "of")) e++;
            return e;
        }

        n = w.Number;
        int end = k + 1;
        if (n is 2 or 12 && (Is(k, "couple") || Is(k, "dozen")))
        {
            if (Is(end, "of")) end++;
            return end;
        }

        // "twenty-four", "twenty four"
        if (n is >= 20 and <= 90 && n % 10 == 0 && W(end) is { HasNumber: true } unit && unit.Number is >= 1 and <= 9 && !Is(end, "a") && !Is(end, "an"))
        {
            n += unit.Number;
            end++;
        }

        // "a hundred years", "two thousand years"
        if (n > 0 && Is(end, "hundred")) { n *= 100; end++; }
        else if (n > 0 && Is(end, "thousand")) { n *= 1000; end++; }

        return end;
    }

    /// <summary>An ordinal: "third", "3rd", "21st"; 0 when none.</summary>
    private int Ordinal(int k)
    {
        if (!In(k)) return 0;
        if (W(k) is { Ordinal: > 0 } w) return w.Ordinal;
        if (_u[k].Kind != TokenKind.Number) return 0;
        var s = Sp(k);
        if (s.Length < 3 || s.Length > 4) return 0;
        var suffix = s[^2..];
        if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
              || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
            return 0;
        int v = 0;
        foreach (char c in s[..^2])
        {
            if (c is < '0' or > '9') return 0;
            v = v * 10 + (c - '0');
        }

        return v;
    }

    /// <summary>A four-digit year token with no other reading; 0 when none.</summary>
    private int YearToken(int k)
    {
        int v = Digits(k, out int d);
        return d == 4 && v is >= 1000 and <= 2999 ? v : 0;
    }

    /// <summary>A year after a month, season or quarter: "1998", "'98"; returns the end unit or -1.</summary>
    private int YearAfter(int k, out int year)
    {
        year = 0;
        int y = YearToken(k);
        // "1992:" ends a phrase, as at "Here's Clinton in December 1992: ..."; a colon glued to a number is a clock.
        if (y > 0 && !IsPunct(k + 1, '%') && !(IsPunct(k + 1, ':') && IsNumberToken(k + 2) && _u[k + 2].Start == _u[k + 1].End))
        {
            year = y;
            return k + 1;
        }

        // "'98" is a quote token and a two-digit number.
        if (In(k) && _u[k].Kind == TokenKind.Quote && In(k + 1) && _u[k + 1].Start == _u[k].End)
        {
            int v = Digits(k + 1, out int d);
            if (d == 2)
            {
                year = v + (v > 30 ? 1900 : 2000);
                return k + 2;
            }
        }

        return -1;
    }

    // ---- tense ----------------------------------------------------------------------------------------------

    /// <summary>+1 when the nearest tense cue around [a, b) is future ("will meet on Tuesday"), -1 when past (-2 past beyond doubt), 0 when none.</summary>
    /// <remarks>
    /// Looks up to 10 units left and 7 right (12 after a fronted "On Tuesday,"), then up to 15 left; quotation marks
    /// bound the clause. Every loop is bounded, so the cost per expression is constant.
    /// </remarks>
    private int Tense(int a, int b)
    {
        _tenseOfSaying = false;
        // "as soon as Tuesday or Wednesday", "in May or June": a later name of a pair reads like the first.
        for (int step = 0; step < 4 && (Is(a - 1, "or") || Is(a - 1, "and")) && W(a - 2) is { Weekday: > 0 } or { Month: > 0 } && Cap(a - 2); step++)
        {
            a -= 2;
            b = a + 1;
        }

        // "as early as Tuesday", "starting Monday", "postponed until Tuesday", "looking ahead to the fall" look ahead
        // whatever the verb.
        if ((Is(a - 1, "to") && (Is(a - 2, "ahead") || Is(a - 2, "forward")))
            || (Is(a - 2, "to") && (Is(a - 3, "ahead") || Is(a - 3, "forward")) && IsDeterminer(a - 1)))
            return 1;
        if (Is(a - 1, "starting") || Is(a - 1, "beginning") || Is(a - 1, "effective") || (Is(a - 1, "as") && (Is(a - 2, "soon") || Is(a - 2, "early")) && Is(a - 3, "as"))
            // "had been paying rent until May": a past perfect before "until" tells of a time over.
            || ((Is(a - 1, "until") || Is(a - 1, "till")) && a - 1 > _sentStart && !InClauseBefore(a - 1, "had", "'d")))
            return 1;
        // "since March", "since their Oct. 13 debate" has begun already, whatever the verbs around it say.
        if (Is(a - 1, "since") || (Is(a - 2, "since") && IsDeterminer(a - 1))) return -1;
        // "Since announcing in October that ...", "dating as far back as June": begun or reached back to, so over.
        if ((Is(a - 1, "in") && Is(a - 3, "since") && LowerWord(a - 2) && Sp(a - 2).EndsWith("ing", StringComparison.Ordinal))
            || (Is(a - 1, "as") && Is(a - 2, "back") && Is(a - 3, "far")))
            return -2;
        // "in the wake of Monday's ruling": what follows it may lie ahead, the day has passed.
        if ((Is(a - 1, "of") && Is(a - 2, "wake")) || (Is(a - 2, "of") && Is(a - 3, "wake") && IsDeterminer(a - 1))) return -2;
        // A period that "ended Oct. 31", and "Back in April, the paper announced ...", lie behind however near the day
        // ahead is: -2 is past beyond doubt.
        if (Is(a - 1, "ended") || (Is(a - 1, "on") && Is(a - 2, "ended"))
            || ((Is(a - 1, "in") || Is(a - 1, "on")) && Is(a - 2, "back") && !Is(a - 3, "come") && !Is(a - 3, "comes") && !Is(a - 3, "be")))
            return -2;
        // A fronted "On Tuesday, the league plans to ..." takes the tense of the clause after it, whose verb may
        // follow a long subject.
        int rightReach = a - _sentStart <= 2 && IsPunct(b, ',') ? 12 : 7;
        // A quotation mark after the expression starts or ends another clause: in "we will meet Friday,'' he said"
        // and "spoke Monday night ``we will win''" the words beyond it are not its tense. Before the expression only
        // a quote closing a sentence of speech counts: "he'll be ``very competitive'' in November" reads on.
        int quote = -1, clause = -1;
        bool leftOpen = true, modalOpen = !IsPossessive(b);
        for (int d = 1; d <= Math.Max(10, rightReach); d++)
        {
            // A closing quote before the expression ends the speech it follows: "``... will stop,'' he tweeted Saturday".
            if (d <= 10 && leftOpen && ClosingSpeechQuote(a - d))
                leftOpen = false;
            else if (d <= 10 && leftOpen && Cue(a - d) is not 0 and var left)
            {
                // "took office in February", "won it in March", "said in December": a past act close by is past beyond
                // doubt; "said it in March" may report a plan, "said December sales rose" tells what was said, and
                // "was"/"had" may head a plan.
                if (left < 0 && d <= 3 && Role(a - d) == WordRole.Past && !(Is(a - d, "was") || Is(a - d, "were") || Is(a - d, "had")
                                                                              || Is(a - d, "did")
                                                                              || (Is(a - d, "said") && !(d == 2 && (Is(a - 1, "in") || Is(a - 1, "on"))))))
                    return -2;
                return left;
            }
            else if (d <= 10 && leftOpen && PastWithObject(a - d)) return -1;
            else if (d <= 10 && leftOpen && modalOpen && ModalAhead(a - d)) return 1;
            // A modal beyond a relative or a subordinator rules another clause: "hoped she would bring aid to
            // countries where the Aug. 7 blasts killed 257"; a day's own event is a noun ("Wednesday's ruling").
            if (d <= 10 && (Is(a - d, "where") || Is(a - d, "which") || Is(a - d, "who") || Is(a - d, "when") || Is(a - d, "because")
                            || Is(a - d, "after") || Is(a - d, "since") || Is(a - d, "while")))
                modalOpen = false;
            int r = b + d - 1;
            if (d <= rightReach && quote < 0 && clause < 0)
            {
                if (IsQuote(r)) quote = r;
                // "planned a rally on Saturday and were planning to drive": the verb after "and" heads a clause of
                // its own; the day belongs to the one it stands in, whose verb may be further left.
                else if ((Is(r, "and") || Is(r, "but")) && Cue(r + 1) != 0) clause = r + 1;
                else if (Cue(r) is not 0 and var right) return right;
            }
        }

        // A long object between the verb and the date ("will endorse the senator at a rally in Iowa on Saturday"):
        // look further left before giving up.
        for (int d = 11; leftOpen && d <= 15; d++)
        {
            if (ClosingSpeechQuote(a - d)) break;
            if (Cue(a - d) is not 0 and var far) return far;
        }

        // With no verb of its own, a day takes the tense of the clause joined after it ("is up for re-election in
        // November and will face").
        if (clause >= 0) return Cue(clause);

        // With no cue inside the quote, the reporting verb after a closing one is the best guess left ("all through
        // the spring,'' said the manager").
        if (quote >= 0 && ClosingSpeechQuote(quote))
        {
            for (int r = quote + 1; r < quote + 5; r++)
            {
                if (Cue(r) is not 0 and var after)
                {
                    _tenseOfSaying = true;
                    return after;
                }
            }
        }

        if ((Is(a - 1, "on") || Is(a - 1, "by")) && (Is(a - 2, "until") || Is(a - 2, "till")))
            return 1;
        // With no verb to say otherwise, "going into November", "heading into Tuesday's vote", "marching toward
        // November" and "looking ahead to the fall" name a time one moves to; "had 1,944 delegates heading into
        // Tuesday's primaries" told of it after.
        if (!(Is(a - 1, "into") || Is(a - 2, "into") || Is(a - 1, "toward") || Is(a - 2, "toward") || Is(a - 1, "towards") || Is(a - 2, "towards")))
            return 0;
        int lead = IsDeterminer(a - 1) && !Is(a - 1, "of") ? a - 2 : a - 1;
        if ((Is(lead, "into") && (Is(lead - 1, "going") || Is(lead - 1, "heading") || Is(lead - 1, "head") || Is(lead - 1, "heads")))
            || Is(lead, "toward") || Is(lead, "towards"))
            return 1;
        return 0;
    }

    /// <summary>
    /// Whether one of the words stands within eight units before <paramref name="k"/>, in its clause (a comma or a
    /// quotation mark ends the look): "had been paying rent until May", "Neither he nor his aides could be reached".
    /// </summary>
    private bool InClauseBefore(int k, string a, string b, string? c = null, string? d = null)
    {
        for (int p = k - 1; p >= k - 8 && p >= _sentStart; p--)
        {
            if (IsPunct(p, ',') || IsQuote(p)) return false;
            if (Is(p, a) || Is(p, b) || (c != null && Is(p, c)) || (d != null && Is(p, d))) return true;
        }

        return false;
    }

    // The word before k is "be", "been", "being", "to" or "will"/"would": a past form at k is then a participle of a
    // passive or perfect, not a past verb.
    private bool AfterAuxiliary(int k) =>
        Is(k - 1, "be") || Is(k - 1, "been") || Is(k - 1, "being") || Is(k - 1, "to") || Is(k - 1, "will") || Is(k - 1, "would");

    /// <summary>
    /// A regular past form taking an object ("staged a strike", "entered the race"): a past verb, not a participle.
    /// Read only near the expression: further off, an infinitive between may own it ("announced an agreement to
    /// acquire the bank in January").
    /// </summary>
    private bool PastWithObject(int k) =>
        W(k) is null && EndsWithEd(k) && Sp(k).Length >= 5 && !Hyphen(k) && !AfterAuxiliary(k) && !Is(k - 1, "is") && !Is(k - 1, "are")
        && (Is(k + 1, "the") || Is(k + 1, "a") || Is(k + 1, "an") || Is(k + 1, "its") || Is(k + 1, "his") || Is(k + 1, "her")
            || Is(k + 1, "their") || Is(k + 1, "our"));

    /// <summary>
    /// A modal before the expression looking ahead: "would be satisfied with her as nominee in November", "could
    /// decide the race on Tuesday"; not "would have", a past that did not happen. Read only on the left: after a
    /// day the modal is mostly reported speech of a verb the day belongs to ("announced Monday it would").
    /// </summary>
    private bool ModalAhead(int k) =>
        (Is(k, "would") || Is(k, "could") || Is(k, "might") || Is(k, "should") || Is(k, "must") || Is(k, "can") || (Is(k, "may") && !Cap(k)))
        // "may have met" is a past that may have been; "may have an impact", "the impact it may have in November" keep
        // "have" as the verb looking ahead.
        && !(Is(k + 1, "have") && !HaveAsVerb(k + 2)) && !Is(k + 1, "'ve") && !(Is(k + 1, "not") && Is(k + 2, "have"))
        // "could not be reached for comment Saturday"; "Neither he nor his aides could be reached Wednesday": a denial
        // makes the modal an ability that failed.
        && !((Is(k, "could") || Is(k, "can")) && (Is(k + 1, "not") || InClauseBefore(k, "neither", "nor", "nobody", "never")));

    /// <summary>Whether the word after a modal's "have" shows it a verb of its own, not a perfect: a determiner or the time phrase itself.</summary>
    private bool HaveAsVerb(int k) =>
        Is(k, "a") || Is(k, "an") || Is(k, "the") || Is(k, "no") || Is(k, "any") || Is(k, "some") || Is(k, "its") || Is(k, "his")
        || Is(k, "her") || Is(k, "their") || Is(k, "in") || Is(k, "on") || Is(k, "by");

    private int Cue(int k)
    {
        if (!In(k) || _u[k].Kind != TokenKind.Word) return 0;
        var role = Role(k);
        // "had been scheduled to expire Friday": a plan made in the past for a day that is now past too.
        if (role is WordRole.Future or WordRole.FutureTo && (Is(k - 1, "had") || (Is(k - 1, "been") && Is(k - 2, "had")))) return -1;
        // "Will praised the Nov. 14 speech": a capitalized "Will" inside a sentence, or before a past form, is a name.
        if (role == WordRole.Future && Cap(k) && (k > _sentStart || EndsWithEd(k + 1) || Role(k + 1) == WordRole.Past)) return 0;
        if (role == WordRole.Future) return 1;
        // "plans to" is a verb looking ahead; "announced plans to", "its plans to", "the mayor's plan to" name a
        // plan that may be old. "planned a rally" looks ahead like "planned to rally".
        if (role == WordRole.FutureTo && (Is(k + 1, "to") || Is(k + 1, "a") || Is(k + 1, "an")) && !IsDeterminer(k - 1) && !EndsWithEd(k - 1)
            && !IsQuote(k - 1) && !IsPossessive(k - 1))
            return 1;
        if ((Is(k, "set") || Is(k, "is") || Is(k, "are")) && Is(k + 1, "to") && W(k + 2) is null) return 1; // "is to resume trading"
        if (Is(k, "set") && Is(k + 1, "for") && (Is(k - 1, "is") || Is(k - 1, "are"))) return 1; // "the trial is set for November"
        // "the law expires on Sept. 30", "the session begins in June", "the rule takes effect July 1": a timetable in the
        // present tells of a time ahead.
        if (Is(k, "expires") || Is(k, "begins") || Is(k, "starts") || Is(k, "resumes") || Is(k, "reopens") || Is(k, "convenes")
            || ((Is(k, "takes") || Is(k, "take")) && Is(k + 1, "effect") && !IsDeterminer(k - 1)) || (Is(k, "runs") && Is(k + 1, "out")))
            return 1;
        var s = Sp(k);
        // A past form after "be", "been", "to" or a modal is a participle of a passive or perfect that may look
        // ahead ("will be sold in March", "to have met by June").
        if (role == WordRole.Past)
            return AfterAuxiliary(k) ? 0 : -1;
        if (s.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || s.EndsWith("’ll", StringComparison.OrdinalIgnoreCase)) return 1;
        return 0;
    }

    // ---- matching -------------------------------------------------------------------------------------------

    /// <summary>Tries every reading that can start at unit <paramref name="i"/>; <paramref name="start"/> is where the match begins.</summary>
    private bool TryMatch(int i, out TimexHit hit, out int start)
    {
        start = i;
        hit = default;
        int j = SkipHedge(i);
        if (j > i)
        {
            // "about two years", "at least 30 days", "nearly a decade ago": the hedge is kept with a duration or a time.
            if (TryExtended(j, out hit) && (hit.Type is TimexType.Duration or TimexType.Time || Role(hit.End - 1) == WordRole.Ago))
                return true;
            return false;
        }

        return TryExtended(i, out hit);
    }

    private int SkipHedge(int i)
    {
        if (!In(i)) return i;
        if ((Is(i, "more") || Is(i, "less") || Is(i, "fewer")) && Is(i + 1, "than")) return i + 2;
        if (Is(i, "no") && (Is(i + 1, "more") || Is(i + 1, "less")) && Is(i + 2, "than")) return i + 3;
        if (Is(i, "at") && (Is(i + 1, "least") || Is(i + 1, "most"))) return i + 2;
        if (Is(i, "up") && Is(i + 1, "to")) return i + 2;
        if (Role(i) == WordRole.Hedge) return i + 1;
        return i;
    }

    /// <summary>A core expression with its edge modifiers ("early", "the end of") and what may follow ("ago", "of 1990").</summary>
    private bool TryExtended(int i, out TimexHit hit)
    {
        hit = default;
        int j = i;
        bool open = false;
        var role = Role(i);
        if (Is(i, "the") && Role(i + 1) == WordRole.Edge && Is(i + 2, "of")) j = i + 3;
        else if (role == WordRole.Edge && Is(i + 1, "of") && !Is(i - 1, "the")) j = i + 2;
        else if (Is(i, "the") && Role(i + 1) is WordRole.Early or WordRole.Mid or WordRole.Late) { j = i + 2; open = true; }
        else if (role is WordRole.Early or WordRole.Mid or WordRole.Late) { j = i + 1; open = true; }
        else if (role is WordRole.Earlier or WordRole.Later) j = i + 1;

        if (j > i)
        {
            if (role is WordRole.Earlier or WordRole.Later or WordRole.Early or WordRole.Late && Is(j, "in") && Is(j + 1, "the")
                && W(j + 2) is { Unit: Grain.Year or Grain.Month or Grain.Week or Grain.Day, UnitPlural: false } w && !Is(j + 3, "of"))
            {
                // "earlier in the year": the current unit.
                hit = TimexHit.Of(j + 3, _dct.To(w.Unit));
                return true;
            }

            if (role == WordRole.Edge || (Is(i, "the") && Role(i + 1) == WordRole.Edge))
            {
                // "the end of the month", "the beginning of the week": the current one.
                if (Is(j, "the") && W(j + 1) is { Unit: Grain.Month or Grain.Week or Grain.Year or Grain.Day, UnitPlural: false } eu && !Hyphen(j + 2))
                {
                    hit = TimexHit.Of(j + 2, _dct.To(eu.Unit));
                    return true;
                }
            }

            if (TryCore(j, out hit) && hit.Type is TimexType.Date or TimexType.Time && !hit.IsDuration
                && (hit.HasPoint || role is WordRole.Early or WordRole.Late or WordRole.Mid))
            {
                if (open && hit.Point.Grain == Grain.Decade)
                    hit.Point = new TimePoint(Grain.Decade, hit.Point.Year, open: true);
                PostModify(ref hit, j);
                return true;
            }
        }

        if (!TryCore(i, out hit)) return false;
        PostModify(ref hit, i);
        return true;
    }

    /// <summary>What can follow a core expression: "ago", "earlier", "from now"; a year after a month or quarter.</summary>
    private void PostModify(ref TimexHit hit, int start)
    {
        int e = hit.End;
        if (hit.IsDuration && hit.DurationCode is { } code)
        {
            // "a week or so ago": the hedge belongs to the duration.
            if (Is(e, "or") && Is(e + 1, "so") && Role(e + 2) is WordRole.Ago or WordRole.Earlier or WordRole.Later) e += 2;
            var grain = TimeLexicon.UnitGrain(code);
            var r = Role(e);
            bool fromNow = Is(e, "from") && Is(e + 1, "now");
            // "a week from tonight", "two weeks from Tuesday": counted forward from the day named.
            if (Is(e, "from") && !fromNow && hit.DurationN > 0 && grain is Grain.Day or Grain.Week or Grain.Month or Grain.Year
                && (TryDeictic(e + 1, out var from) || TryWeekday(e + 1, out from)) && from.HasPoint && from.Point.HasDate
                && from.Point.To(Grain.Day).TryShift(code == "FN" ? 2 * hit.DurationN : hit.DurationN, grain, out var counted))
            {
                var p = from.Point;
                hit = TimexHit.Of(from.End, p.Grain == Grain.Time ? counted.WithTime(p.Hour, p.Minute, p.Part) : counted);
                hit.Derived = true;
                return;
            }
            if (r is WordRole.Ago or WordRole.Earlier or WordRole.Later || fromNow)
            {
                int end = fromNow ? e + 2 : e + 1;
                if (hit.DurationN < 0 || grain == Grain.None)
                {
                    // "a few years ago" is some time back; "a few days later" stays a length of time.
                    if (r == WordRole.Ago) hit = TimexHit.Of(end, TimexType.Date, "PAST_REF");
                    else if (fromNow) hit = TimexHit.Of(end, TimexType.Date, "FUTURE_REF");
                    return;
                }

                int n = r is WordRole.Ago or WordRole.Earlier ? -hit.DurationN : hit.DurationN;
                if (code == "DE") n *= 10;
                if (code == "CE") n *= 100;
                if (code == "FN") n *= 2;
                var reference = _dct;
                // "Three years later" with no date told before it counts from nothing the text gives: the length stays.
                // Years later than the article's own year are no story's past either ("under which we still live
                // today, more than 200 years later").
                if (r == WordRole.Later && !_lastAnchor.IsValid && !_lastQuarter.IsValid) return;
                if (r == WordRole.Later && grain is Grain.Year or Grain.Decade or Grain.Century && _lastAnchor.IsValid
                    && _lastAnchor.Year >= _dct.Year && !_lastQuarter.IsValid)
                    return;
                if (r is WordRole.Earlier or WordRole.Later && InAppositionToDate(start, end, grain, out var told))
                {
                    hit = TimexHit.Of(end, told);
                    hit.Derived = true;
                    return;
                }

                if (r is WordRole.Earlier or WordRole.Later)
                {
                    // "a year earlier" looks back from the period being talked about; in results news that is a quarter.
                    if (grain == Grain.Year && LongerPeriodBefore(e)) reference = _dct;
                    else if (grain == Grain.Year && _lastQuarter.IsValid) reference = _lastQuarter;
                    else if (_lastAnchor.IsValid) reference = _lastAnchor;
                    // "Protesters meet next Tuesday. ... A day earlier, six were arrested": a past verb puts the day counted
                    // before the article's date, so it counts from the last date told that is over.
                    if (grain is Grain.Day or Grain.Week && _lastAnchor.IsValid && reference.StartDate() == _lastAnchor.StartDate() && _lastPastAnchor.IsValid
                        && reference.StartDate() > _dct.Date && Tense(start, end) < 0)
                        reference = _lastPastAnchor;
                }
                else if (grain == Grain.Year && hit.DurationN == 1 && _lastQuarter.IsValid && Math.Abs(_lastQuarter.Year - _dct.Year) <= 1
                         && !LongerPeriodBefore(e))
                {
                    reference = _lastQuarter; // "a year ago" next to a quarter's results: the same quarter a year before
                }

                if (grain == Grain.Time)
                {
                    // "More than 40 minutes later" after "10:03 p.m.": minutes and hours move the clock, not the day. With no
                    // clock told ("that night", a day) the length stays a length.
                    if (code is "MI" or "H" && reference.TryShiftMinutes(code == "H" ? 60L * n : n, out var clock))
                    {
                        hit = TimexHit.Of(end, clock);
                        hit.Derived = true;
                        return;
                    }

                    hit.End = end;
                    return;
                }

                var target = reference.Grain is Grain.Quarter or Grain.Half && grain == Grain.Year
                    ? reference
                    : reference.To(grain is Grain.Decade or Grain.Century ? Grain.Year : grain == Grain.Time ? reference.Grain : grain);
                if (target.TryShift(n, grain is Grain.Decade or Grain.Century ? Grain.Year : grain, out var shifted))
                {
                    hit = TimexHit.Of(end, shifted);
                    hit.Derived = true;
                    return;
                }

                hit.End = end;
            }

            return;
        }
    }

    /// <summary>
    /// "elections for October 2014, just eight months later, ...": a count set off by commas right after a date restates
    /// that date, counted from an earlier time the story told. It is the date it stands beside, not a shift from it.
    /// </summary>
    private bool InAppositionToDate(int start, int end, Grain unit, out TimePoint told)
    {
        told = _lastHitPoint;
        if (!told.IsValid || told.Grain is Grain.Time or Grain.Century or Grain.Decade || unit is Grain.Time or Grain.None) return false;
        // The apposition is closed by punctuation: "In 2010, three years later he returned" is a new clause.
        if (end < _sentEnd && !(IsPunct(end, ',') || IsPunct(end, ';') || IsPunct(end, '.') || IsPunct(end, ')') || IsPunct(end, '-'))) return false;
        int p = start - 1;
        // "just", "only", "some", "about": a softener may stand between the comma and the count.
        for (int n = 0; n < 2 && p > _sentStart && (Is(p, "just") || Is(p, "only") || Role(p) == WordRole.Hedge); n++) p--;
        return p > _sentStart && IsPunct(p, ',') && _lastHitEnd == p;
    }

    /// <summary>
    /// Whether the sentence so far compares a period longer than a quarter ("in the first nine months, ... a year
    /// earlier", "for the first half"): then "a year earlier" is the year before, not the year-ago quarter.
    /// </summary>
    private bool LongerPeriodBefore(int end)
    {
        // Looks back a bounded stretch, so a huge sentence of such phrases stays linear.
        for (int k = Math.Max(_sentStart, end - 40); k < end && k < _sentEnd; k++)
        {
            if (W(k) is { Unit: Grain.Month, UnitPlural: true } && Count(k - 1, out int n) == k && n >= 6) return true;
            if (Is(k, "half") && Ordinal(k - 1) is 1 or 2) return true;
        }

        return false;
    }

    /// <summary>The longest core reading at <paramref name="i"/>, an optional "the" included.</summary>
    private bool TryCore(int i, out TimexHit best)
    {
        best = default;
        bool the = Is(i, "the");
        int k = the ? i + 1 : i;
        TimexHit h;
        // Rare openings are tested here first, so that most positions do not pay for a parser call.
        if (the && Is(i + 1, "year")) Take(ref best, TryYearInApposition(i, out h), h);
        Take(ref best, TryPhrase(i, out h), h);
        if (In(k))
        {
            Take(ref best, TryDeictic(k, out h), h);
            Take(ref best, TryBareDayPart(k, the, out h), h);
            Take(ref best, TryRelative(k, the, out h), h);
            Take(ref best, TryWeekday(k, out h), h);
            Take(ref best, TryMonth(k, out h), h);
            Take(ref best, TryNumber(k, the, out h), h);
            Take(ref best, TryCountWord(k, the, out h), h);
            Take(ref best, TrySeason(k, the, out h), h);
            Take(ref best, TrySet(i, out h), h); // "the weekly briefing": the article is not part of a set
            Take(ref best, TryPeriod(k, the, out h), h);
            Take(ref best, TryBarePlural(k, out h), h);
            Take(ref best, TryCompactPeriod(k, out h), h);
            if (Is(k, "election")) Take(ref best, TryElectionNight(k, out h), h);
        }

        return best.End > i;
    }

    /// <summary>
    /// "the year" in apposition to a year just told: "in 2010, the year the court decided", "It was 2015 - not 2014, which
    /// is the year he joined", "Perhaps 2016 will be the year this gets fixed". It is that year, not the article's.
    /// </summary>
    private bool TryYearInApposition(int i, out TimexHit hit)
    {
        hit = default;
        if (!Is(i, "the") || !Is(i + 1, "year") || Hyphen(i + 1) || Is(i + 2, "of") || _out.Count == 0) return false;
        var last = _out[^1];
        if (last.Value.Length != 4 || last.Type != TimexType.Date || !int.TryParse(last.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || year < 1)
            return false;
        // Only a comma, "which" and a form of "be" may stand between the year and "the year".
        int p = i - 1;
        for (int n = 0; n < 4 && p >= _sentStart && _u[p].Start >= last.End; n++, p--)
        {
            if (!(IsPunct(p, ',') || Is(p, "which") || Is(p, "is") || Is(p, "was") || Is(p, "will") || Is(p, "would") || Is(p, "be")))
                return false;
        }

        if (p < _sentStart || _u[p].End != last.End) return false;
        hit = TimexHit.Of(i + 2, new TimePoint(Grain.Year, year));
        return true;
    }

    private static void Take(ref TimexHit best, bool ok, TimexHit h)
    {
        if (ok && h.End > best.End) best = h;
    }
}
