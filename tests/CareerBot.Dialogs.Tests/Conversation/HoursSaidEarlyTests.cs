using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Days a week said with the first answer ("porter job, 2 days a week") are the hours: kept, said back, and the
/// hours question is not asked again. See <see cref="OwnHoursTalk"/> for what the expectations mean.
/// </summary>
public sealed class HoursSaidEarlyTests
{
    private const string HoursQ = "How many hours a week can you work?";

    [Theory]
    [InlineData("porter job, 2 days a week", "h=14-16 say=2_days_a_week")]
    [InlineData("porter, three days per week", "h=21-24 say=3_days_a_week")]
    [InlineData("porter 4 days weekly", "h=28-32 say=4_days_a_week")]
    [InlineData("i want porter work 1 day a week", "h=7-8 say=1_day_a_week")]
    public Task First_DaysAWeek_AreTheHours(string answers, string expect) => OwnHoursTalk.RunAsync("first", answers, expect);

    [Theory]
    [InlineData("porter job, 2 days a week")]
    [InlineData("porter, five days each week")]
    public async Task First_DaysAWeek_HoursQuestionNotAskedAgain(string first)
    {
        var talk = await PorterTalk.JoinAsync();
        await talk.SayAsync(first);
        await talk.SayAsync("none");
        var said = talk.AllText;

        Assert.Contains("days a week", said, StringComparison.Ordinal);
        Assert.DoesNotContain(HoursQ, said, StringComparison.Ordinal);
    }
}
