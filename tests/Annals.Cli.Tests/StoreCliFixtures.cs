using Annals.Documents;
using Annals.Storage;

namespace Annals.Cli.Tests;

/// <summary>A temporary folder with a store path in it, deleted afterwards.</summary>
internal sealed class StoreFolder : IDisposable
{
    public StoreFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "annals-cli-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Db = File("test.duckdb");
    }

    public string Path { get; }

    public string Db { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        string file = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllText(file, content);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Still open in a failed test; the OS temp cleaner takes it.
        }
    }
}

/// <summary>Runs the command line and keeps what it printed.</summary>
internal static class CliRun
{
    public static (int Code, string Out, string Err) Execute(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Cli.Execute(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>Hand-built analysed documents (our own words), stored directly so that queries have known rows.</summary>
internal static class StoredCorpus
{
    public static void Fill(string db)
    {
        using var store = AnnalsStore.Open(db);
        using var ingest = store.BeginIngest("test/1");
        foreach (var d in Documents()) ingest.Add(d);
        ingest.Complete();
    }

    public static AnalyzedDocument[] Documents() =>
    [
        Doc("talks", "2022-11-06",
            "Last week the American president warned Moscow about escalation. An unnamed official said talks, \"in principle\", were possible.",
            actors: [("the American president", "USAGOV", "Joe Biden"), ("Moscow", "RUS", "Russia"), ("An unnamed official", "USAGOV", null)],
            quotes: [("talks, \"in principle\", were possible", "An unnamed official", "USAGOV", null, true, "said", "2022-11-06")],
            events: [("warned", "USAGOV", "RUS", "130", "2022-W43", Mood.Asserted, -4.4)]),
        Doc("summit", "2022-10-01",
            "The Ukrainian foreign minister told reporters that France would attend. Germany did not send aid.",
            actors: [("The Ukrainian foreign minister", "UKRGOV", "Dmytro Kuleba"), ("France", "FRA", "France"), ("Germany", "DEU", "Germany")],
            quotes: [("France would attend", "The Ukrainian foreign minister", "UKRGOV", "Dmytro Kuleba", false, "told", "2022-10-01")],
            events: [("told", "UKRGOV", "FRA", "010", "2022-10-01", Mood.Asserted, 0.0), ("send aid", "DEU", "UKR", "070", null, Mood.Negated, 7.0)]),
        Doc("strike", "2022-10-15",
            "Russian forces shelled the port in September. Ukraine condemned the attack.",
            actors: [("Russian forces", "RUSMIL", null), ("Ukraine", "UKR", "Ukraine")],
            quotes: [],
            events: [("shelled", "RUSMIL", "UKR", "195", "2022-09", Mood.Asserted, -10.0), ("condemned", "UKR", "RUSMIL", "111", "2022-10-15", Mood.Asserted, -2.0)]),
    ];

    private static AnalyzedDocument Doc(
        string id, string date, string text,
        (string Words, string Code, string? Name)[] actors,
        (string Words, string Speaker, string Code, string? Name, bool Anonymous, string Cue, string Date)[] quotes,
        (string Trigger, string Source, string Target, string Cameo, string? Date, Mood Mood, double Goldstein)[] events)
    {
        int At(string words) => text.IndexOf(words, StringComparison.Ordinal) is >= 0 and var i ? i : throw new ArgumentException(words);
        var doc = new AnalyzedDocument(new Article(id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), text))
        {
            Sentences = [.. SplitSentences(text)],
            Actors = [.. actors.Select(a => new ActorMention(At(a.Words), At(a.Words) + a.Words.Length, ActorKind.Person, a.Code, a.Name, a.Code[..3], a.Code.Length > 3 ? a.Code[3..] : null) { Anonymous = a.Name is null && a.Words.Contains("unnamed", StringComparison.Ordinal) }).OrderBy(a => a.Start)],
            Quotes = [.. quotes.Select(q => new Quote(At(q.Words), At(q.Words) + q.Words.Length, QuoteKind.Indirect, new Speaker(At(q.Speaker), At(q.Speaker) + q.Speaker.Length, -1, q.Code, q.Name, q.Anonymous))
            {
                CueStart = At(q.Cue),
                CueEnd = At(q.Cue) + q.Cue.Length,
                Date = q.Date,
            })],
        };
        return doc with
        {
            Events = [.. events.Select(e => new CodedEvent(doc.SentenceAt(At(e.Trigger)), At(e.Trigger), At(e.Trigger) + e.Trigger.Length, e.Cameo, new EventParty(e.Source, null, -1), new EventParty(e.Target, null, -1), e.Mood)
            {
                Date = e.Date,
                DateBasis = e.Date is null ? null : "timex",
                Goldstein = e.Goldstein,
                QuadClass = Annals.Events.CameoCodes.QuadClass(e.Cameo),
                EvidenceStart = At(e.Trigger),
                EvidenceEnd = At(e.Trigger) + e.Trigger.Length,
                Confidence = 0.5,
            })],
        };
    }

    private static IEnumerable<Sentence> SplitSentences(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                yield return new Sentence(start, i + 1);
                start = i + 2;
            }
        }
    }
}
