using System.Collections.Frozen;
using System.Collections.Immutable;
using Annals.Documents;

namespace Annals.Events;

/// <summary>What a pattern does when it matches: trigger an event, govern another trigger, or mark mood.</summary>
internal enum PatternRole : byte
{
    /// <summary>A plain event trigger ("shelled", "imposed sanctions").</summary>
    Event,
    /// <summary>Negation ("not", "never", "no longer").</summary>
    Neg,
    /// <summary>Negated future ("won't", "will not", "would not"): refusal of a cooperative act.</summary>
    NegFuture,
    /// <summary>Future or plan ("will", "plans to", "is set to").</summary>
    Future,
    /// <summary>Possibility ("could", "might", "may").</summary>
    Hypo,
    /// <summary>Opens a condition clause ("if", "unless"): what follows in the clause is hypothetical.</summary>
    Cond,
    /// <summary>A condition attached after an intent ("but with", "provided that", "only if").</summary>
    CondAfter,
    /// <summary>A light verb that lends its verbal force to a following nominal trigger ("staged", "held", "imposed").</summary>
    Light,
    /// <summary>A speech verb ("said", "declared"): marks reported speech; not an event itself.</summary>
    Speech,
    /// <summary>A trigger that is no event but passes its subject on ("signed a decree").</summary>
    Transparent,
    /// <summary>Expresses intent or agreement to do the governed act ("agreed to", "offered to", "ready to").</summary>
    Intent,
    /// <summary>Makes material preparations for the governed act ("prepared to", "poised to").</summary>
    Prepare,
    /// <summary>Refuses or rejects the governed act ("refused to", "rejected", "ruled out").</summary>
    Refuse,
    /// <summary>Demands the governed act ("demanded that", "insisted").</summary>
    Demand,
    /// <summary>Appeals for the governed act ("urged", "called on").</summary>
    Appeal,
    /// <summary>Threatens the governed act ("threatened to").</summary>
    Threat,
    /// <summary>The reporter blames the clause's subject ("is responsible for").</summary>
    Blame,
    /// <summary>The reporter demands that the clause's subject act ("must", "has to").</summary>
    Must,
    /// <summary>Accuses the object of the governed act ("accused X of violating").</summary>
    Accuse,
    /// <summary>Dismisses the act named just before it ("lifting the sanctions is out of the question"): the reporter refuses it.</summary>
    Dismiss,
    /// <summary>Orders the governed act with authority ("ordered X to"): a coercive act stays coercive, anything else is a demand.</summary>
    Order,
}

/// <summary>Extra properties of a pattern.</summary>
[Flags]
internal enum PatternFlags : byte
{
    None = 0,
    /// <summary>A nominal trigger ("airstrike", "sanctions"): weaker unless a light verb governs it.</summary>
    Noun = 1,
    /// <summary>A weak or ambiguous trigger: lower confidence.</summary>
    Weak = 2,
    /// <summary>A specific, reliable trigger: higher confidence.</summary>
    Strong = 4,
    /// <summary>A governed act that the frame's nominal complement only introduces ("calls", "request"): look past it.</summary>
    Relay = 8,
}

/// <summary>Syntactic classes of single words the coder consults while it looks for a trigger's actors.</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    /// <summary>Ends the clause a trigger's object is looked for in ("after", "which", "according").</summary>
    Boundary = 1,
    /// <summary>Opens a subordinate clause, whose events are not the sentence's main event ("after", "because").</summary>
    Subordinator = 2,
    /// <summary>A preposition of place ("in", "near"): an actor after it is more likely a place than a subject.</summary>
    Locative = 4,
    /// <summary>A form of "be", the passive auxiliary.</summary>
    Be = 8,
    /// <summary>A preposition: a gerund after it is a noun ("arrested for collaborating").</summary>
    Preposition = 32,
    /// <summary>A determiner or possessive ("the", "its"): a participle after it is an adjective ("the occupied territories").</summary>
    Determiner = 16,
    /// <summary>An adverb of habit ("routinely", "regularly"): the act is a habit, not one event.</summary>
    Habitual = 64,
    /// <summary>A violent modifier of an attack noun ("deadly", "suicide"): the attack is an assault, never words.</summary>
    Violent = 128,
    /// <summary>A present-tense verb of lasting stance ("opposes", "resists"): outside a headline, a position, not an act.</summary>
    Stance = 256,
    /// <summary>A word of polls and voters ("poll", "voters", "respondents"): support measured in them is no endorsement.</summary>
    Poll = 512,
    /// <summary>A short adverb or aspect verb that may stand between a subject and its verb ("still", "kept").</summary>
    Adverb = 1024,
    /// <summary>A noun naming part of a place ("capital", "outskirts", "north"): "the capital city of X" is a place phrase.</summary>
    PlaceNoun = 2048,
    /// <summary>A word before "to" that carries its infinitive out ("continued to", "voted to", "the first to"): the act is done.</summary>
    Implicative = 4096,
    /// <summary>A word before "to" that makes its infinitive possible or obliged, not done ("willing to", "the right to").</summary>
    Possibility = 8192,
    /// <summary>A verb of trying ("tried to"): an attempted act of violence is still coded as one, as CAMEO coders do.</summary>
    Attempt = 16384,
    /// <summary>A plan word before a noun trigger ("proposed", "possible", "upcoming"): the act is not done.</summary>
    Prospective = 32768,
    /// <summary>A bare present form of a stance verb ("voters who oppose", "senators support"): a position, not an act.</summary>
    StanceBare = 65536,
    /// <summary>A verb of offering or vowing ("offered", "pledged"): with a thing for object and no act, no intent.</summary>
    Offer = 131072,
    /// <summary>A verb of saying after "declined to" ("elaborate", "say", "be identified"): a declined comment, not a rejection.</summary>
    SpeechAct = 262144,
    /// <summary>A verb whose gerund object is a proposed act ("support deploying troops", "proposed barring").</summary>
    Proposal = 524288,
    /// <summary>The press a comment is withheld from ("questions", "reporters"): a declined comment.</summary>
    Press = 1048576,
    /// <summary>An irregular passive participle ("shut", "held"): "must be shut down" demands an act.</summary>
    Participle = 2097152,
    /// <summary>A quantifier ("all", "several", "hundreds"): a past form right after it describes a noun ("all detained officials").</summary>
    Quantifier = 4194304,
}

/// <summary>One entry of the pattern dictionary.</summary>
/// <param name="Code">CAMEO code of the event (or the frame's code when it governs nothing), or null.</param>
/// <param name="Role">What the pattern does.</param>
/// <param name="Flags">Extra properties.</param>
/// <param name="Literals">Number of literal (non-gap) elements, for preferring specific patterns.</param>
/// <param name="Source">The pattern as written, with its line number, for messages and tests.</param>
internal sealed record PatternEntry(string? Code, PatternRole Role, PatternFlags Flags, int Literals, string Source);

/// <summary>A pattern matched over tokens [<see cref="First"/>, <see cref="End"/>) of the document.</summary>
internal readonly record struct PatternHit(int First, int End, PatternEntry Entry);

/// <summary>The events stage's pattern dictionary: lower-cased token sequences mapped to CAMEO codes and frames.</summary>
/// <remarks>
/// Built once from the embedded <c>events/patterns.txt</c> into a trie keyed on lower-cased tokens; shared by all
/// threads, never modified after it is built. Matching looks tokens up as spans (no string per token).
/// Pattern syntax (space-separated elements): a literal word; <c>a|b</c> alternatives; <c>+verb</c> every inflection
/// of a verb; <c>^noun</c> singular and plural; a leading <c>?</c> makes an element optional; <c>(a b|c)</c> is a group
/// of alternative word sequences (<c>?(...)</c> optional); <c>_</c> skips up to four words and <c>__</c> up to eight
/// (never punctuation).
/// </remarks>
internal sealed class EventPatterns
{
    private const int ShortGap = 4;
    private const int LongGap = 8;

    private static readonly Lazy<EventPatterns> _shared = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Node _root = new();
    private readonly List<PatternEntry> _entries = [];
    private readonly List<string> _problems = [];
    private FrozenDictionary<string, WordClass> _classes = FrozenDictionary<string, WordClass>.Empty;
    private FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _classLookup;
    // The plain words' classes by token key (see ClassOf(string, Token)).
    private Annals.Text.TokenKeyTable<WordClass> _classByKey = new(0);

    /// <summary>The dictionary built from the embedded data, shared by all threads.</summary>
    public static EventPatterns Shared => _shared.Value;

    /// <summary>Version of the pattern file.</summary>
    public string Version { get; private set; } = "0";

    /// <summary>Every entry, in file order.</summary>
    public IReadOnlyList<PatternEntry> Entries => _entries;

    /// <summary>Lines that could not be read or that repeat another pattern (empty for a sound file).</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Builds the dictionary from the embedded pattern file.</summary>
    public static EventPatterns Load()
    {
        var lines = new List<string[]>();
        var patterns = new EventPatterns();
        patterns.Version = DataFile.Read("events/patterns.txt", lines.Add);
        patterns.Build(lines);
        return patterns;
    }

    /// <summary>Builds a dictionary from tab-separated lines (for tests).</summary>
    public static EventPatterns FromLines(IEnumerable<string> lines)
    {
        var patterns = new EventPatterns();
        var rows = new List<string[]>();
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            rows.Add(line.Split('\t').Select(c => c.Trim()).ToArray());
        }

        patterns.Build(rows);
        return patterns;
    }

    private void Build(List<string[]> rows)
    {
        var irregular = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var cols in rows)
        {
            if (cols.Length >= 2 && cols[0] == "irregular")
            {
                var forms = cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (forms.Length > 1) irregular[forms[0]] = forms[1..];
            }
        }

        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var cols in rows)
        {
            if (cols.Length < 3 || cols[0] != "words") continue;
            if (!Enum.TryParse<WordClass>(cols[1], ignoreCase: true, out var cls))
            {
                _problems.Add($"unknown word class '{cols[1]}'");
                continue;
            }

            foreach (var w in cols[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                classes[w] = classes.GetValueOrDefault(w) | cls;
        }

        _classes = classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _classLookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        _classByKey = new(classes.Count);
        foreach (var (word, cls) in classes)
        {
            _classByKey.AddPlain(word, cls, static (a, b) => a | b);
        }

        int lineNo = 0;
        foreach (var cols in rows)
        {
            lineNo++;
            if (cols[0] is "irregular" or "words") continue;
            if (cols.Length < 2)
            {
                _problems.Add($"row {lineNo}: needs a code and a pattern");
                continue;
            }

            string? code = cols[0] == "-" ? null : cols[0];
            var role = PatternRole.Event;
            var flags = PatternFlags.None;
            if (cols.Length > 2)
            {
                foreach (var opt in cols[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    switch (opt)
                    {
                        case "noun": flags |= PatternFlags.Noun; break;
                        case "weak": flags |= PatternFlags.Weak; break;
                        case "strong": flags |= PatternFlags.Strong; break;
                        case "relay": flags |= PatternFlags.Relay; break;
                        default:
                            if (Enum.TryParse<PatternRole>(opt, ignoreCase: true, out var r)) role = r;
                            else _problems.Add($"row {lineNo}: unknown option '{opt}'");
                            break;
                    }
                }
            }

            var sequences = ParsePattern(cols[1], irregular);
            if (sequences.Count == 0 || sequences.Any(s => s.Count == 0 || s[0].Gap > 0))
            {
                _problems.Add($"row {lineNo}: empty pattern or leading gap");
                continue;
            }

            var entry = new PatternEntry(code, role, flags, sequences.Max(s => s.Count(e => e.Gap == 0)), $"{cols[1]} (row {lineNo})");
            _entries.Add(entry);
            foreach (var elements in sequences) Insert(_root, elements, 0, entry);
        }

        Freeze(_root);
        if (_root.ByKey is { } rootKeys)
        {
            foreach (ulong key in rootKeys.Keys) _rootFilter[(int)(key >> 46) & (RootFilterWords - 1)] |= 1UL << (int)((key >> 40) & 63);
        }
    }

    // One bit per first word of a pattern (by the top bits of its key), read before the root's table: most words begin
    // no pattern, and the filter stays in the first-level cache where the table does not.
    private const int RootFilterWords = 1024;
    private readonly ulong[] _rootFilter = new ulong[RootFilterWords];

    private bool MayBeginPattern(ulong key) => (_rootFilter[(int)(key >> 46) & (RootFilterWords - 1)] & (1UL << (int)((key >> 40) & 63))) != 0;

    private sealed record Element(string[] Words, bool Optional, int Gap);

    // Expands a pattern into flat element sequences: a group "(a b|c)" stands for either sequence.
    private static List<List<Element>> ParsePattern(string pattern, Dictionary<string, string[]> irregular)
    {
        var sequences = new List<List<Element>> { new() };
        int i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] == ' ') { i++; continue; }
            bool optional = false;
            int start = i;
            if (pattern[i] == '?' && i + 1 < pattern.Length && pattern[i + 1] == '(') { optional = true; i++; }
            if (pattern[i] == '(')
            {
                int close = pattern.IndexOf(')', i);
                if (close < 0) close = pattern.Length;
                var alternatives = pattern[(i + 1)..close].Split('|', StringSplitOptions.RemoveEmptyEntries)
                    .Select(a => ParseElements(a, irregular)).Where(a => a.Count > 0).ToList();
                if (optional) alternatives.Add([]);
                var next = new List<List<Element>>();
                foreach (var seq in sequences)
                {
                    foreach (var alt in alternatives) next.Add([.. seq, .. alt]);
                }

                sequences = next;
                i = close + 1;
                continue;
            }

            int end = pattern.IndexOf(' ', start);
            if (end < 0) end = pattern.Length;
            var elements = ParseElements(pattern[start..end], irregular);
            foreach (var seq in sequences) seq.AddRange(elements);
            i = end;
        }

        return sequences;
    }

    private static List<Element> ParseElements(string pattern, Dictionary<string, string[]> irregular)
    {
        var list = new List<Element>();
        foreach (var raw in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == "_") { list.Add(new Element([], false, ShortGap)); continue; }
            if (raw == "__") { list.Add(new Element([], false, LongGap)); continue; }
            bool optional = raw.StartsWith('?');
            var body = optional ? raw[1..] : raw;
            var words = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var alt in body.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = alt.ToLowerInvariant();
                if (w.StartsWith('+')) words.UnionWith(Inflection.VerbForms(w[1..], irregular));
                else if (w.StartsWith('^')) words.UnionWith(Inflection.NounForms(w[1..]));
                else words.Add(w);
            }

            if (words.Count > 0) list.Add(new Element([.. words], optional, 0));
        }

        return list;
    }

    private void Insert(Node node, List<Element> elements, int index, PatternEntry entry)
    {
        if (index == elements.Count)
        {
            if (node.Entry is null) node.Entry = entry;
            else if ((node.Entry.Code != entry.Code || node.Entry.Role != entry.Role)
                && !_problems.Contains($"'{entry.Source}' repeats '{node.Entry.Source}'"))
                _problems.Add($"'{entry.Source}' repeats '{node.Entry.Source}'");
            return;
        }

        var e = elements[index];
        if (e.Gap > 0)
        {
            // Short and long gaps get their own child, so one pattern's long gap never widens another's short one.
            ref Node? gap = ref (e.Gap <= ShortGap ? ref node.ShortGap : ref node.LongGap);
            gap ??= new Node();
            Insert(gap, elements, index + 1, entry);
            return;
        }

        if (e.Optional) Insert(node, elements, index + 1, entry);
        node.Building ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in e.Words)
        {
            if (!node.Building.TryGetValue(w, out var child))
            {
                child = new Node();
                node.Building[w] = child;
            }

            Insert(child, elements, index + 1, entry);
        }
    }

    private static readonly System.Buffers.SearchValues<char> s_asciiLettersAndDigits =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private static void Freeze(Node node)
    {
        if (node.Building is not null)
        {
            node.Children = node.Building.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            node.Lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            node.ByKey = new(node.Building.Count);
            foreach (var (word, child) in node.Building)
            {
                node.ByKey.AddPlain(word, child);
                if (!word.AsSpan().ContainsAny(s_asciiLettersAndDigits)) node.SymbolKeys = true;
            }

            node.Building = null;
            foreach (var child in node.Children.Values) Freeze(child);
        }

        if (node.ShortGap is not null) Freeze(node.ShortGap);
        if (node.LongGap is not null) Freeze(node.LongGap);
    }

    /// <summary>The syntactic classes of one word (case-insensitive).</summary>
    public WordClass ClassOf(ReadOnlySpan<char> word) => _classLookup.TryGetValue(word, out var c) ? c : WordClass.None;

    /// <summary>The classes of a word token of <paramref name="text"/>, as <see cref="ClassOf(ReadOnlySpan{char})"/> gives them.</summary>
    /// <remarks>A plain token is looked up by the tokenizer's key; a folded one (periods, hyphens, accents) by its text.</remarks>
    public WordClass ClassOf(string text, Token token)
    {
        if (!token.IsPlainWord) return ClassOf(text.AsSpan(token.Start, token.Length));
        return _classByKey.TryGetValue(token.Key, out var c) ? c : WordClass.None;
    }

    /// <summary>The longest pattern that starts at token <paramref name="first"/> and ends before token <paramref name="limit"/>.</summary>
    /// <returns>True when a pattern matched.</returns>
    public bool LongestAt(string text, ImmutableArray<Token> tokens, int first, int limit, out PatternHit hit)
    {
        hit = default;
        int bestEnd = -1;
        PatternEntry? best = null;
        var root = _root;
        if (root.Entry is null && root.ShortGap is null && root.LongGap is null)
        {
            // The root holds only words (no pattern is empty or opens with a gap), and most tokens begin no pattern:
            // one probe of its table, then the walk from the word's node, as Walk would take it.
            if (first >= limit || root.Children is null) return false;
            var token = tokens[first];
            if (token.IsPlainWord && !MayBeginPattern(token.Key)) return false;
            if (ChildOf(root, text, token) is not { } next) return false;
            Walk(next, text, tokens, first + 1, limit, ref bestEnd, ref best);
        }
        else
        {
            Walk(root, text, tokens, first, limit, ref bestEnd, ref best);
        }

        if (best is null) return false;
        hit = new PatternHit(first, bestEnd, best);
        return true;
    }

    private static void Walk(Node node, string text, ImmutableArray<Token> tokens, int i, int limit, ref int bestEnd, ref PatternEntry? best)
    {
        if (node.Entry is { } entry && (i > bestEnd || (i == bestEnd && best is not null && entry.Literals > best.Literals)))
        {
            bestEnd = i;
            best = entry;
        }

        if (i >= limit) return;
        if (node.Children is not null && ChildOf(node, text, tokens[i]) is { } child)
            Walk(child, text, tokens, i + 1, limit, ref bestEnd, ref best);
        if (node.ShortGap is { } shortGap) WalkGap(shortGap, ShortGap, text, tokens, i, limit, ref bestEnd, ref best);
        if (node.LongGap is { } longGap) WalkGap(longGap, LongGap, text, tokens, i, limit, ref bestEnd, ref best);
    }

    private static void WalkGap(Node gap, int max, string text, ImmutableArray<Token> tokens, int i, int limit, ref int bestEnd, ref PatternEntry? best)
    {
        if (gap.Children is null) return;
        // A gap skips words only: punctuation and quotation marks end the phrase a pattern may span.
        for (int k = 0; k <= max && i + k < limit; k++)
        {
            if (k > 0 && tokens[i + k - 1].Kind is TokenKind.Punct or TokenKind.Quote) break;
            if (ChildOf(gap, text, tokens[i + k]) is { } after)
                Walk(after, text, tokens, i + k + 1, limit, ref bestEnd, ref best);
        }
    }

    // The child of node along the token, or null. A plain word (nearly every token) by the tokenizer's key, in a few
    // inlined instructions; anything else by its text, as written, out of line (its buffer would otherwise make every
    // call pay for a stack guard).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Node? ChildOf(Node node, string text, Token token) =>
        token.IsPlainWord ? node.ByKey!.ValueOrDefault(token.Key) : ChildByText(node, text, token);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Node? ChildByText(Node node, string text, Token token)
    {
        // Punctuation and quotation marks hold no letter or digit, and no character of theirs is the other case of an
        // ASCII letter or digit: they can only be a key with none of those, which few nodes have.
        if (token.Kind is TokenKind.Punct or TokenKind.Quote && !node.SymbolKeys) return null;
        var word = text.AsSpan(token.Start, token.Length);
        if (node.Lookup.TryGetValue(word, out var child)) return child;
        int curly = word.IndexOf('\u2019');
        if (curly < 0 || word.Length > 64) return null;
        // Curly apostrophes ("won’t", "Russia’s") are looked up as straight ones.
        Span<char> buffer = stackalloc char[word.Length];
        word.CopyTo(buffer);
        buffer.Replace('\u2019', '\'');
        return node.Lookup.TryGetValue(buffer, out child) ? child : null;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Building;
        public FrozenDictionary<string, Node>? Children;
        public FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public Annals.Text.TokenKeyTable<Node>? ByKey;
        // Some key holds no ASCII letter or digit (so punctuation or a quotation mark might be it).
        public bool SymbolKeys;
        public Node? ShortGap;
        public Node? LongGap;
        public PatternEntry? Entry;
    }
}
