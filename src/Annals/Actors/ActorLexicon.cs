using System.Collections.Frozen;
using System.Globalization;
using Annals.Documents;
using Annals.Text;

namespace Annals.Actors;

/// <summary>The actor dictionaries, compiled once into a vocabulary and a token trie.</summary>
/// <remarks>
/// Immutable after construction and shared by every thread. Phrases are split with the pipeline's own
/// <see cref="Tokenizer"/> and folded with <see cref="TokenNormalizer"/>, so a phrase matches exactly the token
/// sequence the article produces. Looking a token up allocates nothing.
/// </remarks>
internal sealed class ActorLexicon
{
    /// <summary>The data files, as resource names below data/.</summary>
    public static readonly string[] Files =
        ["actors/countries.txt", "actors/bodies.txt", "actors/media.txt", "actors/agents.txt", "actors/people.txt", "actors/offices.txt", "actors/words.txt",
         "actors/given-names.txt"];

    private static readonly Lazy<ActorLexicon> s_default = new(() => FromResources(), LazyThreadSafetyMode.ExecutionAndPublication);

    // Lower-case forms of acronyms that are also ordinary words: they must be written in capitals even in
    // lower-case input ("is" is not the Islamic State).
    private static readonly HashSet<string> s_wordLikeAcronyms = new(StringComparer.Ordinal)
    {
        "is", "it", "who", "ice", "can", "and", "pa", "an", "at", "as", "or", "on", "in", "no", "so", "am", "be",
        "do", "go", "he", "me", "my", "of", "to", "up", "we", "all", "are", "car", "may", "sad", "nor", "per",
        "sun", "man", "cap", "its", "ira", "nsc", "ana", "dia", "fed", "sco", "hts", "saf", "rsf", "adf", "eac",
        "cis", "ilo", "pla", "ndp", "ap", "un", "eu", "au", "mp", "pm", "sdf", "mod", "dod", "doj", "cbp", "eln",
        "ft", "wsj", "bbc", "cnn", "afp", "ndtv", "pti", "ani", "dw", "rt", "eta", "gam", "fis", "jem", "npa", "kla", "mend",
        "gia", "ruf", "krg", "uck", "ec",
    };

    // Names that are also common lower-case words: in lower-case input they need their capital ("china plates").
    private static readonly HashSet<string> s_wordLikeNames = new(StringComparer.Ordinal)
    {
        "china", "turkey", "chad", "jordan", "georgia", "guinea", "japan", "panama", "brazil", "jersey", "wales", "niger",
        "post", "times", "sun", "mirror", "guardian", "independent", "hill", "globe", "journal", "telegraph", "express",
    };

    // Surnames that are common words, places or first names: never added on their own for office holders.
    private static readonly HashSet<string> s_commonSurnames = new(StringComparer.OrdinalIgnoreCase)
    {
        "May", "Brown", "Rice", "Cook", "Snow", "Hunt", "Fox", "Miller", "Young", "Austin", "Paul", "Price", "Reid",
        "Straw", "Wallace", "Gates", "Carter", "Jung", "Moon", "Lee", "Park", "Kim", "Li", "Wang", "Zhang", "Chen",
        "Liu", "Yang", "Ivanov", "Jones", "Smith", "Williams", "Johnson", "Martin", "King", "Rose", "Hill", "Green",
        "White", "Black", "Bush", "Ford", "Gore", "Cohen", "Fallon", "Hutton", "Reid", "Fox", "Khan", "Ali", "Ahmed",
        "Hassan", "Hussein", "Singh", "Shah", "Sharif", "Abbas", "Mohammed", "Muhammad", "Said", "Sisi", "Le",
        "Costa", "Silva", "Santos", "Lopez", "Garcia", "Rodriguez", "Fernandez", "Gonzalez", "Sanchez", "Perez",
        "Duda", "Nawaz", "Ruto", "Sall", "Deby", "Ping", "Long", "Hall", "Wood", "Bolton", "Mattis", "Cameron",
        "Stone", "Hammond", "Hague", "Fischer", "Jospin", "Morin", "Parly", "Attal", "Bayrou", "Borne", "Castex",
        "Philippe", "Richard", "Gibbs", "Earnest", "Perino", "Spicer", "Sanders", "Carney", "Truss", "Major",
        "Chi", "Cao", "Wen", "Hu", "Xi", "Jiang", "Zhu", "Tang", "Qin", "Dong", "Wei", "Liang", "Chang",
    };

    private readonly Dictionary<string, int> _vocab = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<int>?> _nodeEntries = [null];
    private readonly List<LexEntry> _entries = [];
    private readonly List<PersonRecord> _people = [];
    private readonly Dictionary<string, int> _personByName = new(StringComparer.Ordinal);
    private readonly List<AgentInfo> _agents = [];
    private readonly List<WordClass> _wordClasses = [];
    private readonly List<int> _firstKinds = [];
    private int[] _firstKindArray = [];
    private readonly Dictionary<(string Country, string Office), List<(Term Term, int Person)>> _offices = [];
    private readonly Dictionary<string, string> _leaderOffice = new(StringComparer.Ordinal);
    private int[][] _nodeEntryArray = [];
    private WordClass[] _classArray = [];
    private bool[] _mayStart = [];
    private long[] _edgeTable = [0, -1]; // pairs: key (parent << 32 | word id), child (-1 = empty slot)
    private bool[] _hasChildren = [];

    // Whether any entry ends at a node, flat beside _hasChildren: a walk asks it at every step, and the entry
    // arrays themselves are separate objects scattered over the heap.
    private bool[] _nodeHasEntries = [];
    private string[] _words = [];
    // Word ids by token key.
    private TokenKeyTable<int> _ids = new(0);
    // One bit per word key (a small Bloom filter): the tokens that are no dictionary word (four in ten) are turned
    // away here, in a few cache lines, instead of probing the larger table.
    private ulong[] _wordFilter = new ulong[1 << (WordFilterBits - 6)];
    private const int WordFilterBits = 18;
    private int[] _rootChild = [];
    private readonly HashSet<string> _fuzzyCandidates = new(StringComparer.Ordinal);
    private uint[] _fuzzyKeys = [0];
    private ulong[] _fuzzyPrefixes = new ulong[1 << 14];
    private int[] _fuzzyValues = [-1];

    // One bit per fuzzy key (by another mix of the hash than the slot's): most deletions of an unknown name are
    // no key, and the bit turns them away without reading the two large key and value tables.
    private const int FuzzyFilterBits = 19;
    private ulong[] _fuzzyFilter = new ulong[1 << (FuzzyFilterBits - 6)];

    private ActorLexicon()
    {
    }

    /// <summary>The lexicon built from the embedded data files.</summary>
    public static ActorLexicon Default => s_default.Value;

    /// <summary>Every entry, by index (an array: the scanner indexes it in its inner loop).</summary>
    public LexEntry[] Entries { get; private set; } = [];

    /// <summary>Every known person, by index.</summary>
    public PersonRecord[] People { get; private set; } = [];

    /// <summary>Every agent noun, by index.</summary>
    public AgentInfo[] Agents { get; private set; } = [];

    /// <summary>Vocabulary id of the possessive "'s".</summary>
    public int PossessiveId { get; private set; } = -1;

    /// <summary>Vocabulary id of "the".</summary>
    public int TheId { get; private set; } = -1;

    /// <summary>Vocabulary id of "of".</summary>
    public int OfId { get; private set; } = -1;

    /// <summary>Vocabulary id of "in".</summary>
    public int InId { get; private set; } = -1;

    /// <summary>Vocabulary id of "for".</summary>
    public int ForId { get; private set; } = -1;

    /// <summary>Vocabulary id of "(".</summary>
    public int OpenParenId { get; private set; } = -1;

    /// <summary>Vocabulary id of ",".</summary>
    public int CommaId { get; private set; } = -1;

    /// <summary>Vocabulary id of "according".</summary>
    public int AccordingId { get; private set; } = -1;

    /// <summary>Vocabulary id of "familiar".</summary>
    public int FamiliarId { get; private set; } = -1;

    /// <summary>Vocabulary id of "anonymity".</summary>
    public int AnonymityId { get; private set; } = -1;

    /// <summary>Builds the lexicon from the embedded resources.</summary>
    public static ActorLexicon FromResources()
    {
        var asm = typeof(ActorLexicon).Assembly;
        return FromTexts(name =>
        {
            using var stream = asm.GetManifestResourceStream(name) ?? throw new InvalidOperationException("actors: missing embedded data file " + name);
            using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    /// <summary>Builds the lexicon from file texts given by resource name (missing files are empty).</summary>
    public static ActorLexicon FromTexts(Func<string, string?> text)
    {
        var lex = new ActorLexicon();
        lex.LoadWords(text("actors/words.txt") ?? "");
        lex.LoadCountries(text("actors/countries.txt") ?? "");
        lex.LoadBodies(text("actors/bodies.txt") ?? "", media: false);
        lex.LoadBodies(text("actors/media.txt") ?? "", media: true);
        lex.LoadAgents(text("actors/agents.txt") ?? "");
        lex.LoadGivenNames(text("actors/given-names.txt") ?? "");
        lex.LoadPeople(text("actors/people.txt") ?? "", text("actors/offices.txt") ?? "");
        lex.PossessiveId = lex.IdOf("'s");
        lex.OpenParenId = lex.IdOf("(");
        lex.TheId = lex.IdOf("the");
        lex.OfId = lex.IdOf("of");
        lex.InId = lex.IdOf("in");
        lex.ForId = lex.IdOf("for");
        lex.CommaId = lex.IdOf(",");
        lex.AccordingId = lex.IdOf("according");
        lex.FamiliarId = lex.IdOf("familiar");
        lex.AnonymityId = lex.IdOf("anonymity");
        lex._nodeEntryArray = lex._nodeEntries.Select(l => l is null ? [] : l.ToArray()).ToArray();
        lex._nodeHasEntries = lex._nodeEntryArray.Select(a => a.Length > 0).ToArray();
        while (lex._firstKinds.Count < lex._vocab.Count) lex._firstKinds.Add(0);
        lex._firstKindArray = lex._firstKinds.ToArray();
        lex.BuildTable();
        while (lex._wordClasses.Count < lex._vocab.Count) lex._wordClasses.Add(WordClass.None);
        lex._classArray = lex._wordClasses.ToArray();
        lex._mayStart = new bool[lex._vocab.Count];
        for (int id = 0; id < lex._mayStart.Length; id++)
            lex._mayStart[id] = lex._firstKindArray[id] != 0 || (lex._classArray[id] & (WordClass.Det | WordClass.Premod | WordClass.Pronoun)) != 0;
        lex.Entries = lex._entries.ToArray();
        lex.People = lex._people.ToArray();
        lex.Agents = lex._agents.ToArray();
        lex.BuildEdgeTable();
        lex.BuildFuzzyIndex();
        return lex;
    }

    /// <summary>Vocabulary id of a token, or -1 when no dictionary phrase uses it.</summary>
    /// <remarks>Folds and hashes the token (<see cref="TokenKey.Of"/>); a tokenized article already has its keys, see <see cref="Find"/>.</remarks>
    public int Lookup(ReadOnlySpan<char> token) => Find(TokenKey.Of(token));

    /// <summary>Vocabulary id of the word with key <paramref name="key"/> (a <see cref="Documents.Token.Key"/>), or -1.</summary>
    /// <remarks>The hot path: one filter bit, then a probe of the key table (<see cref="TokenKeyTable{TValue}"/>); no letters are read.</remarks>
    public int Find(ulong key)
    {
        if (!MayBeWord(key)) return -1;
        return _ids.TryGetValue(key, out int id) ? id : -1;
    }

    /// <summary>False when no dictionary word has key <paramref name="key"/> (the filter); true for every word and a few others.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool MayBeWord(ulong key)
    {
        uint bit = FilterBit(key);
        return (_wordFilter[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    // The key's top bits. Keys have 56 bits (TokenKey): shifting by 64 - WordFilterBits left only 10 of them, so the
    // filter had 1,024 usable bits for thousands of words and turned almost nothing away.
    private static uint FilterBit(ulong key) => (uint)(key >> (56 - WordFilterBits)) & ((1u << WordFilterBits) - 1);

    // The vocabulary by token key, and its filter bits, built once after loading.
    private void BuildTable()
    {
        _words = new string[_vocab.Count];
        foreach (var (w, id) in _vocab) _words[id] = w;
        _ids = new TokenKeyTable<int>(_words.Length);
        for (int id = 0; id < _words.Length; id++)
        {
            ulong key = TokenKey.Of(_words[id]);
            // Keys are 56 bits: two words of one vocabulary sharing one would be a one-in-10^9 event, so it is checked.
            if (_ids.TryGetValue(key, out _)) throw new InvalidOperationException($"two dictionary words share the key of '{_words[id]}'");
            _ids.Add(key, id);
            uint bit = FilterBit(key);
            _wordFilter[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    /// <summary>Bit set (1 &lt;&lt; <see cref="LexKind"/>) of the kinds of phrase that begin with word <paramref name="id"/>.</summary>
    public int FirstKinds(int id) => id >= 0 && id < _firstKindArray.Length ? _firstKindArray[id] : 0;

    /// <summary>True when a mention may begin at word <paramref name="id"/> whatever its case: a phrase starts with it, or it is a determiner, premodifier or pronoun.</summary>
    public bool MayStart(int id) => (uint)id < (uint)_mayStart.Length && _mayStart[id];

    /// <summary>Word classes of a vocabulary id.</summary>
    public WordClass ClassOf(int id) => (uint)id < (uint)_classArray.Length ? _classArray[id] : WordClass.None;

    /// <summary>Child of <paramref name="node"/> along word <paramref name="id"/>, or -1.</summary>
    public int Step(int node, int id)
    {
        if (node < 0 || id < 0) return -1;
        // Most walks take one step from the root: an array, not a hash probe.
        if (node == 0) return id < _rootChild.Length ? _rootChild[id] : -1;
        // Most phrases end at their node (a one-word country or name): nothing to probe.
        if ((uint)node >= (uint)_hasChildren.Length || !_hasChildren[node]) return -1;
        long key = ((long)node << 32) | (uint)id;
        var edges = _edgeTable;
        int mask = (edges.Length >> 1) - 1;
        for (int slot = (int)(MixKey(key) & (uint)mask); ; slot = (slot + 1) & mask)
        {
            // Key and child side by side: one cache line per probe.
            long child = edges[2 * slot + 1];
            if (child < 0) return -1;
            if (edges[2 * slot] == key) return (int)child;
        }
    }

    private static uint MixKey(long key)
    {
        ulong x = (ulong)key * 0x9E3779B97F4A7C15UL;
        return (uint)(x >> 32);
    }

    // The trie's edges as an open-addressing table (a Dictionary lookup costs an interface call and a division).
    private void BuildEdgeTable()
    {
        int size = 1;
        while (size < _edges.Count * 2 + 2) size <<= 1;
        _edgeTable = new long[size * 2];
        for (int slot = 0; slot < size; slot++) _edgeTable[2 * slot + 1] = -1;
        _rootChild = new int[_vocab.Count];
        Array.Fill(_rootChild, -1);
        _hasChildren = new bool[_nodeEntries.Count];
        foreach (var (key, child) in _edges)
        {
            int parent = (int)(key >> 32);
            if (parent == 0) _rootChild[(int)(uint)key] = child;
            else if (parent < _hasChildren.Length) _hasChildren[parent] = true;
        }

        foreach (var (key, child) in _edges)
        {
            int slot = (int)(MixKey(key) & (uint)(size - 1));
            while (_edgeTable[2 * slot + 1] >= 0) slot = (slot + 1) & (size - 1);
            _edgeTable[2 * slot] = key;
            _edgeTable[2 * slot + 1] = child;
        }
    }

    /// <summary>Entries ending at <paramref name="node"/>.</summary>
    public int[] EntriesAt(int node) => _nodeEntryArray[node];

    /// <summary>True when some entry ends at <paramref name="node"/> (the same as a non-empty <see cref="EntriesAt"/>, without reading the entries).</summary>
    public bool HasEntries(int node) => (uint)node < (uint)_nodeHasEntries.Length && _nodeHasEntries[node];

    /// <summary>The person holding <paramref name="office"/> of <paramref name="country"/> on <paramref name="date"/>, or -1.</summary>
    public int HolderAt(string country, string office, DateOnly date)
    {
        if (!_offices.TryGetValue((country, office), out var list)) return -1;
        foreach (var (term, person) in list)
            if (term.Covers(date)) return person;
        return -1;
    }

    /// <summary>The person leading <paramref name="country"/> on <paramref name="date"/>: its leading office, else its president or head.</summary>
    public int LeaderAt(string country, DateOnly date)
    {
        int p = HolderAt(country, LeaderOffice(country), date);
        if (p < 0) p = HolderAt(country, "president", date);
        if (p < 0) p = HolderAt(country, "head", date);
        return p;
    }

    /// <summary>The office "the X leader" means for a country ("president" unless the data says otherwise).</summary>
    public string LeaderOffice(string country) =>
        _leaderOffice.TryGetValue(country, out var office) ? office : country.StartsWith("IGO", StringComparison.Ordinal) ? "head" : "president";

    /// <summary>True when some person holds <paramref name="office"/> for <paramref name="country"/> at some time.</summary>
    public bool HasOffice(string country, string office) => _offices.ContainsKey((country, office));

    private int IdOf(string word) => _vocab.TryGetValue(TokenNormalizer.NormalizeToString(word), out int id) ? id : -1;

    private int Intern(string norm)
    {
        if (!_vocab.TryGetValue(norm, out int id))
        {
            id = _vocab.Count;
            _vocab.Add(norm, id);
        }

        return id;
    }

    // Adds a phrase to the trie with the meaning given; returns false when it has no usable token.
    private void AddPhrase(string phrase, LexKind kind, string? code, string? name, int target, bool plural = false, bool weak = false, Term[]? dated = null, bool namedOnly = false, bool modifierOnly = false, bool generic = false)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Length == 0 || tokens.Length > 24) return;
        int node = 0;
        uint upper = 0, allCaps = 0, strict = 0;
        int count = 0;
        foreach (var t in tokens)
        {
            var surface = phrase.AsSpan(t.Start, t.Length);
            string norm = TokenNormalizer.NormalizeToString(surface);
            if (norm.Length == 0) return;
            int id = Intern(norm);
            if (kind is LexKind.Country or LexKind.Adjective or LexKind.Capital or LexKind.Person && HasUpper(surface) && IsLetters(norm)
                && norm.Length >= (kind == LexKind.Person ? 7 : 5))
                _fuzzyCandidates.Add(norm);
            // "The Economist" also matches "the Economist": a leading article need not be capitalised.
            if (HasUpper(surface) && !(count == 0 && norm == "the")) upper |= 1u << count;
            if (IsAcronym(surface))
            {
                allCaps |= 1u << count;
                if (s_wordLikeAcronyms.Contains(norm)) strict |= 1u << count;
            }
            else if (HasUpper(surface) && s_wordLikeNames.Contains(norm))
            {
                strict |= 1u << count;
            }

            if (count == 0)
            {
                while (_firstKinds.Count <= id) _firstKinds.Add(0);
                _firstKinds[id] |= 1 << (int)kind;
            }

            long key = ((long)node << 32) | (uint)id;
            if (!_edges.TryGetValue(key, out int child))
            {
                child = _nodeEntries.Count;
                _nodeEntries.Add(null);
                _edges.Add(key, child);
            }

            node = child;
            count++;
        }

        var list = _nodeEntries[node] ??= [];
        foreach (int e in list)
        {
            var old = _entries[e];
            if (old.Kind == kind && old.Code == code && old.Target == target && old.Name == name && old.UpperMask == upper && old.AllCapsMask == allCaps) return;
        }

        list.Add(_entries.Count);
        _entries.Add(new LexEntry(kind, code, name, target, count, upper, allCaps, strict) { Plural = plural, Weak = weak, Dated = dated, NamedOnly = namedOnly, ModifierOnly = modifierOnly, Generic = generic });
    }

    // True when a and b differ by one edit: a letter missing or extra, or (words of seven letters or more) one
    // letter changed or two neighbours swapped. Shorter words that differ inside ("Bargain", "Bahrain") are not.
    private static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == b.Length + 1) return OneExtra(a, b);
        if (b.Length == a.Length + 1) return OneExtra(b, a);
        if (a.Length != b.Length || a.Length < 7) return false;
        int first = -1, last = -1, count = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (first < 0) first = i;
            last = i;
            count++;
        }

        if (count == 1 || (count == 2 && last == first + 1 && a[first] == b[last] && a[last] == b[first])) return true;
        // Long words may also have a letter moved or doubled in the wrong place ("Phillipines"): one letter less
        // on each side makes them equal.
        return a.Length >= 9 && EqualLessOneEach(a, b);
    }

    private static bool EqualLessOneEach(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<char> da = stackalloc char[TokenNormalizer.MaxLength];
        Span<char> db = stackalloc char[TokenNormalizer.MaxLength];
        for (int i = 0; i < a.Length; i++)
        {
            var x = Delete(a, i, da);
            for (int j = 0; j < b.Length; j++)
                if (x.SequenceEqual(Delete(b, j, db))) return true;
        }

        return false;
    }

    // True when the longer word is the shorter with one letter put in.
    private static bool OneExtra(ReadOnlySpan<char> longer, ReadOnlySpan<char> shorter)
    {
        int i = 0;
        while (i < shorter.Length && longer[i] == shorter[i]) i++;
        return longer[(i + 1)..].SequenceEqual(shorter[i..]);
    }

    private static ReadOnlySpan<char> Delete(ReadOnlySpan<char> s, int at, Span<char> into)
    {
        if (at < 0) return s;
        s[..at].CopyTo(into);
        s[(at + 1)..].CopyTo(into[at..]);
        return into[..(s.Length - 1)];
    }

    private static bool IsLetters(string s)
    {
        foreach (char c in s)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    // Every name word and each of its one-letter deletions, by a polynomial hash, to the word's id (-2 when two
    // words share a key): a misspelt name ("Mitterand", "Phillippines", "Ghanians") meets its word at one deletion
    // on either side. The hash of a word less one letter is found in O(1) from prefix and suffix sums, so a query
    // costs one pass and one probe per letter; a hit is checked letter by letter before it is trusted.
    private void BuildFuzzyIndex()
    {
        var ordered = _fuzzyCandidates.Order(StringComparer.Ordinal).ToList();
        int size = 1;
        while (size < ordered.Sum(w => w.Length + 1) * 2) size <<= 1;
        _fuzzyKeys = new uint[size];
        _fuzzyValues = new int[size];
        Array.Fill(_fuzzyValues, -1);
        Span<uint> hashes = stackalloc uint[TokenNormalizer.MaxLength];
        foreach (var w in ordered)
        {
            if (w.Length > TokenNormalizer.MaxLength) continue;
            int n = DeletionHashes(w, hashes);
            for (int k = 0; k < n; k++) AddFuzzy(hashes[k], _vocab[w], exact: false);
        }

        // A whole word outranks another word's deletion ("qatar" is Qatar, not "qatari" less a letter).
        foreach (var w in ordered) AddFuzzy(FuzzyHash(w), _vocab[w], exact: true);

        // The first four letters of every key, as bits, so most unknown names are turned away before hashing.
        _fuzzyPrefixes = new ulong[1 << 14];
        Span<char> del = stackalloc char[TokenNormalizer.MaxLength];
        foreach (var w in ordered)
        {
            if (w.Length > TokenNormalizer.MaxLength) continue;
            MarkPrefix(w);
            for (int k = 0; k < Math.Min(4, w.Length); k++) MarkPrefix(Delete(w, k, del));
        }
    }

    private void MarkPrefix(ReadOnlySpan<char> key)
    {
        uint bit = PrefixBit(key);
        _fuzzyPrefixes[bit >> 6] |= 1UL << (int)(bit & 63);
    }

    private bool HasPrefix(ReadOnlySpan<char> key)
    {
        uint bit = PrefixBit(key);
        return (_fuzzyPrefixes[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    private static uint PrefixBit(ReadOnlySpan<char> key) => (FuzzyHash(key[..Math.Min(4, key.Length)]) * 0x9E3779B1u) >> 12;

    private void AddFuzzy(uint key, int id, bool exact)
    {
        int mask = _fuzzyKeys.Length - 1;
        int slot = (int)((key * 0x9E3779B1u) >> 7) & mask;
        while (_fuzzyValues[slot] != -1 && _fuzzyKeys[slot] != key) slot = (slot + 1) & mask;
        uint bit = FuzzyFilterBit(key);
        _fuzzyFilter[bit >> 6] |= 1UL << (int)(bit & 63);
        if (_fuzzyValues[slot] == -1 || exact) _fuzzyValues[slot] = id;
        else if (_fuzzyValues[slot] != id) _fuzzyValues[slot] = -2;
        _fuzzyKeys[slot] = key;
    }

    private static uint FuzzyFilterBit(uint key) => (key * 0x85EBCA6Bu) >> (32 - FuzzyFilterBits);

    private int FindFuzzy(uint key)
    {
        uint bit = FuzzyFilterBit(key);
        if ((_fuzzyFilter[bit >> 6] & (1UL << (int)(bit & 63))) == 0) return -1;
        int mask = _fuzzyKeys.Length - 1;
        for (int slot = (int)((key * 0x9E3779B1u) >> 7) & mask; ; slot = (slot + 1) & mask)
        {
            int v = _fuzzyValues[slot];
            if (v == -1 || _fuzzyKeys[slot] == key) return v;
        }
    }

    private const uint FuzzyBase = 131;

    private static uint FuzzyHash(ReadOnlySpan<char> s)
    {
        uint h = 0;
        foreach (char c in s) h = h * FuzzyBase + c;
        return h;
    }

    // The hashes of s less each of its letters: prefix(k) * B^(n-1-k) + suffix(k+1).
    private static int DeletionHashes(ReadOnlySpan<char> s, Span<uint> into)
    {
        int n = s.Length;
        uint suffix = 0, power = 1;
        // Right to left: suffix = hash of s[k+1..], power = B^(n-1-k).
        Span<uint> suffixes = stackalloc uint[TokenNormalizer.MaxLength];
        Span<uint> powers = stackalloc uint[TokenNormalizer.MaxLength];
        for (int k = n - 1; k >= 0; k--)
        {
            suffixes[k] = suffix;
            powers[k] = power;
            suffix += s[k] * power;
            power *= FuzzyBase;
        }

        uint prefix = 0;
        for (int k = 0; k < n; k++)
        {
            into[k] = prefix * powers[k] + suffixes[k];
            prefix = prefix * FuzzyBase + s[k];
        }

        return n;
    }

    /// <summary>Vocabulary id of the one name word a capitalised unknown token is a likely misspelling of, or -1.</summary>
    /// <remarks>
    /// Only tokens of six letters or more, one edit (a missing, extra, changed or swapped letter) from exactly one
    /// name word with the same first letter; a word that merely extends another ("Indiana", "Indian") is not a
    /// misspelling of it. Allocates nothing.
    /// </remarks>
    public int FuzzyLookup(ReadOnlySpan<char> token)
    {
        if (token.Length < 6 || token.Length > TokenNormalizer.MaxLength || _fuzzyKeys.Length < 2) return -1;
        Span<char> buf = stackalloc char[TokenNormalizer.MaxLength];
        int n = TokenNormalizer.Normalize(token, buf);
        if (n < 6) return -1;
        var word = buf[..n];
        foreach (char c in word)
            if (!char.IsLetter(c)) return -1;
        // Every key the token could meet starts like the token, or like the token less one of its first four letters.
        Span<char> cut = stackalloc char[8];
        bool possible = HasPrefix(word);
        for (int k = 0; k < 4 && !possible; k++) possible = HasPrefix(Delete(word[..5], k, cut));
        if (!possible) return -1;
        // The token less one letter of a name word ("Ghanians") decides alone; else its own deletions must agree.
        int direct = FindFuzzy(FuzzyHash(word));
        if (direct >= 0) return Accept(direct, word);
        if (direct == -2) return -1;
        Span<uint> hashes = stackalloc uint[TokenNormalizer.MaxLength];
        DeletionHashes(word, hashes);
        int found = -1;
        for (int k = 0; k < n; k++)
        {
            int id = FindFuzzy(hashes[k]);
            if (id == -1) continue;
            if (id == -2 || (found >= 0 && found != id)) return -1;
            found = id;
        }

        return found < 0 ? -1 : Accept(found, word);
    }

    // A match must keep the first letter and not merely extend or shorten the word ("Indiana", "Indian").
    private int Accept(int found, ReadOnlySpan<char> word)
    {
        var target = _words[found].AsSpan();
        if (!OneEditApart(word, target)) return -1; // a hash collision, or two changes rather than one
        // A long name cut short by its last letter ("Habyariman") is still that name.
        bool cutShort = word.Length >= 8 && target.Length == word.Length + 1 && target.StartsWith(word);
        if (target[0] != word[0] || (target.StartsWith(word) && !cutShort) || word.StartsWith(target)) return -1;
        return found;
    }

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>Two or more letters, all capitals ("US", "U.S.", "NATO").</summary>
    public static bool IsAcronym(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }

        return letters >= 2;
    }

    private static IEnumerable<string[]> Rows(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.Trim().Length == 0) continue;
            yield return line.Split('\t');
        }
    }

    private static IEnumerable<string> List(string[] row, int i) =>
        i < row.Length ? row[i].Split(';').Select(s => s.Trim()).Where(s => s.Length > 0) : [];

    private static DateOnly ParseDate(string s, DateOnly empty) =>
        s.Length == 0 ? empty : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // "CODE@FROM..TO" → term.
    private static Term ParseTerm(string s)
    {
        int at = s.IndexOf('@');
        string code = at < 0 ? s : s[..at];
        string range = at < 0 ? ".." : s[(at + 1)..];
        int dots = range.IndexOf("..", StringComparison.Ordinal);
        string from = dots < 0 ? range : range[..dots];
        string to = dots < 0 ? "" : range[(dots + 2)..];
        return new Term(code == "-" ? "" : code, null, ParseDate(from.Trim(), DateOnly.MinValue), ParseDate(to.Trim(), DateOnly.MaxValue));
    }

    /// <summary>The sex a given name almost always names ('m' or 'f'), or '-' when it is not listed.</summary>
    public char GivenNameSex(ReadOnlySpan<char> name) => _givenNameLookup.TryGetValue(name, out char sex) ? sex : '-';

    /// <summary><see cref="GivenNameSex(ReadOnlySpan{char})"/> of a word token of <paramref name="text"/>.</summary>
    /// <remarks>
    /// A plain token (ASCII letters, digits and apostrophes) is looked up by its key, unless some listed name has a
    /// letter beyond ASCII whose capital is an ASCII letter ("ı", "ſ"), which only the text comparison matches.
    /// </remarks>
    public char GivenNameSex(string text, Token token)
    {
        if (token.IsPlainWord && _givenNameKeys is { } keys) return keys.TryGetValue(token.Key, out char sex) ? sex : '-';
        return GivenNameSex(text.AsSpan(token.Start, token.Length));
    }

    private FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> _givenNameLookup =
        new Dictionary<string, char>().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The plain given names by token key, or null when a name could equal a plain token only by the text comparison.
    private TokenKeyTable<char>? _givenNameKeys;

    private void LoadGivenNames(string text)
    {
        var names = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows(text))
        {
            if (row.Length < 2 || row[1].Trim() is not ("m" or "f") || row[0].Trim().Length == 0)
                throw new FormatException("given-names.txt: expected 'name<TAB>m|f', got '" + string.Join('\t', row) + "'");
            names[row[0].Trim()] = row[1].Trim()[0];
        }

        _givenNameLookup = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var keys = new TokenKeyTable<char>(names.Count);
        foreach (var (name, sex) in names)
        {
            keys.AddPlain(name, sex);
            foreach (char c in name)
            {
                if (c >= 0x80 && char.ToUpperInvariant(c) < 0x80) return; // _givenNameKeys stays null
            }
        }

        _givenNameKeys = keys;
    }

    private void LoadWords(string text)
    {
        foreach (var row in Rows(text))
        {
            var cls = WordClass.None;
            foreach (var c in List(row, 1))
            {
                cls |= c switch
                {
                    "det" => WordClass.Det,
                    "definite" => WordClass.Definite,
                    "indefinite" => WordClass.Indefinite,
                    "possessive" => WordClass.Possessive,
                    "anon" => WordClass.Anon,
                    "former" => WordClass.Former,
                    "premod" => WordClass.Premod,
                    "pronoun" => WordClass.Pronoun,
                    "male" => WordClass.Male,
                    "female" => WordClass.Female,
                    "plural" => WordClass.Plural,
                    "speech" => WordClass.Speech,
                    "locative" => WordClass.Locative,
                    "particle" => WordClass.Particle,
                    "notname" => WordClass.NotName,
                    "number" => WordClass.Number,
                    "function" => WordClass.Function,
                    _ => throw new FormatException("words.txt: unknown class " + c),
                };
            }

            string norm = TokenNormalizer.NormalizeToString(row[0].Trim());
            if (norm.Length == 0) continue;
            int id = Intern(norm);
            while (_wordClasses.Count <= id) _wordClasses.Add(WordClass.None);
            _wordClasses[id] |= cls;
        }

        foreach (var w in new[] { "'s", "(", ",", "according", "familiar", "anonymity", "in" }) Intern(TokenNormalizer.NormalizeToString(w));
    }

    private void LoadCountries(string text)
    {
        foreach (var row in Rows(text))
        {
            string code = row[0].Trim();
            // "+SDN": a row of separate places in a country ("Darfur", "Kordofan"), each named as itself.
            bool places = code.StartsWith('+');
            if (places) code = code[1..];
            var names = List(row, 1).ToList();
            string? canonical = names.Count > 0 ? names[0] : null;
            canonical = canonical?.TrimEnd('?');
            // "Georgia?": an ambiguous name that counts only when the country is named another way too.
            foreach (var n in names) AddPhrase(n.TrimEnd('?'), LexKind.Country, code, places ? n : canonical, -1, weak: n.EndsWith('?'));
            var adjectives = List(row, 2).ToList();
            var adjSet = new HashSet<string>(adjectives, StringComparer.OrdinalIgnoreCase);
            foreach (var raw in adjectives)
            {
                // "^Republican": names the country only in front of an agent noun.
                string a = raw.TrimStart('^');
                bool plural = a.EndsWith('s') && adjSet.Contains(a[..^1]);
                AddPhrase(a, LexKind.Adjective, code, places ? null : canonical, -1, plural, modifierOnly: raw.StartsWith('^'));
            }

            foreach (var c in List(row, 3)) AddPhrase(c, LexKind.Capital, code, canonical, -1);
        }
    }

    private void LoadBodies(string text, bool media)
    {
        foreach (var row in Rows(text))
        {
            if (row.Length < 3) throw new FormatException("bodies: bad row " + string.Join(' ', row));
            string code = row[0].Trim();
            string kindName = row[1].Trim();
            var kind = kindName switch
            {
                "igo" or "ngo" => LexKind.Organization,
                "media" => LexKind.Media,
                "alias" => LexKind.MediaAlias,
                "seat" or "body" or "party" or "group" or "company" => LexKind.Body,
                _ => throw new FormatException("bodies: unknown kind " + kindName),
            };
            if (media && kind is not (LexKind.Media or LexKind.MediaAlias)) throw new FormatException("media.txt: kind must be media or alias");
            Term[]? dated = kind != LexKind.MediaAlias && row.Length > 3 && row[3].Trim().Length > 0 ? List(row, 3).Select(ParseTerm).ToArray() : null;
            // Entities are separated by '|', a name's variants by ';'; the first variant is the canonical name.
            foreach (var group in row[2].Split('|'))
            {
                var names = group.Split(';').Select(x => x.Trim()).Where(x => x.Length > 0).ToList();
                if (names.Count == 0) continue;
                // An alias names the outlet it stands for in its fourth column ("the Post" → "The Washington Post").
                string canonical = kind == LexKind.MediaAlias && row.Length > 3 ? row[3].Trim() : names[0].TrimStart('*');
                // "*Security Council": generic, so a country in front makes it that country's (see the file header).
                foreach (var n in names) AddPhrase(n.TrimStart('*'), kind, code, canonical, -1, dated: dated, generic: n.StartsWith('*'));
            }
        }
    }

    private void LoadAgents(string text)
    {
        foreach (var row in Rows(text))
        {
            string phrase = row[0].Trim();
            string? role = row.Length > 1 && row[1].Trim() is { Length: > 0 } r && r != "-" ? r : null;
            var flags = AgentFlags.None;
            string? office = null, cls = null, pluralForm = null, home = null;
            bool noPlural = false;
            foreach (var f in List(row, 2))
            {
                if (f.StartsWith("office=", StringComparison.Ordinal)) office = f[7..];
                else if (f.StartsWith("class=", StringComparison.Ordinal)) cls = f[6..];
                else if (f.StartsWith("country=", StringComparison.Ordinal)) home = f[8..];
                else if (f.StartsWith("plural=", StringComparison.Ordinal)) pluralForm = f[7..];
                else if (f == "-") continue;
                else
                {
                    flags |= f switch
                    {
                        "plural" => AgentFlags.Plural,
                        "person" => AgentFlags.Person,
                        "group" => AgentFlags.Group,
                        "neutral" => AgentFlags.Neutral,
                        "anon" => AgentFlags.Anon,
                        "title" => AgentFlags.Title,
                        "honorific" => AgentFlags.Honorific,
                        "counterpart" => AgentFlags.Counterpart,
                        "modifier" => AgentFlags.Modifier,
                        "modonly" => AgentFlags.ModifierOnly | AgentFlags.Modifier,
                        "noplural" => AgentFlags.None,
                        "mass" => AgentFlags.Mass,
                        "adj" => AgentFlags.Adjectival,
                        _ => throw new FormatException("agents.txt: unknown flag " + f),
                    };
                    if (f == "noplural") noPlural = true;
                }
            }

            // "spokeswoman" ends in "man" too: the longer ending is read first.
            if (phrase.EndsWith("woman", StringComparison.OrdinalIgnoreCase) || phrase is "queen" or "Mrs." or "Mrs" or "Ms." or "Ms") flags |= AgentFlags.Female;
            else if (phrase.EndsWith("man", StringComparison.OrdinalIgnoreCase) || phrase is "king" or "emir") flags |= AgentFlags.Male;
            if (phrase is "Mr." or "Mr") flags |= AgentFlags.Male;

            // A singular noun with no plural form is a mass or collective noun ("police", "the military").
            if (noPlural && (flags & AgentFlags.Plural) == 0) flags |= AgentFlags.Mass;
            int index = _agents.Count;
            var info = new AgentInfo(phrase, role, flags, office, cls, home);
            _agents.Add(info);
            AddPhrase(phrase, LexKind.Agent, null, null, index, plural: info.Has(AgentFlags.Plural));
            if (!noPlural && !info.Has(AgentFlags.Plural))
            {
                var pluralInfo = info with { Flags = (flags | AgentFlags.Plural) & ~(AgentFlags.Title | AgentFlags.Male | AgentFlags.Female) };
                int pi = _agents.Count;
                _agents.Add(pluralInfo);
                AddPhrase(pluralForm ?? Pluralize(phrase), LexKind.Agent, null, null, pi, plural: true);
            }
        }
    }

    /// <summary>Regular English plural of a phrase's last word.</summary>
    public static string Pluralize(string phrase)
    {
        if (phrase.EndsWith("man", StringComparison.Ordinal)) return phrase[..^3] + "men";
        // "monarch", "oligarch", "patriarch": a hard "ch" takes a plain "s".
        if (phrase.EndsWith("arch", StringComparison.Ordinal)) return phrase + "s";
        if (phrase.EndsWith('y') && phrase.Length > 1 && "aeiou".IndexOf(phrase[^2]) < 0) return phrase[..^1] + "ies";
        if (phrase.EndsWith('s') || phrase.EndsWith('x') || phrase.EndsWith("ch", StringComparison.Ordinal) || phrase.EndsWith("sh", StringComparison.Ordinal))
            return phrase + "es";
        return phrase + "s";
    }

    private int PersonIndex(string name, string country)
    {
        if (_personByName.TryGetValue(name, out int i)) return i;
        i = _people.Count;
        _people.Add(new PersonRecord(name, '-', country));
        _personByName.Add(name, i);
        return i;
    }

    private void LoadPeople(string peopleText, string officesText)
    {
        var variants = new Dictionary<int, List<string>>();
        foreach (var row in Rows(peopleText))
        {
            string name = row[0].Trim();
            string country = row.Length > 3 ? row[3].Trim() : "";
            int p = PersonIndex(name, country);
            var person = _people[p];
            person.Country = country;
            if (row.Length > 2 && row[2].Trim() is { Length: 1 } g) person.Gender = g[0];
            if (!variants.TryGetValue(p, out var known)) variants[p] = known = [];
            known.AddRange(List(row, 1));
            foreach (var r in List(row, 4))
            {
                if (r.StartsWith("else=", StringComparison.Ordinal)) person.ElseRole = r[5..] == "-" ? "" : r[5..];
                else person.Roles.Add(ParseTerm(r));
            }
        }

        string? groupCountry = null, groupOffice = null, groupRole = null;
        foreach (var row in Rows(officesText))
        {
            if (row[0].StartsWith('@'))
            {
                var parts = row[0][1..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length is not (2 or 3)) throw new FormatException("offices.txt: bad group " + row[0]);
                groupRole = parts.Length == 3 ? parts[2] : null;
                if (parts[1].StartsWith("leader=", StringComparison.Ordinal))
                {
                    _leaderOffice[parts[0]] = parts[1][7..];
                    continue;
                }

                groupCountry = parts[0];
                groupOffice = parts[1];
                continue;
            }

            if (groupCountry is null || groupOffice is null || row.Length < 3) throw new FormatException("offices.txt: row outside a group");
            string holder = row[2].Trim();
            bool known = _personByName.ContainsKey(holder);
            int p = PersonIndex(holder, groupCountry);
            if (!known && groupCountry.Length > 3) _people[p].Country = groupCountry;
            // An office of a body other than the government carries its role ("@USA speaker LEG").
            string termCode = groupRole is null ? groupCountry : groupCountry + groupRole;
            var term = new Term(termCode, groupOffice, ParseDate(row[0].Trim(), DateOnly.MinValue), ParseDate(row[1].Trim(), DateOnly.MaxValue));
            _people[p].Offices.Add(term);
            if (!_offices.TryGetValue((groupCountry, groupOffice), out var list)) _offices[(groupCountry, groupOffice)] = list = [];
            list.Add((term, p));
        }

        for (int p = 0; p < _people.Count; p++)
        {
            var person = _people[p];
            // Office holders listed only in offices.txt ("Ronald Reagan") take their sex from a one-sex given name.
            if (person.Gender == '-')
            {
                int space = person.Name.IndexOf(' ');
                if (space > 0) person.Gender = GivenNameSex(person.Name.AsSpan(0, space));
            }

            AddPhrase(person.Name, LexKind.Person, null, person.Name, p);
            var own = variants.TryGetValue(p, out var v) ? v : [];
            // "~Lynch": a common word or surname, only after the full name (or while in office).
            foreach (var variant in own) AddPhrase(variant.TrimStart('~'), LexKind.Person, null, person.Name, p, weak: variant.StartsWith('~'));
            if (person.Offices.Count == 0) continue;
            var parts = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            // Dynasty and patronymic names ("Hamad bin Isa Al Khalifa") have no surname that names one person.
            if (parts.Any(x => x is "bin" or "bint" or "ibn" or "Al" or "al") || parts[^1].StartsWith("Al-", StringComparison.Ordinal)) continue;
            bool eastAsian = person.Country is "CHN" or "TWN" or "HKG" or "PRK" or "KOR" or "VNM" or "KHM";
            string surname = eastAsian ? parts[0] : parts[^1];
            bool articled = surname.Length > 5 && (surname.StartsWith("al-", StringComparison.Ordinal) || surname.StartsWith("el-", StringComparison.Ordinal));
            if (surname.Length < 3 || !(char.IsUpper(surname[0]) || articled) || IsRoman(surname)) continue;
            // A full-name variant in another transliteration gives its surname too ("Alyaksandr Lukashenka").
            foreach (var variant in own)
            {
                var vparts = variant.TrimStart('~').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (vparts.Length < 2 || eastAsian) continue;
                string vsurname = vparts[^1];
                if (vsurname.Length < 4 || !char.IsUpper(vsurname[0]) || IsRoman(vsurname) || s_commonSurnames.Contains(vsurname)
                    || vsurname.EndsWith('.') || string.Equals(vsurname, surname, StringComparison.OrdinalIgnoreCase)
                    || own.Any(x => string.Equals(x.TrimStart('~'), vsurname, StringComparison.OrdinalIgnoreCase)))
                    continue;
                AddPhrase(vsurname, LexKind.Person, null, person.Name, p, weak: true);
            }
            if (own.Any(x => string.Equals(x.TrimStart('~'), surname, StringComparison.OrdinalIgnoreCase))) continue;
            // A common-word surname ("Brown", "May") counts only after the full name in the same article.
            bool common = s_commonSurnames.Contains(surname);
            AddPhrase(surname, LexKind.Person, null, person.Name, p, weak: !common, namedOnly: common);
            // "al-Kadhimi" is also written "Kadhimi".
            if (articled) AddPhrase(surname[3..], LexKind.Person, null, person.Name, p, weak: true);
        }
    }

    private static bool IsRoman(string s)
    {
        foreach (char c in s)
            if (c is not ('I' or 'V' or 'X')) return false;
        return true;
    }
}
