using Annals.Cli;
using Annals.Cli.Commands;

return Cli.Execute(args, Console.Out, Console.Error);

namespace Annals.Cli
{
    /// <summary>The <c>annals</c> command: dispatches to one command per verb.</summary>
    internal static class Cli
    {
        public const string Usage = """
            usage: annals COMMAND [ARGS]

              run [PATH...] [--db FILE]          ingest PATH (default samples/) and print a report
              extract PATH... [--date D]         print one JSON object per article (the contract)
              ingest PATH... [--db FILE]         store articles and their extraction in DuckDB
              events   [filters] [--format F]    stored events (asserted only unless --mood is given)
              timeline [filters] [--format F]    stored events ordered by event date
              timeline --summary N [--actor X | --dyad A B]   the N most reported dates, one sentence each
              export --format csv|jsonl|parquet [filters] [--merged] -o FILE   events with GDELT-style columns
              plot dyad A B [-o FILE.png] | plot timeline --actor X [-o FILE.png]   weekly charts
              quotes   [--speaker X] [--anonymous] [--format F]
              actors   [--actor X] [--format F]  stored actor codes with mention counts
              actor "TEXT" [--date D]            resolve one short phrase to an actor code
              stats [--db FILE] [--format json]  counts of what is stored
              bench PATH [--format json]         throughput of the pipeline, per stage
              doctor [--db FILE]                 check a store's integrity; exit 1 on problems
              serve [--db FILE] [--urls URL] [--watch DIR]
                                                 the explore page and its JSON API (loopback by default)

            PATH: .txt, .jsonl or .csv files, folders of them, or - for standard input.
            filters: --actor CODE --source CODE --target CODE --root NN --from D --to D --mood M --limit N
            --format: table (default), jsonl or csv. --db: default annals.duckdb in this folder.
            """;

        public static int Execute(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                stdout.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }

            var rest = args.Skip(1);
            try
            {
                return args[0] switch
                {
                    "extract" => ExtractCommand.Run(CliArgs.Parse(rest), stdout, stderr),
                    "ingest" => IngestCommand.Run(CliArgs.Parse(rest, "quiet"), stdout, stderr),
                    "run" => RunCommand.Run(CliArgs.Parse(rest, "quiet"), stdout, stderr),
                    "events" or "timeline" or "quotes" or "actors" => QueryCommand.Run(args[0], CliArgs.Parse(rest, "anonymous", "all-moods"), stdout, stderr),
                    "export" => ExportCommand.Run(CliArgs.Parse(rest, "all-moods", "merged"), stdout, stderr),
                    "plot" => PlotCommand.Run(CliArgs.Parse(rest, "all-moods"), stdout, stderr),
                    "actor" => ActorCommand.Run(CliArgs.Parse(rest), stdout, stderr),
                    "stats" => StatsCommand.Run(CliArgs.Parse(rest), stdout, stderr),
                    "bench" => BenchCommand.Run(CliArgs.Parse(rest), stdout, stderr),
                    "doctor" => DoctorCommand.Run(CliArgs.Parse(rest), stdout, stderr),
                    "serve" => ServeCommand.Run(CliArgs.Parse(rest), stdout, stderr),
                    _ => throw new UsageException($"unknown command '{args[0]}'"),
                };
            }
            catch (UsageException ex)
            {
                stderr.WriteLine("annals: " + ex.Message);
                stderr.WriteLine("run 'annals --help' for the commands");
                return 2;
            }
        }
    }
}
