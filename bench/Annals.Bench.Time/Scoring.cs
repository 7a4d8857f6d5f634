namespace Annals.Bench.Time;

/// <summary>What one recogniser scored and how fast it ran.</summary>
internal sealed record Result(string Name, int Found, double RelaxedF1, double ValueF1, double SentencesPerSecond, double ExpressionsPerSecond)
{
    public override string ToString() =>
        $"{Name,-46} {Found,6} {RelaxedF1,10:0.000} {ValueF1,9:0.000} {SentencesPerSecond,10:0} {ExpressionsPerSecond,10:0}";
}

/// <summary>TempEval-3 scoring as ../shared/tools/score.py does it: a gold expression is found when a system span overlaps it, and right when one of those has its value.</summary>
internal static class Scoring
{
    public static Result Score(List<Found> found, Dictionary<string, List<GoldTimex>> gold, HashSet<string> articles, string name, int sentences, double seconds)
    {
        var byArticle = found.GroupBy(f => f.ArticleId).ToDictionary(g => g.Key, g => g.ToList());
        int goldN = 0, spanOk = 0, valueOk = 0;
        foreach (var (id, timexes) in gold)
        {
            if (!articles.Contains(id)) continue;
            var sys = byArticle.GetValueOrDefault(id) ?? [];
            foreach (var g in timexes)
            {
                goldN++;
                bool any = false, right = false;
                foreach (var s in sys)
                {
                    if (Math.Min(s.End, g.End) - Math.Max(s.Start, g.Start) <= 0) continue;
                    any = true;
                    right |= s.Value == g.Value;
                }

                spanOk += any ? 1 : 0;
                valueOk += right ? 1 : 0;
            }
        }

        int sysN = found.Count;
        double f = F1(spanOk, sysN, goldN), vf = F1(valueOk, sysN, goldN);
        return new Result(name, sysN, f, vf, sentences / seconds, sysN / seconds);
    }

    private static double F1(int ok, int sys, int gold)
    {
        double p = ok / (double)Math.Max(sys, 1), r = ok / (double)Math.Max(gold, 1);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
