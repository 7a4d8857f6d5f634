using Annals.Storage;

namespace Annals.Cli.Commands;

/// <summary><c>annals run [PATH...] [--db FILE]</c>: the main job: ingest PATH (default samples/) and print a short report.</summary>
/// <remarks>
/// The report covers the whole store after the ingest: counts, asserted events by CAMEO root, the top
/// source→target dyads with their Goldstein sums, and a few attributed quotes. Exit status as for ingest.
/// </remarks>
internal static class RunCommand
{
    /// <summary>What run reads when no PATH is given.</summary>
    public const string DefaultPath = "samples";

    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        QueryCommand.AllowOnly(args, "run", ["db", "threads", "batch", "quiet", "date", "max-article-chars"]);
        IReadOnlyList<string> paths = args.Positional.Count > 0 ? args.Positional : [DefaultPath];
        if (args.Positional.Count == 0 && !Directory.Exists(DefaultPath))
        {
            stderr.WriteLine($"annals: no PATH given and no '{DefaultPath}' folder here; run 'annals run PATH...'");
            return 1;
        }

        var summary = IngestCommand.Ingest(paths, args, stdout, stderr);
        if (summary is null) return 1;
        using (var store = AnnalsStore.Open(args.Get("db") ?? IngestCommand.DefaultDb, readOnly: true))
        {
            stdout.WriteLine();
            RunReport.Write(stdout, store);
        }

        return summary.Counts.Articles > 0 ? 0 : 1;
    }
}
