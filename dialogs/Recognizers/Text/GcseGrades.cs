namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// GCSE grades said to "Did you get grade 4 or higher?": numbers 1 to 9 ("5", "grade 4", "6s", "a 3 in maths") and
/// the old letters ("C", "a B and a C", "Ds"). Grade 4 or C and above is a pass. A count is no grade ("5 gcses").
/// </summary>
public static class GcseGrades
{
    private static readonly Dictionary<string, bool> Letters = new(StringComparer.Ordinal)
    {
        ["a"] = true, ["astar"] = true, ["b"] = true, ["c"] = true, ["bs"] = true, ["cs"] = true,
        ["d"] = false, ["e"] = false, ["f"] = false, ["g"] = false, ["ds"] = false, ["es"] = false, ["fs"] = false, ["gs"] = false,
    };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["fours"] = 4, ["fives"] = 5, ["sixes"] = 6, ["sevens"] = 7,
    };

    /// <summary>Words after a number that make it a count, not a grade: "5 gcses", "2 subjects".</summary>
    private static readonly HashSet<string> CountOf = new(StringComparer.Ordinal)
    {
        "gcse", "gcses", "gsce", "gsces", "subject", "subjects", "exam", "exams", "of", "years", "year",
    };

    /// <summary>After "a", a grade: "a C", "a 4". Else "a" is the grade A only at the end or before these words.</summary>
    private static readonly HashSet<string> AfterGradeA = new(StringComparer.Ordinal) { "in", "and", "or", "for", "both", "star", "grade", "s" };

    /// <summary>
    /// True when every grade said is a pass, false when one is not ("a 5 in english and a 3 in maths": not both), null
    /// when no grade is said. Text normalised (<see cref="Engine.PromptWords.Normalise"/>).
    /// </summary>
    public static bool? Passed(string normalised)
    {
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 16) return null;
        bool? all = null;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var next = i + 1 < words.Length ? words[i + 1] : null;
            if (next is not null && CountOf.Contains(next)) continue;
            bool? pass = null;
            if (Number(w) is { } grade) pass = grade >= 4;
            else if (w == "a")
            {
                if (next is null || AfterGradeA.Contains(next)) pass = true;
            }
            else if (Letters.TryGetValue(w, out var letter)) pass = letter;
            if (pass is { } p) all = (all ?? true) && p;
        }
        return all;
    }

    private static readonly HashSet<string> English = new(StringComparer.Ordinal) { "english", "eng", "englsh", "englis", "inglish" };
    private static readonly HashSet<string> Maths = new(StringComparer.Ordinal) { "maths", "math", "mathematics", "mths", "meths" };
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "no", "failed", "fail", "didnt", "dont", "never", "without" };

    /// <summary>
    /// One of English and maths named as the one passed, with no grade and no "not": "only english", "just maths",
    /// "english only", "english". Returns "english" or "maths"; null when both, neither, or a "not" is said. Text
    /// normalised (<see cref="Engine.PromptWords.Normalise"/>).
    /// </summary>
    public static string? OnlyOne(string normalised)
    {
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 8 || words.Any(Negations.Contains)) return null;
        var english = words.Any(English.Contains);
        var maths = words.Any(Maths.Contains);
        return english == maths ? null : english ? "english" : "maths";
    }

    /// <summary>A grade number 1 to 9: "5", "6s", "five".</summary>
    private static int? Number(string w)
    {
        if (w.Length == 1 && w[0] is >= '1' and <= '9') return w[0] - '0';
        if (w.Length == 2 && w[0] is >= '1' and <= '9' && w[1] == 's') return w[0] - '0';
        return NumberWords.TryGetValue(w, out var n) ? n : null;
    }
}
