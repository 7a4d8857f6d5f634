using System.Globalization;

namespace Annals.Storage;

/// <summary>Turns a TIMEX3 value into a sortable calendar day: the first day of the period it names.</summary>
/// <remarks>
/// "2022-10-25" and "2022-10-25T10:35" give that day; "2022-10" the first of the month; "2022-W43" the Monday of
/// ISO week 43 ("2022-W43-WE" its Saturday); "2022-Q3" and "2022-H2" the first day of the quarter or half;
/// "2022-SP/SU/FA/WI" the first day of the meteorological season (winter from 1 December of that year);
/// "2022" 1 January; "202" or "202X" (a decade) 1 January 2020; "20" or "20XX" (a century) 1 January 2000.
/// Anything else (PRESENT_REF, durations, "XXXX-10-25", impossible dates) gives null. Never throws.
/// </remarks>
public static class TimexDays
{
    /// <summary>The first day of the period <paramref name="value"/> names, or null when it names no calendar period.</summary>
    public static DateOnly? FirstDay(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var v = value.AsSpan();
        int t = v.IndexOf('T');
        if (t >= 0) v = v[..t];

        // A bare decade or century: "199", "19".
        if (v.Length is 2 or 3 && AllDigits(v))
        {
            int n = Digits(v);
            return Day(v.Length == 3 ? n * 10 : n * 100, 1, 1);
        }

        // The same written with its open digits: "199X" (the 1990s), "19XX" (the 1900s).
        if (v.Length == 4 && AllDigits(v[..3]) && v[3] == 'X') return Day(Digits(v[..3]) * 10, 1, 1);
        if (v.Length == 4 && AllDigits(v[..2]) && v[2] == 'X' && v[3] == 'X') return Day(Digits(v[..2]) * 100, 1, 1);

        if (v.Length < 4 || !AllDigits(v[..4])) return null;
        int year = Digits(v[..4]);
        if (v.Length == 4) return Day(year, 1, 1);
        if (v[4] != '-' || v.Length < 6) return null;
        var rest = v[5..];

        if (rest.Length == 2 && AllDigits(rest))
            return Day(year, Digits(rest), 1);
        if (rest.Length == 5 && AllDigits(rest[..2]) && rest[2] == '-' && AllDigits(rest[3..]))
            return Day(year, Digits(rest[..2]), Digits(rest[3..]));
        if (rest[0] == 'W' && rest.Length >= 3 && AllDigits(rest.Slice(1, 2)))
        {
            int week = Digits(rest.Slice(1, 2));
            if (year < 1 || year >= 9999 || week < 1 || week > ISOWeek.GetWeeksInYear(year)) return null;
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            if (rest.Length == 3) return monday;
            if (rest[3..].SequenceEqual("-WE")) return monday.AddDays(5);
            if (rest.Length == 5 && rest[3] == '-' && rest[4] is >= '1' and <= '7') return monday.AddDays(rest[4] - '1');
            return null;
        }

        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
            return Day(year, (rest[1] - '1') * 3 + 1, 1);
        if (rest.Length == 2 && rest[0] == 'H' && rest[1] is '1' or '2')
            return Day(year, rest[1] == '1' ? 1 : 7, 1);
        if (rest.Length == 2)
        {
            return rest switch
            {
                "SP" => Day(year, 3, 1),
                "SU" => Day(year, 6, 1),
                "FA" or "AU" => Day(year, 9, 1),
                "WI" => Day(year, 12, 1),
                _ => null,
            };
        }

        return null;
    }

    private static DateOnly? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }

        return s.Length > 0;
    }

    private static int Digits(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s) n = n * 10 + (c - '0');
        return n;
    }
}
