using System.Text.Json;

namespace Annals.Cli.Tests;

/// <summary>
/// The held-out actor check as users run it: each phrase of <c>fixtures/actor-phrases*.tsv</c> goes through
/// <c>annals actor "TEXT" --date D</c>, and the country and role must match at least nine times in ten, while the
/// phrases that name no actor get no code at all.
/// </summary>
public class ActorPhraseCliTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "Annals.Cli.Tests", "fixtures", name);

    [Theory]
    [InlineData("actor-phrases.tsv", 0.9)]
    [InlineData("actor-phrases-2.tsv", 0.9)]
    public void Actor_BlindPhraseList_CountryAndRoleRightNineTimesInTen(string file, double minimum)
    {
        var rows = Rows(file);
        var wrong = new List<string>();
        foreach (var (text, date, country, role) in rows)
        {
            var (code, gotCountry, gotRole) = Resolve(text, date);
            bool right = country switch
            {
                "-" => code is null,
                "IGO" or "NGO" => code is not null && code.StartsWith(country, StringComparison.Ordinal),
                _ => (country.Length == 0 || gotCountry == country) && (role.Length == 0 || gotRole == role) && code is not null,
            };
            if (!right) wrong.Add($"{text} @ {date}: expected {country}/{role}, got {code ?? "no code"}");
        }

        double share = 1.0 - (double)wrong.Count / rows.Count;
        Assert.True(rows.Count >= 70, $"only {rows.Count} phrases read from {file}");
        Assert.True(share >= minimum, $"{share:P1} right; wrong: {string.Join("; ", wrong)}");
    }

    [Theory]
    [InlineData("actor-phrases.tsv", "-")]
    [InlineData("actor-phrases-2.tsv", "-")]
    public void Actor_PhrasesNamingNoActor_GetNoCode(string file, string marker)
    {
        var nonsense = Rows(file).Where(r => r.Country == marker).ToList();
        Assert.NotEmpty(nonsense);
        foreach (var (text, date, _, _) in nonsense)
            Assert.Null(Resolve(text, date).Code);
    }

    private static (string? Code, string? Country, string? Role) Resolve(string text, string date)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int status = Cli.Execute(["actor", text, "--date", date], stdout, stderr);
        Assert.True(status == 0, $"annals actor \"{text}\" exited {status}: {stderr}");
        var root = JsonDocument.Parse(stdout.ToString().Trim().Split('\n')[^1]).RootElement;
        return (Text(root, "code"), Text(root, "country"), Text(root, "role"));
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<(string Text, string Date, string Country, string Role)> Rows(string file) =>
        File.ReadLines(Fixture(file))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1], f.Length > 2 ? f[2] : "", f.Length > 3 ? f[3] : ""))
            .ToList();
}
