using System.Reflection;

namespace CareerBot.SearchIndex.Index;

/// <summary>
/// Real English words (data/words: the NGSL headwords and everyday words about work), with their common endings
/// ("mopping", "shelves", "children"), so the spelling fixer leaves a real word alone: "still" is not a typo of
/// "till". Also the base forms of a word, so "pushing" finds the catalogue's "push".
/// </summary>
public static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Known = new(() => Load(["ngsl.txt", "work-words.txt"]));

    /// <summary>Plurals and forms no ending rule finds.</summary>
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["children"] = "child", ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["feet"] = "foot",
        ["teeth"] = "tooth", ["mice"] = "mouse", ["wanna"] = "want", ["gonna"] = "go", ["kiddies"] = "kid",
    };

    private static readonly Lazy<HashSet<string>> Everyday = new(() => Load(["ngsl.txt"]));

    /// <summary>
    /// True when <paramref name="word"/> (lower case) is an everyday English word (the NGSL) or a usual form of one:
    /// "make", "sure", "big", "food". Health and care words ("porter", "phlebotomy", "mop") are not.
    /// </summary>
    public static bool IsEveryday(string word)
    {
        var known = Everyday.Value;
        foreach (var b in Bases(word, agent: false))
            if (known.Contains(b) || known.Contains(UsSpelling(b))) return true;
        return false;
    }

    /// <summary>True when <paramref name="word"/> (lower case) is an English word or a usual form of one.</summary>
    public static bool IsWord(string word)
    {
        var known = Known.Value;
        foreach (var b in Bases(word, agent: true))
            if (known.Contains(b) || known.Contains(UsSpelling(b))) return true;
        return false;
    }

    /// <summary>
    /// The word and the words it may be a form of: plural, past, "-ing" (and "-in": "cleanin"), with a doubled last
    /// letter or a dropped "e" put back. With <paramref name="agent"/>, also "-er" and "-ly" ("cleaner" from "clean"),
    /// which change the meaning too much to match a catalogue word by, but still make a real word.
    /// </summary>
    public static IEnumerable<string> Bases(string word, bool agent)
    {
        yield return word;
        if (Irregular.TryGetValue(word, out var irregular)) yield return irregular;
        if (word.Length < 4) yield break;
        if (word.EndsWith("ies", StringComparison.Ordinal)) yield return word[..^3] + "y";
        if (word.EndsWith("ied", StringComparison.Ordinal)) yield return word[..^3] + "y";
        if (word.EndsWith("ves", StringComparison.Ordinal))
        {
            yield return word[..^3] + "f";
            yield return word[..^3] + "fe";
        }
        if (word.EndsWith("es", StringComparison.Ordinal)) yield return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) yield return word[..^1];
        foreach (var ending in agent ? AgentEndings : Endings)
        {
            if (word.Length < ending.Length + 3 || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = word[..^ending.Length];
            yield return stem;
            if (ending != "ly") yield return stem + "e";
            if (stem.Length >= 3 && stem[^1] == stem[^2] && !"aeiouls".Contains(stem[^1], StringComparison.Ordinal))
                yield return stem[..^1]; // "mopping" -> "mop"
            if (stem.EndsWith('i') && ending == "ly") yield return stem[..^1] + "y";
        }
    }

    private static readonly string[] Endings = ["ing", "in", "ed"];
    private static readonly string[] AgentEndings = ["ing", "in", "ed", "ers", "er", "ly"];

    /// <summary>The NGSL spells as in the US: "organise" is "organize", "colour" is "color", "centre" is "center".</summary>
    private static string UsSpelling(string w) =>
        w.Length > 5 && w.EndsWith("ise", StringComparison.Ordinal) ? w[..^3] + "ize"
        : w.Length > 5 && w.EndsWith("our", StringComparison.Ordinal) ? w[..^3] + "or"
        : w.Length > 4 && w.EndsWith("tre", StringComparison.Ordinal) ? w[..^3] + "ter"
        : w.Length > 5 && w.EndsWith("ence", StringComparison.Ordinal) ? w[..^4] + "ense"
        : w;

    private static HashSet<string> Load(string[] lists)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var assembly = typeof(EnglishWords).Assembly;
        foreach (var name in lists)
        {
            using var stream = assembly.GetManifestResourceStream("CareerBot.SearchIndex.words." + name)
                ?? throw new InvalidOperationException($"Word list {name} is missing from the assembly.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                var w = line.Trim();
                if (w.Length > 0 && w[0] != '#') words.Add(w.ToLowerInvariant());
            }
        }
        return words;
    }
}
