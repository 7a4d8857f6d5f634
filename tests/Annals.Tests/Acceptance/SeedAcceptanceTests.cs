using System.Text.Json;
using System.Text.RegularExpressions;
using Annals.Documents;
using Annals.Input;
using Annals.Pipeline;

namespace Annals.Tests.Acceptance;

/// <summary>Scores the pipeline on the seed article the way <c>../shared/tools/score.py seed</c> does.</summary>
public partial class SeedAcceptanceTests
{
    [SharedFact]
    public void Seed_ScoresAtLeastHalf_WithNoPartAtZero()
    {
        Assert.True(SharedFiles.Available, $"{SharedFiles.SharedDir} is missing");
        var seedDir = Path.Combine(SharedFiles.SharedDir, "seed");
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(seedDir, "ukraine-talks-2022-11-06.gold.json")));
        using var stream = File.OpenRead(Path.Combine(seedDir, "ukraine-talks-2022-11-06.txt"));
        var article = ArticleReader.Read(stream, "ukraine-talks-2022-11-06.txt", ArticleFormat.Text, new ReaderOptions())
            .Select(i => i.Article).Single(a => a is not null)!;
        var doc = AnnalsPipeline.CreateDefault().Run(article);

        var parts = SeedScorer.Score(doc, gold.RootElement);
        foreach (var (name, value) in parts.Parts)
            Assert.True(value > 0, $"seed part {name} is zero ({Describe(parts)})");
        Assert.True(parts.Score >= 0.5, $"seed score {parts.Score:F3} < 0.5 ({Describe(parts)})");
    }

    private static string Describe(SeedScorer.Result r) =>
        string.Join(", ", r.Parts.Select(p => $"{p.Name}={p.Value:F2}")) + $", false_assertions={r.FalseAssertions}";
}

/// <summary>The seed metrics of score.py, over an analysed document.</summary>
internal static partial class SeedScorer
{
    public sealed record Result(List<(string Name, double Value)> Parts, int FalseAssertions, double Score);

    public static Result Score(AnalyzedDocument doc, JsonElement gold)
    {
        string T(int s, int e) => doc.Text[s..e];
        var parts = new List<(string, double)>();

        var timexes = gold.GetProperty("timexes").EnumerateArray().ToList();
        parts.Add(("timex_value", timexes.Count(g => doc.Timexes.Any(t =>
            Overlaps(g.GetProperty("text").GetString(), T(t.Start, t.End)) && t.Value == g.GetProperty("value").GetString())) / (double)timexes.Count));

        var actors = gold.GetProperty("actors").EnumerateArray().ToList();
        parts.Add(("actor_code", actors.Count(g => doc.Actors.Any(a =>
            Overlaps(g.GetProperty("text").GetString(), T(a.Start, a.End))
            && (a.Code ?? "").StartsWith(g.GetProperty("code").GetString()!, StringComparison.OrdinalIgnoreCase))) / (double)actors.Count));

        var quotes = gold.GetProperty("quotes").EnumerateArray().ToList();
        parts.Add(("quote_attribution", quotes.Count(g => doc.Quotes.Any(q => QuoteOk(doc, g, q))) / (double)quotes.Count));

        var events = gold.GetProperty("events").EnumerateArray().ToList();
        var required = events.Where(g => g.GetProperty("required").GetBoolean()).ToList();
        parts.Add(("event_recall", required.Count(g => doc.Events.Any(e => EventOk(g, e))) / (double)required.Count));
        var dated = events.Where(g => g.TryGetProperty("date", out _)).ToList();
        parts.Add(("event_date", dated.Count(g => doc.Events.Any(e => EventOk(g, e)
            && g.GetProperty("date_ok").EnumerateArray().Any(d => d.GetString() == e.Date))) / (double)dated.Count));

        int bad = 0;
        foreach (var g in gold.GetProperty("must_not_assert").EnumerateArray())
        {
            bad += doc.Events.Count(e => e.Cameo.StartsWith(g.GetProperty("root").GetString()!, StringComparison.Ordinal)
                && Country(e.Source?.Code) == g.GetProperty("source").GetString() && e.Mood == Mood.Asserted
                && (!g.TryGetProperty("target", out var tg) || Country(e.Target?.Code) == tg.GetString()));
        }

        double score = Math.Round(parts.Average(p => p.Item2) * Math.Pow(0.5, bad), 3);
        return new Result(parts, bad, score);
    }

    private static bool QuoteOk(AnalyzedDocument doc, JsonElement g, Quote q)
    {
        if (!Norm(doc.Text[q.Start..q.End]).Contains(Norm(g.GetProperty("contains").GetString()), StringComparison.Ordinal)) return false;
        var sp = q.Speaker;
        string spText = sp is { Start: >= 0 } ? doc.Text[sp.Start..sp.End] : "";
        if (g.TryGetProperty("speaker_name", out var n) && Norm(n.GetString()) != Norm(sp?.Name)) return false;
        if (g.TryGetProperty("speaker_contains", out var c) && !Norm(spText).Contains(Norm(c.GetString()), StringComparison.Ordinal)) return false;
        if (g.TryGetProperty("speaker_code", out var code) && !(sp?.Code ?? "").StartsWith(code.GetString()!, StringComparison.OrdinalIgnoreCase)) return false;
        if (g.TryGetProperty("anonymous", out var anon) && (sp?.Anonymous ?? false) != anon.GetBoolean()) return false;
        return true;
    }

    private static bool EventOk(JsonElement g, CodedEvent e) =>
        e.Cameo.Length >= 2 && e.Cameo[..2] == g.GetProperty("root").GetString()
        && Country(e.Source?.Code) == g.GetProperty("source").GetString()
        && Country(e.Target?.Code) == g.GetProperty("target").GetString();

    private static string Country(string? code) => (code ?? "").Length >= 3 ? code![..3].ToUpperInvariant() : (code ?? "").ToUpperInvariant();

    private static bool Overlaps(string? a, string? b)
    {
        string x = Norm(a), y = Norm(b);
        return x.Length > 0 && y.Length > 0 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }

    private static string Norm(string? s) => string.Join(' ', WordRegex().Matches((s ?? "").ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordRegex();
}
