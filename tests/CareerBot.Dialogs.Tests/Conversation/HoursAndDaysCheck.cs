using System.Globalization;
using CareerBot.Dialogs.Conversation;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Runs a resident's answer to "How many hours a week can you work?" ("hours:") or "When can you work?" ("times:")
/// through the real dialogs and checks what the search is given and what the bot said. Expectations, separated by
/// spaces: "+Nights" / "-Nights": the pattern is / is not in the profile; "any": no time of day or week is held;
/// "h=16-20" / "h=none": hours a week held; "days=Tue,Thu": the only days of the week searched for ("days=all": no
/// day ruled out); "skip": at the hours question, the times were heard too, so "When can you work?" is not asked
/// ("asked": it is);
/// "say=Friday": the bot's replies to the answer hold these words. Every answer must be understood: no "Sorry", and
/// the talk goes on (a check the bot asks is said yes to; the hours asked again are said "I do not mind" to; the
/// times asked after the hours are said "i dont mind" to).
/// </summary>
internal static class HoursAndDaysCheck
{
    private const string HoursQ = "How many hours a week can you work?";
    private const string TimesQ = "When can you work?";
    private const string StartQ = "When can you start work?";

    public static async Task RunAsync(string question, string answer, string expect)
    {
        var talk = await PorterTalk.JoinAsync();
        await talk.SayAllAsync("porter", "none");
        Assert.Equal(HoursQ, talk.LastText);
        if (question == "times")
        {
            await talk.SayAsync("i dont mind");
            Assert.Equal(TimesQ, talk.LastText);
        }
        await talk.SayAsync(answer);
        var said = talk.AllText;
        var expects = expect.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (talk.LastText != StartQ && talk.LastText != TimesQ && talk.LastText != HoursQ && !said.Contains("Sorry", StringComparison.Ordinal))
        {
            await talk.SayAsync("yes");
            said += "\n" + talk.AllText;
        }
        Assert.False(said.Contains("Sorry", StringComparison.Ordinal), $"{answer}: {said}");
        if (question == "hours" && talk.LastText == HoursQ)
        {
            await talk.SayAsync("I do not mind");
            said += "\n" + talk.AllText;
        }
        if (question == "hours")
        {
            var asked = talk.LastText == TimesQ;
            Assert.True(!asked || !expects.Contains("skip"), $"{answer}: the times were asked. {said}");
            Assert.True(asked || !expects.Contains("asked"), $"{answer}: the times were not asked. {said}");
            Assert.True(asked || talk.LastText == StartQ, $"{answer}: {said}");
            if (asked) await talk.SayAsync("i dont mind");
        }
        Assert.True(talk.LastText == StartQ, $"{answer}: {said}");
        await talk.SayAllAsync("now", "Dudley", "5");
        Check(talk.Catalogue.Profiles[^1], answer, expects, said);
    }

    private static void Check(SearchProfile p, string answer, string[] expects, string said)
    {
        var days = p.Days.ToHashSet();
        var held = $"patterns {p.Patterns}, hours {p.MinHoursPerWeek}-{p.MaxHoursPerWeek}, days {string.Join(",", days)}; said: {said}";
        foreach (var e in expects)
        {
            var why = $"{answer} [{e}]: {held}";
            if (PorterTalk.CheckShared(p, e, said, why) || e is "skip" or "asked") continue;
            if (e == "days=all") Assert.True(days.Count is 0 or 7, why);
            else if (e.StartsWith("days=", StringComparison.Ordinal))
            {
                var want = e[5..].Split(',').Select(Day).ToHashSet();
                Assert.True(want.SetEquals(days), why);
            }
            else throw new ArgumentException("Unknown expectation " + e);
        }
    }

    private static DayOfWeek Day(string s) => s switch
    {
        "Mon" => DayOfWeek.Monday, "Tue" => DayOfWeek.Tuesday, "Wed" => DayOfWeek.Wednesday, "Thu" => DayOfWeek.Thursday,
        "Fri" => DayOfWeek.Friday, "Sat" => DayOfWeek.Saturday, "Sun" => DayOfWeek.Sunday,
        _ => throw new ArgumentException("Unknown day " + s),
    };
}
