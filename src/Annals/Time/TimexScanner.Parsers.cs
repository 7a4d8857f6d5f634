using System.Globalization;
using Annals.Documents;

namespace Annals.Time;

/// <summary>The readings the scanner tries at each unit: one method per kind of expression.</summary>
internal sealed partial class TimexScanner
{
    // Prepositions and determiners that make a bare month or season name a date ("in May", "last spring").
    private bool TemporalLead(int k) =>
        Is(k, "in") || Is(k, "since") || Is(k, "until") || Is(k, "till") || Is(k, "by") || Is(k, "from") || Is(k, "to")
        || Is(k, "through") || Is(k, "during") || Is(k, "before") || Is(k, "after") || Is(k, "of") || Is(k, "this")
        || Is(k, "last") || Is(k, "next") || Is(k, "early") || Is(k, "late") || Is(k, "mid") || Is(k, "end") || Is(k, "between")
        || Is(k, "and") || Is(k, "or") || Is(k, "the") || Is(k, "throughout") || Is(k, "around") || Is(k, "for") || Is(k, "on")
        || Is(k, "past") || Is(k, "coming") || Is(k, "each") || Is(k, "every") || Is(k, "within") || Is(k, "into") || Is(k, "over");

    // ---- fixed phrases: vague references, anaphora, holidays ------------------------------------------------

    private bool TryPhrase(int i, out TimexHit hit)
    {
        hit = default;
        // Phrases of several words first, longest first, then the word alone: a phrase must match every word.
        var longer = In(i + 1) ? _lex.PhrasesStartingWith(Sp(i), Sp(i + 1)) : [];
        var single = _lex.SingleWordPhrases(Sp(i));
        for (int p = 0; p < longer.Length + single.Length; p++)
        {
            var phrase = p < longer.Length ? longer[p] : single[p - longer.Length];
            var words = phrase.Words;
            int n = 0;
            while (n < words.Length && In(i + n) && SameWord(Sp(i + n), words[n]) && (n == 0 || !_u[i + n].HyphenBefore))
                n++;
            // "the long-term plan" is not "the long term"; "now-defunct" is not "now".
            if (n < words.Length || Hyphen(i + n)) continue;
            int end = i + n;
            string v = phrase.Value;
            if (v[0] == '@')
            {
                // "on Oct. 12, the day before the crash": in apposition to a date, "the day" is that same date.
                if (v is "@D-1" or "@D+1" && Is(i, "the") && Is(i + 1, "day") && IsPunct(i - 1, ',') && _out.Count > 0
                    && _out[^1].End == _u[i - 1].Start && _lastAnchor.Grain == Grain.Day)
                {
                    hit = TimexHit.Of(i + 2, _lastAnchor);
                    return true;
                }

                // "over the next year", "in the next month": the stretch ahead of the article's date, not of the story's.
                if (Is(i, "the") && Is(i + 1, "next") && (Is(i - 1, "over") || Is(i - 1, "in") || Is(i - 1, "within") || Is(i - 1, "during")
                                                          || Is(i - 1, "for") || Is(i - 1, "throughout") || Is(i - 1, "through")))
                    continue;
                if (TryAnaphor(v, end, out hit)) return true;
                continue;
            }

            if (v[0] == '#')
            {
                int first = Is(i, "the") ? i + 1 : i;
                // A name in figures ("9/11") is a fraction before "of": "9/11 of a cup".
                if (!Cap(first) && !(IsNumberToken(first) && !Is(end, "of")) && !PlainElectionDay(first, end)) continue;
                if (TryHoliday(v, i, end, out hit)) return true;
                continue;
            }

            // "seven of the past eight contests", "the past three summers": a count follows, so "the past" only
            // picks which of them.
            if (v == "PAST_REF" && Count(end, out _) > end) continue;
            // "``Now, I hasten to add ...'' opening someone's words turns the talk rather than telling the time; opening
            // a sentence of the story ("Now, he works for the campaign") it sets the present against what went before.
            if (n == 1 && Is(i, "now") && IsPunct(end, ',') && IsQuote(i - 1)
                && (i - 1 == _sentStart || IsPunct(i - 2, ',') || IsPunct(i - 2, ':')))
                continue;
            // "One Wisconsin Now", "Liberty Now PAC": a capital "Now" after a capitalized word in a sentence of prose
            // ends a name; in a headline every word has a capital ("Trump Is Now Calling ...").
            if (n == 1 && Is(i, "now") && Cap(i) && !IsAllCaps(i) && i > _sentStart + 1 && Cap(i - 1) && _u[i - 1].Kind == TokenKind.Word
                && Prose())
                continue;
            // "will soon announce", "expects to soon name": a time just ahead. "as soon as", "soon after", "too soon to
            // say" and "was soon released" tell no time of their own, and a clause with no verb looking ahead may
            // tell of the past ("soon became a flood").
            if (n == 1 && Is(i, "soon") && !SoonAhead(i)) continue;
            // "now" inside "from now" belongs to a duration; "current" before a unit is handled as "this".
            hit = TimexHit.Of(end, v.Length > 1 && v[0] == 'P' && (char.IsAsciiDigit(v[1]) || v[1] is 'X' or 'T') ? TimexType.Duration : TimexType.Date, v);
            return true;
        }

        return false;
    }

    /// <summary>Whether "soon" at <paramref name="i"/> names a time ahead: a modal or "to" next to it, or a future cue in its clause.</summary>
    private bool SoonAhead(int i)
    {
        if (Is(i - 1, "as") || Is(i - 1, "too") || Is(i - 1, "so") || Is(i - 1, "how") || Is(i - 1, "very") || Is(i + 1, "as")
            || Is(i + 1, "after") || Is(i + 1, "before") || Is(i + 1, "thereafter") || Is(i + 1, "afterward") || Is(i + 1, "afterwards"))
            return false;
        // "not anytime soon", "won't happen any time soon": the phrase looks ahead by itself.
        if (Is(i - 1, "anytime") || (Is(i - 1, "time") && Is(i - 2, "any"))) return true;
        // "as we would soon learn", "said she would soon be home": ahead of a past moment, not of the article's date.
        if (Is(i - 1, "would") || Is(i + 1, "would")) return false;
        if (IsModal(i - 1) || IsModal(i + 1) || Is(i - 1, "to") || (Is(i - 2, "to") && Is(i - 1, "be"))) return true;
        return Tense(i, i + 1) > 0;
    }

    /// <summary>
    /// "vote on election day", "until election day": the US general election's day written small, as the day a time
    /// word such as "on" or "until" leads to. After an article or "every" it is some election's day in general.
    /// </summary>
    private bool PlainElectionDay(int first, int end) =>
        end == first + 2 && Is(first, "election") && Is(first + 1, "day")
        && (Is(first - 1, "on") || Is(first - 1, "until") || Is(first - 1, "till") || Is(first - 1, "by") || Is(first - 1, "before")
            || Is(first - 1, "after") || Is(first - 1, "since"));

    /// <summary>Whether the sentence is prose rather than a headline in title case: more of its words start small than with a capital.</summary>
    private bool Prose()
    {
        int lower = 0, upper = 0;
        for (int c = _sentStart; c < _sentEnd; c++)
        {
            if (_u[c].Kind != TokenKind.Word) continue;
            if (_u[c].Capital) upper++;
            else lower++;
        }

        return lower > upper;
    }

    private static bool SameWord(ReadOnlySpan<char> text, string word)
    {
        if (text.Length != word.Length) return false;
        for (int k = 0; k < text.Length; k++)
        {
            char a = char.ToLowerInvariant(text[k]), b = word[k];
            if (a == '’') a = '\'';
            if (a != b && a != char.ToLowerInvariant(b)) return false;
        }

        return true;
    }

    // "@D+1MO": grain, offset, optional part of day, from the last explicit date (else the article's date).
    private bool TryAnaphor(string v, int end, out TimexHit hit)
    {
        hit = default;
        var grain = v[1] switch { 'D' => Grain.Day, 'W' => Grain.Week, 'M' => Grain.Month, 'Q' => Grain.Quarter, 'Y' => Grain.Year, _ => Grain.None };
        if (grain == Grain.None) return false;
        int p = 2, offset = 0, sign = 1;
        if (p < v.Length && v[p] is '+' or '-')
        {
            sign = v[p] == '-' ? -1 : 1;
            p++;
        }

        while (p < v.Length && char.IsDigit(v[p])) offset = offset * 10 + (v[p++] - '0');
        string? part = p + 2 <= v.Length ? v.Substring(p, 2) : null;
        var reference = _lastAnchor.IsValid ? _lastAnchor : _dct;
        bool followed = false;
        // "that quarter" is the quarter last named, though a date inside it or a year may have come since.
        if (grain == Grain.Quarter && _quarterTold.IsValid) reference = _quarterTold;
        // "McCain's 62 percent support that year", after "the 2008 race" and "Trump's support today": the article's own
        // year would be "this year", so "that year" is the last earlier year told.
        if (grain == Grain.Year && offset == 0 && reference.Year == _dct.Year && _lastPastYear.IsValid) reference = _lastPastYear;
        // "the day before last Tuesday's hearing", "the day after Christmas": counted from the date that follows.
        if (offset != 0 && In(end) && (TryWeekday(end, out var after) || TryRelative(end, false, out after) || TryMonth(end, out after) || TryDeictic(end, out after)
                                       || (Cap(end) && TryPhrase(end, out after) && after.Point.Grain == Grain.Day))
            && after.Point.HasDate)
        {
            reference = after.Point;
            end = after.End;
            followed = true;
        }
        // "on that day back in March 2010", "that day in 2008": the date told right after says which day's time it is.
        else if (offset == 0 && (Is(end, "in") || (Is(end, "back") && Is(end + 1, "in")))
                 && TryMonth(Is(end, "in") ? end + 1 : end + 2, out var told) && told.Point.IsValid && told.Point.Year != _dct.Year)
        {
            hit = TimexHit.Of(told.End, told.Point);
            return true;
        }
        // "The day after the primary" after "voters waited on March 22 during the primaries", "the day before the Iowa
        // caucuses" after "the Feb. 1 Iowa caucuses": the event the story dated, whatever dates came since.
        else if (offset != 0 && grain == Grain.Day && part == null && (Role(end - 1) is WordRole.Before or WordRole.After)
                 && EventDayTold(end, out var eventDay))
        {
            reference = eventDay;
            followed = true;
        }
        else if (offset != 0 && (grain != Grain.Day || part != null) && (Role(end - 1) is WordRole.Before or WordRole.After) && In(end)
                 && _u[end].Kind is TokenKind.Word or TokenKind.Number)
        {
            // "the week before the 2016 convention", "the night before voters went to the polls": counted from an
            // event the text does not date; only standing alone ("the year before.") does it count from the last date.
            return false;
        }
        else if (offset != 0 && grain == Grain.Day && (Role(end - 1) is WordRole.Before or WordRole.After)
                 && In(end) && _u[end].Kind == TokenKind.Word && (!_lastAnchor.IsValid || NewEventAfter(end)))
        {
            // "The day after the primary", "the day before they head to the polls", with no date told before: a day
            // next to an event the text does not date. Counting from the article's date would invent one.
            // "the day after a man gunned down 49 people", "the day before they head to the polls": a clause or an
            // indefinite noun brings in an event the story has not dated, so the last date told (another event's) is
            // no anchor either. A definite one ("the day after his death") may be the event just dated.
            hit = TimexHit.Of(end, TimexType.Date, "XXXX-XX-XX");
            return true;
        }

        else if (offset == 0 && grain == Grain.Day && !_lastAnchor.IsValid && (Tense(end - 1, end) < 0 || PastFormNear(end - 2, end)))
        {
            // "What happened that day in the courtroom?", "That night, I could barely stop grinning": a past day the
            // story has not dated (a memoir, a scene told before any date). The article's date is the day of the
            // writing, not of the scene: the day stays unknown (TimeML's XXXX-XX-XX), with its part of day if told.
            hit = part is null ? TimexHit.Of(end, TimexType.Date, "XXXX-XX-XX") : TimexHit.Of(end, TimexType.Time, "XXXX-XX-XXT" + part);
            _undatedScene = true;
            return true;
        }

        var target = reference.To(grain);
        // "that day" after a date known only to its year or month: the last day told within it ("on Tuesday ... in
        // the 2016 race ... That night"); with none, an earlier year or month is as fine as the text goes ("the CIA's
        // Benghazi base that night" after "2012").
        if (target.Grain != grain && grain is Grain.Day or Grain.Week)
        {
            bool sameDay = offset == 0 && grain == Grain.Day && (Is(end - 2, "same") || Is(end - 3, "same"));
            if (_lastDay.IsValid && _lastDay.StartDate() >= reference.StartDate() && _lastDay.EndDate() <= reference.EndDate())
                target = _lastDay.To(grain);
            // "donated on June 27, 2014 ... registered the firm in 2010 ... donations made that same day": "the same day"
            // is the last day told; a year only told since is no day. "leads the 2016 race ... The same day" in 2015: a
            // year qualifying a contest running or ahead is no time the story is at, so with no day told the day is
            // unknown. A past one ("the 2012 attack ... that night") still dates the event the noun names.
            else if (offset == 0 && grain == Grain.Day && reference.Equals(_lastAnchor) && reference.Grain == Grain.Year
                     && ((sameDay && _lastDay.IsValid) || (_anchorQualifiesNoun && reference.Year >= _dct.Year)))
            {
                if (_lastDay.IsValid && _lastDay.StartDate() <= _dct.Date) target = _lastDay.To(grain);
                else
                {
                    hit = part is null ? TimexHit.Of(end, TimexType.Date, "XXXX-XX-XX") : TimexHit.Of(end, TimexType.Time, "XXXX-XX-XXT" + part);
                    return true;
                }
            }
            else if (_undatedScene && offset == 0 && grain == Grain.Day)
            {
                // "What happened that day in the courtroom? ... In 2012, another donor pleaded guilty ... That day, I was
                // jubilant": only years told since the undated scene, so it is still the scene's day.
                hit = part is null ? TimexHit.Of(end, TimexType.Date, "XXXX-XX-XX") : TimexHit.Of(end, TimexType.Time, "XXXX-XX-XXT" + part);
                return true;
            }
            else if (reference.Grain is Grain.Year or Grain.Month && reference.EndDate() < _dct.To(Grain.Month).StartDate())
            {
                // Only a story told of an earlier year or month: a plan ("in March") or this year leave it open.
                hit = TimexHit.Of(end, reference);
                return true;
            }
            else target = _dct.To(grain);
        }
        if (target.Grain == grain && offset != 0 && !target.TryShift(sign * offset, out target)) return false;
        if (part != null) target = target.To(Grain.Day).WithTime(-1, 0, part);
        hit = TimexHit.Of(end, target);
        // "fell to 1.45 percent from 1.51 percent the day before. ... the euro rose from $1.1074 the day before": a day
        // counted back names a time to compare with or background, while the story stays on its day; "the next day"
        // moves the story on, and the day that follows counts from it.
        hit.LooksBack = sign < 0 && offset > 0 && grain == Grain.Day && !followed;
        return true;
    }

    // A past form: a listed past ("took") or a word in -ed.
    private bool PastForm(int k) => Role(k) == WordRole.Past || EndsWithEd(k);

    // A past form that is no participle after an auxiliary ("he called", not "was called").
    private bool PastFinite(int k) => PastForm(k) && !AfterAuxiliary(k);

    /// <summary>
    /// Whether a past form ("happened", "discussed", "was") stands in the clause of [a, b): up to six units to the left
    /// and ten to the right, not across a quotation mark or a sentence's end. A regular past form that the lexicon does
    /// not list counts here, where <see cref="Tense"/> only reads the verbs it knows.
    /// </summary>
    private bool PastFormNear(int a, int b)
    {
        for (int k = a - 1; k >= _sentStart && k >= a - 6 && !IsQuote(k); k--)
            if (PastFinite(k)) return true;
        for (int k = b; k < _sentEnd && k < b + 10 && !IsQuote(k); k++)
        {
            // "on the same day that the Post reports ...": the verb beyond a relative word is another clause's.
            if ((IsModal(k) && !Is(k, "could") && !Is(k, "would")) || Is(k, "that") || Is(k, "which") || Is(k, "who") || Is(k, "when"))
                return false;
            if (PastFinite(k)) return true;
            // "That night, he could not sleep": "could" after a subject of its own is the past of "can"; right after the
            // day ("That night could decide the race") it is a guess about a night ahead.
            if (Is(k, "could") && k > b && !IsPunct(k - 1, ',')) return true;
        }

        return false;
    }

    /// <summary>
    /// The day the story gave the event named at <paramref name="k"/> ("the primary", "the Iowa caucuses"): an earlier
    /// date told to its day with the same head noun close by in its sentence, after it ("the Feb. 1 Iowa caucuses", "on
    /// March 22 during the primaries") or just before it ("the shooting on June 12"). The latest such date wins.
    /// </summary>
    private bool EventDayTold(int k, out TimePoint day)
    {
        day = default;
        int head = -1;
        if (Is(k, "the"))
        {
            // "election" is a time word only as the first of "election day" or "election night".
            for (int j = k + 1; j < k + 5 && In(j) && _u[j].Kind == TokenKind.Word && !ClosedClass(j) && (W(j) is null || Is(j, "election")); j++) head = j;
            // A common noun heads the event ("caucuses", "primary"); a name alone ("the Clintons") or a short word does not.
            if (head < 0 || _u[head].Capital || _u[head].End - _u[head].Start < 4 || IsPossessive(head + 1)) return false;
        }
        else
        {
            // "the day after he announced his run", "the day before Trump launched": the clause's past verb is the event,
            // dated where the story told it with the same verb ("Trump announced his run on June 16").
            int v = IsSubjectPronoun(k) ? k + 1 : Cap(k) && _u[k].Kind == TokenKind.Word && W(k) is null ? (Cap(k + 1) && W(k + 1) is null ? k + 2 : k + 1) : -1;
            if (v < 0 || !LowerWord(v) || !PastForm(v) || Is(v, "was") || Is(v, "were") || Is(v, "had")) return false;
            head = v;
        }

        var noun = _text.AsSpan(_u[head].Start, _u[head].End - _u[head].Start);
        if (_daysTold.Count == 0) return GeneralElectionAt(k, head, out day);
        for (int t = _daysTold.Count - 1; t >= 0; t--)
        {
            var told = _daysTold[t];
            int from = Math.Max(told.SentenceStart, told.First - 4), to = Math.Min(told.SentenceEnd, told.End + 7);
            for (int m = from; m < to; m++)
            {
                if (m >= told.First && m < told.End) continue;
                if (_u[m].Kind == TokenKind.Word && SameNoun(_text.AsSpan(_u[m].Start, _u[m].End - _u[m].Start), noun))
                {
                    day = told.Point;
                    return true;
                }
            }
        }

        return GeneralElectionAt(k, head, out day);
    }

    /// <summary>
    /// "the election", "the general election", "the presidential election" from <paramref name="k"/> ("the") to
    /// <paramref name="head"/>, in its season: Election Day, the one day of it the lexicon knows. A named contest ("the
    /// Iowa election", "the primary election") is not it.
    /// </summary>
    private bool GeneralElectionAt(int k, int head, out TimePoint day)
    {
        day = default;
        if (!Is(head, "election")) return false;
        for (int j = k + 1; j < head; j++)
            if (!(Is(j, "general") || Is(j, "presidential") || Is(j, "november"))) return false;
        return ElectionDayInSeason(out day);
    }

    /// <summary>Whether two words are one noun, in the singular or the plural ("primary"/"primaries", "caucus"/"caucuses").</summary>
    private static bool SameNoun(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        if (a.Length < 3) return false;
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase)) return true;
        // "debate"/"debates", "caucus"/"caucuses", "primary"/"primaries".
        if (b.Length == a.Length + 1) return b.StartsWith(a, StringComparison.OrdinalIgnoreCase) && (b[^1] | ' ') == 's';
        if (b.Length != a.Length + 2 || !b.EndsWith("es", StringComparison.OrdinalIgnoreCase)) return false;
        return b.StartsWith(a, StringComparison.OrdinalIgnoreCase)
               || ((a[^1] | ' ') == 'y' && (b[^3] | ' ') == 'i' && b.StartsWith(a[..^1], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the words after "the day after/before" open a clause or an indefinite noun ("a man gunned down",
    /// "they head to the polls", "polls closed", "Republicans completed"): an event new to the story. A definite noun
    /// ("the shooting", "his death"), "that", "next" or a preposition ("the day before at a conference", "endorsed the
    /// day before by") refers back.
    /// </summary>
    private bool NewEventAfter(int k)
    {
        if (Is(k, "the") || Is(k, "his") || Is(k, "her") || Is(k, "their") || Is(k, "its") || Is(k, "this") || Is(k, "that")
            || Is(k, "these") || Is(k, "those") || Is(k, "next") || Is(k, "our") || Is(k, "my") || Is(k, "your"))
            return false;
        if (Is(k, "at") || Is(k, "in") || Is(k, "on") || Is(k, "by") || Is(k, "with") || Is(k, "to") || Is(k, "for") || Is(k, "from")
            || Is(k, "of") || Is(k, "and") || Is(k, "or") || Is(k, "but") || Is(k, "as") || Is(k, "was") || Is(k, "is")
            || Is(k, "had") || Is(k, "when") || Is(k, "then") || Is(k, "too") || Is(k, "also"))
            return false;
        return true;
    }

    // "#12-25" a fixed date; "#N4-4-11" the fourth Thursday of November (5 = the last); "#=2001-09-11,..." the days
    // a named event fell on; a final "E" holds the day in even years only.
    private bool TryHoliday(string v, int start, int end, out TimexHit hit)
    {
        hit = default;
        // "a Christmas card", "Halloween masks": a kind of thing named for the holiday.
        if (Role(end) == WordRole.Custom && LowerWord(end)) return false;
        int tense = Tense(start, end);
        if (v[1] == '=' || v[^1] == 'E') return TryOccasion(v, tense, end, out hit);
        int year = _dct.Year;
        if (YearAfter(end, out int y) > 0)
        {
            year = y;
            end++;
        }
        else if (_yearBefore > 0)
        {
            y = year = _yearBefore;
        }

        for (int attempt = 0; attempt < 3; attempt++)
        {
            if (!HolidayDate(v, year, out var date)) return false;
            var dctDate = _dct.Date;
            // "Easter week", "Thanksgiving week": the week the day falls in, which may have begun before the day.
            bool week = W(end) is { Unit: Grain.Week, UnitPlural: false } && !Hyphen(end);
            var point = week ? date.To(Grain.Week) : date;
            if (!(y > 0 || attempt == 2))
            {
                if (tense > 0 && point.EndDate() < dctDate) { year++; continue; }
                // A past verb pulls a day a year back only when this year's is more than a month off: "Christmas Eve
                // was booked" two days before it is this year's.
                if (tense <= 0 && point.StartDate() > dctDate.AddDays(tense < -1 ? 0 : tense < 0 ? 30 : 45)) { year--; continue; }
            }

            hit = TimexHit.Of(week ? end + 1 : end, point);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A day held only some years: an event with its own dates ("Super Tuesday", "9/11") or a day of even years (US
    /// Election Day). News looks ahead to such a day as much as back, so it is the nearest one either way unless a
    /// tense cue says which; a year after the name picks that year's.
    /// </summary>
    private bool TryOccasion(string v, int tense, int end, out TimexHit hit)
    {
        hit = default;
        int named = YearAfter(end, out int y) > 0 ? y : _yearBefore;
        var dct = _dct.Date;
        TimePoint best = default;
        long bestScore = long.MaxValue;
        if (v[1] == '=')
        {
            // "#=1988-03-08,1992-03-10": ten characters a date, a comma between.
            for (int p = 2; p + 10 <= v.Length; p += 11)
            {
                var d = v.AsSpan(p, 10);
                if (!ParseInt(d[..4], out int year) || !ParseInt(d.Slice(5, 2), out int m) || !ParseInt(d.Slice(8, 2), out int day)
                    || !TimePoint.TryDate(year, m, day, out var date))
                    continue;
                Consider(date);
            }
        }
        else
        {
            for (int year = (_dct.Year & ~1) - 4; year <= (_dct.Year & ~1) + 4; year += 2)
            {
                if (HolidayDate(v[..^1], year, out var date)) Consider(date);
            }
        }

        if (!best.IsValid) return false;
        hit = TimexHit.Of(named > 0 && named != _yearBefore ? end + 1 : end, best);
        return true;

        void Consider(TimePoint date)
        {
            if (named > 0 && date.Year != named) return;
            var on = date.StartDate();
            // As for months: a past cue weighs days ahead five times, past beyond doubt rules them out.
            long score = on > dct ? (tense < -1 ? 1_000_000L : 0) + (on.DayNumber - dct.DayNumber) * (tense < 0 ? 5 : 1)
                : (tense > 0 && on < dct ? 1_000_000L : 0) + (dct.DayNumber - on.DayNumber);
            if (score < bestScore)
            {
                bestScore = score;
                best = date;
            }
        }
    }

    /// <summary>
    /// "election night", "an election-night party": the night of the US general election when the article is written in
    /// its season (from September of an even year to the winter after), as Election Day is. In the months of primaries
    /// it is the night of some primary the words do not name, and it is left unmarked.
    /// </summary>
    private bool TryElectionNight(int k, out TimexHit hit)
    {
        hit = default;
        if (!Is(k, "election") || !Is(k + 1, "night") || !ElectionDayInSeason(out var day)) return false;
        hit = TimexHit.Of(k + 2, day.WithTime(-1, 0, "NI"));
        return true;
    }

    /// <summary>
    /// The US general election's day when the article is written in its season: from September of an even year to the
    /// winter after.
    /// </summary>
    private bool ElectionDayInSeason(out TimePoint day)
    {
        day = default;
        var dct = _dct.Date;
        int year = dct.Month >= 9 ? dct.Year : dct.Year - 1;
        if ((year & 1) != 0 || !HolidayDate("#N1-1-11+1", year, out day)) return false;
        return dct >= new DateOnly(year, 9, 1) && dct.DayNumber <= day.StartDate().DayNumber + 75;
    }

    private static bool HolidayDate(string v, int year, out TimePoint date)
    {
        date = default;
        if (v.Length == 6 && v[3] == '-')
        {
            int m = (v[1] - '0') * 10 + (v[2] - '0'), d = (v[4] - '0') * 10 + (v[5] - '0');
            return TimePoint.TryDate(year, m, d, out date);
        }

        if (v.Length >= 4 && v[1] == 'E' && v[2] is '+' or '-' && int.TryParse(v.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out int shift))
        {
            // Movable feasts count from Easter Sunday ("#E-2" Good Friday).
            if (year is < 1583 or > 9998) return false;
            var easter = EasterSunday(year).AddDays(v[2] == '-' ? -shift : shift);
            date = TimePoint.FromDate(easter);
            return true;
        }

        if (v.Length == 10 && v[1] == 'N' && v[8] == '+' && v[9] is >= '0' and <= '9')
        {
            // "the Tuesday after the first Monday of November": a weekday rule plus some days.
            if (!HolidayDate(v[..8], year, out var basis)) return false;
            return basis.TryShift(v[9] - '0', out date);
        }

        if (v.Length == 8 && v[1] == 'N')
        {
            int nth = v[2] - '0', wd = v[4] - '0', month = (v[6] - '0') * 10 + (v[7] - '0');
            if (month is < 1 or > 12 || year is < 1 or > 9999) return false;
            if (nth == 5)
            {
                var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
                int back = (IsoDay(last) - wd + 7) % 7;
                date = TimePoint.FromDate(last.AddDays(-back));
                return true;
            }

            var first = new DateOnly(year, month, 1);
            int fwd = (wd - IsoDay(first) + 7) % 7;
            return TimePoint.TryDate(year, month, 1 + fwd + 7 * (nth - 1), out date);
        }

        return false;
    }

    /// <summary>Easter Sunday of a Gregorian year, by the usual computus (golden number, century corrections, epact).</summary>
    private static DateOnly EasterSunday(int year)
    {
        int golden = year % 19, century = year / 100, yearOfCentury = year % 100;
        int skipped = century / 4, centuryRest = century % 4;
        int moonCorrection = (century + 8) / 25;
        int solarCorrection = (century - moonCorrection + 1) / 3;
        int epact = (19 * golden + century - skipped - solarCorrection + 15) % 30;
        int leapDays = yearOfCentury / 4, yearRest = yearOfCentury % 4;
        int weekday = (32 + 2 * centuryRest + 2 * leapDays - epact - yearRest) % 7;
        int correction = (golden + 11 * epact + 22 * weekday) / 451;
        int monthDay = epact + weekday - 7 * correction + 114;
        return new DateOnly(year, monthDay / 31, monthDay % 31 + 1);
    }

    private static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    // ---- today, yesterday, tonight, noon --------------------------------------------------------------------

    private bool PeopleNoun(int k) =>
        Is(k, "country") || Is(k, "nation") || Is(k, "world") || Is(k, "America") || Is(k, "Americans") || Is(k, "Democrats")
        || Is(k, "Republicans") || Is(k, "people") || Is(k, "anyone") || Is(k, "everyone") || Is(k, "society") || Is(k, "party");

    /// <summary>
    /// Whether "Today," opens the sentence (after "And" or "But" at most) and its clause tells a state in the simple
    /// present of a third person: "Today, that same membership costs $25,000", "Today, Mr. Cruz serves as ...", "And
    /// today, the right to work is equal to ...". A speaker's own day ("Today, I'm here to tell you", "Today, we
    /// mourn"), a progressive ("Today, crowds are gathering"), a past or a plan keep the article's day.
    /// </summary>
    private bool StateNowAfterOpeningToday(int k)
    {
        if (!(k == _sentStart || (k == _sentStart + 1 && (Is(_sentStart, "and") || Is(_sentStart, "but")))) || !IsPunct(k + 1, ',')) return false;
        for (int j = k + 2; j < k + 10 && In(j); j++)
        {
            if (_u[j].Kind is TokenKind.Punct or TokenKind.Quote) return false;
            if (Is(j, "I") || Is(j, "we") || Is(j, "you") || Is(j, "'m") || Is(j, "’m") || IsModal(j) || Role(j) is WordRole.Past or WordRole.Future
                || (EndsWithEd(j) && !Is(j - 1, "are") && !Is(j - 1, "is")))
                return false;
            if (StativePresent(j))
            {
                var next = Sp(j + 1);
                return !(LowerWord(j + 1) && next.Length > 4 && next.EndsWith("ing", StringComparison.Ordinal));
            }
        }

        return false;
    }

    /// <summary>
    /// "even today", "still today", "just as strong today as she was", "as true today as it was a week ago": the present
    /// set against a time before it, which is the present age rather than the article's day.
    /// </summary>
    private bool NowAgainstThen(int k) =>
        !Cap(k) && ((Is(k - 1, "even") && !Is(k - 2, "not")) || Is(k - 1, "still")
                    || (Is(k + 1, "as") && (Is(k - 2, "as") || Is(k - 3, "as")) && LowerWord(k - 1) && W(k - 1) is null));

    // The simple present of "be", "have" and verbs of a lasting state: what holds now, not what happens today.
    private bool StativePresent(int k) =>
        Is(k, "is") || Is(k, "are") || Is(k, "has") || Is(k, "have") || Is(k, "remains") || Is(k, "remain") || Is(k, "lives")
        || Is(k, "live") || Is(k, "costs") || Is(k, "cost") || Is(k, "feels") || Is(k, "feel") || Is(k, "serves") || Is(k, "exists")
        || Is(k, "exist") || Is(k, "seems") || Is(k, "seem") || Is(k, "stands") || Is(k, "lacks") || Is(k, "owns") || Is(k, "own")
        || Is(k, "employs") || Is(k, "depends") || Is(k, "belongs") || Is(k, "means") || Is(k, "accounts");

    private bool ProgrammeNoun(int k) => Is(k, "show") || Is(k, "anchor") || Is(k, "host") || Is(k, "co-host") || Is(k, "program") || Is(k, "programme");

    /// <summary>
    /// Whether a noun of an age ("world", "youth", "market") heads the words from <paramref name="p"/>: itself, or after
    /// up to three plain words of its own ("booming merger market", "more stridently ideological media"); a word the
    /// time lexicon knows, a capital or a short function word ends the look ("today's speech in the world").
    /// </summary>
    private bool AgeNounAhead(int p)
    {
        // "today's Washington" is the city's politics now; "today's Washington Post" the paper of the day.
        if (Role(p) == WordRole.Era) return !(Cap(p) && Cap(p + 1));
        for (int n = 0; n < 3 && LowerWord(p) && W(p) is null && Sp(p).Length > 3 && !IsDeterminer(p); n++)
        {
            p++;
            if (Role(p) == WordRole.Era && !Cap(p)) return true;
        }

        return false;
    }

    private bool TryDeictic(int k, out TimexHit hit)
    {
        hit = default;
        var w = W(k);
        if (w is null) return false;
        if (w.HasDeictic)
        {
            // "VOA Today", "USA Today": a capital after a capitalized word names a programme or a paper; in capitals
            // too ("USA TODAY") when the words around are not, so the line is no headline.
            if (Cap(k) && k > _sentStart && Cap(k - 1) && _u[k - 1].Kind == TokenKind.Word
                && (!IsAllCaps(k) || (IsAllCaps(k - 1) && (LowerWord(k - 2) || LowerWord(k + 1))) || (Is(k, "today") && Is(k - 1, "USA"))))
                return false;
            // "NBC's Today show", "a ''Today'' anchor": the morning programme.
            if (Is(k, "today") && Cap(k) && !IsAllCaps(k) && k > _sentStart && (ProgrammeNoun(k + 1) || (IsQuote(k + 1) && ProgrammeNoun(k + 2))
                                                                            || Is(k - 1, "NBC") || (IsPossessive(k - 1) && Is(k - 2, "NBC"))))
                return false;
            // "visited NBC's “Today” to discuss", "a job on ''Today.''": a quotation of the one word is the programme's name.
            if (Is(k, "today") && Cap(k) && IsQuote(k - 1) && (IsQuote(k + 1) || (In(k + 1) && _u[k + 1].Kind == TokenKind.Punct && IsQuote(k + 2))))
                return false;
            // "the challenges facing our country today", "Democrats today", "anyone today who wants": people or a
            // polity now, told in the present, is the present age (PRESENT_REF), not the article's day.
            // "kids today", "the economy today is weak", "life today": a noun of an age (ERA) so too.
            // "Dues were $6,612 a year. Today, that same membership costs $25,000": a state told in the simple present
            // after an opening "Today," sets now against then.
            if (Is(k, "today") && ((!Cap(k) && (PeopleNoun(k - 1) || (Role(k - 1) == WordRole.Era && LowerWord(k - 1))) && Tense(k, k + 1) >= 0)
                                   || StateNowAfterOpeningToday(k) || NowAgainstThen(k)))
            {
                hit = TimexHit.Of(k + 1, TimexType.Date, "PRESENT_REF");
                return true;
            }

            // "today's youth", "in today's fast computers": the present age, which TimeBank leaves unmarked.
            if (w.Deictic == 0 && IsPossessive(k + 1) && AgeNounAhead(k + 2)) return false;
            // "the problems of today", "the leaders of tomorrow", "the rhetoric of yesterday": an age, not a day ("as of
            // today" and "the end of today" stay the day).
            // "the ''ambush journalist'' of today": a closing quotation mark may stand between the noun and "of". "Imagine
            // a tomorrow where ...": after "a" the word is a noun for a time, not a day.
            int noun = IsQuote(k - 2) ? k - 3 : k - 2;
            if ((Is(k - 1, "of") && !IsPossessive(k + 1) && W(k + 1) is not { DayPart: not null } && !Is(k - 2, "as")
                 && In(noun) && _u[noun].Kind == TokenKind.Word && W(noun) is null && !Is(k, "tonight"))
                || ((Is(k - 1, "a") || Is(k - 1, "an")) && !Is(k, "tonight")))
            {
                hit = TimexHit.Of(k + 1, TimexType.Date, w.Deictic < 0 ? "PAST_REF" : w.Deictic > 0 ? "FUTURE_REF" : "PRESENT_REF");
                return true;
            }

            if (!_dct.TryShift(w.Deictic, out var day)) return false;
            if (Is(k, "tonight")) { hit = TimexHit.Of(k + 1, day.WithTime(-1, 0, "NI")); return true; }
            if (W(k + 1) is { DayPart: { } part } && !Is(k + 1, "overnight"))
            {
                hit = TimexHit.Of(k + 2, WithPart(day, part));
                return true;
            }

            hit = TimexHit.Of(k + 1, day);
            return true;
        }

        // "noon Thursday", "midnight": named clock instants.
        if (w.DayPart is { Length: 5 } clock && clock[2] == ':' && !Is(k - 1, "high") && (!Cap(k) || k == _sentStart))
        {
            int e = k + 1;
            var day = RefDay();
            bool named = TryDayAfter(e, k, out var dayHit);
            if (named) { day = dayHit.Point; e = dayHit.End; }
            if (clock == "24:00" && NearMidnight(k, named, ref day, out string? part))
            {
                hit = TimexHit.Of(e, part is null ? WithPart(day, "00:00") : day.WithTime(-1, 0, part));
                if (part is not null)
                {
                    _clockEnd = e;
                    _clockValue = hit.Point;
                    _clock = WithPart(day, clock);
                }
                return true;
            }

            hit = TimexHit.Of(e, WithPart(day, clock));
            return true;
        }

        return false;
    }

    /// <summary>
    /// A part of day with no day named: "in the morning", "by mid-afternoon", "mid-afternoon yesterday". It is the
    /// part of the last explicit day (else the article's); "the night" stays out, as it is mostly a figure of speech.
    /// </summary>
    private bool TryBareDayPart(int k, bool the, out TimexHit hit)
    {
        hit = default;
        if (W(k) is not { DayPart: { Length: 2 } part } || part == "NI" || Sp(k)[^1] == 's' || (_u[k].Capital && k > _sentStart)) return false;
        bool led = the ? Is(k - 2, "in") || Is(k - 2, "by") || Is(k - 2, "during") : Role(k - 1) == WordRole.Mid;
        if (!led || Hyphen(k + 1)) return false;
        // "an upheaval in the morning shows", "a host in the evening news": a kind of programme, not a time of day.
        if (ProgrammeNoun(k + 1) || Is(k + 1, "shows") || Is(k + 1, "programs") || Is(k + 1, "news") || Is(k + 1, "newscast")
            || Is(k + 1, "newscasts") || Is(k + 1, "paper") || Is(k + 1, "papers") || Is(k + 1, "edition") || Is(k + 1, "editions")
            || Is(k + 1, "anchors") || Is(k + 1, "hosts") || Is(k + 1, "broadcast") || Is(k + 1, "broadcasts"))
            return false;
        var day = RefDay();
        int e = k + 1;
        if (TryDayAfter(e, k, out var dayHit)) { day = dayHit.Point; e = dayHit.End; }
        hit = TimexHit.Of(e, WithPart(day, part));
        return true;
    }

    /// <summary>
    /// "shortly before midnight", "just after midnight": a time near midnight, on one side of it. TimeML gives a vague
    /// time of day its part: before midnight is the evening of the day (its TNI, as no clock time is told); after
    /// midnight is the next day's first hour (T00:00, the nearest instant the text gives). With no day told, a past
    /// "after midnight" is the midnight the article's own day began with.
    /// </summary>
    private bool NearMidnight(int k, bool named, ref TimePoint day, out string? part)
    {
        part = null;
        if (Is(k - 1, "before"))
        {
            part = "NI";
            return true;
        }

        // "after midnight Friday" may be early Friday or early Saturday: the named day's T24:00 stays.
        if (named || !(Is(k - 1, "after") || Is(k - 1, "past"))) return false;
        if (!_lastAnchor.HasDate && Tense(k - 1, k + 1) < 0) return true; // the article's day, from its first minutes
        return day.TryShift(1, out day);
    }

    private static TimePoint WithPart(TimePoint day, string part)
    {
        if (part.Length == 5 && part[2] == ':')
        {
            int h = (part[0] - '0') * 10 + (part[1] - '0');
            return day.WithTime(h, 0, null);
        }

        return day.WithTime(-1, 0, part);
    }

    /// <summary>The day a bare clock time belongs to: the last explicit day, else the article's date.</summary>
    private TimePoint RefDay() => _lastAnchor.HasDate ? _lastAnchor.To(Grain.Day) : _dct;

    /// <summary>A day right after a clock time: "Thursday", "today", "Nov. 9", optionally after a comma.</summary>
    private bool TryDayAfter(int e, int from, out TimexHit hit)
    {
        hit = default;
        if (IsPunct(e, ',')) e++;
        if (!In(e)) return false;
        if ((TryWeekday(e, from, out hit) || TryDeictic(e, out hit) || TryMonth(e, out hit)) && hit.Point.HasDate)
        {
            hit.Point = hit.Point.To(Grain.Day);
            return true;
        }

        return false;
    }

    // ---- last/next/this/past + unit --------------------------------------------------------------------------

    private bool TryRelative(int k, bool the, out TimexHit hit)
    {
        hit = default;
        var w = W(k);
        if (w is null || !w.HasRelative) return false;
        // "Following Wednesday's leak": without "the", "following" is a preposition, not "the following Wednesday".
        if ((Is(k, "following") || Is(k, "preceding")) && !the && !Is(k - 1, "the")) return false;
        // "the last week of the race", "the last day of the session": the final one of something, not a week ago.
        if ((the || Is(k - 1, "the")) && Is(k, "last") && W(k + 1) is { Unit: not Grain.None, UnitPlural: false } && Is(k + 2, "of")) return false;
        int r = w.Relative;
        int j = k + 1;
        bool thisPast = false;
        if (Is(k, "this") && (Is(j, "past") || Is(j, "coming")))
        {
            // "this past spring": the latest one, which may be this year's.
            thisPast = Is(j, "past");
            r = thisPast ? -1 : 1;
            j++;
        }

        bool anaphoric = the && (Is(k, "following") || Is(k, "previous") || Is(k, "preceding") || Is(k, "prior"));
        var basis = anaphoric && _lastAnchor.IsValid ? _lastAnchor : _dct;
        if (Role(j) == WordRole.Fiscal) j++;
        var next = W(j);
        if (next is null && !IsNumberToken(j)) return false;

        if (next is { Weekday: > 0, WeekdayPlural: false } && Cap(j))
        {
            var day = basis.To(Grain.Day);
            int mode = r < 0 ? -2 : r > 0 ? 2 : Tense(k, j + 1) < 0 ? -1 : 1;
            if (!WeekdayFrom(day, next.Weekday, mode, out var date)) return false;
            int e = j + 1;
            if (W(e) is { DayPart: { } part }) { hit = TimexHit.Of(e + 1, WithPart(date, part)); return true; }
            hit = TimexHit.Of(e, date);
            return true;
        }

        if (next is { Month: > 0 } && Cap(j))
        {
            int year = _dct.Year;
            int day = Digits(j + 1, out int dl);
            if (dl is 1 or 2 && TimePoint.TryDate(_dct.Year, next.Month, day, out var date))
            {
                // "last Oct. 23": the latest such day before the article; "next Oct. 23" the first after.
                if (r < 0 && date.Date >= _dct.Date) year--;
                if (r > 0 && date.Date <= _dct.Date) year++;
                if (!TimePoint.TryDate(year, next.Month, day, out date)) return false;
                hit = TimexHit.Of(j + 2, date);
                return true;
            }

            if (r < 0 && next.Month >= _dct.Sub) year--;
            if (r > 0 && next.Month <= _dct.Sub) year++;
            // "will open this March" written in December: the one ahead, as the verb says (see the seasons below).
            if (r == 0 && !thisPast && next.Month < _dct.Sub && Tense(k, j + 1) > 0) year++;
            hit = TimexHit.Of(j + 1, new TimePoint(Grain.Month, year, next.Month));
            return true;
        }

        // "This Week", "Next Year" capitalized inside a sentence are titles of shows and papers.
        if (Cap(k) && Cap(j) && k > _sentStart && !IsAllCaps(k)) return false;

        if (next is { Season: > 0 })
        {
            // "last spring", "this past spring": the latest one that is over ("last summer" in December is this
            // year's, "last winter" in January the one before the winter under way); "next fall" the first one ahead.
            var now = _dct.To(Grain.Season);
            int current = now.Sub, year = now.Year;
            if (r < 0)
            {
                year = _dct.Year;
                for (int back = 0; back < 3 && new TimePoint(Grain.Season, year, next.Season).EndDate() >= _dct.Date; back++) year--;
            }

            if (r > 0 && next.Season <= current) year++;
            // "this summer" in February is the summer of the article's year, not of the winter under way, which
            // began the year before.
            if (r == 0 && next.Season != current) year = _dct.Year;
            // "are expecting their second child this summer" written in December: a season over this year, told with
            // a verb looking ahead, is next year's.
            if (r == 0 && new TimePoint(Grain.Season, year, next.Season).EndDate() < _dct.Date && Tense(k, j + 1) > 0) year++;
            hit = TimexHit.Of(j + 1, new TimePoint(Grain.Season, year, next.Season));
            return true;
        }

        if (next is { Role: WordRole.Half } && r < 0 && Is(k, "last") && !Is(j, "halves"))
        {
            // "the last half of 1989": the second half.
            return PeriodWithYear(new TimePoint(Grain.Half, _dct.Year, 2), k, j + 1, out hit);
        }

        if (next is { DayPart: { Length: 2 } dayPart })
        {
            // "last night" is yesterday's; "this morning" today's.
            if (r > 0 || !_dct.TryShift(r < 0 ? -1 : 0, out var day)) return false;
            hit = TimexHit.Of(j + 1, day.WithTime(-1, 0, dayPart));
            return true;
        }

        if (next is { Unit: not Grain.None, UnitPlural: false } u)
        {
            var unit = u.Unit;
            if (unit is Grain.Time or Grain.Day) return false;
            if (u.UnitCode == "FN") return false;
            // "the past decade", and "raise $1 trillion over the next decade", "grew over the last decade": a stretch
            // measured out ("in the last decade" names the calendar decade).
            if ((Is(k, "past") || (Is(k - 1, "the") && Is(k - 2, "over") && (Is(k, "next") || Is(k, "last") || Is(k, "coming"))))
                && unit is Grain.Decade or Grain.Century)
            {
                hit = TimexHit.Duration(j + 1, 1, u.UnitCode!);
                return true;
            }

            // "this past week", "the past week" late in the week (Thursday to Sunday): the week that is ending, the seven
            // days just gone; early in the week, the week before.
            bool pastWeekEnding = unit == Grain.Week && r < 0 && (thisPast || Is(k, "past")) && !anaphoric && IsoDay(_dct.Date) >= 4;
            if (pastWeekEnding) r = 0;
            var point = basis.To(unit == Grain.Weekend ? Grain.Week : unit);
            if (point.Grain != (unit == Grain.Weekend ? Grain.Week : unit) || !point.TryShift(r, out point)) return false;
            if (unit == Grain.Weekend)
            {
                // "This weekend, she complained" on a Tuesday: the weekend just gone. Early in the week with no tense,
                // news mostly reports the one that has passed; later in the week, the one to come.
                int dow = IsoDay(_dct.Date);
                if (r == 0 && dow < 6 && (Role(k - 1) == WordRole.Earlier || Tense(k, j + 1) is var tense && (tense < 0 || (tense == 0 && dow <= 2)))
                    && !point.TryShift(-1, out point))
                    return false;
                // "the coming weekend", "this coming weekend" on a weekday: the one ending this week.
                if (r > 0 && (Is(k, "coming") || Is(k - 1, "this")) && dow < 6 && !point.TryShift(-1, out point))
                    return false;
                point = new TimePoint(Grain.Weekend, point.Year, point.Sub);
            }
            // "The party will meet this week" and "this week's spring meeting" in a Sunday paper: the week that starts
            // the next day. The ISO week ends on Sunday; news counts its weeks from Sunday.
            if (unit == Grain.Week && r == 0 && !anaphoric && !pastWeekEnding && IsoDay(_dct.Date) == 7 && Role(k - 1) != WordRole.Earlier
                && (IsPossessive(j + 1) || Tense(k, j + 1) > 0) && !point.TryShift(1, out point))
                return false;
            if (unit == Grain.Decade) point = new TimePoint(Grain.Decade, point.Year, open: true);
            int e = j + 1;
            // "this year's third quarter", "next year's first quarter"
            if (unit == Grain.Year && Is(e, "'s") && Ordinal(e + 1) is >= 1 and <= 4 && W(e + 2) is { Unit: Grain.Quarter, UnitPlural: false })
            {
                hit = TimexHit.Of(e + 3, new TimePoint(Grain.Quarter, point.Year, Ordinal(e + 1)));
                return true;
            }

            // "last year's quarter", "last year's period" in results news: the reported quarter, a year back.
            if (unit == Grain.Year && r != 0 && IsPossessive(e) && (Is(e + 1, "period") || W(e + 1) is { Unit: Grain.Quarter, UnitPlural: false })
                && _lastQuarter.IsValid)
            {
                hit = TimexHit.Of(e + 2, new TimePoint(Grain.Quarter, point.Year, _lastQuarter.Sub));
                hit.Derived = true;
                return true;
            }

            hit = TimexHit.Of(e, point);
            return true;
        }

        int ce = Count(j, out int n);
        if (ce > 0)
        {
            if ((Is(ce, "to") || Is(ce, "or")) && Count(ce + 1, out _) is > 0 and var ce2 && W(ce2) is { Unit: not Grain.None }) ce = ce2;
            if (W(ce) is { Unit: not Grain.None, UnitCode: { } code } && (n != 1 || Is(j, "one")) && !(Hyphen(ce + 1) && (Is(ce + 1, "old") || Is(ce + 1, "olds"))))
            {
                hit = TimexHit.Duration(ce + 1, n, code);
                return true;
            }

            return false;
        }

        if (next is { Unit: not Grain.None, UnitPlural: true, UnitCode: { } pcode })
        {
            if (r < 0) { hit = TimexHit.Of(j + 1, TimexType.Date, "PAST_REF"); return true; }
            if (r > 0) { hit = TimexHit.Duration(j + 1, -1, pcode); return true; }
        }

        return false;
    }

    /// <summary>The day with ISO weekday <paramref name="wd"/> near <paramref name="from"/>: mode -1 on or before, +1 on or after, ±2 strictly.</summary>
    private static bool WeekdayFrom(TimePoint from, int wd, int mode, out TimePoint date)
    {
        int dow = IsoDay(from.Date);
        int back = (dow - wd + 7) % 7, fwd = (wd - dow + 7) % 7;
        int shift = mode switch
        {
            -1 => -back,
            -2 => back == 0 ? -7 : -back,
            1 => fwd,
            _ => fwd == 0 ? 7 : fwd,
        };
        return from.TryShift(shift, out date);
    }

    // ---- weekdays --------------------------------------------------------------------------------------------

    private bool TryWeekday(int k, out TimexHit hit) => TryWeekday(k, k, out hit);

    /// <summary>A day name; <paramref name="from"/> is where the whole expression starts, for its tense ("until 9 a.m. Tuesday").</summary>
    private bool TryWeekday(int k, int from, out TimexHit hit)
    {
        hit = default;
        if (W(k) is not { Weekday: > 0 } w || !Cap(k) || FirstNameAt(k) || PaperNamed(k)) return false;
        int e = k + 1;
        if (w.WeekdayPlural)
        {
            string set = "XXXX-WXX-" + w.Weekday.ToString(CultureInfo.InvariantCulture);
            if (W(e) is { DayPart: { Length: 2 } p }) { set += "T" + p; e++; }
            hit = TimexHit.Of(e, TimexType.Set, set);
            return true;
        }

        // "Tuesday nights" recur; so does "Monday" in "Monday and Tuesday nights", which shares the plural part of day.
        int pe = (Is(e, "and") || Is(e, "or")) && W(e + 1) is { Weekday: > 0, WeekdayPlural: false } && Cap(e + 1) ? e + 1 : e - 1;
        if (W(pe + 1) is { DayPart: { Length: 2 } rp } && Sp(pe + 1)[^1] is 's' or 'S')
        {
            string set = "XXXX-WXX-" + w.Weekday.ToString(CultureInfo.InvariantCulture) + "T" + rp;
            hit = TimexHit.Of(pe == e - 1 ? e + 1 : e, TimexType.Set, set);
            return true;
        }

        // "Friday, Oct. 23" and "Monday, 5 October": the written date wins.
        int d = IsPunct(e, ',') ? e + 1 : e;
        if ((TryMonth(d, out var dated) || TryDayMonth(d, out dated)) && dated.Point.HasDate)
        {
            hit = dated;
            return true;
        }

        // The tense around the day is read at most once, and only where a plainer cue has not decided.
        bool pastBefore = RegularPastBefore(from) || FrontedBeforePast(from, e);
        int? tense = null;
        int lean = pastBefore ? NoLean : DayLean(from, e);
        // "is raising questions about Monday's debate": a day that names a thing other than a vote keeps its own time.
        if (lean == LeanNearer && IsPossessive(e) && !NamedVoteAfter(e + 1) && !PlannedEventFor(from, e)) lean = NoLean;
        if (lean == NoLean && !pastBefore)
        {
            // "— in Arizona, Idaho and Utah on Tuesday": a phrase after a dash with no verb of its own names the time of
            // the noun before the dash ("the next series of contests").
            lean = DashLean(from);
            // "his address Sunday about terrorism will be a major topic": a day inside the subject of "will" dates the
            // thing the subject names, which is over; what "will" tells follows from it.
            if (lean == NoLean && InSubjectOfWill(from, e)) lean = LeanBehind;
            // "If he follows up his Tuesday wins in Idaho and Utah with a wide victory in Washington state on Saturday,
            // ...": a day inside a long clause that opens the sentence with "if" or "when" leans as that clause does.
            if (lean == NoLean && InOpeningSubordinate(from)) lean = SubordinateLean(_sentStart, from, e);
        }

        // "on Thursday after the president meets Sanders": a clause in the present after the day.
        int r = W(e) is { DayPart: not null } ? e + 1 : e;
        // "victories on Saturday — when caucuses in Alaska take place": a dash or a comma may come before the clause.
        if ((IsDash(r) || IsPunct(r, ',')) && Is(r + 1, "when")) r++;
        if (lean == NoLean && !pastBefore && (Is(r, "after") || Is(r, "before") || Is(r, "once") || Is(r, "until") || Is(r, "when")))
            lean = SubordinateLean(r, Math.Min(r + 9, _sentEnd), r, right: true);
        // Ahead, save the day just gone: a paper dated the morning after tells of that day's plans in the present
        // ("he may face a skeptical audience when he speaks later Monday" in Tuesday's paper).
        int mode = lean == LeanAhead ? ((IsoDay(_dct.Date) - w.Weekday + 7) % 7 == 1 ? -1 : 1)
            : lean == LeanBehind ? -1
            : lean == LeanNearer ? ((w.Weekday - IsoDay(_dct.Date) + 7) % 7 <= 3 ? 1 : -1)
            : pastBefore ? -1 : ScheduledBefore(from) || AheadOf(from) || DayLooksAhead(tense ??= Tense(from, k + 1), from) ? 1 : -1;
        if (lean == LeanNearerIfPast && mode < 0 && (w.Weekday - IsoDay(_dct.Date) + 7) % 7 <= 3) mode = 1;
        // Tomorrow, named with no tense either way ("a strong finish by Rubio here Monday" on a Sunday, "On Tuesday,
        // Democrats vote in Arizona" on a Monday), is the day ahead: news names yesterday so too, but then mostly
        // with a past verb. Not the first day of a range ("taken Wednesday through Sunday").
        if (mode < 0 && (lean is NoLean or LeanNearerIfPast) && (IsoDay(_dct.Date) % 7) + 1 == w.Weekday && !(Is(e, "through") || Is(e, "to") || Is(e, "until"))
            && !pastBefore && (tense ??= Tense(from, k + 1)) == 0)
            mode = 1;
        // "the situation she faces in Tuesday's primary" on a Saturday: a vote named by its day, with no verb to say it
        // is over, is the nearer one, which may lie ahead.
        // "in the minutes leading up to Monday's Iowa caucuses": a stretch before the vote that is told of has passed.
        if (mode < 0 && (lean is NoLean or LeanNearerIfPast) && IsPossessive(e) && NamedVoteAfter(e + 1) && !LeadingUpTo(from)
            && (tense ??= Tense(from, k + 1)) == 0)
        {
            int dow = IsoDay(_dct.Date), ahead = (w.Weekday - dow + 7) % 7, behind = (dow - w.Weekday + 7) % 7;
            if (ahead > 0 && ahead < behind) mode = 1;
        }

        // "Yellen speaks on Wednesday and testifies on Thursday", "On Tuesday, Democrats vote in Arizona; on Saturday,
        // Alaska holds caucuses": a day with no cue of its own, after one read ahead in the same sentence and with no
        // past verb between them, is ahead too.
        if (mode < 0 && lean == NoLean && !pastBefore && _aheadDaySentence == _sentStart && _aheadDayEnd <= from
            && from - _aheadDayEnd <= 30 && NoPastBetween(_aheadDayEnd, from) && (tense ??= Tense(from, k + 1)) == 0)
            mode = 1;
        // "the company confirmed on Facebook Friday", "the AP declared on Thursday" in a Thursday's or a Wednesday's paper:
        // news put online overnight carries the date of the day before, and the newest word it reports is the next
        // day's; a statement a week old would be "last Friday". Only a verb of saying: an event ("removed it on
        // Thursday", "aired Sunday") is as often the week's earlier one.
        if (mode < 0 && IsoDay(_dct.Date) % 7 + 1 == w.Weekday && !(Is(e, "through") || Is(e, "to") || Is(e, "until")) && !IsPossessive(e)
            && SayingPastNear(from, e))
            mode = 1;
        // "faces a Monday deadline", "set a Friday deadline for the filing": a deadline named by its day lies ahead of
        // the saying, whatever verb sets it, unless the text says it was missed or has passed. "tendering 99.3% of the
        // shares by the Tuesday deadline": a deadline that times a deed is as past as the deed.
        int det = IsDeterminer(from - 1) ? from - 2 : from - 1;
        if (mode < 0 && !Is(det, "by") && !Is(det, "before") && !Is(det, "until") && !Is(det, "at") && (Is(e, "deadline") || (IsPossessive(e) && Is(e + 1, "deadline"))) && !DeadlineOver(from, Is(e, "deadline") ? e : e + 1))
            mode = 1;
        if (mode > 0)
        {
            _aheadDaySentence = _sentStart;
            _aheadDayEnd = e;
        }

        if (!WeekdayFrom(_dct, w.Weekday, mode, out var date)) return false;
        // "Saturday Night Live", "Sunday Morning Futures": a capitalized part of day before another capital is a title;
        // in a sentence of prose, which writes "Tuesday morning" small, so is one alone ("the Tuesday Morning chain").
        if (W(e) is { DayPart: not null } && Cap(e) && !IsAllCaps(e) && (In(e + 1) && _u[e + 1].Kind == TokenKind.Word && Cap(e + 1) || Prose()))
            return false;
        if (W(e) is { DayPart: { } part } && !Is(e, "overnight"))
        {
            // TimeBank mostly dates "Friday night" by its day: news uses it for "on Friday", and the night runs past midnight.
            hit = TimexHit.Of(e + 1, part == "NI" ? date : WithPart(date, part));
            return true;
        }

        hit = TimexHit.Of(e, date);
        return true;
    }

    /// <summary>
    /// Whether the day name at <paramref name="k"/> opens or closes a newspaper's name ("the Sunday Times", "The Mail on
    /// Sunday"): the guidelines mark no time inside a proper name.
    /// </summary>
    private bool PaperNamed(int k)
    {
        if (Is(k - 1, "on") && Cap(k - 2) && (Is(k - 2, "Mail") || Is(k - 2, "Independent") || Is(k - 2, "Observer"))) return true;
        int e = k + 1;
        return Cap(e) && !IsAllCaps(e)
               && (Is(e, "Times") || Is(e, "Telegraph") || Is(e, "Express") || Is(e, "Mirror") || Is(e, "Herald") || Is(e, "Post")
                   || Is(e, "Tribune") || Is(e, "Independent") || Is(e, "Star") || Is(e, "Age") || Is(e, "Mail") || Is(e, "Sun"));
    }

    /// <summary>
    /// Whether a verb of saying in the past governs the day name at [<paramref name="from"/>, <paramref name="e"/>): up
    /// to eight units before it ("confirmed on Facebook Friday", "said in a statement Wednesday") or, for a day that
    /// opens the sentence, four after it ("On Thursday, Sanders told"). A comma, quote or another past form stops the look.
    /// "announced" is left out: what is announced ("announced on Monday the lawsuit") is mostly a planned deed.
    /// </summary>
    private bool SayingPastNear(int from, int e)
    {
        for (int k = from - 1, seen = 0; k >= _sentStart && seen < 8; k--, seen++)
        {
            if (IsPossessive(k)) continue;
            // "Sununu was told Wednesday": the one told is the subject, and the telling may be a week old.
            // "confirmed the news on its website Friday": a saying with its object before the day is told as a deed,
            // as often of the week's earlier day; the newest word goes straight to its day or place ("confirmed on
            // Facebook Friday") or to whom it was told.
            if (IsSayingPast(k))
                return !AfterAuxiliary(k) && !Is(k - 1, "was") && !Is(k - 1, "were") && !Is(k - 1, "is") && (Is(k, "told") || !IsDeterminer(k + 1));
            // "told ABC's “Good Morning America” on Monday": a quoted title of capitalized words is a name, looked past.
            if (IsQuote(k) && QuotedTitleBefore(k, out int open))
            {
                k = open;
                continue;
            }

            if (_u[k].Kind is TokenKind.Quote or TokenKind.Punct || (PastForm(k) && !Is(k, "was") && !Is(k, "were")))
                return false;
        }

        if (from - _sentStart > 1) return false;
        if (W(e) is { DayPart: not null }) e++;
        if (IsPunct(e, ',')) e++;
        for (int k = e; k < e + 4 && In(k); k++)
            if (IsSayingPast(k)) return true;
        return false;
    }

    /// <summary>
    /// Whether the quotation mark at <paramref name="close"/> ends a title of one to four capitalized words whose opening
    /// mark is at <paramref name="open"/> ("“Good Morning America”", "''Meet the Press''").
    /// </summary>
    private bool QuotedTitleBefore(int close, out int open)
    {
        open = -1;
        for (int k = close - 1; k >= _sentStart && k >= close - 5; k--)
        {
            if (IsQuote(k))
            {
                open = k;
                return k < close - 1 && Cap(k + 1);
            }

            if (_u[k].Kind != TokenKind.Word || (!Cap(k) && !Is(k, "the") && !Is(k, "of"))) return false;
        }

        return false;
    }

    /// <summary>Whether a deadline at <paramref name="d"/> is told as over: missed, met or passed, a few words either side.</summary>
    private bool DeadlineOver(int from, int d)
    {
        for (int k = Math.Max(_sentStart, from - 4); k < Math.Min(_sentEnd, d + 4); k++)
        {
            if (Is(k, "missed") || Is(k, "met") || Is(k, "passed") || Is(k, "expired") || Is(k, "blew") || Is(k, "beat") || Is(k, "ignored")
                || Is(k, "came") || Is(k, "past") || Is(k, "after") || Is(k, "had"))
                return true;
        }

        return false;
    }

    private bool IsSayingPast(int k) =>
        Is(k, "said") || Is(k, "told") || Is(k, "confirmed") || Is(k, "declared") || Is(k, "warned")
        || Is(k, "stated") || Is(k, "tweeted") || Is(k, "wrote") || Is(k, "reported") || Is(k, "added");

    /// <summary>
    /// Whether the tense around a day name looks ahead, or, with none, an infinitive leads straight into it ("a chance
    /// to win it on Tuesday").
    /// </summary>
    private bool DayLooksAhead(int tense, int from) => tense > 0 || (tense == 0 && ProspectiveBefore(from + 1, reach: 3, gerunds: false));

    private const int NoLean = int.MinValue, LeanAhead = 1, LeanNearer = 0, LeanNearerIfPast = -1, LeanBehind = -2;

    /// <summary>
    /// How the few words before a day name lean: <see cref="LeanAhead"/> for a clause in the present after "when",
    /// "before", "until", "if" ("when he speaks on Thursday", "before Iowans vote Monday") or a plan in the present
    /// passive ("a service is planned Friday") or a timetable in the present ("Wisconsin holds its primary on Tuesday",
    /// "she heads to Ohio on Friday"); <see cref="LeanNearer"/>, the nearer of last and next week's day, for a present
    /// progressive ("is holding a rally Thursday"), a plan told in the past ("was planning to host a dinner Thursday",
    /// "was to arrive Monday"), a planned thing ("a rally slated for Wednesday") or a present "be" ("there's a vote on
    /// Tuesday"); <see cref="LeanNearerIfPast"/> for a vote after "before" ("days before the caucuses on Monday") or a
    /// run-up; <see cref="LeanBehind"/> for an outcome named by its day ("Monday's decision"); else
    /// <see cref="NoLean"/>, and the tense cues decide.
    /// </summary>
    /// <remarks>
    /// The look stops at the first past form, future cue or clause mark, so it reads a dozen units at most. News
    /// written the evening before its date tells of the day just gone in the present or a plan ("is holding a rally
    /// Thursday" in Friday's paper), which is why these forms take the nearer day and not always the next one.
    /// </remarks>
    private int DayLean(int from, int after)
    {
        // "Monday's decision will reverberate", "the results of Tuesday's primaries will force": an outcome named by its
        // day is over, whatever the verb says of what follows from it.
        if (IsPossessive(after) && (OutcomeNounAfter(after + 1) || (Is(from - 1, "of") && (Is(from - 2, "results") || Is(from - 2, "outcome")))))
            return LeanBehind;
        // "Her victories in Pennsylvania and Delaware on Tuesday will only accelerate that shift": an outcome someone
        // owns, placed on the day, is over.
        if (OwnedOutcomeBefore(from)) return LeanBehind;
        // "the role of spoiler that he could have Tuesday": a modal perfect with its verb left out tells of what did
        // not happen, which is over.
        int h = Is(from - 1, "on") ? from - 2 : from - 1;
        if (Is(h, "have") && (Is(h - 1, "could") || Is(h - 1, "would") || Is(h - 1, "should") || Is(h - 1, "might"))) return LeanBehind;
        // "barely qualified for Tuesday's debate", "prepared for the last days, including a debate Thursday": an event
        // planned for its day is the nearer one, whatever the verb that came before it says.
        if (PlannedEventFor(from, after)) return LeanNearer;
        // "If he follows up his Tuesday wins", "he also hosts a Sunday talk show": a day that names a thing keeps its own time.
        if (IsPossessive(from - 1) || Is(from - 1, "a") || Is(from - 1, "an") || Is(from - 1, "his") || Is(from - 1, "her") || Is(from - 1, "their") || Is(from - 1, "its") || Is(from - 1, "our"))
            return NoLean;
        bool forSeen = false, wouldSeen = false;
        for (int c = from - 1, words = 0; c >= _sentStart && words < 12; c--)
        {
            // "there's an election on Tuesday", "it's the last debate before ...": the present of "be".
            if (IsPossessive(c))
            {
                if (Is(from - 1, "on") && (Is(c - 1, "there") || Is(c - 1, "it") || Is(c - 1, "that") || Is(c - 1, "he") || Is(c - 1, "she")))
                    return LeanNearer;
                continue;
            }

            var kind = _u[c].Kind;
            if (kind == TokenKind.Quote) return NoLean;
            // "announced a $275 billion plan on Monday": a sign of money stays in the clause.
            if (IsPunct(c, '$')) continue;
            if (kind == TokenKind.Punct)
            {
                // "in San Jose, Calif., on Thursday": the commas of a place name and the period of "Mr." stay in the clause.
                if (IsPunct(c, ',') && Cap(c - 1) && _u[c - 1].Kind == TokenKind.Word && (Cap(c + 1) || (IsPunct(c - 2, ',') && Cap(c - 3)))) continue;
                if (IsPunct(c, '.') && Cap(c - 1) && _u[c - 1].End - _u[c - 1].Start <= 3 && _u[c - 1].End == _u[c].Start) continue;
                return NoLean;
            }

            if (kind != TokenKind.Word) continue;
            words++;
            // "pointed to Obama endorsing Clinton on Thursday": a gerund with its object between has a time of its own
            // ("a spending plan" is a noun).
            // "took to the airwaves beginning Wednesday night" still tells of the past.
            if (Is(c, "for") || Is(c, "until") || Is(c, "till") || Is(c, "by")
                || (!_u[c].Capital && Sp(c).Length > 4 && Sp(c).EndsWith("ing", StringComparison.Ordinal)
                    && (Cap(c + 1) || IsDeterminer(c + 1) || Is(c + 1, "him") || Is(c + 1, "her") || Is(c + 1, "them") || Is(c + 1, "it"))
                    && !(c == from - 1 && (Is(c, "beginning") || Is(c, "starting")))))
                forSeen = true;
            // "said they would light landmarks on Monday night": a plan told in the past, for a day either side.
            if (Is(c, "would")) wouldSeen = true;
            // "When he speaks", "If Cruz wins": the opening word of a sentence is capitalized.
            if (IsSubordinator(c)) return SubordinateLean(c, from, after);
            if (_u[c].Capital) continue;
            var role = Role(c);
            // "was planning to", "were expected to", "was set to": a plan told in the past, for a day either side.
            if ((role is WordRole.Future or WordRole.FutureTo || Is(c, "set")) && (Is(c - 1, "was") || Is(c - 1, "were"))) return LeanNearer;
            // "ahead of Tuesday's primary" is read by its own rule.
            if (Is(c, "ahead") && Is(c + 1, "of")) return NoLean;
            // "The Latest in the lead up to Tuesday's primary": a time before the day, with no verb at all, lies ahead;
            // "strategies they pursued in the run-up to Monday's caucuses" is likelier ahead: the run-up may be over
            // while the vote is still to come.
            if (Is(c, "to") && Is(c - 1, "up") && (Is(c - 2, "run") || Is(c - 2, "lead")) && (Hyphen(c - 1) || IsDeterminer(c - 3)))
                return Tense(from, after) < 0 || PastFormBefore(c - 3) ? LeanNearerIfPast : LeanAhead;
            // "whose candidacy is on the line in the primary on Tuesday": a present of "be" with no other verb between,
            // before a day it places with "on" ("is a strong finish here Monday" may name the day as a noun would);
            // "is to resume trading Monday" is read by the tense cues.
            if ((Is(c, "is") || Is(c, "are")) && !Is(c + 1, "to") && Is(from - 1, "on"))
            {
                // "if there is a close election on Tuesday": the clause's opener decides.
                int o = Is(c - 1, "there") || IsSubjectPronoun(c - 1) ? c - 2 : c - 1;
                return IsSubordinator(o) ? SubordinateLean(o, from, after) : LeanNearer;
            }

            // "on pace to complete it on Monday", "a chance to win it on Tuesday": an infinitive is read by the tense cues.
            // "was to report", "was planning to hold", "was set to headline" are plans told in the past.
            if (Is(c, "to") && LowerWord(c + 1) && W(c + 1) is null && !IsDeterminer(c + 1) && !Hyphen(c + 1)
                && (Sp(c + 1)[^1] != 's' || Sp(c + 1).EndsWith("ss", StringComparison.Ordinal)))
                return Is(c - 1, "was") || Is(c - 1, "were")
                       || ((Role(c - 1) is WordRole.Future or WordRole.FutureTo || Is(c - 1, "set")) && (Is(c - 2, "was") || Is(c - 2, "were")))
                       || PlanInThePastBefore(c - 1)
                    ? LeanNearer
                    : NoLean;
            if (Is(c, "was") || Is(c, "were"))
                // "was planning to host", "were to gather", "was set to headline": a plan told in the past, for a day either side.
                return Is(c + 1, "to") || Is(c + 1, "planning") || Is(c + 1, "set") || Is(c + 1, "scheduled") || Is(c + 1, "slated")
                       || Is(c + 1, "expected") || Is(c + 1, "due") || Is(c + 1, "supposed") || (Is(c + 1, "going") && Is(c + 2, "to"))
                    ? LeanNearer
                    : NoLean;
            if (Is(c, "planned") || Is(c, "slated") || Is(c, "scheduled") || Is(c, "set"))
            {
                // "a memorial is planned Friday", "the vote is set for Tuesday": a plan in the present looks ahead.
                if (Is(c - 1, "is") || Is(c - 1, "are") || Is(c - 1, "be")) return LeanAhead;
                // "a planned rally", "a rally slated for Wednesday": a plan whose telling has no tense of its own.
                if ((Is(c, "planned") || Is(c, "slated")) && (Is(c + 1, "for") || IsDeterminer(c - 1))) return LeanNearer;
                return NoLean;
            }

            // "Clinton, who announced a plan on Monday, plans to ...": a past verb of the day's own clause wins over a
            // cue after the day, which belongs to the next clause; not across "for" or "until" ("called a vote for
            // Friday"), nor a form of "be", "have" or "do", which may head a plan.
            if (role == WordRole.Past && !forSeen && !AfterAuxiliary(c) && !(Is(c, "was") || Is(c, "were") || Is(c, "had") || Is(c, "did"))
                && !ReportedPlanBefore(c))
                return wouldSeen ? LeanNearer : LeanBehind;
            // "a $275 billion spending plan on Monday": "plan" after a determiner or a noun is a noun, no verb of the clause.
            if (role == WordRole.FutureTo && Is(c, "plan") && !Is(c + 1, "to") && !Is(c - 1, "to") && !IsSubjectPronoun(c - 1)) continue;
            if (role is WordRole.Past or WordRole.Future or WordRole.FutureTo || Sp(c).EndsWith("'ll", StringComparison.Ordinal)) return NoLean;
            if (EndsWithEd(c) && W(c) is null)
            {
                // "a much-heralded rally", "the reported meeting": a participle before a noun is no verb of the clause.
                // "an address to be delivered Wednesday": a plan in a passive infinitive.
                if (Is(c - 1, "be") && Is(c - 2, "to")) return LeanNearer;
                if (IsDeterminer(c - 1) || Hyphen(c) || Is(c - 1, "is") || Is(c - 1, "are") || Is(c - 1, "be") || Is(c - 1, "been")) continue;
                return forSeen || AfterAuxiliary(c) || Sp(c).Length < 5 || ReportedPlanBefore(c) ? NoLean : wouldSeen ? LeanNearer : LeanBehind;
            }

            int be = Is(c - 1, "not") ? c - 2 : c - 1;
            var s = Sp(c);
            // "is holding a rally", "she's campaigning": the present progressive.
            if (s.Length > 4 && s.EndsWith("ing", StringComparison.Ordinal) && !Is(c, "going")
                && (Is(be, "is") || Is(be, "are") || Is(be, "am") || (IsPossessive(be) && IsSubjectPronoun(be - 1))))
                return LeanNearer;
            // "she heads to Ohio on Friday", "Wyoming, which holds a caucus on Saturday", "Wisconsin holds its primary on
            // Tuesday": a verb in the present after its subject gives a timetable, which looks ahead.
            // "which also holds": an adverb may stand between the subject and its verb.
            int subject = Is(c - 1, "also") || Is(c - 1, "still") || Is(c - 1, "now") ? c - 2 : c - 1;
            if ((Is(subject, "he") || Is(subject, "she") || Is(subject, "which") || Is(subject, "who")
                 || (Cap(subject) && _u[subject].Kind == TokenKind.Word && !IsDeterminer(subject)
                     && (Is(c + 1, "the") || Is(c + 1, "a") || Is(c + 1, "an") || Is(c + 1, "its") || Is(c + 1, "his") || Is(c + 1, "her") || Is(c + 1, "their"))))
                && ThirdPersonPresent(c))
            {
                // "If Ramirez wins the county vote Saturday": a subordinator before the subject decides.
                int q = subject;
                while (q > _sentStart && Cap(q) && _u[q].Kind == TokenKind.Word && !IsSubordinator(q)) q--;
                return IsSubordinator(q) ? SubordinateLean(q, from, after) : LeanAhead;
            }
            // "and", "who", "because" open another clause, whose verb is not the day's.
            if (Is(c, "and") || Is(c, "but") || Is(c, "or") || Is(c, "that") || Is(c, "who") || Is(c, "which") || Is(c, "where")
                || Is(c, "while") || Is(c, "because") || Is(c, "than"))
                return NoLean;
        }

        return NoLean;
    }

    /// <summary>
    /// The lean a day takes from a clause opened at <paramref name="s"/> by "when", "before", "until", "if" ...: ahead
    /// when the clause has a verb in the present ("when he speaks", "before Iowans kick off the voting", "after the
    /// votes are counted"); the nearer day for "before" and a vote ("before Monday's caucuses", "days before the
    /// primary on Tuesday"); else none ("after the debate on Saturday").
    /// </summary>
    private int SubordinateLean(int s, int from, int after, bool right = false)
    {
        // "after he speaks" and "as she heads to Ohio" may be told the evening after: the nearer day; so may a clause
        // after the day ("endorsing her Thursday after the president meets Sanders").
        int ahead = right || Is(s, "after") || Is(s, "as") ? LeanNearer : LeanAhead;
        // "If you want the meaning of Thursday night's debate": a day that names a thing keeps its own time.
        bool adverb = !IsPossessive(after);
        int p = s + 1;
        bool singular = false, plural = false;
        if (IsSubjectPronoun(p) || Is(p, "there"))
        {
            singular = Is(p, "he") || Is(p, "she") || Is(p, "it") || Is(p, "there");
            plural = !singular;
            p++;
        }
        else if (Cap(p) && _u[p].Kind == TokenKind.Word && p < from)
        {
            // "If Cruz wins", "before Iowans kick off": a name, then its verb; "after Rubio's debate" has none.
            while (p < from && Cap(p) && _u[p].Kind == TokenKind.Word) p++;
            singular = !IsPossessive(p);
            plural = singular && Sp(p - 1)[^1] == 's';
        }
        else if (LowerWord(p) && Sp(p)[^1] == 's' && W(p) is null && !IsClauseWord(p) && !IsDeterminer(p) && !Is(p, "his") && !Is(p, "its") && p < from - 1 && right)
        {
            // "on Saturday — when caucuses in Alaska, Hawaii and Washington take place": a bare plural subject, the
            // places it is in, then its verb in the present.
            int q = p + 1;
            for (int n = 0; n < 8 && In(q) && (Cap(q) || IsPunct(q, ',') || Is(q, "in") || Is(q, "and") || Is(q, "of") || Is(q, "the")); n++) q++;
            var v = Sp(q);
            if (LowerWord(q) && W(q) is null && !IsClauseWord(q) && !IsModal(q) && v.Length > 2 && v[^1] is not ('d' or 't' or 's')
                && !v.EndsWith("ing", StringComparison.Ordinal))
                return adverb ? ahead : NoLean;
        }
        else if (!Is(s, "as") && (IsDeterminer(p) || Is(p, "all")))
        {
            // "when the party's candidate speaks", "after all the votes are counted": a verb after the noun.
            for (int n = 0; n < 5 && p < from; n++, p++)
            {
                if (IsPresentAuxiliary(p)) return adverb ? ahead : NoLean;
                if (LowerWord(p) && ThirdPersonPresent(p) && LowerWord(p - 1) && !IsDeterminer(p - 1) && !Is(p - 1, "all")
                    && !IsClauseWord(p - 1) && !IsVoteNoun(p))
                    return adverb ? ahead : NoLean;
                if (IsClauseWord(p) || IsVoteNoun(p)) break;
            }
        }

        if ((singular || plural) && p < from && LowerWord(p) && adverb)
        {
            if (IsPresentAuxiliary(p) || Role(p) == WordRole.Future) return ahead;
            // "he speaks", "Cruz wins"; "they vote", "Iowans kick off", but not "he swept", "Kentucky slid", "she put".
            if (singular && ThirdPersonPresent(p)) return ahead;
            var v = Sp(p);
            if (plural && W(p) is null && !IsClauseWord(p) && !IsModal(p) && v[^1] is not ('d' or 't' or 's')
                && !v.EndsWith("ing", StringComparison.Ordinal) && !v.EndsWith("ook", StringComparison.Ordinal))
                return ahead;
        }

        if (Is(s, "before") && !right)
        {
            // "before Monday's caucuses", "only days before the Iowa caucuses on Monday": the vote nearer the article,
            // unless a cue has put it ahead ("whether he'll drop out before Tuesday's primary").
            if (s + 1 == from && IsPossessive(after) && NamedVoteAfter(after + 1)) return LeanNearerIfPast;
            for (int c = s + 1; c < from; c++)
            {
                if (IsVoteNoun(c)) return LeanNearerIfPast;
            }
        }

        return NoLean;
    }

    /// <summary>
    /// Whether a day names an event planned for it after "for" or "including": "for Tuesday's undercard debate",
    /// "including a debate Thursday", "for a rally on Saturday", "filed for Sunday's Meet the Press".
    /// </summary>
    private bool PlannedEventFor(int from, int after)
    {
        if (IsPossessive(after))
        {
            if (!(Is(from - 1, "for") || Is(from - 1, "including"))) return false;
            // "an interview filed for Sunday's Meet the Press": a show or an event by its title.
            if (Is(from - 1, "for") && TitleAt(after + 1)) return true;
            for (int j = after + 1, n = 0; n < 3 && In(j) && _u[j].Kind == TokenKind.Word; n++, j++)
            {
                if (IsEventNoun(j)) return true;
                if (IsClauseWord(j)) return false;
            }

            return false;
        }

        int noun = Is(from - 1, "on") ? from - 2 : from - 1;
        return IsEventNoun(noun) && IsDeterminer(noun - 1) && (Is(noun - 2, "for") || Is(noun - 2, "including"));
    }

    /// <summary>A title of capitalized words and small ones: "Meet the Press", "Face the Nation"; not "Democratic encounter".</summary>
    private bool TitleAt(int j)
    {
        if (!Cap(j) || _u[j].Kind != TokenKind.Word) return false;
        for (int n = 1; n < 4 && In(j + n) && _u[j + n].Kind == TokenKind.Word; n++)
        {
            if (!Cap(j + n) && !Is(j + n, "the") && !Is(j + n, "of") && !Is(j + n, "and")) return false;
        }

        return true;
    }

    /// <summary>A planned event's noun: a vote's, "debate", "rally", "forum", "speech", "hearing", "summit", "town hall".</summary>
    private bool IsEventNoun(int j) =>
        IsVoteNoun(j) || Is(j, "debate") || Is(j, "debates") || Is(j, "rally") || Is(j, "forum") || Is(j, "speech") || Is(j, "hearing")
        || Is(j, "summit") || Is(j, "meeting") || (Is(j, "hall") && Is(j - 1, "town"));

    /// <summary>Whether "as soon as", "once" or "until" stands just before a past verb: "likely to buy as soon as trading opened Monday".</summary>
    private bool ReportedPlanBefore(int k)
    {
        for (int c = k - 1; c >= k - 4; c--)
        {
            if (Is(c, "soon") || Is(c, "once") || Is(c, "until") || Is(c, "till")) return true;
        }

        return false;
    }

    /// <summary>
    /// The lean of a day in a phrase after a dash with no verb ("contests — in Arizona, Idaho and Utah on Tuesday"):
    /// ahead when the words just before the dash say "next", "upcoming" or "coming"; else none.
    /// </summary>
    private int DashLean(int from)
    {
        int c = from - 1;
        for (int n = 0; n < 10 && In(c); n++, c--)
        {
            if (IsDash(c)) break;
            // Only names, their commas and the small words of a place: a verb would give the phrase its own tense.
            if (_u[c].Kind == TokenKind.Word && !Cap(c) && !(Is(c, "in") || Is(c, "and") || Is(c, "on") || Is(c, "at") || Is(c, "of") || IsDeterminer(c)))
                return NoLean;
            if (_u[c].Kind == TokenKind.Punct && !IsPunct(c, ',')) return NoLean;
        }

        if (!IsDash(c)) return NoLean;
        for (int q = c - 1, words = 0; In(q) && words < 7 && _u[q].Kind != TokenKind.Punct; q--)
        {
            if (_u[q].Kind != TokenKind.Word) continue;
            words++;
            if (Is(q, "next") || Is(q, "upcoming") || Is(q, "coming")) return LeanAhead;
            if (Role(q) == WordRole.Past || Is(q, "last") || Is(q, "previous")) return NoLean;
        }

        return NoLean;
    }

    /// <summary>
    /// Whether the sentence opens with "if", "when", "once", "unless" or "until" and no comma, dash or quotation mark
    /// (save a place name's) stands between that word and the day, at most 30 units on.
    /// </summary>
    private bool InOpeningSubordinate(int from)
    {
        if (from - _sentStart is < 3 or > 30) return false;
        // "If he builds on his Tuesday wins": a day that names a thing keeps its own time.
        if (IsPossessive(from - 1) || IsDeterminer(from - 1) || Is(from - 1, "his") || Is(from - 1, "her") || Is(from - 1, "their")
            || Is(from - 1, "its") || Is(from - 1, "our"))
            return false;
        if (!(Is(_sentStart, "if") || Is(_sentStart, "when") || Is(_sentStart, "once") || Is(_sentStart, "unless") || Is(_sentStart, "until")))
            return false;
        for (int c = _sentStart + 1; c < from; c++)
        {
            if (IsPossessive(c) || _u[c].Kind is TokenKind.Word or TokenKind.Number) continue;
            if (IsPunct(c, ',') && Cap(c - 1) && Cap(c + 1)) continue;
            if (IsPunct(c, '.') && Cap(c - 1) && _u[c - 1].End == _u[c].Start && _u[c - 1].End - _u[c - 1].Start <= 3) continue;
            return false;
        }

        return true;
    }

    private bool IsDash(int k) => In(k) && _u[k].Kind == TokenKind.Punct && _text[_u[k].Start] is '—' or '–';

    /// <summary>
    /// Whether a day places an outcome that someone owns, or a known violent act, across places and "in", "of", "and":
    /// "her victories in Pennsylvania, Maryland and Delaware on Tuesday", "the governor's win in Nevada Saturday", "the
    /// slaying in Chicago on Friday"; not "a win on Tuesday".
    /// </summary>
    private bool OwnedOutcomeBefore(int from)
    {
        int c = Is(from - 1, "on") ? from - 2 : from - 1;
        for (int n = 0; n < 14 && c > _sentStart; n++, c--)
        {
            if (Is(c, "victory") || Is(c, "victories") || Is(c, "win") || Is(c, "wins") || Is(c, "loss") || Is(c, "losses")
                || Is(c, "defeat") || Is(c, "defeats"))
                return Owner(c - 1);
            // "because of the slaying in Chicago on Friday of the cousin ...": a violent act is never planned, so the
            // one a text names as known is over.
            if (Is(c, "shooting") || Is(c, "slaying") || Is(c, "killing") || Is(c, "killings") || Is(c, "bombing") || Is(c, "massacre")
                || Is(c, "murder") || Is(c, "explosion"))
                return Is(c - 1, "the") || Owner(c - 1);
            if ((Cap(c) && _u[c].Kind == TokenKind.Word && W(c) is null) || IsPunct(c, ',') || Is(c, "in") || Is(c, "and") || Is(c, "of")
                || Is(c, "the"))
                continue;
            return false;
        }

        return false;
    }

    /// <summary>
    /// Whether a past form, listed or regular, stands at most ten units back from <paramref name="k"/> in its clause:
    /// "Spending soared in the run-up to ...".
    /// </summary>
    private bool PastFormBefore(int k)
    {
        for (int c = k; c >= _sentStart && c > k - 10; c--)
        {
            if (IsQuote(c) || IsPunct(c, ';')) return false;
            if (Cue(c) < 0 || PastWithObject(c) || (EndsWithEd(c) && W(c) is null && !IsDeterminer(c - 1) && !Hyphen(c) && !AfterAuxiliary(c)))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a plan told in the past ("was going to", "were planning to") heads the verbs that lead to an infinitive,
    /// at most eight units back in the clause: "he was going to get up and go back to work on Wednesday morning".
    /// </summary>
    private bool PlanInThePastBefore(int k)
    {
        for (int q = k; q > k - 8 && q > _sentStart; q--)
        {
            if (_u[q].Kind is TokenKind.Punct or TokenKind.Quote) return false;
            if (!Is(q, "to")) continue;
            int head = Is(q - 1, "going") || Is(q - 1, "planning") || Is(q - 1, "set") || Is(q - 1, "expected") || Is(q - 1, "scheduled")
                       || Is(q - 1, "supposed") || Is(q - 1, "due")
                ? q - 2
                : q - 1;
            if (Is(head, "was") || Is(head, "were")) return true;
        }

        return false;
    }

    // "her", "their", "the governor's": whoever owns the noun after.
    private bool Owner(int k) =>
        Is(k, "her") || Is(k, "his") || Is(k, "their") || Is(k, "its") || (IsPossessive(k) && In(k - 1) && _u[k - 1].Kind == TokenKind.Word);

    /// <summary>Whether "leading up to" comes right before the day: "the minutes leading up to Monday's caucuses".</summary>
    private bool LeadingUpTo(int from) => Is(from - 1, "to") && Is(from - 2, "up") && Is(from - 3, "leading");

    /// <summary>
    /// Whether a day ends a phrase that opens the sentence with no verb, and after its comma the main clause's subject
    /// has a regular past verb: "At a rally in Portland, Maine, on Thursday afternoon, Trump included ...".
    /// </summary>
    private bool FrontedBeforePast(int from, int e)
    {
        int r = W(e) is { DayPart: not null } ? e + 1 : e;
        // "By Wednesday afternoon, the White House cited ...": a running story's newest point, which wire copy dated the
        // day before may already have reached; left to the other cues.
        if (!IsPunct(r, ',') || from - _sentStart > 14 || !Cap(_sentStart) || Is(_sentStart, "by")) return false;
        for (int c = _sentStart; c < from; c++)
        {
            if (IsQuote(c) || Cue(c) != 0 || (EndsWithEd(c) && W(c) is null && !Hyphen(c)) || ThirdPersonPresent(c) || Is(c, "is") || Is(c, "are")
                || Is(c, "has") || Is(c, "have"))
                return false;
        }

        // The subject: a pronoun, up to three capitalized words, or "the" and up to three nouns ("the senator").
        int s = r + 1;
        if (IsSubjectPronoun(s))
        {
            s++;
        }
        else if (Is(s, "the"))
        {
            s++;
            for (int n = 0; n < 3 && !EndsWithEd(s) && In(s) && _u[s].Kind == TokenKind.Word && W(s) is null && !IsClauseWord(s); n++) s++;
        }
        else
        {
            int n = 0;
            for (; n < 3 && Cap(s) && _u[s].Kind == TokenKind.Word && W(s) is null; n++) s++;
            if (n == 0) return false;
        }

        return EndsWithEd(s) && W(s) is null && Role(s) == WordRole.None && Sp(s).Length > 4 && !Sp(s).EndsWith("eed", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a month closes a phrase or clause fronted before the main clause ("In October, Mrs. Clinton, the nominee,
    /// proposed ...", "When asked in an interview in October, Trump said ...") and the main clause's verb, after its
    /// subject, is past.
    /// </summary>
    private bool FrontedBeforeMainPast(int k, int j)
    {
        if (!IsPunct(j, ',') || k - _sentStart > 20) return false;
        int lead = Is(_sentStart, "but") || Is(_sentStart, "and") || Is(_sentStart, "then") ? _sentStart + 1 : _sentStart;
        if (!(Is(lead, "in") || Is(lead, "on") || Is(lead, "during") || Is(lead, "at") || Is(lead, "when") || Is(lead, "after")
              || Is(lead, "while") || Is(lead, "as") || Is(lead, "since")))
            return false;
        for (int c = lead; c < k; c++)
        {
            if (IsQuote(c) || IsPunct(c, ';') || Cue(c) > 0 || IsModal(c)) return false;
        }

        // The subject: a pronoun, up to four capitalized words, or "the" (or "a") and up to three nouns; an appositive after it
        // ("Mrs. Clinton, the Democratic presidential nominee,") is passed over.
        int s = j + 1;
        if (IsSubjectPronoun(s)) s++;
        else if (Is(s, "the") || Is(s, "a") || Is(s, "an"))
        {
            s++;
            for (int n = 0; n < 3 && !EndsWithEd(s) && In(s) && _u[s].Kind == TokenKind.Word && W(s) is null && !IsClauseWord(s); n++) s++;
        }
        else
        {
            int n = 0;
            for (; n < 4 && (Cap(s) || IsPunct(s, '.')) && In(s) && W(s) is null && !IsQuote(s); n++) s++;
            if (n == 0) return false;
        }

        if (IsPunct(s, ','))
        {
            int close = s + 1;
            while (close < s + 9 && In(close) && !IsPunct(close, ',') && !IsQuote(close)) close++;
            if (!IsPunct(close, ',')) return false;
            s = close + 1;
        }

        if (In(s) && LowerWord(s) && Sp(s).Length > 4 && Sp(s).EndsWith("ly", StringComparison.Ordinal)) s++;
        if (!In(s) || _u[s].Kind != TokenKind.Word || AfterAuxiliary(s)) return false;
        return Role(s) == WordRole.Past || (EndsWithEd(s) && W(s) is null && !Hyphen(s) && Sp(s).Length > 4);
    }

    /// <summary>
    /// Whether a capitalized day name is a first name: after "by" or a word for a writer or performer, before a
    /// capitalized surname that is no time word nor title, which ends its phrase ("a memoir by Wednesday Martin about").
    /// </summary>
    private bool FirstNameAt(int k)
    {
        if (!(Is(k - 1, "by") || Is(k - 1, "author") || Is(k - 1, "writer") || Is(k - 1, "novelist") || Is(k - 1, "columnist")
              || Is(k - 1, "actress") || Is(k - 1, "actor") || Is(k - 1, "singer") || Is(k - 1, "comedian") || Is(k - 1, "poet")))
            return false;
        int s = k + 1;
        // "Martin" may open a holiday's name, which is no time word by itself.
        if (!Cap(s) || _u[s].Kind != TokenKind.Word || IsAllCaps(s)
            || W(s) is { } t && (t.Month > 0 || t.Weekday > 0 || t.DayPart != null || t.Unit != Grain.None || t.Season > 0 || t.HasDeictic
                                 || t.HasRelative || t.HasNumber || t.Role != WordRole.None) || Sp(s).Length < 3 || (IsPunct(s + 1, '.') && Sp(s).Length <= 4)
            || Is(s, "Mr") || Is(s, "Mrs") || Is(s, "Ms") || Is(s, "Dr") || Is(s, "Gov") || Is(s, "Sen") || Is(s, "Rep") || Is(s, "President")
            || Is(s, "Senator") || Is(s, "Governor") || Is(s, "Night") || Is(s, "Morning") || Is(s, "Times") || Is(s, "Edition"))
            return false;
        // A surname ends its phrase: "by Wednesday Martin about ..."; "by Friday Trump had won" goes on with a verb.
        return !In(s + 1) || (_u[s + 1].Kind == TokenKind.Punct && !IsPossessive(s + 1)) || Is(s + 1, "about") || Is(s + 1, "of")
               || Is(s + 1, "in") || Is(s + 1, "on") || Is(s + 1, "with") || Is(s + 1, "who") || Is(s + 1, "whose");
    }

    /// <summary>
    /// Whether a day stands after a noun in the subject of "will", with no verb from the clause's start to the day
    /// nor from the day to "will": "his address Sunday about fighting terrorism will be", "the rally in North Carolina
    /// Tuesday will keep"; not "the contests between Monday and March 14 will", where the day is no noun's time.
    /// </summary>
    private bool InSubjectOfWill(int from, int after)
    {
        int before = from - 1;
        if (!In(before) || _u[before].Kind != TokenKind.Word || W(before) is not null || IsClauseWord(before) || IsDeterminer(before)
            || Is(before, "between") || Is(before, "since") || Is(before, "until") || NotNounOfSubject(before))
            return false;
        // The clause runs back to the sentence's start or to "but" (", but his address Sunday ..."). The subject must be a
        // long one, a noun with its phrases: in a short "The debate Thursday will be the last" the day may lie ahead.
        int words = 2;
        for (int c = before - 1, n = 0; c >= _sentStart; c--, n++)
        {
            if (n >= 15 || IsQuote(c)) return false;
            if (Is(c, "but")) break;
            if (_u[c].Kind == TokenKind.Word) words++;
            if (_u[c].Kind == TokenKind.Punct)
            {
                if (IsPossessive(c) || IsPunct(c, '-')) continue;
                return false;
            }

            if (NotNounOfSubject(c)) return false;
        }

        for (int r = after, n = 0; n < 12 && In(r); r++, n++)
        {
            if (Is(r, "will")) return !Cap(r) && words >= 8;
            if (_u[r].Kind == TokenKind.Word) words++;
            if (_u[r].Kind is TokenKind.Quote || (_u[r].Kind == TokenKind.Punct && !IsPunct(r, '-') && !IsPossessive(r))) return false;
            if (NotNounOfSubject(r)) return false;
        }

        return false;
    }

    // A word that gives a clause its verb or opens another clause: "was", "said", "wins", "that", "who".
    private bool NotNounOfSubject(int k) =>
        Cue(k) != 0 || PastWithObject(k) || ThirdPersonPresent(k) || (EndsWithEd(k) && !IsDeterminer(k - 1) && !Hyphen(k))
        || Is(k, "is") || Is(k, "are") || Is(k, "was") || Is(k, "were") || Is(k, "has") || Is(k, "have") || Is(k, "had")
        || Is(k, "that") || Is(k, "who") || Is(k, "which") || Is(k, "when") || Is(k, "if") || Is(k, "as") || IsModal(k)
        || Is(k, "isn't") || Is(k, "wasn't");

    /// <summary>Whether no past form stands between two units of the sentence ("speaks ... and testifies", not "spoke ... and").</summary>
    private bool NoPastBetween(int a, int b)
    {
        for (int c = a; c < b; c++)
        {
            if (IsQuote(c) || Cue(c) < 0 || PastWithObject(c) || (EndsWithEd(c) && W(c) is null && !IsDeterminer(c - 1) && !Hyphen(c)))
                return false;
        }

        return true;
    }

    /// <summary>A verb of the third person in the present: "speaks", "wins", "heads"; not "was", "has", "press", "bus".</summary>
    private bool ThirdPersonPresent(int k)
    {
        var v = Sp(k);
        return LowerWord(k) && v.Length > 3 && v[^1] == 's' && v[^2] is not ('s' or 'u' or 'i' or '\'' or '’') && W(k) is null && !IsClauseWord(k);
    }

    /// <summary>An outcome's noun within three words: "decision", "Supreme Court ruling", "victory in Indiana", "attack".</summary>
    private bool OutcomeNounAfter(int j)
    {
        for (int n = 0; n < 3 && In(j) && _u[j].Kind == TokenKind.Word; n++, j++)
        {
            if (Is(j, "decision") || Is(j, "ruling") || Is(j, "verdict") || Is(j, "results") || Is(j, "outcome") || Is(j, "victory")
                || Is(j, "victories") || Is(j, "win") || Is(j, "wins") || Is(j, "loss") || Is(j, "losses") || Is(j, "defeat")
                || Is(j, "attack") || Is(j, "attacks") || Is(j, "shooting") || Is(j, "massacre") || Is(j, "bombing") || Is(j, "crash"))
                return true;
            // "Tuesday's primary results": a vote before the outcome is the thing it comes from; "Tuesday's speech on" ends the look.
            if (IsClauseWord(j)) return false;
        }

        return false;
    }

    private bool IsSubordinator(int k) =>
        Is(k, "when") || Is(k, "whenever") || Is(k, "before") || Is(k, "until") || Is(k, "till") || Is(k, "once") || Is(k, "if")
        || Is(k, "unless") || Is(k, "after") || (Is(k, "as") && !Is(k - 1, "such") && !Is(k - 1, "well") && !Is(k - 1, "soon"));

    private bool IsPresentAuxiliary(int k) =>
        Is(k, "is") || Is(k, "are") || Is(k, "has") || Is(k, "have") || Is(k, "does") || Is(k, "do") || Is(k, "isn't") || Is(k, "aren't")
        || Is(k, "doesn't") || Is(k, "don't");

    /// <summary>Prepositions, conjunctions and relatives: words that no verb of a clause can be.</summary>
    private bool IsClauseWord(int k) =>
        Is(k, "of") || Is(k, "in") || Is(k, "on") || Is(k, "at") || Is(k, "for") || Is(k, "to") || Is(k, "with") || Is(k, "and")
        || Is(k, "or") || Is(k, "but") || Is(k, "from") || Is(k, "by") || Is(k, "that") || Is(k, "who") || Is(k, "which")
        || Is(k, "where") || Is(k, "than") || Is(k, "into") || Is(k, "during") || Is(k, "about");

    /// <summary>
    /// Whether a verb of a timetable in the present leads straight into a day name: "the convention, which begins
    /// Monday", "they meet separately Monday", "polls close Tuesday" (news gives schedules in the present).
    /// </summary>
    private bool ScheduledBefore(int from)
    {
        int k = Is(from - 1, "on") ? from - 2 : from - 1;
        if (In(k) && _u[k].Kind == TokenKind.Word && Sp(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && Sp(k).Length > 4) k--;
        return Is(k, "begins") || Is(k, "opens") || Is(k, "resumes") || Is(k, "reconvenes") || Is(k, "convenes") || Is(k, "expires")
               || Is(k, "starts") || Is(k, "arrives") || Is(k, "departs") || Is(k, "meets") || Is(k, "closes") || Is(k, "ends")
               || Is(k, "kicks") || Is(k, "airs") || Is(k, "debuts") || Is(k, "premieres")
               // "they meet Monday", not "after the vote on Tuesday", where the word is a noun.
               || (Is(k, "meet") || Is(k, "vote") || Is(k, "close") || Is(k, "open")) && !Is(k - 1, "to") && !Is(k - 1, "did") && !IsDeterminer(k - 1)
                  && !IsPossessive(k - 1);
    }

    /// <summary>Whether "ahead of" leads into the day's event: "ahead of Saturday's caucus", "ahead of the vote on Tuesday".</summary>
    private bool AheadOf(int from)
    {
        // Up to six words back; "ahead of New York's delegate-rich Tuesday primary": a possessive and a hyphen stay
        // inside the phrase and do not count.
        for (int c = from - 2, words = 1; c >= from - 10 && words < 7; c--)
        {
            if (Is(c, "ahead") && Is(c + 1, "of")) return true;
            bool possessive = IsPossessive(c);
            if (In(c) && _u[c].Kind == TokenKind.Punct && !possessive && !IsPunct(c, '-')) return false;
            if (In(c) && _u[c].Kind == TokenKind.Word && !possessive) words++;
        }

        return false;
    }

    /// <summary>
    /// Whether a regular past verb leads straight into a day name ("announced Sunday she will resign", "died on
    /// Sunday, and ..."): the day belongs to that verb, whatever the next clause says.
    /// </summary>
    private bool RegularPastBefore(int from)
    {
        int k = Is(from - 1, "on") ? from - 2 : from - 1;
        // A past form from the list counts too ("ended Oct. 31", "met Jan. 5"), but not a form of "be", "have" or "do",
        // which may head a plan ("the deadline was Nov. 15"). "the delegate-packed April 19 primary": the end of a
        // compound is an adjective.
        bool listed = Role(k) == WordRole.Past && !(Is(k, "was") || Is(k, "were") || Is(k, "had") || Is(k, "did"));
        if (!listed && (!EndsWithEd(k) || W(k) is not null || Sp(k).Length < 4 || Sp(k).EndsWith("eed", StringComparison.Ordinal)
                        || Hyphen(k) || Sp(k).Contains('-')))
            return false;
        if (AfterAuxiliary(k) || Is(k - 1, "is") || Is(k - 1, "are")) return false;
        // In a clause of "as soon as", "once" or "until" a past verb is reported speech looking ahead: "would buy as
        // soon as trading opened Monday".
        for (int c = k - 1; c >= k - 4; c--)
        {
            if (Is(c, "soon") || Is(c, "once") || Is(c, "until") || Is(c, "till")) return false;
        }

        return true;
    }

    // ---- month names -----------------------------------------------------------------------------------------

    private bool TryMonth(int k, out TimexHit hit)
    {
        hit = default;
        if (W(k) is not { Month: > 0 } w || !Cap(k)) return false;
        // "the March on Washington", "the March of Dimes", "March for Our Lives": a march named for its cause.
        if (w.Month == 3 && (Is(k + 1, "on") || Is(k + 1, "of") || Is(k + 1, "for"))
            && ((Cap(k + 2) && W(k + 2) is null && !IsNumberToken(k + 2)) || (Is(k + 2, "the") && Cap(k + 3) && W(k + 3) is null)))
            return false;
        var name = Sp(k);
        bool abbreviation = name[^1] == '.' || (name.Length <= 4 && !name.Equals("june", StringComparison.OrdinalIgnoreCase)
                                                  && !name.Equals("july", StringComparison.OrdinalIgnoreCase) && !name.Equals("may", StringComparison.OrdinalIgnoreCase));
        int j = k + 1, day = 0;
        int dv = Digits(j, out int dl);
        if (dl is 1 or 2 && dv is >= 1 and <= 31 && !ClockSuffix(j + 1) && W(j + 1) is not { Unit: not Grain.None })
        {
            day = dv;
            j++;
        }
        else if (DayRange(j) is > 0 and var first)
        {
            // "July 25-28": the days a meeting runs are dated by the first.
            day = first;
            j++;
        }
        else if (Ordinal(j) is >= 1 and <= 31 and var od && !(W(j) is { Unit: not Grain.None }))
        {
            // "October 3rd", "March eighth"; not "May second-quarter".
            if (W(j + 1) is not { Unit: not Grain.None })
            {
                day = od;
                j++;
            }
        }

        int year = 0;
        if (day > 0)
        {
            int e = IsPunct(j, ',') ? j + 1 : j;
            if (YearAfter(e, out int y) is > 0 and var ye) { year = y; j = ye; }
        }
        else
        {
            int e = Is(j, "of") ? j + 1 : IsPunct(j, ',') ? j + 1 : j;
            if (YearAfter(e, out int y) is > 0 and var ye) { year = y; j = ye; }
            else if (YearWords(e, out int yw) is > 0 and var ywe) { year = yw; j = ywe; }
            else if (!IsPunct(j, ',') && AnaphoricYear(e, out int ya) is > 0 and var yae) { year = ya; j = yae; }
        }

        // "from September to December 2014", "between May and July 1998": the year at the end is the range's.
        if (year == 0 && (Is(j, "to") || Is(j, "through") || Is(j, "until") || Is(j, "and") || IsPunct(j, '-'))
            && W(j + 1) is { Month: > 0 } until && Cap(j + 1))
        {
            int u = j + 2;
            if (Digits(u, out int udl) is >= 1 and <= 31 && udl <= 2) u++;
            int ue = IsPunct(u, ',') ? u + 1 : u;
            if (YearAfter(ue, out int rangeYear) > 0)
                year = until.Month >= w.Month ? rangeYear : rangeYear - 1;
        }

        // "between June and early October", "from March to May": the second month of a range follows the first.
        int link = Role(k - 1) is WordRole.Early or WordRole.Mid or WordRole.Late ? k - 2 : k - 1;
        // A list ("polls in February and October") is no range: "and" counts only after "between".
        if (year == 0 && day == 0 && ((Is(link, "and") && Is(link - 2, "between")) || Is(link, "to") || Is(link, "through") || Is(link, "until"))
            && W(link - 1) is { Month: > 0 } && _lastAnchor.Grain == Grain.Month && _out.Count > 0 && _out[^1].End == _u[link - 1].End)
            year = w.Month >= _lastAnchor.Sub ? _lastAnchor.Year : _lastAnchor.Year + 1;

        if (day == 0 && year == 0)
        {
            // A bare month name must look like one: full name, and for May/March/August a temporal lead-in.
            if (abbreviation) return false;
            // "Drew Ivers, Jill June, Lori Jungling": after a capitalised word that is no time word, a surname.
            if (k - 1 > _sentStart && Cap(k - 1) && !IsAllCaps(k - 1) && _u[k - 1].Kind == TokenKind.Word && W(k - 1) is null && !IsPunct(k - 1, '.')
                && !IsPossessive(k) && !TemporalLead(k - 1) && !Is(k - 1, "at") && !Is(k - 1, "as") && !Is(k - 1, "then"))
                return false;
            if (w.MonthGuarded && !TemporalLead(k - 1)) return false;
        }

        // "June last year", "January this year", "January of last year"
        int relYear = 0;
        int relAt = year == 0 && day == 0 && Is(j, "of") && (Is(j + 1, "last") || Is(j + 1, "this") || Is(j + 1, "next")) ? j + 1 : j;
        if (year == 0 && W(relAt) is { HasRelative: true } rel && rel.Relative is -1 or 0 or 1 && !Is(relAt, "current") && !Is(relAt, "present")
            && W(relAt + 1) is { Unit: Grain.Year, UnitPlural: false } && !Is(j - 1, ","))
        {
            relYear = _dct.Year + rel.Relative;
            year = relYear;
            j = relAt + 2;
        }

        if (day > 0)
        {
            if (year > 0)
            {
                if (!TimePoint.TryDate(year, w.Month, day, out var exact)) return false;
                hit = TimexHit.Of(j, exact);
                return true;
            }

            // "the Sept. 11 attacks": the 2001 attacks, named by their day ("the Sept. 11 attack" may be another year's).
            if (w.Month == 9 && day == 11 && (Is(j, "attacks") || ((Is(j, "terrorist") || Is(j, "terror")) && Is(j + 1, "attacks")) || Is(j, "hijackers"))
                && _dct.Date > new DateOnly(2001, 9, 11))
            {
                hit = TimexHit.Of(j, new TimePoint(Grain.Day, 2001, 9, 11));
                return true;
            }

            // "Muslims celebrating on Sept. 11", "shocked after Sept. 11": with no year and far from this year's, the day
            // is the attacks' (or the year an earlier "Sept. 11, 2012" gave it in this article).
            if (w.Month == 9 && day == 11 && _dct.Date > new DateOnly(2002, 9, 11) && Math.Abs(_dct.Date.DayNumber - new DateOnly(_dct.Year, 9, 11).DayNumber) > 90)
            {
                int told = 2001;
                for (int o = _out.Count - 1; o >= 0; o--)
                {
                    if (_out[o].Value.Length == 10 && _out[o].Value.EndsWith("-09-11", StringComparison.Ordinal) && ParseInt(_out[o].Value.AsSpan(0, 4), out int y911))
                    {
                        told = y911;
                        break;
                    }
                }

                hit = TimexHit.Of(j, new TimePoint(Grain.Day, told, 9, 11));
                return true;
            }

            int dayTense = RegularPastBefore(k) ? -2 : Tense(k, j);
            // "to sway the Nov. 8 election, Clinton said": a vote named by its day that is still ahead this year is this
            // year's, unless a verb right before says it is over ("lost the Nov. 8 election"); a vote whose day this
            // year has passed is left to the nearest ("after the June 7 primary").
            if (dayTense is 0 or -1 && VoteAfter(j) && TimePoint.TryDate(_dct.Year, w.Month, day, out var voteDay) && voteDay.StartDate() > _dct.Date)
                dayTense = 1;
            // "In 2008, on June 3, the senator ...": a day with no year in a sentence set in an earlier year is of that year.
            if (FrameYear(dayTense, k) is > 0 and var dayFrame)
            {
                if (!TimePoint.TryDate(dayFrame, w.Month, day, out var framed)) return false;
                hit = TimexHit.Of(j, framed);
                return true;
            }

            if (!TimePoint.TryDate(_dct.Year, w.Month, Math.Min(day, w.Month == 2 ? 28 : 31), out var guess)) return false;
            if (!TimePoint.TryDate(_dct.Year, w.Month, day, out guess) && !(w.Month == 2 && day == 29)) return false;
            // "shares issued July 1, which will ...": a past verb leading straight into the date is its tense.
            var resolved = Nearest(guess.IsValid ? guess : new TimePoint(Grain.Day, _dct.Year, 2, 28), dayTense);
            if (w.Month == 2 && day == 29 && !TimePoint.TryDate(resolved.Year, 2, 29, out resolved)) return false;
            hit = TimexHit.Of(j, resolved);
            return true;
        }

        var month = new TimePoint(Grain.Month, year > 0 ? year : _dct.Year, w.Month);
        if (year == 0)
        {
            // "the November election", "November's general election", "the November ballot": a vote named by its month
            // is the one ahead unless a verb says it is over ("lost the November election").
            // "Humphrey's loss that November", after "the 1968 convention": the month of the earlier year told.
            if (Is(k - 1, "that") && _lastAnchor.IsValid && _lastAnchor.Grain is not (Grain.Decade or Grain.Century)
                && _lastAnchor.Year < _dct.Year)
            {
                hit = TimexHit.Of(j, new TimePoint(Grain.Month, _lastAnchor.Year, w.Month));
                return true;
            }

            // "the agreement negotiated in December": a past participle or past form straight before "in" and the month.
            int tense = Is(k - 1, "in") && RegularPastBefore(k - 1) && !Prospective(k - 2) ? -2 : Tense(k, j);
            // "Mr. Cruz first stirred Iowa crowds in March", "Trump Tower rented office space in December": a regular past
            // form after its subject, in the month's own clause, is a past verb the lexicon does not list.
            if (tense is 0 or -1 && Is(k - 1, "in") && FinitePastInClause(k - 1)) tense = -2;
            // A year fronted in the sentence before does not frame this one: "In 2009, the duties rose. / In March, the
            // department announced ..." may be a list of dates.
            bool frontedPast = tense is 0 or -1 && FrontedBeforeMainPast(k, j), frontedOnly = frontedPast && tense == 0;
            if (frontedPast) tense = -2;
            if ((tense == 0 || (tense == -1 && _tenseOfSaying)) && (VoteAfter(j) || ProspectiveBefore(k) || ElectionAhead() || (w.Month == 11 && (NovemberContest() || ElectionYearAhead(k, 10)))))
                tense = 1;
            // "In 2008, Obama won the primary in June": the scene's year.
            month = FrameYear(tense, k) is > 0 and var frame && (!frontedOnly || _frameSentence == _sentStart)
                ? new TimePoint(Grain.Month, frame, w.Month)
                : Nearest(month, tense);
        }
        hit = TimexHit.Of(j, month);
        return true;
    }

    /// <summary>
    /// Whether a regular past form right after its subject (a pronoun, "who" or a name, with at most one adverb between)
    /// stands within eight words before <paramref name="k"/> in its clause: "he rented space", "Cruz first stirred
    /// crowds"; not "the ads reserved" (a participle after a noun), nor past a comma, a modal or "to".
    /// </summary>
    private bool FinitePastInClause(int k)
    {
        for (int c = k - 1, words = 0; c >= _sentStart && words < 8; c--)
        {
            if (IsPunct(c, '$') || IsPossessive(c)) continue;
            if (_u[c].Kind is TokenKind.Punct or TokenKind.Quote) return false;
            if (_u[c].Kind != TokenKind.Word) continue;
            words++;
            if (Is(c, "to") || IsModal(c) || Role(c) is WordRole.Future or WordRole.FutureTo || IsSubordinator(c)) return false;
            if (((W(c) is null && EndsWithEd(c) && Sp(c).Length >= 5) || (Role(c) == WordRole.Past && !Is(c, "was") && !Is(c, "were")
                                                                            && !Is(c, "had") && !Is(c, "did") && !Is(c, "said")))
                && !Hyphen(c) && !AfterAuxiliary(c))
            {
                int p = c - 1;
                if (Is(p, "first") || Is(p, "also") || Is(p, "then") || Is(p, "later") || Is(p, "never")
                    || (LowerWord(p) && Sp(p).Length > 4 && Sp(p).EndsWith("ly", StringComparison.Ordinal)))
                    p--;
                return In(p) && _u[p].Kind == TokenKind.Word && (IsSubjectPronoun(p) || Is(p, "who") || (Cap(p) && W(p) is null));
            }
        }

        return false;
    }

    /// <summary>
    /// The earlier year a fronted phrase set this sentence in ("In 2008, ... in June", "But in 2012, ... in April"), when
    /// no tense looks ahead; else 0.
    /// </summary>
    /// <remarks>The next sentence keeps the scene only for a past date fronted the same way ("In 2008, ... . In June, he ...").</remarks>
    private int FrameYear(int tense, int k) =>
        _frameYear > 0 && tense <= 0
        && (_frameSentence == _sentStart || (tense < 0 && _frameSentence == _prevSentStart && Is(k - 1, "in") && k - 1 == _sentStart))
            ? _frameYear
            : 0;

    /// <summary>
    /// "that year", "the same year", "the following year", "the previous year" after "of": the year of the last
    /// explicit date ("took office in January 2009 and peaked in October of that year"); returns the end or -1.
    /// </summary>
    private int AnaphoricYear(int k, out int year)
    {
        year = 0;
        if (!_lastAnchor.IsValid || _lastAnchor.Grain is Grain.Decade or Grain.Century) return -1;
        int shift, end;
        if (Is(k, "that") && Is(k + 1, "year")) { shift = 0; end = k + 2; }
        else if (Is(k, "the") && Is(k + 2, "year") && (Is(k + 1, "same") || Is(k + 1, "following") || Is(k + 1, "previous") || Is(k + 1, "next")))
        {
            shift = Is(k + 1, "same") ? 0 : Is(k + 1, "previous") ? -1 : 1;
            end = k + 3;
        }
        else return -1;
        year = _lastAnchor.Year + shift;
        // "in October of that year" after a day of this year told in between: the earlier year (see TryAnaphor).
        if (shift == 0 && Is(k, "that") && year == _dct.Year && _lastPastYear.IsValid) year = _lastPastYear.Year;
        return year is >= 1 and <= 9999 ? end : -1;
    }

    /// <summary>
    /// Whether the sentence weighs a vote still to come: "the nominee", "electability", "her chances", "if he wins",
    /// "could lose", "winning in the fall", "the top of the ticket", "before the next president takes office". A month
    /// with no tense in it is the vote's month ahead ("a victory for the nominee in November"); a past vote is told with
    /// a past verb, which decides before this is asked.
    /// </summary>
    private bool ElectionAhead()
    {
        // Read once a sentence: a sentence may hold several months.
        if (_electionReadAt == _sentStart) return _electionAhead;
        _electionReadAt = _sentStart;
        _electionAhead = false;
        for (int c = _sentStart; c < _sentEnd; c++)
        {
            // "Prize-winning", "a come-from-behind win": the end of a compound is no verb of a vote.
            if (_u[c].Kind != TokenKind.Word || _u[c].Capital || W(c) is not null || _u[c].HyphenBefore) continue;
            int length = _u[c].End - _u[c].Start;
            if (length is < 3 or > 12) continue;
            if (Is(c, "nominee") || Is(c, "nominees") || Is(c, "electability") || Is(c, "chances") || Is(c, "wins") || Is(c, "ticket")
                || (Is(c, "win") && !Is(c - 1, "a")) || Is(c, "lose") || Is(c, "swing") || Is(c, "battleground")
                || (Is(c, "winning") && Is(c + 1, "in")) || (Is(c, "office") && (Is(c - 1, "takes") || Is(c - 1, "take"))))
            {
                _electionAhead = true;
                break;
            }
        }

        return _electionAhead;
    }

    /// <summary>
    /// Whether a November or a fall told with no verb of its own, in a US election year between spring and the
    /// month before it (<paramref name="lastMonth"/>), is the election's: "All roads lead to Florida -- and November.",
    /// "Then there's November.", "the fight against the Democrats in the fall"; any past form before it in the sentence
    /// ("the attacks that killed 130 people in November") leaves it to the nearest.
    /// </summary>
    private bool ElectionYearAhead(int k, int lastMonth)
    {
        if (_dct.Year % 2 != 0 || _dct.Date.Month < 3 || _dct.Date.Month > lastMonth) return false;
        // The month's clause: from the last colon, semicolon or dash before it; a verb of saying is no tense of the month.
        int start = _sentStart;
        for (int c = k - 1; c > _sentStart; c--)
        {
            if (IsPunct(c, ':') || IsPunct(c, ';') || IsPunct(c, '—') || IsPunct(c, '–')) { start = c + 1; break; }
        }

        for (int c = start; c < k; c++)
        {
            if ((Role(c) == WordRole.Past && !Is(c, "said") && !Is(c, "told")) || (EndsWithEd(c) && W(c) is null)) return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a sentence naming November with no tense weighs the general election still to come: "the votes she
    /// needs in November", "an advantage in November", "a mandate", "seats up in November", "the November landscape",
    /// "reclaiming the White House", "hold on to the Senate". Asked of November alone: the same words sit beside a
    /// poll taken in February.
    /// </summary>
    private bool NovemberContest()
    {
        for (int c = _sentStart; c < _sentEnd; c++)
        {
            if (_u[c].Kind != TokenKind.Word || _u[c].Capital || W(c) is not null || _u[c].HyphenBefore) continue;
            if (Is(c, "votes") || Is(c, "mandate") || Is(c, "advantage") || Is(c, "landscape") || Is(c, "seats")
                || Is(c, "electorate") || Is(c, "reclaim") || Is(c, "reclaiming") || Is(c, "victory") || (Is(c, "hold") && Is(c + 1, "on")))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Past participles the lexicon does not know that look ahead: "slated in May", "reserved in December". Only a
    /// regular past form can stand here ("expected" and "scheduled" carry a role of their own in `modifiers.txt`).
    /// </summary>
    private bool Prospective(int k) =>
        Is(k, "slated") || Is(k, "proposed") || Is(k, "delayed") || Is(k, "postponed") || Is(k, "projected") || Is(k, "anticipated")
        || Is(k, "needed") || Is(k, "required") || Is(k, "allowed") || Is(k, "reserved") || Is(k, "booked") || Is(k, "timed");

    /// <summary>A vote's noun after up to three capitalized words: "primary", "New Hampshire primary", "GOP caucuses".</summary>
    private bool NamedVoteAfter(int j)
    {
        for (int n = 0; n < 3 && Cap(j) && _u[j].Kind == TokenKind.Word; n++) j++;
        return IsVoteNoun(j);
    }

    /// <summary>Whether a vote's noun follows a month: "election(s)", "ballot", "vote", "general election", "midterms", after an optional "'s".</summary>
    private bool VoteAfter(int j)
    {
        if (IsPossessive(j)) j++;
        if (Is(j, "general") || Is(j, "presidential") || Is(j, "runoff")) j++;
        return IsVoteNoun(j);
    }

    private bool IsVoteNoun(int j) =>
        Is(j, "election") || Is(j, "elections") || Is(j, "ballot") || Is(j, "vote") || Is(j, "midterms") || Is(j, "midterm")
        || Is(j, "referendum") || Is(j, "runoff") || Is(j, "contest") || Is(j, "contests") || Is(j, "primary") || Is(j, "primaries")
        || Is(j, "caucus") || Is(j, "caucuses") || (Is(j, "run") && Hyphen(j + 1) && Is(j + 1, "off")); // "an early May run-off"

    /// <summary>
    /// Whether a verb with no tense of its own leads to a month: an infinitive ("to win a mandate in November") or
    /// a gerund after a preposition ("chances of winning in November"). With no tense cue either way, these look ahead.
    /// </summary>
    private bool ProspectiveBefore(int k, int reach = 6, bool gerunds = true)
    {
        for (int c = k - 2, words = 0; c >= _sentStart && words < reach; c--)
        {
            if (!In(c) || _u[c].Kind == TokenKind.Punct || IsQuote(c)) return false;
            if (_u[c].Kind != TokenKind.Word) continue;
            words++;
            if (_u[c].Capital || W(c) is not null) continue;
            var s = Sp(c);
            if (Is(c - 1, "to") && !Hyphen(c - 1) && !Hyphen(c) && !IsDeterminer(c) && !Is(c, "his") && !Is(c, "them") && !Is(c, "him")
                && !s.EndsWith("ed", StringComparison.Ordinal) && !s.EndsWith("s", StringComparison.Ordinal))
                return !PastBefore(c - 1); // "failed to allay concerns in December" told of the past
            if (gerunds && s.Length > 5 && s.EndsWith("ing", StringComparison.Ordinal)
                && (Is(c - 1, "of") || Is(c - 1, "for") || Is(c - 1, "about") || Is(c - 1, "toward") || Is(c - 1, "towards")))
                return true;
        }

        return false;
    }

    /// <summary>Whether a past form stands in the few words before <paramref name="k"/>, up to a punctuation mark.</summary>
    private bool PastBefore(int k)
    {
        for (int c = k - 1, words = 0; c >= _sentStart && words < 8; c--)
        {
            if (!In(c) || IsPunct(c, ',') || IsPunct(c, ';') || IsPunct(c, ':')) return false;
            if (_u[c].Kind != TokenKind.Word) continue;
            words++;
            if (Role(c) == WordRole.Past || (EndsWithEd(c) && W(c) is null)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the word before "a day" counts things or time, so the phrase is a rate: "50 minutes a day", "one day a
    /// week", "rallies a day", "dollars a year"; not before "before"/"after" ("voters a week before the vote").
    /// </summary>
    private bool CountedBefore(int k, int end)
    {
        if (!In(k) || _u[k].Kind != TokenKind.Word || _u[k].Capital) return false;
        if (Role(end) is WordRole.Before or WordRole.After || Is(end, "before") || Is(end, "after") || Is(end, "from") || Is(end, "into")) return false;
        if (W(k) is { Unit: not Grain.None }) return true;
        var s = Sp(k);
        // "30,000 cars a year", "jobs a month": a short plural counts things too; "does", "goes", "says" are verbs.
        return W(k) is null && s.Length > 3 && s[^1] == 's' && s[^2] is not ('s' or 'u' or 'i')
               && !s.EndsWith("ous", StringComparison.Ordinal) && !s.EndsWith("ness", StringComparison.Ordinal)
               && !Is(k, "does") && !Is(k, "goes") && !Is(k, "says");
    }

    /// <summary>
    /// Whether "daily"/"weekly" at <paramref name="k"/> is a noun naming a paper: after a determiner or a capitalised
    /// or press adjective, with no noun after it ("a free daily.", "told the Israeli daily", "the Communist Party daily
    /// Granma"); "the daily briefing" and "rallies held daily" keep their recurrence.
    /// </summary>
    private bool PeriodicalNoun(int k)
    {
        bool nothingAfter = !In(k + 1) || _u[k + 1].Kind != TokenKind.Word || Cap(k + 1) || Is(k + 1, "reported") || Is(k + 1, "said");
        if (!nothingAfter || Cap(k)) return false;
        if (Is(k - 1, "a") || Is(k - 1, "the")) return !In(k + 1) || _u[k + 1].Kind != TokenKind.Word;
        bool pressWord = Is(k - 1, "free") || Is(k - 1, "business") || Is(k - 1, "financial") || Is(k - 1, "tabloid") || Is(k - 1, "national")
                         || Is(k - 1, "regional") || Is(k - 1, "local") || Is(k - 1, "leading") || Is(k - 1, "popular") || Is(k - 1, "state-run")
                         || Is(k - 1, "official") || Is(k - 1, "independent") || Is(k - 1, "conservative") || Is(k - 1, "liberal");
        return (pressWord || (Cap(k - 1) && k - 1 > _sentStart && !IsAllCaps(k - 1)))
               && (Is(k - 2, "a") || Is(k - 2, "the") || Is(k - 2, "an") || (Cap(k - 2) && k - 2 > _sentStart) || IsPossessive(k - 2));
    }

    /// <summary>
    /// Whether the words ending at <paramref name="k"/> give an amount a rate may follow: a percentage ("20%", "8.5
    /// percent"), a money amount ("$1.76", "$500 million", "163 pesos") or another measured quantity ("60 miles").
    /// </summary>
    private bool AmountBefore(int k)
    {
        if (!In(k)) return false;
        if (IsPunct(k, '%')) return true;
        // "60 miles", "163 pesos", "millions of dollars": a measure noun names an amount, counted or not.
        if (Role(k) == WordRole.Measure) return true;
        if (IsScale(k)) k--;
        return IsNumberToken(k) && (IsPunct(k - 1, '$') || IsPunct(k - 1, '€') || IsPunct(k - 1, '£') || Sp(k)[0] is '$' or '€' or '£');
    }

    /// <summary>
    /// Whether a rate word at <paramref name="k"/> follows an amount, straight or past "in" or "per" and a noun:
    /// "a half-billion dollars in costs annually", "$213 per adult per year", "invest billions a year".
    /// </summary>
    private bool AmountBeforeRate(int k)
    {
        if (AmountBefore(k - 1)) return true;
        if (Is(k - 1, "billions") || Is(k - 1, "millions") || Is(k - 1, "trillions")) return true;
        return LowerWord(k - 1) && W(k - 1) is null && (Is(k - 2, "in") || Is(k - 2, "per")) && AmountBefore(k - 3);
    }

    private bool IsScale(int k) => Is(k, "million") || Is(k, "billion") || Is(k, "trillion") || Is(k, "thousand");

    /// <summary>The first day of a range of days written as one token ("25-28"); 0 when the token is none.</summary>
    private int DayRange(int k)
    {
        if (!IsNumberToken(k)) return 0;
        var s = Sp(k);
        int dash = s.IndexOf('-');
        if (dash is < 1 or > 2 || s.Length - dash - 1 is < 1 or > 2) return 0;
        if (!ParseInt(s[..dash], out int a) || !ParseInt(s[(dash + 1)..], out int b)) return 0;
        return a is >= 1 and <= 31 && b > a && b <= 31 ? a : 0;
    }

    /// <summary>The first year of one number token "2009-2013" whose years are both modern and rising; 0 when none.</summary>
    private int YearRange(int k)
    {
        if (!IsNumberToken(k)) return 0;
        var s = Sp(k);
        if (s.Length != 9 || s[4] is not ('-' or '–')) return 0;
        if (!ParseInt(s[..4], out int a) || !ParseInt(s[5..], out int b)) return 0;
        return a is >= 1800 and <= 2099 && b > a && b <= 2099 && !IsPunct(k + 1, '%') && !Is(k + 1, "percent") ? a : 0;
    }

    /// <summary>A year written in words: "nineteen ninety-seven", "two thousand"; returns the end or -1.</summary>
    private int YearWords(int k, out int year)
    {
        year = 0;
        if (W(k) is not { HasNumber: true } a || Is(k, "a") || Is(k, "an")) return -1;
        if (a.Number is >= 10 and <= 20 && W(k + 1) is { HasNumber: true } b && b.Number is >= 10 and <= 90 && !Is(k + 1, "a"))
        {
            int rest = b.Number, e = k + 2;
            if (rest >= 20 && rest % 10 == 0 && W(e) is { HasNumber: true } c && c.Number is >= 1 and <= 9 && !Is(e, "a") && !Is(e, "an"))
            {
                rest += c.Number;
                e++;
            }

            year = a.Number * 100 + rest;
            return year is >= 1000 and <= 2999 ? e : -1;
        }

        if (a.Number == 2 && Is(k + 1, "thousand"))
        {
            year = 2000;
            return k + 2;
        }

        return -1;
    }

    /// <summary>"3 October 2022", "3rd of October": a day before the month name.</summary>
    private bool TryDayMonth(int k, out TimexHit hit)
    {
        hit = default;
        int day = Digits(k, out int dl);
        if (dl is not (1 or 2)) day = Ordinal(k);
        if (day is < 1 or > 31) return false;
        int j = k + 1;
        if (Is(j, "of")) j++;
        if (W(j) is not { Month: > 0 } m || !Cap(j)) return false;
        j++;
        int e = IsPunct(j, ',') ? j + 1 : j;
        if (YearAfter(e, out int year) is > 0 and var ye)
        {
            if (!TimePoint.TryDate(year, m.Month, day, out var exact)) return false;
            hit = TimexHit.Of(ye, exact);
            return true;
        }

        if (!TimePoint.TryDate(_dct.Year, m.Month, day, out var guess)) return false;
        hit = TimexHit.Of(j, Nearest(guess, Tense(k, j)));
        return true;
    }

    /// <summary>
    /// Places a point given without its year in the year that puts it nearest the article's date, counting a
    /// distance into the future double (news mostly reports the past). A future cue rules out the past ("will meet
    /// on October 25" looks ahead); a past cue counts the future five times (a past verb may still report a
    /// coming date: "had been set to expire Nov. 6"); -2, a past verb leading straight into the date ("issued July
    /// 1"), all but rules the future out.
    /// </summary>
    private TimePoint Nearest(TimePoint inDctYear, int tense, bool resultsOfThePast = true)
    {
        var dct = _dct.Date;
        var best = inDctYear;
        // Results news reports quarters and halves that are over, whatever the verb ("will report third-quarter
        // results"), unless told of as ahead (see PeriodAhead); for other points a tense cue decides the direction.
        bool period = resultsOfThePast && inDctYear.Grain is Grain.Quarter or Grain.Half;
        long ahead = period ? 5L : tense < -1 ? 1000L : tense < 0 ? 5L : tense > 0 ? 1L : 2L;
        long behind = !period && tense > 0 ? 100L : 1L;
        long bestScore = long.MaxValue;
        for (int shift = -1; shift <= 1; shift++)
        {
            TimePoint candidate;
            if (inDctYear.HasDate)
            {
                if (!TimePoint.TryDate(inDctYear.Year + shift, inDctYear.Sub, inDctYear.Day, out candidate)) continue;
                if (inDctYear.Grain == Grain.Time) candidate = candidate.WithTime(inDctYear.Hour, inDctYear.Minute, inDctYear.Part);
            }
            else
            {
                if (inDctYear.Year + shift is < 1 or > 9998) continue;
                candidate = new TimePoint(inDctYear.Grain, inDctYear.Year + shift, inDctYear.Sub);
            }

            var start = candidate.StartDate();
            var last = candidate.EndDate();
            long score;
            if (dct < start) score = (start.DayNumber - dct.DayNumber) * ahead;
            else if (dct > last) score = (dct.DayNumber - last.DayNumber) * behind;
            else score = 0;
            if (score < bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }

        return best;
    }

    // ---- digits: dates, clock times, years, decades, ordinals ------------------------------------------------

    private bool TryNumber(int k, bool the, out TimexHit hit)
    {
        hit = default;
        if (!IsNumberToken(k)) return false;
        var s = Sp(k);
        if (s.Length > 12) return false;

        if (s.Contains('/')) return TrySlashDate(k, s, out hit);
        if (s.Length == 10 && s[4] == '-' && s[7] == '-')
        {
            if (ParseInt(s[..4], out int y) && ParseInt(s.Slice(5, 2), out int m) && ParseInt(s.Slice(8, 2), out int d)
                && TimePoint.TryDate(y, m, d, out var iso))
            {
                hit = TimexHit.Of(k + 1, iso);
                return true;
            }

            return false;
        }

        if (s.Contains(':') || ClockSuffix(k + 1) || GluedClock(s)) return TryClock(k, out hit);
        if (TrySpelledClock(k, out hit)) return true;

        // "1990s", "80s", "'80s"
        if (s.Length is 3 or 5 && (s[^1] is 's' or 'S') && ParseInt(s[..^1], out int dec) && dec % 10 == 0)
        {
            int decade = s.Length == 5 ? dec / 10 : 190 + dec / 10;
            if (s.Length == 3 && !(In(k - 1) && _u[k - 1].Kind == TokenKind.Quote) && !the && !Is(k - 1, "mid")) return false;
            // "in his mid-20s", "their 30s": an age.
            int owner = Is(k - 1, "mid") || Role(k - 1) is WordRole.Early or WordRole.Late ? k - 2 : k - 1;
            if (s.Length == 3 && (Is(owner, "his") || Is(owner, "her") || Is(owner, "their") || Is(owner, "my") || Is(owner, "your")
                                  || Is(owner, "our") || Is(owner, "its")))
                return false;
            hit = TimexHit.Of(k + 1, new TimePoint(Grain.Decade, decade));
            return true;
        }

        int ord = Ordinal(k);
        if (ord > 0) return TryOrdinalLed(k, ord, out hit);

        if (TryDayMonth(k, out hit)) return true;

        // "from 2009-2013": a range of years, dated like a range of days by where it starts.
        if (YearRange(k) is > 0 and var firstYear)
        {
            hit = TimexHit.Of(k + 1, new TimePoint(Grain.Year, firstYear));
            return true;
        }

        int year = YearToken(k);
        if (year > 0 && LooksLikeYear(k, year))
        {
            int e = k + 1;
            // "the 1988 second quarter", "the 1988 period"
            if (Ordinal(e) is >= 1 and <= 4 and var q && W(e + 1) is { Unit: Grain.Quarter, UnitPlural: false })
            {
                hit = TimexHit.Of(e + 2, new TimePoint(Grain.Quarter, year, q));
                return true;
            }

            // "the 1988 period" after "in the first nine months" is those months of 1988, which the year stands for.
            if (the && (Is(e, "period") || W(e) is { Unit: Grain.Quarter, UnitPlural: false }) && _lastQuarter.IsValid
                && !(Is(e, "period") && LongerPeriodBefore(k)))
            {
                hit = TimexHit.Of(e + 1, new TimePoint(Grain.Quarter, year, _lastQuarter.Sub));
                hit.Derived = true;
                return true;
            }

            // "the 1988 Super Tuesday", "the 2012 Election Day": a named day of that year.
            if (Cap(e) && W(e) is not null)
            {
                _yearBefore = year;
                bool named = TryPhrase(e, out var day) && day.HasPoint && day.Point.HasDate && day.Point.Year == year;
                _yearBefore = 0;
                if (named)
                {
                    hit = TimexHit.Of(day.End, day.Point);
                    return true;
                }
            }

            hit = TimexHit.Of(e, new TimePoint(Grain.Year, year));
            return true;
        }

        return false;
    }

    private static bool ParseInt(ReadOnlySpan<char> s, out int v) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out v);

    private bool TrySlashDate(int k, ReadOnlySpan<char> s, out TimexHit hit)
    {
        hit = default;
        int a = s.IndexOf('/');
        int b = s[(a + 1)..].IndexOf('/');
        if (a <= 0 || b <= 0) return false; // "1/2" is a fraction, not a date
        b += a + 1;
        if (!ParseInt(s[..a], out int m) || !ParseInt(s[(a + 1)..b], out int d) || !ParseInt(s[(b + 1)..], out int y)) return false;
        int yl = s.Length - b - 1;
        if (yl == 2) y += y > 30 ? 1900 : 2000;
        else if (yl != 4) return false;
        // US order first (10/3/2022), then day-first when the month cannot be a month (25/12/2022).
        if (!TimePoint.TryDate(y, m, d, out var date) && !TimePoint.TryDate(y, d, m, out date)) return false;
        hit = TimexHit.Of(k + 1, date);
        return true;
    }

    private bool ClockSuffix(int k) =>
        Is(k, "a.m.") || Is(k, "p.m.") || Is(k, "a.m") || Is(k, "p.m") || Is(k, "am") || Is(k, "pm") || Is(k, "o'clock") || Is(k, "o’clock");

    private static bool GluedClock(ReadOnlySpan<char> s) =>
        s.Length is >= 3 and <= 4 && (s.EndsWith("am", StringComparison.OrdinalIgnoreCase) || s.EndsWith("pm", StringComparison.OrdinalIgnoreCase))
        && char.IsDigit(s[0]);

    private bool TryClock(int k, out TimexHit hit)
    {
        hit = default;
        var s = Sp(k);
        int hour, minute = 0;
        int colon = s.IndexOf(':');
        bool? pm = null;
        if (colon > 0)
        {
            var rest = s[(colon + 1)..];
            if (rest.Length < 2 || !ParseInt(s[..colon], out hour) || !ParseInt(rest[..2], out minute)) return false;
            // "10:47PM", "6:00p.m."; not "10:47PMPost", words run together in a scraped page, which would take the next
            // word in.
            var suffix = rest[2..];
            if (suffix.Length > 0)
            {
                if (!(suffix is "a" or "p" or "A" or "P" || suffix.Equals("am", StringComparison.OrdinalIgnoreCase) || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase)
                      || suffix.Equals("a.m", StringComparison.OrdinalIgnoreCase) || suffix.Equals("p.m", StringComparison.OrdinalIgnoreCase)
                      || suffix.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || suffix.Equals("p.m.", StringComparison.OrdinalIgnoreCase)))
                    return false;
                pm = suffix[0] is 'p' or 'P';
            }
        }
        else
        {
            int digits = 0;
            while (digits < s.Length && char.IsDigit(s[digits])) digits++;
            if (!ParseInt(s[..digits], out hour)) return false;
            if (digits < s.Length) pm = s[digits..].StartsWith("p", StringComparison.OrdinalIgnoreCase);
        }

        if (hour > 24 || minute > 59) return false;
        int e = k + 1;
        if (ClockSuffix(e))
        {
            if (!Is(e, "o'clock") && !Is(e, "o’clock")) pm = Sp(e).StartsWith("p", StringComparison.OrdinalIgnoreCase);
            e++;
        }

        if (pm == true && hour < 12) hour += 12;
        if (pm == false && hour == 12) hour = 0;
        if (pm is null && colon < 0) return false;
        // "Exodus 18:21", "Romans 8:31": chapter and verse after a book's name, where a clock time would have "at", a
        // day or a.m./p.m. about it.
        if (pm is null && Role(e) != WordRole.Zone && k - 1 > _sentStart && Cap(k - 1) && !IsAllCaps(k - 1) && W(k - 1) is null
            && !IsPunct(k - 1, '.'))
            return false;
        if (Role(e) == WordRole.Zone) e++;
        else if (Role(e) == WordRole.Local && Is(e + 1, "time")) e += 2;
        // A clock time standing as a sentence of its own is a live report's stamp ("___. 9:21 p.m. The senator ..."):
        // it heads an entry of the article's day, not of the day the entry before it mentioned.
        var day = k == _sentStart && e >= _sentEnd ? _dct : RefDay();
        if (TryDayAfter(e, k, out var dayHit)) { day = dayHit.Point; e = dayHit.End; }
        hit = TimexHit.Of(e, day.WithTime(hour, minute, null));
        return true;
    }

    /// <summary>An hour told by its part of day: "4 in the morning", "at 9 in the evening".</summary>
    private bool TrySpelledClock(int k, out TimexHit hit)
    {
        hit = default;
        int hour = Digits(k, out int digits);
        // Only after a word that leads in a time: "fell 4 in the morning session" is a count.
        bool leadIn = Is(k - 1, "at") || Is(k - 1, "by") || Is(k - 1, "until") || Is(k - 1, "till") || Is(k - 1, "around")
                      || Is(k - 1, "about") || Is(k - 1, "from") || Is(k - 1, "before") || Is(k - 1, "after");
        if (!leadIn || digits is not (1 or 2) || hour is < 1 or > 12 || !Is(k + 1, "in") || !Is(k + 2, "the")
            || W(k + 3) is not { DayPart: "MO" or "AF" or "EV" } part || Sp(k + 3)[^1] is 's' or 'S')
            return false;
        if (part.DayPart == "MO" && hour == 12) hour = 0;
        else if (part.DayPart != "MO" && hour < 12) hour += 12;
        int e = k + 4;
        var day = RefDay();
        if (TryDayAfter(e, k, out var dayHit)) { day = dayHit.Point; e = dayHit.End; }
        hit = TimexHit.Of(e, day.WithTime(hour, 0, null));
        return true;
    }

    /// <summary>Whether a four-digit number reads as a year rather than a quantity ("358,000 jobs", "$1999", "2000 troops").</summary>
    private bool LooksLikeYear(int k, int year)
    {
        if (IsPunct(k + 1, '%') || Is(k + 1, "percent") || Is(k + 1, "per") || W(k + 1) is { Unit: not Grain.None, UnitPlural: true }) return false;
        if (In(k - 1) && _u[k - 1].Kind == TokenKind.Punct && Sp(k - 1) is "$" or "€" or "£" or "#" or "¥") return false;
        if (Is(k - 1, "No.") || Is(k - 1, "number") || Is(k - 1, "flight") || Is(k - 1, "route") || Is(k - 1, "page") || Is(k - 1, "room")
            || Is(k - 1, "highway") || Is(k - 1, "resolution") || Is(k - 1, "model")) return false;
        if (ModelYear(k) || YearOfCalledName(k)) return false;
        // "from 2009-2013": two years joined by a hyphen are a range of years, not a number pair.
        if ((IsNumberToken(k - 1) && !(Hyphen(k) && YearToken(k - 1) > 0)) || (IsNumberToken(k + 1) && !(Hyphen(k + 1) && YearToken(k + 1) > 0)))
            return false;
        // "the 2004 and 2008 conventions", "the end of 2015", "Obama's 2008 address": a year list, a time's "of" and a
        // possessor lead into a year as surely as "in" does.
        if ((Is(k - 1, "and") || Is(k - 1, "or")) && year is >= 1800 and <= 2099
            && (YearToken(k - 2) is >= 1800 and <= 2099 || (IsPunct(k - 2, ',') && YearToken(k - 3) is >= 1800 and <= 2099)))
            return true;
        if (Is(k - 1, "of") && (Role(k - 2) == WordRole.Edge || W(k - 2) is { Season: > 0 } or { Month: > 0 })) return true;
        // "imports from 1999 to 2011 cost jobs": the end of a span of years, whatever word follows.
        if ((Is(k - 1, "to") || Is(k - 1, "through") || Is(k - 1, "until")) && year is >= 1800 and <= 2099 && YearToken(k - 2) is >= 1800 and <= 2099
            && Is(k - 3, "from"))
            return true;
        if (IsPossessive(k - 1) && year is >= 1800 and <= 2099) return true;
        bool quantityBefore = Role(k - 1) is WordRole.Hedge or WordRole.Hedge2 || Is(k - 1, "and") || Is(k - 1, "or") || Is(k - 1, "of");
        bool lowerAfter = In(k + 1) && _u[k + 1].Kind == TokenKind.Word && !_u[k + 1].Capital && NoTimeOfItsOwn(k + 1) && !IsVerbLike(k + 1);
        if (quantityBefore && lowerAfter) return false;
        // "cut 1999 jobs", "is 1990 meters": a count of a plural noun after a verb is no year ("in 1990 prices" still is).
        if (lowerAfter && !Hyphen(k) && Sp(k + 1) is { Length: > 3 } plural && plural[^1] == 's' && plural[^2] != '\''
            && In(k - 1) && _u[k - 1].Kind == TokenKind.Word && !_u[k - 1].Capital && W(k - 1) is null && !YearLeadIn(k - 1))
            return false;
        if (year < 1800 || year > 2099)
        {
            // "in front of 2500 of these guys": a far number before "of" counts a part ("in 2008 of" may be a year).
            if (Is(k + 1, "of")) return false;
            // Old and far years need a lead-in: "in 1066", "since 1648".
            return Is(k - 1, "in") || Is(k - 1, "since") || Is(k - 1, "from") || Is(k - 1, "until") || Is(k - 1, "by")
                   || Is(k - 1, "before") || Is(k - 1, "after") || Is(k - 1, "year") || Is(k - 1, "circa") || Is(k - 1, "of");
        }

        return true;
    }

    /// <summary>
    /// A model year: a maker and its model or a kind of vehicle follow ("Kopp's 1987 Chevrolet Cavalier", "the 2012 Ford
    /// Focus", "a 2009 Toyota pickup"). A maker with no model after it may be a person or a firm ("the 1976 Ford
    /// campaign", "the 2009 Chrysler bankruptcy"), whose year stays a time.
    /// </summary>
    private bool ModelYear(int k)
    {
        if (Role(k + 1) != WordRole.Make || !Cap(k + 1) || Hyphen(k + 1)) return false;
        // A model in figures: "a 1968 Boeing 727".
        if (Role(k + 2) == WordRole.Vehicle || (IsNumberToken(k + 2) && !Hyphen(k + 2))) return true;
        // A model's name: a capitalized word the lexicon does not know ("Cavalier", "Focus", "F-150"); a firm's own words
        // ("Ford Motor", "Ford Foundation") name the maker as a company.
        // In a headline every word has a capital ("Aides Recall the 1976 Ford Campaign"): only prose shows a model's name.
        return Cap(k + 2) && _u[k + 2].Kind == TokenKind.Word && W(k + 2) is null && !IsAllCaps(k + 1) && !TitleCase()
               && !(Is(k + 2, "Motor") || Is(k + 2, "Motors") || Is(k + 2, "Motor's") || Is(k + 2, "Foundation") || Is(k + 2, "Co.")
                    || Is(k + 2, "Company") || Is(k + 2, "Corp.") || Is(k + 2, "Group") || Is(k + 2, "Library") || Is(k + 2, "Center")
                    || Is(k + 2, "Presidential") || Is(k + 2, "Administration"));
    }

    /// <summary>
    /// A year that ends a name brought in by "called", "named", "dubbed" or "known as": "a joint venture called Orion
    /// 1980", "a plan dubbed ``Vision 2030''". The year is part of the name, not a time.
    /// </summary>
    private bool YearOfCalledName(int k)
    {
        int c = k - 1;
        // "named Trump 2016's person of the year": the year owns what follows.
        if (!Cap(c) || _u[c].Kind != TokenKind.Word || W(c) is not null || IsPossessive(k + 1)) return false;
        // At most four capitalized words of the name, an opening quotation mark before them.
        for (int n = 0; n < 4 && Cap(c) && _u[c].Kind == TokenKind.Word && W(c) is null; n++) c--;
        if (IsQuote(c)) c--;
        // A headline's capitals ("Clinton Named Kaine 2016 Running Mate") give no name's bounds.
        return !Cap(c) && (Is(c, "called") || Is(c, "named") || Is(c, "dubbed") || Is(c, "nicknamed") || Is(c, "titled") || Is(c, "entitled")
                           || Is(c, "christened") || (Is(c, "as") && Is(c - 1, "known")))
               && !TitleCase();
    }

    /// <summary>Whether the sentence is a headline in title case: no word of four letters or more starts small.</summary>
    private bool TitleCase()
    {
        for (int c = _sentStart; c < _sentEnd; c++)
        {
            if (_u[c].Kind == TokenKind.Word && !_u[c].Capital && _u[c].End - _u[c].Start >= 4) return false;
        }

        return true;
    }

    /// <summary>Words after which a four-digit number is a year whatever follows: "in", "since", "the", "its".</summary>
    private bool YearLeadIn(int k) =>
        Is(k, "in") || Is(k, "since") || Is(k, "by") || Is(k, "of") || Is(k, "the") || Is(k, "until") || Is(k, "till") || Is(k, "from")
        || Is(k, "during") || Is(k, "before") || Is(k, "after") || Is(k, "through") || Is(k, "for") || Is(k, "to") || Is(k, "its")
        || Is(k, "their") || Is(k, "his") || Is(k, "her") || Is(k, "our") || Is(k, "this") || Is(k, "that") || Is(k, "and") || Is(k, "or")
        || Is(k, "between") || Is(k, "around") || Is(k, "circa") || Is(k, "year") || Is(k, "fiscal");

    private bool IsVerbLike(int k) =>
        Is(k, "was") || Is(k, "is") || Is(k, "were") || Is(k, "are") || Is(k, "has") || Is(k, "had") || Is(k, "will") || Is(k, "saw")
        || Is(k, "and") || Is(k, "to") || Is(k, "when") || Is(k, "as") || Is(k, "for") || Is(k, "in") || Is(k, "the") || Is(k, "that")
        || Is(k, "level") || Is(k, "levels") || Is(k, "period") || Is(k, "results") || Is(k, "elections") || Is(k, "election");

    /// <summary>An ordinal with what it counts: a quarter, a half, a century, a day of a month, "the first nine months".</summary>
    private bool TryOrdinalLed(int k, int ord, out TimexHit hit)
    {
        hit = default;
        int j = k + 1;
        var next = W(j);
        if (next is { Unit: Grain.Quarter } qw && ord is >= 1 and <= 4)
        {
            if (qw.UnitPlural)
            {
                hit = TimexHit.Of(j + 1, TimexType.Set, "XXXX-Q" + ord.ToString(CultureInfo.InvariantCulture));
                return true;
            }

            return PeriodWithYear(new TimePoint(Grain.Quarter, _dct.Year, ord), k, j + 1, out hit);
        }

        if (next is { Role: WordRole.Half } && ord is 1 or 2 && !Is(j, "halves"))
            return PeriodWithYear(new TimePoint(Grain.Half, _dct.Year, ord), k, j + 1, out hit);

        // "21st Century Fox", "the 21st Century Fund": a capitalised "Century" before a capitalised word inside a sentence
        // is part of a name.
        if (next is { Unit: Grain.Century, UnitPlural: false } && ord is >= 1 and <= 30
            && !(Cap(j) && !IsAllCaps(j) && In(j + 1) && _u[j + 1].Kind == TokenKind.Word && Cap(j + 1) && W(j + 1) is null))
        {
            hit = TimexHit.Of(j + 1, new TimePoint(Grain.Century, ord - 1));
            return true;
        }

        if (TryDayMonth(k, out hit)) return true;

        // "Today is the eighth day of the blockade", "It's the second day of an offensive": the day so counted is today.
        if (W(j) is { Unit: Grain.Day, UnitPlural: false } && Is(j + 1, "of") && Is(k - 1, "the") && (Is(k - 2, "is") || IsPossessive(k - 2))
            && W(j + 2) is not { Month: > 0 } && YearToken(j + 2) == 0)
        {
            hit = TimexHit.Of(j + 1, _dct.To(Grain.Day));
            return true;
        }

        // "the first nine months", "the first six months of the year"
        if (ord == 1 && Count(j, out int n) is > 0 and var ce && n > 1 && W(ce) is { UnitPlural: true, UnitCode: { } code })
        {
            hit = TimexHit.Duration(ce + 1, n, code);
            return true;
        }

        return false;
    }

    /// <summary>A quarter, half or season with its year: "of 1990", "1990", "last year"; else the year that fits the tense.</summary>
    private bool PeriodWithYear(TimePoint inDctYear, int start, int e, out TimexHit hit)
    {
        int j = Is(e, "of") ? e + 1 : e;
        if (YearAfter(j, out int year) is > 0 and var ye0)
        {
            hit = TimexHit.Of(ye0, new TimePoint(inDctYear.Grain, year, inDctYear.Sub));
            return true;
        }

        if (YearWords(j, out int yw) is > 0 and var ye)
        {
            hit = TimexHit.Of(ye, new TimePoint(inDctYear.Grain, yw, inDctYear.Sub));
            return true;
        }

        if (AnaphoricYear(j, out int ya) is > 0 and var yae)
        {
            hit = TimexHit.Of(yae, new TimePoint(inDctYear.Grain, ya, inDctYear.Sub));
            return true;
        }

        if (W(e) is { HasRelative: true } rel && rel.Relative is -1 or 0 or 1 && !Is(e, "current") && W(e + 1) is { Unit: Grain.Year, UnitPlural: false })
        {
            hit = TimexHit.Of(e + 2, new TimePoint(inDctYear.Grain, _dct.Year + rel.Relative, inDctYear.Sub));
            return true;
        }

        if (Is(e, "of") && Is(e + 1, "the") && W(e + 2) is { Unit: Grain.Year, UnitPlural: false })
        {
            // "the first half of the year": this year's or, when that is still to come, last year's; never next
            // year's, which would be named so.
            var point = Nearest(inDctYear, Tense(start, e + 3));
            if (point.Year > _dct.Year) point = new TimePoint(inDctYear.Grain, _dct.Year, inDctYear.Sub);
            hit = TimexHit.Of(e + 3, point);
            return true;
        }

        // "the second quarter ended Oct. 31": the day it ended tells the year, a fiscal quarter keeping its own number.
        if ((Is(e, "ended") || Is(e, "ending")) && TryMonth(e + 1, out var close) && close.Point.HasDate)
        {
            hit = TimexHit.Of(e, new TimePoint(inDctYear.Grain, close.Point.Year, inDctYear.Sub));
            return true;
        }

        // "during the first half", "in the second half of July", "the last half of the '80s": a half with no year is a
        // game's, a debate's or a longer span's; only talk of results makes it a half-year ("profit for the first half").
        if (inDctYear.Grain == Grain.Half && (Is(e, "of") || !ResultsTalk()))
        {
            hit = default;
            return false;
        }

        int tense = Tense(start, e);
        // "winning in the fall", "to campaign in the spring": a season with no tense of its own, in talk of a vote
        // ahead or after an infinitive, is the one ahead, as a month is.
        if (tense == 0 && inDctYear.Grain == Grain.Season && (ElectionAhead() || ProspectiveBefore(start) || (inDctYear.Sub == 3 && ElectionYearAhead(start, 8)))) tense = 1;
        hit = TimexHit.Of(e, Nearest(inDctYear, tense, resultsOfThePast: !PeriodAhead(inDctYear, tense, start)));
        return true;
    }

    /// <summary>
    /// Whether a quarter or half told in the future is the one ahead ("sales will rise in the fourth quarter" in
    /// March): the last one of that name ended a season ago, so its results are out, and no verb of reporting ("will
    /// report fourth-quarter results") makes the sentence about them.
    /// </summary>
    private bool PeriodAhead(TimePoint inDctYear, int tense, int start)
    {
        if (tense <= 0 || inDctYear.Grain is not (Grain.Quarter or Grain.Half)) return false;
        var dct = _dct.Date;
        var lastEnded = inDctYear.EndDate() < dct ? inDctYear : new TimePoint(inDctYear.Grain, inDctYear.Year - 1, inDctYear.Sub);
        if (inDctYear.StartDate() <= dct && dct <= inDctYear.EndDate()) return false;
        if (dct.DayNumber - lastEnded.EndDate().DayNumber <= 75) return false;
        for (int c = start - 1; c >= _sentStart; c--)
        {
            if (Is(c, "report") || Is(c, "reports") || Is(c, "reporting") || Is(c, "post") || Is(c, "posts") || Is(c, "release")
                || Is(c, "releases") || Is(c, "announce") || Is(c, "announces") || Is(c, "publish") || Is(c, "publishes"))
                return false;
        }

        return true;
    }

    /// <summary>Whether the sentence talks of a company's or an economy's results: "profit", "earnings", "sales", "fiscal", "growth".</summary>
    private bool ResultsTalk()
    {
        for (int c = _sentStart; c < _sentEnd; c++)
        {
            if (_u[c].Kind != TokenKind.Word || Cap(c) && c > _sentStart) continue;
            if (Is(c, "profit") || Is(c, "profits") || Is(c, "earnings") || Is(c, "revenue") || Is(c, "revenues") || Is(c, "sales")
                || Is(c, "income") || Is(c, "loss") || Is(c, "losses") || Is(c, "results") || Is(c, "fiscal") || Is(c, "growth")
                || Is(c, "economy") || Is(c, "output") || Is(c, "dividend") || Is(c, "shipments") || Is(c, "orders") || Is(c, "deficit")
                || Is(c, "exports") || Is(c, "imports") || Is(c, "production") || Is(c, "inflation") || Is(c, "gdp"))
                return true;
        }

        return false;
    }

    // ---- compact results periods: "Q3 2022", "2022 Q3", "H1 2023", "FY2022", "FY 2022" -----------------------

    private bool TryCompactPeriod(int k, out TimexHit hit)
    {
        hit = default;
        // "2022 Q3": the year first.
        if (YearToken(k) is > 0 and var leading && CompactPeriod(k + 1, out var grain, out int n))
        {
            hit = TimexHit.Of(k + 2, new TimePoint(grain, leading, n));
            return true;
        }

        if (CompactPeriod(k, out grain, out n))
        {
            // A half ("H1") needs its year beside it: alone it is more often something else.
            if (grain == Grain.Half && YearToken(k + 1) <= 0) return false;
            return PeriodWithYear(new TimePoint(grain, _dct.Year, n), k, k + 1, out hit);
        }

        // "FY2022", "FY22", "FY 2022": a fiscal year is written as its year.
        if (!In(k) || _u[k].Kind != TokenKind.Word) return false;
        var s = Sp(k);
        if (s.Length == 2 && s[0] == 'F' && s[1] == 'Y' && YearToken(k + 1) is > 0 and var fy)
        {
            hit = TimexHit.Of(k + 2, new TimePoint(Grain.Year, fy));
            return true;
        }

        if (s.Length is 4 or 6 && s[0] == 'F' && s[1] == 'Y' && ParseInt(s[2..], out int v))
        {
            int year = s.Length == 6 ? v : v + (v > 30 ? 1900 : 2000);
            if (year is < 1000 or > 2999) return false;
            hit = TimexHit.Of(k + 1, new TimePoint(Grain.Year, year));
            return true;
        }

        return false;
    }

    // "Q1" to "Q4" and "H1", "H2", written with a capital as in results news.
    private bool CompactPeriod(int k, out Grain grain, out int n)
    {
        grain = Grain.None;
        n = 0;
        if (!In(k) || _u[k].Kind != TokenKind.Word) return false;
        var s = Sp(k);
        if (s.Length != 2 || s[0] is not ('Q' or 'H') || s[1] is < '1' or > '4') return false;
        n = s[1] - '0';
        grain = s[0] == 'Q' ? Grain.Quarter : Grain.Half;
        return grain == Grain.Quarter || n <= 2;
    }

    // ---- counted units: durations ----------------------------------------------------------------------------

    private bool TryCountWord(int k, bool the, out TimexHit hit)
    {
        hit = default;
        if (!In(k)) return false;
        if (_u[k].Kind == TokenKind.Word)
        {
            int ord = Ordinal(k);
            if (ord > 0 && TryOrdinalLed(k, ord, out hit)) return true;
            if (W(k) is { Decade: > 0 } dw && (the || Role(k - 1) is WordRole.Early or WordRole.Mid or WordRole.Late))
            {
                hit = TimexHit.Of(k + 1, new TimePoint(Grain.Decade, dw.Decade, open: true));
                return true;
            }

            if (YearWords(k, out int yw) is > 0 and var ye && W(ye) is not { Unit: not Grain.None })
            {
                hit = TimexHit.Of(ye, new TimePoint(Grain.Year, yw));
                return true;
            }
        }

        // "half a century", "nearly half an hour", "a half-century": half of one unit. Before "ago", "earlier" or
        // "later" the half is counted in the next smaller unit, so that "half a century ago" is fifty years back.
        int halfUnit = Is(k, "half") && (Is(k + 1, "a") || Is(k + 1, "an")) && !Hyphen(k + 2) ? k + 2
            : (Is(k, "a") || Is(k, "an")) && Is(k + 1, "half") && Hyphen(k + 2) ? k + 2
            : -1;
        if (halfUnit > 0 && W(halfUnit) is { Unit: not Grain.None, UnitPlural: false, UnitCode: { } hc }
            && HalfOfOne(hc) is { } halfValue && !Is(halfUnit + 1, "old") && !Is(halfUnit + 1, "olds") && !Hyphen(halfUnit + 1))
        {
            if (Role(halfUnit + 1) is not (WordRole.Ago or WordRole.Earlier or WordRole.Later))
                hit = TimexHit.Of(halfUnit + 1, TimexType.Duration, halfValue);
            else if (HalfInSmallerUnit(hc) is { } smaller)
                hit = TimexHit.Duration(halfUnit + 1, smaller.N, smaller.Code);
            else
                return false;
            return true;
        }

        // "a quarter-century in Congress": a fourth of a hundred years, not a quarter of one.
        if ((Is(k, "a") || Is(k, "an")) && Is(k + 1, "quarter") && Hyphen(k + 2) && Is(k + 2, "century") && !Hyphen(k + 3))
        {
            if (Role(k + 3) is WordRole.Ago or WordRole.Earlier or WordRole.Later) hit = TimexHit.Duration(k + 3, 25, "Y");
            else hit = TimexHit.Of(k + 3, TimexType.Duration, "P25Y");
            return true;
        }

        int e = Count(k, out int n);
        if (e < 0) return false;
        bool article = Is(k, "a") || Is(k, "an");
        // "2 1/2 years", "5 1/2 hours", "two and a half years"
        bool half = false;
        if (IsNumberToken(e) && Sp(e) is "1/2")
        {
            half = true;
            e++;
        }
        else if (!article && Is(e, "and") && Is(e + 1, "a") && Is(e + 2, "half") && W(e + 3) is { Unit: not Grain.None, UnitPlural: true })
        {
            half = true;
            e += 3;
        }

        // "two more weeks", "eight trading days", "three straight years"
        if (Is(e, "more") || Is(e, "additional") || Is(e, "trading") || Is(e, "business") || Is(e, "straight")
            || Is(e, "consecutive") || Is(e, "full") || Is(e, "working") || Is(e, "calendar") || Is(e, "successive"))
        {
            if (W(e + 1) is { Unit: not Grain.None }) e++;
        }

        // "two to three weeks", "12 to 18 months": a range, valued by its first number.
        if ((Is(e, "to") || Is(e, "or")) && !article && Count(e + 1, out _) is > 0 and var rangeEnd && W(rangeEnd) is { Unit: not Grain.None })
            e = rangeEnd;
        if (W(e) is not { Unit: not Grain.None, UnitCode: { } code }) return false;
        if (article && code == "S") return false; // "a second" is an ordinal far more often
        // "CBS's ``60 Minutes''", "the Six Day War": a capitalised unit inside a sentence is part of a title or a name.
        // Opening a sentence of prose, a number keeps its unit small unless the two are a title ("13 Hours will cover the
        // 2012 attack").
        if (Cap(e) && !IsAllCaps(e) && ((k > _sentStart && !Cap(k - 1)) || (k == _sentStart && IsNumberToken(k) && !TitleCase()))) return false;
        if (Is(e + 1, "of") && code == "Q") return false; // "a quarter of the vote"
        if (Hyphen(e + 1) && Is(e + 1, "end")) return false; // "a year-end budget deal": the year's end, read from "year"
        // "a 6-year-old boy", "52 years old", "paying 13-year-olds": an age, not a stretch of time.
        if (Is(e + 1, "old") || (Hyphen(e + 1) && Is(e + 1, "olds"))) return false;
        int end = e + 1;
        if (Is(end, "and") && Is(end + 1, "a") && Is(end + 2, "half"))
        {
            half = true;
            end += 3;
        }

        // "once a year", "$5 billion a year", "twice a day": a rate, not a length.
        bool shifted = Role(end) is WordRole.Ago or WordRole.Earlier or WordRole.Later;
        // "will one day be", "she hopes he one day follows": some unknown time ahead, not a length of one day.
        // "researchers hope one day to harness it", "I hope I can be like that one day.": a hope, or a modal of the clause
        // with "one day" closing it, looks ahead too.
        if (Is(k, "one") && code == "D" && !shifted && Role(end) is not (WordRole.Before or WordRole.After)
            && ((!Is(end, "to") && (IsModal(k - 1) || IsSubjectPronoun(k - 1)
                                    || ((IsPunct(end, '.') || IsPunct(end, ',') || Is(end, "and")) && InClauseBefore(k, "can", "could", "will", "might"))))
                || Is(k - 1, "hope") || Is(k - 1, "hopes") || Is(k - 1, "hoped") || Is(k - 1, "hoping") || Is(k - 1, "dream")
                || Is(k - 1, "dreams")))
        {
            hit = TimexHit.Of(end, TimexType.Date, "FUTURE_REF");
            return true;
        }

        // "One day, he will win" / "One day, he went to the bank": opening the sentence before a comma, "one day" is an
        // unknown day ahead or behind, as its verb tells; it measures nothing.
        if (Is(k, "one") && code == "D" && !shifted && k == _sentStart && IsPunct(end, ',') && Tense(k, end) is not 0 and var way)
        {
            hit = TimexHit.Of(end, TimexType.Date, way > 0 ? "FUTURE_REF" : "PAST_REF");
            return true;
        }

        // "$15 an hour", "saves $500 million a year", "20 percent a year": the rate of an amount measures the amount and
        // places no event in time; "twice a year", "rallies a day" count events and are sets.
        if (article && n == 1 && !shifted && AmountBeforeRate(k)) return false;
        if (article && n == 1 && !shifted && (Is(k - 1, "once") || Is(k - 1, "twice") || Is(k - 1, "times") || IsNumberToken(k - 1)
                                   || Is(k - 1, "million") || Is(k - 1, "billion") || Is(k - 1, "percent") || IsPunct(k - 1, '%')
                                   || CountedBefore(k - 1, end)))
        {
            hit = TimexHit.Of(end, TimexType.Set, TimexHit.FormatDuration(1, code));
            return true;
        }

        hit = TimexHit.Duration(end, n, code);
        if (half && n >= 0) hit.Value = HalfDuration(n, code) ?? hit.Value;
        return true;
    }

    private bool IsModal(int k) =>
        Is(k, "will") || Is(k, "would") || Is(k, "could") || Is(k, "might") || Is(k, "may") || Is(k, "can") || Is(k, "should")
        || Is(k, "shall") || Is(k, "must") || (In(k) && (Sp(k).EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || Sp(k).EndsWith("’ll", StringComparison.OrdinalIgnoreCase)));

    private bool IsSubjectPronoun(int k) =>
        Is(k, "he") || Is(k, "she") || Is(k, "they") || Is(k, "we") || Is(k, "I") || Is(k, "you") || Is(k, "it");

    private static (int N, string Code)? HalfInSmallerUnit(string code) => code switch
    {
        "CE" => (50, "Y"),
        "DE" => (5, "Y"),
        "Y" => (6, "M"),
        "D" => (12, "H"),
        "H" => (30, "MI"),
        _ => null,
    };

    private static string? HalfOfOne(string code) => code switch
    {
        "CE" => "P50Y",
        "DE" => "P5Y",
        "Y" => "P6M",
        "M" => "P15D",
        "D" => "PT12H",
        "H" => "PT30M",
        "MI" => "PT30S",
        _ => null,
    };

    private static string? HalfDuration(int n, string code) => code switch
    {
        "Y" => string.Create(CultureInfo.InvariantCulture, $"P{n}Y6M"),
        "D" => string.Create(CultureInfo.InvariantCulture, $"P{n}DT12H"),
        "H" => string.Create(CultureInfo.InvariantCulture, $"PT{n}H30M"),
        "MI" => string.Create(CultureInfo.InvariantCulture, $"PT{n}M30S"),
        _ => null,
    };

    // ---- seasons ---------------------------------------------------------------------------------------------

    private bool TrySeason(int k, bool the, out TimexHit hit)
    {
        hit = default;
        if (W(k) is not { Season: > 0 } w) return false;
        int j = k + 1;
        // "the Summer Olympics", "the Winter Games": a capitalised season before a capitalised word names an event.
        if (Cap(k) && k > _sentStart && !IsAllCaps(k) && In(j) && _u[j].Kind == TokenKind.Word && Cap(j) && W(j) is null) return false;
        int yj = Is(j, "of") ? j + 1 : j;
        bool hasYear = YearAfter(yj, out _) > 0 || YearWords(yj, out _) > 0 || AnaphoricYear(yj, out _) > 0;
        bool lead = the ? TemporalLead(k - 2) || k - 1 == _sentStart : Is(k - 1, "during") || Is(k - 1, "since") || Is(k - 1, "until") || Is(k - 1, "by") || Is(k - 1, "in") || Is(k - 1, "early") || Is(k - 1, "late") || Is(k - 1, "mid");
        bool verbish = Is(k, "fall") || Is(k, "spring");
        if (!hasYear)
        {
            if (!lead) return false;
            if (Is(j, "of") || Is(j, "in") || Is(j, "from") || (verbish && !the && !Is(k - 1, "in") && !Is(k - 1, "early") && !Is(k - 1, "late"))) return false;
        }

        return PeriodWithYear(new TimePoint(Grain.Season, _dct.Year, w.Season), k, j, out hit);
    }

    // ---- sets ------------------------------------------------------------------------------------------------

    private bool TrySet(int k, out TimexHit hit)
    {
        hit = default;
        // "three times a week", "10 times a year": the count of times belongs to the set, as "twice" does.
        if (Count(k, out int times) is > 0 and var te && times > 1 && Is(te, "times") && (Is(te + 1, "a") || Is(te + 1, "an") || Is(te + 1, "per"))
            && W(te + 2) is { Unit: not Grain.None, UnitPlural: false, UnitCode: { } tc })
        {
            hit = TimexHit.Of(te + 3, TimexType.Set, TimexHit.FormatDuration(1, tc));
            return true;
        }

        var w = W(k);
        if (w is null) return false;
        if (w.SetValue != null)
        {
            // "The Daily Show", "Washington Monthly", "Breitbart News Daily": capitalized inside a sentence, a title.
            if (Cap(k) && k > _sentStart && !IsQuote(k - 1) && !IsAllCaps(k)) return false;
            // "THE WEEKLY STANDARD", and a quoted title ("``Daily Show'' host"): a capitalised word with a capitalised word
            // after it names something.
            if (Cap(k) && In(k + 1) && _u[k + 1].Kind == TokenKind.Word && Cap(k + 1)
                && ((IsAllCaps(k) && IsAllCaps(k + 1) && Sp(k + 1).Length > 1) || (IsQuote(k - 1) && !IsAllCaps(k)))) return false;
            if (PeriodicalNoun(k)) return false;
            // "average daily volume", "the average monthly rent": a measure per period, not a recurrence.
            if (Is(k - 1, "average") && In(k + 1) && _u[k + 1].Kind == TokenKind.Word) return false;
            // "hourly earnings", "the monthly rent", "annual salary": an amount measured per period, not a recurrence.
            if (Is(k + 1, "earnings") || Is(k + 1, "wage") || Is(k + 1, "wages") || Is(k + 1, "pay") || Is(k + 1, "salary") || Is(k + 1, "salaries")
                || Is(k + 1, "rent") || Is(k + 1, "income") || Is(k + 1, "payments") || Is(k + 1, "fee") || Is(k + 1, "fees"))
                return false;
            // "20% annually", "$17.9 million annually": the rate of an amount, as with "a year".
            if (AmountBeforeRate(k)) return false;
            hit = TimexHit.Of(k + 1, TimexType.Set, w.SetValue);
            return true;
        }

        // "pays $100 million in interest every quarter": "every" tells a payment made again and again, a set.
        if (w.Role == WordRole.Every && !Is(k + 1, "of"))
        {
            int j = k + 1, n = 1;
            if (Is(j, "other")) { n = 2; j++; }
            else if (Count(j, out int c) is > 0 and var ce && c > 1) { n = c; j = ce; }
            // "every few years", "every several months": a recurrence of a vague length.
            else if ((Is(j, "few") || Is(j, "several") || Is(j, "couple")) && W(j + 1) is { UnitPlural: true }) { n = -1; j++; }
            else if (Is(j, "couple") && Is(j + 1, "of") && W(j + 2) is { UnitPlural: true }) { n = -1; j += 2; }
            var x = W(j);
            if (x is { Unit: not Grain.None, UnitCode: { } code })
            {
                hit = TimexHit.Of(j + 1, TimexType.Set, TimexHit.FormatDuration(n, code));
                return true;
            }

            if (x is { Weekday: > 0 } && Cap(j))
            {
                string set = "XXXX-WXX-" + x.Weekday.ToString(CultureInfo.InvariantCulture);
                int e = j + 1;
                if (W(e) is { DayPart: { Length: 2 } p }) { set += "T" + p; e++; }
                hit = TimexHit.Of(e, TimexType.Set, set);
                return true;
            }

            if (x is { Month: > 0 } && Cap(j))
            {
                hit = TimexHit.Of(j + 1, TimexType.Set, "XXXX-" + x.Month.ToString("00", CultureInfo.InvariantCulture));
                return true;
            }

            if (x is { DayPart: { Length: 2 } part })
            {
                hit = TimexHit.Of(j + 1, TimexType.Set, "XXXX-XX-XXT" + part);
                return true;
            }

            // "every summer", "each spring": the season of every year.
            if (x is { Season: > 0 and <= 4 } && n == 1)
            {
                hit = TimexHit.Of(j + 1, TimexType.Set, "XXXX" + new TimePoint(Grain.Season, 2000, x.Season).Format()[4..]);
                return true;
            }

            return false;
        }

        if (w.Role == WordRole.Per && W(k + 1) is { Unit: not Grain.None, UnitPlural: false, UnitCode: { } pc } && !AmountBeforeRate(k))
        {
            hit = TimexHit.Of(k + 2, TimexType.Set, TimexHit.FormatDuration(1, pc));
            return true;
        }

        if ((Is(k, "once") || Is(k, "twice")) && (Is(k + 1, "a") || Is(k + 1, "an")) && W(k + 2) is { Unit: not Grain.None, UnitPlural: false, UnitCode: { } oc })
        {
            hit = TimexHit.Of(k + 3, TimexType.Set, TimexHit.FormatDuration(1, oc));
            return true;
        }

        return false;
    }

    // ---- fiscal years, reporting periods, "the year", "the weekend" -----------------------------------------

    private bool TryPeriod(int k, bool the, out TimexHit hit)
    {
        hit = default;
        var w = W(k);
        if (w is { Role: WordRole.Fiscal })
        {
            int j = k + 1;
            if (Is(j, "year") && !Hyphen(j + 1)) j++;
            if (YearAfter(j, out int fy) is > 0 and var fye)
            {
                hit = TimexHit.Of(fye, new TimePoint(Grain.Year, fy));
                return true;
            }

            if (Ordinal(k + 1) is >= 1 and <= 4 and var q && W(k + 2) is { Unit: Grain.Quarter, UnitPlural: false })
                return PeriodWithYear(new TimePoint(Grain.Quarter, _dct.Year, q), k, k + 3, out hit);
            if (Is(k + 1, "year") && the)
            {
                hit = TimexHit.Duration(k + 2, 1, "Y");
                return true;
            }

            return false;
        }

        // Reporting periods: "the latest quarter", "the year-earlier period", "the year-ago quarter".
        int p = k, back = 0;
        bool qualified = false;
        if (Is(p, "latest") || Is(p, "recent") || Is(p, "comparable") || Is(p, "same") || Is(p, "corresponding") || Is(p, "just-ended"))
        {
            p++;
            qualified = true;
        }
        else if (Is(p, "most") && Is(p + 1, "recent"))
        {
            p += 2;
            qualified = true;
        }
        else if (W(p) is { Unit: Grain.Year, UnitPlural: false } && Hyphen(p + 1) && (Role(p + 1) == WordRole.Earlier || Is(p + 1, "ago")))
        {
            p += 2;
            back = 1;
            qualified = true;
        }

        if (qualified && Role(p) == WordRole.Fiscal) p++;
        bool periodNoun = W(p) is { Unit: Grain.Quarter, UnitPlural: false } || Is(p, "period");
        if (qualified && Ordinal(p) is >= 1 and <= 4 and var qo && W(p + 1) is { Unit: Grain.Quarter, UnitPlural: false })
        {
            // "the year-ago third quarter"
            var quarter = new TimePoint(Grain.Quarter, (_lastQuarter.IsValid ? _lastQuarter.Year : _dct.Year) - back, qo);
            hit = TimexHit.Of(p + 2, quarter);
            hit.Derived = back > 0;
            return true;
        }

        if (periodNoun && Hyphen(p + 1)) return false; // "the quarter-to-quarter comparison"
        // "Fundraising has surged in the same period" after "the past three weeks", "compared with the same period in
        // 2012": with no quarter named in the article, the period is the one last named, not a reporting quarter.
        if ((Is(k, "same") || Is(k, "comparable") || Is(k, "corresponding")) && Is(p, "period") && back == 0 && !_lastQuarter.IsValid)
        {
            // "the same period in 2014": the year is all the text says of it.
            if ((Is(p + 1, "in") || Is(p + 1, "of")) && YearAfter(p + 2, out int periodYear) is > 0 and var pye)
            {
                hit = TimexHit.Of(pye, new TimePoint(Grain.Year, periodYear));
                return true;
            }

            if (Is(p + 1, "in") || Is(p + 1, "of") || Is(p + 1, "last") || Is(p + 1, "a")) return false;
            // The length last named in this sentence or the one before ("the last three months of 2015 ... during the
            // same period"); a span between two dates is left untold.
            int from = _prevSentStart >= 0 ? _u[_prevSentStart].Start : _u[_sentStart].Start;
            int pick = -1;
            for (int o = _out.Count - 1; o >= 0 && _out[o].Start >= from; o--)
            {
                if (_out[o].Type == TimexType.Duration) { pick = o; break; }
            }

            if (pick < 0) return false;
            hit = TimexHit.Of(p + 1, _out[pick].Type, _out[pick].Value);
            return true;
        }

        if (periodNoun && (qualified || (the && W(p) is { Unit: Grain.Quarter })))
        {
            var quarter = ReportingQuarter();
            int e = p + 1;
            if (Is(e, "last") && Is(e + 1, "year")) { back = 1; e += 2; }
            else if (Is(e, "a") && Is(e + 1, "year") && (Is(e + 2, "ago") || Is(e + 2, "earlier"))) { back = 1; e += 3; }
            if (back > 0 && !quarter.TryShift(-4 * back, out quarter)) return false;
            if (Is(p, "period") && !qualified && back == 0) return false;
            hit = TimexHit.Of(e, quarter);
            hit.Derived = true;
            return true;
        }

        if (back > 0)
        {
            // "year-earlier results": the reporting period a year before, or last year; after "for the nine months"
            // in the sentence, the year before.
            var quarter = _lastQuarter.IsValid && !LongerPeriodBefore(k) ? _lastQuarter : default;
            if (quarter.IsValid && quarter.TryShift(-4, out quarter)) { hit = TimexHit.Of(p, quarter); hit.Derived = true; return true; }
            hit = TimexHit.Of(p, new TimePoint(Grain.Year, _dct.Year - 1));
            return true;
        }

        if ((Is(k, "full") || Is(k, "whole") || Is(k, "entire")) && W(k + 1) is { Unit: Grain.Year, UnitPlural: false } && !Hyphen(k + 1))
        {
            hit = TimexHit.Of(k + 2, new TimePoint(Grain.Year, _dct.Year));
            return true;
        }

        if (the && W(k) is { Unit: Grain.Week, UnitPlural: false } && Is(k + 1, "of") && TryCore(k + 2, out var weekOf) && weekOf.Point.HasDate)
        {
            // "the week of March 6"
            hit = TimexHit.Of(weekOf.End, weekOf.Point.To(Grain.Week));
            return true;
        }

        if (w is { Unit: Grain.Year, UnitPlural: false })
        {
            // "year-end" is the closing day, the one accounts are drawn up on: TimeBank dates it the last day of the
            // year, this one unless counted "since". "year end" and "year's end" say "the end of the year", which is
            // that year with its end in view, like the longer phrase.
            int endAt = Is(k + 1, "end") && !Is(k + 2, "of") ? k + 2 : Is(k + 1, "'s") && Is(k + 2, "end") ? k + 3 : -1;
            if (endAt > 0)
            {
                int year = Is(k - 1, "since") || (the && Is(k - 2, "since")) ? _dct.Year - 1 : _dct.Year;
                if (!TimePoint.TryDate(year, 12, 31, out var lastDay)) return false;
                hit = TimexHit.Of(endAt, Hyphen(k + 1) ? lastDay : new TimePoint(Grain.Year, year));
                return true;
            }

            // "Person of the Year", "Liar-of the Year": a capitalized "Year" after "of the" closes a title.
            if (the && Cap(k) && k - 1 > _sentStart && Is(k - 2, "of") && (Cap(k - 3) || Hyphen(k - 2))) return false;
            if (the && !Hyphen(k + 1))
            {
                if (YearAfter(k + 1, out int y) > 0) { hit = TimexHit.Of(k + 2, new TimePoint(Grain.Year, y)); return true; }
                if (YearWords(k + 1, out int yw) is > 0 and var ye) { hit = TimexHit.Of(ye, new TimePoint(Grain.Year, yw)); return true; }
                if (Is(k + 1, "before") || Is(k + 1, "earlier") || Is(k + 1, "after") || Is(k + 1, "ago")) return false;
                if (Is(k + 1, "ended") || Is(k + 1, "ending"))
                {
                    // "the year ended March 31": a company's twelve months, not a calendar year.
                    hit = TimexHit.Duration(k + 1, 1, "Y");
                    return true;
                }

                hit = TimexHit.Of(k + 1, new TimePoint(Grain.Year, _dct.Year));
                return true;
            }
        }

        if (the && w is { Unit: Grain.Weekend, UnitPlural: false })
        {
            int dow = IsoDay(_dct.Date);
            var week = _dct.To(Grain.Week);
            int tense = Tense(k, k + 1);
            // On a Friday, "the weekend" with no tense is the one starting the next day, nearer than the last one.
            if ((tense < 0 || (tense == 0 && dow < 5)) && dow < 6 && !week.TryShift(-1, out week)) return false;
            if (tense > 0 && dow == 7 && !week.TryShift(1, out week)) return false;
            hit = TimexHit.Of(k + 1, new TimePoint(Grain.Weekend, week.Year, week.Sub));
            return true;
        }

        return false;
    }

    /// <summary>The quarter a results story is about: the last one mentioned, else the one before the article's.</summary>
    private TimePoint ReportingQuarter()
    {
        if (_lastQuarter.IsValid && _lastQuarter.EndDate() < _dct.Date) return _lastQuarter;
        var q = _dct.To(Grain.Quarter);
        return q.TryShift(-1, out var prev) ? prev : q;
    }

    // ---- bare plurals: "for years", "within days" ------------------------------------------------------------

    private bool TryBarePlural(int k, out TimexHit hit)
    {
        hit = default;
        if (W(k) is not { Unit: not Grain.None, UnitCode: { } code } w) return false;
        if (Hyphen(k + 1) && Is(k + 1, "long"))
        {
            hit = TimexHit.Duration(k + 2, w.UnitPlural ? -1 : 1, code);
            return true;
        }

        if (!w.UnitPlural || code == "Q") return false;
        // "Months ago, the chairman refused", "just days ago": some time back, which "ago" makes a past reference.
        if (Is(k + 1, "ago") && code is not ("S" or "MI"))
        {
            hit = TimexHit.Duration(k + 1, -1, code);
            return true;
        }

        // "over the years", "in the years that followed", "throughout the decades": the long units only, as "in the
        // days before the vote" points at a time rather than measuring one.
        if (Is(k - 1, "the") && code is "Y" or "DE" or "CE" && !Is(k + 1, "of") && YearToken(k + 1) == 0
            && (Is(k - 2, "over") || Is(k - 2, "in") || Is(k - 2, "through") || Is(k - 2, "throughout") || Is(k - 2, "during")))
        {
            hit = TimexHit.Duration(k + 1, -1, code);
            return true;
        }

        // "after months of talks", "despite years of war", "within days of the vote", "just weeks away": the length
        // of what follows.
        bool lengthOf = Is(k - 1, "after") || Is(k - 1, "over") || Is(k - 1, "within") || Is(k - 1, "following") || Is(k - 1, "follows")
                        || Is(k - 1, "despite") || Is(k - 1, "amid") || Is(k - 1, "spent") || Is(k - 1, "spend") || Is(k - 1, "spending")
                        || Is(k - 1, "for");
        if (lengthOf || Is(k - 1, "in") || Is(k - 1, "took") || Is(k - 1, "take") || Is(k - 1, "lasted")
            || ((Is(k - 1, "just") || Is(k - 1, "only") || Is(k - 1, "mere")) && !Is(k + 1, "of") && !Is(k + 1, "ago")))
        {
            if (Is(k + 1, "of") && !lengthOf) return false;
            hit = TimexHit.Duration(k + 1, -1, code);
            return true;
        }

        return false;
    }
}
