using System.Collections.Frozen;
using System.Globalization;
using Annals.Documents;
using Annals.Text;

namespace Annals.Time;

/// <summary>The role a word plays in temporal expressions, from <c>data/time/modifiers.txt</c>.</summary>
internal enum WordRole : byte
{
    None,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Early,
    Mid,
    Late,
    Edge,
    Hedge,
    Hedge2,
    Every,
    Per,
    Fiscal,
    Half,
    The,
    Of,
    Future,
    FutureTo,
    Past,
    Zone,
    Local,
    Keyword,
    Era,
    Measure,
    Custom,
    Make,
    Vehicle,
}

/// <summary>Everything the temporal lexicon knows about one word.</summary>
/// <remarks>A word can have several readings ("second" is an ordinal and a unit; "May" a month and a modal).</remarks>
internal sealed class TimeWord
{
    public int Month;
    public bool MonthGuarded;
    public int Weekday;
    public bool WeekdayPlural;
    public int Number = int.MinValue;
    public int Ordinal;
    public Grain Unit;
    public string? UnitCode;
    public bool UnitPlural;
    public int Season;
    public int Decade;
    public string? DayPart;
    public bool HasRelative;
    public int Relative;
    public bool HasDeictic;
    public int Deictic;
    public string? SetValue;
    public WordRole Role;

    /// <summary>
    /// Known only as a neighbour's cue (an age's noun, a measure, a holiday's custom: "youth", "percent", "card"): no
    /// expression starts with it, so the scanner passes it over as it does an unknown word.
    /// </summary>
    public bool Inert;

    public bool HasNumber => Number != int.MinValue;
}

/// <summary>A fixed multi-word phrase and its value ("the near future" → FUTURE_REF, "that day" → @D0).</summary>
internal sealed record TimePhrase(string[] Words, string Value);

/// <summary>The word lists of the temporal expression recognizer, loaded once from <c>data/time/*.txt</c>.</summary>
internal sealed class TimeLexicon
{
    private static readonly Lazy<TimeLexicon> s_instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, TimeWord> _words;
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    // The plain words again, by token key: a plain token is looked up without reading its letters.
    private readonly Annals.Text.TokenKeyTable<TimeWord> _wordsByKey;
    // One-word phrases by their word, and longer ones by their first two words joined by a space: "the" begins some
    // thirty phrases, and a text's every "the" would otherwise be compared with each of them.
    private readonly FrozenDictionary<string, TimePhrase[]>.AlternateLookup<ReadOnlySpan<char>> _singleLookup;
    private readonly FrozenDictionary<string, TimePhrase[]>.AlternateLookup<ReadOnlySpan<char>> _pairLookup;

    private TimeLexicon(Dictionary<string, TimeWord> words, Dictionary<string, List<TimePhrase>> phrases, string version)
    {
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordsByKey = new(words.Count);
        foreach (var (word, value) in words)
        {
            _wordsByKey.AddPlain(word, value);
        }

        var all = phrases.Values.SelectMany(l => l).ToArray();
        _singleLookup = all.Where(p => p.Words.Length == 1)
            .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        // Longest first, so the scanner takes "the day after tomorrow" before "the day after".
        _pairLookup = all.Where(p => p.Words.Length > 1)
            .GroupBy(p => p.Words[0] + " " + p.Words[1], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(x => x.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        Version = version;
    }

    /// <summary>The shared instance.</summary>
    public static TimeLexicon Instance => s_instance.Value;

    /// <summary>Sum of the data files' versions, recorded in the stage version.</summary>
    public string Version { get; }

    /// <summary>What the lexicon knows of a word, or null; a trailing period is ignored ("Sept.").</summary>
    public TimeWord? Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 24) return null;
        if (_wordLookup.TryGetValue(word, out var w)) return w;
        if (word.Length > 1 && word[^1] == '.' && _wordLookup.TryGetValue(word[..^1], out w)) return w;
        return null;
    }

    /// <summary>What the lexicon knows of a word token of <paramref name="text"/>: by key when the token is plain, else by its text.</summary>
    public TimeWord? Find(string text, Annals.Documents.Token token) =>
        token.IsPlainWord
            ? (_wordsByKey.TryGetValue(token.Key, out var w) ? w : null)
            : Find(text.AsSpan(token.Start, token.Length));

    /// <summary>The one-word phrase that is <paramref name="word"/> (empty when none).</summary>
    public TimePhrase[] SingleWordPhrases(ReadOnlySpan<char> word) =>
        !word.IsEmpty && word.Length <= 24 && _singleLookup.TryGetValue(word, out var list) ? list : [];

    /// <summary>Phrases of two words or more beginning with <paramref name="first"/> and <paramref name="second"/>, longest first (empty when none).</summary>
    /// <remarks>A curly apostrophe in the text reads as a straight one, as the phrase lists write it.</remarks>
    public TimePhrase[] PhrasesStartingWith(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.IsEmpty || second.IsEmpty || first.Length > 24 || second.Length > 24) return [];
        Span<char> key = stackalloc char[first.Length + 1 + second.Length];
        first.CopyTo(key);
        key[first.Length] = ' ';
        second.CopyTo(key[(first.Length + 1)..]);
        key.Replace('’', '\'');
        return _pairLookup.TryGetValue(key, out var list) ? list : [];
    }

    private static TimeLexicon Load()
    {
        var words = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        var phrases = new Dictionary<string, List<TimePhrase>>(StringComparer.OrdinalIgnoreCase);
        int version = 0;

        TimeWord Get(string key)
        {
            if (!words.TryGetValue(key, out var w)) words[key] = w = new TimeWord();
            return w;
        }

        foreach (var (file, fields) in Read(ref version))
        {
            string key = fields[0];
            string value = fields.Length > 1 ? fields[1] : "";
            string extra = fields.Length > 2 ? fields[2] : "";
            switch (file)
            {
                case "months.txt":
                    Get(key).Month = Int(value);
                    Get(key).MonthGuarded = extra == "guarded";
                    break;
                case "weekdays.txt":
                    Get(key).Weekday = Int(value);
                    Get(key).WeekdayPlural = extra == "plural";
                    break;
                case "numbers.txt":
                    Get(key).Number = Int(value);
                    break;
                case "ordinals.txt":
                    Get(key).Ordinal = Int(value);
                    break;
                case "units.txt":
                    Get(key).Unit = UnitGrain(value);
                    Get(key).UnitCode = value;
                    Get(key).UnitPlural = extra == "plural";
                    break;
                case "seasons.txt":
                    Get(key).Season = value switch { "SP" => 1, "SU" => 2, "FA" => 3, _ => 4 };
                    break;
                case "decades.txt":
                    Get(key).Decade = Int(value);
                    break;
                case "dayparts.txt":
                    Get(key).DayPart = value;
                    break;
                case "relative.txt":
                    Get(key).HasRelative = true;
                    Get(key).Relative = Int(value);
                    break;
                case "deictic.txt":
                    Get(key).HasDeictic = true;
                    Get(key).Deictic = Int(value);
                    break;
                case "sets.txt":
                    Get(key).SetValue = value;
                    break;
                case "modifiers.txt":
                    Get(key).Role = Enum.TryParse<WordRole>(value, true, out var role) ? role : WordRole.None;
                    break;
                case "phrases.txt":
                case "holidays.txt":
                    {
                        // The value is the last field; the phrase is tokenized as the recognizer will see the text.
                        string phrase = string.Join(' ', fields[..^1]);
                        var parts = SplitLikeText(phrase);
                        if (parts.Length == 0) break;
                        string v = file == "holidays.txt" ? "#" + fields[^1] : fields[^1];
                        if (!phrases.TryGetValue(parts[0], out var list)) phrases[parts[0]] = list = [];
                        Get(parts[0]); // a phrase's first word must be known, or the scanner would skip it
                        list.Add(new TimePhrase(parts, v));
                        break;
                    }
            }
        }

        foreach (var (key, w) in words)
        {
            w.Inert = w.Role is WordRole.Era or WordRole.Measure or WordRole.Custom or WordRole.Make or WordRole.Vehicle && w.Month == 0 && w.Weekday == 0 && !w.HasNumber
                      && w.Ordinal == 0 && w.Unit == Grain.None && w.Season == 0 && w.Decade == 0 && w.DayPart is null && !w.HasRelative
                      && !w.HasDeictic && w.SetValue is null && !phrases.ContainsKey(key);
        }

        return new TimeLexicon(words, phrases, version.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Splits a phrase into the units the recognizer reads: tokens, with hyphenated words cut at their hyphens.</summary>
    internal static string[] SplitLikeText(string phrase)
    {
        var parts = new List<string>();
        foreach (var t in Tokenizer.Tokenize(phrase))
        {
            if (t.Kind == TokenKind.Punct && phrase.AsSpan(t.Start, t.Length) is "-") continue;
            foreach (var piece in phrase[t.Start..t.End].Split('-', StringSplitOptions.RemoveEmptyEntries))
                parts.Add(piece);
        }

        return parts.ToArray();
    }

    private static readonly string[] s_files =
    [
        "months.txt", "weekdays.txt", "decades.txt", "numbers.txt", "ordinals.txt", "units.txt", "seasons.txt", "dayparts.txt",
        "relative.txt", "deictic.txt", "sets.txt", "modifiers.txt", "phrases.txt", "holidays.txt",
    ];

    private static IEnumerable<(string File, string[] Fields)> Read(ref int version)
    {
        var rows = new List<(string, string[])>();
        var asm = typeof(TimeLexicon).Assembly;
        foreach (var file in s_files)
        {
            using var stream = asm.GetManifestResourceStream("time/" + file);
            if (stream is null) continue;
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                var trimmed = line.Trim();
                if (trimmed.Length == 0) continue;
                if (trimmed[0] == '#')
                {
                    if (trimmed.StartsWith("# version:", StringComparison.Ordinal)
                        && int.TryParse(trimmed.AsSpan(10).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v))
                        version += v;
                    continue;
                }

                rows.Add((file, trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        return rows;
    }

    private static int Int(string s) => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) ? v : 0;

    /// <summary>The grain a TIMEX3 unit code names ("D" day, "W" week, "MI" time of day ...).</summary>
    internal static Grain UnitGrain(string code) => code switch
    {
        "S" or "MI" or "H" => Grain.Time,
        "D" => Grain.Day,
        "W" or "FN" => Grain.Week,
        "WE" => Grain.Weekend,
        "M" => Grain.Month,
        "Q" => Grain.Quarter,
        "Y" => Grain.Year,
        "DE" => Grain.Decade,
        "CE" => Grain.Century,
        _ => Grain.None,
    };
}
