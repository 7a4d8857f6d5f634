using System.Globalization;
using System.Text;
using Annals.Documents;
using Annals.Storage;

namespace Annals.Cli.Commands;

/// <summary><c>annals events|timeline|quotes|actors [filters] [--format table|jsonl|csv]</c>: rows from the store.</summary>
/// <remarks>
/// The store is opened read-only and never created. Tables stop after 50 rows unless --limit is given (0 for
/// all) and say so on stderr; jsonl and csv print every row unless --limit is given.
/// </remarks>
internal static class QueryCommand
{
    private const int DefaultTableRows = 50;

    private static readonly string[] EventOptions = ["db", "actor", "source", "target", "root", "from", "to", "mood", "all-moods", "limit", "format"];
    private static readonly string[] QuoteOptions = ["db", "speaker", "actor", "anonymous", "from", "to", "limit", "format"];
    private static readonly string[] ActorOptions = ["db", "actor", "limit", "format"];

    public static int Run(string verb, CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (verb == "timeline" && args.Has("summary")) return TimelineSummaryCommand.Run(args, stdout, stderr);
        AllowOnly(args, verb, verb switch
        {
            "quotes" => QuoteOptions,
            "actors" => ActorOptions,
            _ => EventOptions,
        });
        if (args.Positional.Count > 0) throw new UsageException($"{verb} takes no PATH, only options (got '{args.Positional[0]}')");
        var format = FormatFrom(args);
        int? limit = args.Has("limit") ? args.GetInt("limit", 0) : format == OutputFormat.Table ? DefaultTableRows : null;
        bool limitedByDefault = !args.Has("limit") && format == OutputFormat.Table;

        var store = OpenForReading(args, stderr);
        if (store is null) return 1;
        using (store)
        {
            // Ask for one row more than shown, to tell whether the default limit cut anything.
            int? ask = limit is > 0 && limitedByDefault ? limit + 1 : limit;
            var output = Buffered(stdout);
            int seen = verb switch
            {
                "quotes" => WriteQuotes(output, format, store.Quotes(QuoteFilterFrom(args) with { Limit = ask }), limit),
                "actors" => WriteActors(output, format, store.Actors(new ActorFilter { Actor = args.Get("actor"), Limit = ask }), limit),
                "timeline" => WriteEvents(output, format, store.Timeline(EventFilterFrom(args) with { Limit = ask }), limit, timeline: true),
                _ => WriteEvents(output, format, store.Events(EventFilterFrom(args) with { Limit = ask }), limit, timeline: false),
            };
            output.Flush();
            if (limitedByDefault && seen > DefaultTableRows)
                stderr.WriteLine($"annals: showing the first {DefaultTableRows} rows; --limit N for more, --limit 0 for all");
            return 0;
        }
    }

    /// <summary>Throws a usage error naming the first option <paramref name="verb"/> does not take.</summary>
    public static void AllowOnly(CliArgs args, string verb, IReadOnlyCollection<string> allowed)
    {
        foreach (var name in args.OptionNames)
        {
            if (!allowed.Contains(name)) throw new UsageException($"{verb} does not take --{name} (it takes --{string.Join(", --", allowed)})");
        }
    }

    /// <summary>Opens the store named by --db for reading; null (with the reason on stderr) when refused.</summary>
    public static AnnalsStore? OpenForReading(CliArgs args, TextWriter stderr)
    {
        try
        {
            return AnnalsStore.Open(args.Get("db") ?? IngestCommand.DefaultDb, readOnly: true);
        }
        catch (StoreException ex)
        {
            stderr.WriteLine("annals: " + ex.Message);
            return null;
        }
    }

    /// <summary>The event filter the options describe.</summary>
    public static EventFilter EventFilterFrom(CliArgs args) => new()
    {
        Actor = args.Get("actor"),
        Source = args.Get("source"),
        Target = args.Get("target"),
        Root = RootFrom(args.Get("root")),
        From = args.GetDate("from"),
        To = args.GetDate("to"),
        Mood = args.Has("all-moods") ? null : MoodFrom(args.Get("mood")),
    };

    private static QuoteFilter QuoteFilterFrom(CliArgs args) => new()
    {
        Speaker = args.Get("speaker"),
        Actor = args.Get("actor"),
        AnonymousOnly = args.Has("anonymous"),
        From = args.GetDate("from"),
        To = args.GetDate("to"),
    };

    /// <summary>The output format from --format (table, jsonl or csv).</summary>
    public static OutputFormat FormatFrom(CliArgs args) => args.Get("format") switch
    {
        null or "table" => OutputFormat.Table,
        "jsonl" or "json" => OutputFormat.JsonLines,
        "csv" => OutputFormat.Csv,
        var f => throw new UsageException($"--format takes table, jsonl or csv, not '{f}'"),
    };

    // CAMEO roots run from 01 to 20; "4" means "04".
    private static string? RootFrom(string? value)
    {
        if (value is null) return null;
        if (value.Length is 1 or 2 && value.All(char.IsAsciiDigit) && int.Parse(value, CultureInfo.InvariantCulture) is >= 1 and <= 20 and var n)
            return n.ToString("00", CultureInfo.InvariantCulture);
        throw new UsageException($"--root takes a CAMEO root from 01 to 20, not '{value}'");
    }

    private static Mood? MoodFrom(string? value) => value?.ToLowerInvariant() switch
    {
        null or "asserted" => Mood.Asserted,
        "negated" => Mood.Negated,
        "hypothetical" => Mood.Hypothetical,
        "future" => Mood.Future,
        "conditional" => Mood.Conditional,
        "all" or "any" => null,
        _ => throw new UsageException($"--mood takes asserted, negated, hypothetical, future, conditional or all, not '{value}'"),
    };

    // The real console gets a large buffer (it flushes every line otherwise); other writers are used as given.
    private static TextWriter Buffered(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out)
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
            : stdout;

    private static int WriteEvents(TextWriter o, OutputFormat format, IEnumerable<StoredEvent> events, int? limit, bool timeline)
    {
        int n = 0;
        var table = format == OutputFormat.Table
            ? timeline
                ? new TextTable("date", "source", "target", "cameo", "mood", "trigger", "article")
                : new TextTable("article", "published", "date", "source", "target", "cameo", "mood", "trigger")
            : null;
        using var json = format == OutputFormat.JsonLines ? new JsonLinesOutput(o) : null;
        if (format == OutputFormat.Csv)
        {
            CsvOutput.WriteRow(o, "article", "article_date", "sentence", "trigger", "source_code", "source_name", "target_code", "target_name",
                "cameo", "root", "plover", "quad_class", "goldstein", "date", "event_day", "date_basis", "mood", "evidence_start", "evidence_end", "evidence", "confidence");
        }

        foreach (var e in events)
        {
            if (++n > (limit is > 0 ? limit.Value : int.MaxValue)) break;
            switch (format)
            {
                case OutputFormat.Table when timeline:
                    table!.Add(e.Date, Format.Party(e.SourceCode, e.SourceName), Format.Party(e.TargetCode, e.TargetName), e.Cameo, e.Mood, e.Trigger, e.ArticleId);
                    break;
                case OutputFormat.Table:
                    table!.Add(e.ArticleId, Format.Day(e.ArticleDate), e.Date, Format.Party(e.SourceCode, e.SourceName), Format.Party(e.TargetCode, e.TargetName), e.Cameo, e.Mood, e.Trigger);
                    break;
                case OutputFormat.JsonLines:
                    json!.WriteLine(w => WriteEventJson(w, e));
                    break;
                default:
                    CsvOutput.WriteRow(o, e.ArticleId, Format.Day(e.ArticleDate), Format.Number(e.Sentence), e.Trigger, e.SourceCode, e.SourceName, e.TargetCode, e.TargetName,
                        e.Cameo, e.Root, e.Plover, Format.Number(e.QuadClass), Format.Number(e.Goldstein), e.Date, Format.Day(e.EventDay), e.DateBasis, e.Mood,
                        Format.Number(e.EvidenceStart), Format.Number(e.EvidenceEnd), e.EvidenceText, Format.Number(e.Confidence));
                    break;
            }
        }

        table?.Write(o);
        return n;
    }

    private static void WriteEventJson(System.Text.Json.Utf8JsonWriter w, StoredEvent e)
    {
        w.WriteStartObject();
        w.WriteString("article", e.ArticleId);
        w.WriteString("article_date", Format.Day(e.ArticleDate));
        w.WriteNumber("sentence", e.Sentence);
        JsonLinesOutput.String(w, "trigger", e.Trigger);
        WriteParty(w, "source", e.SourceCode, e.SourceName);
        WriteParty(w, "target", e.TargetCode, e.TargetName);
        w.WriteString("cameo", e.Cameo);
        JsonLinesOutput.String(w, "root", e.Root);
        JsonLinesOutput.String(w, "plover", e.Plover);
        w.WriteNumber("quad_class", e.QuadClass);
        w.WriteNumber("goldstein", e.Goldstein);
        JsonLinesOutput.String(w, "date", e.Date);
        JsonLinesOutput.Day(w, "event_day", e.EventDay);
        JsonLinesOutput.String(w, "date_basis", e.DateBasis);
        w.WriteString("mood", e.Mood);
        w.WriteStartObject("evidence");
        w.WriteNumber("start", e.EvidenceStart);
        w.WriteNumber("end", e.EvidenceEnd);
        JsonLinesOutput.String(w, "text", e.EvidenceText);
        w.WriteEndObject();
        w.WriteNumber("confidence", e.Confidence);
        w.WriteEndObject();
    }

    private static void WriteParty(System.Text.Json.Utf8JsonWriter w, string name, string? code, string? partyName)
    {
        if (code is null && partyName is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        JsonLinesOutput.String(w, "code", code);
        JsonLinesOutput.String(w, "name", partyName);
        w.WriteEndObject();
    }

    private static int WriteQuotes(TextWriter o, OutputFormat format, IEnumerable<StoredQuote> quotes, int? limit)
    {
        int n = 0;
        var table = format == OutputFormat.Table ? new TextTable("date", "speaker", "code", "anonymous", "cue", "quote", "article") : null;
        using var json = format == OutputFormat.JsonLines ? new JsonLinesOutput(o) : null;
        if (format == OutputFormat.Csv)
            CsvOutput.WriteRow(o, "article", "article_date", "text", "kind", "speaker_text", "speaker_code", "speaker_name", "speaker_anonymous", "cue", "medium", "date", "day");
        foreach (var q in quotes)
        {
            if (++n > (limit is > 0 ? limit.Value : int.MaxValue)) break;
            switch (format)
            {
                case OutputFormat.Table:
                    table!.Add(q.Date ?? Format.Day(q.ArticleDate), q.SpeakerName ?? q.SpeakerText, q.SpeakerCode, q.Anonymous == true ? "yes" : "", q.Cue, q.Text, q.ArticleId);
                    break;
                case OutputFormat.JsonLines:
                    json!.WriteLine(w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("article", q.ArticleId);
                        w.WriteString("article_date", Format.Day(q.ArticleDate));
                        JsonLinesOutput.String(w, "text", q.Text);
                        w.WriteString("kind", q.Kind);
                        if (q.Anonymous is null)
                        {
                            w.WriteNull("speaker");
                        }
                        else
                        {
                            w.WriteStartObject("speaker");
                            JsonLinesOutput.String(w, "text", q.SpeakerText);
                            JsonLinesOutput.String(w, "name", q.SpeakerName);
                            JsonLinesOutput.String(w, "code", q.SpeakerCode);
                            w.WriteBoolean("anonymous", q.Anonymous.Value);
                            w.WriteEndObject();
                        }

                        JsonLinesOutput.String(w, "cue", q.Cue);
                        JsonLinesOutput.String(w, "medium", q.Medium);
                        JsonLinesOutput.String(w, "date", q.Date);
                        JsonLinesOutput.Day(w, "day", q.Day);
                        w.WriteEndObject();
                    });
                    break;
                default:
                    CsvOutput.WriteRow(o, q.ArticleId, Format.Day(q.ArticleDate), q.Text, q.Kind, q.SpeakerText, q.SpeakerCode, q.SpeakerName,
                        q.Anonymous is { } an ? (an ? "true" : "false") : null, q.Cue, q.Medium, q.Date, Format.Day(q.Day));
                    break;
            }
        }

        table?.Write(o, maxWidth: 60);
        return n;
    }

    private static int WriteActors(TextWriter o, OutputFormat format, IReadOnlyList<ActorCount> actors, int? limit)
    {
        int n = 0;
        var table = format == OutputFormat.Table ? new TextTable("code", "name", "mentions", "articles") : null;
        using var json = format == OutputFormat.JsonLines ? new JsonLinesOutput(o) : null;
        if (format == OutputFormat.Csv) CsvOutput.WriteRow(o, "code", "name", "mentions", "articles");
        foreach (var a in actors)
        {
            if (++n > (limit is > 0 ? limit.Value : int.MaxValue)) break;
            switch (format)
            {
                case OutputFormat.Table:
                    table!.Add(a.Code, a.Name, Format.Number(a.Mentions), Format.Number(a.Articles));
                    break;
                case OutputFormat.JsonLines:
                    json!.WriteLine(w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("code", a.Code);
                        JsonLinesOutput.String(w, "name", a.Name);
                        w.WriteNumber("mentions", a.Mentions);
                        w.WriteNumber("articles", a.Articles);
                        w.WriteEndObject();
                    });
                    break;
                default:
                    CsvOutput.WriteRow(o, a.Code, a.Name, Format.Number(a.Mentions), Format.Number(a.Articles));
                    break;
            }
        }

        table?.Write(o);
        return n;
    }
}
