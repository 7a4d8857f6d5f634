using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using Annals.Documents;

namespace Annals.Quotes;

/// <summary>Word classes the quotes stage reads from <c>data/quotes/words.txt</c>.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Det = 1 << 0,
    Subject = 1 << 1,
    Object = 1 << 2,
    Stop = 1 << 3,
    Relative = 1 << 4,
    Adverb = 1 << 5,
    Time = 1 << 6,
    NpPrep = 1 << 7,
    Adjunct = 1 << 8,
    Medium = 1 << 9,
    Press = 1 << 10,
    AnonHead = 1 << 11,
    AnonWord = 1 << 12,
    Passive = 1 << 13,
    Outlet = 1 << 14,
    Subord = 1 << 16,
    Aux = 1 << 18,
    /// <summary>Finite verb forms that end a subject after its head ("Trump took", "sources believe").</summary>
    Verb = 1 << 19,
    /// <summary>Verbs that take an -ing complement ("began tweeting", "kept asking").</summary>
    Aspect = 1 << 20,
    /// <summary>First word of a cue (set from cues.txt, not words.txt).</summary>
    Cue = 1 << 17,
}

/// <summary>How a cue verb takes its speaker, recipient and content.</summary>
internal enum CueFrame : byte
{
    /// <summary>"X said (that) ...", "..., X said".</summary>
    Say,
    /// <summary>"X told Y (that) ...": a recipient may follow the verb.</summary>
    Tell,
    /// <summary>"according to X".</summary>
    According,
    /// <summary>"X called Y Z": naming, a cue only with a quote or a named speaker.</summary>
    Label,
    /// <summary>"X condemned the test as “provocative”": a verbal act that is a cue only when a named speaker's clause after it carries a quote.</summary>
    Quoting,
}

/// <summary>One cue form: its words after the first, its frame, and whether it doubles as a plural noun.</summary>
internal sealed record CueForm(string[] Rest, CueFrame Frame, bool AlsoNoun, bool Participle, bool PastParticiple, bool Base);

/// <summary>The dictionaries of the quotes stage, read once from the embedded data files and shared by all threads.</summary>
/// <remarks>Lookups take spans of the article text and never allocate.</remarks>
internal sealed class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> s_shared = new(() => new QuoteLexicon(Read("quotes/words.txt"), Read("quotes/cues.txt")));

    private readonly Dictionary<string, WordClass> _classes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CueForm[]> _cues = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string[] Words, WordClass Class)>> _phrases = new(StringComparer.OrdinalIgnoreCase);
    // The built tables, frozen for lookups: every word of an article is looked up here, and a frozen
    // case-insensitive table hashes and compares a span faster than a growable one.
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _classLookup;
    // The same classes by token key (the tokenizer's fold of each token), for the one lookup of every word.
    private readonly Annals.Text.TokenKeyTable<WordClass> _classByKey;
    private readonly FrozenDictionary<string, CueForm[]>.AlternateLookup<ReadOnlySpan<char>> _cueLookup;
    private readonly FrozenDictionary<string, List<(string[] Words, WordClass Class)>>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;

    /// <summary>The lexicon built from the embedded data files.</summary>
    public static QuoteLexicon Shared => s_shared.Value;

    /// <summary>Builds a lexicon from the text of a word-class file and a cue file.</summary>
    public QuoteLexicon(string words, string cues)
    {
        foreach (var (name, entries) in Lines(words))
        {
            var cls = ClassNamed(name);
            if (cls == WordClass.None) continue;
            foreach (var entry in entries)
            {
                var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 1) Add(_classes, parts[0], cls);
                else AddPhrase(parts, cls);
            }
        }

        var cueTable = new Dictionary<string, List<CueForm>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, entries) in Lines(cues))
        {
            var frame = name switch
            {
                "tell" => CueFrame.Tell,
                "according" => CueFrame.According,
                "label" => CueFrame.Label,
                "quoting" => CueFrame.Quoting,
                _ => CueFrame.Say,
            };
            // A bare base form is restricted only on lines whose forms double as nouns ("claims*"); "stress" is a base
            // form ("post-traumatic stress disorder"), not a third-person form.
            bool nounLine = Array.Exists(entries, e => e.EndsWith('*'));
            for (int i = 0; i < entries.Length; i++)
            {
                var entry = entries[i];
                bool noun = entry.EndsWith('*');
                var parts = entry.TrimEnd('*').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0) continue;
                string head = parts[0];
                bool participle = head.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                bool past = head.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                            || head is "said" or "told" or "wrote" or "written" or "went";
                var form = new CueForm(parts[1..], frame, noun, participle, past, i == 0 && nounLine && !participle && !past && (!head.EndsWith('s') || head.EndsWith("ss", StringComparison.OrdinalIgnoreCase)) && frame != CueFrame.According);
                if (!cueTable.TryGetValue(head, out var list)) cueTable[head] = list = [];

                // A later line never overrides an earlier one with the same words.
                if (!list.Exists(f => f.Rest.AsSpan().SequenceEqual(form.Rest))) list.Add(form);
                Add(_classes, head, WordClass.Cue);
            }
        }

        foreach (var (head, list) in cueTable)
        {
            // Longest first, so "called for" wins over a bare "called" when both exist.
            list.Sort((a, b) => b.Rest.Length.CompareTo(a.Rest.Length));
            _cues[head] = [.. list];
        }

        _classLookup = _classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        // Only plain words: a word with a period or hyphen ("Sun.") matches only the same spelling, never "Sun".
        _classByKey = new(_classes.Count);
        foreach (var (word, cls) in _classes)
        {
            _classByKey.AddPlain(word, cls, static (a, b) => a | b);
        }

        _cueLookup = _cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseLookup = _phrases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The classes of a word token of <paramref name="text"/>, as <see cref="ClassOf(ReadOnlySpan{char})"/> gives them.</summary>
    /// <remarks>
    /// A plain token (ASCII letters, digits and apostrophes: nearly all) is looked up by the key the tokenizer made,
    /// without reading its letters again; any other by its text.
    /// </remarks>
    public WordClass ClassOf(string text, Token token)
    {
        if (!token.IsPlainWord) return ClassOf(text.AsSpan(token.Start, token.Length));
        return _classByKey.TryGetValue(token.Key, out var cls) ? cls : WordClass.None;
    }

    /// <summary>The classes of one word (case-insensitive).</summary>
    public WordClass ClassOf(ReadOnlySpan<char> word) =>
        _classLookup.TryGetValue(word, out var cls) ? cls : WordClass.None;

    /// <summary>
    /// Matches a cue starting at token <paramref name="k"/>; returns the number of tokens it spans (0 when none)
    /// and the form. Tokens past <paramref name="hi"/> are not read.
    /// </summary>
    public int MatchCue(string text, ImmutableArray<Token> tokens, int k, int hi, out CueForm? form)
    {
        form = null;
        var t = tokens[k];
        if (t.Kind != TokenKind.Word || !_cueLookup.TryGetValue(text.AsSpan(t.Start, t.Length), out var forms))
            return 0;
        foreach (var f in forms)
        {
            if (MatchRest(text, tokens, k + 1, hi, f.Rest))
            {
                form = f;
                return 1 + f.Rest.Length;
            }
        }

        return 0;
    }

    /// <summary>Length in tokens of a phrase of class <paramref name="cls"/> starting at token <paramref name="k"/>, or 0.</summary>
    public int MatchPhrase(string text, ImmutableArray<Token> tokens, int k, int hi, WordClass cls)
    {
        if (k >= hi) return 0;
        var t = tokens[k];
        var first = text.AsSpan(t.Start, t.Length);
        if (_phraseLookup.TryGetValue(first, out var list))
        {
            foreach (var (rest, c) in list)
            {
                if ((c & cls) != 0 && MatchRest(text, tokens, k + 1, hi, rest)) return 1 + rest.Length;
            }
        }

        return (ClassOf(first) & cls) != 0 ? 1 : 0;
    }

    private static bool MatchRest(string text, ImmutableArray<Token> tokens, int k, int hi, string[] rest)
    {
        if (k + rest.Length > hi) return false;
        for (int i = 0; i < rest.Length; i++)
        {
            var t = tokens[k + i];
            if (!text.AsSpan(t.Start, t.Length).Equals(rest[i], StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    private void AddPhrase(string[] parts, WordClass cls)
    {
        if (!_phrases.TryGetValue(parts[0], out var list)) _phrases[parts[0]] = list = [];
        list.Add((parts[1..], cls));
    }

    private static void Add(Dictionary<string, WordClass> table, string word, WordClass cls) =>
        table[word] = table.GetValueOrDefault(word) | cls;

    private static WordClass ClassNamed(string name) => name switch
    {
        "det" => WordClass.Det,
        "subject" => WordClass.Subject,
        "object" => WordClass.Object,
        "stop" => WordClass.Stop,
        "relative" => WordClass.Relative,
        "adverb" => WordClass.Adverb,
        "time" => WordClass.Time,
        "npprep" => WordClass.NpPrep,
        "adjunct" => WordClass.Adjunct,
        "medium" => WordClass.Medium,
        "press" => WordClass.Press,
        "anonhead" => WordClass.AnonHead,
        "anonword" => WordClass.AnonWord,
        "anonafter" => WordClass.AnonWord,
        "passive" => WordClass.Passive,
        "subord" => WordClass.Subord,
        "aux" => WordClass.Aux,
        "outlet" => WordClass.Outlet,
        "verb" => WordClass.Verb,
        "aspect" => WordClass.Aspect,
        _ => WordClass.None,
    };

    // Yields ("class", entries) for every "class: a, b, c" line, skipping '#' comments and blank lines.
    private static IEnumerable<(string Name, string[] Entries)> Lines(string content)
    {
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var entries = line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return (line[..colon].Trim(), entries);
        }
    }

    private static string Read(string name)
    {
        using var stream = typeof(QuoteLexicon).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException("embedded resource missing: " + name); // a build defect, not an input error
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
