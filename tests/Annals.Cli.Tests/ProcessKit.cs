using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Annals.Cli.Tests;

/// <summary>Starts the built <c>annals</c> command as a child process, as a user would run it.</summary>
internal static class ProcessKit
{
    public static string CliPath
    {
        get
        {
            string cli = Path.Combine(AppContext.BaseDirectory, "Annals.Cli.dll");
            Assert.True(File.Exists(cli), "the CLI assembly should sit beside the tests: " + cli);
            return cli;
        }
    }

    /// <summary>Starts <c>annals ARGS</c> with stdout and stderr captured.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(CliPath);
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    /// <summary>Runs <c>annals ARGS</c> to the end.</summary>
    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        return await FinishAsync(process);
    }

    public static async Task<(int Code, string Out, string Err)> FinishAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Waits until <paramref name="condition"/> holds or the process ends; true when it held.</summary>
    public static bool WaitFor(Process process, Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (condition()) return true;
            if (process.HasExited) return condition();
            Thread.Sleep(20);
        }

        return false;
    }

    /// <summary>Size of a store's write-ahead log plus its file, 0 while neither exists.</summary>
    public static long StoreBytes(string db) =>
        (File.Exists(db) ? new FileInfo(db).Length : 0) + (File.Exists(db + ".wal") ? new FileInfo(db + ".wal").Length : 0);
}

/// <summary>Many distinct short news articles in our own words, made from a seed, for runs long enough to interrupt.</summary>
internal static class SyntheticNews
{
    private static readonly string[] Countries = ["France", "Germany", "Japan", "Brazil", "Kenya", "Canada", "India", "Egypt", "Poland", "Chile", "Turkey", "Norway"];
    private static readonly string[] Verbs = ["met officials from", "criticised", "signed a trade pact with", "sent aid to", "accused", "held talks with", "praised", "threatened"];
    private static readonly string[] Days = ["on Monday", "on Tuesday", "last week", "on Friday", "yesterday", "in March"];

    public static string Write(string path, int articles, int seed)
    {
        var rng = new Random(seed);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        for (int i = 0; i < articles; i++)
        {
            var text = new StringBuilder();
            int sentences = 4 + rng.Next(8);
            for (int s = 0; s < sentences; s++)
            {
                string a = Countries[rng.Next(Countries.Length)], b = Countries[rng.Next(Countries.Length)];
                text.Append(CultureInfo.InvariantCulture, $"{a} {Verbs[rng.Next(Verbs.Length)]} {b} {Days[rng.Next(Days.Length)]}, ");
                text.Append(CultureInfo.InvariantCulture, $"the ministry of {a} said in a statement numbered {rng.Next(100000)}. ");
            }

            var record = new Dictionary<string, string>
            {
                ["id"] = "syn-" + i.ToString(CultureInfo.InvariantCulture),
                ["date"] = new DateOnly(2021, 1, 1).AddDays(rng.Next(700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["text"] = text.ToString().TrimEnd(),
            };
            w.WriteLine(JsonSerializer.Serialize(record));
        }

        return path;
    }
}
