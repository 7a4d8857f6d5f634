using Annals.Storage;

namespace Annals.Cli.Commands;

/// <summary><c>annals doctor [--db FILE]</c>: checks a store's integrity and reports what it finds.</summary>
/// <remarks>
/// One line per check on stdout ("ok" or "PROBLEM", the check, what was found), then a summary line. The store
/// is opened read-only and never changed, not even migrated. Exit status 0 when nothing is wrong, 1 when a
/// problem was found or the store cannot be opened (the reason on stderr).
/// </remarks>
internal static class DoctorCommand
{
    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        QueryCommand.AllowOnly(args, "doctor", ["db"]);
        if (args.Positional.Count > 0) throw new UsageException($"doctor takes no PATH, only --db FILE (got '{args.Positional[0]}')");
        string db = args.Get("db") ?? IngestCommand.DefaultDb;
        IReadOnlyList<DoctorFinding> findings;
        try
        {
            findings = StoreDoctor.Check(db);
        }
        catch (StoreException ex)
        {
            stderr.WriteLine("annals: " + ex.Message);
            return 1;
        }

        int width = findings.Max(f => f.Check.Length);
        foreach (var f in findings)
            stdout.WriteLine((f.Problem ? "PROBLEM " : "ok      ") + f.Check.PadRight(width) + "  " + f.Detail);
        int problems = findings.Count(f => f.Problem);
        stdout.WriteLine(problems == 0
            ? $"{db}: no problems found ({findings.Count} checks)"
            : $"{db}: {problems} of {findings.Count} checks found problems");
        return problems == 0 ? 0 : 1;
    }
}
