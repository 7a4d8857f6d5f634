using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Annals.Documents;
using Annals.Quotes;
using Annals.Text;

namespace Annals.Actors;

/// <summary>Finds and resolves actor mentions in one document, left to right, in one pass.</summary>
/// <remarks>
/// One instance per document call (it holds the coreference state), never shared. At each token it tries, in
/// order: a determiner and premodifiers; an entity (country, capital, body, organisation, outlet, person) that
/// may modify a following agent noun ("a State Department spokesperson"); a role modifier and an agent head
/// ("police spokesman"); a name after a title ("President Joe Biden"). Each mention is resolved as it is made,
/// against what came before: offices by date ("the US president"), surnames and unknown names, definite
/// descriptions ("the unnamed spokesperson"), counterparts and pronouns. Mentions never overlap.
/// </remarks>
internal sealed class MentionScanner
{
    // Token shapes.
    private const byte ShapeWord = 1;
    private const byte ShapeUpper = 2;     // has a capital letter
    private const byte ShapeCap = 4;       // starts with a capital letter
    private const byte ShapeAllCaps = 8;   // two or more letters, all capitals
    private const byte ShapeSentStart = 16;
    private const byte ShapeFormer = 32;   // an "ex-" prefix: ex-president
    private const byte ShapeMayStart = 64; // a word a mention may begin with (see ActorLexicon.MayStart)

    private const int KindCountry = 1 << (int)LexKind.Country;
    private const int KindAdjective = 1 << (int)LexKind.Adjective;
    private const int KindCapital = 1 << (int)LexKind.Capital;
    private const int KindBody = 1 << (int)LexKind.Body;
    private const int KindOrg = 1 << (int)LexKind.Organization;
    private const int KindMedia = 1 << (int)LexKind.Media;
    private const int KindAlias = 1 << (int)LexKind.MediaAlias;
    private const int KindPerson = 1 << (int)LexKind.Person;
    private const int KindAgent = 1 << (int)LexKind.Agent;
    private const int EntityKinds = KindCountry | KindAdjective | KindCapital | KindBody | KindOrg | KindMedia | KindAlias | KindPerson;

    // How far back (in sentences) a pronoun or definite description may find its antecedent.
    private const int AntecedentSentences = 3;

    private readonly ActorLexicon _lex;
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly int[] _ids;
    private readonly byte[] _shape;
    private readonly int[] _sentence;
    private readonly int _n;
    private readonly int[] _inQuote;
    private readonly DateOnly _date;
    private readonly bool _relaxed;
    private readonly bool _phrase;

    // The last trie walk (see Longest): its start token, and the end token and node of each phrase found.
    private const int WalkDepth = 24;
    private readonly int[] _walkEnds = new int[WalkDepth];
    private readonly int[] _walkNodes = new int[WalkDepth];
    private int _walkStart = -1;
    private int _walkCount;

    private readonly ImmutableArray<ActorMention>.Builder _out = ImmutableArray.CreateBuilder<ActorMention>();
    private readonly List<MentionFacts> _facts = [];
    private readonly Dictionary<string, int> _lastByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastByClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unknownNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _unknownLookup;
    // The one person named in full with a given name ("Caroline Kennedy"), or -1 when two were ("Caroline said").
    private readonly Dictionary<string, int> _byGivenName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _givenLookup;
    private readonly Dictionary<string, (string Name, char Sex)> _pendingNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, char Sex)>.AlternateLookup<ReadOnlySpan<char>> _pendingLookup;
    private readonly Dictionary<string, int> _countrySeen = new(StringComparer.Ordinal);
    private readonly List<(int Mention, string Role)> _titledUnknown = [];
    private char _genderHint = '-';
    private bool _titled;
    private int _lastMale = -1, _lastFemale = -1, _lastPerson = -1, _lastPlural = -1;

    // What the resolver needs to know about a mention beyond the public record.
    // Oblique: a possessor ("Clinton's position") or a preposition's object ("between Clinton and ..."), never the
    // subject; Quoted: inside quotation marks, the speaker's words rather than the narrator's.
    private readonly record struct MentionFacts(int Person, string? Office, char Gender, bool PersonLike, int Sentence,
        bool Oblique = false, bool Quoted = false, bool Sayer = false, bool Possessor = false);

    // Prepositions whose object is not a clause's subject ("by" is left out: a passive's agent is its doer).
    private static readonly string[] s_prepositionWords =
    [
        "of", "with", "between", "to", "for", "from", "against", "about", "on", "at", "in", "into", "over", "among", "toward",
        "towards", "than", "like", "under", "after", "before", "behind", "including", "via", "upon", "within", "without",
        "alongside", "amid", "despite", "unlike", "beside", "besides", "onto", "through", "across", "around", "near",
    ];
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_prepositions =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, s_prepositionWords).GetAlternateLookup<ReadOnlySpan<char>>();
    // The same words by token key: a plain word (nearly every token) is looked up without hashing its letters again.
    private static readonly TokenKeyTable<bool> s_prepositionKeys = KeyTable(s_prepositionWords);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_subordinators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "when", "whenever", "where").GetAlternateLookup<ReadOnlySpan<char>>();

    private MentionScanner(ActorLexicon lex, AnalyzedDocument doc, bool phrase, int[] ids, byte[] shape, int[] sentence, int[] inQuote)
    {
        _lex = lex;
        _text = doc.Text;
        _tokens = doc.Tokens;
        _n = _tokens.Length;
        _ids = ids;
        _shape = shape;
        _sentence = sentence;
        _date = doc.Article.Date;
        _phrase = phrase;
        _unknownLookup = _unknownNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _pendingLookup = _pendingNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _givenLookup = _byGivenName.GetAlternateLookup<ReadOnlySpan<char>>();
        _relaxed = IsLowerCaseText(doc.Text, phrase);
        _inQuote = inQuote;
    }

    /// <summary>Finds the actor mentions of <paramref name="doc"/> (which must have tokens and sentences).</summary>
    /// <param name="lex">The dictionaries.</param>
    /// <param name="doc">The document.</param>
    /// <param name="phrase">True for a lone phrase: case is relaxed when it has no capitals, weak surnames need only be active.</param>
    public static ImmutableArray<ActorMention> Scan(ActorLexicon lex, AnalyzedDocument doc, bool phrase)
    {
        if (doc.Tokens.Length == 0) return [];
        return Prepared(lex, doc, (ids, shape, sentence) =>
        {
            var scanner = new MentionScanner(lex, doc, phrase, ids, shape, sentence, QuoteMarks.Of(doc.Text, doc.Tokens).InQuote);
            scanner.Run();
            return scanner._out.DrainToImmutable();
        });
    }

    /// <summary>
    /// Runs only the dictionary lookup of <see cref="Scan"/>: the vocabulary id of every token (misspellings
    /// included) and the longest dictionary phrase at every token where a mention may begin, with the same code the
    /// scan uses. Resolution (offices by date, coreference, unknown names) is left out. For measuring the lookup on its own.
    /// </summary>
    /// <returns>The number of tokens where some dictionary phrase begins.</returns>
    public static int LookupOnly(ActorLexicon lex, AnalyzedDocument doc)
    {
        int n = doc.Tokens.Length;
        if (n == 0) return 0;
        return Prepared(lex, doc, (ids, shape, _) =>
        {
            var ends = new int[WalkDepth];
            var nodes = new int[WalkDepth];
            int found = 0;
            for (int i = 0; i < n; i++)
            {
                if ((shape[i] & (ShapeMayStart | ShapeCap)) != 0 && lex.FirstKinds(ids[i]) != 0 && Walk(lex, ids, n, i, ends, nodes) > 0)
                    found++;
            }

            return found;
        });
    }

    // Rents the per-token arrays, fills them once (Prepare), hands them to work and returns them to the pool.
    private static T Prepared<T>(ActorLexicon lex, AnalyzedDocument doc, Func<int[], byte[], int[], T> work)
    {
        int n = doc.Tokens.Length;
        var ids = ArrayPool<int>.Shared.Rent(n);
        var sentence = ArrayPool<int>.Shared.Rent(n);
        var shape = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            Prepare(lex, doc, ids, shape, sentence);
            return work(ids, shape, sentence);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ids);
            ArrayPool<int>.Shared.Return(sentence);
            ArrayPool<byte>.Shared.Return(shape);
        }
    }

    // The dictionary phrases starting at token j, shortest first: their end tokens and trie nodes; returns how many.
    private static int Walk(ActorLexicon lex, int[] ids, int n, int j, int[] ends, int[] nodes)
    {
        int count = 0;
        int node = 0;
        for (int k = j; k < n && k - j < WalkDepth; k++)
        {
            node = lex.Step(node, ids[k]);
            if (node < 0) break;
            if (lex.HasEntries(node))
            {
                ends[count] = k + 1;
                nodes[count] = node;
                count++;
            }
        }

        return count;
    }

    // Vocabulary ids, shapes and sentence numbers of every token, computed once.
    private static void Prepare(ActorLexicon lex, AnalyzedDocument doc, int[] ids, byte[] shape, int[] sentence)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var sentences = doc.Sentences;
        int s = 0;
        int prevSentence = -1;
        // Token index + 1 of each capitalised unknown word already tried for a misspelling (0 = free), by hash.
        Span<int> fuzzyMemo = stackalloc int[FuzzyMemoSlots];
        fuzzyMemo.Clear();
        int fuzzyUsed = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            // The tokenizer folded and hashed every token as it read it: looking a token up reads no letters.
            int id = lex.Find(t.Key);
            var cased = t.Shape;
            byte prefixShape = 0;
            // Unknown words: prefixed and "-led" forms both need a hyphen, a misspelling a capital and six letters; most
            // words have neither, and the rest are read out of line.
            if (id < 0 && t.Kind == TokenKind.Word
                && ((t.Shape & TokenShape.Hyphenated) != 0 || (t.Length >= 6 && (t.Shape & TokenShape.Capitalized) != 0)))
                id = LookUpUnknown(lex, text, tokens, ids, i, fuzzyMemo, ref fuzzyUsed, ref cased, ref prefixShape);
            ids[i] = id;

            while (s < sentences.Length && sentences[s].End <= t.Start) s++;
            int sent = s < sentences.Length && sentences[s].Start <= t.Start ? s : Math.Max(0, s - 1);
            sentence[i] = sent;
            byte sh = 0;
            // The tokenizer read the case of the whole token; a cut word was read again, by the same rule.
            if (t.Kind == TokenKind.Word) sh |= (byte)(ShapeWord | s_caseShape[(int)(cased & CaseShapes)]);

            // The first word of a sentence (after any opening quotes) is capitalised for grammar, not for a name.
            if (sent != prevSentence && t.Kind == TokenKind.Word)
            {
                sh |= ShapeSentStart;
                prevSentence = sent;
            }

            if (lex.MayStart(ids[i])) sh |= ShapeMayStart;
            shape[i] = (byte)(sh | prefixShape);
        }
    }

    // An unknown word token (Prepare): "then-President" and "ex-minister" by the word after the prefix (remembering "ex-"
    // in prefixShape), "Saudi-led" by the leading country, a capitalised word of six letters or more as a misspelling;
    // its id, or -1. cased becomes the case of the part looked up when only part of the token is.
    private static int LookUpUnknown(ActorLexicon lex, string text, ImmutableArray<Token> tokens, int[] ids, int i, Span<int> fuzzyMemo,
        ref int fuzzyUsed, ref TokenShape cased, ref byte prefixShape)
    {
        var t = tokens[i];
        var span = text.AsSpan(t.Start, t.Length);
        bool hyphen = (t.Shape & TokenShape.Hyphenated) != 0;
        if (hyphen && HyphenPrefix(span) is > 0 and var cut)
        {
            var word = span[cut..];
            cased = Tokenizer.ShapeOf(word);
            if (text[t.Start] is 'e' or 'E' or 'f' or 'F') prefixShape = ShapeFormer;
            return lex.Lookup(word);
        }

        if (hyphen && t.Length > 5 && span.EndsWith("-led", StringComparison.OrdinalIgnoreCase))
        {
            // "Saudi-led coalition", "US-led forces": the leading country modifies what follows.
            var word = span[..^4];
            cased = Tokenizer.ShapeOf(word);
            return lex.Lookup(word);
        }

        // "Mitterand", "Phillippines": a capitalised unknown word one letter from a known name.
        if (t.Length >= 6 && (t.Shape & TokenShape.Capitalized) != 0) return FuzzyLookupOnce(lex, text, tokens, ids, i, fuzzyMemo, ref fuzzyUsed);
        return -1;
    }

    private const int FuzzyMemoSlots = 256;

    // A name repeats through an article ("Zelenskyy" ten times): look each spelling up for a misspelling once.
    // The memo holds the token where the spelling was first met; its id is that token's. When the memo is half
    // full, later spellings are simply looked up.
    private static int FuzzyLookupOnce(ActorLexicon lex, string text, ImmutableArray<Token> tokens, int[] ids, int i, Span<int> memo, ref int used)
    {
        // Spellings are told apart by their token keys: one fold, so one answer.
        ulong key = tokens[i].Key;
        int mask = memo.Length - 1;
        for (int slot = (int)key & mask; ; slot = (slot + 1) & mask)
        {
            int first = memo[slot] - 1;
            if (first < 0)
            {
                int id = lex.FuzzyLookup(text.AsSpan(tokens[i].Start, tokens[i].Length));
                if (used < memo.Length / 2)
                {
                    memo[slot] = i + 1;
                    used++;
                }

                return id;
            }

            if (tokens[first].Key == key) return ids[first];
        }
    }

    // The tokenizer's case flags as this scanner's shape bits.
    private const TokenShape CaseShapes = TokenShape.Capitalized | TokenShape.HasUpper | TokenShape.AllCaps;
    private static readonly byte[] s_caseShape = BuildCaseShapes();

    private static byte[] BuildCaseShapes()
    {
        var table = new byte[(int)CaseShapes + 1];
        for (int f = 0; f < table.Length; f++)
        {
            var shape = (TokenShape)f;
            table[f] = (byte)(((shape & TokenShape.Capitalized) != 0 ? ShapeCap : 0)
                              | ((shape & TokenShape.HasUpper) != 0 ? ShapeUpper : 0)
                              | ((shape & TokenShape.AllCaps) != 0 ? ShapeAllCaps : 0));
        }

        return table;
    }

    // Length of a "then-", "ex-" or "former-" prefix, or 0.
    private static int HyphenPrefix(ReadOnlySpan<char> token)
    {
        int dash = token.IndexOf('-');
        if (dash is < 2 or > 6) return 0; // most tokens have no hyphen where a prefix would end
        foreach (var prefix in (ReadOnlySpan<string>)["then-", "ex-", "former-"])
        {
            if (token.Length > prefix.Length + 1 && token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return prefix.Length;
        }

        return 0;
    }

    // Text with (almost) no capitals is matched without case rules.
    private static bool IsLowerCaseText(string text, bool phrase)
    {
        if (phrase) return !text.AsSpan().ContainsAnyInRange('A', 'Z') && !HasNonAsciiUpper(text);
        // An article is lower-case when fewer than one letter in 200 is a capital. Ordinary text is ruled out by
        // its ASCII capitals alone: jump from one to the next with a vector search until there are enough (letters
        // never outnumber characters); only text that falls short is counted letter by letter.
        if (text.Length <= 200) return false;
        var rest = text.AsSpan();
        for (int found = 1; ; found++)
        {
            int at = rest.IndexOfAnyInRange('A', 'Z');
            if (at < 0) break;
            if (found * 200 >= text.Length) return false;
            rest = rest[(at + 1)..];
        }

        int letters = 0, upper = 0;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                if ((uint)((c | 0x20) - 'a') > 'z' - 'a') continue;
                letters++;
                if (c <= 'Z' && ++upper * 200 >= text.Length) return false;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c) && ++upper * 200 >= text.Length) return false;
            }
        }

        return letters > 200 && upper * 200 < letters;
    }

    private static bool HasNonAsciiUpper(string text)
    {
        foreach (char c in text)
            if (c >= 0x80 && char.IsUpper(c)) return true;
        return false;
    }

    private void Run()
    {
        int i = 0;
        while (i < _n)
        {
            // Most tokens can begin nothing ("of", "said", a comma): skip them without a call.
            if ((_shape[i] & (ShapeMayStart | ShapeCap)) == 0)
            {
                i++;
                continue;
            }

            // A determiner before a word no dictionary knows ("the weather") begins nothing: no premodifier, entity
            // or agent can follow. A possessive one ("his decree") still refers back, so it is tried.
            if (i + 1 < _n && _ids[i + 1] < 0 && (Class(i) & (WordClass.Det | WordClass.Pronoun)) == WordClass.Det)
            {
                i++;
                continue;
            }

            int end = TryMention(i);
            i = end > i ? end : i + 1;
        }

        if (_titledUnknown.Count > 0) CodeTitledUnknowns();
    }

    // "Minister Tran Xuan Gia said Vietnam ...": a titled person the dictionaries do not know takes the one
    // country its sentence names (a country, a demonym, a generic agent of a country); with none or several, it
    // stays uncoded.
    private void CodeTitledUnknowns()
    {
        if (_titledUnknown.Count == 0) return;
        // Mentions come in text order, so a sentence's mentions stand together: the look for its countries reads only
        // them, not the whole article's (mentions out of that order are all read, as before).
        bool inOrder = true;
        for (int m = 1; m < _out.Count && inOrder; m++) inOrder = _facts[m].Sentence >= _facts[m - 1].Sentence;
        foreach (var (index, role) in _titledUnknown)
        {
            int sentence = _facts[index].Sentence;
            string? only = null;
            bool several = false;
            int lo = 0, hi = _out.Count;
            if (inOrder)
            {
                lo = index;
                while (lo > 0 && _facts[lo - 1].Sentence == sentence) lo--;
                hi = index + 1;
                while (hi < _out.Count && _facts[hi].Sentence == sentence) hi++;
            }

            for (int m = lo; m < hi && !several; m++)
            {
                // Countries and demonyms, bare or on a generic agent ("Chilean officials"); not known people or bodies.
                if (_facts[m].Sentence != sentence || _out[m].Kind is not (ActorKind.Country or ActorKind.Agent) || m == index) continue;
                if (_out[m].Country is not { Length: 3 } c || c is "IGO" or "NGO" or "IMG") continue;
                if (only is null) only = c;
                else if (only != c) several = true;
            }

            if (only is null || several) continue;
            string code = CodeCache.Compose(only, role);
            for (int m = index; m < _out.Count; m++)
            {
                if (m == index || (_out[m].Antecedent == index && _out[m].Code is null))
                    _out[m] = _out[m] with { Code = code, Country = only, Role = role };
            }
        }
    }

    private WordClass Class(int i) => i >= 0 && i < _n && (_shape[i] & ShapeWord) != 0 ? _lex.ClassOf(_ids[i]) : WordClass.None;

    private bool Is(int i, byte shape) => i >= 0 && i < _n && (_shape[i] & shape) != 0;

    private ReadOnlySpan<char> Surface(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    // A longest-match result: the entry and the token index one past it.
    private readonly record struct Hit(int Entry, int End)
    {
        public static readonly Hit None = new(-1, -1);

        public bool Found => Entry >= 0;
    }

    /// <summary>Longest dictionary phrase starting at token <paramref name="j"/> whose kind is in <paramref name="kinds"/>.</summary>
    private Hit Longest(int j, int kinds)
    {
        if (j < 0 || j >= _n || (_lex.FirstKinds(_ids[j]) & kinds) == 0) return Hit.None;
        // The same start is often tried for several kinds in a row (a premodifier, then an entity, then an agent
        // head): the walk depends only on the tokens, so the last one is kept and reused.
        if (j != _walkStart)
        {
            _walkCount = Walk(_lex, _ids, _n, j, _walkEnds, _walkNodes);
            _walkStart = j;
        }

        var ends = _walkEnds;
        var nodes = _walkNodes;
        for (int c = _walkCount - 1; c >= 0; c--)
        {
            int best = BestEntry(nodes[c], j, kinds);
            if (best >= 0) return new Hit(best, ends[c]);
        }

        return Hit.None;
    }

    // Among the entries of one trie node, the one that fits: kind, case, and for people the likeliest one.
    private int BestEntry(int node, int start, int kinds)
    {
        int best = -1, bestScore = int.MinValue;
        foreach (int e in _lex.EntriesAt(node))
        {
            var entry = _lex.Entries[e];
            if ((kinds & (1 << (int)entry.Kind)) == 0 || !CaseFits(entry, start)) continue;
            // "Liberation" in "Palestinian Liberation Organization" is not the newspaper.
            if (entry.Kind is LexKind.Media or LexKind.Body && entry.TokenCount == 1 && !_relaxed && (entry.AllCapsMask & 1) == 0
                && start + 1 < _n && Is(start + 1, ShapeCap) && Is(start + 1, ShapeWord) && !Is(start + 1, ShapeSentStart)
                && (_lex.FirstKinds(_ids[start + 1]) & (KindAgent | KindCountry | KindCapital | KindAdjective)) == 0
                && (_lex.ClassOf(_ids[start + 1]) & ~WordClass.NotName) == WordClass.None)
                continue;
            int score = 0;
            if (entry.Kind == LexKind.Country && entry.Weak && !_phrase && (entry.Code is null || !_countrySeen.ContainsKey(entry.Code))) continue;
            if (entry.Kind == LexKind.Person)
            {
                // "Haley Morris": a known surname or first name inside a longer unknown name is not that person.
                int after = start + entry.TokenCount;
                if (!_relaxed && after < _n && !Is(after, ShapeSentStart) && IsPlainName(after)) continue;
                var person = _lex.People[entry.Target];
                // "Mr. Clinton" is not Hillary Clinton.
                if (_genderHint != '-' && person.Gender != '-' && person.Gender != _genderHint) continue;
                bool named = _lastByName.ContainsKey(person.Name);
                bool inOffice = person.OfficeAt(_date) is not null;
                // After a title ("President Reagan") a surname may name a former office holder too.
                if (entry.Weak && !named && !inOffice && !(_phrase && person.ActiveAt(_date)) && !(_titled && person.Offices.Count > 0)) continue;
                if (entry.NamedOnly && (!named || (Class(start - 1) & (WordClass.Locative | WordClass.Function)) != 0
                    || (start + 1 < _n && _tokens[start + 1].Kind == TokenKind.Number))) continue;
                // Named before beats in office beats active beats from a country the article is about.
                bool topOffice = inOffice && person.OfficeAt(_date)?.Office is "president" or "pm" or "head";
                score = (named ? 16 : 0) + (inOffice ? 8 : 0) + (topOffice ? 4 : 0) + (person.ActiveAt(_date) ? 2 : 0)
                    + (_countrySeen.ContainsKey(CountryPart(person.Country)) ? 1 : 0);
            }

            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }

        return best;
    }

    // "al-Bashir", "el-Sisi": an Arabic article glued to a capitalised name.
    private bool IsPrefixedName(int t)
    {
        if (!Is(t, ShapeWord)) return false;
        var s = Surface(t);
        return s.Length > 3 && s[2] == '-' && char.IsUpper(s[3]) && s[0] is 'a' or 'e' && char.IsLower(s[1]);
    }

    // A capitalised word that is no dictionary word except part of a person's name: the rest of an unknown name.
    private bool IsPlainName(int t)
    {
        if (!Is(t, ShapeCap) || !Is(t, ShapeWord) || IsSuffix(t)) return false;
        int id = _ids[t];
        return id < 0 || ((_lex.FirstKinds(id) & ~KindPerson) == 0 && _lex.ClassOf(id) == WordClass.None);
    }

    private bool CaseFits(LexEntry entry, int start)
    {
        for (int p = 0; p < entry.TokenCount; p++)
        {
            uint bit = 1u << p;
            byte sh = _shape[start + p];
            if (_relaxed)
            {
                // Word-like acronyms keep their capitals ("is" is not ISIS), word-like names their capital ("china").
                if ((entry.StrictCapsMask & bit) != 0 && (sh & ((entry.AllCapsMask & bit) != 0 ? ShapeAllCaps : ShapeUpper)) == 0) return false;
                continue;
            }

            if ((entry.UpperMask & bit) != 0 && (sh & ShapeUpper) == 0) return false;
            if ((entry.AllCapsMask & bit) != 0 && (sh & ShapeAllCaps) == 0) return false;
        }

        return true;
    }

    /// <summary>Tries to make a mention starting at token <paramref name="i"/>; returns the token after it, or <paramref name="i"/>.</summary>
    private int TryMention(int i)
    {
        if ((_shape[i] & ShapeMayStart) == 0) return Is(i, ShapeCap) ? TryUnknownName(i) : i;
        int j = i;
        var det = WordClass.None;
        int detIndex = -1;
        var cls = Class(j);
        if ((cls & WordClass.Det) != 0)
        {
            det = cls;
            detIndex = j;
            j++;
        }

        bool anon = false, former = false;
        while (j < _n && (Class(j) & WordClass.Premod) != 0 && Longest(j, KindAgent | EntityKinds) is not { Found: true })
        {
            var pc = Class(j);
            if ((pc & WordClass.Anon) != 0) anon = true;
            if ((pc & WordClass.Former) != 0) former = true;
            j++;
        }

        if (j < _n && Is(j, ShapeFormer)) former = true; // "an ex-Russian official"
        var ctx = new Np(i, detIndex, det, j, anon, former);

        // An entity, possibly one whose name begins with the determiner ("The Hill", "The Hague").
        var entity = Longest(j, EntityKinds);
        if (detIndex >= 0 && j == detIndex + 1)
        {
            var withDet = Longest(detIndex, EntityKinds);
            if (withDet.Found && withDet.End > (entity.Found ? entity.End : j))
            {
                entity = withDet;
                ctx = ctx with { BodyStart = detIndex };
            }
        }

        if (entity.Found && _lex.Entries[entity.Entry].Kind == LexKind.MediaAlias && (det & WordClass.Definite) == 0 && !_phrase)
            entity = Hit.None;

        if (entity.Found)
        {
            int k = entity.End;
            bool possessive = k < _n && _ids[k] == _lex.PossessiveId && _lex.PossessiveId >= 0;
            int headStart = possessive ? k + 1 : k;
            // "U.S.-led forces": the tokenizer leaves "-led" after the dotted abbreviation.
            if (!possessive && k + 1 < _n && Surface(k) is "-" && Surface(k + 1).Equals("led", StringComparison.OrdinalIgnoreCase)
                && _tokens[k].Start == _tokens[k - 1].End)
                headStart = k + 2;
            else if (!possessive && k < _n && Surface(k).Equals("-led", StringComparison.OrdinalIgnoreCase))
                headStart = k + 1;
            int made = TryHeadAfter(ctx, entity, headStart);
            if (made > 0) return made;
            return EmitEntity(ctx, entity);
        }

        int agentEnd = TryAgent(ctx, j, null);
        if (agentEnd > 0) return agentEnd;

        // Nothing after a determiner: the determiner itself may be a pronoun ("his decree").
        if ((cls & WordClass.Pronoun) != 0) return TryPronoun(i);
        if (detIndex >= 0) return i;
        if (Is(i, ShapeCap)) return TryUnknownName(i);
        return i;
    }

    // The start of a noun phrase: where it begins, its determiner and premodifiers.
    private readonly record struct Np(int Start, int DetIndex, WordClass Det, int BodyStart, bool Anon, bool Former);

    // An agent or body head after an entity ("Russian troops", "Ukraine's National Security and Defense Council",
    // "Russia's Vladimir Putin"); returns the end of the mention made, or 0.
    private int TryHeadAfter(Np ctx, Hit entity, int k)
    {
        var entry = _lex.Entries[entity.Entry];
        // "... crossing into the U.S. / Chris Christie added": a head in the next sentence is no head of this one.
        if (k >= _n || _sentence[k] != _sentence[entity.End - 1]) return 0;
        if (entry.Kind is LexKind.Country or LexKind.Adjective or LexKind.Capital or LexKind.Body or LexKind.Organization)
        {
            var body = Longest(k, KindBody | KindOrg);
            if (body.Found && Longest(k, KindAgent) is var a && (!a.Found || a.End < body.End))
            {
                var bodyEntry = _lex.Entries[body.Entry];
                string? code = bodyEntry.CodeAt(_date);
                if (entry.Kind is LexKind.Country or LexKind.Adjective or LexKind.Capital && code is not null && entry.Code is { } country)
                {
                    if (!IsOrgCode(code)) code = CodeCache.Compose(CountryPart(country), RolePart(code));
                    else if (bodyEntry.Generic) code = CodeCache.Compose(CountryPart(country), "GOV");
                }
                return Emit(ctx.Start, body.End, bodyEntry.Kind == LexKind.Organization ? ActorKind.Organization : ActorKind.Body, code, bodyEntry.Name, false, false, default);
            }
        }

        if (entry.Kind is LexKind.Country or LexKind.Adjective or LexKind.Organization)
        {
            var person = Longest(k, KindPerson);
            if (person.Found)
                return EmitPerson(ctx.Start, person.End, _lex.Entries[person.Entry].Target, ctx.Former);
        }

        return TryAgent(ctx, k, entity);
    }

    // An agent head at k, possibly after a role modifier, possibly followed by a name.
    private int TryAgent(Np ctx, int k, Hit? entity)
    {
        var first = Longest(k, KindAgent);
        if (!first.Found) return 0;
        if (Is(k, ShapeFormer)) ctx = ctx with { Former = true };
        var head = first;
        AgentInfo? roleMod = null;
        var firstInfo = _lex.Agents[_lex.Entries[first.Entry].Target];
        // "police spokesman", "Foreign Ministry spokesman Zhao Lijian": a group or role word before a person.
        if (firstInfo.Has(AgentFlags.Modifier) || (firstInfo.Has(AgentFlags.Group) && !firstInfo.Has(AgentFlags.Plural)))
        {
            var second = Longest(first.End, KindAgent);
            if (second.Found && !_lex.Agents[_lex.Entries[second.Entry].Target].Has(AgentFlags.Honorific)
                && (firstInfo.Has(AgentFlags.Modifier) || _lex.Agents[_lex.Entries[second.Entry].Target].Has(AgentFlags.Person)))
            {
                roleMod = firstInfo;
                head = second;
            }
            else if (firstInfo.Has(AgentFlags.ModifierOnly) && entity is null)
            {
                // "intelligence" alone is not an actor; "Pakistani intelligence" is.
                return 0;
            }
        }

        var info = _lex.Agents[_lex.Entries[head.Entry].Target];
        var headEntry = _lex.Entries[head.Entry];
        int end = head.End;

        // "the general election", "press conference": an adjective, not a head, when a content word follows.
        // A past-tense verb after it ("the army moved") makes it the subject, so a head after all.
        if (info.Has(AgentFlags.Adjectival) && end < _n && Is(end, ShapeWord) && !Is(end, ShapeCap)
            && (Class(end) & (WordClass.Function | WordClass.Speech | WordClass.Det | WordClass.Pronoun | WordClass.Locative)) == 0
            && !(Surface(end) is { Length: >= 5 } next && next.EndsWith("ed", StringComparison.Ordinal)))
            return 0;

        // "the president of Armenia", "a spokesman for the Pentagon": the country or body after the head.
        if (entity is null && OfComplement(end, info.Has(AgentFlags.Neutral)) is { Found: true } of)
        {
            entity = of;
            end = of.End;
        }
        else if (entity is null && roleMod?.Home is null && info.Home is null && LocatedIn(end, roleMod?.Role ?? info.Role, info.Class == "official") is { Found: true } place)
        {
            entity = place;
            end = place.End;
        }

        // Country and role from the entity in front.
        string? country = null, entityRole = null, orgCode = null;
        int entityPerson = -1;
        LexKind? entityKind = null;
        if (entity is { Found: true } ent)
        {
            var e = _lex.Entries[ent.Entry];
            entityKind = e.Kind;
            // "CNN President Jeff Zucker", "a Kremlin spokesman": a body's officer takes the body's code.
            // A seat of government keeps the office ("the White House press secretary").
            // So does a body whose role is the office's ("the House speaker").
            bool governmentSeat = e.Kind == LexKind.Body && e.CodeAt(_date) is { Length: 6 } seatCode
                && (seatCode.EndsWith("GOV", StringComparison.Ordinal) || (info.Role is { } officeRole && seatCode.EndsWith(officeRole, StringComparison.Ordinal)));
            if (e.Kind is LexKind.Body or LexKind.Media or LexKind.MediaAlias && (info.Has(AgentFlags.Title) || info.Office is not null) && !governmentSeat)
                info = info with { Flags = info.Flags | AgentFlags.Neutral, Office = null };
            switch (e.Kind)
            {
                case LexKind.Country or LexKind.Adjective or LexKind.Capital:
                    country = e.Code;
                    break;
                case LexKind.Body or LexKind.Organization or LexKind.Media or LexKind.MediaAlias:
                    var code = e.CodeAt(_date);
                    if (code is not null && IsOrgCode(code)) orgCode = code;
                    else if (code is not null)
                    {
                        country = CountryPart(code);
                        entityRole = RolePart(code) is { Length: > 0 } r ? r : null;
                    }

                    break;
                case LexKind.Person:
                    entityPerson = e.Target;
                    var p = _lex.People[e.Target];
                    var personCode = p.CodeAt(_date);
                    if (IsOrgCode(personCode)) orgCode = personCode;
                    else country = CountryPart(p.Country.Length > 0 ? p.Country : personCode);
                    break;
            }
        }

        // "the Pope", "Kurds", "Kurdish fighters": the home country of the head or of its people modifier.
        if (country is null && orgCode is null && entityPerson < 0 && (info.Home ?? roleMod?.Home) is { } homeCountry) country = homeCountry;

        // A person's name after a title or honorific ("President Joe Biden", "Mr. Hill").
        if (info.Has(AgentFlags.Title) || info.Has(AgentFlags.Honorific))
        {
            // "that Judge Berman": only "the" belongs to a titled name.
            int nameStart = ctx.DetIndex >= 0 && _ids[ctx.DetIndex] != _lex.TheId ? ctx.DetIndex + 1 : ctx.Start;
            // "Lt. Gen. Prosper Avril": titles in a row.
            while (end < _n && Longest(end, KindAgent) is { Found: true } more && _lex.Agents[_lex.Entries[more.Entry].Target] is var moreInfo
                   && (moreInfo.Has(AgentFlags.Honorific) || (moreInfo.Has(AgentFlags.Title) && Is(end, ShapeCap))) && more.End < _n && Is(more.End, ShapeCap))
            {
                end = more.End;
                if (moreInfo.Role is not null && info.Role is null) info = moreInfo;
            }

            _genderHint = info.Has(AgentFlags.Male) ? 'm' : info.Has(AgentFlags.Female) ? 'f' : '-';
            _titled = info.Has(AgentFlags.Title);
            var named = Longest(end, KindPerson);
            _genderHint = '-';
            _titled = false;
            if (named.Found)
                return EmitPerson(nameStart, named.End, _lex.Entries[named.Entry].Target, ctx.Former);
            int nameEnd = NameRun(end, maxTokens: 4, allowSentenceStart: true);
            int lastName = nameEnd - 1;
            if (nameEnd - end >= 3 && IsSuffix(lastName)) lastName--;
            if (lastName - end >= 1 && PersonByFirstAndLast(end, lastName) is >= 0 and var byParts)
                return EmitPerson(nameStart, nameEnd, byParts, ctx.Former);
            // "President Omar Hassan al-Bashir": a known person at the end of the name.
            for (int t = end + 1; t < nameEnd; t++)
            {
                if (Longest(t, KindPerson) is { Found: true } tail && tail.End == nameEnd)
                    return EmitPerson(nameStart, nameEnd, _lex.Entries[tail.Entry].Target, ctx.Former);
            }

            if (nameEnd > end)
            {
                // "King Hassan of Morocco".
                if (country is null && orgCode is null && OfComplement(nameEnd, false) is { Found: true } ofName
                    && _lex.Entries[ofName.Entry] is { Kind: LexKind.Country or LexKind.Capital, Code: { } ofCountry })
                {
                    string? ofCode = AgentCode(info, roleMod, ofCountry, null, null, ctx.Former);
                    char g0 = info.Has(AgentFlags.Male) ? 'm' : info.Has(AgentFlags.Female) ? 'f' : '-';
                    return EmitUnknownPerson(nameStart, end, nameEnd, ofCode, g0, spanEnd: ofName.End);
                }

                string? code = AgentCode(info, roleMod, country, entityRole, orgCode, ctx.Former, out string? titleRole);
                char g = info.Has(AgentFlags.Male) ? 'm' : info.Has(AgentFlags.Female) ? 'f' : '-';
                int made = EmitUnknownPerson(nameStart, end, nameEnd, code, g);
                if (code is null && titleRole is not null && info.Has(AgentFlags.Title) && _out.Count > 0 && _out[^1].Code is null)
                    _titledUnknown.Add((_out.Count - 1, titleRole));
                return made;
            }

            if (info.Has(AgentFlags.Honorific) && !info.Has(AgentFlags.Title)) return 0;
        }

        bool plural = headEntry.Plural || (ctx.Det & WordClass.Plural) != 0;
        // "said that officials ...": a singular demonstrative before a plural head is a conjunction.
        if (plural && ctx.DetIndex >= 0 && (ctx.Det & (WordClass.Definite | WordClass.Plural)) == WordClass.Definite && _ids[ctx.DetIndex] != _lex.TheId)
            ctx = ctx with { Start = ctx.DetIndex + 1, Det = WordClass.None, DetIndex = -1 };
        bool definite = (ctx.Det & WordClass.Definite) != 0;
        bool indefinite = (ctx.Det & WordClass.Indefinite) != 0 || (ctx.DetIndex < 0 && plural);
        // An unnamed individual ("a US official", "a State Department spokesperson") is an anonymous source;
        // an office holder is not ("another president").
        bool anon = ctx.Anon || info.Has(AgentFlags.Anon) || AnonymityFollows(end)
            || (info.Has(AgentFlags.Person) && info.Office is null && !plural && indefinite && !info.Has(AgentFlags.Counterpart));
        string? roleOut;
        string? finalCode = AgentCode(info, roleMod, country, entityRole, orgCode, ctx.Former, out roleOut);

        // "his Russian counterpart": the same office in the other country.
        if (info.Has(AgentFlags.Counterpart))
        {
            if (country is null) return Emit(ctx.Start, end, ActorKind.Agent, null, null, false, plural, default, role: roleOut);
            string office = _lex.LeaderOffice(country);
            int possessor = (ctx.Det & WordClass.Possessive) != 0 ? PronounAntecedent(ctx.Det, _sentence[ctx.Start]) : -1;
            if (possessor >= 0 && _facts[possessor].Office is { } o && _lex.HasOffice(country, o)) office = o;
            int holder = _lex.HolderAt(country, office, _date);
            if (holder < 0) holder = _lex.LeaderAt(country, _date);
            if (holder >= 0)
            {
                var person = _lex.People[holder];
                int ante = _lastByName.TryGetValue(person.Name, out int a) ? a : -1;
                return Emit(ctx.Start, end, ActorKind.Anaphor, person.CodeAt(_date), person.Name, false, false,
                    new MentionFacts(holder, office, person.Gender, true, 0), antecedent: ante);
            }

            return Emit(ctx.Start, end, ActorKind.Anaphor, finalCode, null, false, plural, default, role: roleOut);
        }

        // "the US president": the holder of the office on the article's date.
        string? officeCountry = orgCode ?? country;
        if (orgCode is not null && info.Office != "head") officeCountry = null;
        if (info.Office is { } officeName && officeCountry is not null && !ctx.Former)
        {
            string office = officeName == "head" && !_lex.HasOffice(officeCountry, "head") ? _lex.LeaderOffice(officeCountry) : officeName;
            int holder = _lex.HolderAt(officeCountry, office, _date);
            if (holder < 0 && info.Class == "leader") holder = _lex.LeaderAt(officeCountry, _date);
            if (holder >= 0 && !plural)
            {
                var person = _lex.People[holder];
                int ante = _lastByName.TryGetValue(person.Name, out int a) ? a : -1;
                return Emit(ctx.Start, end, ActorKind.Person, person.CodeAt(_date), person.Name, false, false,
                    new MentionFacts(holder, office, person.Gender, true, 0), antecedent: ante);
            }
        }

        // "the unnamed spokesperson", "the president": an earlier mention of the same kind.
        if (definite && country is null && orgCode is null && entityPerson < 0 && info.Class is { } cls && !plural && !ctx.Former
            && _lastByClass.TryGetValue(cls, out int prior) && Near(prior, ctx.Start))
        {
            var m = _out[prior];
            var f = _facts[prior];
            return Emit(ctx.Start, end, info.Has(AgentFlags.Person) ? ActorKind.Agent : ActorKind.Body, m.Code, m.Name, anon || m.Anonymous, false,
                f with { Sentence = 0 }, antecedent: prior, role: m.Role, cls: cls);
        }

        // "the former secretary of state": the last person named who held that office before.
        if (definite && info.Office is { } pastOffice && country is null && orgCode is null && !plural && ctx.Former)
        {
            for (int m = _out.Count - 1; m >= 0 && m >= _out.Count - 40; m--)
            {
                int pi = _facts[m].Person;
                if (pi < 0) continue;
                foreach (var t in _lex.People[pi].Offices)
                {
                    if (t.Office == pastOffice && t.To <= _date)
                    {
                        var earlier = _out[m];
                        return Emit(ctx.Start, end, ActorKind.Agent, earlier.Code, earlier.Name, false, false, _facts[m], antecedent: m, cls: info.Class);
                    }
                }
            }
        }

        // "the president" with nothing before it: the office of the country the article is about.
        if (definite && info.Office is { } homeOffice && country is null && orgCode is null && !plural && !ctx.Former && entityPerson < 0
            && DominantCountry() is { } home)
        {
            string office = homeOffice == "head" && !_lex.HasOffice(home, "head") ? _lex.LeaderOffice(home) : homeOffice;
            int holder = _lex.HolderAt(home, office, _date);
            if (holder >= 0)
            {
                var person = _lex.People[holder];
                int ante = _lastByName.TryGetValue(person.Name, out int a) ? a : -1;
                return Emit(ctx.Start, end, ActorKind.Person, person.CodeAt(_date), person.Name, false, false,
                    new MentionFacts(holder, office, person.Gender, true, 0), antecedent: ante);
            }
        }

        if (info.Has(AgentFlags.ModifierOnly) && entity is null) return 0;
        // A bare singular count noun ("in general", "as candidate") is not an actor; "police", "troops" are.
        if (!plural && !info.Has(AgentFlags.Mass) && ctx.DetIndex < 0 && entity is null && roleMod is null && !Is(ctx.BodyStart, ShapeCap))
            return 0;
        var kind = info.Has(AgentFlags.Group) && !info.Has(AgentFlags.Person) ? ActorKind.Body : ActorKind.Agent;
        char gender = info.Has(AgentFlags.Male) ? 'm' : info.Has(AgentFlags.Female) ? 'f' : '-';
        return Emit(ctx.Start, end, kind, finalCode, null, anon, plural,
            new MentionFacts(-1, info.Office, gender, info.Has(AgentFlags.Person) && !plural, 0), role: roleOut, cls: info.Class);
    }

    // "of [the] Russia", "of the United Nations" (and "for" after a spokesman-like head): the entity, or none.
    private Hit OfComplement(int k, bool allowFor)
    {
        if (k + 1 >= _n || !Is(k, ShapeWord)) return Hit.None;
        int id = _ids[k];
        if (id < 0 || (id != _lex.OfId && !(allowFor && id == _lex.ForId))) return Hit.None;
        int q = k + 1;
        if (_ids[q] == _lex.TheId && _lex.TheId >= 0) q++;
        var hit = Longest(q, KindCountry | KindCapital | KindBody | KindOrg | KindMedia);
        // "the head of Russia's central bank" is not Russia's head.
        if (!hit.Found || (hit.End < _n && _ids[hit.End] == _lex.PossessiveId && _lex.PossessiveId >= 0)) return Hit.None;
        return hit;
    }

    // "rebels in Darfur", "police in Cairo": people who act where they live take that place's country. Not troops,
    // diplomats or refugees, who are as often foreign to the place they are in; officials only in a capital
    // ("officials in Kyiv"), where the state sits.
    private Hit LocatedIn(int k, string? role, bool official)
    {
        bool resident = role is "REB" or "COP" or "OPP" or "CVL" or "EDU" or "LAB" or "CRM";
        if (!resident && !(official && role == "GOV")) return Hit.None;
        if (k + 1 >= _n || _lex.InId < 0 || _ids[k] != _lex.InId) return Hit.None;
        int q = k + 1;
        if (_ids[q] == _lex.TheId && _lex.TheId >= 0) q++;
        var hit = Longest(q, resident ? KindCountry | KindCapital : KindCapital);
        if (!hit.Found || (hit.End < _n && _ids[hit.End] == _lex.PossessiveId && _lex.PossessiveId >= 0)) return Hit.None;
        return hit;
    }

    private string? AgentCode(AgentInfo info, AgentInfo? roleMod, string? country, string? entityRole, string? orgCode, bool former) =>
        AgentCode(info, roleMod, country, entityRole, orgCode, former, out _);

    // Code of an agent from its head, role modifier and the entity in front of it.
    private static string? AgentCode(AgentInfo info, AgentInfo? roleMod, string? country, string? entityRole, string? orgCode, bool former, out string? role)
    {
        role = info.Role;
        if (roleMod?.Role is { } modRole && (info.Has(AgentFlags.Neutral) || modRole is "REB" or "OPP" or "COP" or "SPY" or "CRM"))
            role = modRole;
        else if (info.Has(AgentFlags.Neutral) && entityRole is not null)
            role = entityRole;
        if (former && role is not null) role = "ELI";
        if (orgCode is not null)
        {
            role = RolePart(orgCode);
            return orgCode;
        }

        if (country is null) return null;
        return CodeCache.Compose(country, role);
    }

    // "officials speaking on condition of anonymity", "sources familiar with the talks".
    private bool AnonymityFollows(int k)
    {
        int sent = k < _n ? _sentence[k] : -1;
        for (int t = k; t < _n && t < k + 12 && _sentence[t] == sent; t++)
        {
            int id = _ids[t];
            if (id < 0) continue;
            if (id == _lex.AnonymityId) return true;
            if (id == _lex.FamiliarId && t <= k + 2) return true;
        }

        return false;
    }

    private bool Near(int prior, int start)
    {
        int s = _sentence[Math.Min(start, _n - 1)];
        return s - _facts[prior].Sentence <= AntecedentSentences;
    }

    // An entity on its own: a country, capital, body, organisation, outlet or person.
    private int EmitEntity(Np ctx, Hit hit)
    {
        var e = _lex.Entries[hit.Entry];
        // "Republican", "Democratic": a country only in front of an agent ("Republican lawmakers").
        if (e.ModifierOnly) return 0;
        // Only "the" belongs to a name ("the Kremlin"); "that Russia", "his Ukraine visit" do not.
        bool withThe = ctx.DetIndex >= 0 && _ids[ctx.DetIndex] == _lex.TheId;
        if (ctx.DetIndex >= 0 && !withThe && ctx.BodyStart > ctx.DetIndex && (ctx.Det & WordClass.Pronoun) != 0) TryPronoun(ctx.DetIndex);
        int nameStart = withThe ? ctx.Start : ctx.BodyStart;
        switch (e.Kind)
        {
            case LexKind.Country:
                return Emit(nameStart, hit.End, ActorKind.Country, e.Code, e.Name, false, false, default);
            case LexKind.Adjective:
                // "Ukrainian regions": the adjective alone; "the Russians": the people, with their determiner.
                return Emit(e.Plural ? nameStart : hit.End - e.TokenCount, hit.End, ActorKind.Country, e.Code, e.Name, false, e.Plural, default);
            case LexKind.Capital:
            {
                int start = hit.End - e.TokenCount;
                bool located = (Class(start - 1) & WordClass.Locative) != 0;
                string? code = located || e.Code is not { Length: 3 } ? e.Code : CodeCache.Compose(e.Code, "GOV");
                return Emit(start, hit.End, ActorKind.Country, code, e.Name, false, false, default);
            }

            case LexKind.Body or LexKind.Organization or LexKind.Media:
                return Emit(nameStart, hit.End,
                    e.Kind == LexKind.Media ? ActorKind.Media : e.Kind == LexKind.Organization ? ActorKind.Organization : ActorKind.Body,
                    e.CodeAt(_date), e.Name, false, false, default);
            case LexKind.MediaAlias:
            {
                // "the Post": the outlet the article already named, else the usual one.
                string word = e.Name is { } nm ? nm[(nm.LastIndexOf(' ') + 1)..] : "";
                for (int m = _out.Count - 1; m >= 0; m--)
                {
                    var prior = _out[m];
                    if (prior.Kind == ActorKind.Media && prior.Name is { } pn && pn.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                        return Emit(ctx.Start, hit.End, ActorKind.Media, prior.Code, prior.Name, false, false, default, antecedent: m);
                }

                return Emit(ctx.Start, hit.End, ActorKind.Media, e.Code, e.Name, false, false, default);
            }

            case LexKind.Person:
                return EmitPerson(hit.End - e.TokenCount, hit.End, e.Target, ctx.Former);
            default:
                return 0;
        }
    }

    private int EmitPerson(int start, int end, int personIndex, bool former)
    {
        if (end < _n && IsSuffix(end)) end++; // "Joseph R. Biden Jr." 
        var person = _lex.People[personIndex];
        string code = person.CodeAt(_date);
        if (former && code.Length >= 6 && !IsOrgCode(code)) code = CodeCache.Compose(CountryPart(code), "ELI");
        int ante = _lastByName.TryGetValue(person.Name, out int a) ? a : -1;
        string? office = person.OfficeAt(_date)?.Office;
        int made = Emit(start, end, ActorKind.Person, code, person.Name, false, false,
            new MentionFacts(personIndex, office, person.Gender, true, 0), antecedent: ante, cls: office is null ? null : ClassOfOffice(office));
        // "Caroline Kennedy": her given name alone may later say who speaks.
        if (end - start >= 2 && GivenNameSex(start) != '-' && SharesGivenName(personIndex, start)) RememberGivenName(start, _out.Count - 1);
        return made;
    }

    private static string ClassOfOffice(string office) => office == "head" ? "leader" : office;

    // A capitalised name run (1 to maxTokens tokens) at k; returns its end, or k.
    private int NameRun(int k, int maxTokens, bool allowSentenceStart)
    {
        int t = k;
        int names = 0;
        while (t < _n && t - k < maxTokens + 1)
        {
            if (!Is(t, ShapeWord)) break;
            var cls = Class(t);
            if (Is(t, ShapeCap) || IsPrefixedName(t))
            {
                if ((cls & (WordClass.NotName | WordClass.Pronoun | WordClass.Speech)) != 0) break;
                // A known country or body ends the name; a title word or a surname inside it belongs to it ("Tom King").
                if (names > 0 && _ids[t] >= 0 && Longest(t, EntityKinds & ~KindPerson) is { Found: true } entity && !_unknownLookup.ContainsKey(Surface(t))
                    && !IsSurnameAfterGivenName(k, t, names, entity.End))
                    break;
                if (names == 0 && !allowSentenceStart && Is(t, ShapeSentStart)) break;
                names++;
                t++;
                if (names >= maxTokens) break;
            }
            else if ((cls & WordClass.Particle) != 0 && names > 0 && t + 1 < _n && Is(t + 1, ShapeCap))
            {
                t++;
            }
            else
            {
                break;
            }
        }

        return names == 0 ? k : t;
    }

    // "Mark Cuban said", "David French, a writer", "Michael Jordan's": a one-word country or demonym right after a
    // listed given name, closing the name (punctuation, a verb of saying or "'s" follows), is a surname.
    private bool IsSurnameAfterGivenName(int first, int t, int names, int entityEnd)
    {
        if (names != 1 || entityEnd != t + 1 || GivenNameSex(first) == '-') return false;
        int next = t + 1;
        return next >= _n || !Is(next, ShapeWord) || (Class(next) & WordClass.Speech) != 0
            || (_ids[next] == _lex.PossessiveId && _lex.PossessiveId >= 0);
    }

    // A capitalised name not in the dictionaries: a surname met before, or a new name in a speech context
    // ("Hugh Hill, a doctor, said", "Hugh Hill said", "said Hugh Hill").
    private int TryUnknownName(int i)
    {
        // Choosing an entry reads the coreference state, which nothing here changes: one walk answers both questions.
        bool isEntity = Longest(i, EntityKinds | KindAgent).Found;
        // A surname that is also an agent noun ("Hunter, meanwhile, told Politico" after "Duncan Hunter") is the person.
        if ((!isEntity || !Longest(i, EntityKinds).Found) && _unknownLookup.TryGetValue(Surface(i), out int prior))
        {
            var m = _out[prior];
            return Emit(i, i + 1, ActorKind.Person, m.Code, m.Name, false, false, _facts[prior], antecedent: prior);
        }

        if (isEntity) return i;
        if ((Class(i) & (WordClass.NotName | WordClass.Det | WordClass.Pronoun)) != 0) return i;
        int end = NameRun(i, maxTokens: 4, allowSentenceStart: true);
        // "Paul D. Ryan", "Joseph R. Biden Jr.": a known person written with a middle name or initial.
        int surnameAt = end - 1;
        if (end - i >= 3 && IsSuffix(surnameAt)) surnameAt--;
        if (surnameAt - i >= 1 && PersonByFirstAndLast(i, surnameAt) is >= 0 and var known)
            return EmitPerson(i, end, known, false);
        // "Eric Trump", "Brenda Johnson": a listed given name that is not the listed person's makes a namesake or a relative.
        // "Stephen Bannon", "Sergey Lavrov": a given name that shares its first three letters with the listed one's is a
        // form of it.
        if (surnameAt == i + 1 && GivenNameSex(i) is not '-' and var namesakeSex && SurnameOwner(surnameAt) is >= 0 and var owner)
            return SharesGivenName(owner, i) ? EmitPerson(i, end, owner, false) : EmitNamesake(i, end, namesakeSex);
        if (_phrase) return i;
        // A capitalised dictionary word opening a sentence is more likely an ordinary word than a first name.
        // A listed given name is a first name wherever it stands ("Chris Murphy, who ...", "Steven Aftergood, who ...").
        if (Is(i, ShapeSentStart) && _ids[i] >= 0 && GivenNameSex(i) == '-') return i;
        for (int t = i + 1; t < end; t++)
        {
            // A known person inside the run starts a mention of its own.
            if (Longest(t, KindPerson).Found)
            {
                end = t;
                break;
            }
        }

        for (int t = i; t < end; t++)
            if (Is(t, ShapeAllCaps)) return i;
        bool speechAfter = end < _n && ((Class(end) & WordClass.Speech) != 0
            || (_ids[end] == _lex.CommaId && end + 1 < _n && ((Class(end + 1) & (WordClass.Det | WordClass.Speech)) != 0
                || (end - i >= 2 && (Surface(end + 1).Equals("who", StringComparison.Ordinal) || Surface(end + 1).Equals("whose", StringComparison.Ordinal)
                    || (Class(end + 1) & WordClass.Former) != 0)))));
        bool speechBefore = i > 0 && ((Class(i - 1) & WordClass.Speech) != 0 || (i > 1 && _ids[i - 2] == _lex.AccordingId));
        if (end - i < 2)
        {
            // "Rush Limbaugh" told in passing, then "Limbaugh said": the surname that speaks is the name met before.
            if ((speechAfter || speechBefore) && _pendingLookup.TryGetValue(Surface(i), out var pending))
                return EmitPendingPerson(i, pending);
            // "Caroline Kennedy ... Caroline said": the one person the article named in full with that given name.
            if ((speechAfter || speechBefore) && GivenNameSex(i) != '-' && _givenLookup.TryGetValue(Surface(i), out int named) && named >= 0
                && (PendingByGivenName(i) is not { } other || string.Equals(other.Name, _out[named].Name, StringComparison.Ordinal)))
            {
                var m = _out[named];
                return Emit(i, i + 1, ActorKind.Person, m.Code, m.Name, false, false, _facts[named], antecedent: named);
            }

            if ((speechAfter || speechBefore) && GivenNameSex(i) != '-' && !_givenLookup.ContainsKey(Surface(i)) && PendingByGivenName(i) is { } one)
                return EmitPendingPerson(i, one);
            return i;
        }

        if (!speechAfter && !speechBefore)
        {
            // A first name and a surname with nothing that makes them a speaker yet: kept, in case the surname speaks.
            if (end - i is 2 or 3 && GivenNameSex(i) is not '-' and var sex)
                _pendingNames.TryAdd(Surface(end - 1).ToString(), (_text[_tokens[i].Start.._tokens[end - 1].End], sex));
            return i;
        }

        return EmitUnknownPerson(i, i, end, null, '-');
    }

    // The listed person whose one-word surname entry is token t ("Trump", "Johnson"), or -1.
    private int SurnameOwner(int t)
    {
        var hit = Longest(t, KindPerson);
        return hit.Found && hit.End == t + 1 && _lex.Entries[hit.Entry].Kind == LexKind.Person ? _lex.Entries[hit.Entry].Target : -1;
    }

    // Whether token t begins like the given name of listed person `person` (three letters, or all of a shorter one).
    private bool SharesGivenName(int person, int t)
    {
        var given = _lex.People[person].Name.AsSpan();
        int space = given.IndexOf(' ');
        if (space > 0) given = given[..space];
        var word = Surface(t);
        int n = Math.Min(3, Math.Min(given.Length, word.Length));
        return n > 0 && word[..n].Equals(given[..n], StringComparison.OrdinalIgnoreCase);
    }

    // "Eric Trump" beside Donald Trump: a person the dictionaries do not know, found again by the full name only, so
    // that "Trump" and "Mr. Trump" keep meaning the listed person.
    private int EmitNamesake(int start, int end, char sex)
    {
        string name = _text[_tokens[start].Start.._tokens[end - 1].End];
        int made = Emit(start, end, ActorKind.Person, null, name, false, false, new MentionFacts(-1, null, sex, true, 0));
        _unknownNames[name] = _out.Count - 1;
        RememberGivenName(start, _out.Count - 1);
        return made;
    }

    // The one name kept in passing whose given name is token t ("Caroline Kennedy" for "Caroline"), or null.
    private (string Name, char Sex)? PendingByGivenName(int t)
    {
        var given = Surface(t);
        (string Name, char Sex)? found = null;
        foreach (var pending in _pendingNames.Values)
        {
            var name = pending.Name.AsSpan();
            if (name.Length <= given.Length || name[given.Length] != ' ' || !name.StartsWith(given, StringComparison.OrdinalIgnoreCase)) continue;
            if (found is { } f && !string.Equals(f.Name, pending.Name, StringComparison.Ordinal)) return null;
            found = pending;
        }

        return found;
    }

    private int EmitPendingPerson(int i, (string Name, char Sex) pending)
    {
        int end = Emit(i, i + 1, ActorKind.Person, null, pending.Name, false, false, new MentionFacts(-1, null, pending.Sex, true, 0));
        RememberUnknown(pending.Name, i, i);
        return end;
    }

    // A new person the dictionaries do not know, the last mention made: found again by the full name and by the
    // surname at token `surname`. "Chris Murphy ... a teacher's aide, Anne Marie Murphy ... Murphy said": the surname
    // alone keeps meaning the person it was first given to, who is the story's, more often than a namesake met in passing.
    // A full name also makes its given name one that can later say who speaks ("Caroline said").
    private void RememberUnknown(string name, int surname, int nameStart)
    {
        int index = _out.Count - 1;
        _unknownNames[name] = index;
        string key = Surface(surname).ToString();
        _unknownNames.TryAdd(key, index);
        // Only a real given name in the name's own sentence ("X.\n\nSexton" is a caption's letter and a surname).
        if (surname > nameStart && _sentence[nameStart] == _sentence[surname] && Surface(nameStart).Length > 2 && !Surface(nameStart).EndsWith('.'))
        {
            RememberGivenName(nameStart, index);
        }
    }

    // Keeps the given name at token t as naming mention `index`, or nobody once two people have had it.
    private void RememberGivenName(int t, int index)
    {
        var given = Surface(t);
        if (_givenLookup.TryGetValue(given, out int had))
        {
            if (had >= 0 && !string.Equals(_out[had].Name, _out[index].Name, StringComparison.OrdinalIgnoreCase)) _givenLookup[given] = -1;
            return;
        }

        _byGivenName[given.ToString()] = index;
    }

    // "Jr.", "Sr.", "II", "III" after a surname.
    private bool IsSuffix(int t)
    {
        var w = Surface(t);
        return w is "Jr." or "Jr" or "Sr." or "Sr" or "II" or "III" or "IV";
    }

    // The known person whose canonical name begins with token `first` and whose surname is token `last`, or -1.
    private int PersonByFirstAndLast(int first, int last)
    {
        // A listed two-word form ("Joseph Biden"), else a surname whose canonical name starts with the first name.
        int pair = _lex.Step(_lex.Step(0, _ids[first]), _ids[last]);
        if (pair >= 0)
        {
            foreach (int e in _lex.EntriesAt(pair))
                if (_lex.Entries[e].Kind == LexKind.Person) return _lex.Entries[e].Target;
        }

        int node = _lex.Step(0, _ids[last]);
        if (node < 0) return -1;
        var firstWord = Surface(first);
        foreach (int e in _lex.EntriesAt(node))
        {
            var entry = _lex.Entries[e];
            if (entry.Kind != LexKind.Person || entry.TokenCount != 1) continue;
            var name = _lex.People[entry.Target].Name.AsSpan();
            if (name.Length > firstWord.Length && name.StartsWith(firstWord, StringComparison.OrdinalIgnoreCase) && name[firstWord.Length] == ' ')
                return entry.Target;
        }

        return -1;
    }

    private int EmitUnknownPerson(int start, int nameStart, int nameEnd, string? code, char gender, int spanEnd = -1)
    {
        if (spanEnd < nameEnd) spanEnd = nameEnd;
        // "Mr. Hill" after "Hugh Hill": the same person.
        if (nameEnd - nameStart == 1 && _unknownLookup.TryGetValue(Surface(nameStart), out int prior))
        {
            var m = _out[prior];
            return Emit(start, spanEnd, ActorKind.Person, code ?? m.Code, m.Name, false, false, _facts[prior], antecedent: prior);
        }

        string name = _text[_tokens[nameStart].Start.._tokens[nameEnd - 1].End];
        // "Ghazala Khan": a given name that names one sex tells "she" from "he".
        if (gender is '-' or '\0' && nameEnd - nameStart >= 2) gender = GivenNameSex(nameStart);
        int end = Emit(start, spanEnd, ActorKind.Person, code, name, false, false, new MentionFacts(-1, null, gender, true, 0));
        RememberUnknown(name, nameEnd - 1, nameStart);
        return end;
    }

    // "he", "she", "they", "his", "her": the most recent compatible actor.
    private int TryPronoun(int i)
    {
        var cls = Class(i);
        // "He (Putin)": the name in brackets says who.
        if (i + 2 < _n && _ids[i + 1] == _lex.OpenParenId && _lex.OpenParenId >= 0)
        {
            var named = Longest(i + 2, KindPerson);
            if (named.Found)
            {
                var person = _lex.People[_lex.Entries[named.Entry].Target];
                int ante = _lastByName.TryGetValue(person.Name, out int a) ? a : -1;
                return Emit(i, i + 1, ActorKind.Anaphor, person.CodeAt(_date), person.Name, false, false,
                    new MentionFacts(_lex.Entries[named.Entry].Target, person.OfficeAt(_date)?.Office, person.Gender, true, 0), antecedent: ante);
            }
        }

        int antecedent = IsSubjectPronoun(i) ? SubjectAntecedent(cls, i) : -1;
        if (antecedent < 0) antecedent = PronounAntecedent(cls, _sentence[i]);
        if (antecedent < 0) return i;
        var m = _out[antecedent];
        if (m.Code is null && m.Name is null) return i;
        // "Axelrod ... he said": a person whose sex the dictionaries do not give is known from a subject pronoun from here
        // on ("her" and "his" are left out: as possessors they often mean someone else in the sentence).
        var facts = _facts[antecedent];
        if (facts.Gender == '-' && !m.Plural && SexOf(cls) is not '-' and var sex && IsSubjectPronoun(i))
        {
            facts = facts with { Gender = sex };
            _facts[antecedent] = _facts[antecedent] with { Gender = facts.Gender };
            if (_lastPerson == antecedent) _lastPerson = -1;
        }

        return Emit(i, i + 1, ActorKind.Anaphor, m.Code, m.Name, m.Anonymous, m.Plural, facts, antecedent: antecedent, role: m.Role);
    }

    private static TokenKeyTable<bool> KeyTable(string[] words)
    {
        var table = new TokenKeyTable<bool>(words.Length);
        foreach (var w in words) table.AddPlain(w, true);
        return table;
    }

    // A word token that is one of s_prepositionWords (case-insensitive), by its key when it is plain, else by its text.
    private bool IsPreposition(int t) =>
        _tokens[t].IsPlainWord ? s_prepositionKeys.TryGetValue(_tokens[t].Key, out _) : s_prepositions.Contains(Surface(t));

    private char GivenNameSex(int t) => _lex.GivenNameSex(_text, _tokens[t]);

    // The sex a pronoun's word class names: 'm', 'f', or '-' for neither ("they", "it").
    private static char SexOf(WordClass cls) => (cls & WordClass.Male) != 0 ? 'm' : (cls & WordClass.Female) != 0 ? 'f' : '-';

    private bool IsSubjectPronoun(int i) =>
        Surface(i).Equals("he", StringComparison.OrdinalIgnoreCase) || Surface(i).Equals("she", StringComparison.OrdinalIgnoreCase);

    // "Kirby also said ... emails between Clinton and President Obama ... . He said ...": a subject pronoun whose own
    // sentence names nobody before it takes a subject from the sentence before, as a reader does, not the nearest
    // name: the first person there that is neither a possessor nor a preposition's object (or from the sentence
    // before that, when that sentence names nobody so). In its own sentence the nearest person is taken, except
    // that from outside a quotation the names inside one are the speaker's words and are passed over. Pronouns
    // inside a quotation are the speaker's and are left to the nearest name. -1 when none of this applies.
    private int SubjectAntecedent(WordClass cls, int pronoun)
    {
        char gender = SexOf(cls);
        if (gender == '-' || _inQuote[pronoun] >= 0) return -1;
        int sentence = _sentence[pronoun];
        // In its own sentence: the nearest person named, not a possessor ("after Vander Plaats's speech, he said"); a
        // pronoun that speaks after a clause takes the clause's subject ("Shays was for Kasich while the governor ran,
        // he said").
        // Not in a "when" clause, which often tells of the one just named: "asked Trump about remarks from the night
        // before, when he claimed" keeps the nearest. ("although he tweeted" goes on with the subject.)
        bool saying = IsSayer(pronoun, pronoun + 1);
        bool speaks = saying && !(pronoun > 0 && s_subordinators.Contains(Surface(pronoun - 1)));
        int i = _out.Count - 1, nearest = -1, leftmost = -1;
        for (; i >= 0 && _facts[i].Sentence == sentence; i--)
        {
            if (!IsCompatible(i, gender) || _facts[i].Quoted || _facts[i].Possessor) continue;
            if (nearest < 0) nearest = i;
            if (IsSubjectCandidate(i, gender)) leftmost = i;
        }

        if (speaks && leftmost >= 0) return leftmost;
        if (nearest >= 0) return nearest;

        // The sentence before; past it only when it names no one the pronoun could mean outside a quotation
        // ("“We will win.” He ...").
        for (int back = 0; back < 2 && i >= 0; back++)
        {
            int s = _facts[i].Sentence;
            if (sentence - s > AntecedentSentences || !OnlyQuotesBetween(s, sentence, pronoun)) break;
            int first = -1, sayer = -1;
            bool named = false;
            for (; i >= 0 && _facts[i].Sentence == s; i--)
            {
                if (IsSubjectCandidate(i, gender))
                {
                    first = i;
                    if (sayer < 0 && _facts[i].Sayer) sayer = i;
                }
                else if (IsCompatible(i, gender) && !_facts[i].Quoted)
                {
                    named = true;
                }
            }

            // "Trump is a 'change agent,' Cole said. '...,' he said": a pronoun that speaks goes on the last speaker's words.
            if (sayer >= 0 && saying) return sayer;
            if (first >= 0) return first;
            if (named) break;
        }

        return -1;
    }

    // True when every sentence after `from` and before `to` (which holds token `at`) is all quotation: a sentence of
    // the narrator's that names no one known may have a subject the dictionaries missed ("The securities analyst").
    private bool OnlyQuotesBetween(int from, int to, int at)
    {
        for (int k = at - 1; k >= 0 && _sentence[k] > from; k--)
        {
            if (_sentence[k] < to && _tokens[k].Kind == TokenKind.Word && _inQuote[k] < 0) return false;
        }

        return true;
    }

    // A mention next to a verb of saying: "Cole said", "Kirby also said", "said Vilsack,".
    private bool IsSayer(int startToken, int endToken)
    {
        if (endToken < _n && (Class(endToken) & WordClass.Speech) != 0) return true;
        if (endToken + 1 < _n && Surface(endToken).Equals("also", StringComparison.OrdinalIgnoreCase) && (Class(endToken + 1) & WordClass.Speech) != 0)
            return true;
        // "said Vilsack, a former governor" or "said Vilsack." (not "said Obama wasn't targeting"): the name ends a clause.
        return startToken > 0 && (Class(startToken - 1) & WordClass.Speech) != 0
            && (endToken >= _n || _tokens[endToken].Kind == TokenKind.Punct && _text[_tokens[endToken].Start] is ',' or '.' or ';');
    }

    private bool IsCompatible(int mention, char gender)
    {
        var f = _facts[mention];
        return f.PersonLike && !_out[mention].Plural && (f.Gender == gender || f.Gender == '-');
    }

    private bool IsSubjectCandidate(int mention, char gender)
    {
        var f = _facts[mention];
        // A name whose sex is not known ("O'Donnell") may be meant; a titleless agent of unknown sex ("the director")
        // is left to the nearest-name rule.
        return IsCompatible(mention, gender) && !f.Oblique && !f.Quoted && (f.Gender == gender || _out[mention].Kind == ActorKind.Person);
    }

    private int PronounAntecedent(WordClass cls, int sentence)
    {
        int found;
        if ((cls & WordClass.Plural) != 0) found = _lastPlural;
        else if ((cls & WordClass.Male) != 0) found = Math.Max(_lastMale, _lastPerson);
        else if ((cls & WordClass.Female) != 0) found = Math.Max(_lastFemale, _lastPerson);
        else return -1;
        if (found < 0 || sentence - _facts[found].Sentence > AntecedentSentences) return -1;
        return found;
    }

    // The country named most often so far (at least twice), or null.
    private string? DominantCountry()
    {
        string? best = null;
        int bestCount = 1;
        foreach (var (code, count) in _countrySeen)
        {
            if (count > bestCount || (count == bestCount && best is not null && string.CompareOrdinal(code, best) < 0))
            {
                best = code;
                bestCount = count;
            }
        }

        return best;
    }

    private static bool IsOrgCode(string code) => code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal) || code.StartsWith("IMG", StringComparison.Ordinal);

    private static string CountryPart(string code) => code.Length <= 3 ? code : CodeCache.Parts(code).Country!;

    private static string RolePart(string code) => code.Length >= 6 ? CodeCache.Parts(code).Role! : "";

    // Appends a mention and updates the coreference state; returns its end token.
    private int Emit(int startToken, int endToken, ActorKind kind, string? code, string? name, bool anonymous, bool plural, MentionFacts facts,
        int antecedent = -1, string? role = null, string? cls = null)
    {
        int start = _tokens[startToken].Start;
        int end = _tokens[endToken - 1].End;
        var (country, codeRole) = code is null ? (null, null) : CodeCache.Parts(code);
        string? roleOut = code is null ? role : codeRole;
        var mention = new ActorMention(start, end, kind, code, name, country, roleOut)
        {
            Antecedent = antecedent,
            Anonymous = anonymous,
            Plural = plural,
        };
        int index = _out.Count;
        int sentence = _sentence[startToken];
        char gender = facts.Gender == '\0' ? '-' : facts.Gender;
        bool personLike = facts.PersonLike || kind == ActorKind.Person;
        bool possessor = (endToken < _n && _ids[endToken] == _lex.PossessiveId && _lex.PossessiveId >= 0)
            || (kind == ActorKind.Anaphor && endToken - startToken == 1 && (Class(startToken) & WordClass.Possessive) != 0);
        // "Craig Minassian, a spokesman for the foundation, said": the role names the person just named, who stays the
        // one a later "he" means.
        bool apposition = kind == ActorKind.Agent && !plural && startToken >= 2 && _out.Count > 0 && _ids[startToken - 1] == _lex.CommaId
            && _out[^1].Kind == ActorKind.Person && _out[^1].End == _tokens[startToken - 2].End;
        bool oblique = possessor || apposition
            // "his", "her", "him": a possessor or an object.
            || (kind == ActorKind.Anaphor && endToken - startToken == 1 && (Class(startToken) & WordClass.Pronoun) != 0 && !IsSubjectPronoun(startToken))
            || (startToken > 0 && _tokens[startToken - 1].Kind == TokenKind.Word && IsPreposition(startToken - 1)
                // "As for Trump, he ...": the topic, not an object.
                && !(startToken > 1 && Surface(startToken - 1).Equals("for", StringComparison.OrdinalIgnoreCase)
                    && Surface(startToken - 2).Equals("as", StringComparison.OrdinalIgnoreCase)));
        _out.Add(mention);
        _facts.Add(facts with
        {
            Sentence = sentence, Gender = gender, PersonLike = personLike, Oblique = oblique, Quoted = _inQuote[startToken] >= 0,
            Sayer = IsSayer(startToken, endToken), Possessor = possessor,
        });

        if (name is not null) _lastByName[name] = index;
        if (country is not null && country is not ("IGO" or "NGO" or "IMG"))
            _countrySeen[country] = _countrySeen.TryGetValue(country, out int seen) ? seen + 1 : 1;
        if (cls is not null) _lastByClass[cls] = index;
        if (facts.Office is { } office) _lastByClass[ClassOfOffice(office)] = index;
        // "Sen. Marco Rubio ... the senator said": a named legislator is the last of the lawmakers' class.
        else if (kind == ActorKind.Person && !plural && codeRole == "LEG") _lastByClass["lawmaker"] = index;
        if ((kind != ActorKind.Anaphor || personLike || plural) && !apposition)
        {
            if (plural) _lastPlural = index;
            else if (personLike)
            {
                if (gender == 'm') _lastMale = index;
                else if (gender == 'f') _lastFemale = index;
                else _lastPerson = index;
            }
        }

        return endToken;
    }
}
