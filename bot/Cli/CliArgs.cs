using System.Globalization;

namespace CareerBot.Bot.Cli;

/// <summary>A small parser for "--name value" options and free words, shared by the index and search verbs.</summary>
internal sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Words { get; } = [];
    public List<string> Errors { get; } = [];

    /// <summary>"--help" or "-h" was given: every verb then prints its usage and does nothing else.</summary>
    public bool Help { get; private set; }

    public static CliArgs Parse(IEnumerable<string> args, IReadOnlySet<string> flags, IReadOnlySet<string> valued)
    {
        var result = new CliArgs();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (a is "--help" or "-h" or "-?")
            {
                result.Help = true;
                continue;
            }
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var name = a[2..];
                if (flags.Contains(name)) result._options[name] = null;
                else if (valued.Contains(name))
                {
                    if (e.MoveNext()) result._options[name] = e.Current;
                    else result.Errors.Add($"--{name} needs a value.");
                }
                else result.Errors.Add($"Unknown option --{name}.");
            }
            else result.Words.Add(a);
        }
        return result;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public int? GetInt(string name, int min, int max)
    {
        if (Get(name) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        Errors.Add($"--{name} must be a whole number from {min} to {max}.");
        return null;
    }

    public double? GetDouble(string name, double min, double max)
    {
        if (Get(name) is not { } text) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        Errors.Add($"--{name} must be a number from {min} to {max}.");
        return null;
    }
}
