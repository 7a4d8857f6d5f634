using System.Globalization;
using System.Text;

namespace Annals.Tests.Properties;

/// <summary>Seeded generators of text and bytes for property tests: the same seed always gives the same input.</summary>
/// <remarks>A failing case names its seed in the test's arguments, so it can be replayed as an InlineData row.</remarks>
internal sealed class Gen(int seed)
{
    private static readonly string[] Words =
    [
        "the", "minister", "said", "on", "Monday", "that", "talks", "with", "Russia", "Ukraine", "would", "resume",
        "in", "Geneva", "President", "Biden", "warned", "Moscow", "against", "an", "attack", "officials", "told",
        "reporters", "last", "week", "police", "arrested", "protesters", "near", "parliament", "Kyiv", "denied",
        "accused", "France", "Germany", "agreed", "to", "send", "aid", "March", "2022", "12", "tomorrow", "yesterday",
        "according", "a", "spokesman", "for", "U.S.", "Dr.", "Mr.", "e.g.", "No.", "1990s", "next", "year", "ago",
        "Kremlin", "NATO", "U.N.", "Security", "Council", "voted", "not", "may", "could", "threatened", "Beijing",
    ];

    private static readonly string[] Odd =
    [
        "\u201C", "\u201D", "\"", "'", "\u2019", "\u2014", "...", "(", ")", ":", ";", ",", "!", "?", "\n", "\n\n", "\t",
        "\u00A0", "\u200B", "\uFEFF", "\U0001F54A", "\U0001F1FA\U0001F1E6", "e\u0301", "\u05E9\u05DC\u05D5\u05DD",
        "\u4F1A\u8C08", "\u0000", "\u0007", "\r", "\r\n", "#", "@", "$5", "3.5%", "2022-11-06", "11/06/2022", "10:30",
    ];

    private readonly Random _rng = new(seed);

    public int Next(int max) => _rng.Next(max);

    public bool Chance(double p) => _rng.NextDouble() < p;

    /// <summary>Text that looks a little like news and a little like noise.</summary>
    public string NewsText(int maxWords)
    {
        var sb = new StringBuilder();
        int n = 1 + _rng.Next(maxWords);
        for (int i = 0; i < n; i++)
        {
            int pick = _rng.Next(100);
            if (pick < 70) sb.Append(Words[_rng.Next(Words.Length)]);
            else if (pick < 90) sb.Append(Odd[_rng.Next(Odd.Length)]);
            else if (pick < 94) sb.Append(_rng.Next(3000).ToString(CultureInfo.InvariantCulture));
            else if (pick < 97) sb.Append((char)_rng.Next(0x20, 0x3000));
            else if (pick < 98) sb.Append('\uD800'); // a lone surrogate, as broken scrapers leave them
            else sb.Append(new string((char)('a' + _rng.Next(26)), 1 + _rng.Next(400)));

            int end = _rng.Next(20);
            sb.Append(end switch { 0 => ". ", 1 => ", ", 2 => "\n", 3 => "", _ => " " });
        }

        return sb.ToString();
    }

    /// <summary>Printable text with no leading or trailing blanks, no lone surrogates and no control characters.</summary>
    public string CleanText(int maxWords)
    {
        var sb = new StringBuilder();
        int n = 1 + _rng.Next(maxWords);
        for (int i = 0; i < n; i++)
        {
            if (i > 0) sb.Append(_rng.Next(12) == 0 ? "\n" : " ");
            sb.Append(_rng.Next(10) switch
            {
                0 => "\u201Cquoted, \"words\"\u201D",
                1 => "\u4F1A\u8C08\U0001F54A",
                2 => "a,b;c",
                _ => Words[_rng.Next(Words.Length)],
            });
        }

        return sb.ToString();
    }

    public DateOnly Date() => new DateOnly(1990, 1, 1).AddDays(_rng.Next(14000));

    /// <summary>Applies a few random corruptions to <paramref name="bytes"/>: flipped bytes, invalid UTF-8, NULs, cuts, huge lines.</summary>
    public byte[] Corrupt(byte[] bytes, int hugeLine)
    {
        var list = new List<byte>(bytes);
        int edits = 1 + _rng.Next(5);
        for (int e = 0; e < edits; e++)
        {
            int at = list.Count == 0 ? 0 : _rng.Next(list.Count + 1);
            switch (_rng.Next(7))
            {
                case 0 when list.Count > 0: list[Math.Min(at, list.Count - 1)] = (byte)_rng.Next(256); break;
                case 1: list.InsertRange(at, [0xFF]); break;
                case 2: list.InsertRange(at, [0xC3]); break;
                case 3: list.InsertRange(at, [0]); break;
                case 4: list.RemoveRange(at, Math.Min(list.Count - at, _rng.Next(40))); break;
                case 5: list.InsertRange(at, Enumerable.Repeat((byte)'x', hugeLine)); break;
                default: list.InsertRange(at, "\r\n\"{,"u8.ToArray()); break;
            }
        }

        return [.. list];
    }
}

/// <summary>A stream that hands out its bytes 1 to 17 at a time, in a seeded order, so that readers meet every buffer boundary.</summary>
internal sealed class RandomTrickleStream(byte[] bytes, int seed) : Annals.Tests.Input.PieceStream(bytes, Pieces(seed))
{
    private static Func<int, int> Pieces(int seed)
    {
        var rng = new Random(seed);
        return _ => 1 + rng.Next(17);
    }
}
