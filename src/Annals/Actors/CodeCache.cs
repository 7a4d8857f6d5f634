using System.Collections.Concurrent;

namespace Annals.Actors;

/// <summary>Interns composed actor codes and their parts, so coding a mention allocates no strings.</summary>
/// <remarks>Thread-safe; the set of codes is small (countries × roles), so the cache stays small.</remarks>
internal static class CodeCache
{
    private static readonly ConcurrentDictionary<(string Country, string Role), string> s_composed = new();
    private static readonly ConcurrentDictionary<string, (string? Country, string? Role)> s_parts = new(StringComparer.Ordinal);

    /// <summary>The code <paramref name="country"/> + <paramref name="role"/> ("USA" + "GOV" → "USAGOV").</summary>
    public static string Compose(string country, string? role)
    {
        if (string.IsNullOrEmpty(role)) return country;
        return s_composed.GetOrAdd((country, role), static k => string.Concat(k.Country, k.Role));
    }

    /// <summary>Country (first three letters) and role (next three, when present) of a code.</summary>
    public static (string? Country, string? Role) Parts(string code) =>
        // A bare country code ("USA", most of them) is its own country part: no lookup.
        code.Length == 3 ? (code, null) : s_parts.GetOrAdd(code, static c => (c.Length >= 3 ? c[..3] : null, c.Length >= 6 ? c[3..6] : null));
}
