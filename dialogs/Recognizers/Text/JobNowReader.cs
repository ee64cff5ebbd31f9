namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Parts of an answer about the job a resident has now: "i work nights at asda so days only", "im on nights at the
/// moment, i want days", "my job now is full time". The times and hours of that job are not the ones they want, so
/// the recognisers read the answer without them. A part counts only when another part of the same answer says times or
/// hours too: "i work nights" alone is how many residents say when they can work.
/// </summary>
internal static class JobNowReader
{
    /// <summary>Words that end one part of an answer and start the next ("so", "but", "because").</summary>
    private static readonly string[] Joins = ["so", "but", "because", "cos", "coz", "cause", "bc", "though", "however", "therefore"];
    /// <summary>Words that start a new part when said after other words: a new "I" ("...at asda i want days").</summary>
    private static readonly string[] Subjects = ["i", "im", "my"];
    private static readonly string[] Marks = [",", ".", ";", "!", "?", "(", ")"];
    private static readonly string[] Already = ["already", "currently", "still", "now", "also", "usually", "normally", "mainly"];
    /// <summary>Words that make a part a wish, a rule or a "can" ("i can work nights", "i dont work nights", "i work best in the mornings").</summary>
    private static readonly string[] NotJobNow =
        ["can", "could", "cud", "cn", "want", "wanna", "would", "like", "prefer", "rather", "looking", "need", "will", "should", "not", "dont", "cant",
         "cannot", "never", "wont", "only", "just", "if", "available", "free", "happy", "ok", "okay", "fine", "best", "better", "well"];

    /// <summary>
    /// The answer with the parts about the job they have now blanked out (same length, so places in it still hold),
    /// when <paramref name="saysWhen"/> finds times or hours in the rest; else the answer as it was.
    /// </summary>
    public static string Without(string text, Func<string, bool> saysWhen)
    {
        ArgumentNullException.ThrowIfNull(saysWhen);
        if (string.IsNullOrEmpty(text)) return text;
        var t = Tokens.Of(text);
        var parts = Parts(t);
        if (parts.Count < 2) return text;
        var blanked = text.ToCharArray();
        var any = false;
        foreach (var (from, to) in parts)
        {
            if (!IsJobNow(t, from, to)) continue;
            var (start, length) = Tokens.Span(t, from, to);
            for (var i = start; i < start + length && i < blanked.Length; i++) blanked[i] = ' ';
            any = true;
        }
        if (!any) return text;
        var rest = new string(blanked);
        return saysWhen(rest) ? rest : text;
    }

    /// <summary>The parts of the answer as [from, to) token ranges, split at marks, joining words and a new "I".</summary>
    private static List<(int From, int To)> Parts(IReadOnlyList<Token> t)
    {
        var parts = new List<(int, int)>();
        var from = 0;
        for (var i = 0; i < t.Count; i++)
        {
            var split = t[i].IsAny(Marks) || t[i].IsAny(Joins) || (i > from && t[i].IsAny(Subjects) && !t[i - 1].IsAny("and", "&", "n"));
            if (!split) continue;
            if (i > from) parts.Add((from, i));
            from = t[i].IsAny(Marks) || t[i].IsAny(Joins) ? i + 1 : i;
        }
        if (from < t.Count) parts.Add((from, t.Count));
        return parts;
    }

    /// <summary>
    /// "i work nights at asda", "i already work days", "im on nights", "i do evenings at mcdonalds", "my job is full
    /// time", "i am working days now": the part starts with "I" and a verb of working now, or "my job".
    /// </summary>
    private static bool IsJobNow(IReadOnlyList<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (t[k].IsAny(NotJobNow)) return false;
        var i = from;
        if (i < to && t[i].IsAny("and", "&", "n")) i++;
        if (i < to && t[i].Is("my"))
        {
            i++;
            while (i < to && t[i].IsAny("current", "other", "main", "day", "present", "old")) i++;
            return i < to && t[i].IsAny("job", "work", "hours", "shifts");
        }
        var am = false;
        if (i < to && t[i].Is("im")) { am = true; i++; }
        else if (i < to && t[i].Is("i"))
        {
            i++;
            if (i < to && t[i].IsAny("am", "m")) { am = true; i++; }
        }
        else return false;
        while (i < to && t[i].IsAny(Already)) i++;
        if (i >= to) return false;
        return am ? t[i].IsAny("working", "doing", "on", "employed") : t[i].IsAny("work", "do");
    }
}
