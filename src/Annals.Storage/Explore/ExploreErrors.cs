using System.Globalization;

namespace Annals.Storage;

/// <summary>Messages of exports and plots with stable codes (the E17x range).</summary>
public static class ExploreErrors
{
    /// <summary>The output file cannot be written. {0} file, {1} detail.</summary>
    public const string E171 = "E171: cannot write {0} ({1}); nothing was exported (give another -o FILE)";

    /// <summary>There is nothing to draw. {0} what was asked.</summary>
    public const string E172 = "E172: no dated events for {0}; nothing to draw (check the codes, or ingest articles first)";

    /// <summary>Formats a message with the invariant culture.</summary>
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
