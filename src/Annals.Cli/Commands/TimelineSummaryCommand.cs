using System.Globalization;
using Annals.Storage;

namespace Annals.Cli.Commands;

/// <summary><c>annals timeline --summary N [--actor X | --dyad A B] [filters] [--format table|jsonl]</c>: the N most important dates.</summary>
/// <remarks>
/// Ranks dates by how much is reported about them (see <see cref="AnnalsStore.SummaryTimeline"/>) and prints, in
/// date order, each date with the event and the sentence that best say what happened. The store is opened
/// read-only; a stale merged view is rebuilt in memory.
/// </remarks>
internal static class TimelineSummaryCommand
{
    private const int DefaultDates = 10;

    private static readonly string[] Options = ["db", "summary", "actor", "dyad", "source", "target", "root", "from", "to", "mood", "all-moods", "format"];

    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        QueryCommand.AllowOnly(args, "timeline --summary", Options);
        int dates = args.Get("summary") is null ? DefaultDates : args.GetInt("summary", DefaultDates);
        if (dates < 1) throw new UsageException($"--summary takes how many dates to keep (1 or more), not '{args.Get("summary")}'");
        var (actor, other) = DyadFrom(args);
        if (actor is not null && args.Has("actor") && args.Has("dyad")) throw new UsageException("give --actor or --dyad, not both");
        var format = QueryCommand.FormatFrom(args);
        if (format == OutputFormat.Csv) throw new UsageException("timeline --summary prints a table or jsonl, not csv");
        var filter = QueryCommand.EventFilterFrom(args) with { Actor = actor ?? args.Get("actor") };

        var store = QueryCommand.OpenForReading(args, stderr);
        if (store is null) return 1;
        using (store)
        {
            var summary = store.SummaryTimeline(filter, dates, other);
            if (format == OutputFormat.JsonLines) WriteJson(stdout, summary);
            else WriteText(stdout, summary);
            if (summary.Count == 0) stderr.WriteLine("annals: no day-dated events match; nothing to summarise");
            return 0;
        }
    }

    /// <summary>The two actors of <c>--dyad A B</c> (or <c>--dyad A,B</c>), or nulls when no dyad was given.</summary>
    /// <exception cref="UsageException">The dyad does not name two actors, or other words follow it.</exception>
    public static (string? A, string? B) DyadFrom(CliArgs args)
    {
        if (!args.Has("dyad"))
        {
            if (args.Positional.Count > 0) throw new UsageException($"timeline takes no PATH, only options (got '{args.Positional[0]}')");
            return (null, null);
        }

        string value = args.Get("dyad") ?? "";
        var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (parts.Count == 1) parts.AddRange(args.Positional);
        else if (args.Positional.Count > 0) throw new UsageException($"unexpected '{args.Positional[0]}' after --dyad {value}");
        if (parts.Count != 2 || parts.Any(p => p.StartsWith('-')))
            throw new UsageException("--dyad takes two actor codes: --dyad USA RUS (or --dyad USA,RUS)");
        return (parts[0], parts[1]);
    }

    private static void WriteText(TextWriter o, IReadOnlyList<SummaryDate> summary)
    {
        foreach (var d in summary)
        {
            var e = d.Event;
            string articles = d.Articles == 1 ? "1 article" : d.Articles.ToString(CultureInfo.InvariantCulture) + " articles";
            string mood = e.Mood == "asserted" ? "" : " [" + e.Mood + "]";
            o.WriteLine($"{Format.Day(d.Day)}  {Format.Party(e.SourceCode, e.SourceName) ?? "?"} → {Format.Party(e.TargetCode, e.TargetName) ?? "?"}  {e.Cameo} {e.Trigger}{mood}  ({articles}, score {Format.Number(d.Score)})");
            o.WriteLine("    " + OneLine(d.Sentence ?? e.EvidenceText ?? "") + "  [" + e.ArticleId + "]");
        }
    }

    private static void WriteJson(TextWriter o, IReadOnlyList<SummaryDate> summary)
    {
        using var json = new JsonLinesOutput(o);
        foreach (var d in summary)
        {
            var e = d.Event;
            json.WriteLine(w =>
            {
                w.WriteStartObject();
                w.WriteString("day", Format.Day(d.Day));
                w.WriteNumber("score", Math.Round(d.Score, 4));
                w.WriteNumber("articles", d.Articles);
                w.WriteNumber("events", d.Events);
                w.WriteNumber("merged_id", e.Id);
                JsonLinesOutput.String(w, "source", e.SourceCode);
                JsonLinesOutput.String(w, "target", e.TargetCode);
                w.WriteString("cameo", e.Cameo);
                w.WriteNumber("goldstein", e.Goldstein);
                w.WriteString("mood", e.Mood);
                JsonLinesOutput.String(w, "trigger", e.Trigger);
                w.WriteNumber("event_articles", e.Articles);
                w.WriteString("article", e.ArticleId);
                JsonLinesOutput.String(w, "sentence", d.Sentence);
                w.WriteEndObject();
            });
        }
    }

    private static string OneLine(string s) =>
        string.Join(' ', s.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
