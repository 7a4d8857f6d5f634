using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Annals.Bench.Time;
using Annals.Documents;
using Annals.Text;
using Annals.Time;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

// Side-by-side benchmark on TimeBank + AQUAINT: Annals' temporal recogniser and Microsoft.Recognizers.Text.DateTime,
// both fed the same sentences, each anchored to its article's date, scored the TempEval-3 way (relaxed span, value F1).
// usage: dotnet run -c Release --project bench/Annals.Bench.Time -- [TBAQ_DIR] [--limit N] [--repeat N]
string dir = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal)))
    .FirstOrDefault() ?? Path.Combine("..", "shared", "eval", "timex", "tbaq");
int limit = IntOption("--limit", int.MaxValue);
int repeat = Math.Max(1, IntOption("--repeat", 5));

var articles = Corpus.ReadArticles(Path.Combine(dir, "articles.jsonl"));
var gold = Corpus.ReadGold(Path.Combine(dir, "gold.jsonl"));
var segmenter = new TextSegmenter();
var sentences = new List<BenchSentence>();
foreach (var article in articles)
{
    var doc = segmenter.Run(new AnalyzedDocument(new Article(article.Id, article.Date, article.Text)));
    foreach (var s in doc.Sentences)
    {
        if (sentences.Count >= limit) break;
        sentences.Add(new BenchSentence(article.Id, article.Date, s.Start, article.Text[s.Start..s.End]));
    }
}

int goldCount = gold.Where(g => sentences.Any(s => s.ArticleId == g.Key)).Sum(g => g.Value.Count);
Console.WriteLine($"tbaq: {articles.Count} articles, {sentences.Count} sentences, {goldCount} gold expressions; timing: CPU seconds of this process, best of {repeat} passes");
Console.WriteLine();
Console.WriteLine($"{"system",-46} {"found",6} {"relaxed F1",10} {"value F1",9} {"sent/cpu-s",10} {"expr/cpu-s",10}");

var annals = Run("Annals TemporalExpressionRecognizer (per sentence)", sentences, repeat, AnnalsSentence);
var annalsArticles = RunArticles("Annals TemporalExpressionRecognizer (per article)", articles.Take(sentences.Select(s => s.ArticleId).Distinct().Count()).ToList(), repeat);
var model = (DateTimeModel)new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: false).GetDateTimeModel();
foreach (var s in sentences.Take(IntOption("--show", 0)))
{
    foreach (var f in MicrosoftSentence(model, s))
        Console.WriteLine($"  microsoft: {s.Date:yyyy-MM-dd} \"{articles.First(a => a.Id == f.ArticleId).Text[f.Start..f.End]}\" -> {f.Value}");
}

var microsoft = Run("Microsoft.Recognizers.Text.DateTime 1.8.13", sentences, Math.Min(repeat, 2), s => MicrosoftSentence(model, s));
Console.WriteLine();
Console.WriteLine($"Annals / Microsoft: value F1 {annals.ValueF1:0.000} vs {microsoft.ValueF1:0.000}, speed x{annals.ExpressionsPerSecond / Math.Max(microsoft.ExpressionsPerSecond, 1e-9):0.0} (expressions per second)");
_ = annalsArticles;
return 0;

int IntOption(string name, int fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out int v) ? v : fallback;
}

Result Run(string name, List<BenchSentence> input, int passes, Func<BenchSentence, List<Found>> recognize)
{
    foreach (var s in input.Take(50)) recognize(s); // warm-up: JIT and lazy tables
    List<Found> found = [];
    double best = double.MaxValue;
    for (int p = 0; p < passes; p++)
    {
        var all = new List<Found>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var s in input) all.AddRange(recognize(s));
        best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        found = all;
    }

    var r = Scoring.Score(found, gold, input.Select(s => s.ArticleId).ToHashSet(), name, input.Count, best);
    Console.WriteLine(r);
    return r;
}

Result RunArticles(string name, List<CorpusArticle> input, int passes)
{
    var recognizer = new TemporalExpressionRecognizer();
    List<Found> found = [];
    double best = double.MaxValue;
    for (int p = 0; p < passes; p++)
    {
        var all = new List<Found>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var a in input)
        {
            var doc = recognizer.Run(segmenter.Run(new AnalyzedDocument(new Article(a.Id, a.Date, a.Text))));
            foreach (var t in doc.Timexes) all.Add(new Found(a.Id, t.Start, t.End, t.Value));
        }

        best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        found = all;
    }

    var r = Scoring.Score(found, gold, input.Select(a => a.Id).ToHashSet(), name, sentences.Count, best);
    Console.WriteLine(r);
    return r;
}

List<Found> AnnalsSentence(BenchSentence s)
{
    var doc = s_recognizer.Run(segmenter.Run(new AnalyzedDocument(new Article(s.ArticleId, s.Date, s.Text))));
    var list = new List<Found>(doc.Timexes.Length);
    foreach (var t in doc.Timexes) list.Add(new Found(s.ArticleId, s.Offset + t.Start, s.Offset + t.End, t.Value));
    return list;
}

static List<Found> MicrosoftSentence(DateTimeModel model, BenchSentence s)
{
    var list = new List<Found>();
    var reference = s.Date.ToDateTime(new TimeOnly(12, 0));
    foreach (var r in model.Parse(s.Text, reference))
    {
        string? value = MicrosoftTimex.Value(r, s.Date);
        // ModelResult.End is the index of the last character, not one past it.
        if (value != null) list.Add(new Found(s.ArticleId, s.Offset + r.Start, s.Offset + r.End + 1, value));
    }

    return list;
}

/// <summary>The recogniser instance shared by every call, as in the pipeline.</summary>
internal static partial class Program
{
    private static readonly TemporalExpressionRecognizer s_recognizer = new();
}
