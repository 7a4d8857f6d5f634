using System.Globalization;

namespace Annals.Time;

/// <summary>How fine a calendar value is.</summary>
internal enum Grain : byte
{
    None,
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Weekend,
    Day,
    Time,
}

/// <summary>A calendar date or period at some granularity, with the arithmetic and TIMEX3 formatting the recognizer needs.</summary>
/// <remarks>
/// <see cref="Year"/> holds the year for every grain from <see cref="Grain.Year"/> down, the century number ("19" for
/// the 1900s) for <see cref="Grain.Century"/> and the decade number (199) for <see cref="Grain.Decade"/>.
/// <see cref="Sub"/> is the half, quarter, season (1 spring ... 4 winter), month, or ISO week; for weeks
/// <see cref="Year"/> is the ISO week-year. Every operation checks its range and reports failure instead of throwing.
/// </remarks>
internal readonly struct TimePoint
{
    private static readonly string[] s_seasons = ["SP", "SU", "FA", "WI"];

    public TimePoint(Grain grain, int year, int sub = 0, int day = 0, int hour = -1, int minute = 0, string? part = null, bool open = false)
    {
        Grain = grain;
        Year = year;
        Sub = sub;
        Day = day;
        Hour = hour;
        Minute = minute;
        Part = part;
        Open = open;
    }

    public Grain Grain { get; }

    public int Year { get; }

    public int Sub { get; }

    public int Day { get; }

    /// <summary>Hour of a clock time, or -1 when the time is a part of day or absent.</summary>
    public int Hour { get; }

    public int Minute { get; }

    /// <summary>Part of day ("MO", "NI") of a <see cref="Grain.Time"/> value, or null.</summary>
    public string? Part { get; }

    /// <summary>For decades: written without the final X ("199", the TimeML form for a modified decade).</summary>
    public bool Open { get; }

    public bool IsValid => Grain != Grain.None;

    public static TimePoint FromDate(DateOnly d) => new(Grain.Day, d.Year, d.Month, d.Day);

    public static bool TryDate(int year, int month, int day, out TimePoint point)
    {
        point = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        point = new TimePoint(Grain.Day, year, month, day);
        return true;
    }

    /// <summary>The date of a day-or-finer value.</summary>
    public DateOnly Date => new(Year, Sub, Day);

    public bool HasDate => Grain is Grain.Day or Grain.Time;

    /// <summary>The same point as a time of day ("MO" or 10:35).</summary>
    public TimePoint WithTime(int hour, int minute, string? part) =>
        HasDate ? new TimePoint(Grain.Time, Year, Sub, Day, hour, minute, part) : this;

    /// <summary>Coarsens the point to <paramref name="grain"/>; a point coarser than asked is returned unchanged.</summary>
    public TimePoint To(Grain grain)
    {
        if (grain == Grain || !IsValid) return this;
        if (HasDate)
        {
            var d = Date;
            switch (grain)
            {
                case Grain.Day: return new TimePoint(Grain.Day, Year, Sub, Day);
                case Grain.Week:
                case Grain.Weekend:
                    {
                        var dt = d.ToDateTime(TimeOnly.MinValue);
                        return new TimePoint(grain, ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
                    }
                case Grain.Time: return this;
                default: break;
            }
        }

        if (Grain is Grain.Week or Grain.Weekend)
        {
            if (grain is Grain.Week or Grain.Weekend) return new TimePoint(grain, Year, Sub);
            // A week belongs to the month and year of its Thursday, as ISO weeks belong to years.
            var thursday = DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Sub, DayOfWeek.Thursday));
            return FromDate(thursday).To(grain);
        }

        if (grain >= Grain) return this; // finer than we know: keep what we have
        int month = Grain switch
        {
            Grain.Month or Grain.Day or Grain.Time => Sub,
            Grain.Quarter => Sub * 3 - 2,
            Grain.Half => Sub * 6 - 5,
            Grain.Season => Sub * 3,
            _ => 0,
        };
        return grain switch
        {
            Grain.Century => new TimePoint(grain, Grain == Grain.Decade ? Year / 10 : Year / 100),
            Grain.Decade => Grain == Grain.Century ? this : new TimePoint(grain, Year / 10),
            Grain.Year => Grain is Grain.Century or Grain.Decade ? this : new TimePoint(grain, Year),
            Grain.Half when month > 0 => new TimePoint(grain, Year, (month + 5) / 6),
            Grain.Quarter when month > 0 => new TimePoint(grain, Year, (month + 2) / 3),
            // January and February belong to the winter that began the December before.
            Grain.Season when month > 0 => new TimePoint(grain, month <= 2 ? Year - 1 : Year, SeasonOf(month)),
            Grain.Month when month > 0 => new TimePoint(grain, Year, month),
            _ => this,
        };
    }

    /// <summary>Season of a month: March-May spring, June-August summer, September-November fall, else winter.</summary>
    public static int SeasonOf(int month) => month switch
    {
        >= 3 and <= 5 => 1,
        >= 6 and <= 8 => 2,
        >= 9 and <= 11 => 3,
        _ => 4,
    };

    /// <summary>Moves the point by <paramref name="n"/> of its own grain; false when the result leaves years 1-9999.</summary>
    public bool TryShift(int n, out TimePoint result)
    {
        result = this;
        if (n == 0) return IsValid;
        if (Math.Abs(n) > 100_000) return false;
        switch (Grain)
        {
            case Grain.Century:
            case Grain.Decade:
            case Grain.Year:
                result = new TimePoint(Grain, Year + n, Sub, open: Open);
                return YearOk(Grain == Grain.Year ? Year + n : 2000);
            case Grain.Half: return Cycle(2, n, out result);
            case Grain.Quarter: return Cycle(4, n, out result);
            case Grain.Season: return Cycle(4, n, out result);
            case Grain.Month: return Cycle(12, n, out result);
            case Grain.Week:
            case Grain.Weekend:
                {
                    var monday = ISOWeek.ToDateTime(Year, Sub, DayOfWeek.Monday);
                    if (!DaysOk(monday, 7L * n)) return false;
                    var moved = monday.AddDays(7.0 * n);
                    result = new TimePoint(Grain, ISOWeek.GetYear(moved), ISOWeek.GetWeekOfYear(moved));
                    return true;
                }
            case Grain.Day:
            case Grain.Time:
                {
                    var dt = Date.ToDateTime(TimeOnly.MinValue);
                    if (!DaysOk(dt, n)) return false;
                    var moved = DateOnly.FromDateTime(dt.AddDays(n));
                    result = new TimePoint(Grain, moved.Year, moved.Month, moved.Day, Hour, Minute, Part);
                    return true;
                }
            default:
                return false;
        }
    }

    /// <summary>
    /// Moves a clock time by <paramref name="minutes"/> ("40 minutes later" after "10:03 p.m."), across midnight if need
    /// be; false for a point with no clock hour (a day, or a part of day such as "that night") or out of range.
    /// </summary>
    public bool TryShiftMinutes(long minutes, out TimePoint result)
    {
        result = this;
        if (Grain != Grain.Time || Hour < 0 || Math.Abs(minutes) > 1_000_000) return false;
        long total = (long)Hour * 60 + Minute + minutes;
        long days = total >= 0 ? total / 1440 : -((-total + 1439) / 1440);
        long rest = total - days * 1440;
        var dt = Date.ToDateTime(TimeOnly.MinValue);
        if (!DaysOk(dt, days)) return false;
        var moved = DateOnly.FromDateTime(dt.AddDays(days));
        result = new TimePoint(Grain.Time, moved.Year, moved.Month, moved.Day, (int)(rest / 60), (int)(rest % 60));
        return true;
    }

    /// <summary>Moves the point by <paramref name="n"/> units of <paramref name="unit"/>, at the finer of the two grains.</summary>
    public bool TryShift(int n, Grain unit, out TimePoint result)
    {
        result = this;
        if (unit == Grain.None || !IsValid || Math.Abs(n) > 100_000) return false;
        if (unit == Grain) return TryShift(n, out result);
        switch (unit)
        {
            case Grain.Year when Grain is >= Grain.Half and <= Grain.Month:
                return TryShiftMonths(12L * n, out result);
            case Grain.Quarter when Grain == Grain.Month:
                return TryShiftMonths(3L * n, out result);
            case Grain.Year or Grain.Month or Grain.Quarter when HasDate:
                {
                    long months = unit == Grain.Year ? 12L * n : unit == Grain.Quarter ? 3L * n : n;
                    long idx = Year * 12L + Sub - 1 + months;
                    if (idx < 12 || idx > 9999L * 12 + 11) return false;
                    int y = (int)(idx / 12), m = (int)(idx % 12) + 1;
                    int day = Math.Min(Day, DateTime.DaysInMonth(y, m));
                    result = new TimePoint(Grain, y, m, day, Hour, Minute, Part);
                    return true;
                }
            case Grain.Week when HasDate:
                return TryShift(7 * n, out result);
            case Grain.Decade when Grain is >= Grain.Year:
                return TryShift(10 * n, Grain.Year, out result);
            case Grain.Century when Grain is >= Grain.Year:
                return TryShift(100 * n, Grain.Year, out result);
            default:
                // A unit finer than the point ("two days after 1998"): coarsen the unit's effect away.
                if (unit > Grain) return false;
                var coarse = To(unit);
                return coarse.TryShift(n, out result);
        }
    }

    private bool TryShiftMonths(long months, out TimePoint result)
    {
        result = this;
        int per = Grain switch { Grain.Half => 6, Grain.Quarter or Grain.Season => 3, _ => 1 };
        return Cycle(12 / per, (int)(months / per), out result);
    }

    private bool Cycle(int perYear, int n, out TimePoint result)
    {
        result = this;
        long idx = Year * (long)perYear + Sub - 1 + n;
        if (idx < perYear || idx > 9999L * perYear + perYear - 1) return false;
        result = new TimePoint(Grain, (int)(idx / perYear), (int)(idx % perYear) + 1);
        return true;
    }

    private static bool YearOk(int y) => y >= 1 && y <= 9999;

    private static bool DaysOk(DateTime from, long days) =>
        days > -3_000_000 && days < 3_000_000 && (from - DateTime.MinValue).TotalDays + days >= 0 && (DateTime.MaxValue - from).TotalDays - days >= 1;

    /// <summary>Compares the starts of two points (coarser points start at their first day).</summary>
    public DateOnly StartDate()
    {
        switch (Grain)
        {
            case Grain.Day or Grain.Time: return Date;
            case Grain.Week or Grain.Weekend:
                return DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Sub, Grain == Grain.Week ? DayOfWeek.Monday : DayOfWeek.Saturday));
            case Grain.Month: return new DateOnly(Year, Sub, 1);
            case Grain.Quarter: return new DateOnly(Year, Sub * 3 - 2, 1);
            case Grain.Half: return new DateOnly(Year, Sub * 6 - 5, 1);
            case Grain.Season: return new DateOnly(Year, Sub * 3, 1);
            case Grain.Year: return new DateOnly(Year, 1, 1);
            case Grain.Decade: return new DateOnly(Math.Clamp(Year * 10, 1, 9999), 1, 1);
            case Grain.Century: return new DateOnly(Math.Clamp(Year * 100, 1, 9999), 1, 1);
            default: return DateOnly.MinValue;
        }
    }

    /// <summary>The last day of the point.</summary>
    public DateOnly EndDate()
    {
        if (HasDate) return Date;
        if (TryShift(1, out var next) && next.IsValid)
        {
            var start = next.StartDate();
            return start > DateOnly.MinValue ? start.AddDays(-1) : start;
        }

        return DateOnly.MaxValue;
    }

    /// <summary>The TIMEX3 value ("1998-08-07", "1998-W32", "199X", "1998-08-07TMO").</summary>
    public string Format()
    {
        var inv = CultureInfo.InvariantCulture;
        switch (Grain)
        {
            case Grain.Century: return Year.ToString("00", inv);
            case Grain.Decade: return Year.ToString("000", inv) + (Open ? "" : "X");
            case Grain.Year: return Year.ToString("0000", inv);
            case Grain.Half: return string.Create(inv, $"{Year:0000}-H{Sub}");
            case Grain.Quarter: return string.Create(inv, $"{Year:0000}-Q{Sub}");
            case Grain.Season: return string.Create(inv, $"{Year:0000}-{s_seasons[Math.Clamp(Sub, 1, 4) - 1]}");
            case Grain.Month: return string.Create(inv, $"{Year:0000}-{Sub:00}");
            case Grain.Week: return string.Create(inv, $"{Year:0000}-W{Sub:00}");
            case Grain.Weekend: return string.Create(inv, $"{Year:0000}-W{Sub:00}-WE");
            case Grain.Day: return string.Create(inv, $"{Year:0000}-{Sub:00}-{Day:00}");
            case Grain.Time:
                if (Part != null) return string.Create(inv, $"{Year:0000}-{Sub:00}-{Day:00}T{Part}");
                return string.Create(inv, $"{Year:0000}-{Sub:00}-{Day:00}T{Hour:00}:{Minute:00}");
            default: return "";
        }
    }
}
