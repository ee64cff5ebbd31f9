using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Runs residents' answers through the real dialogs from the first question to the search, answering every other
/// question plainly ("none", "I do not mind", "now", "Dudley", "5"; "yes" to a check), and checks what the search is
/// given and what the bot said. The answers are given in order: the first to "What kind of work do you like?" (or
/// "porter" first when the answer is for a later question: see <see cref="RunAsync"/>). Expectations, separated by
/// spaces, as <see cref="PorterTalk.CheckShared"/>, and: "days=Tue,Thu" (the only days searched for; "days=all" for
/// none ruled out); "skip" ("When can you work?" is not asked after the answers).
/// </summary>
internal static class OwnHoursTalk
{
    private const string HoursQ = "How many hours a week can you work?";
    private const string TimesQ = "When can you work?";

    /// <summary>
    /// <paramref name="at"/> is where the first answer goes: "first", "hours" (after "porter", "none") or "times"
    /// (after "porter", "none", "I do not mind"). Later answers go to whatever is asked next.
    /// </summary>
    public static async Task RunAsync(string at, string answers, string expect)
    {
        var talk = await PorterTalk.JoinAsync();
        if (at is "hours" or "times") await talk.SayAllAsync("porter", "none");
        if (at == "times") await talk.SayAsync("I do not mind");
        Assert.Equal(at switch { "hours" => HoursQ, "times" => TimesQ, _ => "What kind of work do you like?" }, talk.LastText);
        var said = "";
        var timesAsked = false;
        foreach (var answer in answers.Split('|'))
        {
            await talk.SayAsync(answer.Trim());
            said += "\n" + talk.AllText;
        }
        // Until the results menu shows (the kind of work is checked against the catalogue too, so a search alone is not
        // the end; and the catalogue of one porter job may have no results for other work).
        for (var turns = 0; !AtResults(talk) && turns < 12; turns++)
        {
            var asked = talk.LastText;
            timesAsked |= asked == TimesQ;
            await talk.SayAsync(Reply(asked));
            said += "\n" + talk.AllText;
        }
        Assert.False(said.Contains("Sorry", StringComparison.Ordinal), $"{answers}: {said}");
        Assert.True(AtResults(talk), $"{answers}: no results. {said}");
        var p = talk.Catalogue.Profiles[^1];
        var days = p.Days.ToHashSet();
        var held = $"patterns {p.Patterns}, hours {p.MinHoursPerWeek}-{p.MaxHoursPerWeek}, days {string.Join(",", days)}; said: {said}";
        foreach (var e in expect.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var why = $"{answers} [{e}]: {held}";
            if (PorterTalk.CheckShared(p, e, said, why)) continue;
            if (e == "skip") Assert.False(timesAsked, why);
            else if (e == "days=all") Assert.True(days.Count is 0 or 7, why);
            else if (e.StartsWith("days=", StringComparison.Ordinal))
                Assert.True(e[5..].Split(',').Select(Day).ToHashSet().SetEquals(days), why);
            else throw new ArgumentException("Unknown expectation " + e);
        }
    }

    private static bool AtResults(TestTalk talk) => talk.LastText == "What would you like to do next?";

    private static string Reply(string asked) => asked switch
    {
        "What kind of work do you like?" => "porter",
        "What qualifications do you have?" => "none",
        HoursQ => "I do not mind",
        TimesQ => "i dont mind",
        "When can you start work?" => "now",
        "How far can you travel to work?" => "5",
        _ when asked.StartsWith("Where do you live?", StringComparison.Ordinal) => "Dudley",
        _ => "yes",
    };

    private static DayOfWeek Day(string s) => s switch
    {
        "Mon" => DayOfWeek.Monday, "Tue" => DayOfWeek.Tuesday, "Wed" => DayOfWeek.Wednesday, "Thu" => DayOfWeek.Thursday,
        "Fri" => DayOfWeek.Friday, "Sat" => DayOfWeek.Saturday, "Sun" => DayOfWeek.Sunday,
        _ => throw new ArgumentException("Unknown day " + s),
    };
}
