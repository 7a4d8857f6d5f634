using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Annals.Cli.Commands;

/// <summary>How query rows are printed.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned columns for people.</summary>
    Table,
    /// <summary>One JSON object a line.</summary>
    JsonLines,
    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,
}

/// <summary>A plain text table: columns padded to their widest cell, long cells cut with an ellipsis.</summary>
/// <remarks>No colour or box drawing, so it reads the same in a terminal, a file or a test.</remarks>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Number of rows added.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row; null cells print as "-".</summary>
    public void Add(params string?[] cells) => _rows.Add([.. cells.Select(c => Clean(c ?? "-"))]);

    /// <summary>Writes the table, each line indented by <paramref name="indent"/>, cells cut to <paramref name="maxWidth"/>.</summary>
    public void Write(TextWriter o, string indent = "", int maxWidth = 48, bool header = true)
    {
        var widths = headers.Select(h => h.Length).ToArray();
        foreach (var row in _rows)
        {
            for (int i = 0; i < row.Length && i < widths.Length; i++)
                widths[i] = Math.Max(widths[i], Math.Min(maxWidth, row[i].Length));
        }

        if (header) WriteLine(o, indent, headers, widths, maxWidth);
        foreach (var row in _rows) WriteLine(o, indent, row, widths, maxWidth);
    }

    private static void WriteLine(TextWriter o, string indent, string[] cells, int[] widths, int maxWidth)
    {
        var line = new StringBuilder(indent);
        for (int i = 0; i < widths.Length; i++)
        {
            string cell = i < cells.Length ? cells[i] : "";
            if (cell.Length > maxWidth) cell = cell[..(maxWidth - 1)] + "…";
            line.Append(cell);
            if (i < widths.Length - 1) line.Append(' ', widths[i] - cell.Length + 2);
        }

        o.WriteLine(line.ToString().TrimEnd());
    }

    // Line breaks and tabs inside a cell would break the columns.
    private static string Clean(string s) =>
        s.AsSpan().IndexOfAny("\r\n\t") < 0 ? s : string.Join(' ', s.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Writes rows as CSV (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled).</summary>
internal static class CsvOutput
{
    /// <summary>Writes one record.</summary>
    public static void WriteRow(TextWriter o, params string?[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) o.Write(',');
            string f = fields[i] ?? "";
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0) o.Write("\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            else o.Write(f);
        }

        o.Write("\r\n");
    }
}

/// <summary>Writes one JSON object a line to a text writer, reusing one buffer.</summary>
internal sealed class JsonLinesOutput(TextWriter output) : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private Utf8JsonWriter? _writer;

    /// <summary>Writes one object built by <paramref name="write"/> and a line break.</summary>
    public void WriteLine(Action<Utf8JsonWriter> write)
    {
        _writer ??= new Utf8JsonWriter(_buffer, ExtractCommand.JsonOptions);
        write(_writer);
        _writer.Flush();
        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        output.Write('\n');
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    /// <summary>Releases the writer.</summary>
    public void Dispose() => _writer?.Dispose();

    /// <summary>Writes a string or null.</summary>
    public static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    /// <summary>Writes a date as YYYY-MM-DD, or null.</summary>
    public static void Day(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } d) w.WriteString(name, Format.Day(d));
        else w.WriteNull(name);
    }
}

/// <summary>Invariant formatting shared by the query outputs.</summary>
internal static class Format
{
    /// <summary>YYYY-MM-DD.</summary>
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>YYYY-MM-DD, or null.</summary>
    public static string? Day(DateOnly? d) => d is { } v ? Day(v) : null;

    /// <summary>A number with the invariant culture, shortest round-trip form.</summary>
    public static string Number(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A whole number with the invariant culture.</summary>
    public static string Number(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>"CODE (Name)", "CODE", "Name" or null.</summary>
    public static string? Party(string? code, string? name) =>
        code is null ? name : name is null ? code : code + " (" + name + ")";
}
