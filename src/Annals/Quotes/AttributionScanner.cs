using System.Collections.Immutable;
using Annals.Documents;
using Annals.Time;

namespace Annals.Quotes;

/// <summary>Finds the quotations and reported speech of one document, with their speakers, cues and settings.</summary>
/// <remarks>
/// One instance per document call (it holds per-document working arrays; nothing is shared between calls).
/// Works over tokens: quotation marks are paired first (<see cref="QuoteMarks"/>); then every cue outside a
/// quote is read with its speaker (the noun phrase before or after it), its recipient or setting, and its
/// content (the clause after it, the clause or quote before it, or the quote it introduces). Quotes left
/// without a cue inherit the speaker of the attribution just before them. Every scan is bounded by its
/// sentence and a few tokens, so the whole pass is linear in the text.
/// </remarks>
internal sealed class AttributionScanner
{
    private const int MaxNpTokens = 14;
    private const int MaxAppositiveTokens = 32;

    private readonly AnalyzedDocument _doc;
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly QuoteLexicon _lex;
    private readonly WordClass[] _cls;
    private readonly int[] _inQuote;
    private readonly int[] _sentOf;
    private readonly int[] _sentFirst;
    private readonly List<QuoteSpan> _spans;
    private readonly bool _spansOrdered; // the quotes sorted by where their words start, as QuoteMarks finds them
    private readonly bool[] _spanUsed;
    private readonly List<Found> _found = [];

    // A medium carried from "According to a report by X, ..." to the attribution inside the clause.
    private int _carriedMediumStart = -1, _carriedMediumEnd = -1, _carriedSentence = -1;

    /// <summary>An attribution being built; token ranges are half-open, -1 when absent.</summary>
    private sealed class Found
    {
        public int ContentStart, ContentEnd;
        public int ContentFirstToken, ContentEndToken;
        public QuoteKind Kind;
        public int SpeakerStart = -1, SpeakerEnd = -1;
        public int CueStart = -1, CueEnd = -1;
        public int MediumStart = -1, MediumEnd = -1;
        public int Sentence;
        public bool Forward;
        public bool Inherited;
        public bool Ended; // an order or promise cut where the next clause begins ("to stay indoors, and the ...")
        public bool NeedsQuote; // a verbal act ("condemned") that reports words only while its content holds a quote
    }

    public AttributionScanner(AnalyzedDocument doc, QuoteLexicon lexicon)
    {
        _doc = doc;
        _text = doc.Text;
        _tokens = doc.Tokens;
        _lex = lexicon;
        int n = _tokens.Length;
        // Sentences first: a capitalised cue's headline test reads its own sentence.
        _sentOf = new int[n];
        _sentFirst = new int[doc.Sentences.Length];
        int si = 0;
        for (int k = 0; k < n; k++)
        {
            while (si < doc.Sentences.Length - 1 && _tokens[k].Start >= doc.Sentences[si].End) si++;
            _sentOf[k] = si;
        }

        _cls = new WordClass[n];
        for (int k = 0; k < n; k++)
        {
            var t = _tokens[k];
            if (t.Kind != TokenKind.Word) continue;
            // By the key the tokenizer made: the word's letters are not read again.
            var cls = _lex.ClassOf(_text, t);
            if (cls == WordClass.None)
            {
                var word = _text.AsSpan(t.Start, t.Length);
                int apostrophe = word.IndexOfAny('\'', '’');
                if (apostrophe > 0 && (_lex.ClassOf(word[..apostrophe]) & WordClass.Subject) != 0)
                    cls = WordClass.Subject; // "he’d", "they're"
            }

            // "US" is the country, not the pronoun; capitalised cue words inside a name ("United States",
            // "the Washington Post") are not verbs.
            if (cls != WordClass.None && t.Length >= 2 && IsAllUpper(_text.AsSpan(t.Start, t.Length)))
                cls &= ~(WordClass.Object | WordClass.Subject | WordClass.Stop | WordClass.Det);
            if ((cls & WordClass.Cue) != 0 && k > 0 && char.IsUpper(_text[t.Start]) && _tokens[k - 1].Kind == TokenKind.Word
                && char.IsUpper(_text[_tokens[k - 1].Start]) && !IsTitleCased(k))
                cls &= ~WordClass.Cue;
            _cls[k] = cls;
        }

        var marks = QuoteMarks.Of(_text, _tokens);
        _inQuote = marks.InQuote;
        _spans = marks.Spans;
        _spanUsed = new bool[_spans.Count];
        _spansOrdered = true;
        for (int i = 0; i < _spans.Count && _spansOrdered; i++)
            _spansOrdered = _spans[i].ContentEnd >= _spans[i].ContentStart && (i == 0 || _spans[i].ContentStart >= _spans[i - 1].ContentStart);

        // A sentence that "ends" inside brackets ("Rep. Meeks (D-N.Y.), ...") runs on into the next one.
        int open = 0;
        for (int k = 1; k < n; k++)
        {
            if (IsPunct(k - 1, '(')) open++;
            else if (IsPunct(k - 1, ')') && open > 0) open--;
            if (_sentOf[k] == _sentOf[k - 1]) continue;
            if (open > 0 && open < 3 && !QuoteMarks.ParagraphBreak(_text, _tokens[k - 1], _tokens[k]))
            {
                int from = _sentOf[k], to = _sentOf[k - 1];
                for (int j = k; j < n && _sentOf[j] == from; j++) _sentOf[j] = to;
            }
            else
            {
                open = 0;
            }
        }

        for (int s = 0; s < _sentFirst.Length; s++) _sentFirst[s] = -1;
        for (int k = n - 1; k >= 0; k--)
        {
            if (_sentOf[k] < _sentFirst.Length) _sentFirst[_sentOf[k]] = k;
        }
    }

    /// <summary>Runs the scan and returns the quotes, sorted by start and not overlapping.</summary>
    public ImmutableArray<Quote> Scan()
    {
        if (_tokens.Length == 0 || _doc.Sentences.Length == 0) return [];
        int k = 0;
        while (k < _tokens.Length)
        {
            int s = _sentOf[k];
            int a = k, b = k;
            while (b < _tokens.Length && _sentOf[b] == s) b++;
            ScanSentence(s, a, b);
            k = b;
        }

        AttachLooseQuotes();
        return Build();
    }

    private void ScanSentence(int sentence, int a, int b)
    {
        int firstFound = _found.Count;
        for (int k = a; k < b; k++)
        {
            if (_inQuote[k] >= 0)
            {
                k = Math.Max(k, _spans[_inQuote[k]].After - 1);
                continue;
            }

            if ((_cls[k] & WordClass.Cue) == 0) continue;
            int n = _lex.MatchCue(_text, _tokens, k, b, out var form);
            if (n == 0 || form is null || !IsCueUse(k, form, a)) continue;
            k = Math.Max(k + n, TryAttribute(sentence, a, b, k, k + n, form, firstFound)) - 1;
        }
    }

    // Whether the word at k is used as a speech verb here (not a noun, not passive, not an infinitive).
    private bool IsCueUse(int k, CueForm form, int a)
    {
        if (form.Frame == CueFrame.According) return true;
        if (k > a)
        {
            var prev = _cls[k - 1];
            // "They all said that": a floating quantifier, when "that" or a quote shows the verb.
            if ((prev & WordClass.Det) != 0
                && !(FloatingQuantifier(k - 1, a) && (IsWordEq(k + 1, "that") || IsOpenMark(k + 1) || IsColon(k + 1)))) return false;
            if (IsPossessive(k - 1) && !ContractedBe(k - 1, a, form) && !(form.PastParticiple && ContractedHas(k - 1, a, k))) return false;
            if (IsWordEq(k - 1, "to")) return false;
            if (form.PastParticiple)
            {
                int p = k - 1;
                while (p > a && (IsWordIn(p, "also", "reportedly", "widely", "first", "been", "not", "never", "previously", "already", "often") || IsLyAdverb(p))) p--;
                if (((_cls[p] & WordClass.Passive) != 0 && !ContractedHas(p, a, k)) || IsWordEq(k - 1, "been")) return false;
            }
        }

        if (form.AlsoNoun && !FollowsLikeVerb(k + 1)) return false;
        // "an article cited by her campaign": a passive act, not the speaker's.
        if (form.Frame == CueFrame.Quoting && form.PastParticiple && IsWordEq(k + 1, "by")) return false;
        if (form.Base && !BaseFormIsVerb(k, a)) return false;

        // "did not confirm", "never said": nothing was said.
        for (int p = k - 1; p >= a && p >= k - 3; p--)
        {
            if (IsWordIn(p, "not", "never") || EndsWithNt(p)) return false;
            if ((_cls[p] & WordClass.Adverb) == 0 && !IsLyAdverb(p)) break;
        }

        return true;
    }

    private int TryAttribute(int sentence, int a, int b, int c0, int c1, CueForm form, int firstFound)
    {
        // A verbal act reports words only with a quote after it: most uses ("cited the data") are settled here.
        if (form.Frame == CueFrame.Quoting && !HasOpenMark(c1, b)) return c1;
        // "Trump Calls Out Cruz", "called off the talks", "called in to the show": a phrasal verb, not a name given.
        if (form.Frame == CueFrame.Label && c1 < b && IsWordIn(c1, "out", "off", "up", "in", "back")) return c1;
        Found? prev = _found.Count > firstFound ? _found[^1] : null;
        bool afterBreak = c0 == a || IsComma(c0 - 1) || IsCloseMark(c0 - 1) || IsDash(c0 - 1) || IsColon(c0 - 1);

        if (form.Frame == CueFrame.According)
        {
            var (ns, ne) = NpRight(c1, b, allowBy: true, speaker: true);
            if (ns < 0) return c1;
            int resume = ne;
            int r0 = prev is not null ? prev.ContentEndToken : a;
            int before = CountWords(r0, c0);
            if (before >= 2)
            {
                // "X did Y, according to Z."
                var f = Region(r0, c0, sentence);
                if (f is null) return resume;
                f.SpeakerStart = ns;
                f.SpeakerEnd = ne;
                SetCue(f, c0, c1, sentence);
                AddMediumAfter(f, ne, b);
                Add(f, prev);
                return resume;
            }

            int g = ne;
            while (g < b && (IsComma(g) || IsColon(g))) g++;
            if (HasCueWithSpeakerAt(g, b))
            {
                // "According to a report by the Post, sources said ...": the report is where it was said.
                var (ms, me) = MediumOfReport(ns, ne);
                _carriedMediumStart = ms;
                _carriedMediumEnd = me;
                _carriedSentence = sentence;
                return resume;
            }

            var fw = Region(g, b, sentence);
            if (fw is null) return resume;
            fw.SpeakerStart = ns;
            fw.SpeakerEnd = ne;
            fw.Forward = true;
            SetCue(fw, c0, c1, sentence);
            Add(fw, prev);
            return resume;
        }

        // Inverted order: "..., said X." / "“...,” said X in a statement."
        if (c0 == a && !form.Participle && form.Frame == CueFrame.Say && IsCap(c0))
        {
            // "Said Ellis: “...”"
            var (ns, ne) = NpRight(c1, b, allowBy: false, speaker: true);
            int g = ne;
            while (ns >= 0 && g < b && (IsComma(g) || IsColon(g))) g++;
            if (ns >= 0 && g > ne && g < _tokens.Length && IsOpenMark(g))
            {
                var f = FromSpan(_inQuote[g], sentence);
                f.SpeakerStart = ns;
                f.SpeakerEnd = ne;
                SetCue(f, c0, c1, sentence);
                Add(f, prev);
                return ne;
            }
        }

        if (!form.Participle && form.Frame == CueFrame.Say && afterBreak && c0 > a && !((IsComma(c0 - 1) || IsDash(c0 - 1)) && NpLeft(c0, a, out _).Item1 >= 0))
        {
            var (ns, ne) = NpRight(c1, b, allowBy: false, speaker: true);
            if (ns >= 0 && EndsInversion(ne, b) && !((_cls[ns] & WordClass.Subject) != 0 && ne < b && IsWord(ne)))
            {
                var f = Backward(a, c0, sentence, prev);
                if (f is not null)
                {
                    f.SpeakerStart = ns;
                    f.SpeakerEnd = ne;
                    SetCue(f, c0, c1, sentence);
                    AddMediumAfter(f, ne, b);
                    Add(f, prev);
                    return ne;
                }
            }
        }

        bool participleClause = form.Participle && c0 > a && (IsComma(c0 - 1) || IsDash(c0 - 1));
        bool coordinated = false;
        int leftmost = -1;
        var (ss, se) = participleClause ? (-1, -1) : NpLeft(c0, a, out leftmost);
        if (ss >= 0 && form.Participle && (_cls[se - 1] & WordClass.Medium) != 0 && IssuerOf(ss, a) is (>= 0, _) issuer)
        {
            // "Trump issued a statement saying ...", "the campaign sent out an email Wednesday stressing ...": the one who
            // put out the statement speaks, not the statement.
            (ss, se) = issuer;
            leftmost = ss;
        }

        bool inherited = false;
        if (ss < 0 && !participleClause)
        {
            // "X laughed and said": the subject of the first verb.
            int p = c0 - 1;
            while (p > a && ((_cls[p] & WordClass.Adverb) != 0 || IsLyAdverb(p))) p--;
            if (p > a + 1 && IsWordIn(p, "and", "but"))
            {
                coordinated = true;
                // "Tom told Annette, who answered her door and said ...": the one the relative clause is about speaks.
                int relative = OpenRelative(a, p);
                // "Ryan said he was ready, and suggested ...": after a comma the verb goes with the sentence's subject.
                int nearer = IsComma(p - 1) ? -1 : SubjectOfReportedClause(a, p);
                if (relative >= 0)
                {
                    // "in which he was booed ... and declared": the relative clause's own subject.
                    if (IsWordEq(relative, "who"))
                    {
                        (ss, se) = NameAfterVerb(NpLeft(relative + 1, a, out _));
                        if (ss < 0) (ss, se) = (relative, relative + 1); // "demonstrators here, who ... and called for": the pronoun itself
                    }
                    else if (relative + 1 < p && (_cls[relative + 1] & WordClass.Subject) != 0 && (_cls[relative + 1] & WordClass.Relative) == 0) (ss, se) = (relative + 1, relative + 2);
                    else return c1;
                }
                else if (nearer >= 0)
                {
                    // "she said, meaning that he's “radical” and says what he believes": the reported clause's subject.
                    (ss, se) = (nearer, nearer + 1);
                }
                else
                {
                    if (IsWordEq(p, "and") && IsWord(p - 1) && !IsCap(p - 1) && LooksLikeVerb(p - 1)) (ss, se) = NpLeft(p - 1, a, out leftmost);
                    if (ss < 0) (ss, se) = SubjectOf(a, p);
                }

                leftmost = -1;
            }
            else if (form.Participle && p >= a && ((_cls[p] & (WordClass.NpPrep | WordClass.Adjunct | WordClass.Subord)) != 0 || IsWordEq(p, "despite")))
            {
                // "began by saying ...", "after saying ...": the subject of the sentence.
                (ss, se) = SubjectOf(a, p);
                leftmost = -1;
            }

            if (ss < 0) return c1;
        }
        else if (ss < 0)
        {
            // ", saying ...": the speaker is the subject of the clause the participle hangs on.
            (ss, se) = SubjectOf(a, c0);
            if (ss < 0 && prev is not null && prev.SpeakerStart >= 0) (ss, se) = (prev.SpeakerStart, prev.SpeakerEnd);
            if (ss < 0) return c1;
            inherited = true;
        }

        // "If Obama Says It, It's True", "asked whether he said": a condition or a question, not a report (words in
        // quotation marks are still words someone would say).
        bool conditional = ss > a && IsWordIn(ss - 1, "if", "unless", "whether");
        int frameStart = inherited ? c0 : Math.Min(leftmost >= 0 ? Math.Min(leftmost, ss) : ss, c0);
        (int End, int EndToken) cutPrev = (-1, -1);
        Found? removedPrev = null;
        // A coordinated cue ("criticized the plan and said ...") overlaps the clause before only if that clause runs over it.
        // "urged voters to stay home and said ...": an order already ended before the conjunction keeps its words.
        if (prev is not null && prev.Forward && prev.ContentEndToken > (coordinated && (prev.NeedsQuote || prev.Ended) ? c0 : frameStart))
        {
            // A cue inside the clause another cue reports is part of that clause unless a comma or a
            // conjunction sets it off as a clause of its own.
            int before = frameStart - 1;
            if (before < a) return c1;
            bool setOff = IsComma(before) || IsDash(before) || IsWordIn(before, "and", "but")
                          || ((_cls[before] & WordClass.Subord) != 0 && IsComma(before - 1));
            if (!setOff) return c1;
            cutPrev = (prev.ContentEnd, prev.ContentEndToken);
            CutContent(prev, before);
            if (prev.NeedsQuote && !HasOpenMark(prev.ContentFirstToken, prev.ContentEndToken))
            {
                // "X attacked Y, saying “...”": the quote belongs to the saying, and the bare act reports nothing.
                (prev.ContentEnd, prev.ContentEndToken) = cutPrev;
                _found.Remove(prev);
                removedPrev = prev;
                prev = null;
                cutPrev = (-1, -1);
            }
        }

        var after = SkipAfterCue(c1, b, form);
        bool labelFirst = false;
        if (!after.Clause && after.Start + 1 < b && IsWordEq(after.Start, "as") && IsOpenMark(after.Start + 1)
            && (form.Frame == CueFrame.Quoting || IsWordIn(c0, "describe", "describes", "described", "describing")))
        {
            // "is describing as “unhinged” a tweet": the label comes before its object.
            after = after with { Clause = true };
            labelFirst = true;
        }

        Found? found = null;
        bool forward = false, rejected = false;

        // A quote that closes right before the speaker ("“...,” she said") is what was said, unless a colon
        // announces the quote that follows.
        int q = frameStart - 1;
        if (q >= a && IsComma(q)) q--;
        bool quoteBefore = !inherited && q >= 0 && IsCloseMark(q)
                           && (q >= a || (!after.Clause && !QuoteMarks.ParagraphBreak(_text, _tokens[q], _tokens[frameStart])));
        if (quoteBefore && !(after.Colon && after.Start < _tokens.Length && IsOpenMark(after.Start))
            && !(after.Clause && after.Start < b && !IsOpenMark(after.Start) && CountWords(after.Start, b) >= 2))
        {
            found = QuoteEndingAt(q, prev is not null ? prev.ContentEndToken : a, sentence);
            if (found.Kind == QuoteKind.Mixed && after.Comma && !after.Clause && after.Start < b && StartsClauseGoingOn(after.Start)
                && HasOpenMark(after.Start, b))
            {
                // Mills "got an immunity agreement," Jordan said, and still "got to sit in": the quoted words run on.
                GoOn(found, after.Start, b, sentence);
            }
        }
        else if (after.Start < b && after.Clause && (IsOpenMark(after.Start) || CountWords(after.Start, b) >= 2))
        {
            found = Region(after.Start, b, sentence);
            if (found is not null && form.Frame == CueFrame.Tell && ToAt(after.Start) is int to and >= 0)
            {
                if (ToClauseSpoken(to, b, c0, ss, se, ownSubject: !coordinated && !participleClause && !inherited && !form.Participle)) EndToClause(found, to);
                else
                {
                    found = null;
                    rejected = true;
                }
            }

            if (found is not null) found.Forward = found.Kind != QuoteKind.Direct;
            forward = true;
        }
        else if (after.Colon && after.Start >= b && b < _tokens.Length && IsOpenMark(b))
        {
            // "X continued:" closing a paragraph, the quote opening the next one.
            found = FromSpan(_inQuote[b], sentence);
        }
        else if (after.Colon && after.Start >= b && b < _tokens.Length && !inherited && form.Frame is CueFrame.Say or CueFrame.Tell
                 && QuoteMarks.ParagraphBreak(_text, _tokens[b - 1], _tokens[b]))
        {
            // "The governor added:" closing a paragraph, the next paragraph set as a block quote without marks.
            found = NextParagraph(b, sentence);
        }
        else if (!inherited && ss > a - 1 && (after.Start >= b || CountWords(after.Start, b) == 0 || after.Comma))
        {
            found = Backward(a, frameStart, sentence, prev);
            // "Scott's relatives, who asked the police to show them the video, watched it, lawyers said": an order ended
            // inside the clause is as much part of it as one that ran over the cue.
            bool inside = cutPrev.End >= 0 || (prev is not null && prev.Ended && prev.Sentence == sentence && prev.ContentEndToken <= frameStart);
            if (inside && prev is not null && prev.CueStart >= a && (found is null || found.Kind != QuoteKind.Direct))
            {
                // "Protocol called for X, sources said": the closing attribution reports the whole clause,
                // the cue inside it included.
                var outer = Backward(a, frameStart, sentence, null);
                if (outer is not null)
                {
                    _found.Remove(prev);
                    prev = null;
                    found = outer;
                }
                else if (cutPrev.End >= 0)
                {
                    (prev.ContentEnd, prev.ContentEndToken) = cutPrev;
                }
            }
            if (found is not null && found.Kind != QuoteKind.Direct && after.Start < b && !after.Clause
                && CountWords(after.Start, b) >= 2 && StartsClauseGoingOn(after.Start))
            {
                // "Acts of protest, Mr. Obama said, are acts of patriotism": the words run on after the cue.
                GoOn(found, after.Start, b, sentence);
            }
        }

        // "describes himself as “pro-Israel” and has said ...": the label ends where the next clause or cue begins.
        if (labelFirst && found is not null && forward && !QuotingContent(found)) found = null;
        if (form.Frame == CueFrame.Quoting && found is not null
            && (!forward || !QuotingContent(found) || !ActorOrPronoun(ss, se) || (participleClause && RelativeBetween(a, c0))
                || (form.PastParticiple && PassiveAgentAfter(found))))
            found = null;
        // "as Trump denounced the tests ..., many in the audience ...", "When she said she would run, the crowd
        // cheered": a cue in a clause of time or reason reports up to the comma where the main clause begins.
        if (found is not null && forward && found.Kind != QuoteKind.Direct && ss > a && (_cls[ss - 1] & WordClass.Subord) != 0
            && !IsWordIn(ss - 1, "where", "once", "if", "unless"))
            EndAtMainClause(found);
        // "maintains a program to train leaders", "has maintained a large lead": an object kept, not a claim ("maintains
        // the plan is sound", "maintained that ...").
        if (found is not null && forward && found.Kind == QuoteKind.Indirect && IsWordIn(c0, "maintain", "maintains", "maintained", "maintaining")
            && !IsWordEq(after.Start - 1, "that") && !MaintainedClause(found))
        {
            found = null;
            rejected = true;
        }

        if (conditional && found is not null && found.Kind != QuoteKind.Direct)
        {
            found = null;
            rejected = true;
        }

        if (found is null)
        {
            // Nothing reported here: what another cue's clause lost to this one is given back.
            if (form.Frame == CueFrame.Quoting || rejected)
            {
                if (removedPrev is not null) _found.Add(removedPrev);
                else if (prev is not null && cutPrev.End >= 0) (prev.ContentEnd, prev.ContentEndToken) = cutPrev;
            }

            return c1;
        }

        found.NeedsQuote = form.Frame == CueFrame.Quoting || labelFirst;
        found.SpeakerStart = ss;
        found.SpeakerEnd = se;
        SetCue(found, c0, c1, sentence);
        if (after.MediumStart >= 0)
        {
            found.MediumStart = after.MediumStart;
            found.MediumEnd = after.MediumEnd;
        }

        // "a stream called Miracle Run" names a thing; "Trump called the senator a “nasty guy”" reports words.
        if (form.Frame == CueFrame.Label && found.Kind == QuoteKind.Indirect && !NamedSpeaker(ss, se)) return c1;
        Add(found, prev);
        return c1;
    }

    // The "to" that opens an order or promise at token k ("to fight on", "not to close"), or -1.
    private int ToAt(int k)
    {
        if (k < _tokens.Length && IsWordEq(k, "to")) return k;
        return k + 1 < _tokens.Length && IsWordIn(k, "not", "never") && IsWordEq(k + 1, "to") ? k + 1 : -1;
    }

    // Whether "promised to ..." at `to` reports a promise: not the gapped verb of a relative clause ("the divides he
    // promised to bridge have grown", "the wall which he vowed to build"), and a promise made by someone, not a
    // forecast ("retirements promise to swell costs", "it promises to be a long night").
    private bool ToClauseSpoken(int to, int b, int c0, int ss, int se, bool ownSubject)
    {
        int verb = to + 1;
        if (verb + 1 < b && _inQuote[verb + 1] < 0 && (_cls[verb + 1] & WordClass.Aux) != 0) return false;
        // "the dam, which the ministry vowed to finish": "which" is the object; "which together vowed" is the subject.
        if (ss > 0 && IsWordIn(ss - 1, "which", "whom") && ((_cls[ss] & (WordClass.Subject | WordClass.Det)) != 0 || IsCap(ss))) return false;
        if (ss > 0 && (_cls[ss] & WordClass.Subject) != 0 && !IsWordEq(ss, "who"))
        {
            // "the target it pledged to reach at the talks": a noun, then the pronoun promising, then no object.
            bool noun = IsWord(ss - 1) && !IsCap(ss - 1) && _inQuote[ss - 1] < 0 && !EndsWithIng(ss - 1)
                        && (_cls[ss - 1] & (WordClass.Stop | WordClass.Adverb | WordClass.Time | WordClass.Subord | WordClass.Aux | WordClass.Cue
                                            | WordClass.Press | WordClass.Det | WordClass.Object | WordClass.Subject)) == 0;
            if (noun && verb + 1 < b && ((_cls[verb + 1] & (WordClass.Adjunct | WordClass.NpPrep)) != 0 || IsComma(verb + 1) || IsDash(verb + 1)))
                return false;
        }
        // The subject read for ", promising to ..." or "... and promised to ..." is the sentence's, already a speaker.
        if (ownSubject && IsWordIn(c0, "promise", "promises", "promised", "promising"))
        {
            if (!ActorOrPronoun(ss, se) || (se - ss == 1 && IsWordIn(ss, "it", "who"))) return false;
        }

        return true;
    }

    // An order or promise ends where the next clause begins: "vowed to keep it legal and celebrated the ruling",
    // "to fight on and said that ...", "to vote for them but did not name any", "to seek shelter, and the hashtag
    // was ...", "to republish the book, it declined". "to lower taxes and cut spending" goes on.
    private void EndToClause(Found f, int to)
    {
        for (int k = to + 2; k + 1 < f.ContentEndToken; k++)
        {
            if (_inQuote[k] >= 0)
            {
                k = Math.Max(k, _spans[_inQuote[k]].After - 1);
                continue;
            }

            // "promising to lift the rules ― probably not what Graham had in mind": an aside of the narrator.
            if (IsDash(k) && k > to + 2)
            {
                int close = ClosingDash(k, f.ContentEndToken);
                if (close > k)
                {
                    k = close;
                    continue;
                }

                CutClause(f, k);
                f.Ended = true;
                return;
            }

            bool comma = IsComma(k);
            int c = comma && IsWordIn(k + 1, "and", "but") ? k + 1 : k;
            if (!comma && !IsWordIn(k, "and", "but")) continue;
            int n = c == k && comma ? k + 1 : c + 1;
            while (n + 1 < f.ContentEndToken && (_cls[n] & WordClass.Adverb) != 0 && (_cls[n] & WordClass.Aux) == 0 && !IsCap(n)) n++;
            if (n >= f.ContentEndToken || _inQuote[n] >= 0 || !IsWord(n)) continue;
            bool conj = c > k || !comma;
            bool past = !IsCap(n) && _tokens[n].Length > 4 && _text.AsSpan(_tokens[n].Start, _tokens[n].Length).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
            // A new subject ("and they", ", it declined"), or after a comma a finite past form (", declined at first to ...").
            bool next = (comma && past)
                        || ((_cls[n] & WordClass.Subject) != 0 && !IsWordIn(n, "who", "you") && (comma || !IsWordEq(n, "it"))
                            && n + 1 < f.ContentEndToken && IsWord(n + 1));
            if (conj && !next)
                next = (comma && (_cls[n] & WordClass.Det) != 0)
                       || ((_cls[n] & WordClass.Aux) != 0 && !IsWordIn(n, "be", "have", "do"))
                       || IsWordIn(n, "said", "says", "told", "tells", "asked", "added")
                       || past;
            if (!next) continue;
            CutClause(f, k);
            f.Ended = true;
            return;
        }
    }

    // Whether the words after "maintains" are a clause: a noun phrase and then its verb.
    private bool MaintainedClause(Found f)
    {
        var (ns, ne) = NpRight(f.ContentFirstToken, f.ContentEndToken, allowBy: false);
        if (ns < 0 || ne >= f.ContentEndToken) return false;
        return (_cls[ne] & (WordClass.Aux | WordClass.Cue)) != 0 || (IsWord(ne) && !IsCap(ne) && LooksLikeVerb(ne));
    }

    // Ends `f` at the first comma outside quotes that a new subject follows (a determiner, a pronoun or a name).
    private void EndAtMainClause(Found f)
    {
        for (int k = f.ContentFirstToken + 1; k + 1 < f.ContentEndToken; k++)
        {
            int cut = k;
            if (_inQuote[k] >= 0)
            {
                // "denounced the levy as “theft,” many in the hall ...": the comma inside the closing mark.
                k = Math.Max(k, _spans[_inQuote[k]].After - 1);
                if (!IsCloseMark(k) || !IsComma(k - 1)) continue;
                cut = k + 1;
            }
            else if (!IsComma(k)) continue;

            if (k + 1 >= f.ContentEndToken || _inQuote[k + 1] >= 0 || !IsWord(k + 1)) continue;
            if ((_cls[k + 1] & (WordClass.Det | WordClass.Subject)) == 0 && !IsCap(k + 1)) continue;
            CutClause(f, cut);
            return;
        }
    }

    // The dash that closes a gloss opened by the dash at k ("the plight of minorities -- black, brown and indigenous
    // people -- who have been killed"), or -1.
    private int ClosingDash(int k, int end)
    {
        for (int j = k + 1; j < end && j < k + 16; j++)
        {
            if (_inQuote[j] < 0 && IsDash(j)) return j;
        }

        return -1;
    }

    // The paragraph that opens at token `first`, as words quoted without marks (at most a few hundred tokens).
    private Found? NextParagraph(int first, int sentence)
    {
        int last = first;
        while (last + 1 < _tokens.Length && last - first < 400 && !QuoteMarks.ParagraphBreak(_text, _tokens[last], _tokens[last + 1])) last++;
        if (CountWords(first, last + 1) < 3) return null;
        return new Found
        {
            ContentStart = _tokens[first].Start,
            ContentEnd = _tokens[last].End,
            ContentFirstToken = first,
            ContentEndToken = last + 1,
            Kind = QuoteKind.Direct,
            Sentence = sentence,
        };
    }

    // Extends `found` with the reported words that go on after its cue, tokens [from, b).
    private void GoOn(Found found, int from, int b, int sentence)
    {
        var rest = Region(from, b, sentence);
        if (rest is null) return;
        found.ContentEnd = rest.ContentEnd;
        found.ContentEndToken = rest.ContentEndToken;
        if (rest.Kind == QuoteKind.Mixed) found.Kind = QuoteKind.Mixed;
    }

    // The content of a verbal act ("condemned the test as “provocative,” adding ..."): a quote must open before the
    // first comma outside quotes, and the content ends at that comma or at a verb of saying.
    private bool QuotingContent(Found f)
    {
        if (f.Kind == QuoteKind.Indirect) return false;
        bool quoted = false;
        for (int k = f.ContentFirstToken; k < f.ContentEndToken && k < _tokens.Length; k++)
        {
            if (_inQuote[k] >= 0)
            {
                quoted |= IsOpenMark(k);
                continue;
            }

            bool stop = IsComma(k) || IsDash(k) || IsColon(k) || IsPunct(k, ';') || IsPunct(k, '-')
                        || (IsWordIn(k, "and", "but") && k + 1 < _tokens.Length && (_cls[k + 1] & WordClass.Subject) != 0);
            int cut = k;
            if (!stop && (_cls[k] & WordClass.Cue) != 0 && _lex.MatchCue(_text, _tokens, k, _tokens.Length, out var form) > 0
                && form is { Frame: CueFrame.Say or CueFrame.Tell } && IsCueUse(k, form, f.ContentFirstToken))
            {
                // "... faith,'' he said": the speaker of the next cue is not part of these words.
                stop = true;
                if (k - 1 > f.ContentFirstToken && _inQuote[k - 1] < 0 && ((_cls[k - 1] & WordClass.Subject) != 0 || IsCap(k - 1))) cut = k - 1;
                while (cut - 1 > f.ContentFirstToken && _inQuote[cut - 1] < 0 && IsCap(cut - 1) && IsCap(cut)) cut--;
                // "... and has said": the auxiliaries and the conjunction go with the next cue.
                while (cut - 1 > f.ContentFirstToken && _inQuote[cut - 1] < 0 && ((_cls[cut - 1] & WordClass.Adverb) != 0 || IsWordIn(cut - 1, "and", "but"))) cut--;
            }

            if (!stop) continue;
            if (!quoted) return false;
            CutContent(f, cut);
            return HasOpenMark(f.ContentFirstToken, f.ContentEndToken);
        }

        return quoted;
    }

    // A speaker that is a name, an actor mention or a pronoun ("PolitiFact", "the union", "she"), not a thing ("his willingness").
    private bool ActorOrPronoun(int s, int e)
    {
        if (s < 0 || e <= s) return false;
        // "a Times article hailed Trump as ...": a piece of writing speaks for its authors.
        if (IsCap(e - 1) || (_cls[e - 1] & WordClass.Subject) != 0
            || IsWordIn(e - 1, "article", "report", "editorial", "statement", "letter", "memo", "column", "essay", "op-ed", "book")) return true;
        int actor = ActorAt(_tokens[e - 1].Start, _tokens[e - 1].End);
        return actor >= 0 && _doc.Actors[actor].End >= _tokens[e - 1].End;
    }

    // "Tom thanked Annette Guessford" read leftwards from a relative clause: the name after the verb.
    private (int, int) NameAfterVerb((int Start, int End) np)
    {
        if (np.Start < 0 || !IsCap(np.End - 1)) return np;
        for (int k = np.End - 2; k > np.Start; k--)
        {
            if (IsCap(k)) continue;
            return IsWord(k) && LooksLikeVerb(k) && IsCap(k + 1) ? (k + 1, np.End) : np;
        }

        return np;
    }

    // A pronoun that opens a reported clause ("meaning that he ...") in tokens [from, to), outside quotes, or -1.
    private int SubjectOfReportedClause(int from, int to)
    {
        for (int k = to - 1; k > from; k--)
        {
            if (_inQuote[k] >= 0 || (_cls[k] & WordClass.Subject) == 0 || (_cls[k] & WordClass.Relative) != 0) continue;
            if (IsWordEq(k - 1, "that") || (_cls[k - 1] & WordClass.Cue) != 0) return k;
        }

        return -1;
    }

    // Whether a relative clause opens ("who", "which", "in which") in tokens [from, to), outside quotes.
    private bool RelativeBetween(int from, int to) => OpenRelative(from, to, closedByComma: false) >= 0;

    // The relative word of a relative clause still open at `to` (no comma has closed it: "X, which let him go, and
    // said" is the sentence's subject speaking), or -1.
    private int OpenRelative(int from, int to, bool closedByComma = true)
    {
        int found = -1;
        for (int k = Math.Max(0, from); k < to && k < _tokens.Length; k++)
        {
            if (_inQuote[k] >= 0) continue;
            // "questions on who Cameron favours" asks; "protesters, who marched" and "in which he" relate.
            if (IsWordIn(k, "who", "which", "whom") && k > from
                && (IsComma(k - 1) || IsDash(k - 1) || IsNpWord(k - 1) || (!IsWordEq(k, "who") && (_cls[k - 1] & WordClass.NpPrep) != 0)))
                found = k;
            else if (closedByComma && IsComma(k)) found = -1;
        }

        return found;
    }

    // "email chains recently labeled “top secret” by the State Department": the act is passive, its agent follows.
    private bool PassiveAgentAfter(Found f)
    {
        int k = f.ContentFirstToken;
        if (IsWordEq(k, "by")) return true;
        if (IsOpenMark(k)) k = _spans[_inQuote[k]].After;
        else return false;
        return IsWordEq(k, "by");
    }

    // Whether a quote opens in tokens [from, to).
    private bool HasOpenMark(int from, int to)
    {
        for (int k = Math.Max(0, from); k < to && k < _tokens.Length; k++)
        {
            if (IsOpenMark(k)) return true;
        }

        return false;
    }

    // "They all said", "Brown (D-Ohio) and Menendez (D-N.J.) both suggested": a quantifier after its noun phrase.
    private bool FloatingQuantifier(int k, int a) =>
        IsWordIn(k, "all", "both") && k - 1 >= a
        && (IsPunct(k - 1, ')') || (_cls[k - 1] & WordClass.Subject) != 0 || (IsNpWord(k - 1) && (_cls[k - 1] & WordClass.Det) == 0));

    // "he’s claiming", "she's telling": the contracted "is" of a progressive after a pronoun, not a possessive.
    private bool ContractedBe(int k, int a, CueForm form) =>
        form.Participle && k - 1 >= a && (_cls[k - 1] & WordClass.Subject) != 0 && (_cls[k - 1] & WordClass.Relative) == 0;

    // "he’s said", "who’s called for": the contracted "has" before the past form at `cue`, not "is" ("it’s called",
    // "he's told to", "she's cited by").
    private bool ContractedHas(int k, int a, int cue) =>
        IsPossessive(k) && k - 1 >= a && IsWordIn(k - 1, "he", "she", "who") && !IsWordIn(cue + 1, "to", "by", "as");

    private bool NamedSpeaker(int s, int e)
    {
        int head = e - 1;
        return IsCap(head) || (_cls[head] & WordClass.Subject) != 0 || (EndsWithS(head) && !IsPossessive(head));
    }

    // After a form that may be a plural noun ("claims", "states"), a verb is followed by "that", punctuation, a
    // quote, a pronoun, a determiner or a name.
    private bool FollowsLikeVerb(int k)
    {
        if (k >= _tokens.Length) return true;
        if (IsWordEq(k, "that") || IsOpenMark(k) || IsComma(k) || IsColon(k)) return true;
        if (_tokens[k].Kind == TokenKind.Punct) return _text[_tokens[k].Start] is '.' or '!' or '?';
        var cls = _cls[k];
        if ((cls & (WordClass.Subject | WordClass.Det)) != 0 && (cls & WordClass.Stop) == 0) return true;
        return IsCap(k) && (cls & WordClass.Stop) == 0;
    }

    // A bare base form ("report", "claim", "say") is a verb after a plural subject, a pronoun or a modal.
    private bool BaseFormIsVerb(int k, int a)
    {
        int p = k - 1;
        while (p >= a && ((_cls[p] & WordClass.Adverb) != 0 && !IsWordIn(p, "will", "would", "could", "did", "do", "does", "can", "may", "might", "should")
                          || IsLyAdverb(p))) p--;
        if (p < a) return false;
        if ((_cls[p] & WordClass.Subject) != 0 && !IsWordIn(p, "he", "she", "it")) return true;
        if (IsWordIn(p, "will", "would", "could", "did", "do", "does", "can", "may", "might", "should")) return true;
        if (IsWordIn(p, "must", "people", "police", "to") || EndsWithNt(p)) return !IsWordEq(p, "to");
        return IsWord(p) && !IsPossessive(p) && EndsWithS(p) && (_cls[p] & (WordClass.Stop | WordClass.NpPrep)) == 0
               && _tokens[p].Length > 3;
    }

    // Whether the words after "..., X said," go on with the reported clause (not a participle or a subordinate clause).
    private bool StartsClauseGoingOn(int k)
    {
        if (!IsWord(k) || (_cls[k] & (WordClass.Subord | WordClass.Cue)) != 0) return false;
        var t = _tokens[k];
        if (!(t.Length > 4 && _text.AsSpan(t.End - 3, 3).Equals("ing", StringComparison.OrdinalIgnoreCase))) return true;

        // "..., he said, replacing Clinton would be acrimonious": a gerund that is the subject of a verb goes on with
        // the words; "..., he said, citing a report" is the narrator's.
        for (int j = k + 1; j < _tokens.Length && j <= k + 5; j++)
        {
            if ((_cls[j] & WordClass.Aux) != 0) return j > k + 1;
            if (!IsNpWord(j)) return false;
        }

        return false;
    }

    // The attribution whose content stands before the speaker or cue at token `end`: the quote that closes
    // right there, else the clause from the start of the sentence to the comma.
    private Found? Backward(int a, int end, int sentence, Found? prev)
    {
        int p = end - 1;
        while (p >= 0 && p >= a - 1 && (IsComma(p) || IsDash(p))) p--;
        if (p < 0) return null;
        if (IsCloseMark(p))
        {
            if (p < a && QuoteMarks.ParagraphBreak(_text, _tokens[p], _tokens[p + 1])) return null;
            return QuoteEndingAt(p, prev is not null ? prev.ContentEndToken : a, sentence);
        }

        if (p < a || !(IsComma(end - 1) || IsDash(end - 1))) return null;
        int r0 = prev is not null ? prev.ContentEndToken : a;
        if (p + 1 - r0 < 1) return null;
        return Region(r0, p + 1, sentence);
    }

    // The quote that closes at token `close`; when words of the same clause stand before it
    // ("Both parties “saw Burma as ...,” said X") the whole clause, as a mixed report.
    private Found QuoteEndingAt(int close, int r0, int sentence)
    {
        int si = _inQuote[close];
        var span = _spans[si];
        if (span.Open > r0 && _sentOf[span.Open] == sentence && CountWords(r0, span.Open) >= 1)
        {
            var f = Region(r0, close + 1, sentence);
            if (f is not null) return f;
        }

        return FromSpan(si, sentence);
    }

    // Content for tokens [r0, r1): a direct quote when a quote fills it, mixed when one sits inside, else indirect.
    private Found? Region(int r0, int r1, int sentence)
    {
        while (r0 < r1 && IsTrimmable(r0)) r0++;
        while (r1 > r0 && IsTrimmable(r1 - 1) && !IsCloseMark(r1 - 1)) r1--;
        while (r1 > r0 && IsWordIn(r1 - 1, "and", "but")) r1--;
        if (r1 - r0 < 1 || CountWords(r0, r1) < 1) return null;
        if (IsOpenMark(r0))
        {
            var span = _spans[_inQuote[r0]];
            if (span.After >= r1 || OnlyPunctuation(span.After, r1)) return FromSpan(_inQuote[r0], sentence);
        }
        else if (_inQuote[r0] >= 0 && _spans[_inQuote[r0]].Open < r0 && _spans[_inQuote[r0]].After >= r1)
        {
            return FromSpan(_inQuote[r0], sentence);
        }

        if (IsCloseMark(r1 - 1) && _spans[_inQuote[r1 - 1]].Open < r0)
            return FromSpan(_inQuote[r1 - 1], sentence);

        bool commaBefore = false, relative = false;
        for (int k = r0 + 1; k + 2 < r1; k++)
        {
            if (_inQuote[k] >= 0) continue;
            // "[The day] Comey announced that he would not charge her, was the latest ...": the sentence's own verb
            // after a comma, with no relative clause or apposition before it to close.
            if (IsComma(k) && !commaBefore && !relative && IsWordIn(k + 1, "was", "is", "were", "are") && IsWord(k + 2) && !IsCap(k + 2))
            {
                r1 = k;
                break;
            }

            commaBefore |= IsComma(k) || IsDash(k) || IsPunct(k, '(');
            relative |= (_cls[k] & WordClass.Relative) != 0 || IsWordEq(k, "that");
            if (IsComma(k) && IsWordIn(k + 1, "but", "and") && IsWord(k + 2) && !IsCap(k + 2)
                && (_cls[k + 2] & (WordClass.Det | WordClass.Subject | WordClass.Stop)) == 0 && LooksLikeVerb(k + 2))
            {
                r1 = k;
                break;
            }
        }

        var f = new Found
        {
            ContentStart = _tokens[r0].Start,
            ContentEnd = _tokens[r1 - 1].End,
            ContentFirstToken = r0,
            ContentEndToken = r1,
            Kind = QuoteKind.Indirect,
            Sentence = sentence,
        };
        for (int k = r0; k < r1; k++)
        {
            int q = _inQuote[k];
            if (q >= 0 && _spans[q].Open == k)
            {
                f.Kind = QuoteKind.Mixed;
                if (_spans[q].After > r1)
                {
                    // The quote runs past the clause: the content runs to its end.
                    f.ContentEnd = Math.Max(f.ContentEnd, _spans[q].ContentEnd);
                    f.ContentEndToken = Math.Max(f.ContentEndToken, _spans[q].After);
                }
            }
        }

        return f;
    }

    private Found FromSpan(int spanIndex, int sentence)
    {
        var span = _spans[spanIndex];
        return new Found
        {
            ContentStart = span.ContentStart,
            ContentEnd = span.ContentEnd,
            ContentFirstToken = span.Open,
            ContentEndToken = span.After,
            Kind = QuoteKind.Direct,
            Sentence = sentence,
        };
    }

    private void SetCue(Found f, int c0, int c1, int sentence)
    {
        f.CueStart = c0;
        f.CueEnd = c1;
        if (_carriedSentence == sentence && _carriedMediumStart >= 0 && f.MediumStart < 0)
        {
            f.MediumStart = _carriedMediumStart;
            f.MediumEnd = _carriedMediumEnd;
            _carriedSentence = -1;
        }
    }

    private void Add(Found f, Found? prev)
    {
        if (f.ContentEnd <= f.ContentStart) return;
        if (prev is not null && prev.ContentEnd > f.ContentStart && prev.ContentStart < f.ContentEnd)
        {
            // Two readings of the same words: keep the one found first, unless that is a verbal act ("criticized the
            // policy and said ...") and this one a verb of saying.
            if (!prev.NeedsQuote || f.NeedsQuote) return;
            _found.Remove(prev);
        }

        if (f.MediumStart < 0) SentenceMedium(f);
        _found.Add(f);
        // The quotes are in text order: a binary search finds the first that can lie inside the found words, and the
        // look ends past their end, so a long article's many quotes are not all read for each one found.
        int i = 0;
        if (_spansOrdered)
        {
            int lo = 0, hi = _spans.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_spans[mid].ContentStart < f.ContentStart) lo = mid + 1;
                else hi = mid;
            }

            i = lo;
        }

        for (; i < _spans.Count; i++)
        {
            var s = _spans[i];
            if (_spansOrdered && s.ContentStart > f.ContentEnd) break;
            if (s.ContentStart >= f.ContentStart && s.ContentEnd <= f.ContentEnd) _spanUsed[i] = true;
        }
    }

    // Cuts `f` where the next clause begins: what is left with no quotation marks is no longer mixed.
    private void CutClause(Found f, int end)
    {
        CutContent(f, end);
        if (f.Kind == QuoteKind.Mixed && !HasOpenMark(f.ContentFirstToken, f.ContentEndToken)) f.Kind = QuoteKind.Indirect;
    }

    private void CutContent(Found f, int end)
    {
        int r1 = end;
        while (r1 > f.ContentFirstToken && ((IsTrimmable(r1 - 1) && !IsCloseMark(r1 - 1)) || IsWordIn(r1 - 1, "and", "but"))) r1--;
        if (r1 <= f.ContentFirstToken) return;
        f.ContentEndToken = r1;
        f.ContentEnd = _tokens[r1 - 1].End;
    }

    /// <summary>Where the content after a cue starts, and what was passed on the way.</summary>
    /// <param name="Start">First token of the content.</param>
    /// <param name="MediumStart">First token of a setting or outlet passed, or -1.</param>
    /// <param name="MediumEnd">One past it, or -1.</param>
    /// <param name="Colon">True when the last thing passed was a colon.</param>
    /// <param name="Clause">True when what follows can be the reported clause (not set off by a comma, not a subordinate clause).</param>
    /// <param name="Comma">True when a comma or dash was passed.</param>
    private readonly record struct AfterCue(int Start, int MediumStart, int MediumEnd, bool Colon, bool Clause, bool Comma = false);

    // Skips what may stand between a cue and its content: a recipient ("told reporters"), times ("Monday"),
    // settings ("in a statement", "on Twitter"), "that", and punctuation.
    private AfterCue SkipAfterCue(int f, int b, CueForm form)
    {
        int cueEnd = f;
        int ms = -1, me = -1;
        bool recipient = form.Frame != CueFrame.Tell;
        bool colon = false, comma = false;
        for (int guard = 0; guard < 24 && f < b; guard++)
        {
            if (IsComma(f) || IsColon(f) || IsDash(f))
            {
                colon |= IsColon(f);
                comma |= !IsColon(f);
                f++;
                continue;
            }

            if (IsWordEq(f, "that")) return new AfterCue(f + 1, ms, me, false, true);
            if (comma && !colon)
            {
                // "said at a stop in Toledo, Ohio, that ...": a place set off by commas before "that".
                for (int j = f + 1; j < b && j <= f + 4; j++)
                {
                    if (IsComma(j) && j + 1 < b && IsWordEq(j + 1, "that")) return new AfterCue(j + 2, ms, me, false, true);
                    if (!IsWord(j)) break;
                }
            }

            var cls = _cls[f];
            if ((cls & WordClass.Time) != 0)
            {
                colon = false;
                f++;
                continue;
            }

            // "urged Republicans to join the ranks of ...": the order is what was said, from "to" on.
            if (form.Frame == CueFrame.Tell && IsWordEq(f, "to") && f + 1 < b && IsWord(f + 1) && (!IsCap(f + 1) || IsCap(f))
                && (_cls[f + 1] & (WordClass.Det | WordClass.Subject | WordClass.Object | WordClass.Time | WordClass.Stop)) == 0
                && _tokens[f + 1].Kind == TokenKind.Word && !comma)
                return new AfterCue(IsWordIn(f - 1, "not", "never") ? f - 1 : f, ms, me, false, true); // "urged voters not to ..." keeps its "not"


            if (IsWordIn(f, "last", "this", "late", "early", "next", "on") && f + 1 < b && (_cls[f + 1] & WordClass.Time) != 0)
            {
                colon = false;
                f += 2;
                continue;
            }

            if (((cls & WordClass.Adverb) != 0 && (cls & (WordClass.NpPrep | WordClass.Aux | WordClass.Subord)) == 0) || IsLyAdverb(f))
            {
                colon = false;
                f++;
                continue;
            }

            if ((cls & WordClass.Adjunct) != 0 && f + 1 < b && !IsOpenMark(f + 1)
                && ((cls & WordClass.Subord) == 0 || ((_cls[f + 1] & WordClass.Det) != 0 && (_cls[f + 1] & (WordClass.Subject | WordClass.Stop)) == 0)))
            {
                // "said after the convention he would ...": a time phrase, not a clause and not where it was said.
                bool when = (cls & WordClass.Subord) != 0;
                var (ps, pe) = NpRight(f + 1, b, allowBy: false);
                if (ps < 0) break;
                // "said after the convention he would ...", "said after the vote that he ...": only a clause with its own
                // subject follows; "told reporters after the meeting that was held on a boat" describes the meeting, and
                // "acknowledged after the Post asked" is a clause of time.
                if (when && !(pe + 1 < b && ((_cls[pe] & WordClass.Subject) != 0 || (IsWordEq(pe, "that") && (_cls[pe + 1] & WordClass.Subject) != 0))))
                    break;
                if (ms < 0 && !when && IsMedium(ps, pe, afterTo: IsWordEq(f, "to"))) (ms, me) = (ps, pe);
                colon = false;
                f = pe;
                continue;
            }

            if (!recipient && !comma && IsWord(f) && (cls & (WordClass.Subject | WordClass.Subord)) == 0)
            {
                var (rs, re) = NpRight(f, b, allowBy: false);
                recipient = true;
                if (rs < 0) break;
                // "vowed a wider war": what is vowed, not someone told.
                if (IsWordIn(cueEnd - 1, "vow", "vows", "vowed", "vowing") && !(re < b && IsWordIn(re, "that", "to", "not", "never")))
                    break;
                if (ms < 0 && IsMedium(rs, re, afterTo: true)) (ms, me) = (rs, re);
                colon = false;
                f = re;
                continue;
            }

            if (!recipient && (cls & WordClass.Object) != 0)
            {
                recipient = true;
                f++;
                continue;
            }

            break;
        }

        // "tells his supporters to “go to your place and vote”": an order reported in the speaker's quoted words.
        bool toQuote = form.Frame == CueFrame.Tell && f < b && IsWordEq(f, "to") && IsOpenMark(f + 1);
        bool clause = f < b && (colon || !comma || IsOpenMark(f))
                      && (toQuote || (CanOpenClause(f) && !(form.Frame == CueFrame.Tell && IsWordEq(f, "to"))));
        if (toQuote && IsWordIn(f - 1, "not", "never")) f--;
        return new AfterCue(f, ms, me, colon, clause, comma);
    }

    // A reported clause does not open with a subordinator, an auxiliary, a preposition or "and".
    private bool CanOpenClause(int k)
    {
        if (IsOpenMark(k)) return true;
        if (!IsWord(k)) return false;
        var cls = _cls[k];
        if ((cls & (WordClass.Subord | WordClass.Aux | WordClass.NpPrep)) != 0) return false;
        return !IsWordIn(k, "and", "or", "but", "of", "about", "as", "by");
    }

    // "In a televised video address, X said ...": a setting at the head of the sentence.
    private void SentenceMedium(Found f)
    {
        if (f.CueStart < 0) return;
        int a = _sentFirst[Math.Clamp(_sentOf[f.CueStart], 0, _sentFirst.Length - 1)];
        if (a < 0 || (_cls[a] & WordClass.Adjunct) == 0) return;
        var (ps, pe) = NpRight(a + 1, f.CueStart, allowBy: false);
        if (ps < 0 || pe >= f.CueStart || !IsComma(pe)) return;
        if (f.SpeakerStart >= 0 && f.SpeakerStart < pe) return;
        if (IsMedium(ps, pe, afterTo: false))
        {
            f.MediumStart = ps;
            f.MediumEnd = pe;
        }
    }

    private void AddMediumAfter(Found f, int k, int b)
    {
        if (k < b && (_cls[k] & WordClass.Adjunct) != 0)
        {
            var (ps, pe) = NpRight(k + 1, b, allowBy: false);
            if (ps >= 0 && IsMedium(ps, pe, afterTo: IsWordEq(k, "to")))
            {
                f.MediumStart = ps;
                f.MediumEnd = pe;
            }
        }
    }

    // "a report by the Washington Post" → "the Washington Post"; otherwise the phrase itself.
    private (int, int) MediumOfReport(int s, int e)
    {
        for (int k = s; k < e - 1; k++)
        {
            if (IsWordEq(k, "by") || IsWordEq(k, "in")) return (k + 1, e);
        }

        return (s, e);
    }

    private bool IsMedium(int s, int e, bool afterTo)
    {
        for (int k = s; k < e; k++)
        {
            var cls = _cls[k];
            if ((cls & WordClass.Medium) != 0) return true;
            if (afterTo && (cls & (WordClass.Press | WordClass.Outlet)) != 0) return true;
            if ((cls & WordClass.Outlet) != 0 && IsCap(k)) return true;
            if (afterTo && IsAllCaps(k)) return true;
        }

        return false;
    }

    private bool HasCueWithSpeakerAt(int g, int b)
    {
        var (ss, se) = NpRightLoose(g, b);
        if (ss < 0) return false;
        for (int k = se; k < b && k < se + 4; k++)
        {
            if ((_cls[k] & WordClass.Cue) != 0 && _lex.MatchCue(_text, _tokens, k, b, out _) > 0) return true;
            if ((_cls[k] & (WordClass.Adverb | WordClass.Time)) == 0 && !IsLyAdverb(k)) break;
        }

        return false;
    }

    // The noun phrase that starts at g, allowing a short quoted fragment inside ("sources “familiar with it”").
    private (int, int) NpRightLoose(int g, int b)
    {
        var (s, e) = NpRight(g, b, allowBy: false);
        if (s < 0) return (s, e);
        while (e < b && IsOpenMark(e) && _spans[_inQuote[e]].Words <= 8)
        {
            e = _spans[_inQuote[e]].After;
            var (s2, e2) = NpRight(e, b, allowBy: false);
            if (s2 == e) e = e2;
        }

        return (s, e);
    }

    // After an inverted speaker ("said X"), the sentence must end or go on with a comma, a setting or a bracket.
    private bool EndsInversion(int ne, int b)
    {
        if (ne >= b) return true;
        var t = _tokens[ne];
        if (t.Kind == TokenKind.Punct) return true;
        if (IsOpenMark(ne)) return true;
        return (_cls[ne] & WordClass.Time) != 0 || IsWordIn(ne, "in", "on", "at", "during", "after", "before", "via", "through", "while")
               || IsWordIn(ne, "who", "adding", "saying");
    }

    // Whether token k is a word set off by a comma before the subject ("Meanwhile,", "however,"): an adverb or a stop
    // word that is neither a subordinator nor a preposition.
    private bool SetOffAdverb(int k, int limit) =>
        k + 1 < limit && IsWord(k) && IsComma(k + 1) && (_cls[k] & (WordClass.Stop | WordClass.Adverb)) != 0
        && (_cls[k] & (WordClass.Subord | WordClass.NpPrep)) == 0;

    // The subject at the head of a sentence, past a leading conjunction and an introductory phrase.
    private (int, int) SubjectOf(int a, int limit)
    {
        int k = a;
        if (k < limit && _inQuote[k] >= 0 && (IsOpenMark(k) || _spans[_inQuote[k]].After < limit))
        {
            // "“...,” Blige sings to Clinton before asking her": the subject follows the quote; so it does in a sentence
            // that starts inside a quote ('"... The voters do not agree," Sanders said, suggesting ...').
            k = _spans[_inQuote[k]].After;
            while (k < limit && IsComma(k)) k++;
        }

        for (int j = k; j < limit && j < k + 6; j++)
        {
            // "TALLAHASSEE — Rep. Gwen Graham ...": a dateline before the subject.
            if (IsDash(j) && j > k)
            {
                k = j + 1;
                break;
            }

            if (!(IsComma(j) || IsPunct(j, '(') || IsPunct(j, ')') || (IsWord(j) && _tokens[j].Length >= 2 && IsAllUpper(_text.AsSpan(_tokens[j].Start, _tokens[j].Length)))))
                break;
        }

        while (k < limit && IsWordIn(k, "but", "and", "so", "yet")) k++;
        if (SetOffAdverb(k, limit)) k += 2; // "Meanwhile, it attacked Trump, saying ..."

        // An introductory phrase ("In July,", "Weighing in on the talks,") before the subject.
        if (k < limit && ((_cls[k] & (WordClass.Adjunct | WordClass.Adverb | WordClass.Time | WordClass.Subord | WordClass.NpPrep)) != 0 || EndsWithIng(k)))
        {
            for (int j = k; j < limit && j < k + 12; j++)
            {
                if (IsComma(j))
                {
                    k = j + 1;
                    // "Speaking in Salem, New Hampshire, Trump went after Bush": the state after the town.
                    int m = k;
                    while (m < limit && m < k + 3 && IsWord(m) && IsCap(m)) m++;
                    if (IsCap(j - 1) && m > k && m + 1 < limit && IsComma(m) && IsWord(m + 1))
                    {
                        k = m + 1;
                        // "At an event in Ames, Iowa, on Sunday, Mrs. Clinton ...": a time after the place.
                        for (int t = k; t < limit && t < k + 6 && !IsCap(k); t++)
                        {
                            if (IsComma(t))
                            {
                                k = t + 1;
                                break;
                            }
                        }
                    }

                    break;
                }
            }

            // "On Thursday, however, Trump spoke ...": an adverb set off after the phrase.
            if (SetOffAdverb(k, limit)) k += 2;
        }

        var (s, e) = NpRight(k, limit, allowBy: false, speaker: true, subject: true);
        return s >= 0 && e <= limit ? (s, e) : (-1, -1);
    }

    // The speaker before the cue at c0: skips adverbs, times and brackets, passes appositives and relative
    // clauses set off by commas ("Hugh Hill, a doctor, said"; "Stein, who ..., said").
    private (int, int) NpLeft(int c0, int lo, out int leftmost)
    {
        leftmost = -1;
        int k = c0 - 1;
        while (k >= lo)
        {
            var cls = _cls[k];
            if ((cls & WordClass.Adverb) != 0 || IsLyAdverb(k))
            {
                k--;
                continue;
            }

            // "critics have in particular noted", "wins so far assure": a two-word adverb.
            if (k - 1 >= lo && ((IsWordEq(k, "particular") && IsWordEq(k - 1, "in")) || (IsWordEq(k, "far") && IsWordEq(k - 1, "so"))))
            {
                k -= 2;
                continue;
            }

            // "Trump began tweeting", "Johnson kept asking": the subject stands before the verb the -ing form completes.
            if (k == c0 - 1 && (cls & WordClass.Aspect) != 0 && !IsCap(k) && EndsWithIng(c0) && k - 1 >= lo && _tokens[k - 1].Kind == TokenKind.Word)
            {
                k--;
                continue;
            }

            if ((cls & WordClass.Time) != 0 && (cls & WordClass.Cue) == 0)
            {
                k--;
                if (k >= lo && IsWordIn(k, "on", "last", "this", "late", "early", "next")) k--;
                continue;
            }

            if ((IsPossessive(k) && k - 1 >= lo && (_cls[k - 1] & WordClass.Subject) != 0 && ((_cls[k - 1] & WordClass.Relative) == 0 || k + 1 == c0))
                || FloatingQuantifier(k, lo))
            {
                // "he’s claiming", "Brown and Menendez all suggested"
                k--;
                continue;
            }

            if (_tokens[k].Kind == TokenKind.Number && k - 2 >= lo && IsCap(k - 1) && IsWordEq(k - 2, "on"))
            {
                // "on Oct. 5"
                k -= 3;
                continue;
            }

            break;
        }

        if (k < lo) return (-1, -1);

        // "who in 2010 said": a year after a preposition stands between the relative and its verb.
        if (k - 2 >= lo && _tokens[k].Kind == TokenKind.Number && (_cls[k - 1] & WordClass.Adjunct) != 0 && (_cls[k - 2] & WordClass.Relative) != 0)
            k -= 2;

        if ((_cls[k] & WordClass.Relative) != 0 && k - 1 >= lo)
        {
            var np = IsComma(k - 1) || IsDash(k - 1) ? NpCore(k - 2, lo) : IsNpWord(k - 1) ? NpCore(k - 1, lo) : (-1, -1);
            // "Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said": the person the role
            // describes speaks.
            if (np.Item1 >= 0 && IsWordIn(np.Item1, "the", "a", "an") && PersonBeforeRole(np.Item1, lo) is (>= 0, _) person) np = person;
            leftmost = np.Item1;
            return np;
        }

        if (IsComma(k) || IsDash(k))
        {
            bool dash = IsDash(k);
            for (int j = k - 1; j >= lo && j > k - MaxAppositiveTokens; j--)
            {
                if (_inQuote[j] >= 0) break;
                if (dash ? IsDash(j) : IsComma(j) || IsDash(j))
                {
                    if (!IsAppositive(j + 1, k)) return (-1, -1);
                    var (s, e) = NpCore(j - 1, lo);
                    if (s < 0 || !(e == j || IsPunct(e, '('))) return (-1, -1);

                    // "the bank's chief economist, Tom Reyes, said": the name, not the role, is the speaker.
                    leftmost = s;
                    if (!IsCap(e - 1) && IsCap(j + 1) && IsCap(k - 1) && NpRight(j + 1, k, allowBy: false, speaker: true) == (j + 1, k))
                        return (j + 1, k);
                    return (s, e);
                }
            }

            return (-1, -1);
        }

        var core = NpCore(k, lo);
        leftmost = core.Item1;
        return core;
    }

    // The subject of the verb whose object starts at token `np` ("Trump issued | a statement"; "his campaign sent out |
    // an email"), or (-1, -1) when no verb stands there.
    private (int, int) IssuerOf(int np, int a)
    {
        int v = np - 1;
        if (v > a && IsWordEq(v, "out")) v--;
        if (v <= a || _tokens[v].Kind != TokenKind.Word || IsCap(v)) return (-1, -1);
        if ((_cls[v] & (WordClass.Det | WordClass.NpPrep | WordClass.Adjunct | WordClass.Subject | WordClass.Object | WordClass.Relative | WordClass.Subord)) != 0)
            return (-1, -1);
        bool verb = (_cls[v] & WordClass.Verb) != 0 || IsWordIn(v, "put", "wrote", "ran", "posted", "issued", "released", "sent")
                    || (_tokens[v].Length >= 5 && _text[_tokens[v].End - 1] == 'd' && _text[_tokens[v].End - 2] == 'e');
        if (!verb || (_cls[v] & WordClass.Stop) != 0 && !IsWordEq(v, "wrote")) return (-1, -1);
        return NpLeft(v, a, out _);
    }

    // The person named right before the role that begins at token `role` ("Elizabeth Arnold, 32, a former aide";
    // "Dianne Feinstein of California, the ranking Democrat"): the person's token span, or (-1, -1).
    private (int, int) PersonBeforeRole(int role, int lo)
    {
        int j = role - 1;
        if (j - 1 < lo || !IsComma(j)) return (-1, -1);
        j--;
        if (j - 2 >= lo && _tokens[j].Kind == TokenKind.Number && IsComma(j - 1)) j -= 2;
        for (int t = j; t >= lo && t > j - 4; t--)
        {
            if (_inQuote[t] >= 0) break;
            int actor = ActorAt(_tokens[t].Start, _tokens[t].End);
            if (actor >= 0 && _doc.Actors[actor] is { Kind: ActorKind.Person } m && m.End == _tokens[t].End)
            {
                int first = t;
                while (first - 1 >= lo && _tokens[first - 1].Start >= m.Start) first--;
                return (first, t + 1);
            }

            // Only "of California" may stand between the name and the comma.
            if (!(IsCap(t) || IsWordEq(t, "of"))) break;
        }

        return (-1, -1);
    }

    // Whether tokens [from, to) read as an appositive ("a doctor", "45", "R-Fla.") or a relative clause
    // ("who ...", "which ..."), not as a clause of their own ("the bill was bad").
    private bool IsAppositive(int from, int to)
    {
        if (from >= to) return false;
        if (IsWordIn(from, "who", "whose", "which")) return true;
        if (to - from > 28) return false;
        for (int k = from; k < to; k++)
        {
            // "a former aide who went with her": a relative clause inside the appositive.
            if (k > from && IsWordIn(k, "who", "whose", "which")) return true;
            // "the agency that oversees the program": a relative "that" after the appositive's noun.
            if (k > from + 1 && IsWordEq(k, "that") && (_cls[from] & WordClass.Det) != 0 && IsNpWord(k - 1) && (_cls[k - 1] & WordClass.Det) == 0)
                return true;
            if ((_cls[k] & WordClass.Aux) != 0) return false;
            if ((_cls[k] & (WordClass.Stop | WordClass.Subject | WordClass.Subord)) != 0 && (_cls[k] & WordClass.Adverb) == 0
                && !IsWordIn(k, "and", "of", "whose")) return false;
            if ((_cls[k] & WordClass.Cue) != 0 && IsCueVerbForm(k)) return false;
        }

        return true;
    }

    private bool IsCueVerbForm(int k)
    {
        int n = _lex.MatchCue(_text, _tokens, k, _tokens.Length, out var form);
        // "Salceda, citing data from the State Department, said": a verbal act's participle fits in an appositive.
        return n > 0 && form is not null && form.Frame != CueFrame.Quoting
               && (form.Participle || form.PastParticiple || (!form.AlsoNoun && EndsWithS(k)));
    }

    // A noun phrase ending at token k (inclusive), scanned leftwards.
    private (int, int) NpCore(int k, int lo)
    {
        int end = k + 1, start = end;
        while (k >= lo && end - k <= MaxNpTokens)
        {
            var t = _tokens[k];
            var cls = _cls[k];
            if (start == end && IsPunct(k, ')'))
            {
                // "Rep. John Mica (R-Fla.)": the bracket after a name is passed over.
                int j = k - 1;
                while (j >= lo && j > k - 12 && !IsPunct(j, '(')) j--;
                if (j < lo || !IsPunct(j, '(')) break;
                k = j - 1;
                end = start = j;
                continue;
            }

            if (t.Kind == TokenKind.Quote && !IsPossessive(k))
            {
                // A short quoted fragment after the head: "sources “familiar with the discussions” said".
                int q = _inQuote[k];
                if (q < 0 || _spans[q].Close != k || _spans[q].Words > 8 || start != end) break;
                int open = _spans[q].Open;
                if (open - 1 < lo || !IsNpWord(open - 1)) break;
                k = open - 1;
                start = open;
                continue;
            }

            if (IsPossessive(k))
            {
                if (start == end) break;
                start = k--;
                continue;
            }

            if (start != end && k - 1 >= lo && GluedHyphen(k))
            {
                // "the 6-foot-5 guard", "a 5-foot-10 man": a hyphen inside the word.
                start = k--;
                continue;
            }

            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) break;
            if ((cls & WordClass.Subject) != 0)
            {
                if (start == end && (cls & WordClass.Relative) == 0) start = k;
                break;
            }

            if ((cls & WordClass.Det) != 0)
            {
                if (start == end && (cls & WordClass.Stop) != 0) break;
                start = k--;
                // "the two largest growers", "the world's two biggest polluters": a number or quantifier after another
                // determiner or a possessive.
                if (k >= lo && (_tokens[k + 1].Kind == TokenKind.Number || IsWordIn(k + 1, "two", "three", "four", "five", "several", "many", "few", "other", "top", "senior")))
                {
                    if ((_cls[k] & WordClass.Det) != 0 && (_cls[k] & (WordClass.Stop | WordClass.Subject)) == 0 && !IsWordIn(k, "one", "two", "three", "four", "five"))
                    {
                        start = k--;
                        break;
                    }

                    if (IsPossessive(k)) continue;
                }

                if (k >= lo && (IsWordIn(k, "of", "for", "at", "from", "with") || (_cls[k] & WordClass.Adjunct) != 0)
                    && (_cls[k] & WordClass.Subord) == 0 && k - 1 >= lo && IsNpWord(k - 1))
                {
                    start = k - 1;
                    k -= 2;
                    continue;
                }

                break;
            }

            if ((cls & WordClass.NpPrep) != 0)
            {
                if (start == end || k - 1 < lo || !IsNpWord(k - 1)) break;
                start = k--;
                continue;
            }

            if (!IsNpWord(k)) break;
            start = k--;
        }

        // "they turned to the police department, which", "has also included members of the government, which": a verb
        // after a pronoun or an auxiliary opens no noun phrase.
        if (start + 1 < end && VerbAfterSubject(start))
        {
            start++;
            // "drew up a plan", "caught up in lawsuits": the verb's particle goes with it.
            if (start + 1 < end && IsWordIn(start, "up", "out", "down", "off")) start++;
        }

        while (start < end && ((_cls[start] & WordClass.NpPrep) != 0 || IsPossessive(start))) start++;
        return start < end ? (start, end) : (-1, -1);
    }

    // Whether token k is a lower-case verb form (a past form or a listed finite verb) after a subject pronoun or an
    // auxiliary, adverbs between ("they turned", "has also included").
    private bool VerbAfterSubject(int k)
    {
        var t = _tokens[k];
        if (t.Kind != TokenKind.Word || IsCap(k)) return false;
        if ((_cls[k] & WordClass.Verb) == 0 && !(t.Length >= 5 && _text[t.End - 1] == 'd' && _text[t.End - 2] == 'e')) return false;
        int j = k - 1;
        while (j >= 0 && j > k - 4 && ((_cls[j] & WordClass.Adverb) != 0 || IsLyAdverb(j)) && (_cls[j] & WordClass.Aux) == 0) j--;
        return j >= 0 && ((_cls[j] & WordClass.Aux) != 0 || ((_cls[j] & WordClass.Subject) != 0 && (_cls[j] & WordClass.Relative) == 0));
    }

    // A noun phrase starting at token k, scanned rightwards: determiners, modifiers, names, "of"-phrases.
    private (int, int) NpRight(int k, int b, bool allowBy, bool speaker = false, bool subject = false)
    {
        int start = k, end = k;
        bool noun = false;
        bool afterPrep = false;
        while (k < b && k - start < MaxNpTokens)
        {
            var t = _tokens[k];
            var cls = _cls[k];
            if (IsPossessive(k))
            {
                if (!noun) break;
                end = ++k;
                noun = false;
                continue;
            }

            if (t.Kind == TokenKind.Punct && IsPunct(k, '(') && noun)
            {
                // "Rep. John Mica (R-Fla.)": a bracket after a name belongs to it.
                int j = k + 1;
                while (j < b && j < k + 8 && !IsPunct(j, ')')) j++;
                if (j < b && IsPunct(j, ')'))
                {
                    end = k = j + 1;
                    continue;
                }

                break;
            }

            if (noun && GluedHyphen(k))
            {
                // "said the 6-foot-5 guard"
                end = ++k;
                continue;
            }

            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) break;
            if ((cls & (WordClass.Subject | WordClass.Object)) != 0)
            {
                if (k == start && (cls & WordClass.Relative) == 0) end = k + 1;
                break;
            }

            if ((cls & WordClass.Det) != 0 && (cls & WordClass.Stop) == 0)
            {
                if (noun && !afterPrep) break;
                end = ++k;
                continue;
            }

            if ((cls & WordClass.NpPrep) != 0 || (allowBy && IsWordEq(k, "by")))
            {
                bool joins = noun && !IsWordIn(k, "in", "on", "to") && k + 1 < b && (IsNpWord(k + 1) || (_cls[k + 1] & WordClass.Det) != 0);
                if (!joins) break;
                afterPrep = true;
                noun = false;
                k++;
                continue;
            }

            if (!IsNpWord(k)) break;
            if ((cls & WordClass.Time) != 0 && noun) break;
            // "Carson took the stage ..., saying", "Gulf sources believe Erdogan ...": a finite verb after the head ends
            // the phrase (a past form ending in -ed is read below, by its spelling).
            if (noun && !afterPrep && (cls & WordClass.Verb) != 0 && !IsCap(k))
            {
                // "Mitt Romney largely ran" drops the adverb; "an email previously kept secret" is a participle.
                if (!(k - 2 >= start && EndsWithLy(k - 1) && !IsCap(k - 1))) break;
                if (IsCap(k - 2))
                {
                    end = k - 1;
                    break;
                }
            }

            // "Syrian rebels criticised the plan and accused ...": after the head of a sentence's subject, a lower-case
            // past form is its verb.
            // Not after an adverb or a number, where it is an adjective ("a newly uncovered email", "400 registered voters").
            if (subject && noun && !afterPrep && !IsCap(k) && t.Length >= 5 && _text[t.End - 1] is 'd' && _text[t.End - 2] is 'e'
                && !EndsWithLy(k - 1) && _tokens[k - 1].Kind != TokenKind.Number) break;
            if (!speaker && noun && !afterPrep && IsCap(k) && k > start && !IsCap(k - 1) && !IsPossessive(k - 1)) break;
            noun = true;
            afterPrep = false;
            end = ++k;
        }

        return end > start && !afterPrep ? (start, end) : end > start ? (start, end) : (-1, -1);
    }

    // A hyphen with a word or number glued on both sides ("6-foot-5").
    private bool GluedHyphen(int k) =>
        k > 0 && k + 1 < _tokens.Length && _tokens[k].Kind == TokenKind.Punct && _tokens[k].Length == 1 && _text[_tokens[k].Start] == '-'
        && _tokens[k - 1].End == _tokens[k].Start && _tokens[k].End == _tokens[k + 1].Start
        && _tokens[k - 1].Kind is TokenKind.Word or TokenKind.Number && _tokens[k + 1].Kind is TokenKind.Word or TokenKind.Number;

    private bool IsNpWord(int k)
    {
        var t = _tokens[k];
        if (t.Kind is not (TokenKind.Word or TokenKind.Number)) return false;
        var cls = _cls[k];
        if ((cls & (WordClass.Stop | WordClass.Subject | WordClass.Object | WordClass.Relative | WordClass.NpPrep)) != 0) return false;
        if ((cls & WordClass.Cue) != 0)
        {
            // "the report said": a cue word may be a noun; a verb form ends the phrase.
            int n = _lex.MatchCue(_text, _tokens, k, _tokens.Length, out var form);
            if (n > 0 && form is not null && (form.Participle || form.PastParticiple || (!form.AlsoNoun && EndsWithS(k)))) return false;
        }

        return true;
    }

    // Quotes no cue claimed: a quote that continues the previous speaker's words takes that speaker.
    private void AttachLooseQuotes()
    {
        _found.Sort((x, y) => x.ContentStart.CompareTo(y.ContentStart));
        var extra = new List<Found>();
        int fi = 0;
        Found? last = null;
        for (int i = 0; i < _spans.Count; i++)
        {
            if (_spanUsed[i]) continue;
            var span = _spans[i];
            while (fi < _found.Count && _found[fi].ContentStart < span.ContentStart) last = _found[fi++];
            if (last is not null && last.ContentEnd > span.ContentStart) continue;
            int sentence = _sentOf[span.Open];
            bool sentenceLike = _sentFirst[sentence] == span.Open
                                || (span.Open > 0 && (IsColon(span.Open - 1) || IsComma(span.Open - 1) || IsDash(span.Open - 1)))
                                || (span.Open > 1 && IsWordIn(span.Open - 1, "but", "and") && IsComma(span.Open - 2));
            if (!sentenceLike || span.Words < 2 || span.Single) continue;
            bool opensSentence = _sentFirst[sentence] == span.Open || (span.Open > 0 && IsColon(span.Open - 1));
            var f = FromSpan(i, sentence);
            var (ds, de) = DashSignature(span);
            if (ds >= 0)
            {
                // “...” ― Jorge Falcon
                f.SpeakerStart = ds;
                f.SpeakerEnd = de;
            }
            else if (last is not null && last.SpeakerStart >= 0 && Interrupts(last, span))
            {
                // “A,” he said. “B.” is one statement interrupted by its attribution.
                last.ContentEnd = span.ContentEnd;
                last.ContentEndToken = span.After;
                _spanUsed[i] = true;
                continue;
            }
            else if (last is not null && last.SpeakerStart >= 0 && sentence - SentenceOfEnd(last) <= 2)
            {
                f.SpeakerStart = last.SpeakerStart;
                f.SpeakerEnd = last.SpeakerEnd;
                f.Inherited = true;
            }
            else if (span.Words < 3 || !opensSentence)
            {
                continue;
            }

            extra.Add(f);
            last = f;
        }

        _found.AddRange(extra);
        _found.Sort((x, y) => x.ContentStart.CompareTo(y.ContentStart));
    }

    // Whether `span` goes on with the words of `f` right after f's own attribution: the cue stands between
    // f's quote and the span, in the same paragraph, with nothing else but the speaker and its setting.
    private bool Interrupts(Found f, QuoteSpan span)
    {
        if (f.Kind == QuoteKind.Indirect || f.CueStart < f.ContentEndToken || f.CueEnd > span.Open) return false;
        if (f.SpeakerStart >= 0 && f.SpeakerStart < f.ContentEndToken && !f.Inherited) return false;
        int from = f.ContentEndToken;
        if (span.Open - from > 48 || span.Open <= from) return false;
        for (int k = from + 1; k <= span.Open; k++)
        {
            if (QuoteMarks.ParagraphBreak(_text, _tokens[k - 1], _tokens[k])) return false;
            if (_inQuote[k] >= 0 && k < span.Open) return false;
        }

        return _sentOf[span.Open] - _sentOf[f.CueStart] <= 1;
    }

    // “...” ― Name: a quote signed with a dash.
    private (int, int) DashSignature(QuoteSpan span)
    {
        int k = span.After;
        if (span.Close < 0 || k >= _tokens.Length || !IsDash(k)) return (-1, -1);
        // The signature ends with its line.
        int hi = k + 1;
        while (hi < _tokens.Length && hi < k + 9 && !HasNewline(_tokens[hi - 1].End, _tokens[hi].Start)) hi++;
        var (s, e) = NpRight(k + 1, hi, allowBy: false, speaker: true);
        if (s < 0 || !IsCap(s)) return (-1, -1);
        if (e < hi && !(_tokens[e].Kind == TokenKind.Punct || IsComma(e))) return (-1, -1);
        return (s, e);
    }

    private int SentenceOfEnd(Found f)
    {
        int k = Math.Clamp(f.ContentEndToken - 1, 0, _tokens.Length - 1);
        int s = _sentOf[k];
        if (f.CueEnd > 0) s = Math.Max(s, _sentOf[Math.Min(f.CueEnd - 1, _tokens.Length - 1)]);
        return s;
    }

    private ImmutableArray<Quote> Build()
    {
        var result = ImmutableArray.CreateBuilder<Quote>(_found.Count);
        int lastEnd = -1;
        foreach (var f in _found)
        {
            if (f.ContentStart < lastEnd || f.ContentEnd <= f.ContentStart || f.ContentEnd > _text.Length) continue;
            lastEnd = f.ContentEnd;
            Speaker? speaker = null;
            if (f.SpeakerStart >= 0 && f.SpeakerEnd > f.SpeakerStart)
                speaker = MakeSpeaker(f.SpeakerStart, f.SpeakerEnd);
            int cueStart = f.CueStart >= 0 ? _tokens[f.CueStart].Start : -1;
            int cueEnd = f.CueStart >= 0 ? _tokens[f.CueEnd - 1].End : -1;
            int anchor = f.CueStart >= 0 ? f.CueStart : f.ContentFirstToken;
            int sentence = _sentOf[Math.Clamp(anchor, 0, _tokens.Length - 1)];
            var (skipStart, skipEnd) = Unspoken(f, cueStart);
            var (date, basis) = EventDating.DateAt(_doc, sentence, cueStart >= 0 ? cueStart : f.ContentStart, skipStart, skipEnd, happened: true);
            string? medium = f.MediumStart >= 0 && f.MediumEnd > f.MediumStart
                ? _text[_tokens[f.MediumStart].Start.._tokens[f.MediumEnd - 1].End]
                : null;
            result.Add(new Quote(f.ContentStart, f.ContentEnd, f.Kind, speaker)
            {
                CueStart = cueStart,
                CueEnd = cueEnd,
                Medium = medium,
                Date = date,
                DateBasis = basis,
            });
        }

        return result.DrainToImmutable();
    }

    /// <summary>
    /// The stretch of text whose dates are the speaker's words and so do not date the saying: the whole quote, or for
    /// a quote split by its attribution ("'I'm a negotiator,' he said during a debate last week. 'I'll make a deal.'")
    /// with a date between its two parts, the second part alone: the words between are the narrator's, and a date there
    /// is the nearest to the verb of saying.
    /// </summary>
    private (int Start, int End) Unspoken(Found f, int cueStart)
    {
        if (cueStart <= f.ContentStart || cueStart >= f.ContentEnd) return (f.ContentStart, f.ContentEnd);
        int close = -1, open = -1;
        for (int k = f.CueStart - 1; k >= f.ContentFirstToken; k--)
        {
            if (_tokens[k].Kind == TokenKind.Quote) { close = k; break; }
        }

        for (int k = f.CueEnd; k < f.ContentEndToken && k < _tokens.Length; k++)
        {
            if (_tokens[k].Kind == TokenKind.Quote) { open = k; break; }
        }

        if (close < 0 || open < 0) return (f.ContentStart, f.ContentEnd);
        // Only a date told with the saying itself counts: after the verb with no comma between ("he said in August",
        // "told CNN on Sunday"), not one in the speaker's apposition ("said Doyle, Clinton's 2008 campaign manager"), in
        // a clause after a comma ("referring to the Sept. 16 debate") or naming a thing ("said of Monday's episode").
        int from = _tokens[f.CueEnd - 1].End, gapEnd = _tokens[open].Start;
        var timexes = _doc.Timexes;
        for (int ti = EventDating.FirstTimexFrom(_doc, from); ti < timexes.Length; ti++)
        {
            var t = timexes[ti];
            if (t.Start >= gapEnd) break;
            if (t.Start < from) continue;
            // "said a 2008 Clinton veteran": a date in the speaker's own words describes the speaker.
            if (f.SpeakerStart >= 0 && t.Start < _tokens[f.SpeakerEnd - 1].End && t.End > _tokens[f.SpeakerStart].Start) continue;
            if (_text.AsSpan(from, t.Start - from).IndexOfAny(',', ';') >= 0) break;
            int after = t.End;
            if (after + 1 < _text.Length && _text[after] is '\'' or '’' && _text[after + 1] is 's' or 'S') break;
            return (_tokens[open].End, f.ContentEnd);
        }

        return (f.ContentStart, f.ContentEnd);
    }

    private Speaker MakeSpeaker(int s, int e)
    {
        int cs = _tokens[s].Start, ce = _tokens[e - 1].End;
        bool anonymous = IsAnonymous(s, e);
        int actor = ActorAt(cs, ce);
        string? code = null, name = null;
        if (actor >= 0)
        {
            var m = _doc.Actors[actor];
            code = m.Code;
            name = m.Name;
            if (m.Anonymous) anonymous = true;
            else if (m.Name is not null) anonymous = false;
        }

        return new Speaker(cs, ce, actor, code, name, anonymous);
    }

    // The actor mention that best covers the speaker's words (most overlap, then the later one: the head).
    private int ActorAt(int cs, int ce)
    {
        var actors = _doc.Actors;
        int lo = 0, hi = actors.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (actors[mid].Start < cs) lo = mid + 1;
            else hi = mid;
        }

        int best = -1, bestOverlap = 0;
        for (int i = Math.Max(0, lo - 8); i < actors.Length && actors[i].Start < ce; i++)
        {
            int ov = Math.Min(actors[i].End, ce) - Math.Max(actors[i].Start, cs);
            if (ov > 0 && ov >= bestOverlap)
            {
                best = i;
                bestOverlap = ov;
            }
        }

        return best;
    }

    // Unnamed sources: marked by a word ("anonymous", "unnamed"), a phrase ("familiar with", "close to"), or a
    // head such as "official" or "source" with no name after it.
    private bool IsAnonymous(int s, int e)
    {
        int head = -1;
        bool headDone = false;
        for (int k = s; k < e; k++)
        {
            if (_lex.MatchPhrase(_text, _tokens, k, Math.Min(_tokens.Length, e + 6), WordClass.AnonWord) > 0) return true;
            var cls = _cls[k];
            if ((cls & WordClass.NpPrep) != 0 || _tokens[k].Kind == TokenKind.Quote) headDone = true;
            if (!headDone && IsWord(k) && (cls & WordClass.Det) == 0 && !IsPossessive(k)) head = k;
        }

        for (int k = e; k < _tokens.Length && k < e + 3; k++)
        {
            if (_lex.MatchPhrase(_text, _tokens, k, Math.Min(_tokens.Length, k + 6), WordClass.AnonWord) > 1) return true;
        }

        if (head < 0) return false;
        if ((_cls[head] & WordClass.Subject) != 0) return false;
        return (_cls[head] & WordClass.AnonHead) != 0 && !IsCap(head);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }

        return true;
    }

    // Headlines capitalise every word ("Trump Says He Will Win"): there a capitalised cue is still a verb.
    private bool IsTitleCased(int k)
    {
        // "RED STATES OUTNUMBER BLUE STATES": a heading in capitals has no verbs to read.
        if (IsAllUpper(_text.AsSpan(_tokens[k].Start, _tokens[k].Length))) return false;

        // The words of its own sentence, nearest first, so running text ("the United States said") is told at
        // once: a headline is capitalised throughout ("United States Citizenship and Immigration Services, the
        // agency that ..." is not), minor words aside.
        int words = 0;
        for (int j = k; j >= 0 && j > k - 40; j--)
        {
            if (j < k && (EndsSentence(j) || _sentOf[j] != _sentOf[k])) break;
            if (!TitleWord(j, ref words)) return false;
        }

        // A headline without a full stop ends with its sentence, not at the next one's stop.
        for (int j = k + 1; j < _tokens.Length && j < k + 40 && _sentOf[j] == _sentOf[k]; j++)
        {
            if (!TitleWord(j, ref words)) return false;
            if (EndsSentence(j)) break;
        }

        return words >= 4;
    }

    // Whether token j fits a headline: not a lower-case word of four letters or more, unless a minor word
    // ("from", "with", "over"); capitalised words of four letters or more are counted.
    private bool TitleWord(int j, ref int words)
    {
        var t = _tokens[j];
        // "5ptsmoderatorFeatured" glued on by a live blog's page furniture opens with a digit: no word of the text.
        if (t.Kind != TokenKind.Word || t.Length < 4 || char.IsDigit(_text[t.Start])) return true;
        if (char.IsUpper(_text[t.Start]))
        {
            words++;
            return true;
        }

        // The classes of later words are not read yet.
        return (_lex.ClassOf(_text, t) & (WordClass.Stop | WordClass.NpPrep | WordClass.Adjunct | WordClass.Det)) != 0;
    }

    private bool EndsSentence(int k) => _tokens[k].Kind == TokenKind.Punct && _text[_tokens[k].Start] is '.' or '!' or '?';

    // Token predicates.
    private bool IsWord(int k) => _tokens[k].Kind is TokenKind.Word or TokenKind.Number;

    private bool IsPunct(int k, char c) => _tokens[k].Kind == TokenKind.Punct && _text[_tokens[k].Start] == c;

    private bool IsComma(int k) => k >= 0 && k < _tokens.Length && IsPunct(k, ',');

    private bool IsColon(int k) => k >= 0 && k < _tokens.Length && (IsPunct(k, ':') || IsPunct(k, ';') && false);

    private bool IsDash(int k) => k >= 0 && k < _tokens.Length && _tokens[k].Kind == TokenKind.Punct
                                  && (_text[_tokens[k].Start] is '—' or '–' or '―' || _tokens[k].Length >= 2 && _text[_tokens[k].Start] == '-');

    private bool IsOpenMark(int k) => k >= 0 && k < _tokens.Length && _inQuote[k] >= 0 && _spans[_inQuote[k]].Open == k;

    private bool IsCloseMark(int k) => k >= 0 && k < _tokens.Length && _inQuote[k] >= 0 && _spans[_inQuote[k]].Close == k;

    private bool IsCap(int k) => char.IsUpper(_text[_tokens[k].Start]);

    private bool IsAllCaps(int k)
    {
        var w = _text.AsSpan(_tokens[k].Start, _tokens[k].Length);
        if (w.Length < 2 || w.Length > 6) return false;
        foreach (char c in w)
        {
            if (!char.IsUpper(c)) return false;
        }

        return true;
    }

    private bool LooksLikeVerb(int k)
    {
        var t = _tokens[k];
        if (t.Length < 3) return false;
        var w = _text.AsSpan(t.Start, t.Length);
        return w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || (w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("ss", StringComparison.OrdinalIgnoreCase));
    }

    private bool HasNewline(int from, int to) => _text.AsSpan(from, to - from).Contains('\n');

    private bool EndsWithNt(int k)
    {
        var t = _tokens[k];
        return t.Kind == TokenKind.Word && t.Length > 3 && _text[t.End - 1] is 't' or 'T'
               && _text[t.End - 2] is '\'' or '’' && _text[t.End - 3] is 'n' or 'N';
    }

    private bool EndsWithIng(int k)
    {
        var t = _tokens[k];
        return t.Kind == TokenKind.Word && t.Length > 4 && _text.AsSpan(t.End - 3, 3).Equals("ing", StringComparison.OrdinalIgnoreCase);
    }

    private bool EndsWithS(int k) => _text[_tokens[k].End - 1] is 's' or 'S';

    private bool IsPossessive(int k)
    {
        var t = _tokens[k];
        if (t.Kind == TokenKind.Quote) return PluralPossessive(k);
        if (t.Kind != TokenKind.Word || t.Length != 2) return false;
        return _text[t.Start] is '\'' or '’' && _text[t.Start + 1] is 's' or 'S';
    }

    // "Sanders’ campaign", "the senators' letter": a lone apostrophe glued to a word ending in s, with a word after it,
    // that pairs with no opening mark.
    private bool PluralPossessive(int k)
    {
        var t = _tokens[k];
        if (t.Length != 1 || _text[t.Start] is not ('\'' or '’') || _inQuote[k] >= 0) return false;
        if (k == 0 || k + 1 >= _tokens.Length) return false;
        var before = _tokens[k - 1];
        var after = _tokens[k + 1];
        // "CBS' Face the Nation": an acronym's apostrophe often opens a title, so only plain words count.
        return before.Kind == TokenKind.Word && before.End == t.Start && _text[before.End - 1] is 's'
               && after.Kind == TokenKind.Word && after.Start > t.End;
    }

    private bool EndsWithLy(int k) => _tokens[k].Length > 3 && _text[_tokens[k].End - 1] == 'y' && _text[_tokens[k].End - 2] == 'l';

    private bool IsLyAdverb(int k)
    {
        var t = _tokens[k];
        if (t.Kind != TokenKind.Word || t.Length < 5 || IsCap(k)) return false;
        if (!_text.AsSpan(t.End - 2, 2).Equals("ly", StringComparison.Ordinal)) return false;

        // "the ally said", "a family said": after a determiner it is a noun; "The Ortiz family has said" is one too.
        if (IsWordIn(k, "family", "rally", "assembly", "supply", "anomaly", "monopoly", "bully")) return false;
        return k == 0 || (_cls[k - 1] & WordClass.Det) == 0;
    }

    private bool IsWordEq(int k, string word)
    {
        if (k < 0 || k >= _tokens.Length) return false;
        var t = _tokens[k];
        return t.Length == word.Length && _text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    private bool IsWordIn(int k, string w1, string w2, string? w3 = null, string? w4 = null, string? w5 = null,
                          string? w6 = null, string? w7 = null, string? w8 = null, string? w9 = null, string? w10 = null)
    {
        return IsWordEq(k, w1) || IsWordEq(k, w2) || (w3 is not null && IsWordEq(k, w3)) || (w4 is not null && IsWordEq(k, w4))
               || (w5 is not null && IsWordEq(k, w5)) || (w6 is not null && IsWordEq(k, w6)) || (w7 is not null && IsWordEq(k, w7))
               || (w8 is not null && IsWordEq(k, w8)) || (w9 is not null && IsWordEq(k, w9)) || (w10 is not null && IsWordEq(k, w10));
    }

    private bool IsTrimmable(int k) =>
        _tokens[k].Kind == TokenKind.Punct && _text[_tokens[k].Start] is '.' or ',' or ';' or ':' or '—' or '–' or '-' or '!' or '?'
        || (_tokens[k].Kind == TokenKind.Quote && _inQuote[k] < 0);

    private bool OnlyPunctuation(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_tokens[k].Kind is TokenKind.Word or TokenKind.Number) return false;
        }

        return true;
    }

    private int CountWords(int from, int to)
    {
        int n = 0;
        for (int k = Math.Max(0, from); k < to && k < _tokens.Length; k++)
        {
            if (_tokens[k].Kind is TokenKind.Word or TokenKind.Number || IsOpenMark(k)) n++;
        }

        return n;
    }
}
