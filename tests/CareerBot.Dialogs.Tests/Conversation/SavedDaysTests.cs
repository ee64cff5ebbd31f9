using System.Text.Json.Nodes;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// The days of the week a resident can work are kept in the saved conversation, and a conversation saved before they
/// were kept (its times have no days) still reads and goes on.
/// </summary>
public sealed class SavedDaysTests
{
    private static async Task<TestTalk> AtStartAsync(string times)
    {
        var talk = new TestTalk();
        talk.Catalogue.Roles.Add(FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients around the hospital."));
        await talk.JoinAsync();
        await talk.SayAllAsync("porter", "none", "part time", times);
        Assert.Equal("When can you start work?", talk.LastText);
        return talk;
    }

    [Fact]
    public async Task Times_DaysSaid_SavedWithTheTimesAndSearched()
    {
        var talk = await AtStartAsync("only tues and thurs");

        var times = JsonNode.Parse(talk.State!.Json)!["answers"]!["times"]!;
        Assert.Equal("""["Tuesday","Thursday"]""", times["days"]!.ToJsonString());
        await talk.SayAllAsync("now", "Dudley", "5");
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], talk.Catalogue.Profiles[^1].Days);
    }

    [Fact]
    public async Task Times_SavedBeforeDaysWereKept_ReadsAndGoesOnWithAnyDay()
    {
        var talk = await AtStartAsync("nights");
        var saved = JsonNode.Parse(talk.State!.Json)!;
        saved["answers"]!["times"]!.AsObject().Remove("days");
        talk.State = new DialogSnapshot(saved.ToJsonString());

        await talk.SayAllAsync("now", "Dudley", "5");

        var profile = talk.Catalogue.Profiles[^1];
        Assert.Empty(profile.Days);
        Assert.True((profile.Patterns & WorkPatterns.Nights) != 0);
    }
}
