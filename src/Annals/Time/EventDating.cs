using System.Globalization;
using Annals.Documents;

namespace Annals.Time;

/// <summary>Decides when something reported at a position in the text happened, from the temporal expressions around it.</summary>
/// <remarks>
/// Shared by the quote and event stages. Looks, in order, for an anchor timex (a specific calendar date or period,
/// never a vague reference or a duration, never a year that names a thing such as "his 2014 return") in the clause
/// that holds the position (clauses end at ; : , and at conjunctions), the nearest one winning; then on the
/// sentence's main line, outside relative and "after he ..." clauses and phrases that set a background ("despite ...",
/// "a video from 1999", a speaker's apposition); an act in the present takes only a day from there, one in the past
/// perfect nothing from a later clause. Then, for a quote going on from speech the sentence before reported, or "said
/// then", the date of that speech; then, when the sentence continues in the past the story of the one before it ("The
/// decree, which ...", "At the time, ...", the same name on a recent day), that sentence's last anchor, or the scene a
/// date at its head set ("In 1964, ..."), with basis "previous"; then the scene of a next-day story: a debate night or
/// the lead's act, or the one recent day the lead dates for an act that refers back to a one-day occasion ("At AIPAC,
/// ...", "ahead of his speech"), and for a headline's act the first body sentence's day; else the article's date
/// (basis "dateline"). What happened, or was said, takes no date after the article's. An anchor that refers back
/// ("that day") has basis "anaphora", any other "timex". Never throws; reads only the document.
/// </remarks>
public static class EventDating
{
    /// <summary>The TIMEX3 value and its basis for something anchored at <paramref name="offset"/> in sentence <paramref name="sentence"/>.</summary>
    /// <param name="doc">A document with sentences and timexes.</param>
    /// <param name="sentence">Index of the sentence.</param>
    /// <param name="offset">Position of the trigger or cue in the text.</param>
    /// <returns>The value ("2022-10-03", "2022-W43") and where it came from: "timex", "previous", "anaphora" or "dateline".</returns>
    public static (string Value, string Basis) DateAt(AnalyzedDocument doc, int sentence, int offset) =>
        DateAt(doc, sentence, offset, -1, -1);

    /// <summary>
    /// As <see cref="DateAt(AnalyzedDocument, int, int)"/>, but timexes inside [<paramref name="excludeStart"/>,
    /// <paramref name="excludeEnd"/>) are not considered: a quote is dated by when it was said, not by the dates
    /// its words mention ("Top advisers said he rejected the idea in 1988" was said on the dateline, not in 1988).
    /// </summary>
    public static (string Value, string Basis) DateAt(AnalyzedDocument doc, int sentence, int offset, int excludeStart, int excludeEnd) =>
        DateAt(doc, sentence, offset, excludeStart, excludeEnd, happened: false);

    /// <summary>
    /// As <see cref="DateAt(AnalyzedDocument, int, int, int, int)"/>; when <paramref name="happened"/> is true (a
    /// statement made, an act reported as done) no date after the article's is taken: "Clinton proposed they debate
    /// on April 15, but Sanders rejected that" did not happen on April 15.
    /// </summary>
    public static (string Value, string Basis) DateAt(AnalyzedDocument doc, int sentence, int offset, int excludeStart, int excludeEnd, bool happened)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return DateAt(doc, sentence, offset, excludeStart, excludeEnd, happened, depth: 0);
    }

    /// <summary>
    /// As the public overload; a quote with no attribution of its own that opens its sentence right after another quote,
    /// and finds no date of its own, goes on with the words before it and takes their date ("'...,' Trump told CNN on
    /// Wednesday. / '...' / '...'"), through at most a few quotes.
    /// </summary>
    private static (string Value, string Basis) DateAt(AnalyzedDocument doc, int sentence, int offset, int excludeStart, int excludeEnd, bool happened, int depth)
    {
        var found = DateOwn(doc, sentence, offset, excludeStart, excludeEnd, happened);
        if (found.Basis == "dateline" && sentence <= 1 && excludeStart < 0 && depth == 0 && HeadlineAct(doc, offset, happened) is { } told) return told;
        // "'...,' she said in a statement Friday. / 'The only reason to block it is politics.'": an act told inside a
        // sentence that is a quote alone, going on from words attributed just before, is in what was said then.
        if (found.Basis == "dateline" && excludeStart < 0 && happened && depth == 0 && sentence > 0 && sentence < doc.Sentences.Length
            && QuoteAlone(doc, doc.Sentences[sentence], offset) is var alone and >= 0 && QuoteBefore(doc, sentence, alone) is { } spoken)
        {
            var said = DateAt(doc, sentence - 1, spoken.Cue, spoken.Start, spoken.End, happened, depth + 1);
            return said.Basis == "dateline" || (spoken.Start < 0 && said.Basis == "previous" && !ByPronoun(doc, sentence - 1, spoken.Cue)) ? found : (said.Value, "previous");
        }

        // "'...,' she said, adding, '...'": words a participle adds go on the saying before it, said when that was, when
        // the story before dated it (a date of its own may be its words' own: "noting that ... in 1975").
        if (found.Basis == "dateline" && depth == 0 && excludeStart >= 0) found = ParticipleGoesOn(doc, sentence, offset, happened, found);

        // "In a blog post on Friday, the company said ... / It added that ... / It said it would ...": a saying whose
        // sentence opens on its speaker goes on the saying the sentence before opened on, by the same speaker.
        if (found.Basis == "dateline" && depth < 3 && sentence > 0 && sentence < doc.Sentences.Length && (excludeStart < 0 || offset < excludeStart)
            && SayingOpens(doc, doc.Sentences[sentence]) is var cue and >= 0 && offset >= cue
            && SayingOpens(doc, doc.Sentences[sentence - 1], doc.Sentences[sentence]) is var saidBefore and >= 0)
        {
            // Only a recent day or week: a month or a year there more often dates what the speaker talked about.
            var said = DateAt(doc, sentence - 1, saidBefore, -1, -1, happened, depth + 1);
            if (said.Basis != "dateline" && Recent(said.Value)) return (said.Value, "previous");
        }

        // "The tentative deal, announced Friday, ... / ... / '...,' Perez said in a statement": a statement goes with the
        // announcement one of the two sentences before dated by a recent day.
        if (found.Basis == "dateline" && depth == 0 && sentence > 0 && sentence < doc.Sentences.Length && InAStatement(doc, offset, doc.Sentences[sentence])
            && Announced(doc, sentence, happened ? doc.Article.Date : DateOnly.MaxValue) is var announced and >= 0)
            return (doc.Timexes[announced].Value, "previous");

        if (found.Basis != "dateline" || excludeStart < 0 || offset != excludeStart || depth >= 4 || sentence <= 0 || sentence >= doc.Sentences.Length
            || WordsAfter(doc, excludeEnd, doc.Sentences[sentence].End) || QuoteBefore(doc, sentence, excludeStart) is not { } before)
            return found;
        var carried = DateAt(doc, sentence - 1, before.Cue, before.Start, before.End, happened, depth + 1);
        // A narrated saying lends only a date its own sentence gives, or one a pronoun's saying goes on with ("... on
        // Tuesday. / She added that ... / '...'"): one a newly named speaker's took from further back may be another
        // scene's ("... debate on Thursday night, both said ... / Lau said in a statement. / '...'").
        return carried.Basis == "dateline" || (before.Start < 0 && carried.Basis == "previous" && !ByPronoun(doc, sentence - 1, before.Cue)) ? found : (carried.Value, "previous");
    }

    /// <summary>
    /// The day the lead gives the news a headline line tells in the present at <paramref name="offset"/> ("Indiana
    /// governor endorses Cruz" / "... received the endorsement of Gov. Mike Pence on Friday"): the first date of the
    /// first sentence after the headline lines that has one, when it is a day up to three days before the article;
    /// null otherwise.
    /// </summary>
    private static (string Value, string Basis)? HeadlineAct(AnalyzedDocument doc, int offset, bool happened)
    {
        if (!happened || doc.Sentences.Length < 2) return null;
        int at = doc.TokenIndexAt(offset);
        if (at >= doc.Tokens.Length || doc.Tokens[at].Start != offset || doc.Tokens[at].Kind != TokenKind.Word) return null;
        // Only a verb in the headline's present ("endorses", "Slams") tells the news; "Genocide", "Deport" do not.
        var verb = Word(doc, at);
        if (verb.Length < 4 || !verb.EndsWith('s') || verb.EndsWith("ss", StringComparison.Ordinal)
            || (at > 0 && IsOneOf(Word(doc, at - 1), s_determiners))) // "The attacks in Paris": a noun
            return null;
        // The headline and a subtitle stand on lines of their own.
        if (!LineOfItsOwn(doc, 0)) return null;
        // A short dateless line after the headline is its subtitle ("Sanders praises Obama after 45-minute meeting.").
        int body = doc.Sentences.Length > 2 && LineOfItsOwn(doc, 1) && !AnchorIn(doc, doc.Sentences[1].Start, doc.Sentences[1].End, -1, -1) ? 2 : 1;
        if (doc.SentenceAt(offset) >= body) return null;
        // The first sentence of the body tells the news; a later one may tell what led to it ("On Monday, Trump refused ...").
        var lead = doc.Sentences[body];
        for (int i = FirstTimexFrom(doc, lead.Start); i < doc.Timexes.Length && doc.Timexes[i].Start < lead.End; i++)
        {
            var t = doc.Timexes[i];
            // "who needs a win in Tuesday's primary": a day ahead, or one in an aside, is no news told.
            if (!t.IsAnchor || Quoted(doc, lead.Start, t.Start) || (EarliestDay(t.Value) is { } ahead && ahead > doc.Article.Date)
                || !Usable(doc, t, doc.Article.Date) || Aside(doc, t, lead.Start))
                continue;
            // The lead's first past date is the news's, when it is a recent day.
            if (!IsDay(t.Value) || EarliestDay(t.Value) is not { } day || day.DayNumber < doc.Article.Date.DayNumber - 3) return null;
            return (t.Value, "previous");
        }

        return null;
    }

    /// <summary>Whether the verb of saying at <paramref name="offset"/> is told "in a statement" ("Perez said in a statement", "said in a joint statement").</summary>
    private static bool InAStatement(AnalyzedDocument doc, int offset, Sentence s)
    {
        int k = doc.TokenIndexAt(offset);
        if (k + 3 >= doc.Tokens.Length || doc.Tokens[k].Start != offset || !Saying(Word(doc, k)) || !Word(doc, k + 1).Equals("in", StringComparison.Ordinal)
            || !(Word(doc, k + 2) is "a" or "an")) return false;
        int n = k + 3;
        if (n + 1 < doc.Tokens.Length && Word(doc, n) is "joint" or "written") n++;
        return n < doc.Tokens.Length && doc.Tokens[n].Start < s.End && Word(doc, n).Equals("statement", StringComparison.Ordinal);
    }

    /// <summary>The recent day of an announcement ("announced Friday", "released on Tuesday") one of the two sentences before <paramref name="sentence"/> tells outside quoted words; -1 when none.</summary>
    private static int Announced(AnalyzedDocument doc, int sentence, DateOnly latest)
    {
        for (int p = sentence - 1; p >= Math.Max(0, sentence - 2); p--)
        {
            var prev = doc.Sentences[p];
            if (!AnyTimexIn(doc, prev.Start, prev.End)) continue;
            bool inQuote = false;
            for (int k = doc.TokenIndexAt(prev.Start); k < doc.Tokens.Length && doc.Tokens[k].Start < prev.End; k++)
            {
                if (doc.Tokens[k].Kind == TokenKind.Quote) inQuote = !inQuote;
                if (inQuote || doc.Tokens[k].Kind != TokenKind.Word || !IsOneOf(Word(doc, k), s_announcements)) continue;
                int day = SpeechDate(doc, prev, doc.Tokens[k].Start, latest, wider: false);
                if (day >= 0 && IsDay(doc.Timexes[day].Value) && EarliestDay(doc.Timexes[day].Value) is { } d && d.DayNumber >= doc.Article.Date.DayNumber - 3) return day;
            }
        }

        return -1;
    }

    private static readonly Words s_announcements = ["announced", "unveiled", "released"];

    /// <summary>
    /// Where the verb of saying stands when sentence <paramref name="s"/> opens on its speaker and the verb ("It added",
    /// "He also said", "The company said", "Twitter said"); with <paramref name="next"/>, only when the next sentence's
    /// speaker is the same word or a pronoun that may stand for it; -1 otherwise.
    /// </summary>
    private static int SayingOpens(AnalyzedDocument doc, Sentence s, Sentence next = default)
    {
        int k = doc.TokenIndexAt(s.Start);
        // The speaker: a pronoun, "The" and a noun, or a name of up to three words.
        int subject = k;
        if (k >= doc.Tokens.Length || doc.Tokens[k].Kind != TokenKind.Word || (doc.Tokens[k].Shape & TokenShape.Capitalized) == 0) return -1;
        if (Word(doc, k).Equals("The", StringComparison.Ordinal)) k++;
        else if (!IsOneOf(Word(doc, k), s_sayers))
        {
            while (k + 1 < doc.Tokens.Length && k < subject + 2 && doc.Tokens[k + 1].Kind == TokenKind.Word && (doc.Tokens[k + 1].Shape & TokenShape.Capitalized) != 0) k++;
            if (IsOneOf(Word(doc, subject), s_sentenceOpeners)) return -1;
        }

        int verb = k + 1;
        if (verb < doc.Tokens.Length && IsOneOf(Word(doc, verb), s_bodyFillers)) verb++;
        if (verb >= doc.Tokens.Length || doc.Tokens[verb].Start >= s.End || !IsOneOf(Word(doc, verb), s_continuedSayings)) return -1;
        if (next.End == 0) return doc.Tokens[verb].Start;
        // The next sentence's speaker: the same word, or "it", "he", "she", "they" after a body or a name.
        int n = doc.TokenIndexAt(next.Start);
        if (n >= doc.Tokens.Length) return -1;
        var speaker = Word(doc, n);
        bool same = speaker.Equals(Word(doc, subject), StringComparison.Ordinal) && (IsOneOf(speaker, s_sayers) || Word(doc, n + 1).Equals(Word(doc, subject + 1), StringComparison.Ordinal))
                    || (IsOneOf(speaker, s_sayers) && !IsOneOf(Word(doc, subject), s_sayers));
        return same ? doc.Tokens[verb].Start : -1;
    }

    // Pronouns that open a sentence as the one speaking on: "It added", "He said".
    private static readonly Words s_sayers = ["it", "he", "she", "they"];

    // Verbs by which a speaker goes on saying: "It added", "He said", "The statement noted".
    private static readonly Words s_continuedSayings = ["said", "added", "noted", "continued", "wrote", "stated", "argued", "explained"];

    /// <summary>
    /// Where the words start of the quote sentence <paramref name="s"/> is alone, when <paramref name="offset"/> stands
    /// inside them: the sentence opens on a quotation mark and its words close it; -1 otherwise.
    /// </summary>
    private static int QuoteAlone(AnalyzedDocument doc, Sentence s, int offset)
    {
        int open = doc.TokenIndexAt(s.Start);
        if (open + 1 >= doc.Tokens.Length || doc.Tokens[open].Kind != TokenKind.Quote || doc.Tokens[open].Start > s.Start + 2 || offset < doc.Tokens[open].End) return -1;
        for (int k = open + 1; k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Quote) continue;
            // The act stands before the closing mark, and no words of the story follow it.
            return offset < doc.Tokens[k].Start && !WordsAfter(doc, doc.Tokens[k].End, s.End) ? doc.Tokens[open + 1].Start : -1;
        }

        return -1;
    }

    /// <summary>Whether sentence <paramref name="i"/> ends its line: a headline's, or a short subtitle's.</summary>
    private static bool LineOfItsOwn(AnalyzedDocument doc, int i) =>
        i + 1 < doc.Sentences.Length && HeadlineWords(doc, doc.Sentences[i]) <= 16 && doc.Slice(doc.Sentences[i].End, doc.Sentences[i + 1].Start).Contains('\n');

    /// <summary>How many words sentence <paramref name="s"/> holds, up to 17: a headline is short, a lead's line is not.</summary>
    private static int HeadlineWords(AnalyzedDocument doc, Sentence s)
    {
        int n = 0;
        for (int k = doc.TokenIndexAt(s.Start); k < doc.Tokens.Length && doc.Tokens[k].Start < s.End && n <= 16; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word) n++;
        }

        return n;
    }

    /// <summary>Whether a word stands in [<paramref name="from"/>, <paramref name="end"/>): "'Sons of Trump' happily roots around" is a title in the story's own sentence, no quote alone.</summary>
    private static bool WordsAfter(AnalyzedDocument doc, int from, int end)
    {
        for (int k = doc.TokenIndexAt(from); k < doc.Tokens.Length && doc.Tokens[k].Start < end; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word && doc.Tokens[k].Start >= from) return true;
        }

        return false;
    }

    /// <summary>
    /// The quote the sentence before ends on, when the quote opening at <paramref name="contentStart"/> opens sentence
    /// <paramref name="sentence"/>: its words' span and its cue, a verb of saying outside quotation marks, or the words'
    /// start when the sentence is the quote alone; null otherwise.
    /// </summary>
    private static (int Cue, int Start, int End)? QuoteBefore(AnalyzedDocument doc, int sentence, int contentStart)
    {
        var s = doc.Sentences[sentence];
        int open = doc.TokenIndexAt(contentStart) - 1;
        if (contentStart > s.Start + 2 || open < 0 || doc.Tokens[open].Kind != TokenKind.Quote || doc.Tokens[open].Start < s.Start) return null;
        var prev = doc.Sentences[sentence - 1];
        int first = doc.TokenIndexAt(prev.Start), opened = -1, start = -1, end = -1, said = -1;
        bool inQuote = false, quoteFirst = false, storyAfter = false;
        // "... She's a flawed candidate,\" Trump said Wednesday. / \"...\"": the sentence before may open inside words
        // quoted since an earlier one, its first mark closing them.
        if (FirstMarkCloses(doc, first, prev.End))
        {
            inQuote = true;
            opened = first - 1;
        }

        for (int k = first; k < doc.Tokens.Length && doc.Tokens[k].Start < prev.End; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Quote)
            {
                if (!inQuote) opened = k;
                else if (k > opened + 1)
                {
                    start = doc.Tokens[opened + 1].Start;
                    end = doc.Tokens[k - 1].End;
                    quoteFirst |= opened == first;
                }

                inQuote = !inQuote;
            }
            else if (!inQuote && t.Kind == TokenKind.Word && said < 0 && Saying(Word(doc, k)))
            {
                said = t.Start;
            }
            else if (!inQuote && t.Kind == TokenKind.Word)
            {
                storyAfter = start >= 0;
            }
        }

        if (inQuote) return null;
        // "Clinton said at a rally Tuesday that Trump was dangerous. / '...'": quoted words with no cue of their own go on
        // the saying the sentence before narrated, when it names who spoke.
        if (start < 0) return said >= 0 && SpeakerToken(doc, said, prev, mainLine: true) >= 0 && UncuedRun(doc, open) ? (said, -1, -1) : null;
        if (said >= 0) return (said, start, end);
        // "'...' / The crowd went nuts. / '...'": words of the story's own after the quote end the run.
        return quoteFirst && !storyAfter ? (start, start, end) : null;
    }

    /// <summary>The date of the saying the participle at <paramref name="offset"/> goes on, when the story before dated it; <paramref name="found"/> otherwise.</summary>
    private static (string Value, string Basis) ParticipleGoesOn(AnalyzedDocument doc, int sentence, int offset, bool happened, (string Value, string Basis) found)
    {
        if (sentence < 0 || sentence >= doc.Sentences.Length) return found;
        var (said, start, end) = SayingBeforeParticiple(doc, doc.Sentences[sentence], offset);
        if (said < 0) return found;
        var first = DateAt(doc, sentence, said, start, end, happened, 1);
        return first.Basis == "previous" ? first : found;
    }

    /// <summary>
    /// Where the saying stands that the participle at <paramref name="offset"/> goes on ("'...,' she said, adding, ..."),
    /// with the span of the quoted words that open sentence <paramref name="s"/> before it; -1 for the saying when the
    /// participle follows no such saying.
    /// </summary>
    private static (int Said, int Start, int End) SayingBeforeParticiple(AnalyzedDocument doc, Sentence s, int offset)
    {
        // Most cues are no participle: the text at the cue tells so before any token is looked up.
        if (offset < 0 || offset >= doc.Text.Length) return (-1, -1, -1);
        var at = doc.Text.AsSpan(offset);
        if (!at.StartsWith("adding", StringComparison.Ordinal) && !at.StartsWith("saying", StringComparison.Ordinal) && !at.StartsWith("noting", StringComparison.Ordinal)
            && !at.StartsWith("continuing", StringComparison.Ordinal))
            return (-1, -1, -1);
        int k = doc.TokenIndexAt(offset);
        if (k < 2 || k >= doc.Tokens.Length || doc.Tokens[k].Start != offset || !IsOneOf(Word(doc, k), s_addingParticiples) || Word(doc, k - 1) is not ",")
            return (-1, -1, -1);
        int said = -1, close = -1;
        for (int j = k - 2; j >= 0 && j > k - 9 && doc.Tokens[j].Start >= s.Start; j--)
        {
            if (doc.Tokens[j].Kind == TokenKind.Quote) { close = j; break; }
            if (said < 0 && doc.Tokens[j].Kind == TokenKind.Word && Saying(Word(doc, j))) said = j;
        }

        if (said < 0 || close < 0) return (-1, -1, -1);
        int open = doc.TokenIndexAt(s.Start);
        if (open >= close - 1 || doc.Tokens[open].Kind != TokenKind.Quote || doc.Tokens[open].Start > s.Start + 2) return (-1, -1, -1);
        for (int j = open + 1; j < close; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Quote) return (-1, -1, -1);
        }

        return (doc.Tokens[said].Start, doc.Tokens[open + 1].Start, doc.Tokens[close - 1].End);
    }

    private static readonly Words s_addingParticiples = ["adding", "saying", "noting", "continuing"];

    /// <summary>
    /// Whether the first quotation mark from token <paramref name="first"/> (before <paramref name="end"/>) closes quoted
    /// words rather than opening them: a closing curly mark, or a straight one right after a comma or a stop with words of
    /// the story before it ("candidate,\" Trump said").
    /// </summary>
    private static bool FirstMarkCloses(AnalyzedDocument doc, int first, int end)
    {
        for (int k = first; k < doc.Tokens.Length && doc.Tokens[k].Start < end; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Quote) continue;
            if (k == first) return false;
            char c = doc.Text[t.Start];
            if (c is '\u201d') return true;
            if (c is '\u201c') return false;
            var before = doc.Tokens[k - 1];
            return before.End == t.Start && Word(doc, k - 1) is "," or "." or "?" or "!";
        }

        return false;
    }

    /// <summary>Whether the saying at <paramref name="cue"/> in sentence <paramref name="sentence"/> has a subject pronoun for its speaker ("She added that ...").</summary>
    private static bool ByPronoun(AnalyzedDocument doc, int sentence, int cue) =>
        SpeakerToken(doc, cue, doc.Sentences[sentence], mainLine: true) is var who and >= 0 && IsOneOf(Word(doc, who), s_subjectPronouns);

    /// <summary>Whether the quoted words opened at token <paramref name="open"/> close with no words of the story after them in the sentence they close in ("'...,' Trump said Sunday" has a cue of its own).</summary>
    private static bool UncuedRun(AnalyzedDocument doc, int open)
    {
        // A mark left open would have the scan run to the article's end for every such quote: a few sentences' worth of words is enough.
        for (int k = open + 1; k < doc.Tokens.Length && k < open + 300; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Quote) continue;
            int at = doc.SentenceAt(doc.Tokens[k].Start);
            return at >= 0 && !WordsAfter(doc, doc.Tokens[k].End, doc.Sentences[at].End);
        }

        return false;
    }

    // The date the item's own sentence and the story just before give, with no run of quotes followed.
    private static (string Value, string Basis) DateOwn(AnalyzedDocument doc, int sentence, int offset, int excludeStart, int excludeEnd, bool happened)
    {
        var dateline = (DatelineText(doc.Article.Date), "dateline");
        if (sentence < 0 || sentence >= doc.Sentences.Length || doc.Timexes.IsEmpty) return dateline;
        var s = doc.Sentences[sentence];
        // Every date below comes from this sentence, the one before it, or the one before a quote that began earlier:
        // with no timex there, the clause scans can be spared.
        int lookFrom = doc.Sentences[Math.Max(0, sentence - 1)].Start;
        if (excludeStart >= 0 && doc.SentenceAt(excludeStart) is > 0 and var quoteOpened) lookFrom = Math.Min(lookFrom, doc.Sentences[quoteOpened - 1].Start);
        // A debate night the lead set, or a past scene two sentences back ("In 1991, ... / ... / He sued"), is the one date from further back.
        if (FirstTimexFrom(doc, lookFrom) is var firstNear && (firstNear >= doc.Timexes.Length || doc.Timexes[firstNear].Start >= s.End)
            && !(happened && sentence > 0 && (DebateNight(doc, sentence) >= 0 || LeadAct(doc, sentence, default) >= 0 || LeadDay(doc, sentence) >= 0))
            && !(excludeStart < 0 && sentence >= 2 && PronounOpens(doc, s) && AnyTimexIn(doc, doc.Sentences[sentence - 2].Start, doc.Sentences[sentence - 2].End)))
        {
            // "he said at the debate", with "Thursday's debate" told elsewhere: an event the article dates. A sentence
            // with none of the words that lead to one (most) is spared the clause scans.
            if (!HasEventLead(doc, s)) return dateline;
            var (from, to) = ClauseAround(doc, s, Math.Clamp(offset, s.Start, Math.Max(s.Start, s.End - 1)));
            var bound = happened ? doc.Article.Date : DateOnly.MaxValue;
            return EventAnchored(doc, s, from, to, offset, excludeStart, excludeEnd, bound) ?? OpeningAnchored(doc, s, from, offset, excludeStart, excludeEnd, bound) ?? dateline;
        }
        offset = Math.Clamp(offset, s.Start, Math.Max(s.Start, s.End - 1));
        var latest = happened ? doc.Article.Date : DateOnly.MaxValue;

        var (clauseStart, clauseEnd) = ClauseAround(doc, s, offset);
        // "Clinton said Tuesday that she blamed the video in 2012": what the complement reports takes a date of its
        // own first; one told in the past perfect ("that he had met them") came before the saying and takes none of
        // its dates. The saying itself takes none of the complement's.
        int complement = excludeStart < 0 ? ComplementStart(doc, clauseStart, clauseEnd) : -1;
        bool before = false;
        if (complement >= 0 && offset >= complement)
        {
            int own = Nearest(doc, complement, clauseEnd, offset, -1, -1, latest, s.Start, -1);
            if (own >= 0) return Found(doc, own);
            before = PastPerfect(doc, offset, complement);
        }
        else if (complement >= 0)
        {
            excludeStart = complement;
            excludeEnd = clauseEnd;
        }

        // "four days before Justice Scalia died", "during Tuesday's primary": an event the article dates anchors the act's
        // own clause, ahead of any date the clause holds (that date may be the event's, not the act's).
        if (!before && EventAnchored(doc, s, clauseStart, clauseEnd, offset, excludeStart, excludeEnd, latest) is { } anchored) return anchored;
        int inClause = before ? -1 : Nearest(doc, clauseStart, clauseEnd, offset, excludeStart, excludeEnd, latest, s.Start, -1);
        if (inClause >= 0) return Found(doc, inClause);
        if (!before && OpeningAnchored(doc, s, clauseStart, offset, excludeStart, excludeEnd, latest) is { } openingDate) return openingDate;
        // "women who complained about his behavior in the 1990s": a past decade in the act's own clause is the act's time.
        if (!before && DecadeIn(doc, clauseStart, clauseEnd, offset, excludeStart, excludeEnd) is var decade and >= 0) return Found(doc, decade);
        // "... mounted by her husband in 1992. / Bill Clinton's stock answer then - '...'": a quote led in by "then" was
        // said at the time the sentence before dated.
        if (excludeStart >= 0 && offset == excludeStart && sentence > 0 && ThenBefore(doc, excludeStart, s.Start) && !AnyTimexIn(doc, s.Start, s.End)
            && LastAnchor(doc, doc.Sentences[sentence - 1].Start, doc.Sentences[sentence - 1].End, latest, things: true) is var thenDate and >= 0)
            return (doc.Timexes[thenDate].Value, "previous");
        // "Adopted in 1981, he says ...", "Kasich's parents died in 1987, and he says ...": an act told in the present is
        // the article's now; a year, month or week outside its own clause is the background's, and it goes on from no
        // story before. A day stays near enough to now to date it ("Earlier Tuesday, his manager says ...").
        bool present = !before && !(complement >= 0 && offset >= complement) && Present(doc, offset, clauseStart) && !Quoted(doc, s.Start, offset);
        // Outside its own clause only a date of the sentence's main line counts, not one inside a clause of its own
        // ("DFA, which was founded after his 2004 campaign and which has endorsed ..."). A quote with no cue is placed
        // at its own words, so the clause that says it is unknown. An act in the perfect ("and has supported Cruz")
        // takes no date from another clause, as English gives the perfect no past date of its own; only a participle
        // clause after it may date it ("has hailed the vote, telling reporters on Friday ...").
        // A sentence with no date of its own has none to give, so the bounds need no reading.
        int inSentence = -1;
        if (!before && AnyTimexIn(doc, s.Start, s.End))
        {
            bool placed = offset < excludeStart || offset >= excludeEnd;
            int from = Perfect(doc, offset, clauseStart) ? ParticipleAfter(doc, offset, s.End) : s.Start;
            // "had pledged to back the nominee, but sounded equivocal this week": an act in the past perfect came before
            // what the clauses after it tell, so only a date set before it ("By Friday, the troops had left") may date it.
            int to = complement < 0 && PastPerfect(doc, offset, clauseStart) ? NextComma(doc, offset, s.End) : s.End;
            inSentence = Nearest(doc, from, to, offset, excludeStart, excludeEnd, latest, s.Start, placed ? clauseStart : -1);
        }

        if (inSentence >= 0) return present && !IsDay(doc.Timexes[inSentence].Value) ? dateline : Found(doc, inSentence);
        if (present) return dateline;
        if (before && Nearest(doc, s.Start, s.End, offset, -1, -1, latest, s.Start, -1) >= 0) return dateline;

        // "Soon after, the evidence indicates, ...": words told in the present are the article's now, whatever the story
        // before dated.
        if (excludeStart >= 0 && PresentCue(doc, offset, s.End)) return dateline;

        // "Smith attended the rally on Tuesday. / Smith said in a phone interview that ...": a saying in an interview the
        // sentence brings in, with no date of its own, was said to the reporter, not in the scene the story told.
        if (SaysInInterview(doc, offset)) return dateline;

        // Every date below but the "said then" one comes from the sentence before: with none there, its story need not be read.
        bool earlier = sentence > 0 && AnyTimexIn(doc, doc.Sentences[sentence - 1].Start, doc.Sentences[sentence - 1].End);

        // A quote that goes on from speech the sentence before reported takes the date of that speech.
        if (earlier && SameSpeakerGoesOn(doc, sentence, excludeStart, excludeEnd, latest) is var said and >= 0
            && SpeechDate(doc, doc.Sentences[sentence - 1], said, latest, wider: true) is var speech and >= 0)
            return (doc.Timexes[speech].Value, "previous");

        // "'...,' two experts wrote in September. / '...'": a quote with no attribution of its own that opens the sentence
        // after an attributed quote goes on with the same words, said when they were.
        if (earlier && excludeStart >= 0 && offset == excludeStart && QuoteRunsOn(doc, sentence, excludeStart) is var wrote and >= 0
            && SpeechDate(doc, doc.Sentences[sentence - 1], wrote, latest, wider: false) is var writing and >= 0)
            return (doc.Timexes[writing].Value, "previous");

        // "... lifted in 2013 in a Supreme Court ruling ... / The court said ...", "... confirmed it via Facebook on Friday. /
        // The statement added ...": a court, or a statement, speaks through the dated ruling or saying just told.
        if (earlier && BodyGoesOn(doc, sentence, offset, latest) is var ruling and >= 0
            && SpeechDate(doc, doc.Sentences[sentence - 1], ruling, latest, wider: false) is var ruled and >= 0)
            return (doc.Timexes[ruled].Value, "previous");

        // "'... she goes to sleep,' he said then": the speech was at the date the sentence before the quote gave.
        if (excludeStart >= 0 && SaidThen(doc, offset, s.End) && doc.SentenceAt(excludeStart) is var opened and > 0)
        {
            var told = doc.Sentences[opened - 1];
            int then = LastAnchor(doc, told.Start, told.End, latest, things: true);
            if (then >= 0) return (doc.Timexes[then].Value, "previous");
        }

        // "In a September debate, ... / '...,' he said": a quote right after a sentence that opens on a dated speech
        // occasion was said there, when told in the past and in the same paragraph.
        if (earlier && excludeStart >= 0 && PastCue(doc, offset, excludeStart, s.End) && NamedSpeaker(doc, offset, s) && !doc.Slice(doc.Sentences[sentence - 1].End, s.Start).Contains('\n')
            && Occasion(doc, doc.Sentences[sentence - 1], latest) is var occasion and >= 0)
            return (doc.Timexes[occasion].Value, "previous");

        if (earlier && !HasVagueReference(doc, s))
        {
            var prev = doc.Sentences[sentence - 1];
            if (ContinuesStory(doc, sentence, offset, excludeStart, excludeEnd, out bool atTheTime, out bool sameActor)
                && !(excludeStart < 0 && !atTheTime && NewcomersBackground(doc, prev, offset)))
            {
                // "Sanders opposed the 2007 bill. At the time, ...": the time is that of the thing the sentence before named.
                int last = LastAnchor(doc, prev.Start, prev.End, latest, atTheTime);
                // "'...,' said Branstad, who hired him in 1986 and 1990. / He added, '...'": words that go on from the speech
                // the sentence before told were said when it was, not at a date of a clause about its speaker.
                if (last >= 0 && excludeStart >= 0 && !atTheTime && SpeechIn(doc, prev) is var speechBefore and >= 0
                    && InRelativeClause(doc, doc.Timexes[last], prev.Start, ClauseAround(doc, prev, speechBefore).Start, speechBefore))
                    last = SpeechDate(doc, prev, speechBefore, latest, wider: true);
                if (last >= 0 && !(sameActor && !Recent(doc.Timexes[last].Value))) return (doc.Timexes[last].Value, "previous");
            }

            // "Sanders seemed to be of two minds Tuesday night when he delivered a speech. / He vowed to ...", "The president
            // left it to others on Wednesday. / In his speech, Mr. Obama argued ...": a paragraph that opens on the same
            // person's next act, or on "his speech", goes on with the recent day of the one before.
            if (!UnquotedTimexIn(doc, s) && SceneGoesOn(doc, sentence, offset, excludeStart, excludeEnd, latest) is var goesOn and >= 0)
                return (doc.Timexes[goesOn].Value, "previous");

            // "... articulated in a 2007 address Graham gave to La Raza. In his remarks, Graham argued ...": the occasion
            // the sentence opens on is the one the sentence before dated.
            if (!UnquotedTimexIn(doc, s) && OccasionDatedBefore(doc, sentence, offset, excludeStart, excludeEnd, latest) is var occasionBefore and >= 0)
                return (doc.Timexes[occasionBefore].Value, "previous");

            // "ProPublica obtained a video of the speech ... on Dec. 5, 2007. / According to ProPublica, Clinton praised
            // ...": the source the sentence before dated goes on telling the scene it found, however long ago.
            if (excludeStart < 0 && !UnquotedTimexIn(doc, s) && SourceGoesOn(doc, sentence, offset, latest) is var told and >= 0)
                return (doc.Timexes[told].Value, "previous");

            // "In December, the prince called for him to quit. / Trump responded to that tweet ...": a past story goes on
            // in the scene a date at the head of the sentence before set. A quote, or an act inside quoted words, is the
            // speaker's now rather than the story's.
            if (excludeStart < 0 && !Quoted(doc, s.Start, offset) && ToldInThePast(doc, offset, s.Start) && Scene(doc, prev, latest) is var scene and >= 0
                && Narrative(doc, sentence, offset, excludeStart, excludeEnd))
                return (doc.Timexes[scene].Value, "previous");

            // "... reminiscent of one from January 2013, when Clinton first testified .... / Clinton, exasperated, famously
            // responded: '...'": the one a past "when" clause brought on goes on acting in its scene, in the same paragraph.
            if (!UnquotedTimexIn(doc, s, excludeStart, excludeEnd) && !doc.Slice(prev.End, s.Start).Contains('\n')
                && (excludeStart >= 0 ? PastCue(doc, offset, excludeStart, s.End) : !Quoted(doc, s.Start, offset) && ToldInThePast(doc, offset, s.Start))
                && WhenScene(doc, prev, s, latest) is var when and >= 0)
                return (doc.Timexes[when].Value, "previous");
        }

        // "In 1991, the Taj corporation filed for bankruptcy. / The analyst decided to fight back. / He sued Trump ...": a
        // past scene set at the head of the sentence two before, a week or more back, goes on through an undated past
        // sentence to one the same person ("He", "She") goes on acting in, the last two in one paragraph.
        if (!earlier && sentence >= 2 && excludeStart < 0 && !Quoted(doc, s.Start, offset) && PronounOpens(doc, s) && !HasVagueReference(doc, s)
            && !UnquotedTimexIn(doc, s) && ToldInThePast(doc, offset, s.Start) && Narrative(doc, sentence, offset, excludeStart, excludeEnd)
            && StoryBridge(doc, sentence - 1) && Scene(doc, doc.Sentences[sentence - 2], latest) is var far and >= 0
            && EarliestDay(doc.Timexes[far].Value) is { } farDay && farDay.DayNumber <= doc.Article.Date.DayNumber - 7)
            return (doc.Timexes[far].Value, "previous");

        // "Thursday night's debate" in the article's lead sets the scene of the past acts told after it with no date of
        // their own: a debate-night story is that night's.
        // Only the one named or a pronoun acting on the main line is in the scene ("after Obama called ...", "for
        // opposing ..." tell a background), and only where no other date or medium ("in an interview") stands near.
        // "Christie said, adding that ...": the participle's speaker and tense are the verb's before it. A date or a
        // medium inside the quoted words ("'Jeb wants to be a tough guy tonight'") is the speaker's talk, no other scene.
        int cue = excludeStart >= 0 ? SayingBefore(doc, offset, s) : offset;
        // A cue stands outside its quote's words, even where the sentence opens inside a quote begun before it.
        if (latest != DateOnly.MaxValue && sentence > 0 && !UnquotedTimexIn(doc, s, excludeStart, excludeEnd, act: excludeStart < 0 ? offset : -1)
            && ((excludeStart >= 0 && (offset < excludeStart || offset >= excludeEnd)) || !Quoted(doc, s.Start, offset))
            && (SpeakerToken(doc, cue, s, mainLine: true) is var named and >= 0 ? named : excludeStart < 0 ? CoordinatedSubject(doc, s, offset) : -1) is var who and >= 0
            && (excludeStart >= 0 ? PastCue(doc, cue, excludeStart, s.End) : ToldInThePast(doc, offset, s.Start) && Narrative(doc, sentence, offset, excludeStart, excludeEnd))
            && SceneNight(doc, sentence, who, out bool atOccasion) is var night and >= 0 && OnlyDated(doc, doc.Sentences[sentence - 1], doc.Timexes[night].Value)
            && (atOccasion || !OtherMedium(doc, s)) && !OffScene(doc, sentence, who, doc.Timexes[night]))
            return (doc.Timexes[night].Value, "previous");

        return dateline;
    }

    /// <summary>
    /// The date of an act its clause [<paramref name="from"/>, <paramref name="to"/>) anchors by an event the article
    /// dates: the event's day for "during" and "at" ("during Tuesday's primary", "at the debate" with "Thursday's debate"
    /// told elsewhere), that day moved by N for "N days before" and "the day after" ("two days after the June 12
    /// shooting", "four days before Scalia died" with "Scalia died on Feb. 13"); null when there is none.
    /// </summary>
    /// <remarks>
    /// A bare "before" or "after" gives no day, and an event told with two dates in the article is no anchor. Only events
    /// of one day count for "during" ("during the convention" spans a week).
    /// </remarks>
    private static (string Value, string Basis)? EventAnchored(AnalyzedDocument doc, Sentence s, int from, int to, int offset, int excludeStart, int excludeEnd, DateOnly latest)
    {
        int first = doc.TokenIndexAt(from), at = doc.TokenIndexAt(offset);
        for (int k = first; k < doc.Tokens.Length && doc.Tokens[k].Start < to; k++)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind != TokenKind.Word || (tok.Start >= excludeStart && tok.Start < excludeEnd)) continue;
            var w = Word(doc, k);
            int sign = w.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : w.Equals("after", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            // "in" is left out: "barring them from voting in the primary" names the event inside another phrase.
            if (sign == 0 && !w.Equals("during", StringComparison.OrdinalIgnoreCase) && !w.Equals("at", StringComparison.OrdinalIgnoreCase)) continue;
            int days = sign == 0 ? 0 : DaysAhead(doc, k, first);
            // "after the shooting": some time after, no day.
            if (days <= 0 && sign != 0) continue;
            // "the group, which formed after the shooting, endorsed ...": the phrase dates another clause.
            if (ClauseBetween(doc, Math.Min(k, at), Math.Max(k, at))) continue;
            if (EventDay(doc, k + 1, to, oneDay: sign == 0, out bool own) is not { } day) continue;
            // "in October, when he told Clinton at the debate": a date of the sentence's own outranks one told elsewhere.
            if (!own && AnchorIn(doc, s.Start, s.End, excludeStart, excludeEnd)) return null;
            var date = day.AddDays(sign * days);
            if (date > latest) return null;
            return (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), own ? "timex" : "anaphora");
        }

        return null;
    }

    /// <summary>
    /// The date of an act in the clause from <paramref name="clauseStart"/> that a phrase opening the sentence, set apart
    /// by one comma, anchors by an event the article dates ("Two days after the attack, Hale resigned" with "the June 12
    /// attack" told elsewhere); null when there is none.
    /// </summary>
    private static (string Value, string Basis)? OpeningAnchored(AnalyzedDocument doc, Sentence s, int clauseStart, int offset, int excludeStart, int excludeEnd, DateOnly latest)
    {
        // The clause must follow a comma right before it (the boundary's end): most do not, and need no lookup.
        if (clauseStart <= s.Start || clauseStart > doc.Text.Length || doc.Text[clauseStart - 1] != ',' || !char.IsLetterOrDigit(doc.Text[s.Start])) return null;
        int first = doc.TokenIndexAt(s.Start), comma = doc.TokenIndexAt(clauseStart) - 1;
        // An opening phrase is short and opens on a word ("Two days after the attack in Orlando on June 12,"); most
        // clauses after a comma follow quoted words or a clause of their own, not read here.
        if (comma <= first || comma > first + 12 || comma >= doc.Tokens.Length || doc.Tokens[first].Kind != TokenKind.Word || Word(doc, comma) is not ","
            || doc.Tokens[comma].Start < s.Start)
            return null;
        for (int k = first; k < comma; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Punct && Word(doc, k) is "," or ";" or ":") return null;
        }

        return EventAnchored(doc, s, s.Start, doc.Tokens[comma].Start, offset, excludeStart, excludeEnd, latest);
    }

    /// <summary>
    /// A decade before the article's that clause [<paramref name="from"/>, <paramref name="to"/>) places its act in
    /// ("in the 1990s", "during the 1980s"), outside quoted words and [<paramref name="excludeStart"/>,
    /// <paramref name="excludeEnd"/>), for the act at <paramref name="offset"/>; -1 when none. "Since the 1990s" starts a
    /// stretch the act need not fall in.
    /// </summary>
    private static int DecadeIn(AnalyzedDocument doc, int from, int to, int offset, int excludeStart, int excludeEnd)
    {
        for (int i = FirstTimexFrom(doc, from); i < doc.Timexes.Length && doc.Timexes[i].Start < to; i++)
        {
            var t = doc.Timexes[i];
            var v = t.Value;
            if (t.Type != TimexType.Date || v.Length != 4 || v[3] != 'X' || !char.IsAsciiDigit(v[0]) || !char.IsAsciiDigit(v[1]) || !char.IsAsciiDigit(v[2])) continue;
            if ((t.Start >= excludeStart && t.Start < excludeEnd) || Quoted(doc, from, t.Start) || t.End > to) continue;
            // The decade is over: "in the 2020s" written in 2022 is not yet.
            if ((v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + 9 >= doc.Article.Date.Year) continue;
            int k = doc.TokenIndexAt(t.Start) - 1;
            if (k >= 0 && IsOneOf(Word(doc, k), s_spans) && !NestedActBetween(doc, offset, k)) return i;
        }

        return -1;
    }

    /// <summary>
    /// Whether, between the act at <paramref name="offset"/> and the decade's preposition at token <paramref name="k"/>
    /// after it, another act may stand that the decade dates instead: a gerund or "for", "of", "by" ("criticizing him
    /// for repeated votes ... in the 1990s", "accused her of using the term in the 1990s"), or more than six words.
    /// </summary>
    private static bool NestedActBetween(AnalyzedDocument doc, int offset, int k)
    {
        int at = doc.TokenIndexAt(offset);
        if (at >= k) return false;
        if (k - at - 1 > 6) return true;
        for (int j = at + 1; j < k; j++)
        {
            var w = Word(doc, j);
            if (IsOneOf(w, s_nestingWords) || (w.Length > 4 && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase))) return true;
        }

        return false;
    }

    private static readonly Words s_nestingWords = ["for", "of", "by", "after", "before", "since", "to"];

    /// <summary>Whether an anchor timex stands in [<paramref name="from"/>, <paramref name="to"/>) outside [<paramref name="excludeStart"/>, <paramref name="excludeEnd"/>).</summary>
    private static bool AnchorIn(AnalyzedDocument doc, int from, int to, int excludeStart, int excludeEnd)
    {
        for (int i = FirstTimexFrom(doc, from); i < doc.Timexes.Length && doc.Timexes[i].Start < to; i++)
        {
            if (doc.Timexes[i].IsAnchor && !(doc.Timexes[i].Start >= excludeStart && doc.Timexes[i].Start < excludeEnd)) return true;
        }

        return false;
    }

    /// <summary>How many days the words before "before" or "after" at token <paramref name="k"/> count ("the day", "a day", "four days", "the night", "a week", "two weeks"); 0 when none.</summary>
    private static int DaysAhead(AnalyzedDocument doc, int k, int first)
    {
        if (k - 2 < first) return 0;
        var unit = Word(doc, k - 1);
        var count = Word(doc, k - 2);
        if (unit.Equals("day", StringComparison.OrdinalIgnoreCase) || unit.Equals("night", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("morning", StringComparison.OrdinalIgnoreCase) || unit.Equals("evening", StringComparison.OrdinalIgnoreCase))
            return count.Equals("the", StringComparison.OrdinalIgnoreCase) || count.Equals("a", StringComparison.OrdinalIgnoreCase)
                   || count.Equals("one", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        // "a week after the election" is seven days on; "the week after" spans the week, no one day.
        if (unit.Equals("week", StringComparison.OrdinalIgnoreCase))
            return count.Equals("a", StringComparison.OrdinalIgnoreCase) || count.Equals("one", StringComparison.OrdinalIgnoreCase) ? 7 : 0;
        int perUnit = unit.Equals("days", StringComparison.OrdinalIgnoreCase) ? 1 : unit.Equals("weeks", StringComparison.OrdinalIgnoreCase) ? 7 : 0;
        if (perUnit == 0) return 0;
        if (doc.Tokens[k - 2].Kind == TokenKind.Number)
            return int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is > 1 and < 32 && n * perUnit < 32 ? n * perUnit : 0;
        for (int i = 0; i < s_dayCounts.Length; i++)
        {
            // Up to four weeks: further on, "six weeks after" is a rounded span more than a count.
            if (count.Equals(s_dayCounts[i], StringComparison.OrdinalIgnoreCase)) return perUnit == 1 || i + 2 <= 4 ? (i + 2) * perUnit : 0;
        }

        return 0;
    }

    private static readonly string[] s_dayCounts = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>
    /// The day of the event named from token <paramref name="k"/> on ("the June 12 shooting", "Tuesday's primary",
    /// "Justice Scalia died"): a day inside or right after the phrase (<paramref name="own"/> true), else the one day the
    /// article gives that event elsewhere; null when none or more than one.
    /// </summary>
    private static DateOnly? EventDay(AnalyzedDocument doc, int k, int to, bool oneDay, out bool own)
    {
        own = false;
        int head = -1;
        for (int j = k; j < k + 6 && j < doc.Tokens.Length && doc.Tokens[j].Start < to; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Punct && Word(doc, j) is not ".") break;
            if (t.Kind != TokenKind.Word) continue;
            var w = Word(doc, j);
            if (IsOneOf(w, oneDay ? s_dayEvents : s_events) || (!oneDay && IsOneOf(w, s_deaths) && j > k)) { head = j; break; }
            // A lower-case word that is no determiner or modifier ends the phrase ("before voting began").
            if ((t.Shape & TokenShape.Capitalized) == 0 && !IsOneOf(w, s_eventModifiers) && !w.StartsWith('\'') && !w.StartsWith('’')) break;
        }

        if (head < 0) return null;
        if (IsOneOf(Word(doc, head), s_deaths))
        {
            // "four days before Justice Scalia died": the name just before; its death dated elsewhere.
            if ((doc.Tokens[head - 1].Shape & TokenShape.Capitalized) == 0) return null;
            return DeathDay(doc, Word(doc, head - 1), head);
        }

        // A day inside the phrase or right after its noun ("the primary on Tuesday").
        if (DayAround(doc, k, head) is { } inside)
        {
            own = true;
            return inside;
        }

        var modifier = head > k && (doc.Tokens[head - 1].Shape & TokenShape.Capitalized) != 0 ? Word(doc, head - 1) : default;
        return OneEventDay(doc, head, modifier);
    }

    /// <summary>The day of an anchor timex within tokens [<paramref name="k"/>, <paramref name="head"/>] or starting just after the head ("primary on Tuesday", "shooting Sunday"); null when none.</summary>
    private static DateOnly? DayAround(AnalyzedDocument doc, int k, int head)
    {
        int end = doc.Tokens[head].End;
        int after = head + 1;
        // "the attack in Orlando on June 12", "the primary in New Hampshire Tuesday": a place of a name or two may stand between.
        if (after + 1 < doc.Tokens.Length && (Word(doc, after) is "in" or "at") && IsPlaceWord(doc, after + 1))
        {
            int j = after + 1;
            while (j < doc.Tokens.Length && j < after + 4 && IsPlaceWord(doc, j)) j++;
            after = j;
        }

        if (after < doc.Tokens.Length && Word(doc, after).Equals("on", StringComparison.OrdinalIgnoreCase)) after++;
        int i = FirstTimexFrom(doc, doc.Tokens[k].Start);
        if (i >= doc.Timexes.Length) return null;
        var t = doc.Timexes[i];
        // "the day after Tuesday" is one timex that has counted the day already.
        if (t.Start < doc.Tokens[k].Start) return null;
        bool within = t.Start < end;
        bool right = after < doc.Tokens.Length && t.Start == doc.Tokens[after].Start;
        if (!(within || right) || !t.IsAnchor || !IsDay(t.Value)) return null;
        return EarliestDay(t.Value);
    }

    /// <summary>Whether "in" or "at" and a place other than <paramref name="place"/> follow the event noun at <paramref name="head"/> ("attack in Paris").</summary>
    private static bool OtherPlaceAfter(AnalyzedDocument doc, int head, ReadOnlySpan<char> place) =>
        head + 2 < doc.Tokens.Length && (Word(doc, head + 1) is "in" or "at") && IsPlaceWord(doc, head + 2)
        && !Word(doc, head + 2).Equals(place, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="k"/> is a capitalized word of a place's name, no date's start ("Orlando", not "June").</summary>
    private static bool IsPlaceWord(AnalyzedDocument doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && (doc.Tokens[k].Shape & TokenShape.Capitalized) != 0 && !AnyTimexIn(doc, doc.Tokens[k].Start, doc.Tokens[k].End);

    /// <summary>The one day the article gives the event named by the noun at <paramref name="head"/> at its other mentions ("Tuesday's primary", "the March 22 primary", "the shooting on June 12"); null when none or several.</summary>
    private static DateOnly? OneEventDay(AnalyzedDocument doc, int head, ReadOnlySpan<char> modifier)
    {
        if (doc.Timexes.IsDefaultOrEmpty) return null;
        DateOnly? found = null;
        if (doc.Tokens.Length < IndexFrom)
        {
            var noun = Word(doc, head);
            for (int h = 0; h < doc.Tokens.Length; h++)
            {
                if (h == head || doc.Tokens[h].Kind != TokenKind.Word || !Word(doc, h).Equals(noun, StringComparison.OrdinalIgnoreCase)) continue;
                if (!SameEvent(doc, h, modifier) || MentionDay(doc, h) is not { } day) continue;
                if (found is { } f && f != day) return null;
                found = day;
            }

            return found;
        }

        if (!EventMentions(doc).Dated.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(doc, head), out var dated)) return null;
        foreach (var (h, d) in dated)
        {
            if (h == head) continue;
            if (!SameEvent(doc, h, modifier)) continue;
            if (found is { } f && f != d) return null;
            found = d;
        }

        return found;
    }

    /// <summary>
    /// Whether the mention of the event noun at token <paramref name="h"/> names the same event as one told with the
    /// capitalized <paramref name="modifier"/> ("the Iowa caucus", not "the Nevada caucus"): the same word before it, or a
    /// date where it would stand ("the Orlando attack" / "the June 12 attack"), unless another place follows ("the June 12
    /// attack in Paris"). Any mention does when there is no modifier.
    /// </summary>
    private static bool SameEvent(AnalyzedDocument doc, int h, ReadOnlySpan<char> modifier) =>
        modifier.IsEmpty || (h > 0 && (Word(doc, h - 1).Equals(modifier, StringComparison.OrdinalIgnoreCase)
                                       || (AnyTimexIn(doc, doc.Tokens[h - 1].Start, doc.Tokens[h - 1].End) && !OtherPlaceAfter(doc, h, modifier))));

    /// <summary>The day given the event noun at token <paramref name="h"/> where it is mentioned: a date ending just before it (a possessive or names between) or right after it; null when none.</summary>
    private static DateOnly? MentionDay(AnalyzedDocument doc, int h)
    {
        // The date stands before the noun with only a possessive or names between, or right after it.
        int b = h - 1;
        while (b >= 0 && b > h - 4 && (Word(doc, b) is "'s" or "’s" || (doc.Tokens[b].Kind == TokenKind.Word && (doc.Tokens[b].Shape & TokenShape.Capitalized) != 0
               && !AnyTimexIn(doc, doc.Tokens[b].Start, doc.Tokens[b].End))))
            b--;
        DateOnly? day = b >= 0 ? DayEndingAt(doc, b) : null;
        return day ?? DayAround(doc, h, h);
    }

    /// <summary>The tokens "died" and "dies" of a short article, read in place.</summary>
    private static IEnumerable<int> DeathsIn(AnalyzedDocument doc)
    {
        for (int h = 0; h < doc.Tokens.Length; h++)
        {
            if (doc.Tokens[h].Kind == TokenKind.Word && IsOneOf(Word(doc, h), s_deaths)) yield return h;
        }
    }

    /// <summary>An article's mentions of event nouns that carry a day of their own, by noun in any case, and where it says someone died.</summary>
    /// <remarks>Found once per document (keyed by its timexes, on which the days depend) and read-only after, so threads share it.</remarks>
    private sealed class EventMentionIndex(Dictionary<string, List<(int Token, DateOnly Day)>> dated, int[] deaths)
    {
        /// <summary>The dated mentions of each event noun, in text order.</summary>
        public Dictionary<string, List<(int Token, DateOnly Day)>> Dated { get; } = dated;

        /// <summary>The tokens "died" and "dies", in text order.</summary>
        public int[] Deaths { get; } = deaths;
    }

    // Asked for each act anchored on an event ("two days after the attack"), a scan of the whole article for the event's
    // other mentions made long articles quadratic; the mentions are found once per document instead. Keyed by the
    // timex array, not the text: the same text read with another article date gives other days.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Timex[], EventMentionIndex> s_eventMentions = new();

    private static EventMentionIndex EventMentions(AnalyzedDocument doc) =>
        s_eventMentions.GetValue(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(doc.Timexes)!, _ =>
        {
            var dated = new Dictionary<string, List<(int, DateOnly)>>(StringComparer.OrdinalIgnoreCase);
            var lookup = dated.GetAlternateLookup<ReadOnlySpan<char>>();
            var deaths = new List<int>();
            for (int h = 0; h < doc.Tokens.Length; h++)
            {
                if (doc.Tokens[h].Kind != TokenKind.Word) continue;
                var w = Word(doc, h);
                if (IsOneOf(w, s_deaths))
                {
                    deaths.Add(h);
                    continue;
                }

                if ((!IsOneOf(w, s_events) && !IsOneOf(w, s_dayEvents)) || MentionDay(doc, h) is not { } day) continue;
                if (!lookup.TryGetValue(w, out var list)) lookup[w] = list = [];
                list.Add((h, day));
            }

            return new EventMentionIndex(dated, [.. deaths]);
        });

    /// <summary>The day of an anchor timex whose last token is <paramref name="b"/>; null when none ends there.</summary>
    private static DateOnly? DayEndingAt(AnalyzedDocument doc, int b)
    {
        int i = FirstTimexFrom(doc, doc.Tokens[b].Start);
        if (i >= doc.Timexes.Length) return null;
        var t = doc.Timexes[i];
        return t.Start <= doc.Tokens[b].Start && t.End >= doc.Tokens[b].End && t.IsAnchor && IsDay(t.Value) ? EarliestDay(t.Value) : null;
    }

    /// <summary>The one day the article says <paramref name="name"/> died ("Scalia died on Feb. 13", "Scalia, who died Saturday"); null when none or several.</summary>
    private static DateOnly? DeathDay(AnalyzedDocument doc, ReadOnlySpan<char> name, int notHere)
    {
        // Without timexes no death is dated (and every such document shares the one empty array).
        if (doc.Timexes.IsDefaultOrEmpty) return null;
        DateOnly? found = null;
        foreach (int h in doc.Tokens.Length < IndexFrom ? DeathsIn(doc) : EventMentions(doc).Deaths)
        {
            if (h == 0 || h == notHere) continue;
            int n = Word(doc, h - 1).Equals("who", StringComparison.OrdinalIgnoreCase) && h >= 3 && Word(doc, h - 2) is "," ? h - 3 : h - 1;
            if (!Word(doc, n).Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            // "died on Feb. 13", "died Saturday", "died suddenly on Feb. 13"
            int j = h + 1;
            if (j < doc.Tokens.Length && doc.Tokens[j].Kind == TokenKind.Word && Word(doc, j).EndsWith("ly", StringComparison.OrdinalIgnoreCase)) j++;
            if (j < doc.Tokens.Length && Word(doc, j).Equals("on", StringComparison.OrdinalIgnoreCase)) j++;
            if (j >= doc.Tokens.Length) continue;
            int i = FirstTimexFrom(doc, doc.Tokens[j].Start);
            if (i >= doc.Timexes.Length || doc.Timexes[i].Start != doc.Tokens[j].Start || !doc.Timexes[i].IsAnchor || !IsDay(doc.Timexes[i].Value)
                || EarliestDay(doc.Timexes[i].Value) is not { } d)
                continue;
            if (found is { } f && f != d) return null;
            found = d;
        }

        return found;
    }

    // Events of one day: "during" or "at" one is that day.
    private static readonly Words s_dayEvents =
    [
        "primary", "caucus", "caucuses", "debate", "shooting", "attack", "bombing", "massacre", "speech", "rally", "hearing",
        "funeral", "interview", "vote", "ruling", "crash", "explosion", "raid", "killing", "killings", "conference", "forum",
        "address", "briefing", "appearance", "meeting", "testimony", "remarks", "session", "event", "statement",
    ];

    // Events a day can be counted from: those of one day, and an election.
    private static readonly Words s_events =
    [
        "primary", "caucus", "caucuses", "debate", "shooting", "attack", "attacks", "bombing", "massacre", "speech", "rally",
        "hearing", "funeral", "interview", "vote", "ruling", "crash", "explosion", "raid", "killing", "killings", "election",
        "shootings", "bombings",
    ];

    private static readonly Words s_deaths = ["died", "dies"];

    // Words that may stand inside the event's phrase: determiners and a few modifiers.
    private static readonly Words s_eventModifiers =
    [
        "the", "his", "her", "their", "its", "this", "last", "first", "second", "third", "fourth", "fifth", "final",
        "mass", "deadly", "terror", "terrorist", "presidential", "democratic", "republican", "gop", "night", "nightclub",
        "primary", "state", "televised", "recent", "latest", "next", "news", "press", "town", "prime-time", "victory", "'s", "’s",
    ];

    /// <summary>
    /// The day of the debate the article's lead (its first three sentences before <paramref name="sentence"/>) is
    /// about, 1 to 3 days before the article: a day set by the word "debate" ("Thursday night's debate", "the debate on
    /// Saturday"); -1 when none.
    /// </summary>
    private static int DebateNight(AnalyzedDocument doc, int sentence)
    {
        int leadEnd = doc.Sentences[Math.Min(sentence, 3) - 1].End;
        for (int i = 0; i < doc.Timexes.Length && doc.Timexes[i].Start < leadEnd; i++)
        {
            var t = doc.Timexes[i];
            if (!t.IsAnchor || !IsDay(t.Value) || EarliestDay(t.Value) is not { } day || day.DayNumber >= doc.Article.Date.DayNumber
                || day.DayNumber < doc.Article.Date.DayNumber - 3)
                continue;
            // "proposed a debate on Thursday" plans one.
            if (!Usable(doc, t, doc.Article.Date) || doc.SentenceAt(t.Start) is not (>= 0 and var at) || Aside(doc, t, doc.Sentences[at].Start)) continue;
            // "the debate Saturday", "the debate on Thursday night"; "Saturday's debate", "Thursday night in the final
            // debate". "A second debate unfolded online Wednesday night" is no debate night.
            int first = doc.TokenIndexAt(t.Start), last = doc.TokenIndexAt(t.End);
            if (IsDebate(doc, first - 1) || (IsDebate(doc, first - 2) && Word(doc, first - 1).Equals("on", StringComparison.OrdinalIgnoreCase))) return i;
            if (last >= doc.Tokens.Length || !(Word(doc, last) is "'s" or "’s" || IsOneOf(Word(doc, last), s_within))) continue;
            for (int k = last + 1; k < Math.Min(doc.Tokens.Length, last + 5) && doc.Tokens[k].Kind == TokenKind.Word; k++)
            {
                if (IsDebate(doc, k)) return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether sentence <paramref name="sentence"/> steps out of the lead's night: its speaker at token
    /// <paramref name="who"/> has a role that keeps them off the stage ("said Lee Miringoff, director of ...", "campaign
    /// director Jennifer Palmieri"), it places the act at a vague other time ("during the campaign", "in the past",
    /// "previously", "once"), or one of the three sentences before moved the story to a full date more than a month
    /// earlier ("on Dec. 5, 2007. / According to ProPublica, ...") or opened on a date that long before ("Eight years
    /// ago, ...").
    /// </summary>
    private static bool OffScene(AnalyzedDocument doc, int sentence, int who, Timex night)
    {
        var s = doc.Sentences[sentence];
        if (RoleAround(doc, who, s) || RoleAtFirstMention(doc, who, s) || PronounOffStage(doc, sentence, who)) return true;
        int first = doc.TokenIndexAt(s.Start);
        for (int k = first; k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word && VagueTimeAt(doc, k, first)) return true;
        }

        // The night's own sentence and those before it set the scene; one after it with an earlier date took the story away.
        int nightAt = doc.SentenceAt(night.Start);
        if (EarliestDay(night.Value) is not { } day) return false;
        // "Eight years ago, ...", "In 2008, ...": a sentence since that opens on a date long before sets a scene of its own.
        for (int p = Math.Max(nightAt + 1, sentence - 3); p < sentence; p++)
        {
            if (Scene(doc, doc.Sentences[p], doc.Article.Date) is var opened and >= 0 && EarliestDay(doc.Timexes[opened].Value) is { } then
                && then.DayNumber < day.DayNumber - 30)
                return true;
        }

        for (int i = FirstTimexFrom(doc, doc.Sentences[Math.Max(nightAt + 1, sentence - 3)].Start); i < doc.Timexes.Length && doc.Timexes[i].Start < s.Start; i++)
        {
            var t = doc.Timexes[i];
            // Only a full date weeks back moves the scene: a year or a weekday near the night is the debate's talk
            // ("voted with the NRA in 2008", "Monday's caucuses").
            if (t.IsAnchor && IsDay(t.Value) && EarliestDay(t.Value) is { } other && other.DayNumber < day.DayNumber - 30
                && Usable(doc, t, doc.Article.Date))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the pronoun at token <paramref name="who"/> ("..., he said") stands for the one last said to speak in the
    /// same paragraph's two sentences before, and that one was brought in with an off-stage role ("said Mo Elleithee, a
    /// Clinton campaign aide ... / ... Elleithee said. / ... / ..., he said").
    /// </summary>
    private static bool PronounOffStage(AnalyzedDocument doc, int sentence, int who)
    {
        if (!IsOneOf(Word(doc, who), s_subjectPronouns)) return false;
        for (int p = sentence - 1; p >= Math.Max(0, sentence - 2); p--)
        {
            var prev = doc.Sentences[p];
            // A new paragraph may bring a new speaker the pronoun stands for.
            if (doc.Slice(prev.End, doc.Sentences[p + 1].Start).Contains('\n')) return false;
            bool inQuote = false;
            for (int k = doc.TokenIndexAt(prev.Start); k < doc.Tokens.Length && doc.Tokens[k].Start < prev.End; k++)
            {
                var tok = doc.Tokens[k];
                if (tok.Kind == TokenKind.Quote) inQuote = !inQuote;
                else if (!inQuote && tok.Kind == TokenKind.Word && Saying(Word(doc, k)) && SpeakerToken(doc, tok.Start, prev, mainLine: false) is var named and >= 0
                         && !IsOneOf(Word(doc, named), s_subjectPronouns))
                    return RoleAround(doc, named, prev) || RoleAtFirstMention(doc, named, prev);
            }
        }

        return false;
    }

    /// <summary>Whether the name at token <paramref name="who"/> was brought in earlier with an off-stage role ("said former Obama adviser David Axelrod. / ... / Instead, Axelrod said").</summary>
    private static bool RoleAtFirstMention(AnalyzedDocument doc, int who, Sentence s)
    {
        var name = Word(doc, who);
        if ((doc.Tokens[who].Shape & TokenShape.Capitalized) == 0 || name.Length < 3) return false;
        if (doc.Tokens.Length < IndexFrom)
        {
            // A short article is read from its start, as the first mention usually comes early.
            for (int j = 0; j < who && doc.Tokens[j].End <= s.Start; j++)
            {
                if (doc.Tokens[j].Kind == TokenKind.Word && Word(doc, j).Equals(name, StringComparison.Ordinal) && doc.SentenceAt(doc.Tokens[j].Start) is >= 0 and var at)
                    return RoleAround(doc, j, doc.Sentences[at]);
            }

            return false;
        }

        if (!FirstMentions(doc).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out int k) || k >= who || doc.Tokens[k].End > s.Start) return false;
        return RoleAround(doc, k, doc.Sentences[doc.SentenceAt(doc.Tokens[k].Start)]);
    }

    // From how many tokens on an article's mentions are indexed once rather than scanned for each act: below it the scans
    // cost less than building the index (most news articles); above it they would make long articles quadratic.
    private const int IndexFrom = 8192;

    // The first token, inside a sentence, of each capitalized word of three letters or more, found once per article
    // text: asked for each speaker off a debate's stage, a scan from the article's start made long articles quadratic.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, Dictionary<string, int>> s_firstMentions = new();

    private static Dictionary<string, int> FirstMentions(AnalyzedDocument doc) =>
        s_firstMentions.GetValue(doc.Text, _ =>
        {
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            var lookup = first.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int k = 0; k < doc.Tokens.Length; k++)
            {
                var tok = doc.Tokens[k];
                if (tok.Kind != TokenKind.Word || (tok.Shape & TokenShape.Capitalized) == 0 || tok.End - tok.Start < 3) continue;
                var w = Word(doc, k);
                if (!lookup.ContainsKey(w) && doc.SentenceAt(tok.Start) >= 0) lookup[w] = k;
            }

            return first;
        });

    /// <summary>Whether the name at token <paramref name="who"/> carries a role word just before its run of capitals or right after a comma following it.</summary>
    private static bool RoleAround(AnalyzedDocument doc, int who, Sentence s)
    {
        int b = who, e = who;
        while (b - 1 >= 0 && doc.Tokens[b - 1].Start >= s.Start && doc.Tokens[b - 1].Kind == TokenKind.Word && (doc.Tokens[b - 1].Shape & TokenShape.Capitalized) != 0) b--;
        while (e + 1 < doc.Tokens.Length && doc.Tokens[e + 1].Start < s.End && doc.Tokens[e + 1].Kind == TokenKind.Word && (doc.Tokens[e + 1].Shape & TokenShape.Capitalized) != 0) e++;
        if (b - 1 >= 0 && doc.Tokens[b - 1].Start >= s.Start && IsOneOf(Word(doc, b - 1), s_offStageRoles)) return true;
        // "His campaign manager, Jeff Weaver,": the role before the name's apposition.
        if (b - 2 >= 0 && doc.Tokens[b - 2].Start >= s.Start && Word(doc, b - 1) is "," && IsOneOf(Word(doc, b - 2), s_offStageRoles)) return true;
        // "Lee Miringoff, director of the Marist ...", "Gibbs, a former spokesman"
        if (e + 2 < doc.Tokens.Length && doc.Tokens[e + 2].Start < s.End && Word(doc, e + 1) is ",")
        {
            int r = e + 2;
            if (IsOneOf(Word(doc, r), s_determiners) || Word(doc, r).Equals("former", StringComparison.OrdinalIgnoreCase)) r++;
            if (r < doc.Tokens.Length && doc.Tokens[r].Start < s.End && (doc.Tokens[r].Shape & TokenShape.Capitalized) == 0) return IsOneOf(Word(doc, r), s_offStageRoles);
            // "Miringoff, the Marist pollster": a role after a capitalized word or two.
            for (int j = r; j < r + 3 && j < doc.Tokens.Length && doc.Tokens[j].Start < s.End && doc.Tokens[j].Kind == TokenKind.Word; j++)
            {
                if (IsOneOf(Word(doc, j), s_offStageRoles)) return true;
            }
        }

        return false;
    }

    // Roles of people who comment on a debate rather than take part in it; "moderator", "senator", "governor" stand on stage.
    private static readonly Words s_offStageRoles =
    [
        "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisor", "strategist", "pollster", "director",
        "analyst", "chairman", "chairwoman", "manager", "consultant", "professor", "expert", "official", "economist", "operative",
        "staffer", "lawyer", "attorney", "researcher", "columnist", "editor", "founder", "historian", "scientist", "surrogate",
    ];

    /// <summary>Whether a vague time other than the scene's starts at token <paramref name="k"/>: "during the campaign", "in the past", "has long", "previously", "once".</summary>
    private static bool VagueTimeAt(AnalyzedDocument doc, int k, int first)
    {
        var w = Word(doc, k);
        if (w.Equals("previously", StringComparison.OrdinalIgnoreCase)) return true;
        bool hasNext = k + 1 < doc.Tokens.Length && doc.Tokens[k + 1].Kind == TokenKind.Word;
        // "once said", not "once again", "at once" or "once he took office" at the head of a clause.
        if (w.Equals("once", StringComparison.OrdinalIgnoreCase))
            return k > first && !Word(doc, k - 1).Equals("at", StringComparison.OrdinalIgnoreCase) && doc.Tokens[k - 1].Kind == TokenKind.Word
                   && hasNext && !IsOneOf(Word(doc, k + 1), s_onceNot);
        // "has long argued"
        if (w.Equals("long", StringComparison.OrdinalIgnoreCase))
            return k > first && IsOneOf(Word(doc, k - 1), s_haves);
        if (!(w.Equals("during", StringComparison.OrdinalIgnoreCase) || w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("on", StringComparison.OrdinalIgnoreCase))
            || k + 2 >= doc.Tokens.Length || !Word(doc, k + 1).Equals("the", StringComparison.OrdinalIgnoreCase))
            return false;
        var noun = Word(doc, k + 2);
        if (noun.Equals("past", StringComparison.OrdinalIgnoreCase)) return w.Equals("in", StringComparison.OrdinalIgnoreCase);
        // "during the campaign", "on the campaign trail"; "in the campaign's final days" is no such time.
        return noun.Equals("campaign", StringComparison.OrdinalIgnoreCase)
               && (w.Equals("during", StringComparison.OrdinalIgnoreCase)
                   || (w.Equals("on", StringComparison.OrdinalIgnoreCase) && k + 3 < doc.Tokens.Length && Word(doc, k + 3).Equals("trail", StringComparison.OrdinalIgnoreCase)));
    }

    private static readonly Words s_onceNot = ["again", "more", "the", "a", "he", "she", "they", "it", "we", "you", "i"];

    private static readonly Words s_haves = ["has", "have", "had", "'s", "’s"];

    /// <summary>
    /// The night the lead sets for the one named at token <paramref name="who"/>: a debate's, else the lead's own act's
    /// when it is theirs (or a pronoun's right after a sentence that opens on them), else, with
    /// <paramref name="occasion"/> set, the lead's one recent day for an act that refers back to a one-day occasion
    /// ("ahead of his AIPAC speech", "At AIPAC,"); -1 when none.
    /// </summary>
    private static int SceneNight(AnalyzedDocument doc, int sentence, int who, out bool occasion)
    {
        occasion = false;
        if (DebateNight(doc, sentence) is var night and >= 0) return night;
        if (LeadAct(doc, sentence, Word(doc, who)) is var act and >= 0) return act;
        // "Trump blamed Clinton ... / He vowed ...": a pronoun right after a sentence that opens on the lead's person.
        if (IsOneOf(Word(doc, who), s_subjectPronouns) && LeadAct(doc, sentence, default) is var leadAct and >= 0
            && OpensOn(doc, doc.Sentences[sentence - 1], LeadSurname(doc, leadAct)))
            return leadAct;
        // "Donald Trump accepted the nomination Thursday night ... / Declaring ..., the billionaire real estate mogul
        // offered ...": a role that puts one on stage, right after the lead act's sentence, names that act's person.
        if (StageRole(doc, who) && LeadAct(doc, sentence, default) is var roleAct and >= 0 && doc.SentenceAt(doc.Timexes[roleAct].Start) == sentence - 1)
            return roleAct;
        // "Congressional efforts failed Tuesday ... / The White House also blasted congressional Republicans": a body
        // named with "the" that "also" acted, with no medium of its own, joins the one day the lead dates.
        if (AlsoActs(doc, who, doc.Sentences[sentence]) && LeadDay(doc, sentence) is var alsoDay and >= 0
            && !NamesMedium(doc, doc.Sentences[sentence - 1]) && !NamesMedium(doc, doc.Sentences[sentence]))
            return alsoDay;
        // The occasion the act refers back to ("ahead of his speech") is the scene itself, no other medium; one the
        // sentence or the one before names ("in an interview with The Post just before ...") is another scene.
        // One the article says it interviewed, or one quoted where the reporter asked for comment, talks to the reporter
        // about the occasion rather than at it ("..., Sexton said in a phone interview", "... declined to comment. / ...").
        occasion = true;
        return LeadDay(doc, sentence) is var day and >= 0 && OccasionNear(doc, sentence) && !DatedAround(doc, doc.Sentences[sentence], doc.Tokens[who].Start)
               && !NamesMedium(doc, doc.Sentences[sentence - 1]) && !NamesMedium(doc, doc.Sentences[sentence]) && !Interviewee(doc, who)
               && !IntervieweePronoun(doc, sentence, who) && !AskedForComment(doc, sentence) ? day : -1;
    }

    /// <summary>
    /// Whether sentence <paramref name="sentence"/> or one of the two before it tells, outside quoted words, of the
    /// reporter asking for comment ("declined to comment", "didn't respond to requests for comment"): those quoted near
    /// it answered the reporter, after the occasion.
    /// </summary>
    private static bool AskedForComment(AnalyzedDocument doc, int sentence)
    {
        var s = doc.Sentences[sentence];
        bool inQuote = false;
        for (int k = doc.TokenIndexAt(doc.Sentences[Math.Max(0, sentence - 2)].Start) + 1; k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) inQuote = !inQuote;
            else if (!inQuote && Word(doc, k).Equals("comment", StringComparison.OrdinalIgnoreCase)
                     && (Word(doc, k - 1).Equals("to", StringComparison.OrdinalIgnoreCase) || Word(doc, k - 1).Equals("for", StringComparison.OrdinalIgnoreCase)))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the name at token <paramref name="who"/> is said, anywhere in the article, to have spoken in an
    /// interview: a saying near the name followed by "in" and, within three words, "interview" ("Sexton said in a phone
    /// interview", "told reporters in an interview", not "in the interview"). One who spoke to the reporter talks about the
    /// occasion, not at it.
    /// </summary>
    private static bool Interviewee(AnalyzedDocument doc, int who)
    {
        var name = Word(doc, who);
        if ((doc.Tokens[who].Shape & TokenShape.Capitalized) == 0 || name.Length < 3) return false;
        foreach (int k in InterviewNames(doc))
        {
            if (Word(doc, k).Equals(name, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the pronoun at token <paramref name="who"/> ("He said he recognizes ...") stands for one the article says
    /// it interviewed: the speaker the sentence before, or the one before that, named saying something ("Sexton, a
    /// writer, said ... / He said ..." with "Sexton said in a phone interview" elsewhere).
    /// </summary>
    private static bool IntervieweePronoun(AnalyzedDocument doc, int sentence, int who)
    {
        if (!IsOneOf(Word(doc, who), s_subjectPronouns) || InterviewNames(doc).Length == 0) return false;
        for (int p = sentence - 1; p >= Math.Max(0, sentence - 2); p--)
        {
            var prev = doc.Sentences[p];
            // "Sexton, a creative writing professor, said ...": the name the sentence opens on, its subject.
            int first = doc.TokenIndexAt(prev.Start);
            if (first < doc.Tokens.Length && doc.Tokens[first].Kind == TokenKind.Word && !IsOneOf(Word(doc, first), s_sentenceOpeners)
                && !IsOneOf(Word(doc, first), s_definites) && Interviewee(doc, first))
                return true;
            bool inQuote = false;
            for (int k = first; k < doc.Tokens.Length && doc.Tokens[k].Start < prev.End; k++)
            {
                var tok = doc.Tokens[k];
                if (tok.Kind == TokenKind.Quote) inQuote = !inQuote;
                else if (!inQuote && tok.Kind == TokenKind.Word && Saying(Word(doc, k)) && SpeakerToken(doc, tok.Start, prev, mainLine: false) is var named and >= 0
                         && !IsOneOf(Word(doc, named), s_subjectPronouns))
                    return Interviewee(doc, named);
            }
        }

        return false;
    }

    // The words outside quotes that stand where an interviewee's name would, found once per article text: asked for
    // each candidate act, a scan of the whole article made long articles quadratic.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, int[]> s_interviewNames = new();

    private static int[] InterviewNames(AnalyzedDocument doc) =>
        s_interviewNames.GetValue(doc.Text, _ =>
        {
            var found = new List<int>();
            bool inQuote = false;
            for (int k = 0; k < doc.Tokens.Length; k++)
            {
                var tok = doc.Tokens[k];
                if (tok.Kind == TokenKind.Quote) inQuote = !inQuote;
                else if (!inQuote && tok.Kind == TokenKind.Word && SaidInInterview(doc, k)) found.Add(k);
            }

            return found.ToArray();
        });

    /// <summary>Whether a saying within two words of the name at token <paramref name="name"/> goes on "in" and, within three words, "interview".</summary>
    private static bool SaidInInterview(AnalyzedDocument doc, int name)
    {
        for (int k = Math.Max(0, name - 2); k <= name + 2 && k < doc.Tokens.Length; k++)
        {
            if (k == name || doc.Tokens[k].Kind != TokenKind.Word || !IsOneOf(Word(doc, k), s_interviewSayings)) continue;
            if (InterviewAfter(doc, k)) return true;
        }

        return false;
    }

    /// <summary>Whether the saying at token <paramref name="k"/> goes on "in" and, within three words, "interview".</summary>
    private static bool InterviewAfter(AnalyzedDocument doc, int k)
    {
        int j = k + 1;
        // "said Tuesday in an interview", "told The Post in an interview": a few words before the "in".
        while (j < doc.Tokens.Length && j < k + 5 && doc.Tokens[j].Kind == TokenKind.Word && !Word(doc, j).Equals("in", StringComparison.OrdinalIgnoreCase)) j++;
        if (j >= doc.Tokens.Length || !Word(doc, j).Equals("in", StringComparison.OrdinalIgnoreCase)) return false;
        // "in the interview", "in her interview" refer back to one the story may have set as the occasion itself.
        for (int i = j + 1; i <= j + 3 && i < doc.Tokens.Length && doc.Tokens[i].Kind == TokenKind.Word && !IsOneOf(Word(doc, i), s_backReferences); i++)
        {
            if (Word(doc, i).Equals("interview", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static readonly Words s_interviewSayings = ["said", "says", "told", "added", "explained", "recalled"];

    /// <summary>Whether the saying at <paramref name="offset"/> goes on "in" and, within three words, an interview not referred back to ("said in a phone interview", "told The Post in an interview").</summary>
    private static bool SaysInInterview(AnalyzedDocument doc, int offset)
    {
        // Asked for every act and quote: the saying's first letter and the word's letters after its first ("interview",
        // "Interview") within a few words are looked for in the text before any token is.
        if (offset < 0 || offset >= doc.Text.Length || doc.Text[offset] is not ('s' or 't' or 'a' or 'e' or 'r')
            || !doc.Text.AsSpan(offset, Math.Min(80, doc.Text.Length - offset)).Contains("nterview", StringComparison.Ordinal))
            return false;
        int k = doc.TokenIndexAt(offset);
        return k < doc.Tokens.Length && doc.Tokens[k].Start == offset && IsOneOf(Word(doc, k), s_interviewSayings) && InterviewAfter(doc, k);
    }

    /// <summary>Whether token <paramref name="who"/> is a role that puts one on stage, told with "the" ("the billionaire real estate mogul"), other than "president" (more often another's).</summary>
    private static bool StageRole(AnalyzedDocument doc, int who)
    {
        if ((doc.Tokens[who].Shape & TokenShape.Capitalized) != 0 || !IsOneOf(Word(doc, who), s_onStageRoles) || Word(doc, who).Equals("president", StringComparison.Ordinal))
            return false;
        for (int b = who - 1; b >= 0 && b >= who - 4 && doc.Tokens[b].Kind == TokenKind.Word; b--)
        {
            if (Word(doc, b).Equals("the", StringComparison.OrdinalIgnoreCase)) return true;
            if ((doc.Tokens[b].Shape & TokenShape.Capitalized) != 0 && b < who - 1) return false;
        }

        return false;
    }

    /// <summary>
    /// Whether the name at token <paramref name="who"/> is a body told with "the" ("The White House", "the State
    /// Department") followed by "also" and a past verb: "The White House also blasted ...".
    /// </summary>
    private static bool AlsoActs(AnalyzedDocument doc, int who, Sentence s)
    {
        if ((doc.Tokens[who].Shape & TokenShape.Capitalized) == 0 || who + 2 >= doc.Tokens.Length || !Word(doc, who + 1).Equals("also", StringComparison.Ordinal)
            || doc.Tokens[who + 2].Start >= s.End || !IsOneOf(Word(doc, who + 2), s_reactions))
            return false;
        int b = who;
        while (b - 1 >= 0 && doc.Tokens[b - 1].Start >= s.Start && doc.Tokens[b - 1].Kind == TokenKind.Word && (doc.Tokens[b - 1].Shape & TokenShape.Capitalized) != 0
               && !Word(doc, b - 1).Equals("The", StringComparison.Ordinal))
            b--;
        return b - 1 >= 0 && doc.Tokens[b - 1].Start >= s.Start && Word(doc, b - 1).Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    // Past verbs of a reaction to the day's news, by which a body "also" joins the lead's scene; "also investigated" tells
    // a story of its own.
    private static readonly Words s_reactions =
    [
        "blasted", "criticized", "condemned", "welcomed", "slammed", "praised", "applauded", "denounced", "hailed", "lambasted",
        "faulted", "rebuked", "decried", "responded", "reacted", "weighed", "said", "issued", "released", "urged", "warned", "called",
    ];

    /// <summary>
    /// Whether sentence <paramref name="s"/> holds an anchor date outside quoted words, reading the marks from the
    /// speaker at <paramref name="at"/> for a date after it: "'... through,' Clinton said at a town hall ... this week"
    /// opens inside a quote, and its date is the saying's.
    /// </summary>
    private static bool DatedAround(AnalyzedDocument doc, Sentence s, int at)
    {
        for (int i = FirstTimexFrom(doc, s.Start); i < doc.Timexes.Length && doc.Timexes[i].Start < s.End; i++)
        {
            var t = doc.Timexes[i];
            if (t.IsAnchor && !(t.Start > at ? Quoted(doc, at, t.Start) : Quoted(doc, s.Start, t.Start))) return true;
        }

        return false;
    }

    /// <summary>Whether sentence <paramref name="s"/> names, outside quoted words, a medium that is no occasion of the scene: an interview, a tweet, a letter.</summary>
    private static bool NamesMedium(AnalyzedDocument doc, Sentence s)
    {
        bool inQuote = false;
        for (int k = doc.TokenIndexAt(s.Start); k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) inQuote = !inQuote;
            else if (!inQuote && doc.Tokens[k].Kind == TokenKind.Word && IsOneOf(Word(doc, k), s_otherMedia)) return true;
        }

        return false;
    }

    private static readonly Words s_otherMedia =
        ["interview", "interviews", "tweet", "tweets", "tweeted", "op-ed", "letter", "email", "e-mail", "video", "podcast", "column"];

    /// <summary>
    /// Whether sentence <paramref name="sentence"/> or one of the three before it refers back to a one-day occasion
    /// outside quoted words: "in his speech", "at the hearing", "ahead of his AIPAC speech", "the town hall",
    /// or a sentence opening "At AIPAC,". An indefinite one ("a speech in Salt Lake City") brings in another occasion.
    /// </summary>
    private static bool OccasionNear(AnalyzedDocument doc, int sentence)
    {
        var s = doc.Sentences[sentence];
        int from = doc.Sentences[Math.Max(0, sentence - OccasionReach)].Start;
        bool inQuote = false;
        for (int k = doc.TokenIndexAt(from); k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind == TokenKind.Quote) inQuote = !inQuote;
            if (inQuote || tok.Kind != TokenKind.Word) continue;
            var w = Word(doc, k);
            // "At AIPAC, however, ...": a place's name opening the sentence.
            if (w.Equals("at", StringComparison.OrdinalIgnoreCase) && doc.SentenceAt(tok.Start) is var at and >= 0 && doc.Sentences[at].Start == tok.Start)
            {
                int j = k + 1;
                if (j < doc.Tokens.Length && Word(doc, j) is "the") j++; // "At the Expo,"
                int name = j;
                while (j < doc.Tokens.Length && j < name + 3 && doc.Tokens[j].Kind == TokenKind.Word && (doc.Tokens[j].Shape & TokenShape.Capitalized) != 0) j++;
                if (j > name && j < doc.Tokens.Length && Word(doc, j) is "," && !AnyTimexIn(doc, doc.Tokens[k].Start, doc.Tokens[j].Start)) return true;
            }

            bool possessive = w is "'s" or "’s" && k > 0 && (doc.Tokens[k - 1].Shape & TokenShape.Capitalized) != 0;
            if ((!IsOneOf(w, s_backReferences) && !possessive) || InRelative(doc, k)) continue;
            // The determiner, a name or two, then the occasion: "his AIPAC speech", "the town hall", "Trump's rally".
            for (int j = k + 1; j < doc.Tokens.Length && j < k + 4 && doc.Tokens[j].Kind == TokenKind.Word; j++)
            {
                var n = Word(doc, j);
                // "the Kentucky International Convention Center" is a place, no occasion: the occasion is a common noun.
                bool lower = (doc.Tokens[j].Shape & TokenShape.Capitalized) == 0;
                // "Trump's remarks" are more often his words than an occasion.
                if (lower && !(possessive && n.Equals("remarks", StringComparison.Ordinal)) && (IsOneOf(n, s_sceneOccasions) || (n.Equals("town", StringComparison.Ordinal) && j + 1 < doc.Tokens.Length && Word(doc, j + 1).Equals("hall", StringComparison.Ordinal))))
                {
                    // "his 2012 speech" is another occasion.
                    if (AnyTimexIn(doc, tok.Start, doc.Tokens[j].End)) break;
                    // "the caucuses", "the caucus precincts" name a vote of its own, often still ahead ("announcements
                    // about the caucuses during Sunday services"): the lead's scene only when the lead names it too.
                    if (IsOneOf(n, s_ownEvents) && !InLead(doc, n, doc.Sentences[Math.Max(0, doc.SentenceAt(tok.Start))].Start)) break;
                    return !SetApart(doc, s);
                }

                if ((doc.Tokens[j].Shape & TokenShape.Capitalized) == 0 && !IsOneOf(n, s_occasionModifiers)) break;
            }
        }

        return false;
    }

    /// <summary>Whether sentence <paramref name="s"/> sets its act a span apart from another time: "A week after Trump spoke to the gathering", "two days later".</summary>
    private static bool SetApart(AnalyzedDocument doc, Sentence s)
    {
        for (int k = doc.TokenIndexAt(s.Start) + 1; k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
        {
            if (IsOneOf(Word(doc, k - 1), s_spanUnits) && (IsOneOf(Word(doc, k), s_sequence) || IsOneOf(Word(doc, k), s_laterEarlier))) return true;
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> stands in a relative clause opened a few words before it with no comma between ("Allen, who spoke at the convention,").</summary>
    private static bool InRelative(AnalyzedDocument doc, int k)
    {
        for (int b = k - 1; b >= 0 && b > k - 10; b--)
        {
            if (doc.Tokens[b].Kind == TokenKind.Punct) return false;
            if (IsOneOf(Word(doc, b), s_relatives)) return true;
        }

        return false;
    }

    private static readonly Words s_laterEarlier = ["later", "earlier", "ago"];

    // How many sentences back an occasion may be named and still set the scene of an act.
    private const int OccasionReach = 3;

    // Determiners that refer back to an occasion the story told: "the hearing", "his speech".
    private static readonly Words s_backReferences = ["the", "his", "her", "their", "its", "this", "that"];

    // Occasions of one day a story may be set at.
    /// <summary>
    /// Whether the first <see cref="LeadSentences"/> sentences, before offset <paramref name="before"/> (the sentence
    /// that names the word again), hold <paramref name="word"/>, or it with or without a final "es".
    /// </summary>
    private static bool InLead(AnalyzedDocument doc, ReadOnlySpan<char> word, int before)
    {
        var stem = word.EndsWith("es", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;
        int leadEnd = Math.Min(before, doc.Sentences[Math.Min(doc.Sentences.Length, LeadSentences) - 1].End);
        for (int k = 0; k < doc.Tokens.Length && doc.Tokens[k].Start < leadEnd; k++)
        {
            var w = Word(doc, k);
            if (doc.Tokens[k].Kind == TokenKind.Word && w.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && w.Length <= stem.Length + 2) return true;
        }

        return false;
    }

    // Occasions that are a vote of their own rather than one speech.
    private static readonly Words s_ownEvents = ["caucus", "caucuses"];

    private static readonly Words s_sceneOccasions =
    [
        "speech", "remarks", "address", "appearance", "rally", "hearing", "testimony", "conference", "meeting", "session",
        "summit", "forum", "caucus", "caucuses", "ceremony", "luncheon", "dinner", "briefing", "gathering", "convention", "debate",
    ];

    // Units that set an act a span apart from an occasion: "a week after the hearing", "days before his speech".
    private static readonly Words s_spanUnits = ["day", "days", "week", "weeks", "month", "months", "year", "years"];

    // Words that may stand between the determiner and the occasion: "the annual meeting", "his victory speech".
    private static readonly Words s_occasionModifiers =
        ["annual", "opening", "closing", "victory", "campaign", "news", "press", "private", "public", "primary-night", "caucus", "same"];

    /// <summary>
    /// The one day, 1 to 3 days before the article, the lead (its first <see cref="LeadSentences"/> sentences before
    /// <paramref name="sentence"/>) dates outside quoted words ("he offered promises Monday", "Congressional efforts
    /// failed Tuesday"): the day of the scene a next-day story tells; -1 when the lead dates none, or two days.
    /// </summary>
    private static int LeadDay(AnalyzedDocument doc, int sentence)
    {
        if (sentence <= 0) return -1;
        int leadEnd = doc.Sentences[Math.Min(sentence, LeadSentences) - 1].End, found = -1;
        for (int i = 0; i < doc.Timexes.Length && doc.Timexes[i].Start < leadEnd; i++)
        {
            var t = doc.Timexes[i];
            if (!t.IsAnchor || !IsDay(t.Value) || doc.SentenceAt(t.Start) is not (>= 0 and var at) || Quoted(doc, doc.Sentences[at].Start, t.Start) || Stamp(doc, t)) continue;
            if (EarliestDay(t.Value) is not { } day || day.DayNumber >= doc.Article.Date.DayNumber || day.DayNumber < doc.Article.Date.DayNumber - 3
                || !Usable(doc, t, doc.Article.Date) || Aside(doc, t, doc.Sentences[at].Start))
                return -1;
            // "Monday ... Monday night": the same day told twice is still one scene; a second day is two.
            if (found >= 0 && EarliestDay(doc.Timexes[found].Value) != day) return -1;
            if (found < 0) found = i;
        }

        return found;
    }

    /// <summary>Whether timex <paramref name="t"/> is the article's own day stamped on its dateline ("PURCHASE, N.Y., April 1 (UPI) -"): no scene of the story.</summary>
    private static bool Stamp(AnalyzedDocument doc, Timex t)
    {
        int after = doc.TokenIndexAt(t.End);
        return EarliestDay(t.Value) == doc.Article.Date && after < doc.Tokens.Length && Word(doc, after) is "(" or "-" or "—" or "–" or "--";
    }

    // The lead a next-day story sets its scene in: the headline and the first paragraphs.
    private const int LeadSentences = 6;

    /// <summary>
    /// The day, 1 to 3 days before the article, of the act the lead (its first three sentences before
    /// <paramref name="sentence"/>) opens on when a person named in full does it ("Hillary Clinton went on offense ...
    /// on Monday", "CLEVELAND - Donald Trump ... accepted the nomination here Thursday night"), and the surname is
    /// <paramref name="name"/> (any surname when empty); -1 when none.
    /// </summary>
    private static int LeadAct(AnalyzedDocument doc, int sentence, ReadOnlySpan<char> name)
    {
        for (int si = 0; si < Math.Min(sentence, 3); si++)
        {
            var lead = doc.Sentences[si];
            int first = doc.TokenIndexAt(lead.Start), run = 0, surname = -1;
            for (int k = first; k < doc.Tokens.Length && k < first + 8 && doc.Tokens[k].Start < lead.End; k++)
            {
                var tok = doc.Tokens[k];
                bool capitalized = tok.Kind == TokenKind.Word && (tok.Shape & TokenShape.Capitalized) != 0;
                if (capitalized || (run > 0 && Word(doc, k) is ".")) { if (capitalized) run++; continue; }
                // The name's run ends at a lower-case word, its verb.
                if (run >= 2 && tok.Kind == TokenKind.Word) surname = k - 1;
                if (surname >= 0 || tok.Kind == TokenKind.Word) break;
                run = 0; // "CLEVELAND -": a dateline's place
            }

            if (surname < 0) continue;
            for (int i = FirstTimexFrom(doc, doc.Tokens[surname].End); i < doc.Timexes.Length && doc.Timexes[i].Start < lead.End; i++)
            {
                var t = doc.Timexes[i];
                if (!t.IsAnchor || !IsDay(t.Value) || EarliestDay(t.Value) is not { } day) continue;
                if (day.DayNumber >= doc.Article.Date.DayNumber || day.DayNumber < doc.Article.Date.DayNumber - 3 || !Usable(doc, t, doc.Article.Date)
                    || Aside(doc, t, lead.Start) || (ClauseBetween(doc, surname, doc.TokenIndexAt(t.Start)) && !SameSubjectWhile(doc, surname, doc.TokenIndexAt(t.Start))))
                    return -1;
                return name.IsEmpty || Word(doc, surname).Equals(name, StringComparison.OrdinalIgnoreCase) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>The surname the lead's act at timex <paramref name="act"/> is told of: the last capitalized word of the run its sentence opens on.</summary>
    private static ReadOnlySpan<char> LeadSurname(AnalyzedDocument doc, int act)
    {
        int si = doc.SentenceAt(doc.Timexes[act].Start);
        if (si < 0) return default;
        int last = -1;
        for (int k = doc.TokenIndexAt(doc.Sentences[si].Start); k < doc.Tokens.Length && doc.Tokens[k].Start < doc.Timexes[act].Start; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word && (doc.Tokens[k].Shape & TokenShape.Capitalized) != 0) last = k;
            else if (doc.Tokens[k].Kind == TokenKind.Word && last >= 0) break;
        }

        return last >= 0 ? Word(doc, last) : default;
    }

    /// <summary>Whether sentence <paramref name="s"/> opens on <paramref name="name"/> within its first three words ("Trump blamed", "Mr. Trump said").</summary>
    private static bool OpensOn(AnalyzedDocument doc, Sentence s, ReadOnlySpan<char> name)
    {
        if (name.Length < 3) return false;
        int first = doc.TokenIndexAt(s.Start);
        // "At one point, Trump tried ...", "In virtually every policy realm, Trump vowed ...": a short opening phrase of
        // place or manner, with no date, before the subject.
        if (first < doc.Tokens.Length && IsOneOf(Word(doc, first), s_phraseOpeners))
        {
            for (int k = first + 1; k < first + 7 && k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
            {
                if (doc.Tokens[k].Kind == TokenKind.Punct)
                {
                    if (Word(doc, k) is "," && !AnyTimexIn(doc, s.Start, doc.Tokens[k].Start)) first = k + 1;
                    break;
                }
            }
        }

        for (int k = first; k < first + 4 && k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
        {
            if (Word(doc, k).Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
            if (doc.Tokens[k].Kind == TokenKind.Word && (doc.Tokens[k].Shape & TokenShape.Capitalized) == 0) return false;
        }

        return false;
    }

    /// <summary>
    /// Whether the only clause between the lead's name at <paramref name="from"/> and its date at <paramref name="to"/>
    /// is one of the same moment with the same subject: "Donald Trump painted a dire portrait ... as he accepted the
    /// nomination here Thursday night".
    /// </summary>
    private static bool SameSubjectWhile(AnalyzedDocument doc, int from, int to)
    {
        int opener = -1;
        for (int k = from + 1; k < to; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || !(IsOneOf(Word(doc, k), s_relatives) || IsOneOf(Word(doc, k), s_sequence) || IsOneOf(Word(doc, k), s_clauseOpeners)))
                continue;
            if (opener >= 0) return false;
            opener = k;
        }

        return opener >= 0 && opener + 1 < to && IsOneOf(Word(doc, opener), s_sameMoment) && IsOneOf(Word(doc, opener + 1), s_subjectPronouns);
    }

    private static readonly Words s_sameMoment = ["as", "when", "while"];

    // Prepositions that open a short phrase of place or manner before a sentence's subject.
    private static readonly Words s_phraseOpeners = ["at", "in", "on", "with", "from", "for", "to", "throughout", "during"];

    /// <summary>Whether a clause of its own ("who", "after", "when" ...) opens between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool ClauseBetween(AnalyzedDocument doc, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word && (IsOneOf(Word(doc, k), s_relatives) || IsOneOf(Word(doc, k), s_sequence) || IsOneOf(Word(doc, k), s_clauseOpeners)))
                return true;
        }

        return false;
    }

    private static bool IsDebate(AnalyzedDocument doc, int k) => k >= 0 && k < doc.Tokens.Length && Word(doc, k).Equals("debate", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The date of the speech reported at <paramref name="said"/> in sentence <paramref name="prev"/>: the anchor in its
    /// clause nearest it, outside quoted words; when <paramref name="wider"/>, else a day or week on the sentence's main
    /// line. -1 when none.
    /// </summary>
    private static int SpeechDate(AnalyzedDocument doc, Sentence prev, int said, DateOnly latest, bool wider)
    {
        var (ps, pe) = ClauseAround(doc, prev, said);
        // "told the paper that she took off eight days in 2011": a date in what the speech reports is not its own.
        int reported = ComplementStart(doc, said, pe);
        int speech = Nearest(doc, ps, pe, said, -1, -1, latest, prev.Start, -1);
        if (speech >= 0 && (Quoted(doc, prev.Start, doc.Timexes[speech].Start) || (reported > said && doc.Timexes[speech].Start >= reported && !SaidLast(doc, prev, doc.Timexes[speech]))))
            speech = -1; // the speaker's words, not the speech's day
        // "On CNN Tuesday, his wife called for an open primary": the speech's day may open its sentence; a year or
        // a month there more often dates what the speaker talks about ("the convention in 1976").
        if (speech < 0 && wider && Nearest(doc, prev.Start, prev.End, said, -1, -1, latest, prev.Start, ps) is var around and >= 0
            && Recent(doc.Timexes[around].Value) && !Quoted(doc, prev.Start, doc.Timexes[around].Start)
            && !(reported > said && doc.Timexes[around].Start >= reported) && !ReportedBefore(doc, prev, doc.Timexes[around], said))
            speech = around;
        // "After the meeting on Saturday ended in mayhem, the chairwoman said ...": the day dates the opening clause's own
        // verb, the background the saying came after, not the saying.
        return speech >= 0 && OpeningSequenceClause(doc, prev, doc.Timexes[speech], said) ? -1 : speech;
    }

    /// <summary>
    /// Whether timex <paramref name="t"/> stands in a clause that opens sentence <paramref name="prev"/> with "after",
    /// "before", "since" or "until" and has a past verb of its own, ending with a comma before the saying at
    /// <paramref name="said"/>: "After the vote on Friday collapsed, ...". "After the debate on Tuesday, he said" has no
    /// verb of its own there and keeps the day.
    /// </summary>
    private static bool OpeningSequenceClause(AnalyzedDocument doc, Sentence prev, Timex t, int said)
    {
        int first = doc.TokenIndexAt(prev.Start);
        if (first >= doc.Tokens.Length || t.Start >= said || !IsOneOf(Word(doc, first), s_sequence)) return false;
        bool verb = false;
        for (int k = first + 1; k < doc.Tokens.Length && doc.Tokens[k].Start < said; k++)
        {
            if (Word(doc, k) is ",") return verb && t.End <= doc.Tokens[k].Start;
            if (doc.Tokens[k].Kind == TokenKind.Word && (doc.Tokens[k].Start < t.Start || doc.Tokens[k].Start >= t.End) && PastVerb(Word(doc, k))) verb = true;
        }

        return false;
    }

    /// <summary>Whether recent day <paramref name="t"/> closes sentence <paramref name="prev"/>, where it more often tells when the saying was ("confirmed he was aboard via Facebook on Friday.").</summary>
    private static bool SaidLast(AnalyzedDocument doc, Sentence prev, Timex t)
    {
        int after = doc.TokenIndexAt(t.End);
        return Recent(t.Value) && (after >= doc.Tokens.Length || doc.Tokens[after].Start >= prev.End || (doc.Tokens[after].Kind == TokenKind.Punct && after + 1 < doc.Tokens.Length && doc.Tokens[after + 1].Start >= prev.End));
    }

    /// <summary>
    /// Whether timex <paramref name="t"/> belongs to words the saying at <paramref name="said"/> reports or to a thing
    /// named, not to the saying: it names a thing ("Tuesday's news conference"), or stands before a closing ", his brother
    /// added" ("He had a baby girl three weeks ago, his brother added").
    /// </summary>
    private static bool ReportedBefore(AnalyzedDocument doc, Sentence prev, Timex t, int said)
    {
        int after = doc.TokenIndexAt(t.End);
        if (after < doc.Tokens.Length && Word(doc, after) is "'s" or "’s") return true;
        // Only a saying that closes its sentence (", his brother added.") or stands between commas ("What got to her, she
        // said, was a question at a town hall last week") is told around the words it reports.
        int end = doc.TokenIndexAt(said) + 1;
        if (end < doc.Tokens.Length && doc.Tokens[end].Start < prev.End && doc.Tokens[end].Kind != TokenKind.Punct) return false;
        bool aside = end < doc.Tokens.Length && Word(doc, end) is "," && t.Start > doc.Tokens[end].Start;
        if (t.Start > said && !aside) return false;
        int k = doc.TokenIndexAt(said) - 1;
        for (int steps = 0; k >= 0 && doc.Tokens[k].Start >= prev.Start && steps < 5; k--, steps++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word) continue;
            return Word(doc, k) is "," && (t.Start < doc.Tokens[k].Start || aside);
        }

        return false;
    }

    // The article's date as text: every act of an article falls back to it, and articles come one by one. The last
    // dateline written, shared by all threads: one immutable pair read and replaced whole, so no lock and no
    // thread-static lookup (which costs more than the comparison) is needed.
    private sealed record Dateline(DateOnly Date, string Text);

    private static Dateline? s_lastDateline;

    private static string DatelineText(DateOnly date)
    {
        var last = s_lastDateline;
        if (last is not null && last.Date == date) return last.Text;
        last = new Dateline(date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        s_lastDateline = last;
        return last.Text;
    }

    /// <summary>Whether a TIMEX3 value names one day or a time within it ("2022-10-03", "2022-10-03TMO").</summary>
    private static bool IsDay(string value) =>
        value.Length >= 10 && char.IsAsciiDigit(value[0]) && value[4] == '-' && char.IsAsciiDigit(value[5]) && value[7] == '-'
        && char.IsAsciiDigit(value[8]);

    private static (string, string) Found(AnalyzedDocument doc, int index)
    {
        var t = doc.Timexes[index];
        return (t.Value, IsAnaphoric(doc.Slice(t.Start, t.End)) ? "anaphora" : "timex");
    }

    // "that day", "the same week", "the following year", "earlier that day" lean on an earlier date.
    private static bool IsAnaphoric(ReadOnlySpan<char> text) =>
        text.StartsWith("that ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("the same", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("the following", StringComparison.OrdinalIgnoreCase) || text.StartsWith("the next", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("the previous", StringComparison.OrdinalIgnoreCase) || text.StartsWith("the day", StringComparison.OrdinalIgnoreCase)
        || text.Contains(" that ", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" earlier", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith(" later", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a timex begins inside [<paramref name="start"/>, <paramref name="end"/>) (or runs into it).</summary>
    private static bool AnyTimexIn(AnalyzedDocument doc, int start, int end) =>
        FirstTimexFrom(doc, start) is var i && i < doc.Timexes.Length && doc.Timexes[i].Start < end;

    /// <summary>Index of the first timex that does not end before <paramref name="start"/>.</summary>
    internal static int FirstTimexFrom(AnalyzedDocument doc, int start)
    {
        int lo = 0, hi = doc.Timexes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (doc.Timexes[mid].End <= start) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>
    /// The anchor timex inside [start, end) nearest <paramref name="offset"/>, the earlier one on a tie; -1 when none.
    /// Dates that begin after <paramref name="latest"/> and years that name a thing ("his 2014 return") are passed
    /// over; so, when <paramref name="ownClause"/> is not -1, are dates inside relative clauses other than the one
    /// starting there.
    /// </summary>
    private static int Nearest(AnalyzedDocument doc, int start, int end, int offset, int excludeStart, int excludeEnd, DateOnly latest,
        int sentenceStart, int ownClause)
    {
        int best = -1, bestDistance = int.MaxValue;
        for (int i = FirstTimexFrom(doc, start); i < doc.Timexes.Length; i++)
        {
            var t = doc.Timexes[i];
            if (t.Start >= end) break;
            if (!t.IsAnchor || t.Start < start || t.End > end) continue;
            int distance = offset < t.Start ? t.Start - offset : offset >= t.End ? offset - t.End + 1 : 0;
            // Only a nearer date can win: the tests below, dearer, are spared for the rest.
            if (distance >= bestDistance) continue;
            if (t.Start < excludeEnd && t.End > excludeStart && !(DatesTheMedium(doc, t) && !Complement(doc, excludeStart, t.Start))) continue;
            if (!Usable(doc, t, latest) && !OwnYear(doc, t, offset, latest) && !NextDaySaying(doc, t, offset, latest)) continue;
            if (ownClause >= 0 && InRelativeClause(doc, t, sentenceStart, ownClause, offset)) continue;
            // "scrap the agreement reached last year": the date belongs to the noun and its participle alone.
            if (ReducedRelative(doc, t, sentenceStart) is var noun and >= 0 && (offset < noun || offset >= t.End)) continue;
            if (Background(doc, t, sentenceStart, offset) || Compared(doc, t, sentenceStart, offset) || AfterTheNoun(doc, t, sentenceStart, offset)) continue;
            best = i;
            bestDistance = distance;
        }

        return best;
    }

    /// <summary>
    /// Whether the day name <paramref name="t"/> is the day after the article's, read so by the recognizer for a past
    /// saying in a paper dated a day behind its events ("confirmed on Facebook Friday" in a Thursday paper), and the
    /// act at <paramref name="offset"/> is that saying: it was said then, though no act reported as done takes a date
    /// after the article's otherwise.
    /// </summary>
    private static bool NextDaySaying(AnalyzedDocument doc, Timex t, int offset, DateOnly latest)
    {
        if (latest != doc.Article.Date || t.Type != TimexType.Date || t.Value.Length != 10 || EarliestDay(t.Value) is not { } day
            || day != latest.AddDays(1) || TimeLexicon.Instance.Find(doc.Slice(t.Start, t.End)) is not { Weekday: > 0, WeekdayPlural: false })
            return false;
        int at = doc.TokenIndexAt(offset), k = doc.TokenIndexAt(t.Start);
        if (at >= doc.Tokens.Length || doc.Tokens[at].Start > offset || !Saying(Word(doc, at)) || !Usable(doc, t, day)) return false;
        // "Sunday's show" names a thing ahead; "urged them to vote Tuesday", "filed for Sunday": the day of what the
        // saying looks ahead to, not of the saying.
        if (k + 1 < doc.Tokens.Length && Word(doc, k + 1) is "'s" or "’s") return false;
        for (int j = Math.Min(at, k) + 1; j < Math.Max(at, k); j++)
        {
            if (j - Math.Min(at, k) > 8 || Word(doc, j) is "to" or "for") return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a date right after the medium of a statement dates that statement: "called the group abhorrent in a
    /// tweet Sunday", "said in an interview on Monday", even where a quote's reported words run on past it.
    /// </summary>
    private static bool DatesTheMedium(AnalyzedDocument doc, Timex t)
    {
        int k = doc.TokenIndexAt(t.Start) - 1;
        if (k >= 0 && Word(doc, k) is "on" or "last" or "this") k--;
        if (k < 2) return false;
        var noun = Word(doc, k);
        var det = Word(doc, k - 1);
        var prep = Word(doc, k - 2);
        return IsOneOf(noun, s_media) && IsOneOf(det, s_determiners) && (prep.Equals("in", StringComparison.OrdinalIgnoreCase)
                                                                          || prep.Equals("during", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the date at <paramref name="at"/> is the speaker's own rather than the statement's: inside quotation
    /// marks ("'My comments from last July ...'"), or too far into the reported words to be the setting of the
    /// statement ("disclosed that it asked for the emails in a letter Friday").
    /// </summary>
    private static bool Complement(AnalyzedDocument doc, int contentStart, int at)
    {
        int quotes = 0, words = 0;
        for (int q = doc.TokenIndexAt(contentStart); q < doc.Tokens.Length && doc.Tokens[q].Start < at; q++)
        {
            if (doc.Tokens[q].Kind == TokenKind.Quote) quotes++;
            else words++;
        }

        return quotes % 2 == 1 || words > 9;
    }

    private static readonly Words s_media =
    [
        "tweet", "interview", "statement", "speech", "appearance", "briefing", "conference", "post", "op-ed", "letter", "email",
        "video", "remarks", "call", "address", "hearing", "testimony", "rally", "debate",
    ];

    private static int LastAnchor(AnalyzedDocument doc, int start, int end, DateOnly latest, bool things = false)
    {
        int last = -1;
        for (int i = FirstTimexFrom(doc, start); i < doc.Timexes.Length && doc.Timexes[i].Start < end; i++)
        {
            var t = doc.Timexes[i];
            // "'... since the attacks in November,' said the analyst. / He added that ...": a date inside the quoted
            // words is the speaker's subject, not the setting the next sentence goes on in.
            if (t.IsAnchor && t.End <= end && !Quoted(doc, start, t.Start)
                && (things ? !Since(doc, t) && !(EarliestDay(t.Value) is { } first && first > latest)
                    : Usable(doc, t, latest) && !Attributive(doc, t) && !Aside(doc, t, start)))
                last = i;
        }

        return last;
    }

    /// <summary>
    /// Whether date <paramref name="t"/> stands, within its clause, after a participle that refers to something else
    /// ("referring to Mr. Trump's vow last week", "citing a report from May") or a verb that puts forward a plan
    /// ("proposed a debate on the evening of April 4"): the date is that of the thing referred to or planned, not a
    /// scene a next sentence goes on in.
    /// </summary>
    private static bool Aside(AnalyzedDocument doc, Timex t, int sentenceStart)
    {
        int from = sentenceStart;
        bool speech = false;
        for (int k = doc.TokenIndexAt(t.Start) - 1, steps = 0; k >= 0 && steps < 12; k--, steps++)
        {
            var tok = doc.Tokens[k];
            if (tok.Start < sentenceStart || tok.Kind == TokenKind.Quote) break;
            if (tok.Kind == TokenKind.Punct && Word(doc, k) is "," or ";" or ":")
            {
                from = tok.End;
                break;
            }

            var w = Word(doc, k);
            if (tok.Kind == TokenKind.Word && (IsOneOf(w, s_referring) || IsOneOf(w, s_proposing) || IsOneOf(w, s_reportsNow) || IsOneOf(w, s_notActs)))
                return true;
            // "Hale, who was elected in 2012, said ...": a relative clause tells a background. One that runs into a
            // speech ("Hale, who accused him of fraud said Sunday") lost its closing comma, and the date is the speech's.
            if (tok.Kind == TokenKind.Word && IsOneOf(w, s_speechVerbs)) speech = true;
            if (tok.Kind == TokenKind.Word && !speech && IsOneOf(w, s_relatives)) return true;
            from = tok.Start;
        }

        // "said that he spoke with the senator on Tuesday": the date is that of what the speech reports.
        return ComplementStart(doc, from, t.Start) is var complement and >= 0 && complement <= t.Start;
    }

    // "The Post reports the last news conference was held on Dec. 4": what a report says now is its content, no scene.
    private static readonly Words s_reportsNow =
        ["reports", "says", "writes", "notes", "argues", "claims", "insists", "recalls", "contends", "maintains", "indicates", "shows"];

    // "because the final would be later that night": a reason or what would be is no act told.
    private static readonly Words s_notActs = ["because", "would", "will"];

    private static readonly Words s_referring = ["referring", "citing", "recalling", "alluding", "mentioning", "invoking", "echoing"];

    private static readonly Words s_proposing = ["proposed", "proposes", "proposing", "suggested", "planned", "plans", "scheduled", "challenged"];

    /// <summary>Whether an odd number of quotation marks stands between <paramref name="from"/> and <paramref name="at"/>.</summary>
    private static bool Quoted(AnalyzedDocument doc, int from, int at)
    {
        bool inside = false;
        for (int k = doc.TokenIndexAt(from); k < doc.Tokens.Length && doc.Tokens[k].Start < at; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) inside = !inside;
        }

        return inside;
    }

    private static bool Usable(AnalyzedDocument doc, Timex t, DateOnly latest) =>
        !NamesAThing(doc, t) && !Since(doc, t) && (latest == DateOnly.MaxValue || !(EarliestDay(t.Value) is { } first && first > latest));

    // "since Sept. 11, 2001": where a stretch of time began, which is not when an act within it happened.
    private static bool Since(AnalyzedDocument doc, Timex t)
    {
        int k = doc.TokenIndexAt(t.Start) - 1;
        return k >= 0 && Word(doc, k).Equals("since", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "the June 12 attack", "the June 12 Orlando nightclub attack": a date before a noun, which names an event the
    /// story may look back on rather than the scene it goes on in.
    /// </summary>
    private static bool Attributive(AnalyzedDocument doc, Timex t) =>
        doc.Slice(t.Start, t.End).StartsWith("the ", StringComparison.OrdinalIgnoreCase) && NounAfter(doc, t.End, names: 3);

    /// <summary>
    /// Whether a lower-case noun follows the date ending at <paramref name="end"/>, one space on, after up to
    /// <paramref name="names"/> capitalized words ("the June 12 Orlando nightclub attack"): a word no modifier goes
    /// before ("and", "was", "in") is no such noun.
    /// </summary>
    private static bool NounAfter(AnalyzedDocument doc, int end, int names)
    {
        int after = doc.TokenIndexAt(end);
        if (after >= doc.Tokens.Length || doc.Tokens[after].Start != end + 1) return false;
        for (int n = 0; n < names && after < doc.Tokens.Length && doc.Tokens[after].Kind == TokenKind.Word
                        && (doc.Tokens[after].Shape & TokenShape.Capitalized) != 0; n++)
            after++;
        if (after >= doc.Tokens.Length) return false;
        var next = doc.Tokens[after];
        return next.Kind == TokenKind.Word && (next.Shape & TokenShape.Capitalized) == 0 && !IsOneOf(doc.Slice(next.Start, next.End), s_notNouns);
    }

    /// <summary>
    /// A year before a noun after a determiner or possessive names a thing, not when anything happened: "his 2014
    /// return", "a 1981 claim", "the 1994 crime bill". A day keeps its place ("in the Oct. 3 debate" dates the debate).
    /// </summary>
    private static bool NamesAThing(AnalyzedDocument doc, Timex t)
    {
        var text = doc.Slice(t.Start, t.End);
        // "last year's nuclear deal", "2012's attacks": a year's possessive names what it had, unless "in" leads it.
        if (t.Value.Length == 4 && char.IsAsciiDigit(t.Value[0]) && char.IsAsciiDigit(t.Value[3]))
        {
            int p = doc.TokenIndexAt(t.End);
            int before = doc.TokenIndexAt(t.Start) - 1;
            if (p < doc.Tokens.Length && doc.Tokens[p].Start == t.End && Word(doc, p) is "'s" or "’s"
                && !(before >= 0 && IsOneOf(Word(doc, before), s_within)))
                return true;
        }

        bool the = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("a ", StringComparison.OrdinalIgnoreCase);
        var digits = the ? text[(text.IndexOf(' ') + 1)..] : text;
        if (digits.Length != 4 || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[3])) return false;
        int k = doc.TokenIndexAt(t.Start);
        int lead = k - 1; // the word before the determiner
        if (!the)
        {
            if (k <= 0) return false;
            var before = doc.Tokens[k - 1];
            var b = doc.Slice(before.Start, before.End);
            if (!(IsOneOf(b, s_determiners) || b.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || b.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
                  || b is "'s" or "’s"))
                return false;
            lead = k - 2;
            // "During Mr. Clinton's 1992 campaign": the preposition stands before the possessor's name. "at Mr. Trump's
            // 2005 wedding" more often places a picture than an act.
            if (!IsOneOf(b, s_determiners))
            {
                int p = lead;
                for (int steps = 0; steps < 4 && p >= 0 && doc.Tokens[p].Kind == TokenKind.Word && (doc.Tokens[p].Shape & TokenShape.Capitalized) != 0
                                    && !IsOneOf(Word(doc, p), s_within); steps++)
                    p--;
                if (p >= 0 && p < lead && IsOneOf(Word(doc, p), s_spans)) return false;
            }
        }

        // "during the 2012 race", "wrote in his 1990 autobiography", "in a 2002 talk": the thing is when it happened.
        if (lead >= 0 && IsOneOf(Word(doc, lead), s_within)) return false;
        return NounAfter(doc, t.End, names: 0);
    }

    /// <summary>The text of token <paramref name="k"/>.</summary>
    private static ReadOnlySpan<char> Word(AnalyzedDocument doc, int k) => doc.Slice(doc.Tokens[k].Start, doc.Tokens[k].End);

    private static bool IsOneOf(ReadOnlySpan<char> word, Words list) => list.Contains(word);

    /// <summary>A list of words kept by length, so a lookup compares a word only with the few of its own length.</summary>
    /// <remarks>Built once from a collection expression; read-only after, so threads share it.</remarks>
    private sealed class Words : IEnumerable<string>
    {
        private string[][] _byLength = [];

        public void Add(string word)
        {
            if (word.Length >= _byLength.Length)
            {
                int old = _byLength.Length;
                Array.Resize(ref _byLength, word.Length + 1);
                for (int n = old; n < _byLength.Length; n++) _byLength[n] = [];
            }

            ref var bucket = ref _byLength[word.Length];
            bucket = [.. bucket, word];
        }

        /// <summary>Whether <paramref name="word"/> is one of the list's words, in any case.</summary>
        public bool Contains(ReadOnlySpan<char> word)
        {
            if (word.Length >= _byLength.Length) return false;
            foreach (var w in _byLength[word.Length])
            {
                if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        public IEnumerator<string> GetEnumerator() => _byLength.SelectMany(b => b).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static readonly Words s_within = ["in", "during", "throughout", "at"];

    private static readonly Words s_spans = ["in", "during", "throughout"];

    private static readonly Words s_determiners = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"];

    // Words after a year that show it is no noun's modifier: "the 2016 and 2020 races", "that 2016 was".
    private static readonly Words s_notNouns =
    [
        "and", "or", "to", "when", "as", "in", "on", "at", "for", "with", "by", "after", "before", "but", "that", "which", "who",
        "is", "was", "were", "are", "has", "had", "will", "would", "through", "until", "since", "from", "of",
    ];

    /// <summary>
    /// Whether a date outside the reported act's clause stands in a clause of its own: a relative one ("who",
    /// "which", "whom", "whose", "where" between the clause's start and the date), or one of "after", "before",
    /// "since", "until" with a subject ("after he introduced a bill last month"), the act's own clause apart.
    /// </summary>
    private static bool InRelativeClause(AnalyzedDocument doc, Timex t, int sentenceStart, int ownClause, int offset)
    {
        if (t.Start > offset && !IsDay(t.Value) && RelativeAfterAct(doc, offset, t.Start)) return true;
        int k = doc.TokenIndexAt(t.Start) - 1;
        for (int steps = 0; k >= 0 && steps < 30; k--, steps++)
        {
            var tok = doc.Tokens[k];
            // The clause ends at a comma and before the act itself: "Sheppard, who survived a shooting last year,
            // made a call for unity on Wednesday" keeps Wednesday.
            if (tok.Start < sentenceStart || (tok.Start < offset && t.Start > offset)) break;
            var w = doc.Slice(tok.Start, tok.End);
            if (tok.Kind == TokenKind.Punct && w is ";" or ":" or ",") break;
            // A pronoun inside the act's own clause opens that clause, not another.
            if (tok.Kind == TokenKind.Word && IsOneOf(w, s_relatives)) return tok.Start < ownClause;
            if (tok.Kind == TokenKind.Word && IsOneOf(w, s_sequence) && k + 1 < doc.Tokens.Length
                && IsOneOf(Word(doc, k + 1), s_subjects))
                return tok.Start < ownClause || tok.Start > offset;
        }

        return false;
    }

    private static readonly Words s_relatives = ["who", "which", "whom", "whose", "where"];

    /// <summary>
    /// Whether a relative pronoun stands between the act at <paramref name="offset"/> and a date at <paramref name="date"/>
    /// after it: "said Ian Solomon, who was a director from 2010 to 2013, and as such nominated Kim four years ago" tells
    /// of a noun the act named. Only a year, month or span is passed over this way: a day in such a clause often sets the
    /// act's own scene ("said the businessman, who campaigned Monday in New Hampshire").
    /// </summary>
    private static bool RelativeAfterAct(AnalyzedDocument doc, int offset, int date)
    {
        for (int k = doc.TokenIndexAt(offset) + 1; k < doc.Tokens.Length && doc.Tokens[k].Start < date; k++)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind == TokenKind.Quote || (tok.Kind == TokenKind.Punct && Word(doc, k) is ";")) return false;
            if (tok.Kind == TokenKind.Word && IsOneOf(Word(doc, k), s_speakerRelatives)) return true;
        }

        return false;
    }

    private static readonly Words s_speakerRelatives = ["who", "which", "whom", "whose"];

    /// <summary>
    /// Whether the year <paramref name="t"/> is the act's own modifier ("the 2001 invasion" with the act at "invasion"):
    /// a year before a noun names a thing, and when the thing is the act, that year is its date.
    /// </summary>
    private static bool OwnYear(AnalyzedDocument doc, Timex t, int offset, DateOnly latest)
    {
        if (offset <= t.End || Since(doc, t)) return false;
        // "a 2012 records request", "the 2012 fatal attack": up to two lower-case modifiers may stand between the year and its noun.
        int k = doc.TokenIndexAt(t.End);
        for (int between = 0; k < doc.Tokens.Length && doc.Tokens[k].Start < offset; k++, between++)
        {
            var tok = doc.Tokens[k];
            var w = Word(doc, k);
            if (between >= 2 || tok.Kind != TokenKind.Word || (tok.Shape & TokenShape.Capitalized) != 0 || IsOneOf(w, s_notNouns) || IsOneOf(w, s_prepositions)
                || IsOneOf(w, s_determiners))
                return false;
        }

        if (k >= doc.Tokens.Length || doc.Tokens[k].Start != offset) return false;
        // Past modifiers the act must be the noun itself: "a 2002 psychology class called ..." has its verb after the noun.
        var act = Word(doc, k);
        if (k > doc.TokenIndexAt(t.End) && (act.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || act.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            return false;
        return NamesAThing(doc, t)
               && (latest == DateOnly.MaxValue || !(EarliestDay(t.Value) is { } first && first > latest));
    }

    /// <summary>
    /// Whether date <paramref name="t"/> stands in a comparison the act at <paramref name="offset"/> lies outside:
    /// "reminds me of Reagan's trip to Geneva in 1985", "much like he did after the attacks in Paris in January of last
    /// year", "as he did in 2012". The date is the compared thing's, a background to the act.
    /// </summary>
    private static bool Compared(AnalyzedDocument doc, Timex t, int sentenceStart, int offset)
    {
        if (offset >= t.Start && offset < t.End) return false;
        for (int k = doc.TokenIndexAt(t.Start) - 1, steps = 0; k >= 0 && steps < 16; k--, steps++)
        {
            var tok = doc.Tokens[k];
            if (tok.Start < sentenceStart || tok.Kind == TokenKind.Quote) return false;
            if (tok.Kind == TokenKind.Punct)
            {
                if (PhraseBreak(doc, k)) return false;
                continue;
            }

            // The act inside the phrase ("compared the plan with one from 2012" at "plan") is no act outside it.
            if (tok.Start < offset && offset < t.Start) return false;
            if (tok.Kind != TokenKind.Word || !ComparisonAt(doc, k)) continue;
            if (offset <= tok.Start) return true;
            // An act after the date stands outside only a comparison set off on both sides ("- much like he did ... -"):
            // "were reminiscent of one from January 2013, when Clinton testified" goes on to tell the compared thing.
            int lead = k - 1;
            while (lead >= 0 && doc.Tokens[lead].Kind == TokenKind.Word && IsOneOf(Word(doc, lead), s_comparisonLeads)) lead--;
            if (lead >= 0 && doc.Tokens[lead].Start >= sentenceStart && !(doc.Tokens[lead].Kind == TokenKind.Punct && PhraseBreak(doc, lead))) return false;
            // An act after the date stands outside the comparison only past a comma or dash that closes it.
            bool closed = false;
            for (int j = doc.TokenIndexAt(t.End); j < doc.Tokens.Length && doc.Tokens[j].Start < offset; j++)
            {
                if (doc.Tokens[j].Kind == TokenKind.Punct && PhraseBreak(doc, j)) closed = true;
                // "..., recalling the meeting between Reagan and Gorbachev": an act a second comparison word points at is
                // the compared thing told again, and keeps its date.
                else if (closed && doc.Tokens[j].Kind == TokenKind.Word && ComparisonAt(doc, j)) return false;
            }

            return closed;
        }

        return false;
    }

    /// <summary>Whether punctuation token <paramref name="k"/> closes a phrase: a comma, semicolon, colon, bracket or a dash set off by spaces (not "R-Ohio").</summary>
    private static bool PhraseBreak(AnalyzedDocument doc, int k)
    {
        var w = Word(doc, k);
        if (w is "," or ";" or ":" or "(" or ")" or "—" or "–" or "―" or "--") return true;
        var tok = doc.Tokens[k];
        return w is "-" && tok.Start > 0 && doc.Text[tok.Start - 1] == ' ';
    }

    /// <summary>Whether token <paramref name="k"/> opens a comparison: "like" as a preposition, "unlike", "reminds", "reminiscent", "echoing", "as he did".</summary>
    private static bool ComparisonAt(AnalyzedDocument doc, int k)
    {
        var w = Word(doc, k);
        if (IsOneOf(w, s_comparisons)) return true;
        if (w.Equals("like", StringComparison.OrdinalIgnoreCase))
            return k == 0 || !IsOneOf(Word(doc, k - 1), s_likeAsVerb);
        // "as he did in 2012", "as she had in 2008"
        return w.Equals("as", StringComparison.OrdinalIgnoreCase) && k + 2 < doc.Tokens.Length && IsOneOf(Word(doc, k + 1), s_subjects)
               && Word(doc, k + 2) is "did" or "had" or "has" or "does";
    }

    private static readonly Words s_comparisonLeads = ["much", "just", "not", "very", "exactly", "somewhat", "eerily", "strikingly"];

    private static readonly Words s_comparisons =
    [
        "unlike", "reminds", "reminded", "remind", "reminiscent", "recalling", "echoing", "echoes", "evoking", "evokes", "mirroring",
        "compared", "comparing", "compares", "comparison", "similar", "akin",
        // "Citing last week's attack, Will urged ...": what an act refers to is as much its background.
        "citing", "referring", "alluding", "invoking", "mentioning",
    ];

    // Words before "like" that make it a verb: "would like", "I like", "don't like".
    private static readonly Words s_likeAsVerb =
        ["would", "'d", "’d", "i", "you", "we", "they", "do", "don't", "don’t", "did", "didn't", "didn’t", "does", "doesn't", "doesn’t", "to", "not", "n't", "might", "may"];

    /// <summary>
    /// Whether date <paramref name="t"/> right after a bare "after" or "before" follows the act's noun with no verb
    /// between: "the invasion of Afghanistan after 9/11" tells what the act came after, not when it was.
    /// </summary>
    private static bool AfterTheNoun(AnalyzedDocument doc, Timex t, int sentenceStart, int offset)
    {
        int first = doc.TokenIndexAt(t.Start);
        if (first < 2 || offset >= doc.Tokens[first - 1].Start || doc.Tokens[first - 1].Start < sentenceStart) return false;
        var w = Word(doc, first - 1);
        if (!(w.Equals("after", StringComparison.OrdinalIgnoreCase) || w.Equals("before", StringComparison.OrdinalIgnoreCase))) return false;
        int act = doc.TokenIndexAt(offset);
        if (act < 1 || act >= first - 1 || first - 1 - act > 6) return false;
        // The act is a noun: a determiner, a possessive or a year stands right before it.
        var before = Word(doc, act - 1);
        if (!(IsOneOf(before, s_determiners) || before is "'s" or "’s" || (before.Length == 4 && char.IsAsciiDigit(before[0]) && char.IsAsciiDigit(before[3]))))
            return false;
        for (int j = act + 1; j < first - 1; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Punct || (doc.Tokens[j].Kind == TokenKind.Word && PastVerb(Word(doc, j)))) return false;
        }

        return true;
    }

    /// <summary>
    /// Whether date <paramref name="t"/> stands in a phrase that sets the background of the act at
    /// <paramref name="offset"/> rather than its time: "despite defeats on Tuesday", an "after" clause with a verb of its
    /// own ("after the primary last month left voters waiting"), the origin of a thing ("a video from 1999"), or a
    /// noun's apposition between commas ("Stevens, his strategist in the 2012 campaign, said").
    /// </summary>
    private static bool Background(AnalyzedDocument doc, Timex t, int sentenceStart, int offset)
    {
        if (offset >= t.Start && offset < t.End) return false;
        int first = doc.TokenIndexAt(t.Start);
        int k = first - 1;
        // "a video of him from 1999": a date after "from" and not the start of a span says where a thing comes from.
        // The act comes before it: "from January 2013, when she testified" dates what the "when" clause tells.
        if (offset < t.Start && k >= 0 && doc.Tokens[k].Start >= sentenceStart && Word(doc, k).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            int after = doc.TokenIndexAt(t.End);
            bool span = (t.End < doc.Text.Length && doc.Text[t.End] is '-' or '–' or '—') || doc.Slice(t.Start, t.End).IndexOfAny('-', '–') > 0
                        || (after < doc.Tokens.Length && IsOneOf(Word(doc, after), s_spanEnds));
            if (!span) return true;
        }

        for (int steps = 0; k >= 0 && steps < 16; k--, steps++)
        {
            var tok = doc.Tokens[k];
            if (tok.Start < sentenceStart || tok.Kind == TokenKind.Quote) return false;
            if (offset < t.Start && tok.Start <= offset) return false; // the act stands inside the phrase the date is in
            var w = Word(doc, k);
            if (tok.Kind == TokenKind.Punct)
            {
                if (w is "'s" or "’s" or "'" or "’" or "." or "-") continue; // "the governor's", "Gov.", "R-Ohio"
                if (w is not ",") return false;
                return Apposition(doc, k, first, t.End, sentenceStart, offset);
            }

            if (tok.Kind != TokenKind.Word) continue;
            if (w.Equals("despite", StringComparison.OrdinalIgnoreCase)) return true;
            // "will sue the state after the primary last month left voters waiting": an act before a clause of "after"
            // is not at its date. A fronted one ("After the senators voted on Tuesday, the speaker adjourned") most
            // often sets the day of what follows.
            if (IsOneOf(w, s_sequence)) return offset < tok.Start && VerbIn(doc, k, first, t.End);
        }

        return false;
    }

    /// <summary>Where the first comma, semicolon or colon after <paramref name="offset"/> stands; <paramref name="end"/> when none does.</summary>
    private static int NextComma(AnalyzedDocument doc, int offset, int end)
    {
        for (int k = doc.TokenIndexAt(offset) + 1; k < doc.Tokens.Length && doc.Tokens[k].Start < end; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Punct && Word(doc, k) is "," or ";" or ":") return doc.Tokens[k].Start;
        }

        return end;
    }

    private static readonly Words s_spanEnds = ["to", "until", "till", "through", "thru"];

    /// <summary>
    /// Whether the verb of a clause opened at token <paramref name="from"/> stands before the date at token
    /// <paramref name="date"/> or right after it: "after the primary last month left", "after Trump won the race in May".
    /// </summary>
    private static bool VerbIn(AnalyzedDocument doc, int from, int date, int dateEnd)
    {
        for (int j = from + 1; j < date; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Word && (doc.Tokens[j].Shape & TokenShape.Capitalized) == 0 && PastVerb(Word(doc, j))
                && !IsOneOf(Word(doc, j - 1), s_determiners))
                return true;
        }

        int end = doc.TokenIndexAt(dateEnd);
        return end < doc.Tokens.Length && doc.Tokens[end].Kind == TokenKind.Word && PastVerb(Word(doc, end));
    }

    private static bool PastVerb(ReadOnlySpan<char> w) =>
        (IsParticiple(w) && !w.Equals("set", StringComparison.OrdinalIgnoreCase) && !w.Equals("cut", StringComparison.OrdinalIgnoreCase))
        || w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase)
        || w.Equals("had", StringComparison.OrdinalIgnoreCase) || IsOneOf(w, s_irregularPasts);

    private static readonly Words s_irregularPasts =
    [
        "came", "went", "took", "gave", "wrote", "ran", "began", "broke", "spoke", "stole", "swore", "drove", "beat", "hid",
        "fell", "rose", "grew", "knew", "saw", "told", "said", "became", "chose", "drew", "threw", "forgot", "undercut",
    ];

    /// <summary>
    /// Whether the comma at token <paramref name="comma"/> opens an apposition to the name before it that holds the
    /// date at token <paramref name="date"/> and ends, with another comma, before the act.
    /// </summary>
    private static bool Apposition(AnalyzedDocument doc, int comma, int date, int dateEnd, int sentenceStart, int offset)
    {
        if (comma < 1 || comma + 1 >= date || doc.Tokens[comma - 1].Start < sentenceStart) return false;
        var name = doc.Tokens[comma - 1];
        if (name.Kind != TokenKind.Word || (name.Shape & TokenShape.Capitalized) == 0) return false;
        // The name opens the sentence or follows a verb of saying ("said Ann Hale, a friend who ..."): "the hijackers
        // were Saudis, the government ..." ends a clause instead.
        int n = comma - 1;
        for (int steps = 0; n >= 0 && steps < 5 && doc.Tokens[n].Start >= sentenceStart
                            && ((doc.Tokens[n].Shape & TokenShape.Capitalized) != 0 || Word(doc, n) is "."); steps++)
            n--;
        if (n >= 0 && doc.Tokens[n].Start >= sentenceStart && !IsOneOf(Word(doc, n), s_speechVerbs)) return false;
        var opener = Word(doc, comma + 1);
        bool noun = IsOneOf(opener, s_determiners) || opener.EndsWith("'s", StringComparison.Ordinal) || opener.EndsWith("’s", StringComparison.Ordinal)
                    || ((doc.Tokens[comma + 1].Shape & TokenShape.Capitalized) != 0 && comma + 2 < date
                        && Word(doc, comma + 2) is "'s" or "’s");
        if (!noun || opener.Equals("that", StringComparison.OrdinalIgnoreCase) || opener.Equals("this", StringComparison.OrdinalIgnoreCase)) return false;
        // The apposition closes before the act after it ("Stevens, Romney's strategist in 2012, said") or after the date
        // when the act came first ("said Ann Hale, a friend who left the campaign in October, in an interview").
        for (int j = doc.TokenIndexAt(dateEnd); j < doc.Tokens.Length && j < date + 15; j++)
        {
            var tok = doc.Tokens[j];
            if (offset > doc.Tokens[comma].Start && tok.Start >= offset) return false;
            if (tok.Kind == TokenKind.Punct && Word(doc, j) is ",") return true;
            if (tok.Kind == TokenKind.Punct || tok.Kind == TokenKind.Quote) return false;
        }

        return false;
    }

    /// <summary>
    /// Whether the act at <paramref name="offset"/> is told in the present: a present verb of saying ("he says"), or
    /// "is", "are" or "remains" (an adverb or "not" may stand between) before it.
    /// </summary>
    private static bool Present(AnalyzedDocument doc, int offset, int clauseStart)
    {
        int at = doc.TokenIndexAt(offset);
        if (at >= doc.Tokens.Length || doc.Tokens[at].Kind != TokenKind.Word) return false;
        if (IsOneOf(Word(doc, at), s_presentSaying)) return true;
        int k = at - 1;
        for (int step = 0; step < 3 && k >= 0 && doc.Tokens[k].Start >= clauseStart; step++, k--)
        {
            var w = Word(doc, k);
            if (IsOneOf(w, s_presentBe)) return true;
            if (!w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !IsOneOf(w, s_presentFillers)) return false;
        }

        return false;
    }

    /// <summary>Whether the cue at <paramref name="offset"/> reads as a verb in the present's third person ("indicates", "denies").</summary>
    private static bool PresentCue(AnalyzedDocument doc, int offset, int end)
    {
        int at = doc.TokenIndexAt(offset);
        if (at >= doc.Tokens.Length || doc.Tokens[at].Start >= end) return false;
        var tok = doc.Tokens[at];
        if (tok.Kind != TokenKind.Word || (tok.Shape & TokenShape.Capitalized) != 0) return false;
        var w = Word(doc, at);
        // "That prompted calls for probes": a plural noun before "for" is no verb.
        return w.Length >= 4 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i' or '\'' or '’')
               && !(at + 1 < doc.Tokens.Length && Word(doc, at + 1).Equals("for", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly Words s_presentSaying =
    [
        "says", "tells", "writes", "adds", "argues", "insists", "notes", "explains", "recalls", "contends", "maintains", "believes",
        "remains", "remain",
    ];

    private static readonly Words s_presentBe = ["is", "are", "am", "remains", "remain"];

    private static readonly Words s_presentFillers = ["not", "still", "also", "now", "n't"];

    /// <summary>
    /// Where the noun begins that a participle phrase holding date <paramref name="t"/> hangs from, as a relative
    /// clause would ("scrap the agreement reached last year", "the deal brokered by the two leaders last week",
    /// "remarks made last summer were played"); -1 when the date stands in no such phrase.
    /// </summary>
    /// <remarks>
    /// With no parts of speech, a participle after a noun is told from a past verb after its subject by one of three
    /// signs: "by" after it, a verb after the date, or a determiner before the noun that follows a verb or a
    /// preposition rather than opening the clause ("The senate passed the bill on Monday" keeps its subject).
    /// </remarks>
    private static int ReducedRelative(AnalyzedDocument doc, Timex t, int sentenceStart)
    {
        int first = doc.TokenIndexAt(t.Start);
        for (int k = first - 1, steps = 0; k >= 1 && steps < 12; k--, steps++)
        {
            var tok = doc.Tokens[k];
            if (tok.Start < sentenceStart) return -1;
            if (tok.Kind == TokenKind.Quote) return -1;
            var w = Word(doc, k);
            if (tok.Kind == TokenKind.Punct)
            {
                if (w is "(" or ")") continue; // "by Speaker Paul Ryan (R-Wis.) last week"
                return -1;
            }

            if (tok.Kind != TokenKind.Word) continue;
            // "technology created by a firm to claim credit for last month's attacks": an infinitive is a new act.
            if (IsOneOf(w, s_relatives) || IsOneOf(w, s_clauseOpeners) || w.Equals("to", StringComparison.OrdinalIgnoreCase)
                || (w is not "and" && IsBoundary(doc, tok)))
                return -1;
            if (!IsParticiple(w) || (tok.Shape & TokenShape.Capitalized) != 0) continue;
            int n = k - 1;
            var noun = doc.Tokens[n];
            var nw = Word(doc, n);
            if (noun.Kind != TokenKind.Word || noun.Start < sentenceStart || IsOneOf(nw, s_notNouns) || IsOneOf(nw, s_notHeads)
                || IsOneOf(nw, s_determiners) || nw.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
                return -1;
            // "an interview published Monday", "a memo released Friday": what it says is dated by when it came out.
            // "Remarks made last summer were played on Thursday" are no such record: playing them is a new act.
            if (IsOneOf(nw, s_documents)) return -1;
            bool by = k + 1 < first && Word(doc, k + 1).Equals("by", StringComparison.OrdinalIgnoreCase);
            // The participle has no object: the date or a preposition leading to it follows ("passed in March"), or
            // "by" and its agent do; "his last paid speeches in early 2015" is an adjective before a noun.
            if (!by && !(k + 1 == first || (first - k <= 4 && IsOneOf(Word(doc, k + 1), s_within)))) return -1;
            int after = doc.TokenIndexAt(t.End);
            bool verbAfter = after < doc.Tokens.Length && doc.Tokens[after].Kind == TokenKind.Word && IsOneOf(Word(doc, after), s_auxiliaries);
            return by || verbAfter || Embedded(doc, n, sentenceStart) ? noun.Start : -1;
        }

        return -1;
    }

    /// <summary>Whether the noun phrase ending at token <paramref name="n"/> follows a verb or a preposition inside its clause.</summary>
    private static bool Embedded(AnalyzedDocument doc, int n, int sentenceStart)
    {
        for (int d = n - 1, steps = 0; d >= 1 && steps < 5; d--, steps++)
        {
            var tok = doc.Tokens[d];
            if (tok.Start < sentenceStart || tok.Kind is TokenKind.Punct or TokenKind.Quote) return false;
            var w = Word(doc, d);
            // "note that Sanders co-sponsored bans in 2003": "that" opens a clause here, it determines no noun.
            bool determiner = (IsOneOf(w, s_determiners) && !w.Equals("that", StringComparison.OrdinalIgnoreCase)) || IsOneOf(w, s_quantifiers)
                              || w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase);
            if (!determiner) continue;
            var before = doc.Tokens[d - 1];
            if (before.Start < sentenceStart || before.Kind != TokenKind.Word || (before.Shape & TokenShape.Capitalized) != 0) return false;
            var bw = Word(doc, d - 1);
            // "The chief judge of the court for the circuit visited ...", "Efforts to fight the virus failed Tuesday": a
            // preposition or an infinitive most often extends the clause's subject, so only a verb leads the way in.
            if (IsOneOf(bw, s_prepositions) || IsOneOf(bw, s_clauseOpeners) || IsBoundary(doc, before) || IsOneOf(bw, s_relatives)
                || InTimex(doc, before.Start))
                return false;
            return !(d >= 2 && Word(doc, d - 2).Equals("to", StringComparison.OrdinalIgnoreCase) && OpensClause(doc, d - 2, sentenceStart));
        }

        return false;
    }

    /// <summary>
    /// Whether the few words before token <paramref name="k"/> open their clause: "Efforts to fight the virus failed"
    /// is a subject, "pushing senators to reject the deal reached last week" an object.
    /// </summary>
    private static bool OpensClause(AnalyzedDocument doc, int k, int sentenceStart)
    {
        for (int j = k - 1; j >= k - 3; j--)
        {
            if (j < 0 || doc.Tokens[j].Start < sentenceStart || doc.Tokens[j].Kind == TokenKind.Punct || IsBoundary(doc, doc.Tokens[j])) return true;
        }

        return false;
    }

    private static bool InTimex(AnalyzedDocument doc, int at)
    {
        int i = FirstTimexFrom(doc, at + 1);
        return i < doc.Timexes.Length && doc.Timexes[i].Start <= at;
    }

    /// <summary>Whether a lower-case word reads as a past participle: "-ed" or one of the common irregular ones.</summary>
    private static bool IsParticiple(ReadOnlySpan<char> w)
    {
        if (IsOneOf(w, s_speechVerbs)) return false; // "his candidacy warned on Tuesday that ...": a speaker, not a phrase
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal)
            && !w.Equals("hundred", StringComparison.Ordinal))
            return true;
        return IsOneOf(w, s_irregularParticiples);
    }

    private static readonly Words s_irregularParticiples =
    [
        "made", "held", "taken", "given", "written", "sent", "won", "built", "shown", "seen", "done", "known", "brought",
        "bought", "caught", "chosen", "drawn", "found", "heard", "kept", "lost", "paid", "sold", "spent", "struck", "taught",
        "thrown", "begun", "broken", "spoken", "stolen", "sworn", "driven", "forgotten", "beaten", "hidden", "shot", "fought",
        "sought", "laid", "cast", "hit", "cut", "set", "put", "led", "left", "met", "undertaken",
    ];

    // Words that cannot be the noun a participle phrase hangs from.
    private static readonly Words s_notHeads =
    [
        "he", "she", "they", "it", "we", "i", "you", "him", "them", "us", "me", "not", "never", "also", "be", "been", "being",
        "just", "only", "then", "already", "once", "first", "still", "even", "ever", "who", "which",
    ];

    // Words that open a clause of their own, so a noun after them is its subject.
    private static readonly Words s_clauseOpeners =
    [
        "that", "when", "as", "if", "because", "while", "after", "before", "since", "until", "once", "whether", "where",
        "then", "also", "now", "so", "yet", "still", "meanwhile", "later", "even", "only", "just", "how", "what", "why", "who",
    ];

    private static readonly Words s_documents =
    [
        "report", "memo", "article", "poll", "survey", "sheet", "story", "document", "documents", "ad", "message", "headline",
        "column", "editorial", "filing", "study", "book", "documentary", "episode", "show", "program", "broadcast", "transcript",
        "interview", "statement", "letter", "post", "tweet", "op-ed", "video", "email", "release",
    ];

    private static readonly Words s_prepositions =
    [
        "of", "for", "to", "in", "on", "at", "with", "about", "against", "from", "over", "by", "into", "onto", "under", "between",
        "among", "like", "than", "toward", "towards", "through", "during", "without", "within", "behind", "across", "around",
    ];

    private static readonly Words s_quantifiers = ["these", "those", "some", "all", "any", "several", "many", "every", "each", "both"];

    private static readonly Words s_auxiliaries =
    [
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
    ];

    // Subordinators whose clause is before or after the act, never its time, when a subject follows: "pledged to
    // close the centers, after he introduced a bill last month".
    private static readonly Words s_sequence = ["after", "before", "since", "until"];

    private static readonly Words s_subjects = ["he", "she", "they", "it", "we", "i", "you"];

    /// <summary>Where a participle clause after the act begins (", telling reporters"); the sentence's end when none.</summary>
    private static int ParticipleAfter(AnalyzedDocument doc, int offset, int end)
    {
        for (int k = doc.TokenIndexAt(offset) + 1; k + 1 < doc.Tokens.Length && doc.Tokens[k + 1].Start < end; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Punct || Word(doc, k) is not ",") continue;
            // "as “fantastic,” telling reporters": a closing quote may stand between.
            var next = doc.Tokens[k + 1].Kind == TokenKind.Quote && k + 2 < doc.Tokens.Length ? doc.Tokens[k + 2] : doc.Tokens[k + 1];
            var w = doc.Slice(next.Start, next.End);
            if (next.Kind == TokenKind.Word && w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)
                && !w.Equals("including", StringComparison.OrdinalIgnoreCase))
                return next.Start;
        }

        return end;
    }

    /// <summary>
    /// Where the complement of a verb of saying begins in the clause [<paramref name="start"/>, <paramref name="end"/>):
    /// after the "that" a few words after the verb ("said in a statement Tuesday that"), or at a pronoun right after it
    /// ("said she"); -1 when the clause reports no speech.
    /// </summary>
    private static int ComplementStart(AnalyzedDocument doc, int start, int end)
    {
        bool inQuote = false;
        for (int k = doc.TokenIndexAt(start); k < doc.Tokens.Length && doc.Tokens[k].Start < end; k++)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind == TokenKind.Quote) inQuote = !inQuote;
            if (inQuote || tok.Kind != TokenKind.Word || !IsOneOf(Word(doc, k), s_sayingVerbs)) continue;
            if (k + 1 < doc.Tokens.Length && doc.Tokens[k + 1].Start < end && IsOneOf(Word(doc, k + 1), s_subjects))
                return doc.Tokens[k + 1].Start;
            for (int j = k + 1; j < doc.Tokens.Length && j <= k + 8 && doc.Tokens[j].Start < end; j++)
            {
                var next = doc.Tokens[j];
                if (next.Kind is TokenKind.Punct or TokenKind.Quote) break;
                if (Word(doc, j).Equals("that", StringComparison.OrdinalIgnoreCase)) return next.End;
            }
        }

        return -1;
    }

    private static readonly Words s_sayingVerbs =
    [
        "said", "says", "say", "told", "tells", "tell", "announced", "announces", "wrote", "writes", "added", "argued", "argues",
        "insisted", "insists", "claimed", "claims", "stated", "testified", "acknowledged", "admitted", "conceded", "noted",
        "recalled", "disclosed", "revealed", "reported", "confirmed", "denied", "suggested", "asserted", "contended",
    ];

    /// <summary>Whether "had" (an adverb or "been" may stand between) comes right before the act at <paramref name="offset"/>.</summary>
    private static bool PastPerfect(AnalyzedDocument doc, int offset, int from)
    {
        int k = doc.TokenIndexAt(offset) - 1;
        for (int step = 0; step < 3 && k >= 0 && doc.Tokens[k].Start >= from; step++, k--)
        {
            var w = Word(doc, k);
            if (w.Equals("had", StringComparison.OrdinalIgnoreCase) || w is "'d" or "’d") return true;
            if (!w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !IsOneOf(w, s_perfectFillers)) return false;
        }

        return false;
    }

    private static readonly Words s_perfectFillers = ["been", "already", "also", "not", "never", "once", "previously", "since", "just"];

    /// <summary>Whether "has" or "have" (an adverb may stand between) comes right before the act at <paramref name="offset"/>.</summary>
    private static bool Perfect(AnalyzedDocument doc, int offset, int clauseStart)
    {
        int k = doc.TokenIndexAt(offset) - 1;
        for (int step = 0; step < 2 && k >= 0 && doc.Tokens[k].Start >= clauseStart; step++, k--)
        {
            var w = Word(doc, k);
            if (w.Equals("has", StringComparison.OrdinalIgnoreCase) || w.Equals("have", StringComparison.OrdinalIgnoreCase)) return true;
            if (!w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !w.Equals("also", StringComparison.OrdinalIgnoreCase)) return false;
        }

        return false;
    }

    /// <summary>The first day a TIMEX3 value can mean ("2022-W43" its Monday, "2022-Q3" July 1, "199" 1990); null when it has none.</summary>
    internal static DateOnly? EarliestDay(string value)
    {
        if (value.Length < 3 || !char.IsAsciiDigit(value[0])) return null;
        int n = 0, digits = 0;
        while (digits < value.Length && digits < 4 && char.IsAsciiDigit(value[digits])) n = n * 10 + (value[digits++] - '0');
        if (digits == 3) return new DateOnly(Math.Max(1, n * 10), 1, 1); // "199": the 1990s
        if (digits != 4 || n < 1) return null;
        if (value.Length < 6 || value[4] != '-') return new DateOnly(n, 1, 1);
        var rest = value.AsSpan(5);
        if (rest.Length >= 2 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]))
        {
            int m = (rest[0] - '0') * 10 + (rest[1] - '0');
            if (m is < 1 or > 12) return null;
            int d = 1;
            if (rest.Length >= 5 && rest[2] == '-' && char.IsAsciiDigit(rest[3]) && char.IsAsciiDigit(rest[4]))
                d = Math.Clamp((rest[3] - '0') * 10 + (rest[4] - '0'), 1, DateTime.DaysInMonth(n, m));
            return new DateOnly(n, m, d);
        }

        if (rest.Length >= 2 && rest[0] == 'W' && char.IsAsciiDigit(rest[1]))
        {
            int w = rest[1] - '0';
            if (rest.Length >= 3 && char.IsAsciiDigit(rest[2])) w = w * 10 + (rest[2] - '0');
            if (w is < 1 or > 53 || w > System.Globalization.ISOWeek.GetWeeksInYear(n)) return null;
            // A weekend ("2022-W43-WE") begins on its Saturday.
            var day = rest.EndsWith("-WE") ? DayOfWeek.Saturday : DayOfWeek.Monday;
            return DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(n, w, day));
        }

        int month = rest switch
        {
            ['Q', >= '1' and <= '4', ..] => (rest[1] - '1') * 3 + 1,
            ['H', >= '1' and <= '2', ..] => (rest[1] - '1') * 6 + 1,
            ['S', 'P', ..] => 3,
            ['S', 'U', ..] => 6,
            ['F', 'A', ..] => 9,
            ['W', 'I', ..] => 12,
            _ => 1,
        };
        return new DateOnly(n, month, 1);
    }

    private static bool HasVagueReference(AnalyzedDocument doc, Sentence s)
    {
        // A sentence that says "now" or "currently" speaks of the present, not of the story before it.
        for (int i = FirstTimexFrom(doc, s.Start); i < doc.Timexes.Length && doc.Timexes[i].Start < s.End; i++)
        {
            if (doc.Timexes[i].Value is "PRESENT_REF" or "FUTURE_REF") return true;
        }

        return false;
    }

    /// <summary>The clause around <paramref name="offset"/>: bounded by ; : , and conjunctions, inside the sentence.</summary>
    private static (int Start, int End) ClauseAround(AnalyzedDocument doc, Sentence s, int offset)
    {
        int first = doc.TokenIndexAt(s.Start);
        int at = doc.TokenIndexAt(offset);
        int start = s.Start, end = s.End;
        for (int k = Math.Min(at, doc.Tokens.Length) - 1; k >= first && k >= 0; k--)
        {
            var t = doc.Tokens[k];
            if (t.Start < s.Start) break;
            if (IsBoundary(doc, t))
            {
                start = t.End;
                break;
            }
        }

        for (int k = at; k < doc.Tokens.Length; k++)
        {
            var t = doc.Tokens[k];
            if (t.Start >= s.End) break;
            if (t.Start > offset && IsBoundary(doc, t))
            {
                end = t.Start;
                break;
            }
        }

        return (start, Math.Max(start, end));
    }

    /// <summary>Whether sentence <paramref name="s"/> holds "at", "during", "before" or "after", the words by which <see cref="EventAnchored"/> finds an event.</summary>
    private static bool HasEventLead(AnalyzedDocument doc, Sentence s)
    {
        for (int k = doc.TokenIndexAt(s.Start); k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word || t.Length is not (2 or 5 or 6)) continue;
            if (t.IsPlainWord ? Array.IndexOf(s_eventLeadKeys, t.Key) >= 0 : IsOneOf(doc.Slice(t.Start, t.End), s_eventLeads)) return true;
        }

        return false;
    }

    private static readonly Words s_eventLeads = ["at", "during", "before", "after"];
    private static readonly ulong[] s_eventLeadKeys = [.. s_eventLeads.Select(w => Annals.Text.TokenKey.Of(w))];

    private static bool IsBoundary(AnalyzedDocument doc, Token t)
    {
        if (t.Kind == TokenKind.Punct)
        {
            var text = doc.Slice(t.Start, t.End);
            return text is ";" or ":" or ",";
        }

        if (t.Kind != TokenKind.Word) return false;
        // A plain word by the key the tokenizer made (every clause scan reads each of its words here); another by its text.
        if (t.IsPlainWord) return Array.IndexOf(s_conjunctionKeys, t.Key) >= 0;
        return IsOneOf(doc.Slice(t.Start, t.End), s_conjunctions);
    }

    private static readonly Words s_conjunctions = ["and", "but", "while", "whereas", "although", "though", "because", "or"];
    private static readonly ulong[] s_conjunctionKeys = [.. s_conjunctions.Select(w => Annals.Text.TokenKey.Of(w))];

    /// <summary>
    /// True when the sentence goes on with the previous one's story: same paragraph (no line break between them) and
    /// it opens with a pronoun, a definite reference or a connective ("The decree, which ...", "He then ...").
    /// </summary>
    private static bool ContinuesStory(AnalyzedDocument doc, int sentence, int offset, int excludeStart, int excludeEnd, out bool atTheTime,
        out bool sameActorGoesOn)
    {
        sameActorGoesOn = false;
        var prev = doc.Sentences[sentence - 1];
        var s = doc.Sentences[sentence];
        var sentenceText = doc.Slice(s.Start, s.End);
        atTheTime = sentenceText.ContainsAny(s_atTheTime);
        if (prev.End > s.Start) return false;
        // "Soon after, she agreed", "At the time, he sided with ...": the sentence says it goes on from the last, even
        // from a paragraph of its own.
        if (sentenceText.StartsWith("soon after", StringComparison.OrdinalIgnoreCase) || sentenceText.StartsWith("shortly after", StringComparison.OrdinalIgnoreCase)
            || sentenceText.StartsWith("at the time", StringComparison.OrdinalIgnoreCase))
            return true;
        bool newParagraph = doc.Slice(prev.End, s.Start).Contains('\n');
        int k = doc.TokenIndexAt(s.Start);
        if (k >= doc.Tokens.Length || doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].Start >= s.End) return false;
        var w = Word(doc, k);
        if (!newParagraph)
        {
            // "..., Eskelsen Garcia said at the time": the sentence says it goes on from the last.
            if (atTheTime) return true;
            if (IsOneOf(w, s_continuations)) return Narrative(doc, sentence, offset, excludeStart, excludeEnd) && (excludeStart >= 0 || ToldInThePast(doc, offset, s.Start));
        }

        // "Kirby said Friday that ... / Kirby also said ...", "The council on Wednesday approved ... / The council voted
        // ...": the one the sentence before told of goes on, on a recent day, even in a paragraph of its own; a year
        // there is more often a background the person's story moves on from ("was hired in 1997 ... / Sperling said").
        // "Mr. Ridge said", "Sen. Sanders": a title or an initial names no one; the name after it does.
        int name = k;
        for (int steps = 0; steps < 3 && name + 1 < doc.Tokens.Length && doc.Tokens[name + 1].Start < s.End && Word(doc, name) is [.., '.']; steps++)
            name++;
        var nw = Word(doc, name);
        bool sameActor = IsOneOf(w, s_definites)
            ? NamedBefore(doc, k + 1, s.End, doc.Slice(prev.Start, prev.End))
            : doc.Tokens[name].Kind == TokenKind.Word && (doc.Tokens[name].Shape & TokenShape.Capitalized) != 0 && nw.Length > 2
              && !IsOneOf(nw, s_sentenceOpeners) && ContainsWord(doc.Slice(prev.Start, prev.End), nw);
        if (!sameActor) return false;
        sameActorGoesOn = true;
        return Narrative(doc, sentence, offset, excludeStart, excludeEnd) && ToldInThePast(doc, offset, s.Start);
    }

    /// <summary>
    /// Whether the act at <paramref name="offset"/> stands in a relative clause about one the sentence before,
    /// <paramref name="prev"/>, did not name ("The family of Ronald Johnson, who was shot by an officer in 2014, has
    /// ..."): a newcomer's background, not the story going on.
    /// </summary>
    private static bool NewcomersBackground(AnalyzedDocument doc, Sentence prev, int offset)
    {
        int k = doc.TokenIndexAt(offset);
        for (int b = k - 1; b >= 1 && b > k - 10; b--)
        {
            if (doc.Tokens[b].Kind == TokenKind.Punct) return false;
            if (!IsOneOf(Word(doc, b), s_relatives)) continue;
            // Only a clause set apart by a comma, after the noun it tells of: "The decree, which ..." told before goes on;
            // "a coalition of unions who feared" or "the attack in which he killed" is the story's own.
            if (Word(doc, b - 1) is not "," || b < 2) return false;
            return doc.Tokens[b - 2].Kind == TokenKind.Word && !ContainsWord(doc.Slice(prev.Start, prev.End), Word(doc, b - 2));
        }

        return false;
    }

    /// <summary>
    /// The recent day (a week back at most) of the sentence before, when sentence <paramref name="sentence"/> opens a
    /// paragraph that goes on with the same scene: a subject pronoun after a sentence that opens on a name ("Sanders
    /// seemed ... Tuesday night ... / He vowed ..."), or "In his speech," and a name ("In his speech, Mr. Obama argued"),
    /// with the act the first verb after that subject, told in the past; -1 otherwise.
    /// </summary>
    private static int SceneGoesOn(AnalyzedDocument doc, int sentence, int offset, int excludeStart, int excludeEnd, DateOnly latest)
    {
        var s = doc.Sentences[sentence];
        var prev = doc.Sentences[sentence - 1];
        if (prev.End > s.Start || !doc.Slice(prev.End, s.Start).Contains('\n')) return -1;
        int k = doc.TokenIndexAt(s.Start), first = k;
        if (k + 3 >= doc.Tokens.Length || doc.Tokens[k].Kind != TokenKind.Word) return -1;
        bool speech = false;
        if (IsOneOf(Word(doc, k), s_subjectPronouns))
        {
            // The sentence before opens on a person's name: "Sanders seemed", "Mr. Obama said".
            int p = doc.TokenIndexAt(prev.Start);
            while (p < doc.Tokens.Length && doc.Tokens[p].Start < prev.End && Word(doc, p) is [.., '.'] && Word(doc, p).Length <= 4) p++;
            if (p >= doc.Tokens.Length || doc.Tokens[p].Start >= prev.End || doc.Tokens[p].Kind != TokenKind.Word || (doc.Tokens[p].Shape & TokenShape.Capitalized) == 0
                || Word(doc, p).Length < 3 || IsOneOf(Word(doc, p), s_sentenceOpeners) || IsOneOf(Word(doc, p), s_definites) || IsOneOf(Word(doc, p), s_subjectPronouns))
                return -1;
            k++;
        }
        else if (Word(doc, k).Equals("in", StringComparison.OrdinalIgnoreCase) && Word(doc, k + 1) is "his" or "her" or "His" or "Her"
                 && IsOneOf(Word(doc, k + 2), s_ownOccasions) && Word(doc, k + 3) is ",")
        {
            speech = true;
            k += 4;
            // The speaker's name after the comma: "Mr. Obama", "Clinton".
            int names = 0;
            while (k < doc.Tokens.Length && doc.Tokens[k].Start < s.End
                   && ((doc.Tokens[k].Kind == TokenKind.Word && (doc.Tokens[k].Shape & TokenShape.Capitalized) != 0) || Word(doc, k) is "."))
            {
                if (doc.Tokens[k].Kind == TokenKind.Word) names++;
                k++;
            }

            if (names == 0) return -1;
        }
        else
        {
            return -1;
        }

        // The act is the subject's first verb, an adverb or "also" apart.
        if (k < doc.Tokens.Length && doc.Tokens[k].Start != offset && (IsOneOf(Word(doc, k), s_bodyFillers) || Word(doc, k).EndsWith("ly", StringComparison.Ordinal))) k++;
        if (k >= doc.Tokens.Length || doc.Tokens[k].Start != offset) return -1;
        bool past = excludeStart >= 0 && offset != excludeStart
            ? PastCue(doc, offset, excludeStart, s.End)
            : ToldInThePast(doc, offset, s.Start) && Narrative(doc, sentence, offset, excludeStart, excludeEnd) && PastVerb(Word(doc, k));
        if (!past || (!speech && OtherMedium(doc, s)) || first < 0) return -1;
        int last = LastAnchor(doc, prev.Start, prev.End, latest);
        if (last < 0 || !IsDay(doc.Timexes[last].Value) || EarliestDay(doc.Timexes[last].Value) is not { } day
            || day > doc.Article.Date || day.DayNumber < doc.Article.Date.DayNumber - 7)
            return -1;
        return last;
    }

    /// <summary>
    /// The date of the occasion the sentence before names with a date of its own ("a 2007 address", "his March 3
    /// speech", "Tuesday's hearing"), when sentence <paramref name="sentence"/> opens on the speaker's occasion ("In his
    /// remarks,", "At the hearing,") and tells the act at <paramref name="offset"/> after it in the past; -1 otherwise.
    /// </summary>
    private static int OccasionDatedBefore(AnalyzedDocument doc, int sentence, int offset, int excludeStart, int excludeEnd, DateOnly latest)
    {
        var s = doc.Sentences[sentence];
        int k = doc.TokenIndexAt(s.Start);
        if (k + 3 >= doc.Tokens.Length || !IsOneOf(Word(doc, k), s_within) || !IsOneOf(Word(doc, k + 1), s_backReferences)
            || !(IsOneOf(Word(doc, k + 2), s_ownOccasions) || IsOneOf(Word(doc, k + 2), s_sceneOccasions)) || Word(doc, k + 3) is not ","
            || offset <= doc.Tokens[k + 3].Start)
            return -1;
        bool past = excludeStart >= 0 && offset != excludeStart
            ? PastCue(doc, offset, excludeStart, s.End)
            : !Quoted(doc, s.Start, offset) && ToldInThePast(doc, offset, doc.Tokens[k + 3].End) && Narrative(doc, sentence, offset, excludeStart, excludeEnd);
        if (!past) return -1;
        var prev = doc.Sentences[sentence - 1];
        for (int j = doc.TokenIndexAt(prev.Start) + 1; j < doc.Tokens.Length && doc.Tokens[j].Start < prev.End; j++)
        {
            if (!(IsOneOf(Word(doc, j), s_ownOccasions) || IsOneOf(Word(doc, j), s_sceneOccasions)) || (doc.Tokens[j].Shape & TokenShape.Capitalized) != 0) continue;
            // The date right before the noun, a name or its possessive apart: "a 2007 address", "Tuesday's speech".
            int b = j - 1;
            while (b > j - 3 && b >= 0 && (Word(doc, b) is "'s" or "’s" || (doc.Tokens[b].Kind == TokenKind.Word && (doc.Tokens[b].Shape & TokenShape.Capitalized) != 0
                   && !AnyTimexIn(doc, doc.Tokens[b].Start, doc.Tokens[b].End))))
                b--;
            int i = b >= 0 ? FirstTimexFrom(doc, doc.Tokens[b].Start) : doc.Timexes.Length;
            if (i >= doc.Timexes.Length || doc.Timexes[i].End != doc.Tokens[b].End || !doc.Timexes[i].IsAnchor || Quoted(doc, prev.Start, doc.Timexes[i].Start)) continue;
            if (EarliestDay(doc.Timexes[i].Value) is { } first && first <= latest && first <= doc.Article.Date) return i;
        }

        return -1;
    }

    /// <summary>
    /// The day the sentence before dates, when sentence <paramref name="sentence"/> opens on "According to" and a name
    /// that sentence used ("According to ProPublica, Clinton praised ...") and tells the act at
    /// <paramref name="offset"/> in the past, outside quoted words; -1 otherwise.
    /// </summary>
    private static int SourceGoesOn(AnalyzedDocument doc, int sentence, int offset, DateOnly latest)
    {
        var s = doc.Sentences[sentence];
        var prev = doc.Sentences[sentence - 1];
        int k = doc.TokenIndexAt(s.Start);
        if (prev.End > s.Start || k + 3 >= doc.Tokens.Length || !Word(doc, k).Equals("according", StringComparison.OrdinalIgnoreCase)
            || !Word(doc, k + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
            return -1;
        int j = k + 2;
        if (Word(doc, j).Equals("the", StringComparison.OrdinalIgnoreCase)) j++; // "According to the Herald"
        bool named = false;
        for (; j < doc.Tokens.Length && j < k + 6 && doc.Tokens[j].Kind == TokenKind.Word && (doc.Tokens[j].Shape & TokenShape.Capitalized) != 0; j++)
        {
            named |= Word(doc, j).Length > 2 && ContainsWord(doc.Slice(prev.Start, prev.End), Word(doc, j));
        }

        if (!named || j >= doc.Tokens.Length || Word(doc, j) is not "," || offset <= doc.Tokens[j].Start || Quoted(doc, s.Start, offset)
            || !ToldInThePast(doc, offset, doc.Tokens[j].End) || !Narrative(doc, sentence, offset, -1, -1))
            return -1;
        int last = LastAnchor(doc, prev.Start, prev.End, latest);
        return last >= 0 && IsDay(doc.Timexes[last].Value) && EarliestDay(doc.Timexes[last].Value) is { } day && day < doc.Article.Date ? last : -1;
    }

    private static readonly Words s_ownOccasions = ["speech", "remarks", "address", "testimony", "statement", "interview", "appearance", "talk"];

    /// <summary>
    /// Whether the sentence tells, up to the act at <paramref name="offset"/>, a story in the past: "She has called for
    /// ...", "He would mobilize ...", "It is ..." speak of now or of what may be; in "He said he is open to talks" the
    /// present is the speaker's.
    /// </summary>
    private static bool Narrative(AnalyzedDocument doc, int sentence, int offset, int excludeStart, int excludeEnd)
    {
        var s = doc.Sentences[sentence];
        int k = doc.TokenIndexAt(s.Start);
        // "Declaring that he alone could fix it, the mogul offered ...": an opening participle clause tells what the act
        // declares, not the act's own tense.
        if (k < doc.Tokens.Length && (doc.Tokens[k].Shape & TokenShape.Capitalized) != 0 && Word(doc, k).EndsWith("ing", StringComparison.Ordinal))
        {
            int comma = k + 1;
            while (comma < doc.Tokens.Length && doc.Tokens[comma].Start < s.End && doc.Tokens[comma].Start <= offset && Word(doc, comma) is not ",") comma++;
            if (comma < doc.Tokens.Length && doc.Tokens[comma].Start < offset && Word(doc, comma) is ",") k = comma + 1;
        }

        for (int i = k; i < doc.Tokens.Length && doc.Tokens[i].Start < s.End && doc.Tokens[i].Start <= offset; i++)
        {
            var t = doc.Tokens[i];
            if (t.Start >= excludeStart && t.End <= excludeEnd) continue; // a quote's own words are the speaker's tense
            if (t.Kind == TokenKind.Quote) break;
            if (t.Kind == TokenKind.Word && IsOneOf(doc.Slice(t.Start, t.End), s_notNarrative)) return false;
        }

        return true;
    }

    /// <summary>
    /// The date that sets the scene at the head of sentence <paramref name="prev"/> or of its last part after a
    /// semicolon or colon ("In 1964, the party ...", "...; then in 2001, he was arrested"), a past one; -1 when none does.
    /// </summary>
    private static int Scene(AnalyzedDocument doc, Sentence prev, DateOnly latest)
    {
        int scene = -1;
        bool head = true;
        for (int k = doc.TokenIndexAt(prev.Start); k < doc.Tokens.Length && doc.Tokens[k].Start < prev.End; k++)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind == TokenKind.Punct && Word(doc, k) is ";" or ":")
            {
                head = true;
                continue;
            }

            if (!head) continue;
            head = false;
            int j = k;
            while (j < doc.Tokens.Length && doc.Tokens[j].Start < prev.End && IsOneOf(Word(doc, j), s_sceneLeads)) j++;
            if (j >= doc.Tokens.Length || doc.Tokens[j].Start >= prev.End) break;
            int i = FirstTimexFrom(doc, doc.Tokens[j].Start);
            if (i >= doc.Timexes.Length || doc.Timexes[i].Start != doc.Tokens[j].Start) continue;
            var t = doc.Timexes[i];
            int after = doc.TokenIndexAt(t.End);
            // A past date, set off by a comma: "In December 2008, shortly before ...", "Four years ago, ...".
            if (t.IsAnchor && after < doc.Tokens.Length && Word(doc, after) is "," && Usable(doc, t, latest)
                && EarliestDay(t.Value) is { } first && first < doc.Article.Date)
                scene = i;
        }

        return scene >= 0 ? scene : Occasion(doc, prev, latest);
    }

    /// <summary>
    /// The date of a past occasion the sentence opens on, in a phrase of its own set off by a comma: "In a September
    /// debate, ...", "During a radio interview in August, ...", "At a rally on Tuesday, ..."; -1 when it opens on none.
    /// </summary>
    /// <remarks>The phrase holds no clause ("In a speech he gave in 2012" dates the giving only inside it).</remarks>
    private static int Occasion(AnalyzedDocument doc, Sentence prev, DateOnly latest)
    {
        int k = doc.TokenIndexAt(prev.Start);
        while (k < doc.Tokens.Length && doc.Tokens[k].Start < prev.End && IsOneOf(Word(doc, k), s_occasionLeads)) k++;
        if (k + 2 >= doc.Tokens.Length || doc.Tokens[k].Start >= prev.End || !IsOneOf(Word(doc, k), s_within)
            || !IsOneOf(Word(doc, k + 1), s_determiners))
            return -1;
        bool occasion = false;
        int found = -1;
        for (int j = k + 2, steps = 0; j < doc.Tokens.Length && doc.Tokens[j].Start < prev.End && steps < 10; j++, steps++)
        {
            var tok = doc.Tokens[j];
            var w = Word(doc, j);
            if (tok.Kind == TokenKind.Punct && w is ",")
            {
                if (!occasion || found < 0) return -1;
                var t = doc.Timexes[found];
                return EarliestDay(t.Value) is { } first && first < doc.Article.Date ? found : -1;
            }

            if (tok.Kind == TokenKind.Quote || (tok.Kind == TokenKind.Punct && w is not ("." or "'s" or "’s" or "-"))) return -1;
            if (tok.Kind != TokenKind.Word) continue;
            if (IsOneOf(w, s_relatives) || IsOneOf(w, s_clauseOpeners) || IsOneOf(w, s_subjects) || IsOneOf(w, s_sequence)) return -1;
            if (IsOneOf(w, s_occasions)) occasion = true;
            int i = FirstTimexFrom(doc, tok.Start);
            if (i < doc.Timexes.Length && doc.Timexes[i].Start == tok.Start)
            {
                var t = doc.Timexes[i];
                if (!t.IsAnchor || !Usable(doc, t, latest)) return -1;
                found = i;
                while (j + 1 < doc.Tokens.Length && doc.Tokens[j + 1].Start < t.End) j++;
            }
        }

        return -1;
    }

    private static readonly Words s_occasionLeads = ["but", "and", "then", "so", "back", "later", "earlier"];

    // What a scene may be set at, where someone speaks or a body decides.
    private static readonly Words s_occasions =
    [
        "tweet", "interview", "statement", "speech", "appearance", "briefing", "conference", "post", "op-ed", "letter", "email",
        "video", "remarks", "call", "address", "hearing", "testimony", "rally", "debate", "forum", "meeting", "session", "summit",
        "visit", "event", "ceremony", "broadcast", "podcast", "show", "column", "memo", "ruling", "decision", "opinion", "filing",
        "town", "luncheon", "dinner", "convention", "sermon", "lecture", "panel",
    ];

    /// <summary>Whether the quote's cue at <paramref name="offset"/> is a verb in the past ("he said", "Hale confirmed"), not the quote's own first word.</summary>
    private static bool PastCue(AnalyzedDocument doc, int offset, int contentStart, int end)
    {
        if (offset == contentStart) return false;
        int at = doc.TokenIndexAt(offset);
        if (at >= doc.Tokens.Length || doc.Tokens[at].Start >= end || doc.Tokens[at].Kind != TokenKind.Word
            || (doc.Tokens[at].Shape & TokenShape.Capitalized) != 0)
            return false;
        var w = Word(doc, at);
        return (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || IsOneOf(w, s_irregularPasts);
    }

    /// <summary>
    /// Whether the cue at <paramref name="offset"/> names its speaker by a pronoun or a name ("he said", "Hale
    /// confirmed", "said Hale"), one the scene before may have set; "One official even suggested" brings in someone new.
    /// </summary>
    private static bool NamedSpeaker(AnalyzedDocument doc, int offset, Sentence s, bool mainLine = false) => SpeakerToken(doc, offset, s, mainLine) >= 0;

    /// <summary>The token that names the speaker of the cue at <paramref name="offset"/> as <see cref="NamedSpeaker"/> reads it; -1 when none does.</summary>
    private static int SpeakerToken(AnalyzedDocument doc, int offset, Sentence s, bool mainLine)
    {
        int at = doc.TokenIndexAt(offset);
        int k = at - 1;
        while (k >= 0 && doc.Tokens[k].Start >= s.Start && IsOneOf(Word(doc, k), s_bodyFillers)) k--;
        // "His campaign manager, Jeff Weaver, said": the name in apposition before the comma speaks.
        if (k >= 1 && doc.Tokens[k].Start >= s.Start && Word(doc, k) is "," && doc.Tokens[k - 1].Start >= s.Start && doc.Tokens[k - 1].Kind == TokenKind.Word
            && (doc.Tokens[k - 1].Shape & TokenShape.Capitalized) != 0 && Word(doc, k - 1).Length > 2 && !IsOneOf(Word(doc, k - 1), s_sentenceOpeners)
            && AppositionOpens(doc, k - 1, s))
            k--;
        // "..., said Hale"; an act that is no saying has its subject before it.
        else if (k < 0 || doc.Tokens[k].Start < s.Start || doc.Tokens[k].Kind != TokenKind.Word)
        {
            if (mainLine && !Saying(Word(doc, at))) return -1;
            k = at + 1;
        }

        if (k >= doc.Tokens.Length || doc.Tokens[k].Start >= s.End || doc.Tokens[k].Kind != TokenKind.Word) return -1;
        var w = Word(doc, k);
        bool named = IsOneOf(w, s_subjectPronouns)
                     || ((doc.Tokens[k].Shape & TokenShape.Capitalized) != 0 && w.Length > 2 && !IsOneOf(w, s_sentenceOpeners) && !IsOneOf(w, s_definites));
        // "said the Florida senator", "the candidate said": one on stage named by a role the story gave before.
        if (!named) k = RoleSpeaker(doc, k, at, s);
        if (k < 0) return -1;
        if (!mainLine || k > at) return k;
        // "after Obama called ...": the name opens a clause of its own; a first name or a title may stand before it.
        int b = k - 1;
        while (b >= 0 && doc.Tokens[b].Start >= s.Start && doc.Tokens[b].Kind == TokenKind.Word && (doc.Tokens[b].Shape & TokenShape.Capitalized) != 0
               && b > doc.TokenIndexAt(s.Start))
            b--;
        return b < 0 || doc.Tokens[b].Start < s.Start || !(IsOneOf(Word(doc, b), s_clauseOpeners) || IsOneOf(Word(doc, b), s_sequence)) ? k : -1;
    }

    /// <summary>
    /// The subject the sentence opens on when the act at <paramref name="offset"/> is a second past verb joined by "and"
    /// to the first ("He denounced the United Nations and rejected rumors ..."): a pronoun or a name of up to three words
    /// followed by a past verb, with no comma or clause before the "and"; -1 otherwise.
    /// </summary>
    private static int CoordinatedSubject(AnalyzedDocument doc, Sentence s, int offset)
    {
        int at = doc.TokenIndexAt(offset), first = doc.TokenIndexAt(s.Start);
        if (at <= first + 2 || at >= doc.Tokens.Length || doc.Tokens[at].Start != offset || !Word(doc, at - 1).Equals("and", StringComparison.Ordinal)
            || !PastVerb(Word(doc, at)))
            return -1;
        // "Declaring that ..., the billionaire mogul offered ... and made ...": the subject may follow an opening participle clause.
        if (Word(doc, first).EndsWith("ing", StringComparison.Ordinal) && (doc.Tokens[first].Shape & TokenShape.Capitalized) != 0)
        {
            int comma = first + 1;
            while (comma < at && Word(doc, comma) is not ("," or ";" or ":")) comma++;
            if (comma >= at - 3 || Word(doc, comma) is not ",") return -1;
            first = comma + 1;
        }

        int verb = first;
        if (IsOneOf(Word(doc, first), s_subjectPronouns)) verb = first + 1;
        else if (Word(doc, first).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            // "the billionaire real estate mogul": "the", a few lower-case words, an on-stage role.
            verb = first + 1;
            while (verb < at && verb < first + 6 && doc.Tokens[verb].Kind == TokenKind.Word && !PastVerb(Word(doc, verb))) verb++;
            if (verb >= at || !StageRole(doc, verb - 1)) return -1;
            first = verb - 1;
        }
        else
        {
            while (verb < at && verb < first + 3 && doc.Tokens[verb].Kind == TokenKind.Word && (doc.Tokens[verb].Shape & TokenShape.Capitalized) != 0) verb++;
            if (verb == first || IsOneOf(Word(doc, first), s_sentenceOpeners) || IsOneOf(Word(doc, first), s_definites)) return -1;
        }

        if (verb >= at - 1 || doc.Tokens[verb].Kind != TokenKind.Word || !PastVerb(Word(doc, verb))) return -1;
        // One clause from the first verb to the "and": no comma, quote or clause opener between; a closed scare quote
        // ('a "law and order" candidate') is a word or two of it.
        int marks = 0;
        for (int k = verb + 1; k < at - 1; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) { marks++; continue; }
            if (marks % 2 == 1) continue;
            // "offered himself as a candidate": "as" before "a" is a preposition, no clause ("as the crowd cheered" may be one).
            if (Word(doc, k).Equals("as", StringComparison.Ordinal) && Word(doc, k + 1) is "a" or "an") continue;
            if (doc.Tokens[k].Kind is TokenKind.Punct || IsOneOf(Word(doc, k), s_relatives) || IsOneOf(Word(doc, k), s_clauseOpeners)
                || IsOneOf(Word(doc, k), s_sequence))
                return -1;
        }

        return marks % 2 == 0 ? first : -1;
    }

    /// <summary>
    /// The token of an on-stage role that names the speaker from token <paramref name="k"/>, next to the cue at
    /// <paramref name="at"/>: "the" and at most one capitalized word before it ("said the Florida senator"), or, before
    /// the cue, the role right before it ("the candidate said"); -1 when none.
    /// </summary>
    private static int RoleSpeaker(AnalyzedDocument doc, int k, int at, Sentence s)
    {
        if (k > at)
        {
            // After the cue: "the" [Capitalized] role.
            if (!Word(doc, k).Equals("the", StringComparison.OrdinalIgnoreCase)) return -1;
            int r = k + 1;
            if (r < doc.Tokens.Length && doc.Tokens[r].Kind == TokenKind.Word && (doc.Tokens[r].Shape & TokenShape.Capitalized) != 0) r++;
            return r < doc.Tokens.Length && doc.Tokens[r].Start < s.End && IsOneOf(Word(doc, r), s_onStageRoles) ? r : -1;
        }

        if (!IsOneOf(Word(doc, k), s_onStageRoles)) return -1;
        int d = k - 1;
        if (d >= 0 && doc.Tokens[d].Kind == TokenKind.Word && (doc.Tokens[d].Shape & TokenShape.Capitalized) != 0 && doc.Tokens[d].Start > s.Start) d--;
        return d >= 0 && doc.Tokens[d].Start >= s.Start && Word(doc, d).Equals("the", StringComparison.OrdinalIgnoreCase) ? k : -1;
    }

    // Roles of those a debate or a rally puts on stage, by which a story names them again.
    private static readonly Words s_onStageRoles =
    [
        "senator", "governor", "candidate", "congressman", "congresswoman", "businessman", "billionaire", "mogul", "nominee", "frontrunner",
        "front-runner", "president", "neurosurgeon", "surgeon", "secretary", "mayor", "moderator", "moderators",
    ];

    /// <summary>Whether the run of capitalized words ending at token <paramref name="last"/> opens after a comma: an apposition ("manager, Jeff Weaver,"), not "aligned with Clinton,".</summary>
    private static bool AppositionOpens(AnalyzedDocument doc, int last, Sentence s)
    {
        int b = last;
        while (b - 1 >= 0 && doc.Tokens[b - 1].Start >= s.Start && doc.Tokens[b - 1].Kind == TokenKind.Word && (doc.Tokens[b - 1].Shape & TokenShape.Capitalized) != 0) b--;
        return b - 1 >= 0 && doc.Tokens[b - 1].Start >= s.Start && Word(doc, b - 1) is ",";
    }

    /// <summary>Whether every anchor date of sentence <paramref name="prev"/> falls within <paramref name="value"/>: the scene has not moved.</summary>
    private static bool OnlyDated(AnalyzedDocument doc, Sentence prev, string value)
    {
        for (int i = FirstTimexFrom(doc, prev.Start); i < doc.Timexes.Length && doc.Timexes[i].Start < prev.End; i++)
        {
            // A time on that day ("February 6, 2016 10:57PM", a live blog's stamp) keeps the scene. So do "in the past",
            // a year that names a thing ("Obama's 2011 intervention") and a date inside quoted words.
            var t = doc.Timexes[i];
            if (t.IsAnchor && !t.Value.StartsWith(value, StringComparison.Ordinal) && t.Value.Length > 0 && char.IsAsciiDigit(t.Value[0])
                && Usable(doc, t, DateOnly.MaxValue) && !Quoted(doc, prev.Start, t.Start))
                return false;
        }

        return true;
    }

    /// <summary>Whether the sentence names, outside quoted words, a medium other than a debate ("in an interview", "in a statement"): another scene.</summary>
    private static bool OtherMedium(AnalyzedDocument doc, Sentence s)
    {
        bool inQuote = false;
        for (int k = doc.TokenIndexAt(s.Start); k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) inQuote = !inQuote;
            else if (!inQuote && doc.Tokens[k].Kind == TokenKind.Word && IsOneOf(Word(doc, k), s_media) && !Word(doc, k).Equals("debate", StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether sentence <paramref name="s"/> holds an anchor timex outside quoted words: outside
    /// [<paramref name="excludeStart"/>, <paramref name="excludeEnd"/>) and outside quotation marks.
    /// </summary>
    private static bool UnquotedTimexIn(AnalyzedDocument doc, Sentence s, int excludeStart = -1, int excludeEnd = -1, int act = -1)
    {
        for (int i = FirstTimexFrom(doc, s.Start); i < doc.Timexes.Length && doc.Timexes[i].Start < s.End; i++)
        {
            var t = doc.Timexes[i];
            // "made an appeal to Americans who have felt left behind in the 21st century": with <paramref name="act"/>
            // given, a year or a span in a relative clause after the act tells of a noun, not of another scene.
            if (act >= 0 && t.Start > act && !IsDay(t.Value) && RelativeAfterAct(doc, act, t.Start)) continue;
            if (t.IsAnchor && !(t.Start >= excludeStart && t.End <= excludeEnd) && !Quoted(doc, s.Start, t.Start)) return true;
        }

        return false;
    }

    /// <summary>
    /// The cue a participle of saying at <paramref name="offset"/> leans on ("Christie said, adding that ...": the
    /// "said"); <paramref name="offset"/> itself otherwise.
    /// </summary>
    private static int SayingBefore(AnalyzedDocument doc, int offset, Sentence s)
    {
        int at = doc.TokenIndexAt(offset);
        if (at < 2 || at >= doc.Tokens.Length || doc.Tokens[at].Start != offset || doc.Tokens[at - 2].Start < s.Start) return offset;
        var w = Word(doc, at);
        if (!(w.Equals("adding", StringComparison.OrdinalIgnoreCase) || w.Equals("saying", StringComparison.OrdinalIgnoreCase)) || Word(doc, at - 1) is not ",") return offset;
        var verb = Word(doc, at - 2);
        return doc.Tokens[at - 2].Kind == TokenKind.Word && Saying(verb) && !PresentForm(verb) ? doc.Tokens[at - 2].Start : offset;
    }

    /// <summary>
    /// Where the sentence before a quote with no attribution of its own reported the speech its words go on from:
    /// the quote opens the sentence after one that quotes and names a verb of saying; -1 otherwise.
    /// </summary>
    private static int QuoteRunsOn(AnalyzedDocument doc, int sentence, int contentStart)
    {
        var s = doc.Sentences[sentence];
        int open = doc.TokenIndexAt(contentStart) - 1;
        if (contentStart > s.Start + 2 || open < 0 || doc.Tokens[open].Kind != TokenKind.Quote || doc.Tokens[open].Start < s.Start) return -1;
        var prev = doc.Sentences[sentence - 1];
        bool inQuote = false, quoted = false;
        int said = -1;
        for (int k = doc.TokenIndexAt(prev.Start); k < doc.Tokens.Length && doc.Tokens[k].Start < prev.End; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Quote)
            {
                inQuote = !inQuote;
                quoted = true;
            }
            else if (!inQuote && said < 0 && t.Kind == TokenKind.Word && Saying(Word(doc, k)))
            {
                said = t.Start;
            }
        }

        return quoted ? said : -1;
    }

    private static bool Saying(ReadOnlySpan<char> w) => IsOneOf(w, s_speechVerbs) || IsOneOf(w, s_sayingVerbs);

    /// <summary>
    /// Where the sentence before told the act of the body or record that speaks at <paramref name="offset"/> ("The court
    /// said", "The statement added" right after it opens the sentence): a ruling for a court, the same record or a
    /// saying for a record; -1 otherwise.
    /// </summary>
    private static int BodyGoesOn(AnalyzedDocument doc, int sentence, int offset, DateOnly latest)
    {
        var s = doc.Sentences[sentence];
        int k = doc.TokenIndexAt(s.Start);
        if (k + 2 >= doc.Tokens.Length || doc.Tokens[k].Kind != TokenKind.Word || !Word(doc, k).Equals("the", StringComparison.OrdinalIgnoreCase)) return -1;
        int v = k + 2;
        if (IsOneOf(Word(doc, v), s_bodyFillers)) v++;
        if (v >= doc.Tokens.Length || doc.Tokens[v].Start != offset || !IsOneOf(Word(doc, v), s_bodyVerbs)) return -1;
        return BodyAct(doc, doc.Sentences[sentence - 1], Word(doc, k + 1), latest);
    }

    /// <summary>Where sentence <paramref name="prev"/> tells, outside quoted words, the act <paramref name="body"/> ("court", "statement") speaks by; -1 when none.</summary>
    private static int BodyAct(AnalyzedDocument doc, Sentence prev, ReadOnlySpan<char> body, DateOnly latest)
    {
        bool court = IsOneOf(body, s_courts);
        if (!court && !IsOneOf(body, s_records)) return -1;
        bool inQuote = false;
        for (int k = doc.TokenIndexAt(prev.Start); k < doc.Tokens.Length && doc.Tokens[k].Start < prev.End; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Quote) inQuote = !inQuote;
            if (inQuote || t.Kind != TokenKind.Word) continue;
            var w = Word(doc, k);
            if (court ? IsOneOf(w, s_rulings) : w.Equals(body, StringComparison.OrdinalIgnoreCase)) return t.Start;
            // A saying stands for the record only on a recent day of its own: "confirmed it via Facebook on Friday", not
            // "confirmed by the Senate in November 2012".
            if (!court && Saying(w) && !PresentForm(w) && !(k + 1 < doc.Tokens.Length && Word(doc, k + 1).Equals("by", StringComparison.OrdinalIgnoreCase))
                && SpeechDate(doc, prev, t.Start, latest, wider: false) is var day and >= 0 && Recent(doc.Timexes[day].Value))
                return t.Start;
        }

        return -1;
    }

    private static bool PresentForm(ReadOnlySpan<char> w) => w[^1] is 's' && !w.EndsWith("ss", StringComparison.Ordinal);

    private static readonly Words s_courts = ["court", "justices", "judge", "panel"];

    private static readonly Words s_rulings = ["ruling", "decision", "opinion", "ruled", "decided", "sentenced", "sentencing", "verdict"];

    private static readonly Words s_records =
        ["statement", "letter", "report", "release", "memo", "filing", "post", "announcement", "ruling", "decision", "opinion", "order"];

    private static readonly Words s_bodyFillers = ["also", "then", "further", "even", "later"];

    private static readonly Words s_bodyVerbs =
    [
        "said", "wrote", "added", "ruled", "found", "held", "noted", "concluded", "stated", "declared", "argued", "warned", "ordered",
        "explained", "continued", "read",
    ];

    /// <summary>
    /// Whether the sentence reads as told in the past up to the act at <paramref name="offset"/> or just past it: a past
    /// form stands there ("responded", "was arrested", "agreed to pay"). "Pastor Brown plans to ...", "members express support" do not.
    /// </summary>
    private static bool ToldInThePast(AnalyzedDocument doc, int offset, int sentenceStart)
    {
        // A verb just after a noun act is its own ("The snub at endorsing him led to ...").
        int at = doc.TokenIndexAt(offset) + 3;
        for (int k = doc.TokenIndexAt(sentenceStart); k <= at && k < doc.Tokens.Length; k++)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind != TokenKind.Word || (tok.Shape & TokenShape.Capitalized) != 0) continue;
            var w = Word(doc, k);
            bool past = PastVerb(w) || (w.Length >= 4 && w.EndsWith("ed", StringComparison.Ordinal)) || IsOneOf(w, s_speechVerbs)
                        || w.Equals("did", StringComparison.OrdinalIgnoreCase) || IsOneOf(w, s_pastNegations);
            if (past && !(k > 0 && IsOneOf(Word(doc, k - 1), s_determiners)))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The past date, a week or more back, that a "when" clause in sentence <paramref name="prev"/> tells the scene of
    /// ("one from January 2013, when Clinton first testified"), when sentence <paramref name="s"/> opens on the name that
    /// clause opened on; -1 otherwise.
    /// </summary>
    private static int WhenScene(AnalyzedDocument doc, Sentence prev, Sentence s, DateOnly latest)
    {
        int first = doc.TokenIndexAt(s.Start);
        if (first >= doc.Tokens.Length || (doc.Tokens[first].Shape & TokenShape.Capitalized) == 0 || IsOneOf(Word(doc, first), s_sentenceOpeners)) return -1;
        var name = Word(doc, first);
        if (name.Length < 3) return -1;
        for (int i = FirstTimexFrom(doc, prev.Start); i < doc.Timexes.Length && doc.Timexes[i].Start < prev.End; i++)
        {
            var t = doc.Timexes[i];
            int k = doc.TokenIndexAt(t.End);
            if (k + 2 >= doc.Tokens.Length || Word(doc, k) is not "," || !Word(doc, k + 1).Equals("when", StringComparison.OrdinalIgnoreCase)) continue;
            if (!t.IsAnchor || !Usable(doc, t, latest) || EarliestDay(t.Value) is not { } day || day.DayNumber > doc.Article.Date.DayNumber - 7) continue;
            // The name may follow a title or first name: "when Mrs. Clinton", "when Hillary Clinton".
            for (int j = k + 2; j < k + 5 && j < doc.Tokens.Length && doc.Tokens[j].Start < prev.End; j++)
            {
                if (Word(doc, j).Equals(name, StringComparison.Ordinal)) return i;
                if (doc.Tokens[j].Kind == TokenKind.Word && (doc.Tokens[j].Shape & TokenShape.Capitalized) == 0) break;
            }
        }

        return -1;
    }

    /// <summary>Whether sentence <paramref name="s"/> opens on a subject pronoun for one person or group ("He sued ...", "She urged ...").</summary>
    private static bool PronounOpens(AnalyzedDocument doc, Sentence s)
    {
        int k = doc.TokenIndexAt(s.Start);
        return k < doc.Tokens.Length && doc.Tokens[k].Kind == TokenKind.Word && IsOneOf(Word(doc, k), s_subjectPronouns);
    }

    /// <summary>
    /// Whether sentence <paramref name="bridge"/> carries the scene of the one before it on to the one after it: in one
    /// paragraph with the one after (the scene may close the paragraph before: "... proved right: In 1991, the company
    /// filed for bankruptcy. / The analyst decided to fight back. He sued ..."), told in the past, with no quotation
    /// marks (a quote is the speaker's now).
    /// </summary>
    private static bool StoryBridge(AnalyzedDocument doc, int bridge)
    {
        var b = doc.Sentences[bridge];
        if (doc.Slice(b.End, doc.Sentences[bridge + 1].Start).Contains('\n')) return false;
        for (int k = doc.TokenIndexAt(b.Start); k < doc.Tokens.Length && doc.Tokens[k].Start < b.End; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return false;
        }

        return ToldInThePast(doc, Math.Max(b.Start, b.End - 1), b.Start) && Narrative(doc, bridge, b.End - 1, -1, -1);
    }

    private static readonly Words s_sceneLeads = ["then", "but", "and", "so", "in", "on", "during", "by", "back", "early", "late"];

    /// <summary>Whether "then" after a noun leads the quote opening at <paramref name="contentStart"/> in ("his stock answer then - '...'").</summary>
    private static bool ThenBefore(AnalyzedDocument doc, int contentStart, int sentenceStart)
    {
        int k = doc.TokenIndexAt(contentStart) - 1;
        if (k < 0 || doc.Tokens[k].Kind != TokenKind.Quote) return false;
        k--;
        if (k >= 0 && doc.Tokens[k].Kind == TokenKind.Punct && Word(doc, k) is "," or ":" or "—" or "–" or "--" or "-") k--;
        if (k < 1 || doc.Tokens[k].Start < sentenceStart || !Word(doc, k).Equals("then", StringComparison.OrdinalIgnoreCase)) return false;
        // "answer then", not "since then", "and then" or a sentence opening on it.
        var before = doc.Tokens[k - 1];
        return before.Start >= sentenceStart && before.Kind == TokenKind.Word && (before.Shape & TokenShape.Capitalized) == 0
               && !IsOneOf(Word(doc, k - 1), s_thenNot);
    }

    private static readonly Words s_thenNot = ["since", "until", "till", "and", "but", "or", "even", "only", "just", "back"];

    /// <summary>Whether the cue at <paramref name="offset"/> is followed by "then" or "at the time" ("he said then").</summary>
    private static bool SaidThen(AnalyzedDocument doc, int offset, int end)
    {
        int k = doc.TokenIndexAt(offset) + 1;
        if (k >= doc.Tokens.Length || doc.Tokens[k].Start >= end) return false;
        var w = Word(doc, k);
        return w.Equals("then", StringComparison.OrdinalIgnoreCase)
               || (w.Equals("at", StringComparison.OrdinalIgnoreCase) && doc.Slice(doc.Tokens[k].Start, end).StartsWith("at the time", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Where the sentence before reported the speech a quote goes on from, -1 when it did not: the quote's
    /// attribution after its words names the speaker by a pronoun or by a name that sentence used ("... told the paper
    /// last week she would rather vote for Clinton. / 'I am ashamed ...,' she said"). A new paragraph may stand
    /// between, as news sets a quote apart. The date is then the one in the clause of that speech, nearest it.
    /// </summary>
    private static int SameSpeakerGoesOn(AnalyzedDocument doc, int sentence, int contentStart, int contentEnd, DateOnly latest)
    {
        if (contentStart < 0 || contentEnd <= contentStart) return -1;
        var s = doc.Sentences[sentence];
        var prev = doc.Sentences[sentence - 1];
        if (contentStart > s.Start + 2) return -1; // the quote opens the sentence, the attribution follows
        // "'...,' she said in a statement. '...'": a quote split by its attribution runs on past the sentence; the
        // attribution follows its first part.
        if (contentEnd >= s.End && (contentEnd = FirstPartEnd(doc, s, contentStart)) < 0) return -1;
        int k = doc.TokenIndexAt(contentEnd);
        for (int n = 0; k < doc.Tokens.Length && doc.Tokens[k].Start < s.End && n < 4; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word) continue;
            n++;
            var w = doc.Slice(t.Start, t.End);
            if (IsOneOf(w, s_subjectPronouns)) return SpeechIn(doc, prev);
            // "said a Nevada Democrat" brings in someone new; "Jenna Golden, Twitter's director" is named before the comma.
            if ((t.Shape & TokenShape.Capitalized) != 0 && w.Length > 2 && doc.Slice(prev.Start, prev.End).Contains(w, StringComparison.Ordinal)
                && !(k > 0 && IsOneOf(Word(doc, k - 1), s_indefinites)))
                return SpeechIn(doc, prev);
            if (k + 1 < doc.Tokens.Length && Word(doc, k + 1) is "," && (t.Shape & TokenShape.Capitalized) != 0) break;
            // "'...,' the official said" after "A senior official said on Friday ...": the same noun names the speaker.
            if (k > 0 && Word(doc, k - 1).Equals("the", StringComparison.OrdinalIgnoreCase) && w.Length > 3 && !IsOneOf(w, s_speechVerbs)
                && ContainsWord(doc.Slice(prev.Start, prev.End), w))
                return SpeechIn(doc, prev);
            // "'...,' the statement added" after "The company confirmed it via Facebook on Friday": the saying told before.
            if (k > 0 && Word(doc, k - 1).Equals("the", StringComparison.OrdinalIgnoreCase) && BodyAct(doc, prev, w, latest) is var act and >= 0)
                return act;
        }

        return -1;
    }

    /// <summary>Where the first part of a quote opening at <paramref name="contentStart"/> closes inside sentence <paramref name="s"/>, at a quotation mark with words after it; -1 when none does.</summary>
    private static int FirstPartEnd(AnalyzedDocument doc, Sentence s, int contentStart)
    {
        for (int k = doc.TokenIndexAt(contentStart); k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return k > doc.TokenIndexAt(contentStart) && WordsAfter(doc, doc.Tokens[k].End, s.End) ? doc.Tokens[k].Start : -1;
        }

        return -1;
    }

    private static readonly Words s_subjectPronouns = ["he", "she", "they"];

    /// <summary>Whether <paramref name="word"/> stands in <paramref name="text"/> as a whole word, in any case.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        for (int from = 0; from < text.Length;)
        {
            int i = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return false;
            int at = from + i, end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
            from = at + 1;
        }

        return false;
    }

    /// <summary>Where the sentence reports speech ("told", "said"), outside any quotation marks; -1 when it does not.</summary>
    private static int SpeechIn(AnalyzedDocument doc, Sentence s)
    {
        bool inQuote = false;
        for (int k = doc.TokenIndexAt(s.Start); k < doc.Tokens.Length && doc.Tokens[k].Start < s.End; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Quote) inQuote = !inQuote;
            // "Asked about the ban last week, Christie blamed ...": the question opening the sentence is no speech of the speaker's.
            // "after the front-runner had said on Saturday that ...": a saying in the past perfect came before the story's
            // act, another's more often than the one who goes on.
            else if (!inQuote && t.Kind == TokenKind.Word && IsOneOf(doc.Slice(t.Start, t.End), s_speechVerbs)
                     && !(t.Start == s.Start && doc.Slice(t.Start, t.End).Equals("Asked", StringComparison.Ordinal) && k + 1 < doc.Tokens.Length
                          && IsOneOf(Word(doc, k + 1), s_questionTopics))
                     && !(k > 0 && IsOneOf(Word(doc, k - 1), s_pastPerfects)))
                return t.Start;
        }

        return -1;
    }

    private static readonly Words s_indefinites = ["a", "an", "another", "one"];

    private static readonly Words s_pastPerfects = ["had", "'d", "’d"];

    // Words after an opening "Asked" that tell the question's topic, whose dates are the topic's: "Asked about the ban last week".
    private static readonly Words s_questionTopics = ["about", "whether", "if", "why", "how", "what"];

    private static readonly Words s_speechVerbs =
    [
        "said", "told", "says", "tells", "wrote", "tweeted", "added", "asked", "declared", "announced", "argued", "insisted",
        "invited", "praised", "warned", "urged", "claimed", "stated", "testified", "interviewed", "spoke", "remarked", "called",
    ];

    // "Zucker didn't respond": a past told in the negative is still the past.
    private static readonly Words s_pastNegations = ["didn't", "didn’t", "wasn't", "wasn’t", "weren't", "weren’t"];

    private static readonly Words s_notNarrative =
    [
        "has", "have", "is", "are", "am", "will", "would", "could", "can", "may", "might", "should", "must", "'ll", "’ll",
    ];

    /// <summary>Whether a TIMEX3 value names a day, a time in it, or a week.</summary>
    private static bool Recent(string value) => IsDay(value) || value.AsSpan().Contains("-W", StringComparison.Ordinal);

    // A vectorized search: a plain case-insensitive Contains over every sentence took a tenth of the dating's time.
    private static readonly System.Buffers.SearchValues<string> s_atTheTime =
        System.Buffers.SearchValues.Create(["at the time"], StringComparison.OrdinalIgnoreCase);

    private static readonly Words s_definites = ["the", "this", "that", "these", "those"];

    /// <summary>Whether one of the three words from token <paramref name="k"/> on ("The council", "The Ohio governor") stands in <paramref name="before"/>.</summary>
    private static bool NamedBefore(AnalyzedDocument doc, int k, int end, ReadOnlySpan<char> before)
    {
        for (int j = k; j < k + 3 && j < doc.Tokens.Length && doc.Tokens[j].Start < end && doc.Tokens[j].Kind == TokenKind.Word; j++)
        {
            var w = Word(doc, j);
            if (w.Length > 3 && ContainsWord(before, w)) return true;
        }

        return false;
    }

    // Capitalized words that open many sentences and name no one.
    private static readonly Words s_sentenceOpeners =
    [
        "in", "on", "at", "for", "but", "and", "after", "before", "when", "while", "as", "if", "a", "an", "what", "one", "some",
        "many", "most", "other", "others", "now", "still", "yet", "so", "since", "during", "with", "without", "by", "from", "to",
    ];

    private static readonly Words s_continuations =
    [
        "the", "this", "that", "these", "those", "such", "he", "she", "it", "they", "his", "her", "its", "their",
        "then", "later", "afterwards", "afterward", "subsequently", "also", "there", "both", "which",
    ];
}
