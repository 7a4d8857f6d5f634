using Annals.Storage;

namespace Annals.Cli.Commands;

/// <summary><c>annals export --format csv|jsonl|parquet [filters] [--merged] -o FILE</c>: stored events as a file with GDELT-style columns.</summary>
/// <remarks>
/// Only asserted events unless --mood or --all-moods says otherwise. The format comes from --format, else from
/// the file's extension. <c>-o -</c> writes CSV or JSON lines to standard output. The store is opened read-only.
/// </remarks>
internal static class ExportCommand
{
    private static readonly string[] Options = ["db", "format", "output", "actor", "source", "target", "root", "from", "to", "mood", "all-moods", "limit", "merged"];

    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        QueryCommand.AllowOnly(args, "export", Options);
        string output = OutputPath(args, "export", fallback: null)
            ?? throw new UsageException("export needs -o FILE (or -o - for standard output)");
        var format = FormatFrom(args.Get("format"), output);
        if (output == "-" && format == ExportFormat.Parquet) throw new UsageException("parquet cannot go to standard output; give -o FILE");
        var filter = QueryCommand.EventFilterFrom(args) with { Limit = args.Has("limit") ? args.GetInt("limit", 0) : null };

        var store = QueryCommand.OpenForReading(args, stderr);
        if (store is null) return 1;
        using (store)
        {
            try
            {
                if (output == "-")
                {
                    stdout.Flush();
                    using var stream = ReferenceEquals(stdout, Console.Out) ? Console.OpenStandardOutput() : new MemoryStream();
                    store.ExportEvents(filter, format, stream, args.Has("merged"));
                    if (stream is MemoryStream memory) stdout.Write(System.Text.Encoding.UTF8.GetString(memory.ToArray()));
                    return 0;
                }

                long rows = store.ExportEvents(filter, format, output, args.Has("merged"));
                stderr.WriteLine($"annals: wrote {rows} {(args.Has("merged") ? "merged " : "")}events to {output}");
                return 0;
            }
            catch (StoreException ex)
            {
                stderr.WriteLine("annals: " + ex.Message);
                return 1;
            }
        }
    }

    /// <summary>
    /// The file named by <c>-o FILE</c> (or --output FILE), or <paramref name="fallback"/>; any other word left over
    /// is a usage error naming <paramref name="verb"/>.
    /// </summary>
    public static string? OutputPath(CliArgs args, string verb, string? fallback, int skip = 0)
    {
        string? output = args.Get("output");
        var words = args.Positional;
        for (int i = skip; i < words.Count; i++)
        {
            if (words[i] is "-o" && i + 1 < words.Count && output is null)
            {
                output = words[++i];
                continue;
            }

            throw new UsageException(words[i] == "-o" ? "-o takes a file name" : $"{verb} does not take '{words[i]}'");
        }

        return output ?? fallback;
    }

    private static ExportFormat FormatFrom(string? format, string output) => (format ?? Path.GetExtension(output).TrimStart('.')).ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "jsonl" or "json" or "ndjson" => ExportFormat.JsonLines,
        "parquet" => ExportFormat.Parquet,
        "" => throw new UsageException("export needs --format csv, jsonl or parquet"),
        var f => throw new UsageException($"--format takes csv, jsonl or parquet, not '{f}'"),
    };
}
