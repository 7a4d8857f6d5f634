namespace Annals.Cli.Commands;

// PLACEHOLDER: the storage work replaces these with real commands over src/Annals.Storage.

/// <summary><c>annals ingest</c>.</summary>
internal static class IngestCommand
{
    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr) => throw new UsageException("ingest is not built yet");
}

/// <summary><c>annals run</c>: the main job.</summary>
internal static class RunCommand
{
    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr) => throw new UsageException("run is not built yet");
}

/// <summary><c>annals events|timeline|quotes|actors</c>.</summary>
internal static class QueryCommand
{
    public static int Run(string verb, CliArgs args, TextWriter stdout, TextWriter stderr) => throw new UsageException(verb + " is not built yet");
}

/// <summary><c>annals stats</c>.</summary>
internal static class StatsCommand
{
    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr) => throw new UsageException("stats is not built yet");
}
