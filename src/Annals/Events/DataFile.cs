namespace Annals.Events;

/// <summary>Reads one of the embedded tab-separated data files of the events stage.</summary>
/// <remarks>
/// Lines starting with '#' are the header and comments; the header's "# version: N" line gives the version.
/// Blank lines are skipped. Each other line is split on tabs (trailing blanks trimmed) and handed to the caller.
/// </remarks>
internal static class DataFile
{
    /// <summary>Reads <paramref name="resource"/> and returns its version ("0" when the header has none).</summary>
    /// <exception cref="InvalidOperationException">The resource is not embedded (a build error, not an input error).</exception>
    public static string Read(string resource, Action<string[]> onLine)
    {
        using var stream = typeof(DataFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("embedded data file '" + resource + "' is missing from the Annals assembly");
        using var reader = new StreamReader(stream);
        string version = "0";
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                var body = line.AsSpan(1).Trim();
                if (body.StartsWith("version:", StringComparison.OrdinalIgnoreCase))
                    version = body["version:".Length..].Trim().ToString();
                continue;
            }

            if (string.IsNullOrWhiteSpace(line)) continue;
            var cols = line.Split('\t');
            for (int i = 0; i < cols.Length; i++) cols[i] = cols[i].Trim();
            onLine(cols);
        }

        return version;
    }
}
