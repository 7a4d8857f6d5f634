using System.Text.Json.Nodes;

namespace Annals.Cli.Tests;

/// <summary>
/// Approval test of the whole <c>extract</c> output for sample articles: the JSON must equal the approved file.
/// When behaviour changes on purpose, the test writes <c>*.received.jsonl</c> beside the approved file; read the
/// difference, and if it is right, copy it over the approved file in the same commit.
/// </summary>
public class GoldenExtractTests
{
    private static readonly string s_root = RepoPaths.Root;

    [Theory]
    [InlineData("samples/crimea-annexation-2014-03-18.txt", "crimea-annexation-2014-03-18")]
    [InlineData("samples/singapore-summit-2018-06-12.txt", "singapore-summit-2018-06-12")]
    public void Extract_MatchesApprovedOutput(string sample, string name)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int status = Cli.Execute(["extract", Path.Combine(s_root, sample), "--threads", "1"], stdout, stderr);
        Assert.Equal(0, status);
        Assert.Equal("", stderr.ToString());

        // Ids carry the file name only, so the output does not depend on where the checkout lives.
        string received = stdout.ToString();
        string approvedPath = Path.Combine(s_root, "tests", "Annals.Cli.Tests", "approved", name + ".approved.jsonl");
        Assert.True(File.Exists(approvedPath), $"no approved output at {approvedPath}");
        var expected = ParseLines(File.ReadAllText(approvedPath));
        var actual = ParseLines(received);
        bool same = expected.Count == actual.Count && expected.Zip(actual).All(p => JsonNode.DeepEquals(p.First, p.Second));
        if (!same)
        {
            string receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".jsonl";
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"extract output for {sample} differs from {approvedPath}; see {receivedPath}");
        }
    }

    private static List<JsonNode?> ParseLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => JsonNode.Parse(l)).ToList();
}
