using System.Globalization;

namespace Annals.Cli;

/// <summary>Parsed command-line words: positional arguments, "--name value" options and "--flag" switches.</summary>
internal sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private CliArgs(List<string> positional) => Positional = positional;

    /// <summary>Arguments that are not options, in order.</summary>
    public List<string> Positional { get; }

    /// <summary>Parses <paramref name="args"/>; <paramref name="flags"/> names the options that take no value.</summary>
    public static CliArgs Parse(IEnumerable<string> args, params string[] flags)
    {
        var result = new CliArgs([]);
        var list = args.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            string a = list[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                string name = a[2..];
                string? value = null;
                int eq = name.IndexOf('=');
                if (eq >= 0)
                {
                    value = name[(eq + 1)..];
                    name = name[..eq];
                }
                else if (!flags.Contains(name) && i + 1 < list.Count)
                {
                    value = list[++i];
                }

                result._options[name] = value;
            }
            else
            {
                result.Positional.Add(a);
            }
        }

        return result;
    }

    /// <summary>True when the option or flag was given.</summary>
    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The option's value, or null.</summary>
    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v : null;

    /// <summary>The option's value as an integer, or <paramref name="fallback"/>.</summary>
    /// <exception cref="UsageException">The value is not an integer.</exception>
    public int GetInt(string name, int fallback)
    {
        var v = Get(name);
        if (v is null) return fallback;
        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n)
            ? n
            : throw new UsageException($"--{name} takes a whole number, not '{v}'");
    }

    /// <summary>The option's value as a date, or null.</summary>
    /// <exception cref="UsageException">The value is not a valid YYYY-MM-DD date.</exception>
    public DateOnly? GetDate(string name)
    {
        var v = Get(name);
        if (v is null) return null;
        return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"--{name} takes a date as YYYY-MM-DD, not '{v}'");
    }

    /// <summary>Names of all options given.</summary>
    public IEnumerable<string> OptionNames => _options.Keys;
}

/// <summary>A command line that cannot be carried out as written.</summary>
internal sealed class UsageException(string message) : Exception(message);
