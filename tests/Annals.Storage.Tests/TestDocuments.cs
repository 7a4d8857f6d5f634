using System.Collections.Immutable;
using Annals.Documents;

namespace Annals.Storage.Tests;

/// <summary>Builds analysed documents by hand: every annotation is found by its words in the text.</summary>
internal sealed class DocBuilder(string id, DateOnly date, string text)
{
    private readonly List<Timex> _timexes = [];
    private readonly List<ActorMention> _actors = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<CodedEvent> _events = [];

    public static DocBuilder Article(string id, string date, string text) => new(id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), text);

    public DocBuilder Timex(string words, string value, TimexType type = TimexType.Date)
    {
        int s = Find(words);
        _timexes.Add(new Timex(s, s + words.Length, type, value, true));
        return this;
    }

    public DocBuilder Actor(string words, string? code, string? name = null, bool anonymous = false)
    {
        int s = Find(words);
        _actors.Add(new ActorMention(s, s + words.Length, ActorKind.Person, code, name, code?.Length >= 3 ? code[..3] : null, code?.Length > 3 ? code[3..] : null) { Anonymous = anonymous });
        return this;
    }

    public DocBuilder Quote(string words, string? speakerWords, string? code, string? name, bool anonymous = false, string? cue = null, string? date = null, string? medium = null)
    {
        int s = Find(words);
        int ss = speakerWords is null ? -1 : Find(speakerWords);
        int cs = cue is null ? -1 : Find(cue);
        var speaker = speakerWords is null && code is null && name is null && !anonymous
            ? null
            : new Speaker(ss, ss < 0 ? -1 : ss + speakerWords!.Length, -1, code, name, anonymous);
        _quotes.Add(new Quote(s, s + words.Length, QuoteKind.Direct, speaker)
        {
            CueStart = cs,
            CueEnd = cs < 0 ? -1 : cs + cue!.Length,
            Date = date,
            Medium = medium,
        });
        return this;
    }

    public DocBuilder Event(string trigger, string? source, string? target, string cameo, string? date, Mood mood = Mood.Asserted, double goldstein = -1.0, string? sourceName = null, string? targetName = null)
    {
        int s = Find(trigger);
        _events.Add(new CodedEvent(0, s, s + trigger.Length, cameo,
            source is null ? null : new EventParty(source, sourceName, -1),
            target is null ? null : new EventParty(target, targetName, -1), mood)
        {
            Date = date,
            DateBasis = date is null ? null : "timex",
            Goldstein = goldstein,
            QuadClass = Annals.Events.CameoCodes.QuadClass(cameo),
            EvidenceStart = s,
            EvidenceEnd = Math.Min(text.Length, s + trigger.Length + 10),
            Confidence = 0.75,
        });
        return this;
    }

    public AnalyzedDocument Build()
    {
        var sentences = Sentences(text);
        var doc = new AnalyzedDocument(new Article(id, date, text))
        {
            Sentences = sentences,
            Timexes = [.. _timexes.OrderBy(t => t.Start)],
            Actors = [.. _actors.OrderBy(a => a.Start)],
            Quotes = [.. _quotes.OrderBy(q => q.Start)],
        };
        return doc with { Events = [.. _events.Select(e => e with { Sentence = doc.SentenceAt(e.TriggerStart) })] };
    }

    private int Find(string words)
    {
        int s = text.IndexOf(words, StringComparison.Ordinal);
        if (s < 0) throw new ArgumentException($"'{words}' is not in the text");
        return s;
    }

    // Sentences end after ". "; good enough for hand-written test text.
    private static ImmutableArray<Sentence> Sentences(string text)
    {
        var list = ImmutableArray.CreateBuilder<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                list.Add(new Sentence(start, i + 1));
                start = i + 2;
            }
        }

        if (start < text.Length) list.Add(new Sentence(start, text.Length));
        return list.ToImmutable();
    }
}

/// <summary>A small corpus of hand-written articles in our own words.</summary>
internal static class Corpus
{
    public const string PipelineVersion = "test/1";

    // Published on 2022-11-06 but reports a threat made in late October.
    public static AnalyzedDocument Talks() => DocBuilder.Article("talks", "2022-11-06",
            "Last week the American president warned Moscow against escalation. An unnamed official said talks were possible. The Kremlin rejected the offer on Friday.")
        .Timex("Last week", "2022-W43")
        .Timex("on Friday", "2022-11-04")
        .Actor("the American president", "USAGOV", "Joe Biden")
        .Actor("Moscow", "RUS", "Russia")
        .Actor("An unnamed official", "USAGOV", null, anonymous: true)
        .Actor("The Kremlin", "RUSGOV", "Kremlin")
        .Quote("talks were possible", "An unnamed official", "USAGOV", null, anonymous: true, cue: "said", date: "2022-11-06")
        .Event("warned", "USAGOV", "RUS", "130", "2022-W43", goldstein: -4.4, sourceName: "Joe Biden", targetName: "Russia")
        .Event("rejected", "RUSGOV", "USAGOV", "120", "2022-11-04", goldstein: -4.0)
        .Build();

    // Published first (2022-10-01) but its event is dated latest.
    public static AnalyzedDocument Summit() => DocBuilder.Article("summit", "2022-10-01",
            "Kyiv plans to host a summit in December. The Ukrainian foreign minister told reporters that France would attend. Germany did not send aid.")
        .Timex("in December", "2022-12")
        .Actor("Kyiv", "UKR", "Ukraine")
        .Actor("The Ukrainian foreign minister", "UKRGOV", "Dmytro Kuleba")
        .Actor("France", "FRA", "France")
        .Actor("Germany", "DEU", "Germany")
        .Quote("France would attend", "The Ukrainian foreign minister", "UKRGOV", "Dmytro Kuleba", cue: "told", date: "2022-10-01", medium: "reporters")
        .Event("host", "UKR", "FRA", "043", "2022-12", Mood.Future, goldstein: 2.8)
        .Event("told", "UKRGOV", "FRA", "010", "2022-10-01", goldstein: 0.0)
        .Event("send aid", "DEU", "UKR", "070", null, Mood.Negated, goldstein: 7.0)
        .Build();

    // A month-old event reported in mid-October.
    public static AnalyzedDocument Strike() => DocBuilder.Article("strike", "2022-10-15",
            "Russian forces shelled the port in September. Ukraine condemned the attack.")
        .Timex("in September", "2022-09")
        .Actor("Russian forces", "RUSMIL")
        .Actor("Ukraine", "UKR", "Ukraine")
        .Event("shelled", "RUSMIL", "UKR", "195", "2022-09", goldstein: -10.0)
        .Event("condemned", "UKR", "RUSMIL", "111", "2022-10-15", goldstein: -2.0)
        .Build();

    public static AnalyzedDocument[] All() => [Talks(), Summit(), Strike()];
}
