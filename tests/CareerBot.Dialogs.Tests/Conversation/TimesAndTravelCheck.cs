using System.Globalization;
using CareerBot.Dialogs.Conversation;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Runs a resident's answer to "When can you work?" or "How far can you travel to work?" (or, marked "place:", to
/// "Where do you live?") through the real dialogs and the real place list, and checks what the search is then given
/// and what the bot said back. Expectations, separated by spaces:
/// "+Nights" / "-Nights": the pattern is / is not in the profile; "any": no time of day or week is held;
/// "h=16-16": hours a week held; "h=none": no hours held; "mi=3-5": miles held in that range; "mi=any": no limit;
/// "place=Dudley": the place searched from; "say=mornings": the bot's replies to the answer say these words.
/// Every answer must be understood: no "Sorry", and the next question follows (a check the bot asks is said yes to).
/// </summary>
internal static class TimesAndTravelCheck
{
    private const string Start = "When can you start work?";
    private const string Miles = "How far can you travel to work?";

    private static async Task<TestTalk> StartAsync()
    {
        var talk = await PorterTalk.JoinAsync();
        await talk.SayAllAsync("porter", "none", "i dont mind");
        return talk;
    }

    /// <summary>An answer to "When can you work?" (asked after "I do not mind" to the hours).</summary>
    public static async Task WhenAsync(string answer, string expect)
    {
        var talk = await StartAsync();
        Assert.Equal("When can you work?", talk.LastText);
        await talk.SayAsync(answer);
        var said = talk.AllText;
        if (talk.LastText != Start && !said.Contains("Sorry", StringComparison.Ordinal))
        {
            await talk.SayAsync("yes");
            said += "\n" + talk.AllText;
        }
        Assert.False(said.Contains("Sorry", StringComparison.Ordinal), $"{answer}: {said}");
        Assert.True(talk.LastText == Start, $"{answer}: {said}");
        await talk.SayAllAsync("now", "Dudley", "5");
        Check(talk, answer, expect, said);
    }

    /// <summary>An answer to "How far can you travel to work?" after "Dudley"; "place:" first gives it to "Where do you live?".</summary>
    public static async Task TravelAsync(string answer, string expect)
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("any time", "now");
        var atPlace = answer.StartsWith("place:", StringComparison.Ordinal);
        if (atPlace) answer = answer["place:".Length..].Trim();
        else
        {
            await talk.SayAsync("Dudley");
            Assert.Equal(Miles, talk.LastText);
        }
        await talk.SayAsync(answer);
        var said = talk.AllText;
        if (atPlace && talk.LastText == Miles)
        {
            await talk.SayAsync("5 miles");
        }
        else if (talk.Catalogue.Profiles.Count == 0 && !said.Contains("Sorry", StringComparison.Ordinal))
        {
            await talk.SayAsync("yes");
            said += "\n" + talk.AllText;
        }
        Assert.False(said.Contains("Sorry", StringComparison.Ordinal), $"{answer}: {said}");
        Assert.True(talk.Catalogue.Profiles.Count > 0, $"{answer}: no search. {said}");
        Check(talk, answer, expect, said);
    }

    private static void Check(TestTalk talk, string answer, string expect, string said)
    {
        var p = talk.Catalogue.Profiles[^1];
        var held = $"patterns {p.Patterns}, hours {p.MinHoursPerWeek}-{p.MaxHoursPerWeek}, place {p.Place}, miles {p.MaxMiles}; said: {said}";
        foreach (var e in expect.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var why = $"{answer} [{e}]: {held}";
            if (PorterTalk.CheckShared(p, e, said, why)) continue;
            if (e == "mi=any") Assert.True(p.MaxMiles is null, why);
            else if (e.StartsWith("mi=", StringComparison.Ordinal))
            {
                var (lo, hi) = Range(e[3..]);
                Assert.True(p.MaxMiles is { } m && m >= lo && m <= hi, why);
            }
            else if (e.StartsWith("place=", StringComparison.Ordinal)) Assert.True(p.Place == e[6..].Replace('_', ' '), why);
            else throw new ArgumentException("Unknown expectation " + e);
        }
    }

    private static (double, double) Range(string s)
    {
        var parts = s.Split('-');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[^1], CultureInfo.InvariantCulture));
    }
}
