using Annals.Documents;

namespace Annals.Storage.Tests;

/// <summary>Hand-written wire reports (our own words) in which several articles report the same events.</summary>
internal static class ExploreCorpus
{
    // Monday 10 October: shelling reported by two wires, one of which dates it a day later.
    public static AnalyzedDocument WireA() => DocBuilder.Article("wire-a", "2022-10-11",
            "Russian forces shelled Kharkiv on Monday. Ukraine's president appealed to allies for air defence.")
        .Event("shelled", "RUSMIL", "UKR", "195", "2022-10-10", goldstein: -10.0)
        .Event("appealed", "UKRGOV", "NATO", "020", "2022-10-10", goldstein: 3.0)
        .Build();

    public static AnalyzedDocument WireB() => DocBuilder.Article("wire-b", "2022-10-12",
            "Kharkiv was shelled by Russian forces on Tuesday, residents said. The city lost power for hours.")
        .Event("shelled", "RUSMIL", "UKR", "190", "2022-10-11", goldstein: -10.0)
        .Build();

    // Four days later: a new attack, not the same one (outside a one-day window).
    public static AnalyzedDocument WireC() => DocBuilder.Article("wire-c", "2022-10-16",
            "Russian forces shelled Kharkiv again on Saturday. Ukraine condemned the strike.")
        .Event("shelled", "RUSMIL", "UKR", "195", "2022-10-15", goldstein: -10.0)
        .Event("condemned", "UKR", "RUS", "111", "2022-10-15", goldstein: -2.0)
        .Build();

    // The same who and when, but denied: a negated mention is not the same report as an asserted one.
    public static AnalyzedDocument WireD() => DocBuilder.Article("wire-d", "2022-10-12",
            "Moscow denied that its forces shelled Kharkiv on Monday. Allies pledged more aid to Kyiv.")
        .Event("shelled", "RUSMIL", "UKR", "195", "2022-10-10", Mood.Negated, goldstein: -10.0)
        .Event("pledged", "NATO", "UKR", "057", "2022-10-12", goldstein: 7.0)
        .Build();

    // Month-precise dates merge only with the same month; a day-precise date of that month stays apart.
    public static AnalyzedDocument WireE() => DocBuilder.Article("wire-e", "2022-10-20",
            "Ukrainian and Russian envoys met in October, a diplomat said. The envoys met again on 1 October.")
        .Event("met", "UKRGOV", "RUSGOV", "036", "2022-10", goldstein: 4.0)
        .Event("met again", "UKRGOV", "RUSGOV", "036", "2022-10-01", goldstein: 4.0)
        .Build();

    public static AnalyzedDocument WireF() => DocBuilder.Article("wire-f", "2022-10-21",
            "Envoys of Ukraine met Russian counterparts in October. No date for talks was set.")
        .Event("met", "UKRGOV", "RUSGOV", "036", "2022-10", goldstein: 4.0)
        .Build();

    // Undated events are never merged, whatever else they share.
    public static AnalyzedDocument WireG() => DocBuilder.Article("wire-g", "2022-10-22",
            "Russian forces shelled Kharkiv at some point. Russian forces shelled Kharkiv once more.")
        .Event("shelled Kharkiv at", "RUSMIL", "UKR", "195", null, goldstein: -10.0)
        .Event("shelled Kharkiv once", "RUSMIL", "UKR", "195", null, goldstein: -10.0)
        .Build();

    public static AnalyzedDocument[] All() => [WireA(), WireB(), WireC(), WireD(), WireE(), WireF(), WireG()];
}
