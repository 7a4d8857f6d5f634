using System.Globalization;
using Microsoft.Recognizers.Text;

namespace Annals.Bench.Time;

/// <summary>Turns a Microsoft.Recognizers.Text.DateTime result into the TIMEX3 value TimeBank writes.</summary>
/// <remarks>
/// The recogniser gives a TIMEX-like string plus resolved candidates. A fully specified timex is kept as it is;
/// one left open ("XXXX-10-03", "XXXX-WXX-2") takes the first (past) candidate, the reading news mostly means,
/// and a weekday that is the article's own weekday, or a bare clock time, the article's day;
/// a range ("(2022-10-01,2022-11-01,P1M)") becomes the month, ISO week or year it covers, else its first day.
/// </remarks>
internal static class MicrosoftTimex
{
    public static string? Value(ModelResult r, DateOnly reference)
    {
        if (r.Resolution is null || !r.Resolution.TryGetValue("values", out var raw) || raw is not List<Dictionary<string, string>> values || values.Count == 0)
            return null;
        var first = values[0];
        string timex = first.GetValueOrDefault("timex") ?? "";
        string type = first.GetValueOrDefault("type") ?? "";
        if (timex is "PRESENT_REF" or "FUTURE_REF" or "PAST_REF") return timex;
        if (type is "duration" or "set") return timex;
        string day = reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // A clock time alone ("T10:35") is read on the article's day, as TimeBank writes it.
        if (timex.StartsWith('T')) return day + timex;
        // "Friday" in a Friday article: the recogniser offers last and next Friday only; news means the day itself.
        if (timex.Length == 10 && timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal)
            && timex[9] - '0' == (reference.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)reference.DayOfWeek))
            return day;
        bool open = timex.Contains('X') || timex.StartsWith('(');
        if (!open) return timex;
        if (type is "date" or "datetime")
        {
            var v = values[0].GetValueOrDefault("value");
            if (v is null || !DateTime.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)) return timex;
            return type == "date" ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dt.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        }

        if (values[0].TryGetValue("start", out var s) && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            DateTime end = values[0].TryGetValue("end", out var e) && DateTime.TryParse(e, CultureInfo.InvariantCulture, DateTimeStyles.None, out var ed) ? ed : start;
            string year = start.Year.ToString(CultureInfo.InvariantCulture);
            if (start.Day == 1 && start.Month == 1 && end == start.AddYears(1)) return year;
            if (start.Day == 1 && start.Month == 1 && start.Year % 10 == 0 && end == start.AddYears(10)) return year[..3] + "X";
            if (start.Day == 1 && start.Month % 3 == 1 && end == start.AddMonths(3)) return year + "-Q" + ((start.Month + 2) / 3).ToString(CultureInfo.InvariantCulture);
            if (start.Day == 1 && start.Month is 1 or 7 && end == start.AddMonths(6)) return year + "-H" + (start.Month == 1 ? "1" : "2");
            if (start.Day == 1 && end == start.AddMonths(1)) return start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            if (start.DayOfWeek == DayOfWeek.Monday && end == start.AddDays(7))
                return ISOWeek.GetYear(start).ToString(CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(start).ToString("00", CultureInfo.InvariantCulture);
            return start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return timex;
    }
}
