using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>Days said after the times of day (or the other way round), out of the times question, add to what is held.</summary>
public sealed class TimesAddedLaterTests
{
    private static async Task<TestTalk> AtResultsAsync(string times)
    {
        var talk = new TestTalk();
        talk.Catalogue.Roles.Add(FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients around the hospital."));
        await talk.JoinAsync();
        await talk.SayAllAsync("porter", "none", "part time", times, "now", "Dudley", "5");
        Assert.NotEmpty(talk.Catalogue.Profiles);
        return talk;
    }

    [Fact]
    public async Task Results_DaysRuledOutAfterEvenings_KeepsEveningsAndRulesTheDayOut()
    {
        var talk = await AtResultsAsync("evenings");
        var searches = talk.Catalogue.Profiles.Count;

        await talk.SayAsync("i cant do fridays");

        Assert.True(talk.Catalogue.Profiles.Count > searches, talk.AllText);
        var profile = talk.Catalogue.Profiles[^1];
        Assert.True((profile.Patterns & WorkPatterns.Evenings) != 0, talk.AllText);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Saturday, DayOfWeek.Sunday], profile.Days);
        Assert.Contains("evenings any day but Fridays", talk.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hours_NoWeekendsAfterEveningsInTheFirstAnswer_KeepsBoth()
    {
        var talk = new TestTalk();
        talk.Catalogue.Roles.Add(FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients around the hospital."));
        await talk.JoinAsync();
        await talk.SayAllAsync("porter in the evenings", "none", "part time no weekends");
        Assert.Equal("When can you start work?", talk.LastText);

        await talk.SayAllAsync("now", "Dudley", "5");

        var profile = talk.Catalogue.Profiles[^1];
        Assert.True((profile.Patterns & WorkPatterns.Evenings) != 0);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], profile.Days);
    }
}
