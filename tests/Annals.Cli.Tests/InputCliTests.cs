using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Annals.Input;

namespace Annals.Cli.Tests;

/// <summary>How <c>annals extract</c> reads its inputs: folders, bad and unreadable files, --date, stdin, exit status.</summary>
public sealed class InputCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("annals-input-").FullName;

    public void Dispose()
    {
        foreach (var f in Directory.EnumerateFileSystemEntries(_dir, "*", SearchOption.AllDirectories))
        {
            try
            {
                if (!OperatingSystem.IsWindows() && File.Exists(f)) File.SetUnixFileMode(f, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            catch (IOException)
            {
                // A symbolic-link loop has no mode to restore; it is deleted with the folder.
            }
        }

        Directory.Delete(_dir, recursive: true);
    }

    private string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static (int Status, List<JsonElement> Docs, string Stderr) Extract(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int status = Cli.Execute(["extract", .. args], stdout, stderr);
        return (status, ParseLines(stdout.ToString()), stderr.ToString());
    }

    private static List<JsonElement> ParseLines(string stdout) => stdout
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => JsonDocument.Parse(l).RootElement.Clone())
        .ToList();

    private static string Id(JsonElement doc) => doc.GetProperty("id").GetString()!;

    /// <summary>Makes a file that cannot be opened: mode 000, or, where that does not stop reading (root), a symbolic-link loop.</summary>
    /// <returns>How the file was made unreadable, for assertion messages.</returns>
    private static string MakeUnreadable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.Delete(path);
            File.CreateSymbolicLink(path, path);
            return "symbolic-link loop";
        }

        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            using (File.OpenRead(path))
            {
            }
        }
        catch (UnauthorizedAccessException)
        {
            return "mode 000";
        }

        // Permission bits do not stop this user (root): a link to itself cannot be opened by anyone.
        File.Delete(path);
        File.CreateSymbolicLink(path, path);
        return "symbolic-link loop (mode 000 does not stop this user from reading)";
    }

    [Theory]
    [InlineData("date 2022-11-06 Ukraine and Russia exchanged prisoners on Sunday, officials said.\n")]
    public void Folder_WithUnreadableAndBinaryFiles_ReadsTheRest(string goodText)
    {
        Write("a-good.txt", goodText);
        Write("b-binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0xFF, 0x10]);
        string unreadable = Write("c-locked.txt", goodText);
        string how = MakeUnreadable(unreadable);
        Write("d-mixed.jsonl", "{\"date\":\"2022-11-07\",\"text\":\"Kyiv said talks could resume.\"}\n{broken\n");
        Write("e-ignored.md", "date 2022-11-08 Not an input form, passed over in folders.");

        var (status, docs, stderr) = Extract(_dir);

        Assert.Equal(0, status);
        Assert.Equal(["a-good.txt#1", "d-mixed.jsonl#1"], docs.Select(Id));
        Assert.Equal("2022-11-06", docs[0].GetProperty("date").GetString());
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("E018: ", StringComparison.Ordinal) && l.Contains("b-binary.txt", StringComparison.Ordinal));
        Assert.True(lines.Any(l => l.StartsWith("E018: ", StringComparison.Ordinal) && l.Contains("c-locked.txt", StringComparison.Ordinal)),
            $"the unreadable file ({how}) must be reported with E018; stderr was: {stderr}");
        Assert.Contains(lines, l => l.StartsWith("E013: ", StringComparison.Ordinal) && l.Contains("d-mixed.jsonl:2", StringComparison.Ordinal));
        Assert.DoesNotContain("e-ignored.md", stderr + string.Join(' ', docs.Select(Id)));
    }

    [Theory]
    [InlineData("NATO foreign ministers met in Brussels and pledged more air defence for Ukraine.", "2022-11-29")]
    public void TextWithoutDateline_NeedsDate(string body, string date)
    {
        string path = Write("nodate.txt", body + "\n");

        var without = Extract(path);
        Assert.Equal(1, without.Status);
        Assert.Empty(without.Docs);
        Assert.StartsWith("E010: " + path + ":1:", without.Stderr);

        var with = Extract(path, "--date", date);
        Assert.Equal(0, with.Status);
        var doc = Assert.Single(with.Docs);
        Assert.Equal(("nodate.txt#1", date), (Id(doc), doc.GetProperty("date").GetString()));
        Assert.Equal("", with.Stderr);
    }

    [Theory]
    [InlineData("date 2022-02-30 No such day.\n", "E011")]
    [InlineData("{\"date\":\"2022-01-01\"}\n", "E014")]
    public void OnlyBadRecords_ExitsWithOne(string content, string code)
    {
        string path = Write(code.StartsWith("E014", StringComparison.Ordinal) ? "bad.jsonl" : "bad.txt", content);
        var (status, docs, stderr) = Extract(path);
        Assert.Equal(1, status);
        Assert.Empty(docs);
        Assert.StartsWith(code + ": " + path + ":1:", stderr);
    }

    [Theory]
    [InlineData("missing.txt")]
    public void MissingFile_IsReported_AndOtherPathsRead(string missing)
    {
        string good = Write("good.csv", "date,text\n2018-06-12,\"Trump and Kim met in Singapore, officials said.\"\n");
        var (status, docs, stderr) = Extract(Path.Combine(_dir, missing), good);
        Assert.Equal(0, status);
        Assert.Equal("good.csv#1", Id(Assert.Single(docs)));
        Assert.Contains("E018: " + Path.Combine(_dir, missing), stderr);
    }

    [Theory]
    [InlineData("date 2020-09-15 Israel, the UAE and Bahrain signed the Abraham Accords at the White House.\n", "stdin#1", "2020-09-15")]
    [InlineData("{\"id\":\"w1\",\"date\":\"2020-09-15T18:00:00Z\",\"text\":\"The accords were signed.\"}\n", "w1", "2020-09-15")]
    public void Stdin_IsReadThroughArticleSource(string input, string id, string date)
    {
        var items = ArticleSource.Read(["-"], new ReaderOptions(), new MemoryStream(Encoding.UTF8.GetBytes(input))).ToList();
        var article = Assert.Single(items).Article;
        Assert.NotNull(article);
        Assert.Equal((id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), (article.Id, article.Date));
    }

    [Theory]
    [InlineData("date 2022-07-22 Russia and Ukraine signed parallel deals in Istanbul to reopen Black Sea grain exports.\n", 0, "stdin#1")]
    [InlineData("no dateline here\n", 1, null)]
    public async Task Stdin_ThroughTheBuiltCommand(string input, int expectedStatus, string? id)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "Annals.Cli.dll");
        Assert.True(File.Exists(cli), "the CLI assembly should sit beside the tests: " + cli);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var a in new[] { cli, "extract", "-", "--threads", "1" }) start.ArgumentList.Add(a);

        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdoutTask = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderrTask = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        string stdout = await stdoutTask, stderr = await stderrTask;

        Assert.True(expectedStatus == process.ExitCode, $"exit {process.ExitCode}; stderr: {stderr}");
        var docs = ParseLines(stdout);
        if (id is null)
        {
            Assert.Empty(docs);
            Assert.StartsWith("E010: stdin:1:", stderr);
        }
        else
        {
            Assert.Equal(id, Id(Assert.Single(docs)));
        }
    }
    [Theory]
    [InlineData(60, 1)]
    [InlineData(20000, 2)]
    public void Extract_LongestSentenceLimit_SkipsOnlyTheArticleOverIt(int limit, int expectedArticles)
    {
        string longSentence = string.Join(' ', Enumerable.Repeat("The council met again", 8)) + ".";
        var path = Write("limit.jsonl",
            "{\"id\":\"short\",\"date\":\"2022-11-06\",\"text\":\"Officials met in Kyiv.\"}\n" +
            "{\"id\":\"long\",\"date\":\"2022-11-06\",\"text\":\"" + longSentence + "\"}\n");
        var (status, docs, stderr) = Extract(path, "--max-sentence-chars", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, status);
        Assert.Equal(expectedArticles, docs.Count);
        Assert.Equal("short", Id(docs[0]));
        Assert.Equal(expectedArticles == 1, stderr.Contains("E021", StringComparison.Ordinal));
    }
}
