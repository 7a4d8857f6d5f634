using Annals.Storage;
using ScottPlot;

namespace Annals.Cli.Commands;

/// <summary><c>annals plot dyad A B | plot timeline --actor X [filters] [-o FILE.png] [--width W] [--height H]</c>: PNG charts.</summary>
/// <remarks>
/// Both charts count merged events (the same event reported by many articles counts once), dated to a day or a
/// week, per ISO week. <c>dyad</c>: the Goldstein sum of cooperation above the axis and of conflict below, both
/// directions between the two actors, with the number of events on the right axis. <c>timeline</c>: events per
/// week stacked by quad class. The store is opened read-only.
/// </remarks>
internal static class PlotCommand
{
    private const int DefaultWidth = 1000, DefaultHeight = 500;

    private static readonly string[] Options = ["db", "output", "actor", "source", "target", "root", "from", "to", "mood", "all-moods", "width", "height"];

    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        QueryCommand.AllowOnly(args, "plot", Options);
        string kind = args.Positional.Count > 0 ? args.Positional[0] : throw new UsageException("plot takes 'dyad A B' or 'timeline --actor X'");
        int width = args.GetInt("width", DefaultWidth), height = args.GetInt("height", DefaultHeight);
        if (width is < 100 or > 8000 || height is < 100 or > 8000) throw new UsageException("--width and --height take 100 to 8000 pixels");
        var filter = QueryCommand.EventFilterFrom(args);
        string output;
        string? a = null, b = null;
        switch (kind)
        {
            case "dyad":
                if (args.Positional.Count < 3 || args.Positional[1].StartsWith('-') || args.Positional[2].StartsWith('-'))
                    throw new UsageException("plot dyad takes two actor codes: plot dyad USA RUS");
                (a, b) = (args.Positional[1].ToUpperInvariant(), args.Positional[2].ToUpperInvariant());
                output = ExportCommand.OutputPath(args, "plot dyad", "dyad.png", skip: 3)!;
                break;
            case "timeline":
                output = ExportCommand.OutputPath(args, "plot timeline", "timeline.png", skip: 1)!;
                break;
            default:
                throw new UsageException($"plot takes 'dyad A B' or 'timeline --actor X', not '{kind}'");
        }

        var store = QueryCommand.OpenForReading(args, stderr);
        if (store is null) return 1;
        byte[] png;
        using (store)
        {
            if (a is not null && b is not null)
            {
                var series = PlotSeries.Dyad(store.DyadWeeks(a, b, filter));
                if (series.Periods.Length == 0) return NothingToDraw(stderr, $"{a} and {b}");
                png = PlotDrawing.Dyad(series, $"{a} – {b}: Goldstein sum of events per {PlotDrawing.Name(series.Bin)}, both directions", width, height);
            }
            else
            {
                var series = PlotSeries.Quads(store.QuadWeeks(filter));
                if (series.Periods.Length == 0) return NothingToDraw(stderr, filter.Actor ?? "the store");
                string who = filter.Actor is { Length: > 0 } actor ? actor.ToUpperInvariant() : "all actors";
                png = PlotDrawing.Quads(series, $"{who}: {MoodWords(filter)} events per {PlotDrawing.Name(series.Bin)} by quad class", width, height);
            }
        }

        try
        {
            File.WriteAllBytes(output, png);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine("annals: " + ExploreErrors.Format(ExploreErrors.E171, output, ex.Message));
            return 1;
        }

        stderr.WriteLine($"annals: wrote {output} ({width}×{height})");
        return 0;
    }

    private static int NothingToDraw(TextWriter stderr, string what)
    {
        stderr.WriteLine("annals: " + ExploreErrors.Format(ExploreErrors.E172, what));
        return 1;
    }

    private static string MoodWords(EventFilter filter) => filter.Mood is { } m ? Annals.Pipeline.ExtractionJsonWriter.MoodName(m) : "all";
}

/// <summary>How wide one bar of a chart is.</summary>
internal enum Bin
{
    /// <summary>An ISO week, Monday to Sunday.</summary>
    Week,
    /// <summary>A calendar month (weeks counted in the month of their Monday), for spans too long for weekly bars.</summary>
    Month,
}

/// <summary>Periodic series ready to draw: every period from the first to the last, periods without events as zero.</summary>
/// <param name="Bin">Width of a period.</param>
/// <param name="Periods">First days of the periods (Mondays or firsts of months), consecutive.</param>
/// <param name="Cooperation">Goldstein sum of cooperative events (zero or more).</param>
/// <param name="Conflict">Goldstein sum of conflictual events (zero or less).</param>
/// <param name="Events">Number of events.</param>
internal sealed record DyadSeries(Bin Bin, DateOnly[] Periods, double[] Cooperation, double[] Conflict, double[] Events);

/// <summary>Events per period by quad class, every period from the first to the last.</summary>
/// <param name="Bin">Width of a period.</param>
/// <param name="Periods">First days of the periods, consecutive.</param>
/// <param name="Counts">Counts[q][p]: events of quad class q + 1 in period p.</param>
internal sealed record QuadSeries(Bin Bin, DateOnly[] Periods, double[][] Counts);

/// <summary>Turns the store's weekly rows into gap-free series (kept apart from drawing so that it can be tested on its own).</summary>
internal static class PlotSeries
{
    /// <summary>Most weeks drawn as weekly bars; longer spans are drawn by month so that bars stay visible.</summary>
    public const int MaxWeeks = 160;

    /// <summary>Names of the quad classes 1 to 4.</summary>
    public static readonly string[] QuadNames = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

    /// <summary>The consecutive periods of <paramref name="bin"/> from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>.</summary>
    public static DateOnly[] PeriodsBetween(Bin bin, DateOnly first, DateOnly last)
    {
        var periods = new List<DateOnly>();
        for (var p = PeriodOf(bin, first); p <= last; p = bin == Bin.Week ? p.AddDays(7) : p.AddMonths(1)) periods.Add(p);
        return [.. periods];
    }

    /// <summary>The first day of the period holding <paramref name="week"/>'s Monday.</summary>
    public static DateOnly PeriodOf(Bin bin, DateOnly week) =>
        bin == Bin.Week ? week.AddDays(-(((int)week.DayOfWeek + 6) % 7)) : new DateOnly(week.Year, week.Month, 1);

    /// <summary>Weekly bars when the span fits in <see cref="MaxWeeks"/>, else monthly.</summary>
    public static Bin BinFor(DateOnly first, DateOnly last) => (last.DayNumber - first.DayNumber) / 7 + 1 <= MaxWeeks ? Bin.Week : Bin.Month;

    /// <summary>The dyad's periods with zeros filled in.</summary>
    public static DyadSeries Dyad(IReadOnlyList<DyadWeek> rows)
    {
        if (rows.Count == 0) return new DyadSeries(Bin.Week, [], [], [], []);
        var (bin, periods, index) = Frame(rows.Select(r => r.Week));
        double[] coop = new double[periods.Length], conflict = new double[periods.Length], events = new double[periods.Length];
        foreach (var r in rows)
        {
            int i = index[PeriodOf(bin, r.Week)];
            coop[i] += r.Cooperation;
            conflict[i] += r.Conflict;
            events[i] += r.Events;
        }

        return new DyadSeries(bin, periods, coop, conflict, events);
    }

    /// <summary>The periods by quad class with zeros filled in.</summary>
    public static QuadSeries Quads(IReadOnlyList<QuadWeek> rows)
    {
        if (rows.Count == 0) return new QuadSeries(Bin.Week, [], [[], [], [], []]);
        var (bin, periods, index) = Frame(rows.Select(r => r.Week));
        var counts = Enumerable.Range(0, 4).Select(_ => new double[periods.Length]).ToArray();
        foreach (var r in rows)
        {
            int i = index[PeriodOf(bin, r.Week)];
            counts[0][i] += r.VerbalCooperation;
            counts[1][i] += r.MaterialCooperation;
            counts[2][i] += r.VerbalConflict;
            counts[3][i] += r.MaterialConflict;
        }

        return new QuadSeries(bin, periods, counts);
    }

    private static (Bin Bin, DateOnly[] Periods, Dictionary<DateOnly, int> Index) Frame(IEnumerable<DateOnly> weeks)
    {
        var list = weeks.ToList();
        DateOnly first = list.Min(), last = list.Max();
        var bin = BinFor(first, last);
        var periods = PeriodsBetween(bin, first, last);
        return (bin, periods, periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i));
    }
}

/// <summary>Draws the series as PNG images with ScottPlot.</summary>
internal static class PlotDrawing
{
    private const string FontName = "DejaVu Sans";
    private static readonly Color CooperationColor = Color.FromHex("#2E7D32");
    private static readonly Color ConflictColor = Color.FromHex("#C62828");
    private static readonly Color CountColor = Color.FromHex("#1F4E9A");
    private static readonly Color[] QuadColors = [Color.FromHex("#81C784"), Color.FromHex("#2E7D32"), Color.FromHex("#FFB74D"), Color.FromHex("#C62828")];

    /// <summary>"week" or "month".</summary>
    public static string Name(Bin bin) => bin == Bin.Week ? "week" : "month";

    /// <summary>Cooperation above the axis, conflict below, event counts on the right axis.</summary>
    public static byte[] Dyad(DyadSeries s, string title, int width, int height)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (int i = 0; i < s.Periods.Length; i++)
        {
            double x = Centre(s.Bin, s.Periods[i]), size = BarSize(s.Bin);
            if (s.Cooperation[i] > 0) bars.Add(new Bar { Position = x, Value = s.Cooperation[i], ValueBase = 0, Size = size, FillColor = CooperationColor, LineWidth = 0 });
            if (s.Conflict[i] < 0) bars.Add(new Bar { Position = x, Value = s.Conflict[i], ValueBase = 0, Size = size, FillColor = ConflictColor, LineWidth = 0 });
        }

        plot.Add.Bars(bars);
        var zero = plot.Add.HorizontalLine(0);
        zero.Color = Colors.Black;
        zero.LineWidth = 1;

        var counts = plot.Add.Scatter(s.Periods.Select(p => Centre(s.Bin, p)).ToArray(), s.Events);
        counts.Axes.YAxis = plot.Axes.Right;
        counts.Color = CountColor;
        counts.LineWidth = 1.5f;
        counts.MarkerSize = 6;

        double reach = Math.Max(1, Math.Max(s.Cooperation.Max(), -s.Conflict.Min())) * 1.15;
        Frame(plot, s.Bin, s.Periods, title, "Goldstein sum per " + Name(s.Bin));
        plot.Axes.SetLimitsY(-reach, reach, plot.Axes.Left);
        plot.Axes.SetLimitsY(0, Math.Max(2, s.Events.Max()) * 1.15, plot.Axes.Right);
        plot.Axes.Right.Label.Text = "events per " + Name(s.Bin);
        plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "cooperation", FillColor = CooperationColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "conflict", FillColor = ConflictColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "events (right axis)", LineColor = CountColor, LineWidth = 1.5f });
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Font.Set(FontName);
        plot.Legend.FontName = FontName;
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>Events per period stacked by quad class.</summary>
    public static byte[] Quads(QuadSeries s, string title, int width, int height)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (int i = 0; i < s.Periods.Length; i++)
        {
            double x = Centre(s.Bin, s.Periods[i]), top = 0;
            for (int q = 0; q < 4; q++)
            {
                double v = s.Counts[q][i];
                if (v <= 0) continue;
                bars.Add(new Bar { Position = x, ValueBase = top, Value = top + v, Size = BarSize(s.Bin), FillColor = QuadColors[q], LineWidth = 0 });
                top += v;
            }
        }

        plot.Add.Bars(bars);
        double max = Enumerable.Range(0, s.Periods.Length).Select(i => s.Counts.Sum(c => c[i])).DefaultIfEmpty().Max();
        Frame(plot, s.Bin, s.Periods, title, "events per " + Name(s.Bin));
        plot.Axes.SetLimitsY(0, Math.Max(2, max) * 1.15);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        for (int q = 0; q < 4; q++) plot.Legend.ManualItems.Add(new LegendItem { LabelText = PlotSeries.QuadNames[q], FillColor = QuadColors[q] });
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Font.Set(FontName);
        plot.Legend.FontName = FontName;
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static void Frame(Plot plot, Bin bin, DateOnly[] periods, string title, string yLabel)
    {
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.XLabel(bin == Bin.Week ? "week (ISO, from Monday)" : "month");
        var ticks = new ScottPlot.TickGenerators.DateTimeAutomatic { LabelFormatter = d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        plot.Axes.Bottom.TickGenerator = ticks;

        // Room on both sides (a twentieth of the span, at least one period), so the first and last bars show whole.
        double first = Day(periods[0]), last = Day(End(bin, periods[^1]));
        double margin = Math.Max(bin == Bin.Week ? 7 : 31, (last - first) / 20);
        plot.Axes.SetLimitsX(first - margin, last + margin);
    }

    private static DateOnly End(Bin bin, DateOnly period) => bin == Bin.Week ? period.AddDays(7) : period.AddMonths(1);

    private static double BarSize(Bin bin) => bin == Bin.Week ? 5.5 : 24;

    private static double Day(DateOnly d) => d.ToDateTime(TimeOnly.MinValue).ToOADate();

    // Bars sit in the middle of their period.
    private static double Centre(Bin bin, DateOnly start) => (Day(start) + Day(End(bin, start))) / 2;
}
