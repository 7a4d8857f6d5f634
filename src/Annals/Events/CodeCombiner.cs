namespace Annals.Events;

/// <summary>Derives the CAMEO code of a verbal act from the act it governs ("refused to lift the curfew" → 1241).</summary>
/// <remarks>
/// CAMEO codes an intention, appeal, demand, refusal or threat by what it is about: an appeal to negotiate is 026,
/// a demand to release prisoners 1053, a refusal to meet 125, a threat to impose a curfew 1323. Each method takes
/// the governed act's code and returns the derived code; every code it returns is in the CAMEO table.
/// </remarks>
internal static class CodeCombiner
{
    /// <summary>True for acts of cooperation that one can intend, offer, refuse or be asked for (roots 03–09).</summary>
    public static bool IsCooperative(string code) => CameoCodes.Root(code) is >= 3 and <= 9;

    /// <summary>True for acts of conflict that one can threaten (roots 14–20).</summary>
    public static bool IsConflict(string code) => CameoCodes.Root(code) is >= 14 and <= 20;

    /// <summary>The 03x intent code for a cooperative act, or null when CAMEO has none (root 09, conflict).</summary>
    public static string? Intent(string code) => CameoCodes.Root(code) switch
    {
        3 => code,
        4 => code.StartsWith("045", StringComparison.Ordinal) ? "039" : "036",
        5 => code.StartsWith("057", StringComparison.Ordinal) ? "030" : "032",
        6 => Pick(code, ("061", "0311"), ("062", "0312"), ("063", "0313"), ("064", "0314")) ?? "031",
        7 => Pick(code, ("071", "0331"), ("072", "0332"), ("073", "0333"), ("074", "0334")) ?? "033",
        8 => Pick(code, ("0831", "0341"), ("0832", "0342"), ("0833", "0343"), ("0834", "0344"), ("083", "034"),
                 ("081", "0351"), ("082", "0352"), ("084", "0353"), ("085", "0354"), ("086", "0355"), ("087", "0356")) ?? "035",
        _ => null,
    };

    /// <summary>The 13x threat code for a conflict act, or null when the act is not one that is threatened.</summary>
    public static string? Threat(string code) => CameoCodes.Root(code) switch
    {
        13 => code,
        14 => "133",
        15 => "138",
        16 => Pick(code, ("161", "1313"), ("162", "1311"), ("163", "1312"), ("164", "134"), ("165", "135"), ("166", "136")) ?? "131",
        17 => Pick(code, ("1721", "1321"), ("1722", "1322"), ("1723", "1323"), ("1724", "1324"), ("172", "132"),
                  ("173", "132"), ("174", "132"), ("175", "137"), ("171", "131")) ?? "130",
        18 => "1383",
        19 => Pick(code, ("191", "1381"), ("192", "1382")) ?? "1384",
        20 => "1385",
        _ => null,
    };

    /// <summary>The 12x rejection code for refusing an act (or a request for it).</summary>
    public static string Refuse(string code) => CameoCodes.Root(code) switch
    {
        3 => Pick(code, ("036", "125"), ("037", "127"), ("038", "126"), ("039", "126"), ("031", "121"), ("033", "122"),
                 ("0341", "1231"), ("0342", "1232"), ("0343", "1233"), ("0344", "1234"), ("034", "123"),
                 ("0351", "1241"), ("0352", "1242"), ("0353", "1243"), ("0354", "1244"), ("0355", "1245"), ("0356", "1246"), ("035", "124")) ?? "120",
        4 => code.StartsWith("045", StringComparison.Ordinal) ? "126" : "125",
        5 => code.StartsWith("057", StringComparison.Ordinal) ? "127" : "120",
        6 => Pick(code, ("061", "1211"), ("062", "1212"), ("063", "1213"), ("064", "1214")) ?? "121",
        7 => Pick(code, ("071", "1221"), ("072", "1222"), ("073", "1223"), ("074", "1224")) ?? "122",
        8 => Pick(code, ("0831", "1231"), ("0832", "1232"), ("0833", "1233"), ("0834", "1234"), ("083", "123"),
                 ("081", "1241"), ("082", "1242"), ("084", "1243"), ("085", "1244"), ("086", "1245"), ("087", "1246")) ?? "124",
        _ => "120",
    };

    /// <summary>The 10x demand code for demanding an act.</summary>
    public static string Demand(string code) => CameoCodes.Root(code) switch
    {
        10 => code,
        2 => "10" + code[2..],
        _ => "10" + Subject(code),
    };

    /// <summary>The 02x appeal code for appealing for an act.</summary>
    public static string Appeal(string code) => CameoCodes.Root(code) switch
    {
        2 => code,
        10 => "02" + code[2..],
        _ => "02" + Subject(code),
    };

    // What is asked for, as the last digits shared by the 02x and 10x families ("6" meet, "53" release, ...).
    private static string Subject(string code) => CameoCodes.Root(code) switch
    {
        3 => Pick(code, ("036", "6"), ("037", "7"), ("038", "8"), ("039", "8"), ("031", "1"), ("032", "2"), ("033", "3"),
                 ("0341", "41"), ("0342", "42"), ("0343", "43"), ("0344", "44"), ("034", "4"),
                 ("0351", "51"), ("0352", "52"), ("0353", "53"), ("0354", "54"), ("0355", "55"), ("0356", "56"), ("035", "5")) ?? "0",
        4 => code.StartsWith("045", StringComparison.Ordinal) ? "8" : "6",
        5 => "2",
        6 => Pick(code, ("061", "11"), ("062", "12"), ("063", "13"), ("064", "14")) ?? "1",
        7 => Pick(code, ("071", "31"), ("072", "32"), ("073", "33"), ("074", "34")) ?? "3",
        8 => Pick(code, ("0831", "41"), ("0832", "42"), ("0833", "43"), ("0834", "44"), ("083", "4"),
                 ("081", "51"), ("082", "52"), ("084", "53"), ("085", "54"), ("086", "55"), ("087", "56")) ?? "5",
        _ => "0",
    };

    private static string? Pick(string code, params ReadOnlySpan<(string Prefix, string Result)> table)
    {
        foreach (var (prefix, result) in table)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal)) return result;
        }

        return null;
    }
}
