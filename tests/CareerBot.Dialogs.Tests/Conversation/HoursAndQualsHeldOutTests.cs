using CareerBot.Dialogs.Engine;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Held-out wordings for <see cref="HoursSaidEarlyTests"/>, <see cref="HoursCardShiftsTests"/> and
/// <see cref="QualificationsNotHeldTests"/>, written before the fix and not tuned on: days a week said with the first
/// answer, times a shift job may have, and qualifications begun, failed, run out or not sure of. On the real catalogue.
/// </summary>
public sealed class HoursAndQualsHeldOutTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string QualsQuestion = "What qualifications do you have?";
    private const string HoursQ = "How many hours a week can you work?";

    [Theory]
    [InlineData("domestic cleaner 3 days a week")]
    [InlineData("porter work 4 days per week")]
    [InlineData("id like admin job only 2 days a week")]
    [InlineData("catering job, three days a week")]
    [InlineData("warehouse 5 days a week please")]
    [InlineData("care work, 1 day a week")]
    [InlineData("driver job 3 days a week")]
    [InlineData("receptionist, four days a week")]
    [InlineData("kitchen assistant two days a week pls")]
    [InlineData("pharmacy job 3 days each week")]
    public async Task First_DaysAWeek_KeptAndNotAskedAgain(string first)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAsync(first);
        var said = talk.AllText;
        // Whatever is asked before the hours (the qualifications, or a check on the work) is answered plainly.
        for (var turns = 0; turns < 3 && talk.LastText is not ("When can you work?" or HoursQ); turns++)
        {
            await talk.SayAsync(talk.LastText == QualsQuestion ? "none" : "yes");
            said += "\n" + talk.AllText;
        }

        Assert.True(said.Contains(" a week", StringComparison.Ordinal), said);
        Assert.DoesNotContain(HoursQ, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("porter", "days")]
    [InlineData("porter", "evenings")]
    [InlineData("healthcare support worker", "daytime")]
    [InlineData("care worker", "day time only")]
    [InlineData("porter", "weekends")]
    [InlineData("theatre porter", "evenings")]
    public async Task Results_TimesOnAShiftJob_NoWarning(string work, string times)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync(work, "None", "I do not mind", times, "Now", "Dudley", "Up to 10 miles");
        Assert.Equal("What would you like to do next?", talk.LastText);
        var shiftCards = talk.Last.Replies.SelectMany(r => r.Cards)
            .Where(c => c.Lines.Any(l => l.StartsWith("Hours:", StringComparison.Ordinal) && l.Contains("shifts", StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(shiftCards);
        foreach (var card in shiftCards)
            Assert.DoesNotContain(card.Lines, l => l.Contains("may not suit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("i didnt finish my nvq")]
    [InlineData("not finished my level 2 yet")]
    [InlineData("i never finished my care certificate")]
    [InlineData("halfway through my nvq 3")]
    [InlineData("failed english gcse")]
    [InlineData("i failed my level 2")]
    [InlineData("my first aid expired")]
    [InlineData("first aid certificate out of date")]
    [InlineData("my dbs ran out last year")]
    [InlineData("my food hygiene has lapsed")]
    [InlineData("i think i got level 2")]
    [InlineData("maybe nvq 3 not sure")]
    [InlineData("i might have gcses")]
    [InlineData("nvq 2 in care but i didnt complete it")]
    [InlineData("still havent finished my functional skills")]
    [InlineData("my manual handling run out")]
    public async Task QualificationsAnswer_NotHeldOrNotSure_NeitherNoneNorHeldAndAsks(string text)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAsync("care work");
        Assert.Equal(QualsQuestion, talk.LastText);
        await talk.SayAsync(text);

        Assert.DoesNotContain("Many jobs need no qualifications", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Good. You have", talk.AllText, StringComparison.Ordinal);
        Assert.Null((DialogStateSerializer.Read(talk.State)?.Answers ?? throw new InvalidOperationException("no state")).Qualifications);
        Assert.EndsWith("?", talk.LastText, StringComparison.Ordinal);
    }
}
