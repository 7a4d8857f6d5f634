using Annals.Actors;
using Annals.Text;

namespace Annals.Tests.Actors;

public class ActorLexiconTests
{
    private static readonly HashSet<string> s_roles =
    [
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "BUS", "CVL", "REF", "LEG", "ELI", "NGO", "IGO",
        "LAB", "EDU", "HLH", "CRM", "REL", "AGR", "DEV", "ENV", "HRI",
    ];

    [Theory]
    [InlineData("U.S.", "us")]
    [InlineData("NATO", "nato")]
    [InlineData("Ki-moon", "kimoon")]
    [InlineData("Russia", "russia")]
    [InlineData("Élysée", "elysee")]
    [InlineData("Kyiv’s", "kyiv's")]
    [InlineData("zzqxv", "zzqxv")]
    public void Lookup_TokenAndFoldedWordHaveOneId(string token, string folded)
    {
        var lex = ActorLexicon.Default;
        // Same id as the folded form looked up directly, and the same as the key the tokenizer gives the token.
        Assert.Equal(lex.Lookup(folded), lex.Lookup(token));
        var tokens = Tokenizer.Tokenize(token);
        if (tokens.Length == 1) Assert.Equal(lex.Lookup(token), lex.Find(tokens[0].Key));
    }

    [Theory]
    [InlineData("russia")]
    [InlineData("kremlin")]
    [InlineData("spokesman")]
    [InlineData("us")]
    [InlineData("nato")]
    public void Lookup_KnownWordsOfEveryLengthAreFound(string word)
    {
        // The hash reads four characters at a time with the last block padded: words of 2 to 9 letters cross every case.
        Assert.True(ActorLexicon.Default.Lookup(word) >= 0, word);
        Assert.Equal(ActorLexicon.Default.Lookup(word), ActorLexicon.Default.Lookup(word.ToUpperInvariant()));
    }

    [Theory]
    [InlineData(190, 300, 350, 150)]
    public void Default_LoadsEveryTable(int minCountries, int minPeople, int minMedia, int minAgents)
    {
        var lex = ActorLexicon.Default;
        Assert.True(lex.Entries.Where(e => e.Kind == LexKind.Country).Select(e => e.Code).Distinct().Count() >= minCountries);
        Assert.True(lex.People.Length >= minPeople);
        Assert.True(lex.Entries.Count(e => e.Kind == LexKind.Media) >= minMedia);
        Assert.True(lex.Agents.Length >= minAgents);
    }

    [Theory]
    [InlineData("Country")]
    [InlineData("Body")]
    [InlineData("Organization")]
    [InlineData("Media")]
    public void Default_CodesAreCountryThenRoles(string kindName)
    {
        var kind = Enum.Parse<LexKind>(kindName);
        foreach (var e in ActorLexicon.Default.Entries.Where(e => e.Kind == kind))
        {
            var code = e.Code!;
            Assert.True(code.Length >= 3 && code.All(char.IsAsciiLetterUpper), $"bad code {code} for {e.Name}");
            if (kind is LexKind.Body or LexKind.Media && !code.StartsWith("IGO") && !code.StartsWith("NGO") && !code.StartsWith("IMG") && code.Length >= 6)
                Assert.Contains(code[3..6], s_roles);
        }
    }

    [Theory]
    [InlineData("USA", "president", "2016-03-01", "Barack Obama")]
    [InlineData("USA", "president", "2022-11-06", "Joe Biden")]
    [InlineData("RUS", "president", "2010-01-01", "Dmitry Medvedev")]
    [InlineData("GBR", "pm", "2022-10-01", "Liz Truss")]
    [InlineData("DEU", "pm", "2015-09-01", "Angela Merkel")]
    [InlineData("IGOUNO", "head", "2012-01-01", "Ban Ki-moon")]
    public void HolderAt_GivesTheOfficeHolderOnTheDate(string country, string office, string date, string name)
    {
        var lex = ActorLexicon.Default;
        int p = lex.HolderAt(country, office, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(p >= 0);
        Assert.Equal(name, lex.People[p].Name);
    }

    [Theory]
    [InlineData("Hillary Clinton", "2012-01-01", "USAGOV")]
    [InlineData("Hillary Clinton", "2016-03-01", "USAPTY")]
    [InlineData("Hillary Clinton", "2018-03-01", "USAELI")]
    [InlineData("Donald Trump", "2010-01-01", "USABUS")]
    [InlineData("Barack Obama", "2018-01-01", "USAELI")]
    [InlineData("Jens Stoltenberg", "2020-01-01", "IGOWSTNAT")]
    public void PersonCodeAt_FollowsTermsAndRoles(string name, string date, string code)
    {
        var lex = ActorLexicon.Default;
        var person = lex.People.Single(p => p.Name == name);
        Assert.Equal(code, person.CodeAt(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("Freedonian troops crossed into Sylvania.", "Freedonian troops", "FRDMIL")]
    [InlineData("President Rufus Firefly of Freedonia spoke.", "President Rufus Firefly", "FRDGOV")]
    public void SmallLexicon_CodesItsOwnEntries(string text, string mention, string code)
    {
        var files = new Dictionary<string, string>
        {
            ["actors/countries.txt"] = "FRD\tFreedonia\tFreedonian; Freedonians\t\nSYL\tSylvania\tSylvanian\t\n",
            ["actors/agents.txt"] = "troops\tMIL\tplural; noplural\npresident\tGOV\tperson; title; office=president\n",
            ["actors/offices.txt"] = "@FRD president\n1933-01-01\t\tRufus Firefly\n",
            ["actors/words.txt"] = "the\tdet; definite\nof\tfunction\n",
        };
        var recognizer = new ActorRecognizer(ActorLexicon.FromTexts(name => files.GetValueOrDefault(name)));
        var doc = recognizer.Run(new Annals.Text.TextSegmenter().Run(new Annals.Documents.AnalyzedDocument(
            new Annals.Documents.Article("t", new DateOnly(1933, 11, 17), text))));
        var m = doc.Actors.Single(a => text[a.Start..a.End] == mention);
        Assert.Equal(code, m.Code);
    }

    [Theory]
    [InlineData("U.S.", "US")]
    [InlineData("Élysée", "elysee")]
    [InlineData("Zelenskyy’s", "zelenskyy's")]
    [InlineData("Ki-moon", "kimoon")]
    public void Normalize_FoldsCaseAccentsAndMarks(string token, string expected)
    {
        Assert.Equal(expected.ToLowerInvariant(), TokenNormalizer.NormalizeToString(token));
    }

    [Theory]
    [InlineData("Mitterand", "mitterrand")]
    [InlineData("Quatar", "qatar")]
    [InlineData("Ghanians", "ghanaians")]
    [InlineData("Bouteflicka", "bouteflika")]
    [InlineData("Ethopia", "ethiopia")]
    public void FuzzyLookup_OneEditFromAName_FindsTheName(string token, string word)
    {
        var lex = ActorLexicon.Default;
        Assert.Equal(lex.Lookup(word), lex.FuzzyLookup(token));
    }

    [Theory]
    [InlineData("Indiana")]
    [InlineData("Jordana")]
    [InlineData("Zzzzzzz")]
    [InlineData("Short")]
    [InlineData("Hello-World")]
    [InlineData("Bargain")]
    [InlineData("Malkia")]
    public void FuzzyLookup_NotAMisspelling_FindsNothing(string token)
    {
        Assert.Equal(-1, ActorLexicon.Default.FuzzyLookup(token));
    }

    [Theory]
    [InlineData("police", "Russia", "president", "said")]
    public void WordFilter_PassesDictionaryWords(string a, string b, string c, string d)
    {
        foreach (var w in new[] { a, b, c, d })
        {
            Assert.True(ActorLexicon.Default.MayBeWord(TokenKey.Of(w)));
            Assert.True(ActorLexicon.Default.Find(TokenKey.Of(w)) >= 0, w);
        }
    }

    [Theory]
    [InlineData(2000, 0.2)]
    public void WordFilter_TurnsAwayMostOtherWords(int count, double mostPassing)
    {
        int passing = 0;
        for (int i = 0; i < count; i++)
        {
            if (ActorLexicon.Default.MayBeWord(TokenKey.Of("qz" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "vx"))) passing++;
        }

        Assert.True(passing < count * mostPassing, $"{passing} of {count} made-up words pass the filter");
    }
}
