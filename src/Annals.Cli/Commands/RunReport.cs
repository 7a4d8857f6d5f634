using System.Globalization;
using Annals.Storage;

namespace Annals.Cli.Commands;

/// <summary>The short report <c>annals run</c> prints about a store.</summary>
internal static class RunReport
{
    private const int TopDyads = 10;
    private const int Quotes = 5;

    /// <summary>The name of a two-digit CAMEO root ("13" → "Threaten"), or null, from the embedded CAMEO table.</summary>
    public static string? RootName(string root) => root.Length == 2 ? Annals.Events.CameoCodes.Name(root) : null;

    /// <summary>Writes the report.</summary>
    public static void Write(TextWriter o, AnnalsStore store)
    {
        var s = store.Stats();
        long asserted = s.EventsByMood.FirstOrDefault(kv => kv.Key == "asserted").Value;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(store.Path)}: {s.Articles} articles, {s.Sentences} sentences, {s.Events} events ({asserted} asserted), {s.Quotes} quotes, {s.ActorMentions} actor mentions"));
        if (s.FirstArticle is { } first && s.LastArticle is { } last)
            o.WriteLine($"published {Format.Day(first)} to {Format.Day(last)}");

        var filter = new EventFilter();
        var roots = store.EventsByRoot(filter);
        o.WriteLine();
        o.WriteLine("asserted events by CAMEO root");
        if (roots.Count == 0)
        {
            o.WriteLine("  (none)");
        }
        else
        {
            var table = new TextTable("root", "name", "events", "goldstein");
            foreach (var r in roots) table.Add(r.Root, RootName(r.Root), Format.Number(r.Events), Format.Number(r.Goldstein));
            table.Write(o, "  ");
        }

        var dyads = store.TopDyads(filter with { Limit = TopDyads });
        o.WriteLine();
        o.WriteLine("top dyads (asserted events, source → target)");
        if (dyads.Count == 0)
        {
            o.WriteLine("  (none)");
        }
        else
        {
            var table = new TextTable("source", "target", "events", "goldstein");
            foreach (var d in dyads) table.Add(d.Source, d.Target, Format.Number(d.Events), Format.Number(d.Goldstein));
            table.Write(o, "  ");
        }

        // Quotes with a known speaker first: they say the most about who said what.
        var quotes = store.Quotes(new QuoteFilter())
            .Where(q => q.SpeakerName is not null || q.SpeakerText is not null)
            .OrderBy(q => q.SpeakerName is null && q.SpeakerCode is null ? 1 : 0)
            .Take(Quotes)
            .ToList();
        o.WriteLine();
        o.WriteLine("quotes");
        if (quotes.Count == 0) o.WriteLine("  (none)");
        foreach (var q in quotes)
        {
            string who = q.SpeakerName ?? q.SpeakerText ?? "?";
            if (q.SpeakerCode is not null) who += " (" + q.SpeakerCode + ")";
            if (q.Anonymous == true) who += ", anonymous";
            string text = q.Text ?? "";
            if (text.Length > 160) text = text[..159] + "…";
            o.WriteLine($"  {q.Date ?? Format.Day(q.ArticleDate)}  {who}: \u201C{text.ReplaceLineEndings(" ")}\u201D");
        }
    }
}
