using Annals.Events;

namespace Annals.Tests.Events;

public class CameoCodesTests
{
    [Theory]
    [InlineData("130", "THREATEN")]
    [InlineData("026", "REQUEST")]
    [InlineData("1056", "REQUEST")]
    [InlineData("0874", "RETREAT")]
    [InlineData("084", "RETREAT")]
    [InlineData("080", "CONCEDE")]
    [InlineData("163", "COERCE")]
    [InlineData("195", "ASSAULT")]
    [InlineData("1951", "ASSAULT")]
    [InlineData("057", "SUPPORT")]
    [InlineData("036", "AGREE")]
    [InlineData("090", "ACCUSE")]
    [InlineData("112", "ACCUSE")]
    [InlineData("125", "REJECT")]
    [InlineData("192", "COERCE")]
    public void Plover_KnownCodes_MapToType(string code, string type) => Assert.Equal(type, CameoCodes.Plover(code));

    [Theory]
    [InlineData("010")]
    [InlineData("016")]
    [InlineData("01")]
    [InlineData("")]
    [InlineData("xyz")]
    public void Plover_StatementsAndJunk_AreNull(string code) => Assert.Null(CameoCodes.Plover(code));

    [Theory]
    [InlineData("130", -4.4)]
    [InlineData("057", 8.0)]
    [InlineData("0874", 10.0)]
    [InlineData("0254", -0.3)]
    [InlineData("1952", -10.0)]
    [InlineData("bogus", 0.0)]
    public void Goldstein_FallsBackToParent(string code, double weight) => Assert.Equal(weight, CameoCodes.Goldstein(code));

    [Theory]
    [InlineData("020", 1)]
    [InlineData("057", 1)]
    [InlineData("073", 2)]
    [InlineData("0874", 2)]
    [InlineData("112", 3)]
    [InlineData("145", 3)]
    [InlineData("154", 4)]
    [InlineData("2042", 4)]
    [InlineData("21", 0)]
    [InlineData("", 0)]
    public void QuadClass_ByRoot(string code, int quad) => Assert.Equal(quad, CameoCodes.QuadClass(code));

    [Theory]
    [InlineData("130", "Threaten")]
    [InlineData("0255", "Appeal for target to allow international involvement (non-mediation)")]
    [InlineData("1959", "Employ aerial weapons")]
    public void Name_FallsBackToParent(string code, string name) => Assert.Equal(name, CameoCodes.Name(code));

    public static TheoryData<string> AllCodes() => new(CameoCodes.All);

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Table_EveryCodeHasQuadClassAndPloverType(string code)
    {
        Assert.InRange(CameoCodes.QuadClass(code), 1, 4);
        Assert.True(CameoCodes.Root(code) == 1 || CameoCodes.Plover(code) is not null);
        Assert.NotNull(CameoCodes.Name(code));
    }

    [Theory]
    [InlineData(280)]
    public void Table_HasEveryCode(int atLeast) => Assert.True(CameoCodes.All.Count >= atLeast);

    [Theory]
    [InlineData("^codes/\\d+ plover/\\d+ goldstein/\\d+$")]
    public void Version_NamesEveryTable(string pattern) => Assert.Matches(pattern, CameoCodes.Version);
}
