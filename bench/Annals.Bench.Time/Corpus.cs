using System.Text.Json;

namespace Annals.Bench.Time;

/// <summary>One TimeBank/AQUAINT article: its text and creation date.</summary>
internal sealed record CorpusArticle(string Id, DateOnly Date, string Text);

/// <summary>One gold TIMEX3: its span in the article and its value.</summary>
internal sealed record GoldTimex(int Start, int End, string Value);

/// <summary>One sentence given to a recogniser: its text, where it starts in its article, and the article's date.</summary>
internal sealed record BenchSentence(string ArticleId, DateOnly Date, int Offset, string Text);

/// <summary>One expression a recogniser found, with offsets into its article.</summary>
internal readonly record struct Found(string ArticleId, int Start, int End, string Value);

/// <summary>Reads the evaluation files (see ../shared/eval/timex/README.md).</summary>
internal static class Corpus
{
    public static List<CorpusArticle> ReadArticles(string path)
    {
        var list = new List<CorpusArticle>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            list.Add(new CorpusArticle(root.GetProperty("id").GetString()!, DateOnly.Parse(root.GetProperty("date").GetString()!,
                System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("text").GetString()!));
        }

        return list;
    }

    public static Dictionary<string, List<GoldTimex>> ReadGold(string path)
    {
        var map = new Dictionary<string, List<GoldTimex>>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var list = new List<GoldTimex>();
            foreach (var t in root.GetProperty("timexes").EnumerateArray())
                list.Add(new GoldTimex(t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("value").GetString() ?? ""));
            map[root.GetProperty("id").GetString()!] = list;
        }

        return map;
    }
}
