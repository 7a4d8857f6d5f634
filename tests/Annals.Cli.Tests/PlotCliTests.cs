using Annals.Cli.Commands;
using Annals.Storage;

namespace Annals.Cli.Tests;

/// <summary><c>annals plot</c>: the series behind the charts, and the PNG files.</summary>
public sealed class PlotCliTests : IDisposable
{
    private readonly StoreFolder _dir = new();

    public PlotCliTests() => ExploreWires.Fill(_dir.Db);

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("2022-09-05", "2022-09-26", "2022-09-05,2022-09-12,2022-09-19,2022-09-26")]
    [InlineData("2022-09-07", "2022-09-07", "2022-09-05")]
    [InlineData("2022-09-26", "2022-09-05", "")]
    public void PeriodsBetween_Weeks_AreConsecutiveMondays(string first, string last, string expected)
    {
        var weeks = PlotSeries.PeriodsBetween(Bin.Week, DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, string.Join(',', weeks.Select(w => w.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("2022-09-05:2:4:-2,2022-09-26:1:0:-3", "Week 2022-09-05,2022-09-12,2022-09-19,2022-09-26 coop 4,0,0,0 conflict -2,0,0,-3 events 2,0,0,1")]
    [InlineData("2019-01-07:1:5:0,2022-03-07:1:0:-7", "Month first 2019-01-01 last 2022-03-01 periods 39 coop 5 conflict -7 events 2")]
    [InlineData("", "Week  coop  conflict  events ")]
    public void Dyad_WeeklyRows_FillsGapsAndKeepsSums(string rows, string expected)
    {
        var weeks = rows.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(':')).Select(p =>
            new DyadWeek(DateOnly.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture), double.Parse(p[3], System.Globalization.CultureInfo.InvariantCulture), 0, 0)).ToList();

        var s = PlotSeries.Dyad(weeks);

        string text = s.Bin == Bin.Week
            ? $"{s.Bin} {Days(s.Periods)} coop {Join(s.Cooperation)} conflict {Join(s.Conflict)} events {Join(s.Events)}"
            : $"{s.Bin} first {s.Periods[0]:yyyy-MM-dd} last {s.Periods[^1]:yyyy-MM-dd} periods {s.Periods.Length} coop {s.Cooperation.Sum()} conflict {s.Conflict.Sum()} events {s.Events.Sum()}";
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("USA", "RUS", "2022-09-05,2022-09-12,2022-09-19,2022-09-26,2022-10-03,2022-10-10,2022-11-07", 10, "4,4,4,0,0,4,4")]
    public void Dyad_FromStore_HasOneCooperationAndOneConflictEventPerTalksWeek(string a, string b, string span, int weeks, string coopHead)
    {
        using var store = AnnalsStore.Open(_dir.Db, readOnly: true);

        var s = PlotSeries.Dyad(store.DyadWeeks(a, b, new EventFilter()));

        var expected = span.Split(',');
        Assert.Equal(Bin.Week, s.Bin);
        Assert.Equal(weeks, s.Periods.Length);
        Assert.Equal(expected[0], s.Periods[0].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected[^1], s.Periods[^1].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(coopHead, Join(s.Cooperation.Take(5).Append(s.Cooperation[^2]).Append(s.Cooperation[^1])));
        Assert.Equal(8 * 2, s.Events.Sum());
        Assert.Equal(-2 * 8, s.Conflict.Sum());
    }

    [Theory]
    [InlineData("UKR", "2022-10-10", 0, 0, 1, 1)]
    public void Quads_FromStore_CountsTheMergedStrikeOnce(string actor, string week, double q1, double q2, double q3, double q4)
    {
        using var store = AnnalsStore.Open(_dir.Db, readOnly: true);

        var s = PlotSeries.Quads(store.QuadWeeks(new EventFilter { Actor = actor }));

        int i = Array.IndexOf(s.Periods, DateOnly.Parse(week, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([q1, q2, q3, q4], s.Counts.Select(c => c[i]));
    }

    [Theory]
    [InlineData(new[] { "dyad", "USA", "RUS" }, 1000, 500)]
    [InlineData(new[] { "dyad", "usa", "rus", "--width", "640", "--height", "360" }, 640, 360)]
    [InlineData(new[] { "timeline", "--actor", "UKR", "--width", "800", "--height", "400" }, 800, 400)]
    [InlineData(new[] { "timeline" }, 1000, 500)]
    public void Plot_Kind_WritesAPngOfTheGivenSize(string[] args, int width, int height)
    {
        string file = _dir.File("chart.png");

        var (code, _, err) = CliRun.Execute(["plot", .. args, "--db", _dir.Db, "-o", file]);

        Assert.Equal(0, code);
        Assert.Contains("wrote " + file, err, StringComparison.Ordinal);
        Assert.Equal((width, height), Png.Size(File.ReadAllBytes(file)));
    }

    [Theory]
    [InlineData(new[] { "dyad", "USA", "FRA" }, 1, "E172: no dated events for USA and FRA")]
    [InlineData(new[] { "timeline", "--actor", "ZZZ" }, 1, "E172: no dated events for ZZZ")]
    [InlineData(new[] { "dyad", "USA" }, 2, "plot dyad takes two actor codes")]
    [InlineData(new[] { "pie" }, 2, "plot takes 'dyad A B' or 'timeline --actor X', not 'pie'")]
    [InlineData(new[] { "timeline", "--width", "20" }, 2, "--width and --height take 100 to 8000 pixels")]
    public void Plot_NothingOrBadCommandLine_SaysWhy(string[] args, int expectedCode, string message)
    {
        var (code, _, err) = CliRun.Execute(["plot", .. args, "--db", _dir.Db, "-o", _dir.File("x.png")]);

        Assert.Equal(expectedCode, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("x.png")));
    }

    [Theory]
    [InlineData("missing/x.png")]
    public void Plot_UnwritablePath_FailsWithE171(string name)
    {
        var (code, _, err) = CliRun.Execute("plot", "dyad", "USA", "RUS", "--db", _dir.Db, "-o", _dir.File(name));

        Assert.Equal(1, code);
        Assert.Contains("E171: cannot write", err, StringComparison.Ordinal);
    }

    private static string Days(IEnumerable<DateOnly> days) => string.Join(',', days.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    private static string Join(IEnumerable<double> values) => string.Join(',', values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
