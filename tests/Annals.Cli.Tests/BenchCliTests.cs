using System.Text.Json;
using Annals.TestSupport;

namespace Annals.Cli.Tests;

/// <summary>The bench command's report: throughput, the share of every stage, and the actor dictionary lookup timed apart.</summary>
public sealed class BenchCliTests
{
    [Theory]
    [InlineData("json")]
    public void Bench_ReportsStagesAndActorLookupInsideTheActorsStage(string format)
    {
        var (code, output, err) = CliRun.Execute("bench", RepoPaths.Samples, "--repeat", "1", "--threads", "1", "--format", format);
        Assert.True(code == 0, err);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("articles").GetInt32() > 10);
        Assert.True(root.GetProperty("sentences_per_second_per_core").GetDouble() > 0);
        var stages = root.GetProperty("stages");
        var actors = stages.EnumerateObject().Single(p => p.Name.StartsWith("actors/", StringComparison.Ordinal)).Value;
        double actorShare = actors.GetProperty("share").GetDouble();
        double shares = stages.EnumerateObject().Sum(p => p.Value.GetProperty("share").GetDouble());
        // The stages and the JSON writing are timed inside the single-core run: together never more than all of it.
        Assert.InRange(shares, 0.01, 1.0001);
        var lookup = root.GetProperty("actor_dictionary_lookup");
        double lookupSeconds = lookup.GetProperty("seconds").GetDouble();
        Assert.True(lookupSeconds > 0, "the lookup was not timed");
        // Timed in a pass of its own, so on a busy machine it is not bounded by the stage's share; only its sign is sure.
        Assert.True(lookup.GetProperty("share").GetDouble() > 0 && actorShare > 0);
    }

    [Theory]
    [InlineData("table")]
    public void Bench_TablePrintsTheLookupLineUnderActors(string format)
    {
        var (code, output, err) = CliRun.Execute("bench", RepoPaths.Samples, "--repeat", "1", "--threads", "1", "--format", format);
        Assert.True(code == 0, err);
        var lines = output.Split('\n');
        int actors = Array.FindIndex(lines, l => l.TrimStart().StartsWith("actors/", StringComparison.Ordinal));
        Assert.True(actors >= 0, output);
        Assert.StartsWith("lookup", lines[actors + 1].TrimStart());
    }
}
