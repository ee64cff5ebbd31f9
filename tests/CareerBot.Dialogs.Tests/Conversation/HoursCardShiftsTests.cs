using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// What a card asks about hours, from the job's own hours: a job with shifts usually has day, evening and weekend
/// shifts, so it says which shifts to ask for, not that the hours may not suit. The warning stays for hours the job
/// does not offer (nights on a day job) or names against the resident (weekends for "weekdays only").
/// </summary>
public sealed class HoursCardShiftsTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private static readonly SuggestionCards Cards = new(MessageCatalogue.Default);

    private static Suggestion Job(string[] hours, params MatchReason[] why)
    {
        var role = FakeCatalogue.Role("job", "Some job", "support services", "You help.") with { HoursPatterns = hours };
        return new() { Kind = ResultKind.Role, Id = role.Id, Title = role.Title, Score = 1, Role = role, CanStartNow = true, Why = why };
    }

    private static MatchReason Maybe(string answer, string detail) => new(MatchKind.Hours, answer, MatchReason.HoursMaybe, detail);

    [Theory]
    [InlineData("days", "full-time", "This job has shifts. Ask for day shifts.")]
    [InlineData("evenings", "shifts", "This job has shifts. Ask for evening shifts.")]
    [InlineData("weekends", "shifts", "This job has shifts. Ask for weekend shifts.")]
    public void HoursToAsk_TimeAShiftJobMayHave_SaysWhichShiftsToAsk(string wanted, string detail, string expected) =>
        Assert.Equal(expected, Cards.HoursToAsk(Job(["full-time", "part-time", "shifts", "nights"], Maybe(wanted, detail))));

    [Fact]
    public void HoursToAsk_DaysAndWeekendsOnAShiftJob_OneLine() =>
        Assert.Equal("This job has shifts. Ask for day and weekend shifts.",
            Cards.HoursToAsk(Job(["full-time", "shifts", "nights"], Maybe("days", "full-time"), Maybe("weekends", "shifts"))));

    [Fact]
    public void HoursToAsk_DaysOnAJobThatNamesNoShifts_AsksWithoutWarning() =>
        Assert.Equal("Ask if you can work days.", Cards.HoursToAsk(Job(["full-time", "on-call"], Maybe("days", "full-time"))));

    [Fact]
    public void HoursToAsk_NightsMissingAndDaysOnShifts_WarnsOnlyForNights() =>
        Assert.Equal("These hours may not suit you. Ask if you can work nights. This job has shifts. Ask for day shifts.",
            Cards.HoursToAsk(Job(["full-time", "shifts", "weekends"], new MatchReason(MatchKind.Hours, "nights", MatchReason.HoursMissing), Maybe("days", "full-time"))));

    [Fact]
    public void HoursToAsk_SomeDaysOnARota_AsksForThoseDays() =>
        Assert.Equal("This job has shifts. Ask if you can work only on Tuesday and Thursday.",
            Cards.HoursToAsk(Job(["full-time", "shifts", "on-call"], Maybe("only on Tuesday and Thursday", "shifts"))));

    [Theory]
    [InlineData("Days")]
    [InlineData("evenings")]
    public async Task Results_PorterAtTimesItsShiftsMayHave_NoWarningOnTheHospitalPorter(string times)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync("porter", "None", "I do not mind", times, "Now", "Dudley", "Up to 10 miles");
        Assert.Equal("What would you like to do next?", talk.LastText);
        var porter = talk.Last.Replies.SelectMany(r => r.Cards).First(c => c.Title.Contains("Hospital porter", StringComparison.Ordinal));

        Assert.DoesNotContain(porter.Lines, l => l.Contains("may not suit", StringComparison.Ordinal));
        Assert.Contains(porter.Lines, l => l.StartsWith("This job has shifts. Ask for ", StringComparison.Ordinal));
    }
}
