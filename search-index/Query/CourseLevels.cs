using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.SearchIndex.Query;

/// <summary>
/// Course levels on one ladder, as colleges and residents name them: pre-entry (step 0), Entry 1 to 3 (steps 1-3),
/// then Level 1 to 8 (steps 4-11). A course's "level" text names one step or a span ("Entry 3 to Level 1", "Level 3-5",
/// "Level 3+"); a resident names the level they want ("maths level 1", "e3 english", "level one") or the one they have
/// ("i have entry 2 english", "passed level 1 maths"), whose next step is what they want.
/// </summary>
internal static partial class CourseLevels
{
    public const int PreEntry = 0;

    /// <summary>The highest step (Level 8).</summary>
    public const int Top = 11;

    /// <summary>The step of RQF Level <paramref name="n"/>.</summary>
    public static int Rqf(int n) => n + 3;

    /// <summary>
    /// The lowest and highest step a course's level text names; null when it names none ("Short course (not on RQF)").
    /// "Entry" with no number is Entry 1; "Level 3+" reaches the top; grades ("9-4") are not levels.
    /// </summary>
    public static (int Low, int High)? Of(string? level)
    {
        if (string.IsNullOrWhiteSpace(level)) return null;
        int low = int.MaxValue, high = int.MinValue;
        void Add(int step)
        {
            low = Math.Min(low, step);
            high = Math.Max(high, step);
        }
        foreach (Match m in LevelText().Matches(level))
        {
            if (m.Groups["pre"].Success) Add(PreEntry);
            else if (m.Groups["entry"].Success) Add(m.Groups["n"].Success ? Digit(m.Groups["n"].Value) : 1);
            else
            {
                var from = Rqf(Digit(m.Groups["from"].Value));
                Add(from);
                if (m.Groups["to"].Success) Add(Rqf(Digit(m.Groups["to"].Value)));
                if (m.Groups["plus"].Success) Add(Top);
            }
        }
        return low == int.MaxValue ? null : (low, high);
    }

    private static int Digit(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<pre>\bpre[\s-]?entry\b)|(?<entry>\bentry\b(?:\s*(?:level\s*)?(?<n>[1-3])\b)?)|\blevel\s*(?<from>[1-8])(?:\s*-\s*(?<to>[1-8]))?(?<plus>\+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelText();

    /// <summary>Number words a resident may type after "level" or "entry".</summary>
    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8",
    };

    /// <summary>
    /// Short forms made plain, in place: "e3" and "entry3" become "entry 3", "level1" "level 1", "level one" "level 1",
    /// "preentry" "pre entry". Other words are left as they are.
    /// </summary>
    public static List<T> Plain<T>(List<T> tokens, Func<T, string> word, Func<T, string, T> with)
    {
        var result = new List<T>(tokens.Count + 2);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var w = word(t);
            if (ShortForm().Match(w) is { Success: true } m)
            {
                var kind = m.Groups["e"].Success ? "entry" : m.Groups["pre"].Success ? "pre" : "level";
                result.Add(with(t, kind));
                result.Add(with(t, kind == "pre" ? "entry" : m.Groups["n"].Value));
                continue;
            }
            if ((w is "level" or "entry") && i + 1 < tokens.Count && NumberWords.TryGetValue(word(tokens[i + 1]), out var digit))
            {
                result.Add(t);
                result.Add(with(tokens[i + 1], digit));
                i++;
                continue;
            }
            result.Add(t);
        }
        return result;
    }

    [GeneratedRegex(@"^(?:(?<e>e|entry)(?<n>[1-3])|level(?<n>[1-8])|(?<pre>preentry))$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortForm();

    /// <summary>Words that say the resident has a level already ("i have entry 2", "passed level 1").</summary>
    internal static readonly HashSet<string> HaveWords = new(StringComparer.Ordinal)
    {
        "have", "got", "passed", "pass", "did", "done", "finished", "finish", "completed", "complete", "hold", "achieved",
    };

    /// <summary>
    /// The level the words name, on the ladder, and whether the resident has it already (a word such as "have" or
    /// "passed" up to four words before it). Null when no level is named. The words are lower case and plain
    /// (<see cref="Plain{T}"/>).
    /// </summary>
    public static (int Step, bool Held)? Named(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            int? step = null;
            if (words[i] == "pre" && i + 1 < words.Count && words[i + 1] == "entry") step = PreEntry;
            else if (words[i] == "entry" && i + 1 < words.Count && words[i + 1] is "1" or "2" or "3") step = Digit(words[i + 1]);
            else if (words[i] == "entry" && i + 2 < words.Count && words[i + 1] == "level" && words[i + 2] is "1" or "2" or "3") step = Digit(words[i + 2]);
            else if (words[i] == "level" && i + 1 < words.Count && words[i + 1].Length == 1 && words[i + 1][0] is >= '1' and <= '8')
                step = Rqf(Digit(words[i + 1]));
            if (step is not { } found) continue;
            // "entry level 3": the number after "level" belongs to "entry".
            if (words[i] == "level" && i > 0 && words[i - 1] == "entry") continue;
            var held = false;
            for (var k = Math.Max(0, i - 4); k < i && !held; k++) held = HaveWords.Contains(words[k]);
            return (found, held);
        }
        return null;
    }
}
