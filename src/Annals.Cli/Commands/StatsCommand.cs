using System.Text;
using System.Text.Json;
using Annals.Storage;

namespace Annals.Cli.Commands;

/// <summary><c>annals stats [--db FILE] [--format json]</c>: counts of what the store holds.</summary>
internal static class StatsCommand
{
    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        QueryCommand.AllowOnly(args, "stats", ["db", "format"]);
        bool json = args.Get("format") switch
        {
            null or "table" => false,
            "json" or "jsonl" => true,
            var f => throw new UsageException($"stats takes --format table or json, not '{f}'"),
        };
        using var store = QueryCommand.OpenForReading(args, stderr);
        if (store is null) return 1;
        var stats = store.Stats();
        if (json) stdout.WriteLine(ToJson(stats, store.Path));
        else WriteText(stdout, stats, store.Path);
        return 0;
    }

    private static string ToJson(StoreStats s, string path)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = ExtractCommand.JsonOptions.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("db", path);
            w.WriteNumber("schema_version", s.SchemaVersion);
            JsonLinesOutput.String(w, "pipeline_version", s.PipelineVersion);
            w.WriteNumber("articles", s.Articles);
            JsonLinesOutput.Day(w, "first_article", s.FirstArticle);
            JsonLinesOutput.Day(w, "last_article", s.LastArticle);
            w.WriteNumber("sentences", s.Sentences);
            w.WriteNumber("timexes", s.Timexes);
            w.WriteNumber("actor_mentions", s.ActorMentions);
            w.WriteNumber("actor_codes", s.ActorCodes);
            w.WriteNumber("quotes", s.Quotes);
            w.WriteNumber("anonymous_quotes", s.AnonymousQuotes);
            w.WriteNumber("events", s.Events);
            w.WriteStartObject("events_by_mood");
            foreach (var (mood, count) in s.EventsByMood) w.WriteNumber(mood, count);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteText(TextWriter o, StoreStats s, string path)
    {
        var table = new TextTable("", "");
        table.Add("db", path);
        table.Add("schema version", Format.Number(s.SchemaVersion));
        table.Add("pipeline", s.PipelineVersion);
        table.Add("articles", Format.Number(s.Articles));
        table.Add("published", s.FirstArticle is null ? null : Format.Day(s.FirstArticle) + " to " + Format.Day(s.LastArticle));
        table.Add("sentences", Format.Number(s.Sentences));
        table.Add("timexes", Format.Number(s.Timexes));
        table.Add("actor mentions", Format.Number(s.ActorMentions));
        table.Add("actor codes", Format.Number(s.ActorCodes));
        table.Add("quotes", Format.Number(s.Quotes));
        table.Add("  anonymous", Format.Number(s.AnonymousQuotes));
        table.Add("events", Format.Number(s.Events));
        foreach (var (mood, count) in s.EventsByMood) table.Add("  " + mood, Format.Number(count));
        table.Write(o, maxWidth: 120, header: false);
    }
}
