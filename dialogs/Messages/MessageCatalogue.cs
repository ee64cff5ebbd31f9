using System.Collections.Frozen;
using System.Text;

namespace CareerBot.Dialogs.Messages;

/// <summary>
/// Every text the bot sends, from one reviewed file (messages.txt, British English): one "key = text" per line,
/// "\n" for a line break, {name} for a value filled in at run time.
/// </summary>
public sealed class MessageCatalogue
{
    private const string ResourceName = "CareerBot.Dialogs.Messages.messages.txt";
    private readonly FrozenDictionary<string, string> _texts;

    /// <summary>A message's variant for channels that number the choices instead of showing buttons: "key.numbered".</summary>
    public const string NumberedSuffix = ".numbered";

    private MessageCatalogue? _numbered;

    private MessageCatalogue(FrozenDictionary<string, string> texts) => _texts = texts;

    /// <summary>
    /// The catalogue as a channel that numbers its choices shows it (SMS, the terminal chat: there are no buttons to
    /// press): each message with a "key.numbered" variant gives that variant under its own key. Same keys otherwise.
    /// </summary>
    public MessageCatalogue Numbered => _numbered ??= WithNumberedVariants();

    private MessageCatalogue WithNumberedVariants()
    {
        if (_texts.Keys.All(k => !k.EndsWith(NumberedSuffix, StringComparison.Ordinal))) return this;
        var texts = new Dictionary<string, string>(_texts, StringComparer.Ordinal);
        foreach (var (key, text) in _texts)
        {
            if (key.EndsWith(NumberedSuffix, StringComparison.Ordinal) && key.Length > NumberedSuffix.Length)
                texts[key[..^NumberedSuffix.Length]] = text;
        }
        var numbered = new MessageCatalogue(texts.ToFrozenDictionary(StringComparer.Ordinal));
        numbered._numbered = numbered;
        return numbered;
    }

    /// <summary>The catalogue built into the assembly.</summary>
    public static MessageCatalogue Default { get; } = LoadEmbedded();

    public IReadOnlyCollection<string> Keys => _texts.Keys;

    public string Get(string key) =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No message '{key}' in the catalogue.");

    public bool Contains(string key) => _texts.ContainsKey(key);

    /// <summary>The text with each {name} replaced by its value.</summary>
    public string Format(string key, IReadOnlyDictionary<string, string>? args = null)
    {
        var text = Get(key);
        if (args is null || args.Count == 0) return text;
        var builder = new StringBuilder(text);
        foreach (var (name, value) in args) builder.Replace("{" + name + "}", value);
        return builder.ToString();
    }

    /// <summary>
    /// The text with each {name} replaced by its value, in the order given (as <see cref="Format(string, IReadOnlyDictionary{string, string}?)"/>
    /// with a dictionary of the same pairs), without making the dictionary.
    /// </summary>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> args)
    {
        var text = Get(key);
        if (args.Length == 0) return text;
        var builder = new StringBuilder(text);
        foreach (var (name, value) in args) builder.Replace("{" + name + "}", value);
        return builder.ToString();
    }

    public static MessageCatalogue Parse(string content)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var equals = line.IndexOf(" = ", StringComparison.Ordinal);
            if (equals <= 0) throw new FormatException($"Message line {lineNumber} has no ' = '.");
            var key = line[..equals].Trim();
            var text = line[(equals + 3)..].Trim().Replace("\\n", "\n", StringComparison.Ordinal);
            if (!texts.TryAdd(key, text)) throw new FormatException($"Message key '{key}' appears twice (line {lineNumber}).");
        }
        return new MessageCatalogue(texts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static MessageCatalogue LoadEmbedded()
    {
        using var stream = typeof(MessageCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
