using System.Globalization;
using Annals.Documents;
using Annals.Storage;

namespace Annals.Cli.Tests;

/// <summary>Wire reports written for these tests (our own words): several articles report the same events, over several weeks.</summary>
internal static class ExploreWires
{
    public static void Fill(string db)
    {
        using var store = AnnalsStore.Open(db);
        using var ingest = store.BeginIngest("test/1");
        foreach (var d in Documents()) ingest.Add(d);
        ingest.Complete();
    }

    public static IEnumerable<AnalyzedDocument> Documents()
    {
        // The same strike on Monday 10 October 2022, reported by three wires (one dates it a day later).
        yield return Doc("strike-a", "2022-10-11", "Russian forces struck Kyiv on Monday, killing several people. Ukraine condemned the attack.",
            ("struck", "RUSMIL", "UKR", "195", "2022-10-10", -10.0), ("condemned", "UKR", "RUSMIL", "111", "2022-10-11", -2.0));
        yield return Doc("strike-b", "2022-10-11", "Kyiv was struck by Russian forces on Monday morning, officials said.",
            ("struck", "RUSMIL", "UKR", "195", "2022-10-10", -10.0));
        yield return Doc("strike-c", "2022-10-12", "Russian forces struck Kyiv on Tuesday, according to one report, with \"heavy\" damage, the mayor said.",
            ("struck", "RUSMIL", "UKR", "190", "2022-10-11", -10.0));

        // A quiet diplomatic thread between the United States and Russia over ten weeks.
        var monday = new DateOnly(2022, 9, 5);
        for (int week = 0; week < 10; week++)
        {
            if (week is 3 or 4) continue; // two weeks without events, to be filled with zeros
            var day = monday.AddDays(7 * week + 1);
            string d = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return Doc($"talks-{week}", d, "American envoys met Russian officials on Tuesday. Moscow criticised Washington afterwards.",
                ("met", "USAGOV", "RUSGOV", "036", d, 4.0), ("criticised", "RUSGOV", "USAGOV", "111", d, -2.0));
        }
    }

    private static AnalyzedDocument Doc(string id, string date, string text, params (string Trigger, string Source, string Target, string Cameo, string? Date, double Goldstein)[] events)
    {
        int At(string words) => text.IndexOf(words, StringComparison.Ordinal) is >= 0 and var i ? i : throw new ArgumentException(words);
        var sentences = new List<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                sentences.Add(new Sentence(start, i + 1));
                start = i + 2;
            }
        }

        var doc = new AnalyzedDocument(new Article(id, DateOnly.Parse(date, CultureInfo.InvariantCulture), text)) { Sentences = [.. sentences] };
        return doc with
        {
            Events = [.. events.Select(e => new CodedEvent(doc.SentenceAt(At(e.Trigger)), At(e.Trigger), At(e.Trigger) + e.Trigger.Length, e.Cameo, new EventParty(e.Source, null, -1), new EventParty(e.Target, null, -1), Mood.Asserted)
            {
                Date = e.Date,
                DateBasis = e.Date is null ? null : "timex",
                Goldstein = e.Goldstein,
                QuadClass = Annals.Events.CameoCodes.QuadClass(e.Cameo),
                EvidenceStart = doc.Sentences[doc.SentenceAt(At(e.Trigger))].Start,
                EvidenceEnd = doc.Sentences[doc.SentenceAt(At(e.Trigger))].End,
                Confidence = 0.5,
            })],
        };
    }
}

/// <summary>Reads what a PNG file says about itself.</summary>
internal static class Png
{
    /// <summary>Width and height from the IHDR chunk; throws when the bytes are not a PNG.</summary>
    public static (int Width, int Height) Size(byte[] png)
    {
        Assert.True(png.Length > 33, "too short for a PNG");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        Assert.Equal("IEND"u8.ToArray(), png[^8..^4]);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
