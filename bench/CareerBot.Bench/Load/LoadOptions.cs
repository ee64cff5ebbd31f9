using System.Globalization;

namespace CareerBot.Bench.Load;

/// <summary>Options of the <c>load</c> benchmark.</summary>
internal sealed record LoadOptions
{
    /// <summary>Conversations running at once.</summary>
    public int Conversations { get; init; } = 200;

    /// <summary>Resident messages per conversation after the join (at most the script's length).</summary>
    public int Messages { get; init; } = 6;

    /// <summary>True: replies come back in the HTTP response (deliveryMode expectReplies); false: through the sink.</summary>
    public bool ExpectReplies { get; init; }

    /// <summary>Extra bot settings, e.g. Storage:Kind=redis.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public const string Usage =
        "load [--conversations N] [--messages N] [--expect-replies] [--set Key=Value ...]";

    public static LoadOptions? Parse(string[] args, out string? error)
    {
        var options = new LoadOptions();
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            try
            {
                switch (args[i])
                {
                    case "--conversations":
                        options = options with { Conversations = int.Parse(Next(), CultureInfo.InvariantCulture) };
                        break;
                    case "--messages":
                        options = options with { Messages = int.Parse(Next(), CultureInfo.InvariantCulture) };
                        break;
                    case "--expect-replies":
                        options = options with { ExpectReplies = true };
                        break;
                    case "--set":
                        var pair = Next();
                        var eq = pair.IndexOf('=', StringComparison.Ordinal);
                        if (eq <= 0) throw new FormatException("--set needs Key=Value.");
                        settings[pair[..eq]] = pair[(eq + 1)..];
                        break;
                    default:
                        throw new FormatException($"Unknown option {args[i]}.");
                }
            }
            catch (FormatException ex)
            {
                error = ex.Message;
                return null;
            }
        }
        if (options.Conversations < 1 || options.Messages < 1)
        {
            error = "--conversations and --messages must be at least 1.";
            return null;
        }
        return options with { Settings = settings };
    }
}
