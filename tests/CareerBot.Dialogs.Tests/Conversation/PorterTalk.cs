using System.Globalization;
using CareerBot.Dialogs.Conversation;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// The talk the hours, times and travel checks start from: the real dialogs and place list, a catalogue of one porter
/// job, and the greeting done.
/// </summary>
internal static class PorterTalk
{
    /// <summary>Every pattern that says a time of day or week (not full- or part-time, nor bank).</summary>
    public static readonly WorkPatterns TimeFlags = WorkPatterns.Days | WorkPatterns.Evenings | WorkPatterns.Nights
        | WorkPatterns.Weekends | WorkPatterns.Weekdays | WorkPatterns.SchoolHours;

    public static async Task<TestTalk> JoinAsync()
    {
        var talk = new TestTalk();
        talk.Engine = new ConversationEngine(talk.Search, CatalogueData.LoadPlaces());
        talk.Catalogue.Roles.Add(FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients around the hospital."));
        await talk.JoinAsync();
        return talk;
    }

    /// <summary>
    /// Checks the expectations both the hours-and-days and the times-and-travel checks use: "+Nights" / "-Nights" (the
    /// pattern is / is not in the profile), "any" (no time of day or week), "h=16-20" / "h=none" (hours a week held),
    /// "say=mornings" (the bot's replies hold these words, "_" for a space). False for any other expectation.
    /// </summary>
    public static bool CheckShared(SearchProfile p, string e, string said, string why)
    {
        if (e[0] is '+' or '-')
        {
            var flag = Enum.Parse<WorkPatterns>(e[1..]);
            Assert.True((p.Patterns & flag) != 0 == (e[0] == '+'), why);
        }
        else if (e == "any") Assert.True((p.Patterns & TimeFlags) == 0, why);
        else if (e == "h=none") Assert.True(p.MinHoursPerWeek is null && p.MaxHoursPerWeek is null, why);
        else if (e.StartsWith("h=", StringComparison.Ordinal))
        {
            var parts = e[2..].Split('-');
            Assert.True(p.MinHoursPerWeek == int.Parse(parts[0], CultureInfo.InvariantCulture)
                && p.MaxHoursPerWeek == int.Parse(parts[^1], CultureInfo.InvariantCulture), why);
        }
        else if (e.StartsWith("say=", StringComparison.Ordinal))
            Assert.True(said.Contains(e[4..].Replace('_', ' '), StringComparison.OrdinalIgnoreCase), why);
        else return false;
        return true;
    }
}
