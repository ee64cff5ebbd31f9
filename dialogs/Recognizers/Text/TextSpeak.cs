using System.Text.RegularExpressions;

namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Words of time as people text them, written out before anything reads the message: "2moro", "tmrw" (tomorrow),
/// "2day", "nxt" (next), "mnth" (month), and "b4" (before) when a time follows it ("b4 christmas"); "b4" alone or
/// with anything else is left as it is, the Birmingham post code.
/// </summary>
internal static partial class TextSpeak
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["2moro"] = "tomorrow", ["2morrow"] = "tomorrow", ["2morro"] = "tomorrow", ["2mrw"] = "tomorrow", ["2mro"] = "tomorrow",
        ["2mor"] = "tomorrow", ["2mora"] = "tomorrow", ["tmrw"] = "tomorrow", ["tmrow"] = "tomorrow", ["tmw"] = "tomorrow",
        ["tomoz"] = "tomorrow", ["tmoz"] = "tomorrow", ["2day"] = "today", ["2dy"] = "today", ["2nite"] = "tonight",
        ["2night"] = "tonight", ["nxt"] = "next", ["mnth"] = "month", ["mnths"] = "months",
    };

    /// <summary>Words after which "b4" is "before": a time, not a place.</summary>
    private static readonly HashSet<string> TimesAfterBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "christmas", "xmas", "easter", "ramadan", "eid", "summer", "winter", "spring", "autumn", "next", "the", "end", "new", "then",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "nxt", "tomorrow", "2moro", "tmrw", "that", "this",
    };

    public static string Read(string text)
    {
        if (text.Length is 0 or > 500) return text;
        var written = Word().Replace(text, m => Words.TryGetValue(m.Value, out var plain) ? plain : m.Value);
        return Before().Replace(written, m => TimesAfterBefore.Contains(m.Groups["next"].Value) ? "before" : m.Value);
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z0-9]+(?![A-Za-z0-9])")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[Bb]4(?=\s+(?<next>[A-Za-z]+))")]
    private static partial Regex Before();
}
