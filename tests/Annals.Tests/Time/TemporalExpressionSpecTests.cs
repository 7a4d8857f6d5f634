using System.Text.Json;
using Annals.Documents;
using Annals.Text;
using Annals.Time;

namespace Annals.Tests.Time;

/// <summary>Runs the temporal expression specs in <c>specs/Time/*.json</c>.</summary>
public class TemporalExpressionSpecTests
{
    private sealed record SpecTimex(string Text, string Type, string Value);

    private sealed record SpecCase(string Name, string Date, string Text, SpecTimex[] Expect, bool Only);

    private sealed record SpecFile(SpecCase[] Cases);

    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    private static string SpecDir => Path.Combine(AppContext.BaseDirectory, "specs", "Time");

    private static SpecCase Load(string file, string name) =>
        JsonSerializer.Deserialize<SpecFile>(File.ReadAllText(Path.Combine(SpecDir, file)), s_json)!.Cases.Single(c => c.Name == name);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Directory.GetFiles(SpecDir, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            foreach (var c in JsonSerializer.Deserialize<SpecFile>(File.ReadAllText(path), s_json)!.Cases)
                data.Add(file, c.Name);
        }

        return data;
    }

    internal static AnalyzedDocument Analyze(string text, DateOnly date) =>
        new TemporalExpressionRecognizer().Run(new TextSegmenter().Run(new AnalyzedDocument(new Article("spec", date, text))));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizer_FindsSpecTimexes(string file, string name)
    {
        var spec = Load(file, name);
        var doc = Analyze(spec.Text, DateOnly.Parse(spec.Date, System.Globalization.CultureInfo.InvariantCulture));
        var found = doc.Timexes.Select(t => new SpecTimex(spec.Text[t.Start..t.End], t.Type.ToString().ToUpperInvariant(), t.Value)).ToArray();
        foreach (var want in spec.Expect)
            Assert.Contains(want, found);
        if (spec.Only)
            Assert.Equal(spec.Expect.Length, found.Length);
    }

    [Fact]
    public void Specs_ArePresent() => Assert.True(Cases().Count >= 50);
}
