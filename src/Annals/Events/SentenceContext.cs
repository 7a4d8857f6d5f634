using System.Collections.Immutable;
using Annals.Documents;
using Annals.Time;

namespace Annals.Events;

/// <summary>Codes the events of one sentence at a time; reused across the sentences of one document.</summary>
/// <remarks>
/// Not thread-safe: <see cref="EventCoder"/> makes one per document. Lists are reused from sentence to sentence, so
/// nothing is allocated per token. Token indices are document-wide.
/// </remarks>
internal sealed class SentenceContext
{
    // How far (in tokens) a governing verb reaches for the act it governs, and a modal for its verb.
    private const int ComplementReach = 10;
    private const int ModifierReach = 5;
    private const int ObjectReach = 16;
    private const int ProtestReach = 24;
    private const int MaxEventsPerSentence = 16;

    // An asserted event this unsure (a weak noun in a side clause, with one actor) is more often noise than news.
    private const double MinAssertedConfidence = 0.3;

    private readonly AnalyzedDocument _doc;
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly EventPatterns _patterns;
    private readonly List<PatternHit> _candidates = [];
    private readonly List<PatternHit> _hits = [];
    private readonly List<ActorSpan> _actors = [];
    private readonly List<CodedEvent> _events = [];
    private readonly List<(int Start, int End)> _timexSpans = [];
    private WordClass[] _classCache = new WordClass[64];
    private int[] _complement = new int[32];
    private bool[] _consumed = new bool[32];
    private int[] _light = new int[32];
    private bool[] _nominal = new bool[32];
    private int _sentence;
    private int _timexCursor;
    private int _actorCursor;
    private readonly bool _actorsOrdered;
    private readonly bool _quotesOrdered;
    private bool? _titleCase;
    private byte[] _phrase = new byte[16];
    private bool _phraseKnown;
    private int _first;
    private int _end;

    private readonly record struct ActorSpan(int Index, int First, int End, bool Coded, int Slot);

    private readonly record struct Party(int Actor, string? Code, string? Name)
    {
        public EventParty ToEventParty() => new(Code, Name, Actor);
    }

    public SentenceContext(AnalyzedDocument doc, EventPatterns patterns)
    {
        _doc = doc;
        _text = doc.Text;
        _tokens = doc.Tokens;
        _patterns = patterns;
        _actorsOrdered = SortedApart(doc.Actors, m => m.Start, m => m.End);
        _quotesOrdered = SortedApart(doc.Quotes, q => q.Start, q => q.End);
    }

    /// <summary>Whether the spans come in text order and apart, so that their ends rise too and a search may stop early.</summary>
    private static bool SortedApart<T>(ImmutableArray<T> items, Func<T, int> start, Func<T, int> end)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (end(items[i]) < start(items[i]) || (i > 0 && start(items[i]) < end(items[i - 1]))) return false;
        }

        return true;
    }

    /// <summary>Prepares for sentence <paramref name="sentence"/>: its token range, actors and pattern hits.</summary>
    public void Reset(int sentence)
    {
        _sentence = sentence;
        var s = _doc.Sentences[sentence];
        // Sentences come in order: the search for the first token goes on from where the last sentence ended.
        _first = TokenIndexFrom(s.Start, _end);
        _end = _first;
        while (_end < _tokens.Length && _tokens[_end].Start < s.End) _end++;
        if (_classCache.Length < _end - _first) _classCache = new WordClass[(_end - _first) * 2];
        Array.Fill(_classCache, UnknownClass, 0, _end - _first);

        _actors.Clear();
        var actors = _doc.Actors;
        // Mentions come sorted and apart, so their ends rise too: a cursor keeps this linear over the document, as for
        // the timexes below. Mentions out of that order (none from the recognizer) are all read, as before.
        int from = 0, tokenCursor = _first;
        if (_actorsOrdered)
        {
            if (_actorCursor > actors.Length || (_actorCursor > 0 && actors[_actorCursor - 1].End > s.Start)) _actorCursor = 0;
            while (_actorCursor < actors.Length && actors[_actorCursor].End <= s.Start) _actorCursor++;
            from = _actorCursor;
        }

        for (int a = from; a < actors.Length; a++)
        {
            var m = actors[a];
            if (_actorsOrdered && m.Start >= s.End) break;
            if (m.End <= s.Start || m.Start >= s.End || m.End <= m.Start) continue;
            int first = TokenIndexFrom(m.Start, tokenCursor);
            tokenCursor = first;
            int end = first;
            while (end < _end && _tokens[end].Start < m.End) end++;
            if (end <= first) continue;
            bool coded = !string.IsNullOrEmpty(m.Code) || !string.IsNullOrEmpty(m.Country);
            _actors.Add(new ActorSpan(a, first, end, coded, _actors.Count));
        }

        _titleCase = null;
        _phraseKnown = false;
        _timexSpans.Clear();
        // Timexes are sorted and sentences come in order: a cursor keeps this linear over the document.
        var timexes = _doc.Timexes;
        if (_timexCursor > timexes.Length || (_timexCursor > 0 && timexes[_timexCursor - 1].Start >= s.Start)) _timexCursor = 0;
        while (_timexCursor < timexes.Length && timexes[_timexCursor].End <= s.Start) _timexCursor++;
        for (int t = _timexCursor; t < timexes.Length && timexes[t].Start < s.End; t++) _timexSpans.Add((timexes[t].Start, timexes[t].End));

        FindHits();
    }

    // The document's TokenIndexAt(offset) (the first token ending after offset), read on from token `from` when every
    // token before it ends by offset, which holds for offsets met in text order; else by halving, as before. Token
    // ends rise, so both give the same index.
    private int TokenIndexFrom(int offset, int from)
    {
        var tokens = _tokens.AsSpan();
        if ((uint)from > (uint)tokens.Length || (from > 0 && tokens[from - 1].End > offset)) return _doc.TokenIndexAt(offset);
        while (from < tokens.Length && tokens[from].End <= offset) from++;
        return from;
    }

    private void FindHits()
    {
        _candidates.Clear();
        _hits.Clear();
        for (int i = _first; i < _end; i++)
        {
            if (_patterns.LongestAt(_text, _tokens, i, _end, out var hit) && Plausible(hit)) _candidates.Add(hit);
        }

        // Invariant after this: hits are sorted and do not overlap; a longer, more specific pattern wins its tokens.
        _candidates.Sort(static (a, b) =>
        {
            int c = (b.End - b.First).CompareTo(a.End - a.First);
            if (c != 0) return c;
            c = b.Entry.Literals.CompareTo(a.Entry.Literals);
            return c != 0 ? c : a.First.CompareTo(b.First);
        });
        foreach (var h in _candidates)
        {
            bool free = true;
            foreach (var k in _hits)
            {
                if (h.First < k.End && k.First < h.End) { free = false; break; }
            }

            if (free) _hits.Add(h);
        }

        _hits.Sort(static (a, b) => a.First.CompareTo(b.First));
        int n = _hits.Count;
        if (_complement.Length < n)
        {
            _complement = new int[n * 2];
            _consumed = new bool[n * 2];
            _light = new int[n * 2];
            _nominal = new bool[n * 2];
        }

        for (int i = 0; i < n; i++)
        {
            _complement[i] = -1;
            _consumed[i] = false;
            _light[i] = -1;
            var h = _hits[i];
            _nominal[i] = (h.Entry.Flags & PatternFlags.Noun) != 0 || LooksNominal(h.First, violent: CameoCodes.Root(h.Entry.Code ?? "") >= 18);
        }

        LinkLightVerbs();
        LinkComplements();
    }

    // Drops matches that are not verbs or triggers here: a participle used as an adjective ("the occupied
    // territories"), a word inside a name ("the Ceasefire Violations Committee"), the month "May" or "March".
    private bool Plausible(PatternHit hit)
    {
        int i = hit.First;
        var w = Word(i);
        // A past form that describes a noun reports no act: right after a determiner ("the detained"), or between a
        // quantifier, number or preposition and the word or group it describes ("all detained officials", "two wounded
        // soldiers", "with wounded Kurdish fighters"). A name after it keeps the verb ("states all supported Bush").
        if (i > _first && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && hit.Entry.Role is not (PatternRole.Neg or PatternRole.Future or PatternRole.Speech))
        {
            if ((ClassAt(i - 1) & WordClass.Determiner) != 0) return false;
            if (i + 1 < _end
                && ((ClassAt(i - 1) & (WordClass.Quantifier | WordClass.Preposition)) != 0 || _tokens[i - 1].Kind == TokenKind.Number)
                && _tokens[i + 1].Kind == TokenKind.Word && (!IsCapitalised(i + 1) || StartsGroup(i + 1))
                && (ClassAt(i + 1) & (WordClass.Preposition | WordClass.Determiner | WordClass.Be | WordClass.Boundary)) == 0)
                return false;
        }

        if (i > _first && w.Length > 0 && char.IsUpper(w[0]) && (w.SequenceEqual("May") || w.SequenceEqual("March")))
            return false;
        // A capitalised word after another inside a sentence is part of a name ("the Special Operations Command").
        if (i > _first + 1 && w.Length > 1 && char.IsUpper(w[0]) && char.IsLower(w[1]) && _tokens[i - 1].Kind == TokenKind.Word
            && IsCapitalised(i - 1) && !LooksLikeTitleCase()) return false;
        foreach (var a in _actors)
        {
            if (a.First <= i && i < a.End && _doc.Actors[a.Index].Kind is ActorKind.Organization or ActorKind.Body or ActorKind.Person or ActorKind.Media)
                return false;
        }

        return true;
    }

    // A group of people begins at token i ("Russian soldiers", "Kurdish fighters"), not a named one ("Bush").
    private bool StartsGroup(int i) => ActorStartingAt(i) is >= 0 and var a && _doc.Actors[a].Kind == ActorKind.Agent;

    private bool IsCapitalised(int i)
    {
        var w = Word(i);
        return w.Length > 0 && char.IsUpper(w[0]);
    }

    // A headline in title case ("Sanders Pushes Democrats To Reject ...") capitalises every word: no names to tell apart.
    private bool LooksLikeTitleCase()
    {
        if (_titleCase is { } known) return known;
        int words = 0, lower = 0;
        for (int i = _first; i < _end; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word) continue;
            var w = Word(i);
            if (w.Length < 4) continue;
            words++;
            if (char.IsLower(w[0])) lower++;
        }

        _titleCase = words >= 3 && lower == 0;
        return _titleCase.Value;
    }

    // A verb form used as a noun: a gerund after a determiner ("a meeting", "the fighting"), or a bare or plural
    // form after a determiner, possessive or preposition ("last week's arrest", "in protest", "the attacks").
    private bool LooksNominal(int i, bool violent)
    {
        if (i <= _first) return false;
        var w = Word(i);
        var prev = ClassAt(i - 1);
        if (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            if ((prev & WordClass.Determiner) != 0) return true;
            // "the mass shooting", "a central meeting place": an -ing form after a modifier that is no auxiliary,
            // preposition, conjunction, adverb, actor or verb of the pattern dictionary is a noun.
            if (_tokens[i - 1].Kind != TokenKind.Word || (prev & (WordClass.Be | WordClass.Preposition | WordClass.Locative | WordClass.Boundary | WordClass.Subordinator)) != 0)
                return false;
            // "was still refusing": an auxiliary one word back still makes a verb.
            if (i - 2 >= _first && (ClassAt(i - 2) & WordClass.Be) != 0) return false;
            var p = Word(i - 1);
            if (IsAdverbAt(i - 1) || p.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || p.Equals("and", StringComparison.OrdinalIgnoreCase)
                || p.Equals("or", StringComparison.OrdinalIgnoreCase) || p.Equals("not", StringComparison.OrdinalIgnoreCase)
                || p.Equals("to", StringComparison.OrdinalIgnoreCase) || p.EndsWith("n't", StringComparison.OrdinalIgnoreCase)) return false;
            foreach (var a in _actors)
            {
                if (a.First <= i - 1 && i - 1 < a.End) return false;
            }

            foreach (var c in _candidates)
            {
                if (c.First <= i - 1 && i - 1 < c.End) return false;
            }

            return true;
        }

        if (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        // "the recent promise to", "a bus tour", "a strong call for": a word after a determiner and one modifier (a
        // common word or a number) is a noun. Violent words keep their old reading: a violent act stays an event with
        // the clause's actors ("the second-worst attack in the uprising"), as the CAMEO manual codes it.
        if (!violent && i - 2 >= _first && (ClassAt(i - 2) & WordClass.Determiner) != 0
            && (_tokens[i - 1].Kind == TokenKind.Number || (_tokens[i - 1].Kind == TokenKind.Word && IsCommonWord(i - 1)))
            // "The pontiff met Sanders", "the petition accuses the campaign": an object right after keeps the verb.
            && !(i + 1 < _end && (ActorStartingAt(i + 1) >= 0 || (ClassAt(i + 1) & WordClass.Determiner) != 0))) return true;
        // "FOIA requests", "numerous requests", "Trump's attacks": a plural after a common word that is no actor,
        // pronoun, adverb or grammar word is a noun ("Sanders attacks Clinton" keeps its verb).
        // A verb's object right after ("Indiana governor endorses Cruz", "the agency requests the files") keeps the verb.
        if (w.Length > 3 && (w[^1] is 's' or 'S') && !(w[^2] is 's' or 'S') && _tokens[i - 1].Kind == TokenKind.Word && IsCommonWord(i - 1)
            && !(i + 1 < _end && (ActorStartingAt(i + 1) >= 0 || (ClassAt(i + 1) & WordClass.Determiner) != 0))) return true;
        return (prev & (WordClass.Determiner | WordClass.Preposition)) != 0 || Word(i - 1).Equals("'s", StringComparison.OrdinalIgnoreCase)
            || Word(i - 1).Equals("\u2019s", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsCommonWord(int i)
    {
        var p = Word(i);
        if (p.Length == 0 || !char.IsLower(p[0]) || (ClassAt(i) & GrammarClasses) != 0 || IsAdverbAt(i) || p.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
            || IsModifierToken(i)) return false;
        foreach (var a in _actors)
        {
            if (a.First <= i && i < a.End) return false;
        }

        return !(p.Equals("and", StringComparison.OrdinalIgnoreCase) || p.Equals("or", StringComparison.OrdinalIgnoreCase)
            || p.Equals("he", StringComparison.OrdinalIgnoreCase) || p.Equals("she", StringComparison.OrdinalIgnoreCase)
            || p.Equals("it", StringComparison.OrdinalIgnoreCase) || p.Equals("that", StringComparison.OrdinalIgnoreCase)
            || p.Equals("one", StringComparison.OrdinalIgnoreCase) || p.Equals("who", StringComparison.OrdinalIgnoreCase)
            || p.Equals("which", StringComparison.OrdinalIgnoreCase) || p.Equals("what", StringComparison.OrdinalIgnoreCase)
            || p.Equals("nobody", StringComparison.OrdinalIgnoreCase) || p.Equals("everyone", StringComparison.OrdinalIgnoreCase)
            || p.Equals("someone", StringComparison.OrdinalIgnoreCase) || p.Equals("this", StringComparison.OrdinalIgnoreCase)
            || p.Equals("they", StringComparison.OrdinalIgnoreCase) || p.Equals("we", StringComparison.OrdinalIgnoreCase)
            || p.Equals("you", StringComparison.OrdinalIgnoreCase) || p.Equals("i", StringComparison.OrdinalIgnoreCase));
    }

    // The classes of grammar words; the others (habit, stance, violence, polls) mark content words.
    private const WordClass GrammarClasses = WordClass.Boundary | WordClass.Subordinator | WordClass.Locative | WordClass.Be
        | WordClass.Preposition | WordClass.Determiner;

    private bool IsAdverbAt(int i) => (ClassAt(i) & WordClass.Adverb) != 0;

    private static bool IsModifier(PatternRole r) =>
        r is PatternRole.Neg or PatternRole.NegFuture or PatternRole.Future or PatternRole.Hypo or PatternRole.Cond or PatternRole.CondAfter;

    private static bool IsFrame(PatternRole r) =>
        r is PatternRole.Intent or PatternRole.Prepare or PatternRole.Refuse or PatternRole.Demand or PatternRole.Appeal
            or PatternRole.Threat or PatternRole.Must or PatternRole.Blame or PatternRole.Accuse or PatternRole.Order or PatternRole.Dismiss;

    private static bool IsAct(PatternRole r) => r == PatternRole.Event || IsFrame(r);

    // A nominal trigger right after a light verb ("staged mass demonstrations") is read as a verb phrase.
    private void LinkLightVerbs()
    {
        for (int h = 0; h < _hits.Count; h++)
        {
            var hit = _hits[h];
            if (!IsAct(hit.Entry.Role) || !_nominal[h]) continue;
            for (int k = h - 1; k >= 0; k--)
            {
                var prev = _hits[k];
                if (hit.First - prev.End > 4) break;
                if (prev.Entry.Role != PatternRole.Light)
                {
                    if (IsAct(prev.Entry.Role)) break;
                    continue;
                }

                if (WordsOnly(prev.End, hit.First) && !_consumed[k])
                {
                    _light[h] = k;
                    _consumed[k] = true;
                }

                break;
            }
        }
    }

    private void LinkComplements()
    {
        // A dismissal names its act before it: "lifting the sanctions is out of the question".
        for (int f = 0; f < _hits.Count; f++)
        {
            if (_hits[f].Entry.Role != PatternRole.Dismiss) continue;
            for (int g = f - 1; g >= 0; g--)
            {
                var prev = _hits[g];
                if (_hits[f].First - prev.End > ComplementReach || HasBoundary(prev.End, _hits[f].First, allowComma: false)) break;
                if (!IsAct(prev.Entry.Role) || _consumed[g]) continue;
                _complement[f] = g;
                _consumed[g] = true;
                break;
            }
        }

        for (int f = 0; f < _hits.Count; f++)
        {
            var frame = _hits[f];
            var role = frame.Entry.Role;
            bool relay = role == PatternRole.Event && (frame.Entry.Flags & PatternFlags.Relay) != 0;
            if (!(IsFrame(role) && role is not (PatternRole.Blame or PatternRole.Dismiss)) && !relay) continue;
            for (int g = f + 1; g < _hits.Count; g++)
            {
                var next = _hits[g];
                if (next.First - frame.End > ComplementReach) break;
                if (HasBoundary(frame.End, next.First, allowComma: false)) break;
                if (!IsAct(next.Entry.Role) || next.Entry.Role is PatternRole.Blame or PatternRole.Dismiss) continue;
                if (_consumed[g]) continue;
                _complement[f] = g;
                _consumed[g] = true;
                break;
            }
        }
    }

    /// <summary>Codes the current sentence and appends its events to <paramref name="output"/>.</summary>
    public void Code(ImmutableArray<CodedEvent>.Builder output)
    {
        _events.Clear();
        for (int h = 0; h < _hits.Count; h++)
        {
            if (_consumed[h]) continue;
            var role = _hits[h].Entry.Role;
            if (!IsAct(role)) continue;
            Evaluate(h);
        }

        _events.Sort(static (a, b) =>
        {
            int c = a.TriggerStart.CompareTo(b.TriggerStart);
            return c != 0 ? c : string.CompareOrdinal(a.Cameo, b.Cameo);
        });
        int count = 0;
        for (int i = 0; i < _events.Count && count < MaxEventsPerSentence; i++)
        {
            var e = _events[i];
            bool duplicate = false;
            for (int j = 0; j < i; j++)
            {
                var d = _events[j];
                if (d.TriggerStart == e.TriggerStart && d.Cameo == e.Cameo && d.Mood == e.Mood
                    && d.Source?.Code == e.Source?.Code && d.Target?.Code == e.Target?.Code)
                {
                    duplicate = true;
                    break;
                }
            }

            if (duplicate) continue;
            output.Add(e);
            count++;
        }
    }

    // --- evaluation -------------------------------------------------------------------------------------------

    [Flags]
    private enum Mods
    {
        None = 0,
        Neg = 1,
        NegFuture = 2,
        Future = 4,
        Hypo = 8,
    }

    private void Evaluate(int h)
    {
        var hit = _hits[h];
        int anchor = _light[h] >= 0 ? _hits[_light[h]].First : hit.First;
        var mods = ModifiersBefore(h, anchor);
        bool inCondition = InConditionScope(h, anchor);
        bool conditionAfter = ConditionAfter(h);
        var entry = hit.Entry;
        // A headline's "Democrats to sue Arizona" announces a plan.
        if (IsHeadlineInfinitive(anchor)) mods |= Mods.Future;
        // "said they would expand the program and push for reform": a bare verb after "and" shares the modal before.
        if (mods == Mods.None && IsBareForm(anchor)) mods |= JoinedModifiers(anchor);
        bool negated = (mods & (Mods.Neg | Mods.NegFuture)) != 0;
        bool future = (mods & (Mods.Future | Mods.NegFuture)) != 0;

        if (entry.Role == PatternRole.Event)
        {
            string code = GovernedCode(h, 0) ?? entry.Code!;
            if (inCondition)
            {
                EmitPlain(h, anchor, code, Mood.Hypothetical, derived: false, underlying: false);
            }
            else if (negated && ((mods & Mods.Hypo) != 0 || IsScenario(h, anchor)))
            {
                // "would have never proposed", "if he came along, the party would not accept him": a refusal that
                // never happened, in a counterfactual or a condition.
                EmitPlain(h, anchor, code, Mood.Hypothetical, derived: false, underlying: false);
            }
            else if (negated)
            {
                if (future && CodeCombiner.IsCooperative(code))
                    EmitPlain(h, anchor, CodeCombiner.Refuse(code), Mood.Asserted, derived: true, underlying: false);
                else
                    EmitPlain(h, anchor, code, Mood.Negated, derived: false, underlying: false);
            }
            else if (InfinitiveMood(anchor, code) is { } planned)
            {
                // "a bill to impose sanctions", "trying to rally support": a planned or possible act, not a done one.
                EmitPlain(h, anchor, code, planned, derived: false, underlying: false);
            }
            else if (future && (ExpectedByOthers(h, anchor) || ImpersonalModalSubject(h, anchor)
                // "Trump will cause long-term damage": a noun under a modal is expected, no one's stated intent.
                || (_nominal[h] && _light[h] < 0)))
            {
                // "are expected to quit", "is scheduled to meet": others' expectation or a timetable, not the actor's
                // own statement of intent.
                EmitPlain(h, anchor, code, Mood.Future, derived: false, underlying: false);
            }
            else if (future && IsScenario(h, anchor))
            {
                // "Clinton would beat Trump", "at times Axelrod would meet Ailes": a "would" no one states is a scenario
                // or a past habit, not an intent. "Turkey will allow refugees to return" stays one, as CAMEO codes it.
                EmitPlain(h, anchor, code, Mood.Hypothetical, derived: false, underlying: false);
            }
            else if (future)
            {
                string? derived = CodeCombiner.IsCooperative(code) ? CodeCombiner.Intent(code)
                    : CodeCombiner.IsConflict(code) ? CodeCombiner.Threat(code) : null;
                if (derived is not null)
                {
                    var mood = conditionAfter && CodeCombiner.IsCooperative(code) ? Mood.Conditional : Mood.Asserted;
                    EmitPlain(h, anchor, derived, mood, derived: true, underlying: false);
                    EmitPlain(h, anchor, code, Mood.Future, derived: false, underlying: true);
                }
                else
                {
                    EmitPlain(h, anchor, code, Mood.Future, derived: false, underlying: false);
                }
            }
            else if ((mods & Mods.Hypo) != 0)
            {
                // "may halt mediation if cooperation founders": a conflict act made conditional is a threat.
                if (conditionAfter && CodeCombiner.IsConflict(code) && CodeCombiner.Threat(code) is { } threat)
                    EmitPlain(h, anchor, threat, Mood.Asserted, derived: true, underlying: false);
                EmitPlain(h, anchor, code, Mood.Hypothetical, derived: false, underlying: conditionAfter);
            }
            else
            {
                EmitPlain(h, anchor, code, Mood.Asserted, derived: false, underlying: false);
            }

            return;
        }

        // A governing verb: derive the code of the whole from what it governs.
        int c = _complement[h];
        string? governed = c >= 0 ? GovernedCode(c, 1) : null;
        string? code2;
        Mood mood2;
        if (negated && entry.Role == PatternRole.Intent)
        {
            // "will not accept", "did not agree to": a refusal.
            code2 = governed is not null && !CodeCombiner.IsConflict(governed) ? CodeCombiner.Refuse(governed) : "120";
            mood2 = inCondition || (mods & Mods.Hypo) != 0 || IsScenario(h, anchor) ? Mood.Hypothetical : Mood.Asserted;
        }
        else
        {
            code2 = DerivedCode(h, 0);
            // "declined to elaborate", "refused to say who", "declined to discuss the attacks": withholding words from
            // the press is a declined comment (011), not a rejection of anyone; "refused to discuss it with Syria" is not.
            if (entry.Role == PatternRole.Refuse && DeclinesToSpeak(hit)) code2 = "011";
            mood2 = inCondition ? Mood.Hypothetical
                : negated ? Mood.Negated
                : (mods & Mods.Hypo) != 0 ? Mood.Hypothetical
                : future && entry.Role is PatternRole.Demand or PatternRole.Appeal or PatternRole.Refuse ? Mood.Future
                // "he would have to tell Holder": an obligation under a modal is not yet a demand.
                : future && entry.Role == PatternRole.Must ? Mood.Hypothetical
                : conditionAfter && entry.Role is PatternRole.Intent ? Mood.Conditional
                : Mood.Asserted;
            if (mood2 == Mood.Asserted && code2 is not null)
            {
                // "under pressure to offer", "trying to persuade": a frame in an infinitive is not yet made; "Republicans
                // will pledge to", "he would warn": a future frame the actor did not state is a plan or a scenario.
                if (InfinitiveMood(anchor, code2) is { } planned) mood2 = planned;
                else if (future && IsScenario(h, anchor)) mood2 = Mood.Hypothetical;
                else if (future && ImpersonalModalSubject(h, anchor)) mood2 = Mood.Future;
            }
        }

        // A governing verb used as a noun or adjective ("a direct correlation", "an order to") governs nothing here;
        // and a weak appeal that asks for no act ("asked if", "was asked during") is a question.
        bool governsNothing = (_nominal[h] && _light[h] < 0 && (entry.Flags & PatternFlags.Noun) == 0)
            || (c < 0 && IsBareRequestNoun(h))
            // "Asked why the bill failed, the spokesman said": a reporter's question opening the sentence asks for no act.
            || (entry.Role == PatternRole.Appeal && hit.First == _first && (Word(hit.First).Equals("asked", StringComparison.OrdinalIgnoreCase)
                || Word(hit.First).Equals("pressed", StringComparison.OrdinalIgnoreCase)))
            // "failed to pass", "failed to understand": a failure to do something no one asked for is no rejection.
            || (c < 0 && entry.Role == PatternRole.Refuse && (entry.Flags & PatternFlags.Weak) != 0)
            || (entry.Role == PatternRole.Appeal && (entry.Flags & PatternFlags.Weak) != 0 && c < 0)
            // "the U.S. must be equally global": an obligation to be something is an opinion, not a demand ("must be
            // shut down", a passive act, still is one).
            || (c < 0 && entry.Role == PatternRole.Must && IsStateAfter(hit.End))
            // "Clinton pushed policy proposals", "pushed Clinton in his direction", "when pushed by a reporter": a verb of
            // pressing that asks for nothing ("to ...", "for ...") is another sense.
            || (c < 0 && entry.Role == PatternRole.Appeal && !_nominal[h] && !AsksForSomething(hit))
            // "offered a glimpse", "offered his congratulations", "promised a wall": an offer or vow of a thing, with no act
            // offered and no one it is made to, is no intent.
            || (c < 0 && entry.Role == PatternRole.Intent && (ClassAt(hit.First) & WordClass.Offer) != 0 && !OpensComplement(hit)
                && hit.End < _end && (ActorStartingAt(hit.End) < 0 || (ClassAt(hit.End) & WordClass.Determiner) != 0)
                && !Word(hit.End).Equals("that", StringComparison.OrdinalIgnoreCase) && !OfferedToActor(hit.End))
            // "arguments that appeal to the worst", "a way to appeal to his voter base": appeal as attraction asks for
            // nothing; "appealed to Moscow to halt", "appealed to Kyiv for talks" do.
            || (c < 0 && entry.Role == PatternRole.Appeal && !_nominal[h] && Word(hit.First).StartsWith("appeal", StringComparison.OrdinalIgnoreCase)
                && Word(hit.End - 1).Equals("to", StringComparison.OrdinalIgnoreCase) && !AsksForSomethingFrom(hit.End));
        if (code2 is not null && !governsNothing) EmitFrame(h, anchor, code2, mood2);

        // What an intent, preparation or threat is about happens later, if at all: code it too, as future.
        if (c >= 0 && governed is not null && entry.Role is PatternRole.Intent or PatternRole.Prepare or PatternRole.Threat
            && _hits[c].Entry.Role == PatternRole.Event)
        {
            var moodU = inCondition ? Mood.Hypothetical : negated ? Mood.Negated : conditionAfter ? Mood.Conditional : Mood.Future;
            EmitUnderlying(h, c, governed, moodU);
        }
    }

    // The code a hit stands for when another verb governs it ("negotiate" → 046, "refuse to meet" → 125).
    private string? GovernedCode(int g, int depth)
    {
        var entry = _hits[g].Entry;
        if (depth > 4) return entry.Code;
        if (entry.Role == PatternRole.Event)
        {
            if ((entry.Flags & PatternFlags.Relay) != 0 && _complement[g] >= 0)
                return GovernedCode(_complement[g], depth + 1) ?? entry.Code;
            return entry.Code;
        }

        return DerivedCode(g, depth + 1);
    }

    private string? DerivedCode(int f, int depth)
    {
        var entry = _hits[f].Entry;
        int c = _complement[f];
        string? governed = c >= 0 && depth <= 4 ? GovernedCode(c, depth + 1) : null;
        switch (entry.Role)
        {
            case PatternRole.Intent:
                if (governed is null) return entry.Code;
                if (CodeCombiner.IsConflict(governed)) return CodeCombiner.Threat(governed) ?? entry.Code;
                return CodeCombiner.Intent(governed) ?? entry.Code;
            case PatternRole.Prepare:
                if (governed is null) return entry.Code;
                // Readiness to fight is a show of force; readiness to annex or blockade is not yet one.
                if (CameoCodes.Root(governed) is 15 or 18 or 19 or 20 && !governed.StartsWith("191", StringComparison.Ordinal)
                    && !governed.StartsWith("192", StringComparison.Ordinal)) return "150";
                return CodeCombiner.IsCooperative(governed) ? CodeCombiner.Intent(governed) : entry.Code;
            case PatternRole.Refuse:
                if (governed is null || CodeCombiner.IsConflict(governed)) return entry.Code ?? "120";
                return CodeCombiner.Refuse(governed);
            case PatternRole.Demand:
            case PatternRole.Must:
                return governed is null ? entry.Code ?? "100" : CodeCombiner.Demand(governed);
            case PatternRole.Appeal:
                return governed is null ? entry.Code ?? "020" : CodeCombiner.Appeal(governed);
            case PatternRole.Threat:
                return governed is null ? entry.Code ?? "130" : CodeCombiner.Threat(governed) ?? entry.Code ?? "130";
            case PatternRole.Accuse:
                return governed is not null && CameoCodes.Root(governed) is 18 or 19 or 20 ? "1123" : entry.Code ?? "112";
            case PatternRole.Dismiss:
                return governed is null || CodeCombiner.IsConflict(governed) ? entry.Code ?? "120" : CodeCombiner.Refuse(governed);
            case PatternRole.Order:
                if (governed is null) return entry.Code ?? "100";
                return CameoCodes.Root(governed) == 17 ? governed : CodeCombiner.Demand(governed);
            default:
                return entry.Code;
        }
    }

    private Mods ModifiersBefore(int h, int anchor)
    {
        var mods = Mods.None;
        for (int k = h - 1; k >= 0; k--)
        {
            var prev = _hits[k];
            if (anchor - prev.End > ModifierReach) break;
            if (prev.End > anchor) continue;
            var role = prev.Entry.Role;
            if (IsAct(role) && !_consumed[k]) break;
            if (HasBoundary(prev.End, anchor, allowComma: false)) break;
            mods |= role switch
            {
                PatternRole.Neg => Mods.Neg,
                PatternRole.NegFuture => Mods.NegFuture,
                PatternRole.Future => Mods.Future,
                PatternRole.Hypo => Mods.Hypo,
                _ => Mods.None,
            };
        }

        return mods;
    }

    // A future modifier that reports others' expectation or a timetable ("expected to", "scheduled to", "slated to").
    private bool ExpectedByOthers(int h, int anchor)
    {
        for (int k = ModalBefore(h, anchor, negative: false); k >= 0; k = ModalBefore(k, anchor, negative: false))
        {
            var prev = _hits[k];
            for (int i = prev.First; i < prev.End; i++)
            {
                var w = Word(i);
                // "was considering supporting Trump": weighing an act is not announcing it.
                if (w.Equals("expected", StringComparison.OrdinalIgnoreCase) || w.Equals("scheduled", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("slated", StringComparison.OrdinalIgnoreCase) || w.StartsWith("consider", StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }

    // The nearest hit before hit k that is a future modal ("will", "plans to"; with "won't" unless negative is false),
    // ending at or before the anchor and within reach of it; -1 when none.
    private int ModalBefore(int k, int anchor, bool negative = true)
    {
        for (k--; k >= 0; k--)
        {
            var prev = _hits[k];
            if (anchor - prev.End > ModifierReach) return -1;
            if (prev.End <= anchor && (prev.Entry.Role == PatternRole.Future || (negative && prev.Entry.Role == PatternRole.NegFuture))) return k;
        }

        return -1;
    }

    // An act in an infinitive ("a bill to impose sanctions", "hired a firm to investigate", "the right to sue") is
    // planned, proposed or possible: future, or hypothetical after a word of possibility ("willing to", "a chance to").
    // It is done when the word before "to" carries it out ("continued to attack", "voted to endorse", "the first member
    // to endorse"), and an attempt at violence ("tried to detonate a bomb") is coded as one. "to" inside a mood phrase
    // ("plans to", "is going to") is left to that phrase.
    private Mood? InfinitiveMood(int anchor, string code)
    {
        // "his proposed ban", "a possible strike": a plan word right before a noun trigger.
        if (_tokens[anchor].Kind == TokenKind.Word && anchor > _first && (ClassAt(anchor - 1) & WordClass.Prospective) != 0
            && _tokens[anchor - 1].Kind == TokenKind.Word && IsAttributive(anchor - 1)) return Mood.Future;
        // "to support the victims and defend the country's traditions": a verb joined to an infinitive is one too.
        // "called on Washington to act and proposed a zone" joins "proposed" to "called": only a bare form continues "to".
        if (IsBareForm(anchor))
        {
            if (CoordinatedWith(anchor) is int first && first >= _first && first < anchor) return InfinitiveAt(first, code);
            if (JoinedInfinitive(anchor) is int to) return InfinitiveAt(to + 1, code);
        }

        return InfinitiveAt(anchor, code);
    }

    private Mods JoinedModifiers(int anchor)
    {
        int i = anchor - 1;
        if (i <= _first || _tokens[i].Kind != TokenKind.Word) return Mods.None;
        var w = Word(i);
        if (!w.Equals("and", StringComparison.OrdinalIgnoreCase) && !w.Equals("or", StringComparison.OrdinalIgnoreCase)) return Mods.None;
        for (int h = _hits.Count - 1; h >= 0; h--)
        {
            var prev = _hits[h];
            if (prev.End > i) continue;
            if (i - prev.End > 10 || HasBoundary(prev.End, i, allowComma: false)) break;
            var mods = prev.Entry.Role switch
            {
                PatternRole.Future => Mods.Future,
                PatternRole.Hypo => Mods.Hypo,
                _ => Mods.None,
            };
            if (mods != Mods.None) return mods;
            // An act of its own in between has its own modal: "would expand ... and push" reaches past plain words only.
            if (IsAct(prev.Entry.Role)) break;
        }

        return Mods.None;
    }

    // "has no plans to either address the conference or meet with Sanders": a bare verb after "and" or "or" continues an
    // infinitive a few words back, when no clause boundary stands between.
    private int? JoinedInfinitive(int anchor)
    {
        int i = anchor - 1;
        if (i <= _first || _tokens[i].Kind != TokenKind.Word) return null;
        var w = Word(i);
        if (!w.Equals("and", StringComparison.OrdinalIgnoreCase) && !w.Equals("or", StringComparison.OrdinalIgnoreCase)) return null;
        for (int k = i - 1; k > _first && k >= i - 10; k--)
        {
            // "to cheat, steal or kill": list commas may stand between.
            if (IsPunct(k, ',')) continue;
            if (_tokens[k].Kind != TokenKind.Word) return null;
            if ((ClassAt(k) & WordClass.Boundary) != 0) return null;
            if (Word(k).Equals("to", StringComparison.OrdinalIgnoreCase)) return InModifierHit(k) ? null : k;
        }

        return null;
    }

    // "expected" in "the expected ban" modifies; in "he expected talks" it is the verb. Only a word after a determiner,
    // possessive or the sentence start counts as a modifier.
    private bool IsAttributive(int i) =>
        i == _first || (ClassAt(i - 1) & WordClass.Determiner) != 0 || Word(i - 1).Equals("'s", StringComparison.OrdinalIgnoreCase)
            || Word(i - 1).Equals("\u2019s", StringComparison.OrdinalIgnoreCase);

    private bool IsBareForm(int i)
    {
        var w = Word(i);
        return !(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || (w.Length > 3 && w[^1] is 's' or 'S' && !(w[^2] is 's' or 'S')));
    }

    private Mood? InfinitiveAt(int anchor, string code)
    {
        int i = anchor - 1;
        // "Republicans support deploying ground forces", "Trump proposed barring Muslims": a gerund after a verb of
        // proposing or favouring is the act proposed.
        if (i > _first && Word(anchor).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && _tokens[i].Kind == TokenKind.Word
            && (ClassAt(i) & WordClass.Proposal) != 0) return Mood.Future;
        // "Trump is talking about deporting millions": talk of an act proposes it.
        if (i > _first && Word(anchor).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && Word(i).Equals("about", StringComparison.OrdinalIgnoreCase)
            && _tokens[i - 1].Kind == TokenKind.Word && Word(i - 1).StartsWith("talk", StringComparison.OrdinalIgnoreCase)) return Mood.Future;
        // "to publicly condemn", "to be deported", "to have met", "vows to \u201cdefend".
        if (i > _first && _tokens[i].Kind == TokenKind.Quote) i--;
        for (int skipped = 0; i > _first && skipped < 2 && _tokens[i].Kind == TokenKind.Word; skipped++)
        {
            var w = Word(i);
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase)) break;
            if (!(IsAdverbAt(i) || w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || (ClassAt(i) & WordClass.Be) != 0
                || w.Equals("have", StringComparison.OrdinalIgnoreCase))) return null;
            i--;
        }

        if (i <= _first || _tokens[i].Kind != TokenKind.Word || !Word(i).Equals("to", StringComparison.OrdinalIgnoreCase)) return null;
        if (InModifierHit(i)) return null;
        // "to attacks", "to talks": "to" as a preposition before a noun.
        if (IsNounForm(anchor)) return null;
        for (int k = i - 1, words = 0; k >= _first && words < 5; k--, words++)
        {
            if (_tokens[k].Kind != TokenKind.Word) break;
            var cls = ClassAt(k);
            if ((cls & WordClass.Implicative) != 0) return null;
            if (words == 0)
            {
                if ((cls & WordClass.Attempt) != 0 && CameoCodes.Root(code) >= 18) return null;
                if ((cls & WordClass.Possibility) != 0) return Mood.Hypothetical;
            }

            // Only "the first member of Congress to endorse" reaches back past the word before "to".
            if ((cls & (WordClass.Boundary | WordClass.Be)) != 0) break;
        }

        return Mood.Future;
    }

    private bool InModifierHit(int token)
    {
        foreach (var hit in _hits)
        {
            if (hit.First > token) break;
            if (token < hit.End) return IsModifier(hit.Entry.Role);
        }

        return false;
    }

    // A gerund or plural after "to" is a noun ("pointed to attacks", "open to negotiating"); a bare form is a verb.
    private bool IsNounForm(int i)
    {
        var w = Word(i);
        return w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || (w.Length > 3 && w[^1] is 's' or 'S' && !(w[^2] is 's' or 'S'));
    }

    // "it would seal the deal", "this year will meet expectations", "primaries would yield victories": a thing, not an
    // actor, is the subject of the modal, so no one states an intent; the act is only expected.
    private bool ImpersonalModalSubject(int h, int anchor)
    {
        int k = ModalBefore(h, anchor);
        if (k < 0) return false;
        // Only a bare "will" or "would": "he'll" and "they're going to" carry their subject, and "it" or "which" may
        // stand for an actor ("Hungary said it will support").
        var modal = Word(_hits[k].First);
        if (!(modal.Equals("will", StringComparison.OrdinalIgnoreCase) || modal.Equals("would", StringComparison.OrdinalIgnoreCase)
            || modal.Equals("won't", StringComparison.OrdinalIgnoreCase) || modal.Equals("wouldn't", StringComparison.OrdinalIgnoreCase))) return false;
        int i = _hits[k].First - 1;
        if (i < _first || _tokens[i].Kind != TokenKind.Word) return false;
        var w = Word(i);
        return w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("there", StringComparison.OrdinalIgnoreCase) || IsCommonWord(i);
    }

    // A "would" that no one says ("Clinton would beat Trump in a match-up"): a scenario, not an intent. Reported speech
    // ("Iraq said it would allow", "he would, she said") and words in a quote state an intent.
    private bool IsScenario(int h, int anchor)
    {
        for (int k = ModalBefore(h, anchor); k >= 0; k = ModalBefore(k, anchor))
        {
            var prev = _hits[k];
            var modal = Word(prev.First);
            if (!modal.Equals("would", StringComparison.OrdinalIgnoreCase) && !modal.Equals("wouldn't", StringComparison.OrdinalIgnoreCase)
                && !modal.EndsWith("'d", StringComparison.OrdinalIgnoreCase) && !modal.EndsWith("\u2019d", StringComparison.OrdinalIgnoreCase)) continue;
            // "If another Reagan came along, the party would not accept him": the consequent of a condition.
            for (int c = k - 1; c >= 0; c--)
            {
                if (_hits[c].Entry.Role == PatternRole.Cond && !Word(_hits[c].First).Equals("whether", StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return Reporter(anchor) is null;
        }

        return false;
    }

    // Inside "if ..." or "unless ...": from the conditional word to the end of its clause.
    private bool InConditionScope(int h, int anchor)
    {
        for (int k = h - 1; k >= 0; k--)
        {
            var prev = _hits[k];
            if (prev.Entry.Role != PatternRole.Cond) continue;
            return !HasBoundary(prev.End, anchor, allowComma: false);
        }

        return false;
    }

    // A condition stated after the act ("..., but with another president", "... unless Baghdad accepts").
    private bool ConditionAfter(int h)
    {
        for (int k = h + 1; k < _hits.Count; k++)
        {
            if (_hits[k].Entry.Role is PatternRole.Cond or PatternRole.CondAfter) return true;
        }

        return false;
    }

    // --- emission ---------------------------------------------------------------------------------------------

    private void EmitPlain(int h, int anchor, string code, Mood mood, bool derived, bool underlying)
    {
        var hit = _hits[h];
        bool noun = _nominal[h] && _light[h] < 0;
        Party? source;
        Party? target;
        int agent = -1;
        bool purpose = false;
        bool reduced = !noun && IsReducedRelative(h, anchor);
        RelativeAntecedent(anchor, out bool relative);
        if (reduced)
        {
            // "two soldiers killed in the raid", "a pilot shot down over Syria": the noun before is the one acted on,
            // and only a "by" phrase names the doer; the main clause's subject has no part in it.
            target = PartyOrNull(ActorEndingAt(anchor));
            source = AgentPartyAfter(hit.End);
        }
        else if (!noun && IsPassive(anchor, hit.First))
        {
            target = SubjectOf(anchor);
            agent = AgentAfter(hit.End);
            if (agent < 0) agent = DistantAgent(hit.End);
            // In a relative clause ("children who were killed at a school in Ohio") the place is background, not the doer.
            source = agent >= 0 ? PartyOf(agent) : relative ? null : LocationAfter(hit.End, 12) ?? LocationWithin(target, anchor);
        }
        else
        {
            // "protest against abuses by the police": a trigger ending in its preposition has its object next, and the
            // "by" belongs to that object.
            if (noun && (ClassAt(hit.End - 1) & WordClass.Preposition) == 0) agent = AgentAfter(hit.End, reach: 3);
            // "the deal brokered last week by Merkel", "came under repeated assault by Mr. Trump": a one-word participle or
            // noun with its own "by" phrase right after it has its doer there, not in the main clause. A longer pattern
            // ("investigating alleged war crimes by extremists") ends in a noun whose "by" names that noun's doer.
            else if (!noun && hit.End - hit.First == 1)
            {
                int next = hit.End;
                while (next < _end && InTimex(next)) next++;
                agent = AgentAfter(next, reach: 1);
            }
            // A bare noun ("the threat of war looms") has only its own agent or possessor ("Russia's threat",
            // "Palestinian suicide bombers"), never the subject of some other verb.
            source = agent >= 0 ? PartyOf(agent) : Between(hit.End) ?? (noun ? ActorBefore(anchor, _first) : ReasonSubject(anchor) ?? SubjectOf(anchor));
            // A noun in a purpose adjunct ("returned to Geneva for talks", "staged a hunger strike in protest
            // against ...") names the subject's own act.
            if (source is null && noun && IsPurposeAdjunct(anchor, code))
            {
                source = MainSubjectBefore(h, anchor) ?? SubjectOf(anchor);
                purpose = source is not null;
            }

            // A protest's target is often named in its purpose, further on ("blocked roads ... to press their demands
            // for greater freedom from President Bouteflika's government").
            target = source is { } pair && Between(hit.End) is { } first && first.Actor == pair.Actor
                ? null
                : ObjectAfter(anchor + 1, agent, CameoCodes.Root(code) == 14 ? ProtestReach : ObjectReach, source);
            target ??= PurposeDestination(anchor, source);
            // "an attack against Cruz by Graham": a "by" phrase right after the noun's object names the doer.
            if (agent < 0 && target is { Actor: >= 0 } obj && SpanOf(obj.Actor) is { } objSpan && objSpan.End + 1 < _end
                && Word(objSpan.End).Equals("by", StringComparison.OrdinalIgnoreCase) && ActorStartingAt(objSpan.End + 1) is var byActor and >= 0
                && byActor != obj.Actor)
                source = PartyOf(byActor);
            // "Graham's attack on Cruz": a named possessor is the doer, coded or not.
            if (noun && source is null && PossessorOf(anchor) is { } owner && (target is not { } t1 || t1.Actor != owner.Actor)) source = owner;
            // The accused of "jailed 52 members of MASSOB on allegations of treason" is the jailed.
            if (purpose && target is null && CameoCodes.Root(code) == 11) target = ObjectBefore(anchor, source);
            if (target is { } addressee && CameoCodes.Root(code) is 11 or 14) target = ComplainedAbout(addressee, anchor) ?? target;
        }

        // A pattern that opens with its doer's own noun ("NATO peacekeeping troops have arrived in Bosnia") has that
        // doer inside the trigger, where no subject search looks.
        if (source is null && !noun && !reduced && ActorCovering(hit.First) is { } inner && (target is not { } tIn || tIn.Actor != inner.Actor))
            source = inner;
        if (source is null && IsVerbal(code) && !noun) source = SpeakerAt(anchor);
        if (!reduced && !relative && (source is null || source.Value.Code is null))
        {
            if (LocationAfter(anchor + 1, 8) is { } place)
            {
                source = place;
                if (target is { } t && t.Actor == place.Actor) target = null;
            }
        }

        if (target is null && CameoCodes.Root(code) == 13) target = ConditionActorAfter(anchor);
        if (noun && !purpose && mood == Mood.Asserted && !KeepsBareNoun(hit.Entry, code, source, target)) return;
        // A bare noun's other party is its own complement, close by ("the ban on refugees"), not an actor further on
        // ("the broad ban on spending to bring detainees to the U.S.").
        if (noun && !purpose && mood == Mood.Asserted && (hit.Entry.Flags & PatternFlags.Strong) == 0 && CameoCodes.Root(code) < 18
            && target is { } far && far.Actor >= 0 && SpanOf(far.Actor) is { } farSpan && farSpan.First - hit.End > 4
            && OpensOtherClause(hit.End, farSpan.First)) return;
        // A released person is the direct object ("freed Alan Gross,"), not an actor inside what was released ("released
        // the DNC emails", "released a statement on France").
        if (!_nominal[h] && !reduced && mood == Mood.Asserted && code == "0841" && (hit.Entry.Flags & PatternFlags.Weak) != 0
            && !IsReleasedPerson(target, anchor, hit.End)) return;
        // A weak verb with no one acted on ("released a video", "is hosting a party", "blocked websites") is seldom
        // the act its pattern names; two or more joined actors acting together ("A and B clashed") still count.
        if (!_nominal[h] && mood == Mood.Asserted && !Known(target)
            && ((hit.Entry.Flags & PatternFlags.Weak) != 0 || IsMeeting(code) || (derived && CameoCodes.Root(code) == 13 && !ConditionAfter(h)))
            && Compound(source).Count < 2) return;
        // A weak visit or reception takes its guest as direct object ("received the Japanese premier"), not whatever
        // comes later ("receives $5.6 billion from the government").
        if (!_nominal[h] && IsMeeting(code) && (hit.Entry.Flags & PatternFlags.Weak) != 0 && target is { } guest && guest.Actor >= 0
            && SpanOf(guest.Actor) is { } g && g.First - hit.End > 2) return;
        // "received U.S. passports", "received Saudi money": a country naming what was received is no guest.
        if (!_nominal[h] && IsMeeting(code) && (hit.Entry.Flags & PatternFlags.Weak) != 0 && target is { } thing && thing.Actor >= 0
            && SpanOf(thing.Actor) is { } ts && _doc.Actors[thing.Actor].Kind == ActorKind.Country && ts.End < _end
            && _tokens[ts.End].Kind == TokenKind.Word && !InTimex(ts.End) && IsCommonWord(ts.End)) return;
        // "Thank you very much", "Kasich is thanking supporters": thanks to no one named is courtesy, not praise.
        if (mood == Mood.Asserted && code == "051" && !Known(target) && Word(anchor).StartsWith("thank", StringComparison.OrdinalIgnoreCase)) return;
        // Any other weak verb needs the one acted on as its object too: "released 30 years of tax returns" or "free trade
        // talks with India" release no one; "a Clinton campaign memo was released" frees no Clinton.
        // A protest is the exception: its target is named in its purpose ("demonstrated in Kirkuk calling for independence from Iraq").
        if (!_nominal[h] && !reduced && mood == Mood.Asserted && (hit.Entry.Flags & PatternFlags.Weak) != 0 && Compound(source).Count < 2
            && CameoCodes.Root(code) != 14
            && target is { } acted && acted.Actor >= 0 && SpanOf(acted.Actor) is { } span && !IsDirectlyActedOn(span, anchor, hit.End)) return;
        // Two or more joined actors with no one else ("fighting between A and B") act on each other: that is a target.
        bool mutual = target is null && source is not null && Compound(source).Count > 1;
        double confidence = Confidence(h, anchor, code, noun, derived, underlying, source is not null, target is not null || mutual);
        Add(hit, anchor, code, mood, source, target, confidence, compoundFrom: anchor);
    }

    private void EmitFrame(int f, int anchor, string code, Mood mood)
    {
        var hit = _hits[f];
        int c = _complement[f];
        bool noun = _nominal[f] && _light[f] < 0;
        Party? source;
        Party? target;
        switch (hit.Entry.Role)
        {
            case PatternRole.Must:
            case PatternRole.Blame:
                target = SubjectOf(anchor);
                source = Reporter(anchor);
                // Without someone who says it ("Abedin needs to get out"), "must" is the writer's view, not a demand.
                // "The forum concluded that the US must pay": when the reporter's own subject is no actor, the one who
                // must act is not the one who asks it.
                if (source is null || (target is { } must && SameEntity(source.Value, must))) return;
                break;
            case PatternRole.Dismiss:
                source = Reporter(anchor);
                target = c >= 0 ? ObjectAfter(_hits[c].First + 1, -1) : null;
                break;
            case PatternRole.Accuse when IsPassive(anchor, hit.First):
                target = SubjectOf(anchor);
                source = AgentPartyAfter(hit.End) ?? PartyOrNull(DistantAgent(hit.End));
                break;
            case PatternRole.Demand:
            case PatternRole.Appeal:
            case PatternRole.Accuse:
            case PatternRole.Order:
                source = IsPassive(anchor, hit.First) ? AgentPartyAfter(hit.End) : SubjectOf(anchor);
                // The addressee stands between the verb and what is asked ("urged Ukraine to"); failing that, a
                // nominal request names it after the act ("demanded the withdrawal of Serbian forces").
                target = (c >= 0 ? ActorBetween(hit.End, _hits[c].First) : null)
                    ?? (c < 0 ? ObjectAfter(anchor + 1, -1)
                        : _nominal[c] || IsDirectObject(hit.End, _hits[c].First) ? ObjectAfter(_hits[c].First + 1, -1) : null);
                break;
            default:
                source = SubjectOf(anchor);
                // "reneged on his promise to the Zambian people": the subject's own possessive is no target.
                var modifier = c >= 0 ? ModifierOf(c, hit.End) : null;
                if (modifier is { } mod && source is { } subject && (SameEntity(mod, subject) || (IsPossessive(mod) && mod.Code == subject.Code)))
                    modifier = null;
                target = c >= 0
                    ? modifier ?? ObjectAfter(_hits[c].First + 1, -1) ?? ActorBetween(hit.End, _hits[c].First)
                    : ObjectAfter(anchor + 1, -1);
                break;
        }

        if (noun && hit.Entry.Role is not (PatternRole.Must or PatternRole.Blame or PatternRole.Dismiss))
        {
            // A bare noun ("the threat of war", "calls by Belarus") has only its own agent or possessor.
            int agent = AgentAfter(hit.End, reach: 3);
            source = agent >= 0 ? PartyOf(agent) : ActorBefore(anchor, _first);
            if (target is { } t0 && source is { } s0 && t0.Actor == s0.Actor) target = null;
        }

        if (source is null && IsVerbal(code)) source = SpeakerAt(anchor);
        if (target is null && CameoCodes.Root(code) == 13) target = ConditionActorAfter(anchor);
        // "The campaigns agree": agreement to nothing with no one is an opinion.
        if (hit.Entry.Role == PatternRole.Intent && c < 0 && target is null && mood == Mood.Asserted && !OpensComplement(hit)) return;
        // "We're going to have to beat him": what the speaker says they must do is no demand on anyone.
        // "This epidemic must stop": a demand needs someone it is made on.
        if (hit.Entry.Role == PatternRole.Must && (!Known(source) || !Known(target) || FirstOrSecondPersonBefore(anchor))) return;
        if (noun && mood == Mood.Asserted && !KeepsBareNoun(hit.Entry, code, source, target)) return;
        double confidence = Confidence(f, anchor, code, noun, derived: true, underlying: false, source is not null, target is not null);
        Add(hit, anchor, code, mood, source, target, confidence, compoundFrom: anchor);
    }

    private void EmitUnderlying(int f, int c, string code, Mood mood)
    {
        var frame = _hits[f];
        var act = _hits[c];
        var source = SubjectOf(frame.First) ?? (IsVerbal(code) ? SpeakerAt(frame.First) : null);
        var target = ObjectAfter(act.First + 1, -1) ?? ActorBetween(frame.End, act.First);
        double confidence = Confidence(c, act.First, code, noun: false, derived: false, underlying: true, source is not null, target is not null);
        Add(act, act.First, code, mood, source, target, confidence, compoundFrom: frame.First);
    }

    private void Add(PatternHit hit, int anchor, string code, Mood mood, Party? source, Party? target, double confidence, int compoundFrom)
    {
        // "\u201cI support and endorse our speaker,\u201d Trump told a crowd": "I" or "we" right before the act in a quote is its speaker.
        if (FirstPersonSubject(anchor) && SpeakerAt(anchor) is { } speaker && (source is not { } s1 || !SameEntity(s1, speaker)))
        {
            source = speaker;
            if (target is { } t1 && SameEntity(t1, speaker)) target = null;
        }

        if (source is { } s0 && target is { } t0 && SameEntity(s0, t0)) target = null;
        (source, target) = Domestic(code, source, target);
        // "Would it make ISIL less committed to kill Americans?": a question asserts nothing.
        if (mood == Mood.Asserted && IsQuestion()) mood = Mood.Hypothetical;
        // Who did what to whom needs someone known: a party with neither code nor name ("these companies") tells nothing.
        if (!Known(source) && !Known(target)) return;
        if (mood == Mood.Asserted && confidence < MinAssertedConfidence) return;
        // "has routinely criticized", "Sanders opposes the plan", "is committed to transparency": a habit or a lasting
        // stance is no event. The contract has no mood for it, so it is not coded at all. A habit of violence ("soldiers
        // routinely beat detainees") is still reported as one, as CAMEO coders do.
        if (mood == Mood.Asserted && (IsHabitual(anchor, code) || IsStance(hit, anchor, code))) return;
        // "voters support Trump", "support among Republicans", "supported by early deciders": support measured in
        // voters or polls is no endorsement between political actors.
        if (mood == Mood.Asserted && CameoCodes.Root(code) == 5 && IsPollSupport(hit, anchor)) return;
        // "last Friday's deadly attacks in Paris": a violent modifier keeps an attack an assault, and the politicians
        // talking about it are not its parties.
        bool violent = code is "180" or "182" or "190" && HasViolentModifier(anchor);
        if (violent)
        {
            if (source is { } vs && IsTalker(vs)) source = null;
            if (target is { } vt && IsTalker(vt)) target = null;
            if (!Known(source) && !Known(target)) return;
        }
        // "Sanders attacked Clinton", "ads attacking rivals": a generic attack between political actors is verbal.
        else if (code is "180" or "182" or "190" && (hit.Entry.Flags & PatternFlags.Weak) != 0 && IsVerbalAttack(source, target))
        {
            // Between politicians "beat" and "fight" are about votes, not blows.
            if (code != "180") return;
            code = "111";
            if (mood == Mood.Asserted && IsHabitual(anchor, code)) return;
        }

        var sentence = _doc.Sentences[_sentence];
        int triggerStart = _tokens[anchor].Start;
        int triggerEnd = _tokens[hit.End - 1].End;
        var (date, basis) = EventDating.DateAt(_doc, _sentence, triggerStart, -1, -1, happened: mood == Mood.Asserted);
        string? plover = CameoCodes.Plover(code);
        int quad = CameoCodes.QuadClass(code);
        double goldstein = CameoCodes.Goldstein(code);

        // Compound actors ("Hungarian and Romanian officials", "Iran and Turkey"): one event per pair.
        var sources = Compound(source);
        var targets = Compound(target);
        bool reciprocal = target is null && sources.Count > 1;
        foreach (var src in sources)
        {
            if (reciprocal)
            {
                foreach (var other in sources)
                {
                    if (other.Actor == src.Actor) continue;
                    Append(src, other);
                }

                continue;
            }

            foreach (var tgt in targets) Append(src, tgt);
            if (targets.Count == 0) Append(src, null);
        }

        if (sources.Count == 0)
        {
            foreach (var tgt in targets) Append(null, tgt);
        }

        void Append(Party? src, Party? tgt)
        {
            // An act on oneself is no event between two actors: the same mention, or two mentions of one person
            // ("Christie said ... run against him", with "him" resolved to Christie). A state's sectors may act on each
            // other ("Montenegrin protesters demand of Montenegro"), so two mentions of a country stay.
            if (src is { } a && tgt is { } b && a.Actor >= 0 && (a.Actor == b.Actor || SamePerson(a.Actor, b.Actor)))
                tgt = null;
            // "in Paris, Donald Trump": a politician joined to the place of a deadly attack takes no part in it.
            if (violent && src is { } vs2 && IsTalker(vs2)) src = null;
            if (violent && tgt is { } vt2 && IsTalker(vt2)) tgt = null;
            if (src is null && tgt is null) return;
            _events.Add(new CodedEvent(_sentence, triggerStart, triggerEnd, code, src?.ToEventParty(), tgt?.ToEventParty(), mood)
            {
                Plover = plover,
                QuadClass = quad,
                Goldstein = goldstein,
                Date = date,
                DateBasis = basis,
                EvidenceStart = sentence.Start,
                EvidenceEnd = sentence.End,
                Confidence = confidence,
            });
        }

        _ = compoundFrom;
    }

    // An adverb of habit right before the trigger or its auxiliaries ("has routinely exchanged", "always attacks").
    private bool IsHabitual(int anchor, string code)
    {
        if (CameoCodes.Root(code) >= 15) return false;
        for (int i = anchor - 1, words = 0; i >= _first && words < 3; i--, words++)
        {
            if (_tokens[i].Kind != TokenKind.Word) return false;
            var cls = ClassAt(i);
            if ((cls & WordClass.Habitual) != 0) return true;
            // Only auxiliaries and adverbs stand between the habit word and its verb.
            if ((cls & WordClass.Be) == 0 && !IsAdverbAt(i) && !Word(i).EndsWith("ly", StringComparison.OrdinalIgnoreCase)
                && !Word(i).Equals("has", StringComparison.OrdinalIgnoreCase) && !Word(i).Equals("have", StringComparison.OrdinalIgnoreCase)
                && !Word(i).Equals("had", StringComparison.OrdinalIgnoreCase) && !Word(i).Equals("does", StringComparison.OrdinalIgnoreCase)
                && !Word(i).Equals("do", StringComparison.OrdinalIgnoreCase)) return false;
        }

        return false;
    }

    // A present-tense stance verb in the body ("Sanders opposes Clinton's plan", "Rubio resists a label") states a
    // position; a headline uses the same tense for news ("Governor backs Cruz"). So does "is committed to" with a noun
    // after it ("is committed to transparency"); with an act after it ("is committed to opening up the economy") it is
    // an intent.
    private bool IsStance(PatternHit hit, int anchor, string code)
    {
        if (CameoCodes.Root(code) >= 15 || _nominal[IndexOfHit(hit)]) return false;
        if ((ClassAt(anchor) & WordClass.Stance) != 0 && anchor == hit.First) return !IsHeadline();
        // A bare form reaches here asserted only as a present verb: after a modal, "to" or "not" its mood is not asserted.
        // "did support" and "do support" stay past or emphatic acts; "Support Ryan" opening a sentence is an appeal.
        // "I support and endorse Paul Ryan" said aloud is the endorsement itself; "support for Sanders" is a noun.
        if ((ClassAt(anchor) & WordClass.StanceBare) != 0 && anchor == hit.First && anchor > _first && !_nominal[IndexOfHit(hit)]
            && ModifiersBefore(IndexOfHit(hit), anchor) == Mods.None && _tokens[anchor - 1].Kind == TokenKind.Word
            && !Word(anchor - 1).Equals("did", StringComparison.OrdinalIgnoreCase) && !Word(anchor - 1).Equals("to", StringComparison.OrdinalIgnoreCase)
            && !FirstPersonBefore(anchor) && !(hit.End < _end && (ClassAt(hit.End) & WordClass.Preposition) != 0)
            && !(hit.End < _end && Word(hit.End).Equals("among", StringComparison.OrdinalIgnoreCase))) return !IsHeadline();
        int at = -1;
        for (int i = hit.First; i < hit.End; i++)
        {
            if (Word(i).Equals("committed", StringComparison.OrdinalIgnoreCase)) at = i;
        }

        if (at < 0 || hit.First <= _first && at == hit.First) return false;
        // "Clinton is committed to": the form of "be" is the pattern's own first word, or the word before it.
        var before = at > hit.First ? Word(hit.First) : Word(at - 1);
        bool present = IsPresentBe(before);
        int next = hit.End < _end && Word(hit.End - 1).Equals("to", StringComparison.OrdinalIgnoreCase) ? hit.End
            : hit.End + 1 < _end && Word(hit.End).Equals("to", StringComparison.OrdinalIgnoreCase) ? hit.End + 1 : -1;
        return present && next >= 0 && _tokens[next].Kind == TokenKind.Word && !Word(next).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !InHit(next);
    }

    // "I" or "we" right before the act, past adverbs and auxiliaries ("I strongly support", "we have always backed").
    private bool FirstPersonSubject(int anchor)
    {
        for (int i = anchor - 1; i >= _first && i >= anchor - 3; i--)
        {
            if (_tokens[i].Kind != TokenKind.Word) return false;
            var w = Word(i);
            if (w.Equals("we", StringComparison.OrdinalIgnoreCase) || w.Equals("I", StringComparison.Ordinal)) return true;
            if (!(IsAdverbAt(i) || w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || (ClassAt(i) & WordClass.Be) != 0
                || w.Equals("have", StringComparison.OrdinalIgnoreCase) || w.Equals("do", StringComparison.OrdinalIgnoreCase))) return false;
        }

        return false;
    }

    private bool FirstPersonBefore(int anchor)
    {
        for (int i = anchor - 1; i >= _first && i >= anchor - 3; i--)
        {
            if (_tokens[i].Kind != TokenKind.Word) break;
            var w = Word(i);
            if (w.Equals("we", StringComparison.OrdinalIgnoreCase) || w.Equals("I", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static bool IsPresentBe(ReadOnlySpan<char> w) =>
        w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)
        || w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("remains", StringComparison.OrdinalIgnoreCase)
        || w.Equals("'s", StringComparison.OrdinalIgnoreCase) || w.Equals("\u2019s", StringComparison.OrdinalIgnoreCase)
        || w.Equals("remain", StringComparison.OrdinalIgnoreCase);

    private int IndexOfHit(PatternHit hit)
    {
        for (int k = 0; k < _hits.Count; k++)
        {
            if (_hits[k].First == hit.First) return k;
        }

        return 0;
    }

    private bool DeclinesToSpeak(PatternHit hit)
    {
        // "failed to address the concerns" is a failure, not a refusal to talk.
        var verb = Word(hit.First);
        if (!verb.StartsWith("declin", StringComparison.OrdinalIgnoreCase) && !verb.StartsWith("refus", StringComparison.OrdinalIgnoreCase)) return false;
        int i = hit.End;
        if (!Word(hit.End - 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            if (i >= _end || !Word(i).Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
            i++;
        }

        if (i < _end && Word(i).Equals("be", StringComparison.OrdinalIgnoreCase)) i++;
        if (i >= _end || (ClassAt(i) & WordClass.SpeechAct) == 0) return false;
        // "declined to respond to questions", "refused to speak to reporters" withhold comment; "refused to respond to a
        // demand from Washington" rejects the demand.
        if (Word(i).Equals("respond", StringComparison.OrdinalIgnoreCase) || Word(i).Equals("speak", StringComparison.OrdinalIgnoreCase))
        {
            for (int k = i + 1; k < _end && k < i + 6; k++)
            {
                if ((ClassAt(k) & WordClass.Press) != 0) return true;
            }

            return false;
        }

        // Only talks have a partner: "discuss the border with Turkey", not "elaborate on his talks with Mexico".
        if (!Word(i).Equals("discuss", StringComparison.OrdinalIgnoreCase)) return true;
        for (int k = i + 1; k < _end && k < i + 8; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word) break;
            if (Word(k).Equals("with", StringComparison.OrdinalIgnoreCase) && ActorStartingAt(k + 1) >= 0) return false;
        }

        return true;
    }

    private bool IsStateAfter(int i)
    {
        if (i >= _end || (ClassAt(i) & WordClass.Be) == 0 || !Word(i).Equals("be", StringComparison.OrdinalIgnoreCase)) return false;
        int k = i + 1;
        while (k < _end && _tokens[k].Kind == TokenKind.Word && (IsAdverbAt(k) || Word(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase))) k++;
        if (k >= _end || _tokens[k].Kind != TokenKind.Word || InHit(k)) return false;
        var w = Word(k);
        return !(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("en", StringComparison.OrdinalIgnoreCase)
            || (ClassAt(k) & WordClass.Participle) != 0);
    }

    // An appeal names what it asks for: "urged Kyiv to talk", "pressed for talks", "called on the army to", or ends in
    // "for", "on" or "to" itself.
    private bool AsksForSomething(PatternHit hit)
    {
        // "requested an extension": a request names what it asks for as its object.
        if (OpensComplement(hit) || Word(hit.First).Equals("requested", StringComparison.OrdinalIgnoreCase)) return true;
        return AsksForSomethingFrom(hit.End);
    }

    // "offered its troops to Lebanon's president", "pledged her vote to Clinton": the one an offer is made to.
    private bool OfferedToActor(int from)
    {
        for (int i = from; i + 1 < _end && i < from + 6; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word) return false;
            if (Word(i).Equals("to", StringComparison.OrdinalIgnoreCase)) return ActorStartingAt(i + 1) >= 0;
        }

        return false;
    }

    private bool AsksForSomethingFrom(int from)
    {
        // "urging him, both personally and publicly, to bow out": commas may stand between.
        for (int i = from; i < _end && i < from + 12; i++)
        {
            if (IsPunct(i, ',')) continue;
            if (_tokens[i].Kind != TokenKind.Word) return false;
            var w = Word(i);
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase)) return true;
            if ((ClassAt(i) & WordClass.Boundary) != 0 || w.Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        }

        return false;
    }

    // The article's title line: the first sentence, when the article has a title it begins with.
    private bool IsHeadline() =>
        _sentence == 0 && _doc.Article.Title is { Length: > 0 } title
        && _text.AsSpan(_doc.Sentences[0].Start).StartsWith(title.AsSpan(0, Math.Min(title.Length, 20)), StringComparison.Ordinal);

    // Support counted in voters or polls: "voters support Trump", "support among Republicans", "supported by early
    // deciders", "Sanders leads among voters who support ...". A poll word near the trigger, or "among" right after it.
    private bool IsPollSupport(PatternHit hit, int anchor)
    {
        var w = Word(anchor);
        if (!(w.StartsWith("support", StringComparison.OrdinalIgnoreCase) || w.StartsWith("back", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("favo", StringComparison.OrdinalIgnoreCase) || w.StartsWith("prefer", StringComparison.OrdinalIgnoreCase))) return false;
        if (hit.End < _end && Word(hit.End).Equals("among", StringComparison.OrdinalIgnoreCase)) return true;
        // "support for Trump rose to 19 percent", "Clinton's 34 percent support": a noun of support counted anywhere in
        // its sentence is a poll figure.
        bool noun = _nominal[IndexOfHit(hit)] || (hit.End < _end && ActorStartingAt(hit.End) < 0 && (ClassAt(hit.End) & WordClass.Preposition) != 0)
            || anchor == _first;
        int from = noun ? _first : Math.Max(_first, anchor - 6);
        int to = noun ? _end : Math.Min(_end, hit.End + 4);
        for (int i = from; i < to; i++)
        {
            if (i >= anchor && i < hit.End) continue;
            if ((ClassAt(i) & WordClass.Poll) == 0) continue;
            // "likely" counts only as "likely voters".
            if (Word(i).Equals("likely", StringComparison.OrdinalIgnoreCase)) continue;
            if (!HasBoundary(Math.Min(i + 1, anchor), Math.Max(i, anchor), allowComma: false)) return true;
        }

        return false;
    }

    // Two mentions of one person: the same name, one of them a named person, the other that person or a pronoun.
    private bool SamePerson(int a, int b)
    {
        if (b < 0) return false;
        var x = _doc.Actors[a];
        var y = _doc.Actors[b];
        return x.Name is { } name && name == y.Name && (x.Kind == ActorKind.Person || y.Kind == ActorKind.Person)
            && x.Kind is ActorKind.Person or ActorKind.Anaphor && y.Kind is ActorKind.Person or ActorKind.Anaphor;
    }

    // A politician, party, legislature or newspaper: one who talks about a deadly attack, seldom one who carries it out.
    private bool IsTalker(Party party)
    {
        if (!IsPolitical(party)) return false;
        var m = _doc.Actors[party.Actor];
        return m.Kind == ActorKind.Person || m.Role is "PTY" or "LEG" or "MED" or "ELI";
    }

    // A violent word among the two words before an attack noun ("deadly attacks", "the suicide attack", "terror attacks").
    private bool HasViolentModifier(int anchor)
    {
        for (int i = anchor - 1; i >= _first && i >= anchor - 2; i--)
        {
            if (_tokens[i].Kind != TokenKind.Word) return false;
            if ((ClassAt(i) & WordClass.Violent) != 0) return true;
        }

        return false;
    }

    // A request or order noun that asks for nothing is another sense: "holds obvious appeal", "law and order", "in no
    // particular order", "a stand-down order". A request names what it asks for or whom ("an appeal to Kyiv", "the call
    // for talks"); the verb forms ("ordered", "directed") keep their own reading.
    private bool IsHeadlineInfinitive(int anchor)
    {
        if (anchor < _first + 2 || !Word(anchor - 1).Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var a in _actors)
        {
            if (a.End == anchor - 1) return a.First == _first;
        }

        return false;
    }

    private bool IsBareRequestNoun(int h)
    {
        var hit = _hits[h];
        var role = hit.Entry.Role;
        var w = Word(hit.First);
        bool noun = role == PatternRole.Appeal && ((hit.Entry.Flags & PatternFlags.Noun) != 0 || _nominal[h]
                || (hit.First > _first && _tokens[hit.First - 1].Kind == TokenKind.Word && IsCommonWord(hit.First - 1)))
            || role == PatternRole.Order && (w.Equals("order", StringComparison.OrdinalIgnoreCase) || w.Equals("orders", StringComparison.OrdinalIgnoreCase)
                || w.Equals("directed", StringComparison.OrdinalIgnoreCase) || w.Equals("directs", StringComparison.OrdinalIgnoreCase));
        if (!noun || hit.End >= _end) return noun;
        var last = Word(hit.End - 1);
        if (last.Equals("to", StringComparison.OrdinalIgnoreCase) || last.Equals("for", StringComparison.OrdinalIgnoreCase)) return false;
        var next = Word(hit.End);
        // "the order to", "called on the army to": an order with its addressee or content next is one.
        if (role == PatternRole.Order && ActorStartingAt(hit.End) >= 0) return false;
        return !(next.Equals("to", StringComparison.OrdinalIgnoreCase) || next.Equals("for", StringComparison.OrdinalIgnoreCase)
            || next.Equals("from", StringComparison.OrdinalIgnoreCase) || next.Equals("by", StringComparison.OrdinalIgnoreCase));
    }

    // A bare noun ("Obama's promise", "their support", "the fight over a nominee") is as often background as news: it
    // counts as an asserted event when it is specific (a car bomb, an airstrike), violent, or names both who and whom
    // ("the prime minister's meeting with Trump"). A verb row's strength does not carry over to its noun
    // ("Clinton's visit comes as", "a bus tour", "the annual meeting of"): it needs both parties, or two that meet.
    private bool KeepsBareNoun(PatternEntry entry, string code, Party? source, Party? target) =>
        ((entry.Flags & PatternFlags.Strong) != 0 && (entry.Flags & PatternFlags.Noun) != 0) || CameoCodes.Root(code) >= 18
        || (Known(source) && (Known(target) || Compound(source).Count > 1));

    // "committed to opening up the economy": the frame governs an act the dictionary does not list.
    private bool OpensComplement(PatternHit hit)
    {
        var last = Word(hit.End - 1);
        if (last.Equals("to", StringComparison.OrdinalIgnoreCase) || last.Equals("on", StringComparison.OrdinalIgnoreCase)
            || last.Equals("upon", StringComparison.OrdinalIgnoreCase) || last.Equals("for", StringComparison.OrdinalIgnoreCase)) return true;
        return hit.End < _end && Word(hit.End).Equals("to", StringComparison.OrdinalIgnoreCase);
    }

    // A meeting or visit needs someone met or visited ("Cruz met the criteria", "a central meeting place").
    private static bool IsMeeting(string code) => code is "040" or "042" or "043" or "044";

    private bool FirstOrSecondPersonBefore(int anchor)
    {
        for (int i = anchor - 1; i >= _first && i >= anchor - 4; i--)
        {
            if (_tokens[i].Kind != TokenKind.Word) break;
            var w = Word(i);
            if (w.Equals("we", StringComparison.OrdinalIgnoreCase) || w.Equals("I", StringComparison.Ordinal)
                || w.Equals("you", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    // Protesters of no named country protest their own state ("Islamic fundamentalists continued their hunger strike
    // to demand the resignation of the Algerian president"); and those a state's government, police or courts arrest,
    // ban or yield to without naming a country are its own ("the Mozambique government accepted demands from rebels").
    private (Party? Source, Party? Target) Domestic(string code, Party? source, Party? target)
    {
        int root = CameoCodes.Root(code);
        if ((root == 14 || code.StartsWith("133", StringComparison.Ordinal)) && Unplaced(source) && StateOf(target) is { } country)
            return (source!.Value with { Code = country + (_doc.Actors[source.Value.Actor].Role ?? "") }, target);
        if (root is 8 or 17 && Unplaced(target) && source is { } s && IsAuthority(s) && StateOf(source) is { } home)
            return (source, target!.Value with { Code = home + (_doc.Actors[target.Value.Actor].Role ?? "") });
        return (source, target);
    }

    // A generic agent, a pronoun or an unknown person with no code.
    private bool Unplaced(Party? party) =>
        party is { Code: null, Actor: >= 0 } p && _doc.Actors[p.Actor].Kind is ActorKind.Agent or ActorKind.Anaphor or ActorKind.Person;

    private static string? StateOf(Party? party)
    {
        if (party is not { Code: { Length: >= 3 } code }) return null;
        var country = code[..3];
        return country is "IGO" or "NGO" or "IMG" or "MNC" ? null : country;
    }

    private bool IsAuthority(Party party)
    {
        var role = party.Actor >= 0 ? _doc.Actors[party.Actor].Role : party.Code is { Length: >= 6 } c ? c[3..6] : null;
        return role is "GOV" or "COP" or "JUD";
    }

    private bool IsQuestion()
    {
        for (int i = _end - 1; i >= _first; i--)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Quote) continue;
            return t.Kind == TokenKind.Punct && _text[t.Start] == '?';
        }

        return false;
    }

    private static bool Known(Party? p) => p is { } q && (q.Code is not null || q.Name is not null);

    // The same actor named twice ("Trump ... criticizing him"): same mention, or the same named person or body. A
    // country may act on itself ("Turkey will allow Turkish refugees to return").
    private bool SameEntity(Party a, Party b) =>
        (a.Actor >= 0 && a.Actor == b.Actor)
        || (a.Name is not null && a.Name == b.Name && a.Code == b.Code && !IsCountry(a) && !IsCountry(b));

    private bool IsCountry(Party p) => p.Actor >= 0 && _doc.Actors[p.Actor].Kind == ActorKind.Country;

    // Political actors on both sides, or a named person attacked by someone unarmed ("an ad ... attacks Clinton").
    private bool IsVerbalAttack(Party? source, Party? target)
    {
        if (IsPolitical(source)) return target is null || IsPolitical(target);
        if (!IsPolitical(target)) return false;
        if (source is not { } s) return true;
        return s.Actor >= 0 && !IsArmed(_doc.Actors[s.Actor]) && _doc.Actors[target!.Value.Actor].Kind == ActorKind.Person;
    }

    private static bool IsArmed(ActorMention m) => m.Role is "MIL" or "REB" or "INS" or "COP" or "SPY" or "CRM" || m.Country is "IMG";

    // A person or a civilian body (party, legislature, media, government official): not an armed force, and not a state,
    // whose "attack" may be military.
    private bool IsPolitical(Party? party)
    {
        if (party is not { } p || p.Actor < 0) return false;
        var m = _doc.Actors[p.Actor];
        if (IsArmed(m)) return false;
        if (m.Role is null) return m.Kind == ActorKind.Person;
        return true;
    }

    private double Confidence(int h, int anchor, string code, bool noun, bool derived, bool underlying, bool hasSource, bool hasTarget)
    {
        var flags = _hits[h].Entry.Flags;
        double c = 0.45;
        if (!noun) c += 0.15;
        if (derived) c += 0.02;
        if (hasSource) c += 0.12;
        if (hasTarget) c += 0.08;
        // A modal or negation before a weak trigger confirms that it is used as a verb.
        if ((flags & PatternFlags.Weak) != 0) c -= derived || ModifiersBefore(h, anchor) != Mods.None ? 0.05 : 0.15;
        if ((flags & PatternFlags.Strong) != 0) c += 0.05;
        if (underlying) c -= 0.25;
        if (IsSubordinate(anchor)) c -= 0.15;
        if (IsSecondary(h, anchor)) c -= 0.12;
        if (CameoCodes.Plover(code) is null) c -= 0.25;
        // Earlier in the sentence is more often the main clause: a small tie-breaker.
        c -= 0.004 * Math.Min(anchor - _first, 60);
        return Math.Clamp(c, 0.05, 0.99);
    }

    // A purpose or participial phrase after the main act ("staged demonstrations to demand reforms", "blocked roads
    // demanding ..."), or a gerund after a preposition ("arrested for collaborating"), is not the sentence's main event.
    private bool IsSecondary(int h, int anchor)
    {
        var w = Word(anchor);
        bool gerund = w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (gerund && anchor > _first && (ClassAt(anchor - 1) & WordClass.Preposition) != 0) return true;
        bool infinitive = anchor > _first && Word(anchor - 1).Equals("to", StringComparison.OrdinalIgnoreCase);
        if (!gerund && !infinitive) return false;
        for (int k = 0; k < h; k++)
        {
            if (IsAct(_hits[k].Entry.Role) && !_consumed[k]) return true;
        }

        return false;
    }

    // --- syntax helpers ---------------------------------------------------------------------------------------

    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    // Word classes are looked up many times per token (mood, stance and noun checks); each sentence caches them once.
    private WordClass ClassAt(int i)
    {
        int k = i - _first;
        if ((uint)k >= (uint)(_end - _first) || (uint)k >= (uint)_classCache.Length) return LookupClass(i);
        var c = _classCache[k];
        if (c == UnknownClass)
        {
            c = LookupClass(i);
            _classCache[k] = c;
        }

        return c;
    }

    private const WordClass UnknownClass = (WordClass)uint.MaxValue;

    private WordClass LookupClass(int i) => _tokens[i].Kind == TokenKind.Word ? _patterns.ClassOf(_text, _tokens[i]) : WordClass.None;

    private bool IsPunct(int i, char c) => _tokens[i].Kind == TokenKind.Punct && _tokens[i].Length == 1 && _text[_tokens[i].Start] == c;

    // True when tokens [from, to) are words, numbers or inner hyphens ("a 24-hour"), with no clause punctuation.
    private bool WordsOnly(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Quote) return false;
            if (t.Kind == TokenKind.Punct && !(t.Length == 1 && _text[t.Start] is '-' or '\u2010' or '\u2011')) return false;
        }

        return true;
    }

    // True when tokens [from, to) cross a clause boundary: sentence punctuation, a quotation mark, a boundary word.
    private bool HasBoundary(int from, int to, bool allowComma)
    {
        for (int i = from; i < to; i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Quote) return true;
            if (t.Kind == TokenKind.Punct)
            {
                char ch = _text[t.Start];
                if (ch is ';' or ':' or '.' or '!' or '?') return true;
                if (ch == ',' && !allowComma) return true;
                continue;
            }

            if ((ClassAt(i) & WordClass.Boundary) != 0) return true;
        }

        return false;
    }

    private bool IsPassive(int anchor, int first)
    {
        if (first != anchor) return false;
        var w = Word(first);
        if (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        for (int i = first - 1, seen = 0; i >= _first && seen < 3; i--, seen++)
        {
            if (_tokens[i].Kind != TokenKind.Word) return false;
            if ((ClassAt(i) & WordClass.Be) != 0) return true;
        }

        return false;
    }

    // Between a noun and a later actor, an infinitive ("to bring"), a gerund ("from entering") or a comma starts another
    // predicate, which the actor belongs to.
    private bool OpensOtherClause(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (IsPunct(i, ',')) return true;
            if (_tokens[i].Kind != TokenKind.Word) continue;
            var w = Word(i);
            if (w.Length > 4 && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase) && i + 1 < to && _tokens[i + 1].Kind == TokenKind.Word
                && ActorStartingAt(i + 1) < 0 && (ClassAt(i + 1) & WordClass.Determiner) == 0) return true;
        }

        return false;
    }

    private bool IsReleasedPerson(Party? target, int anchor, int end)
    {
        if (target is not { } t || t.Actor < 0 || SpanOf(t.Actor) is not { } span) return false;
        if (span.First < end) return IsDirectlyActedOn(span, anchor, end, possessor: false);
        if (span.First - end > 1) return false;
        if (span.End >= _end) return true;
        if (_tokens[span.End].Kind != TokenKind.Word) return true;
        var w = Word(span.End);
        return (ClassAt(span.End) & (WordClass.Preposition | WordClass.Boundary | WordClass.Locative)) != 0 || InTimex(span.End)
            || w.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    // The object of an active verb starts within three words of it ("attacked the governor", "supports a larger U.S.
    // role"); the subject of a passive stands right before its auxiliaries ("Rubio has also been attacked").
    private bool IsDirectlyActedOn(ActorSpan span, int anchor, int end, bool possessor = true)
    {
        if (span.First >= end) return span.First - end <= 3;
        if (span.End > anchor) return true;
        int from = span.End;
        // "Clinton's position was supported": the possessor of the subject is acted on through it.
        if (possessor && from + 1 < anchor && (Word(from).Equals("'s", StringComparison.OrdinalIgnoreCase) || Word(from).Equals("\u2019s", StringComparison.OrdinalIgnoreCase)))
            from += 2;
        for (int i = from; i < anchor; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word) return false;
            var w = Word(i);
            if ((ClassAt(i) & WordClass.Be) == 0 && !IsAdverbAt(i) && !w.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
                && !IsModifierToken(i) && !w.Equals("has", StringComparison.OrdinalIgnoreCase) && !w.Equals("have", StringComparison.OrdinalIgnoreCase)
                && !w.Equals("had", StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    // A past participle right after a noun, with no auxiliary, and followed by a place, time or agent phrase ("Americans
    // killed in the attack", "a soldier killed by a bomber") is a reduced relative clause, not the main verb. Verbs
    // that are often intransitive ("clashed in", "fought at", "rallied in") are left to the main reading.
    private bool IsReducedRelative(int h, int anchor)
    {
        var hit = _hits[h];
        if (hit.First != anchor || hit.End - hit.First != 1 || anchor <= _first || hit.End >= _end) return false;
        // Any act followed by its agent ("a debate hosted by ABC News", "Clinton criticized by Trump") reads the same way.
        bool byNext = Word(hit.End).Equals("by", StringComparison.OrdinalIgnoreCase);
        if (!byNext && CameoCodes.Root(hit.Entry.Code ?? "") is not (17 or 18 or 19 or 20) && hit.Entry.Code != "0841") return false;
        var w = Word(anchor);
        if (!w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.Equals("shot", StringComparison.OrdinalIgnoreCase)
            && !w.Equals("struck", StringComparison.OrdinalIgnoreCase) && !w.Equals("beaten", StringComparison.OrdinalIgnoreCase)
            && !w.Equals("taken", StringComparison.OrdinalIgnoreCase)) return false;
        if (w.StartsWith("clash", StringComparison.OrdinalIgnoreCase) || w.StartsWith("battl", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("riot", StringComparison.OrdinalIgnoreCase) || w.StartsWith("rampag", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("retreat", StringComparison.OrdinalIgnoreCase) || w.StartsWith("surrender", StringComparison.OrdinalIgnoreCase)) return false;
        int prev = anchor - 1;
        if (_tokens[prev].Kind != TokenKind.Word) return false;
        var p = Word(prev);
        // An auxiliary, adverb or relative word before makes a finite verb ("had shot", "also released", "who killed").
        if ((ClassAt(prev) & (WordClass.Be | WordClass.Subordinator | WordClass.Preposition | WordClass.Determiner)) != 0 || IsAdverbAt(prev)
            || p.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || IsModifierToken(prev) || p.Equals("has", StringComparison.OrdinalIgnoreCase)
            || p.Equals("have", StringComparison.OrdinalIgnoreCase) || p.Equals("had", StringComparison.OrdinalIgnoreCase)
            || p.Equals("that", StringComparison.OrdinalIgnoreCase) || p.Equals("and", StringComparison.OrdinalIgnoreCase)
            || p.Equals("or", StringComparison.OrdinalIgnoreCase) || p.Equals("not", StringComparison.OrdinalIgnoreCase)) return false;
        int next = hit.End;
        if (next < _end && Word(next).Equals("down", StringComparison.OrdinalIgnoreCase)) next++;
        if (next >= _end || _tokens[next].Kind != TokenKind.Word || InTimex(next)) return false;
        var n = Word(next);
        return n.Equals("in", StringComparison.OrdinalIgnoreCase) || n.Equals("at", StringComparison.OrdinalIgnoreCase)
            || n.Equals("by", StringComparison.OrdinalIgnoreCase) || n.Equals("during", StringComparison.OrdinalIgnoreCase)
            || n.Equals("near", StringComparison.OrdinalIgnoreCase) || n.Equals("outside", StringComparison.OrdinalIgnoreCase)
            || n.Equals("inside", StringComparison.OrdinalIgnoreCase) || n.Equals("over", StringComparison.OrdinalIgnoreCase)
            || n.Equals("when", StringComparison.OrdinalIgnoreCase) || n.Equals("while", StringComparison.OrdinalIgnoreCase);
    }

    // The antecedent of a subject relative clause ("Hinckley, who shot the president", "children who were killed"):
    // found = true when the trigger opens such a clause; the actor is the noun right before the relative word, or none.
    private int RelativeAntecedent(int anchor, out bool found)
    {
        found = false;
        int i = anchor - 1;
        for (int seen = 0; i >= _first && seen < 4 && _tokens[i].Kind == TokenKind.Word; i--, seen++)
        {
            var w = Word(i);
            if (w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase)
                || (w.Equals("that", StringComparison.OrdinalIgnoreCase) && !IsComplementizer(i)))
            {
                found = true;
                int end = i;
                if (end - 1 >= _first && IsPunct(end - 1, ',')) end--;
                return ActorEndingAt(end);
            }

            if ((ClassAt(i) & WordClass.Be) == 0 && !IsAdverbAt(i) && !w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !IsModifierToken(i)
                && !w.Equals("has", StringComparison.OrdinalIgnoreCase) && !w.Equals("have", StringComparison.OrdinalIgnoreCase)
                && !w.Equals("had", StringComparison.OrdinalIgnoreCase)) return -1;
        }

        return -1;
    }

    private bool IsSubordinate(int anchor)
    {
        for (int i = anchor - 1; i >= _first; i--)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Punct && _text[t.Start] is ',' or ';' or ':')
            {
                // A participial phrase after a comma (", killing one person") hangs on the main clause.
                return i + 1 == anchor && Word(anchor).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            }

            if ((ClassAt(i) & WordClass.Subordinator) != 0) return true;
            if (Word(i).Equals("that", StringComparison.OrdinalIgnoreCase) && !IsComplementizer(i)) return true;
            for (int h = 0; h < _hits.Count; h++)
            {
                if (_hits[h].First == i && IsAct(_hits[h].Entry.Role) && !_consumed[h]) return false;
            }
        }

        return false;
    }

    // "said that", "demanded Tuesday that": "that" opens a reported clause, not a relative one ("a plan that will").
    private bool IsComplementizer(int i)
    {
        for (int h = _hits.Count - 1; h >= 0; h--)
        {
            var hit = _hits[h];
            if (hit.End > i) continue;
            if (i - hit.End > 3) break;
            for (int k = hit.End; k < i; k++)
            {
                if ((ClassAt(k) & WordClass.Determiner) != 0) return false;
            }

            return hit.Entry.Role is not PatternRole.Event || !_nominal[h];
        }

        return false;
    }

    private int ActorStartingAt(int token)
    {
        foreach (var a in _actors)
        {
            if (a.First == token) return a.Index;
        }

        return -1;
    }

    // The coded actor whose mention holds the token and starts no later than it.
    private Party? ActorCovering(int token)
    {
        foreach (var a in _actors)
        {
            if (a.Coded && a.First <= token && token < a.End) return PartyOf(a.Index);
        }

        return null;
    }

    private ActorSpan? SpanOf(int actor)
    {
        foreach (var a in _actors)
        {
            if (a.Index == actor) return a;
        }

        return null;
    }

    private Party PartyOf(int actor)
    {
        var m = _doc.Actors[actor];
        return new Party(actor, m.Code ?? m.Country, m.Name);
    }

    private Party? PartyOrNull(int actor) => actor >= 0 ? PartyOf(actor) : null;

    /// <summary>
    /// The last quote starting at or before <paramref name="offset"/> (0 when none): quotes come sorted and apart, so it
    /// is the only one that can hold the offset.
    /// </summary>
    private int LastQuoteStartingBy(int offset)
    {
        var quotes = _doc.Quotes;
        int lo = 0, hi = quotes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quotes[mid].Start <= offset) lo = mid + 1;
            else hi = mid;
        }

        return Math.Max(0, lo - 1);
    }

    private int QuoteLowerBound(int anchor)
    {
        int offset = _tokens[anchor].Start;
        var quotes = _doc.Quotes;
        for (int i = _quotesOrdered ? LastQuoteStartingBy(offset) : 0; i < quotes.Length; i++)
        {
            var q = quotes[i];
            if (_quotesOrdered && q.Start > offset) break;
            if (q.Start <= offset && offset < q.End && q.Kind != QuoteKind.Indirect) return Math.Max(_first, _doc.TokenIndexAt(q.Start));
        }

        return _first;
    }

    private bool IsLocative(ActorSpan a)
    {
        // Only a place can be where something happens: "in defiance of Chinese authorities" is no place phrase.
        if (_doc.Actors[a.Index].Kind != ActorKind.Country) return false;
        return InPrepositionalPhrase(a, out bool locative) && locative;
    }

    // Whether an actor stands in a prepositional phrase ("in Moscow", "to Bosnia", "near the town of Samarra",
    // "in the capital city of Algiers"), and whether the preposition is one of place. An actor after "of" stands for
    // the noun before it ("supporters of Ben Bella") and is not counted; nor is one after a subordinator ("after
    // Russia attacked"), after "that", or after a time expression ("on Tuesday that Sudan must").
    private bool InPrepositionalPhrase(ActorSpan a, out bool locative)
    {
        // Asked many times per sentence (every trigger ranks the actors before it): computed once per actor.
        if (_phrase.Length < _actors.Count) Array.Resize(ref _phrase, _actors.Count * 2);
        if (!_phraseKnown) _phraseKnown = ClearPhrases();
        byte known = _phrase[a.Slot];
        if (known == 0)
        {
            known = ScanPrepositionalPhrase(a, out bool loc) ? (loc ? (byte)3 : (byte)2) : (byte)1;
            _phrase[a.Slot] = known;
        }

        locative = known == 3;
        return known >= 2;
    }

    private bool ClearPhrases()
    {
        Array.Clear(_phrase, 0, Math.Min(_phrase.Length, _actors.Count));
        return true;
    }

    private bool ScanPrepositionalPhrase(ActorSpan a, out bool locative)
    {
        locative = false;
        for (int i = a.First - 1, seen = 0; i >= _first && seen < 6; i--, seen++)
        {
            if (_tokens[i].Kind != TokenKind.Word) return false;
            if (InTimex(i) || InHit(i)) return false;
            foreach (var other in _actors)
            {
                if (other.First <= i && i < other.End) return false;
            }

            var w = Word(i);
            if (w.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                // "the capital of", "outside of": the phrase goes on to its preposition.
                if (i > _first && (IsPlaceNoun(Word(i - 1)) || (ClassAt(i - 1) & WordClass.Locative) != 0)) continue;
                return false;
            }

            var cls = ClassAt(i);
            if ((cls & (WordClass.Subordinator | WordClass.Boundary)) != 0) return false;
            if ((cls & WordClass.Locative) != 0)
            {
                locative = true;
                return true;
            }

            if ((cls & WordClass.Preposition) != 0 || w.Equals("to", StringComparison.OrdinalIgnoreCase)) return true;
            if (w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("and", StringComparison.OrdinalIgnoreCase)) return false;
        }

        return false;
    }

    private bool IsPlaceNoun(ReadOnlySpan<char> w) => (_patterns.ClassOf(w) & WordClass.PlaceNoun) != 0;

    private bool InTimex(int token)
    {
        int offset = _tokens[token].Start;
        foreach (var (start, end) in _timexSpans)
        {
            if (start <= offset && offset < end) return true;
        }

        return false;
    }

    private bool InHit(int token)
    {
        foreach (var hit in _hits)
        {
            if (hit.First > token) break;
            if (token < hit.End) return true;
        }

        return false;
    }

    // Rank of an actor as the subject of a clause: 0 coded, 1 coded inside a prepositional phrase, 2 uncoded.
    private int SubjectRank(ActorSpan a) => !a.Coded ? 2 : InPrepositionalPhrase(a, out _) ? 1 : 0;

    /// <summary>The subject of a trigger at <paramref name="anchor"/>: the nearest actor before it in its clause.</summary>
    private Party? SubjectOf(int anchor) => SubjectOf(anchor, 0);

    private Party? SubjectOf(int anchor, int depth)
    {
        // A second predicate joined by "and" ("killed one soldier and wounded two", "was indicted ... and will
        // resign") shares the first one's subject.
        if (depth < 3 && CoordinatedWith(anchor) is int first && first >= 0) return SubjectOf(first, depth + 1);
        // A relative clause has its own subject, the noun it hangs on, never the main clause's.
        int antecedent = RelativeAntecedent(anchor, out bool relative);
        if (relative) return PartyOrNull(antecedent);
        int lo = QuoteLowerBound(anchor);
        bool quoteSeen = false;
        for (int i = anchor - 1; i >= lo; i--)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Punct && _text[t.Start] is ';' or ':' or '\u2014' or '\u2013')
            {
                // A dash ends a dateline ("WASHINGTON (AP) — Donors handed over") or an aside.
                lo = i + 1;
                break;
            }

            // Inside a quotation (the nearest quotation mark before the trigger opens it), look no further back.
            if (t.Kind == TokenKind.Quote && !quoteSeen)
            {
                quoteSeen = true;
                if (lo == _first && i < anchor - 1 && IsOpeningQuote(i))
                {
                    lo = i + 1;
                    break;
                }
            }
        }

        int lastComma = -1, firstComma = -1;
        for (int i = lo; i < anchor; i++)
        {
            if (IsPunct(i, ','))
            {
                if (firstComma < 0) firstComma = i;
                lastComma = i;
            }
        }

        int segStart = lastComma >= 0 ? lastComma + 1 : lo;
        ActorSpan? best = null;
        int bestRank = int.MaxValue;
        // Rank: 0 coded, 1 coded in a prepositional phrase ("sent personnel to Bosnia to investigate"), 2 uncoded;
        // nearest first within a rank.
        for (int k = _actors.Count - 1; k >= 0; k--)
        {
            var a = _actors[k];
            if (a.End > anchor || a.First < segStart) continue;
            int rank = SubjectRank(a);
            if (rank < bestRank)
            {
                best = a;
                bestRank = rank;
            }
        }

        if (best is null && firstComma >= 0)
        {
            // The subject before an apposition or an introductory phrase: "Pakistan, a key ally, has refused".
            for (int k = 0; k < _actors.Count; k++)
            {
                var a = _actors[k];
                if (a.First < lo || a.End > anchor) continue;
                int rank = SubjectRank(a);
                if (a.End <= firstComma) rank -= 3;
                if (rank < bestRank)
                {
                    best = a;
                    bestRank = rank;
                }
            }

            if (best is { } b && !b.Coded)
            {
                for (int k = 0; k < _actors.Count; k++)
                {
                    var a = _actors[k];
                    if (a.Coded && a.First >= lo && a.End <= anchor) { best = a; break; }
                }
            }
        }

        return best is { } found ? PartyOf(found.Index) : null;
    }

    // The anchor of the act this one is coordinated with ("X did A and B"), or null.
    private int? CoordinatedWith(int anchor)
    {
        int i = anchor - 1;
        // Skip modal and negation words that belong to this predicate ("and will not resign").
        while (i >= _first && IsModifierToken(i)) i--;
        // "and" right before the predicate joins predicates; a second subject ("A did X and B did Y") would stand
        // between "and" and the verb.
        if (i < _first || !Word(i).Equals("and", StringComparison.OrdinalIgnoreCase)) return null;
        for (int h = _hits.Count - 1; h >= 0; h--)
        {
            var hit = _hits[h];
            if (hit.End > i || !IsAct(hit.Entry.Role) || _nominal[h]) continue;
            if (HasBoundary(hit.End, i, allowComma: true)) return null;
            return _light[h] >= 0 ? _hits[_light[h]].First : hit.First;
        }

        return null;
    }

    private bool IsModifierToken(int i)
    {
        foreach (var hit in _hits)
        {
            if (hit.First <= i && i < hit.End) return IsModifier(hit.Entry.Role);
        }

        return false;
    }

    private bool IsOpeningQuote(int i)
    {
        char ch = _text[_tokens[i].Start];
        if (ch is '“' or '«' or '„') return true;
        if (ch is '”' or '»') return false;
        // A straight quote opens when text follows it without a space.
        int after = _tokens[i].End;
        return after < _text.Length && !char.IsWhiteSpace(_text[after]) && (i == _first || _tokens[i - 1].End < _tokens[i].Start);
    }

    /// <summary>The first actor after a trigger in its clause (direct object or prepositional target).</summary>
    private Party? ObjectAfter(int from, int exclude, int reach = ObjectReach, Party? avoid = null)
    {
        int limit = Math.Min(_end, from + reach);
        int uncoded = -1;
        int place = -1;
        for (int i = from; i < limit; i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Quote) break;
            if (t.Kind == TokenKind.Punct)
            {
                char ch = _text[t.Start];
                if (ch is ';' or ':' or '.' or '!' or '?') break;
                if (ch == ',')
                {
                    // A list of actors ("Iran, Libya, Sudan") or of things ("artillery, mortar, and rocket fire against
                    // ...") continues past a comma; anything else ends the clause.
                    bool list = i > from && ((ActorEndingAt(i) >= 0 && i + 1 < limit && ActorStartingAt(i + 1) >= 0) || ListGoesOn(i, limit));
                    if (!list) break;
                }

                continue;
            }

            if ((ClassAt(i) & WordClass.Boundary) != 0)
            {
                // "called off the strike after deliberations with the government", "declined to resign despite pressure
                // by the commission": a prepositional phrase, not a clause, names who the act answers.
                if (!IntroducesCounterpart(i, limit)) break;
                continue;
            }

            int a = ActorStartingAt(i);
            if (a < 0 || a == exclude) continue;
            var span = SpanOf(a)!.Value;
            // "reneged on his commitment to the Zambian people": a possessive names whose thing it is, not the target;
            // nor is the doer named again ("supporters of Ben Bella blocked roads ... demanding that he be reinstated").
            if (IsPossessivePronoun(span) || (avoid is { } doer && span.Coded && SameEntity(doer, PartyOf(a))))
            {
                i = span.End - 1;
                continue;
            }

            if (!span.Coded)
            {
                if (uncoded < 0) uncoded = a;
                i = span.End - 1;
                continue;
            }

            // A place ("blocked streets in Hong Kong") is the target only when no one else is named.
            if (IsLocative(span))
            {
                if (place < 0) place = a;
                i = span.End - 1;
                continue;
            }

            return PartyOf(a);
        }

        return PartyOrNull(place) ?? PartyOrNull(uncoded);
    }

    // "after|following|despite" + up to three plain words + "with|from|by": a phrase naming a counterpart.
    private bool IntroducesCounterpart(int i, int limit)
    {
        var w = Word(i);
        if (!(w.Equals("after", StringComparison.OrdinalIgnoreCase) || w.Equals("following", StringComparison.OrdinalIgnoreCase)
            || w.Equals("despite", StringComparison.OrdinalIgnoreCase))) return false;
        for (int j = i + 1, n = 0; j < limit && n <= 3; j++, n++)
        {
            if (_tokens[j].Kind != TokenKind.Word || ActorStartingAt(j) >= 0) return false;
            var v = Word(j);
            if (v.Equals("with", StringComparison.OrdinalIgnoreCase) || v.Equals("from", StringComparison.OrdinalIgnoreCase)
                || v.Equals("by", StringComparison.OrdinalIgnoreCase))
                return n > 0 && ((j + 1 < limit && ActorStartingAt(j + 1) >= 0)
                    || (j + 2 < limit && (ClassAt(j + 1) & WordClass.Determiner) != 0 && ActorStartingAt(j + 2) >= 0));
            if (char.IsUpper(v[0]) || (ClassAt(j) & (WordClass.Boundary | WordClass.Be)) != 0) return false;
        }

        return false;
    }

    // ", mortar, and rocket fire": after a comma, one to three plain words and then "and", "or" or another comma.
    private bool ListGoesOn(int comma, int limit)
    {
        for (int j = comma + 1, n = 0; j < limit && n <= 3; j++, n++)
        {
            var t = _tokens[j];
            if (t.Kind == TokenKind.Punct) return n > 0 && _text[t.Start] == ',';
            if (t.Kind != TokenKind.Word || ActorStartingAt(j) >= 0 || (ClassAt(j) & WordClass.Boundary) != 0) return false;
            var w = Word(j);
            if (w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase))
                return n > 0 || (comma > 0 && ListGoesOnBefore(comma));
        }

        return false;
    }

    // ", and" closes a list only when an item and a comma stand before it ("artillery, mortar, and").
    private bool ListGoesOnBefore(int comma)
    {
        for (int j = comma - 1, n = 0; j >= _first && n <= 3; j--, n++)
        {
            var t = _tokens[j];
            if (t.Kind == TokenKind.Punct) return n > 0 && _text[t.Start] == ',';
            if (t.Kind != TokenKind.Word) return false;
        }

        return false;
    }

    private bool IsPossessive(Party party) => party.Actor >= 0 && SpanOf(party.Actor) is { } span && IsPossessivePronoun(span);

    private bool IsPossessivePronoun(ActorSpan span)
    {
        if (span.End - span.First != 1) return false;
        var w = Word(span.First);
        return w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
            || w.Equals("its", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase)
            || w.Equals("our", StringComparison.OrdinalIgnoreCase);
    }

    // The actor named in a condition after the act ("... unless Israel rescinds", "if the United States goes ahead"):
    // the one a threat is aimed at.
    private Party? ConditionActorAfter(int anchor)
    {
        for (int h = 0; h < _hits.Count; h++)
        {
            var hit = _hits[h];
            if (hit.First <= anchor || hit.Entry.Role != PatternRole.Cond) continue;
            int limit = Math.Min(_end, hit.End + 8);
            for (int i = hit.End; i < limit; i++)
            {
                if (_tokens[i].Kind is TokenKind.Punct or TokenKind.Quote) return null;
                int a = ActorStartingAt(i);
                if (a >= 0 && SpanOf(a)!.Value.Coded) return PartyOf(a);
            }

            return null;
        }

        return null;
    }

    // The actor right before a token, as possessor or modifier ("Russia's threat", "Palestinian suicide bombers").
    private Party? ActorBefore(int first, int lowerBound)
    {
        foreach (var a in _actors)
        {
            if (!a.Coded || a.First < lowerBound || a.End > first || first - a.End > 2) continue;
            if (!WordsOnly(a.End, first) || HasPreposition(a.End, first)) continue;
            return PartyOf(a.Index);
        }

        return null;
    }

    // A named actor with "'s" right before a noun or its one modifier ("Graham's attack", "Graham's harsh attack").
    private Party? PossessorOf(int anchor)
    {
        foreach (var a in _actors)
        {
            if (a.End >= anchor || anchor - a.End > 3 || IsPossessivePronoun(a)) continue;
            var s = Word(a.End);
            if (!(s.Equals("'s", StringComparison.OrdinalIgnoreCase) || s.Equals("\u2019s", StringComparison.OrdinalIgnoreCase))) continue;
            if (!WordsOnly(a.End + 1, anchor) || HasPreposition(a.End + 1, anchor)) continue;
            var m = _doc.Actors[a.Index];
            if (m.Name is null && m.Code is null && m.Country is null) continue;
            return PartyOf(a.Index);
        }

        return null;
    }

    // "Nairobi in protest": a preposition between an actor and a noun means the actor is no possessor of it; nor is
    // the subject of a verb in between ("Experts say airstrikes").
    private bool HasPreposition(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if ((ClassAt(i) & (WordClass.Preposition | WordClass.Locative)) != 0 || InHit(i)) return true;
        }

        return false;
    }

    // An actor that modifies the governed act's noun ("North Korea's demand", "French mediation", "a U.S. offer").
    private Party? ModifierOf(int comp, int lowerBound)
    {
        int first = _hits[comp].First;
        foreach (var a in _actors)
        {
            if (!a.Coded || a.First < lowerBound || a.End > first || first - a.End > 2) continue;
            if (!WordsOnly(a.End, first)) continue;
            return PartyOf(a.Index);
        }

        return null;
    }

    // A gerund after "for" gives the reason for the main act, done by its object ("demands Ginsburg resign for
    // criticizing him", "praised Laos for helping"): the nearest actor before "for" that is not in a place phrase.
    private Party? ReasonSubject(int anchor)
    {
        if (anchor - 1 <= _first || !Word(anchor).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || !Word(anchor - 1).Equals("for", StringComparison.OrdinalIgnoreCase)) return null;
        for (int k = _actors.Count - 1; k >= 0; k--)
        {
            var a = _actors[k];
            if (a.End > anchor - 1) continue;
            if (HasBoundary(a.End, anchor - 1, allowComma: false)) return null;
            if (InPrepositionalPhrase(a, out _)) continue;
            return PartyOf(a.Index);
        }

        return null;
    }

    // "sent personnel to Bosnia to investigate", "flew to Moscow to negotiate": an act of purpose with no object of its
    // own is done to the place the main clause went to, the nearest actor before "to" in a prepositional phrase.
    private Party? PurposeDestination(int anchor, Party? source)
    {
        if (anchor - 1 <= _first || !Word(anchor - 1).Equals("to", StringComparison.OrdinalIgnoreCase)) return null;
        for (int k = _actors.Count - 1; k >= 0; k--)
        {
            var a = _actors[k];
            if (a.End > anchor - 1) continue;
            if (!WordsOnly(a.End, anchor - 1) || HasBoundary(a.End, anchor - 1, allowComma: false)) return null;
            if (!a.Coded || !InPrepositionalPhrase(a, out _)) return null;
            var party = PartyOf(a.Index);
            return source is { } s && SameEntity(s, party) ? null : party;
        }

        return null;
    }

    // A nominal trigger that is the purpose of the clause's act: "for" before a cooperative act or a protest ("for
    // talks", "for a rally"), "in" before a protest ("in protest against"). Its agent is the clause's subject. A
    // conflict noun after "for" is a reason, done by someone else ("arrested for the bombing").
    private bool IsPurposeAdjunct(int anchor, string code)
    {
        int root = CameoCodes.Root(code);
        for (int i = anchor - 1, seen = 0; i >= _first && seen < 4; i--, seen++)
        {
            if (_tokens[i].Kind != TokenKind.Word || ActorStartingAt(i) >= 0) return false;
            var w = Word(i);
            if (w.Equals("for", StringComparison.OrdinalIgnoreCase)) return root is >= 1 and <= 9 or 14;
            if (w.Equals("in", StringComparison.OrdinalIgnoreCase)) return root == 14 && i == anchor - 1;
            // "jailed 52 members on allegations of treason": the jailer makes the accusation.
            if (w.Equals("on", StringComparison.OrdinalIgnoreCase)) return root == 11 && i == anchor - 1;
            if ((ClassAt(i) & WordClass.Determiner) == 0 && (InHit(i) || (ClassAt(i) & (WordClass.Preposition | WordClass.Boundary)) != 0)) return false;
        }

        return false;
    }

    // A complaint or protest addressed "to" someone ("complained to the United Nations over two Israeli air raids")
    // is about the actor named after "over", "about" or "against", when there is one in the clause.
    private Party? ComplainedAbout(Party addressee, int anchor)
    {
        if (addressee.Actor < 0 || SpanOf(addressee.Actor) is not { } span) return null;
        int before = span.First - 1;
        if (before > anchor && (ClassAt(before) & WordClass.Determiner) != 0) before--;
        if (before <= anchor || !Word(before).Equals("to", StringComparison.OrdinalIgnoreCase)) return null;
        int limit = Math.Min(_end, span.End + 10);
        bool about = false;
        for (int i = span.End; i < limit; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word) return null;
            var w = Word(i);
            if (w.Equals("over", StringComparison.OrdinalIgnoreCase) || w.Equals("about", StringComparison.OrdinalIgnoreCase)
                || w.Equals("against", StringComparison.OrdinalIgnoreCase))
            {
                about = true;
                continue;
            }

            if ((ClassAt(i) & WordClass.Boundary) != 0) return null;
            int a = ActorStartingAt(i);
            if (a < 0) continue;
            if (!about) return null;
            return SpanOf(a)!.Value.Coded ? PartyOf(a) : null;
        }

        return null;
    }

    // The governed act follows its governing verb at once as its object ("demanded support from", "demanded
    // immediate elections"), not as a clause with a subject of its own ("demanded that its partners refuse").
    private bool IsDirectObject(int frameEnd, int actFirst)
    {
        if (actFirst - frameEnd > 3 || !WordsOnly(frameEnd, actFirst)) return false;
        for (int i = frameEnd; i < actFirst; i++)
        {
            var w = Word(i);
            if (w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
            if (ActorStartingAt(i) >= 0) return false;
        }

        return true;
    }

    private int ActorEndingAt(int tokenEnd)
    {
        foreach (var a in _actors)
        {
            if (a.End == tokenEnd) return a.Index;
        }

        return -1;
    }

    private Party? ActorBetween(int from, int to)
    {
        foreach (var a in _actors)
        {
            if (a.First >= from && a.End <= to && a.Coded) return PartyOf(a.Index);
        }

        return null;
    }

    // The agent of a passive or a nominal ("by Burundian militiamen"): an actor shortly after "by".
    private int AgentAfter(int from, int reach = 8)
    {
        int limit = Math.Min(_end, from + reach);
        for (int i = from; i < limit; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word) return -1;
            if (!Word(i).Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            for (int j = i + 1; j < Math.Min(_end, i + 5); j++)
            {
                int a = ActorStartingAt(j);
                if (a >= 0) return a;
                // "rebuked by opponents for his proposal": the agent's phrase ends at the next preposition.
                if (_tokens[j].Kind != TokenKind.Word || (ClassAt(j) & (WordClass.Preposition | WordClass.Boundary)) != 0) break;
            }

            return -1;
        }

        return -1;
    }

    private Party? AgentPartyAfter(int from) => PartyOrNull(AgentAfter(from));

    // The agent of a passive kept for the end of the sentence ("has been accused of misusing ... funds, much of it
    // embezzled, by current Haitian government officials"): "by" and an actor, with no other predicate or speech verb
    // in between.
    private int DistantAgent(int from)
    {
        int h = 0;
        for (int i = from; i < _end; i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Quote) return -1;
            if (t.Kind == TokenKind.Punct)
            {
                if (_text[t.Start] is ';' or ':' or '.' or '!' or '?') return -1;
                continue;
            }

            while (h < _hits.Count && _hits[h].End <= i) h++;
            if (h < _hits.Count && _hits[h].First == i && (_hits[h].Entry.Role == PatternRole.Speech || (IsAct(_hits[h].Entry.Role) && !_nominal[h])))
                return -1;
            if (!Word(i).Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            for (int j = i + 1; j < Math.Min(_end, i + 5); j++)
            {
                int a = ActorStartingAt(j);
                if (a >= 0) return SpanOf(a)!.Value.Coded ? a : -1;
                if (_tokens[j].Kind != TokenKind.Word || (ClassAt(j) & (WordClass.Preposition | WordClass.Boundary)) != 0) break;
            }
        }

        return -1;
    }

    // The coded place a locative phrase names within reach words after from, when no other actor, punctuation or
    // clause boundary comes first: where a passive without an agent was done ("was arrested in Lebanon", "were killed
    // ... outside of the Iraqi city of Basra"; reach 12), or the place right after a trigger that stands for a generic,
    // uncoded actor ("rallied in Moscow"; reach 8).
    private Party? LocationAfter(int from, int reach)
    {
        int limit = Math.Min(_end, from + reach);
        for (int i = from; i < limit; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word) return null;
            if ((ClassAt(i) & WordClass.Boundary) != 0) return null;
            int a = ActorStartingAt(i);
            if (a < 0) continue;
            var span = SpanOf(a)!.Value;
            return span.Coded && IsLocative(span) ? PartyOf(a) : null;
        }

        return null;
    }

    // The subject of the verbal act that an adjunct hangs on ("Ugandan police jailed members of the opposition on
    // allegations of ..." → the police), when one stands before it in the clause.
    private Party? MainSubjectBefore(int h, int anchor)
    {
        for (int k = h - 1; k >= 0; k--)
        {
            var prev = _hits[k];
            if (!IsAct(prev.Entry.Role) || (_nominal[k] && _light[k] < 0)) continue;
            int at = _light[k] >= 0 ? _hits[_light[k]].First : prev.First;
            if (HasBoundary(prev.End, anchor, allowComma: false)) return null;
            return SubjectOf(at);
        }

        return null;
    }

    // "fighting between Azerbaijanis and Armenians": the first of the pair; the compound gives the other, both ways.
    private Party? Between(int end)
    {
        // "the first meeting ever held between A and B": a few plain words may come first.
        for (int n = 0; n < 3 && end + 1 < _end && _tokens[end].Kind == TokenKind.Word && ActorStartingAt(end) < 0
            && !Word(end).Equals("between", StringComparison.OrdinalIgnoreCase) && (!InHit(end) || IsLightAt(end)); n++) end++;
        if (end + 1 >= _end || !Word(end).Equals("between", StringComparison.OrdinalIgnoreCase)) return null;
        // "between a sitting American president and ...": the first actor within three plain words.
        for (int j = end + 1; j < Math.Min(_end, end + 4); j++)
        {
            if (_tokens[j].Kind != TokenKind.Word) return null;
            int a = ActorStartingAt(j);
            if (a >= 0) return SpanOf(a)!.Value.Coded ? PartyOf(a) : null;
        }

        return null;
    }

    private bool IsLightAt(int token)
    {
        foreach (var hit in _hits)
        {
            if (hit.First <= token && token < hit.End) return hit.Entry.Role == PatternRole.Light;
        }

        return false;
    }

    // The nearest coded actor between the subject and a trigger, in the same clause: the main verb's object.
    private Party? ObjectBefore(int anchor, Party? subject)
    {
        int after = subject is { } s && s.Actor >= 0 && SpanOf(s.Actor) is { } span ? span.End : _first;
        for (int k = _actors.Count - 1; k >= 0; k--)
        {
            var a = _actors[k];
            if (a.End > anchor) continue;
            if (a.First < after || HasBoundary(a.End, anchor, allowComma: false)) return null;
            if (a.Coded) return PartyOf(a.Index);
        }

        return null;
    }

    // "guerrillas operating in Macedonia have been demobilized": with no agent, the place named inside the subject's
    // phrase stands as source, as after the verb.
    private Party? LocationWithin(Party? subject, int anchor)
    {
        if (subject is not { } s || s.Actor < 0 || SpanOf(s.Actor) is not { } span) return null;
        foreach (var a in _actors)
        {
            if (a.First < span.End || a.End > anchor) continue;
            if (HasBoundary(span.End, a.First, allowComma: false)) return null;
            if (a.Coded && _doc.Actors[a.Index].Kind == ActorKind.Country && IsLocative(a)) return PartyOf(a.Index);
        }

        return null;
    }

    /// <summary>Who reports the clause at <paramref name="anchor"/>: the quote's speaker or the subject of a speech verb.</summary>
    private Party? Reporter(int anchor)
    {
        if (SpeakerAt(anchor) is { } speaker) return speaker;
        for (int h = _hits.Count - 1; h >= 0; h--)
        {
            var hit = _hits[h];
            if (hit.Entry.Role != PatternRole.Speech || hit.End > anchor) continue;
            // "While he's said he'll fight, Sanders must decide": a speech verb in another clause reports nothing here.
            if (HasBoundary(hit.End, anchor, allowComma: false)) break;
            return SubjectOf(hit.First) ?? ObjectAfter(hit.End, -1);
        }

        for (int h = 0; h < _hits.Count; h++)
        {
            var hit = _hits[h];
            if (hit.Entry.Role != PatternRole.Speech || hit.First < anchor) continue;
            // ", the spokesperson added" or "said the spokesperson".
            for (int k = _actors.Count - 1; k >= 0; k--)
            {
                var a = _actors[k];
                if (a.End <= hit.First && a.End >= hit.First - 1 && a.First > anchor) return PartyOf(a.Index);
            }

            for (int k = 0; k < _actors.Count; k++)
            {
                var a = _actors[k];
                if (a.First >= hit.End && a.First <= hit.End + 2) return PartyOf(a.Index);
            }
        }

        return null;
    }

    // Acts done by saying something (appeals, intents, demands, accusations, refusals, threats, praise): the
    // speaker of a quotation does them by speaking; a quoted protest or attack is someone else's deed.
    private static bool IsVerbal(string code) =>
        CameoCodes.Root(code) is 1 or 2 or 3 or 10 or 11 or 12 or 13
        || code.StartsWith("051", StringComparison.Ordinal) || code.StartsWith("052", StringComparison.Ordinal)
        || code.StartsWith("055", StringComparison.Ordinal) || code.StartsWith("056", StringComparison.Ordinal);

    private Party? SpeakerAt(int anchor)
    {
        int offset = _tokens[anchor].Start;
        var quotes = _doc.Quotes;
        for (int i = _quotesOrdered ? LastQuoteStartingBy(offset) : 0; i < quotes.Length; i++)
        {
            var q = quotes[i];
            if (q.Start > offset) break;
            if (offset >= q.End || q.Speaker is not { } sp) continue;
            if (sp.Actor >= 0 && sp.Actor < _doc.Actors.Length) return PartyOf(sp.Actor);
            if (sp.Code is not null) return new Party(-1, sp.Code, sp.Name);
        }

        return null;
    }

    // An actor and those joined to it by "and" or list commas, in text order.
    private List<Party> Compound(Party? party)
    {
        var list = new List<Party>(2);
        if (party is not { } p) return list;
        list.Add(p);
        if (p.Actor < 0 || SpanOf(p.Actor) is not { } span) return list;
        foreach (bool backward in (ReadOnlySpan<bool>)[true, false])
        {
            var current = span;
            for (int n = 0; n < 4; n++)
            {
                int joint = backward ? current.First - 1 : current.End;
                if (joint < _first || joint >= _end) break;
                bool and = Word(joint).Equals("and", StringComparison.OrdinalIgnoreCase) || IsPunct(joint, ',');
                if (!and) break;
                int other = backward ? ActorEndingAt(joint) : ActorStartingAt(joint + 1);
                if (other < 0 || SpanOf(other) is not { } next || !next.Coded) break;
                if (backward) list.Insert(0, PartyOf(other));
                else list.Add(PartyOf(other));
                current = next;
            }
        }

        return list;
    }
}
