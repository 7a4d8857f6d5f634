using System.Text.Encodings.Web;
using System.Text.Json;
using Annals.Input;
using Annals.Pipeline;

namespace Annals.Cli.Commands;

/// <summary><c>annals extract PATH... [--date D] [--threads N] [--max-article-chars N] [--max-sentence-chars N]</c>: one contract JSON object per article on stdout.</summary>
internal static class ExtractCommand
{
    /// <summary>JSON output settings shared by every command that prints documents.</summary>
    public static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positional.Count == 0) throw new UsageException("extract needs at least one PATH (a file, a folder or -)");
        var options = ReaderOptionsFrom(args);
        var pipeline = AnnalsPipeline.CreateDefault();
        int threads = args.GetInt("threads", Environment.ProcessorCount);
        // The real console gets raw UTF-8 bytes; any other writer (tests) gets the same text through a buffer.
        bool console = ReferenceEquals(stdout, Console.Out);
        using Stream buffered = console ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16) : new MemoryStream();
        using var json = new Utf8JsonWriter(buffered, JsonOptions);
        var (articles, _) = new DocumentRunner(pipeline, threads,
            maxSentenceChars: args.GetInt("max-sentence-chars", AnnalsPipeline.DefaultMaxSentenceChars)).Run(
            ArticleSource.Read(args.Positional, options),
            doc =>
            {
                ExtractionJsonWriter.Write(json, doc);
                json.Flush();
                json.Reset();
                buffered.WriteByte((byte)'\n');
                if (!console) Drain((MemoryStream)buffered, stdout);
            },
            err => stderr.WriteLine(err));
        json.Flush();
        buffered.Flush();
        return articles > 0 ? 0 : 1;
    }

    private static void Drain(MemoryStream ms, TextWriter writer)
    {
        writer.Write(System.Text.Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length));
        ms.SetLength(0);
    }

    /// <summary>Reader options from --date and --max-article-chars.</summary>
    public static ReaderOptions ReaderOptionsFrom(CliArgs args) => new()
    {
        DefaultDate = args.GetDate("date"),
        MaxArticleChars = args.GetInt("max-article-chars", new ReaderOptions().MaxArticleChars),
    };
}
