using CareerBot.Bot.Protocol;
using CareerBot.Bot.Tests.Protocol;
using Xunit;

namespace CareerBot.Bot.Tests.Conversation;

/// <summary>
/// "3" typed at "How far can you travel to work?" through the real host: on SMS the choices are shown numbered, so
/// it is choice 3; on channels that show unnumbered buttons the bot asks "3 miles" or "Up to 10 miles".
/// </summary>
public sealed class LoneNumberChannelTests : IAsyncLifetime
{
    private BotHostFixture _bot = null!;
    private ChannelSink _sink = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync(Ct);
        _bot = await BotHostFixture.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    private async Task<IReadOnlyList<Activity>> AtMilesThenAsync(string channelId, string typed)
    {
        var channel = new EmulatorChannel(_sink.ServiceUrl, channelId);
        await _bot.ExpectRepliesAsync(channel.Join(), Ct);
        IReadOnlyList<Activity> replies = [];
        foreach (var answer in new[] { "Caring for people", "None", "Full-time", "Days", "Now", "Dudley" })
            replies = await _bot.ExpectRepliesAsync(channel.Message(answer), Ct);
        Assert.Contains("How far can you travel to work?", string.Join("\n", replies.Select(r => r.Text)), StringComparison.Ordinal);
        return await _bot.ExpectRepliesAsync(channel.Message(typed), Ct);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("emulator")]
    [InlineData("directline")]
    public async Task Three_ButtonsWithoutNumbers_AsksWhichWithTwoButtons(string channelId)
    {
        var replies = await AtMilesThenAsync(channelId, "3");
        var ask = replies.Last(r => r.Type == ActivityTypes.Message);
        Assert.Equal("Which one do you mean?", ask.Text);
        Assert.Equal(InputHints.ExpectingInput, ask.InputHint);
        Assert.Equal(["3 miles", "Up to 10 miles"], ask.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("webchat", "5")]
    [InlineData("sms", "3")]
    [InlineData("sms", "7")]
    public async Task NumberWithOneReading_GoesStraightToTheResults(string channelId, string typed)
    {
        var replies = await AtMilesThenAsync(channelId, typed);
        var all = string.Join("\n", replies.Select(r => r.Text));
        Assert.DoesNotContain("Which one do you mean?", all, StringComparison.Ordinal);
        Assert.Contains("What would you like to do next?", all, StringComparison.Ordinal);
    }
}
