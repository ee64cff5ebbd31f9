using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Net.Http.Json;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.Tests.Insights;
using CareerBot.Bot.Tests.Protocol;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Bot.Tests.Faults;

/// <summary>
/// Redis stops and starts again under a running conversation on a real bot process. While it is down
/// the bot tells the resident (through the channel) it cannot save answers and tells the channel 503,
/// so the channel retries; when Redis is back the same activity goes through and nothing is lost.
/// </summary>
public sealed class RedisRestartTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);
    private readonly FaultRig rig = new();
    private RedisServer redis = null!;
    private ChannelSink sink = null!;

    public async ValueTask InitializeAsync()
    {
        redis = await RedisServer.StartAsync(persistent: true, FaultRig.Cancel);
        sink = await ChannelSink.StartAsync(FaultRig.Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await rig.DisposeAsync();
        await sink.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task RedisStopsAndReturns_503AndApologyMeanwhile_ThenTheConversationGoesOnIntact()
    {
        BotProcess bot = await rig.StartBotAsync(FaultRig.Redis(redis.ConnectionString));
        var conversation = new GuidedConversation();
        const int Down = 4;
        var seen = new List<IReadOnlyList<string>>();
        for (int step = 0; step < Down; step++)
            seen.Add(await SendAndCollectAsync(bot, conversation, step));

        await redis.StopAsync();

        Activity retried = conversation.Activity(Down, sink.ServiceUrl);
        using (HttpResponseMessage refused = await bot.Http.PostAsJsonAsync("api/messages", retried, BotJson.Options, FaultRig.Cancel))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            // The channel is told when to send it again.
            Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
        IReadOnlyList<SinkPost> apology = await sink.WaitAsync(
            posts => posts.Any(p => p.ReplyToId == retried.Id && p.Activity.Type == ActivityTypes.Message), FaultRig.Cancel, Wait);
        SinkPost sorry = Assert.Single(apology, p => p.ReplyToId == retried.Id && p.Activity.Type == ActivityTypes.Message);
        Assert.Equal(MessageCatalogue.Default.Get("error.busy"), sorry.Activity.Text);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.Http.GetAsync("readyz", FaultRig.Cancel)).StatusCode);
        Assert.False(bot.HasExited);

        await redis.RestartAsync(FaultRig.Cancel);

        // The channel sends the same activity again until it is accepted.
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using HttpResponseMessage response = await bot.Http.PostAsJsonAsync("api/messages", retried, BotJson.Options, FaultRig.Cancel);
            if (response.IsSuccessStatusCode)
                break;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(waited.Elapsed < Wait, "The bot did not recover after Redis came back.\n" + bot.Log);
            await Task.Delay(250, FaultRig.Cancel);
        }
        seen.Add(await CollectAsync(conversation, Down));
        for (int step = Down + 1; step <= GuidedConversation.Steps.Count; step++)
            seen.Add(await SendAndCollectAsync(bot, conversation, step));

        Assert.Equal(await FaultRig.ReferenceAsync(), seen);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("readyz", FaultRig.Cancel)).StatusCode);
    }

    private async Task<IReadOnlyList<string>> SendAndCollectAsync(BotProcess bot, GuidedConversation conversation, int step)
    {
        using HttpResponseMessage response = await bot.Http.PostAsJsonAsync("api/messages", conversation.Activity(step, sink.ServiceUrl), BotJson.Options, FaultRig.Cancel);
        Assert.True(response.IsSuccessStatusCode, $"Step {step}: {(int)response.StatusCode}\n{bot.Log}");
        return await CollectAsync(conversation, step);
    }

    /// <summary>The messages the sink got for a step, once its question has arrived (apologies left out).</summary>
    private async Task<IReadOnlyList<string>> CollectAsync(GuidedConversation conversation, int step)
    {
        string id = conversation.Activity(step).Id!;
        IReadOnlyList<SinkPost> posts = await sink.WaitForQuestionAsync(id, FaultRig.Cancel);
        string busy = MessageCatalogue.Default.Get("error.busy");
        return posts.Where(p => p.ReplyToId == id && p.Activity.Type == ActivityTypes.Message && p.Activity.Text != busy)
            .Select(p => TurnReplies.Describe(p.Activity)).ToList();
    }
}
