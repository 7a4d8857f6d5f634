using Annals.Events;

namespace Annals.Tests.Events;

public class EventPatternsTests
{
    public static TheoryData<string> PatternCodes() =>
        new(EventPatterns.Shared.Entries.Where(e => e.Code is not null).Select(e => e.Code!).Distinct().Order());

    [Theory]
    [MemberData(nameof(PatternCodes))]
    public void Pattern_CodeIsInCameoTable(string code)
    {
        Assert.True(CameoCodes.IsKnown(code), code);
        Assert.InRange(CameoCodes.QuadClass(code), 1, 4);
    }

    [Theory]
    [InlineData(0)]
    public void Dictionary_HasNoProblems(int expected) =>
        Assert.True(EventPatterns.Shared.Problems.Count == expected, string.Join("\n", EventPatterns.Shared.Problems));

    public static TheoryData<int> EveryRoot() => new(Enumerable.Range(1, 20));

    [Theory]
    [MemberData(nameof(EveryRoot))]
    public void Dictionary_CoversEveryRoot(int root) =>
        Assert.Contains(EventPatterns.Shared.Entries, e => e.Code is not null && CameoCodes.Root(e.Code) == root);

    public static TheoryData<string> CooperativeAndConflictCodes() =>
        new(CameoCodes.All.Where(c => CameoCodes.Root(c) is >= 3 and <= 20));

    [Theory]
    [MemberData(nameof(CooperativeAndConflictCodes))]
    public void Combiner_DerivesKnownCodes(string code)
    {
        foreach (var derived in new[] { CodeCombiner.Intent(code), CodeCombiner.Threat(code), CodeCombiner.Refuse(code), CodeCombiner.Demand(code), CodeCombiner.Appeal(code) })
        {
            if (derived is null) continue;
            Assert.True(CameoCodes.IsKnown(derived), $"{code} -> {derived}");
        }
    }

    [Theory]
    [InlineData("046", "036", "125", "106", "026")]
    [InlineData("0841", "0353", "1243", "1053", "0253")]
    [InlineData("087", "0356", "1246", "1056", "0256")]
    [InlineData("073", "0333", "1223", "1033", "0233")]
    [InlineData("0831", "0341", "1231", "1041", "0241")]
    public void Combiner_MapsByWhatIsAskedFor(string act, string intent, string refuse, string demand, string appeal)
    {
        Assert.Equal(intent, CodeCombiner.Intent(act));
        Assert.Equal(refuse, CodeCombiner.Refuse(act));
        Assert.Equal(demand, CodeCombiner.Demand(act));
        Assert.Equal(appeal, CodeCombiner.Appeal(act));
    }

    [Theory]
    [InlineData("1723", "1323")]
    [InlineData("163", "1312")]
    [InlineData("192", "1382")]
    [InlineData("195", "1384")]
    [InlineData("2042", "1385")]
    [InlineData("046", null)]
    public void Combiner_ThreatOfConflictAct(string act, string? threat) => Assert.Equal(threat, CodeCombiner.Threat(act));

    [Theory]
    [InlineData("accuse", "accuse accused accuses accusing")]
    [InlineData("ban", "ban banned banning bans")]
    [InlineData("apologize", "apologize apologized apologizes apologizing")]
    [InlineData("deny", "denied denies deny denying")]
    [InlineData("withdraw", "withdraw withdrawing withdrawn withdraws withdrew")]
    public void Inflection_VerbFormsIncludeEveryTense(string lemma, string forms)
    {
        var irregular = new Dictionary<string, string[]> { ["withdraw"] = ["withdrew", "withdrawn"] };
        var got = Inflection.VerbForms(lemma, irregular).ToHashSet();
        foreach (var f in forms.Split(' ')) Assert.Contains(f, got);
    }

    [Theory]
    [InlineData("130\t+threaten _ ^sanction", "They threatened new sanctions today", 1, 4)]
    [InlineData("163\t+impose (tough|new economic) ^sanction", "Europe imposed new economic sanctions", 1, 5)]
    [InlineData("040\t+hold ?private talks", "They hold talks", 1, 3)]
    [InlineData("040\t+hold ?private talks", "They hold private talks", 1, 4)]
    // Punctuation, quotation marks, numbers and folded words are looked up by their text, not their key.
    [InlineData("190\tfired 5 ^rocket", "They fired 5 rockets", 1, 4)]
    [InlineData("190\tfired , then", "They fired, then left", 1, 4)]
    [InlineData("190\tfired \" at", "They fired \" at them", 1, 4)]
    [InlineData("190\tagreed to a cease-fire", "They agreed to a cease-fire", 1, 5)]
    [InlineData("190\twon't attack", "They won’t attack", 1, 3)]
    [InlineData("190\tattack", "Attack at dawn", 0, 1)]
    public void Trie_MatchesLongestPattern(string row, string text, int first, int end)
    {
        var patterns = EventPatterns.FromLines([row]);
        Assert.Empty(patterns.Problems);
        var tokens = Annals.Text.Tokenizer.Tokenize(text);
        Assert.True(patterns.LongestAt(text, tokens, first, tokens.Length, out var hit));
        Assert.Equal(end, hit.End);
    }

    [Theory]
    [InlineData("130\t+threaten _ ^sanction", "They threatened, today, sanctions", 1)]
    [InlineData("190\tfired at", "They fired, at dawn", 1)]
    [InlineData("190\tfired at", "They fired \" at dawn", 1)]
    [InlineData("040\t+hold talks", "They hold no talks", 1)]
    public void Trie_RejectsWordsOutsideThePattern(string row, string text, int first)
    {
        var patterns = EventPatterns.FromLines([row]);
        var tokens = Annals.Text.Tokenizer.Tokenize(text);
        Assert.False(patterns.LongestAt(text, tokens, first, tokens.Length, out _));
    }
}
