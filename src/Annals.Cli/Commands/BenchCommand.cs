using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Annals.Documents;
using Annals.Pipeline;

namespace Annals.Cli.Commands;

/// <summary><c>annals bench PATH [--format json] [--repeat N] [--threads N]</c>: pipeline throughput, per stage.</summary>
/// <remarks>
/// Articles are read into memory first (reading is not timed). The single-core figure runs every stage and writes
/// the contract JSON to a null stream, as <c>extract</c> does, on one thread; the all-cores figure runs the same
/// work on every core. Each measurement is repeated and the fastest run is kept. Peak memory is the process's
/// peak working set.
/// </remarks>
internal static class BenchCommand
{
    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positional.Count == 0) throw new UsageException("bench needs a PATH, e.g. annals bench ../shared/corpus/polnear-train.jsonl");
        int repeat = Math.Max(1, args.GetInt("repeat", 3));
        int threads = Math.Max(1, args.GetInt("threads", Environment.ProcessorCount));
        var articles = new List<Article>();
        foreach (var item in ArticleSource.Read(args.Positional, ExtractCommand.ReaderOptionsFrom(args)))
        {
            if (item.Article is { } a) articles.Add(a);
            else stderr.WriteLine(item.Error);
        }

        if (articles.Count == 0)
        {
            stderr.WriteLine("annals bench: no articles to measure");
            return 1;
        }

        var pipeline = AnnalsPipeline.CreateDefault();
        long bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        long sentences = 0;

        // Warm-up: let the JIT and the dictionaries settle.
        foreach (var a in articles.Take(Math.Min(articles.Count, 100))) pipeline.Run(a);

        var stageTicks = new long[pipeline.Stages.Count];
        double single = double.MaxValue;
        long writeTicks = 0;
        for (int r = 0; r < repeat; r++)
        {
            var ticks = new long[pipeline.Stages.Count];
            long sents = 0, wTicks = 0;
            using var json = new Utf8JsonWriter(Stream.Null, ExtractCommand.JsonOptions);
            long t0 = Stopwatch.GetTimestamp();
            foreach (var a in articles)
            {
                var doc = pipeline.Run(a, ticks);
                sents += doc.Sentences.Length;
                long w0 = Stopwatch.GetTimestamp();
                ExtractionJsonWriter.Write(json, doc);
                json.Flush();
                json.Reset();
                wTicks += Stopwatch.GetTimestamp() - w0;
            }

            double secs = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            if (secs < single)
            {
                single = secs;
                stageTicks = ticks;
                writeTicks = wTicks;
                sentences = sents;
            }
        }

        double all = double.MaxValue;
        for (int r = 0; r < repeat; r++)
        {
            long t0 = Stopwatch.GetTimestamp();
            Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(0, articles.Count, 8),
                new ParallelOptions { MaxDegreeOfParallelism = threads },
                () => new Utf8JsonWriter(Stream.Null, ExtractCommand.JsonOptions),
                (range, _, json) =>
                {
                    for (int i = range.Item1; i < range.Item2; i++)
                    {
                        ExtractionJsonWriter.Write(json, pipeline.Run(articles[i]));
                        json.Flush();
                        json.Reset();
                    }

                    return json;
                },
                json => json.Dispose());
            all = Math.Min(all, Stopwatch.GetElapsedTime(t0).TotalSeconds);
        }

        long lookupTicks = TimeActorLookup(pipeline, articles, repeat);
        double peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var report = new BenchReport(articles.Count, sentences, bytes, single, all, threads, peakMb,
            pipeline.Stages.Select((s, i) => (s.Id + "/" + s.Version, stageTicks[i])).Append(("json", writeTicks)).ToList(), lookupTicks);
        if (args.Get("format") == "json") stdout.WriteLine(report.ToJson());
        else report.WriteTable(stdout);
        return 0;
    }

    // The actors stage's dictionary lookup alone (vocabulary ids and longest phrase matches, no resolution), on the
    // same articles after the text stage, fastest of the repeats; 0 when the pipeline has no actors stage.
    private static long TimeActorLookup(AnnalsPipeline pipeline, List<Article> articles, int repeat)
    {
        var actors = pipeline.Stages.OfType<Annals.Actors.ActorRecognizer>().FirstOrDefault();
        var text = pipeline.Stages.OfType<Annals.Text.TextSegmenter>().FirstOrDefault();
        if (actors is null || text is null) return 0;
        var docs = articles.Select(a => text.Run(new AnalyzedDocument(a))).ToList();
        long best = long.MaxValue;
        int found = 0;
        for (int r = 0; r < repeat; r++)
        {
            long t0 = Stopwatch.GetTimestamp();
            foreach (var d in docs) found += actors.LookupOnly(d);
            best = Math.Min(best, Stopwatch.GetTimestamp() - t0);
        }

        GC.KeepAlive(found);
        return best;
    }

    private sealed record BenchReport(int Articles, long Sentences, long Bytes, double SingleSeconds, double AllSeconds, int Threads, double PeakMb, List<(string Stage, long Ticks)> Stages, long LookupTicks)
    {
        private double Mb => Bytes / (1024.0 * 1024.0);

        public string ToJson()
        {
            using var ms = new MemoryStream();
            using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                w.WriteNumber("articles", Articles);
                w.WriteNumber("sentences", Sentences);
                w.WriteNumber("megabytes", Math.Round(Mb, 3));
                w.WriteNumber("threads", Threads);
                w.WriteNumber("articles_per_second", Math.Round(Articles / SingleSeconds, 1));
                w.WriteNumber("articles_per_second_all_cores", Math.Round(Articles / AllSeconds, 1));
                w.WriteNumber("sentences_per_second_per_core", Math.Round(Sentences / SingleSeconds, 1));
                w.WriteNumber("sentences_per_second_all_cores", Math.Round(Sentences / AllSeconds, 1));
                w.WriteNumber("megabytes_per_second_per_core", Math.Round(Mb / SingleSeconds, 3));
                w.WriteNumber("megabytes_per_second_all_cores", Math.Round(Mb / AllSeconds, 3));
                w.WriteNumber("peak_memory_mb", Math.Round(PeakMb, 1));
                w.WriteStartObject("stages");
                foreach (var (stage, ticks) in Stages)
                {
                    double secs = ticks / (double)Stopwatch.Frequency;
                    w.WriteStartObject(stage);
                    w.WriteNumber("seconds", Math.Round(secs, 4));
                    w.WriteNumber("share", Math.Round(secs / SingleSeconds, 4));
                    w.WriteNumber("sentences_per_second", secs > 0 ? Math.Round(Sentences / secs, 1) : 0);
                    w.WriteNumber("articles_per_second", secs > 0 ? Math.Round(Articles / secs, 1) : 0);
                    w.WriteNumber("megabytes_per_second", secs > 0 ? Math.Round(Mb / secs, 3) : 0);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                double lookup = LookupTicks / (double)Stopwatch.Frequency;
                w.WriteStartObject("actor_dictionary_lookup");
                w.WriteNumber("seconds", Math.Round(lookup, 4));
                w.WriteNumber("share", Math.Round(lookup / SingleSeconds, 4));
                w.WriteEndObject();
                w.WriteEndObject();
            }

            return Encoding.UTF8.GetString(ms.ToArray());
        }

        public void WriteTable(TextWriter o)
        {
            var c = CultureInfo.InvariantCulture;
            o.WriteLine(string.Format(c, "{0:N0} articles, {1:N0} sentences, {2:F2} MB", Articles, Sentences, Mb));
            o.WriteLine(string.Format(c, "{0,-14} {1,14} {2,16} {3,10}", "", "articles/s", "sentences/s", "MB/s"));
            o.WriteLine(string.Format(c, "{0,-14} {1,14:N0} {2,16:N0} {3,10:F2}", "one core", Articles / SingleSeconds, Sentences / SingleSeconds, Mb / SingleSeconds));
            o.WriteLine(string.Format(c, "{0,-14} {1,14:N0} {2,16:N0} {3,10:F2}", $"{Threads} cores", Articles / AllSeconds, Sentences / AllSeconds, Mb / AllSeconds));
            o.WriteLine("per stage (one core):");
            foreach (var (stage, ticks) in Stages)
            {
                double secs = ticks / (double)Stopwatch.Frequency;
                o.WriteLine(string.Format(c, "  {0,-12} {1,8:F3} s {2,6:P1} {3,14:N0} sentences/s", stage, secs, secs / SingleSeconds, secs > 0 ? Sentences / secs : 0));
                if (stage.StartsWith("actors/", StringComparison.Ordinal) && LookupTicks > 0)
                {
                    double lookup = LookupTicks / (double)Stopwatch.Frequency;
                    o.WriteLine(string.Format(c, "    {0,-10} {1,8:F3} s {2,6:P1}   (dictionary lookup alone: ids and longest matches, timed apart)", "lookup", lookup, lookup / SingleSeconds));
                }
            }

            o.WriteLine(string.Format(c, "peak memory: {0:F0} MB", PeakMb));
        }
    }
}
