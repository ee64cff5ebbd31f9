using System.Text.Json;
using CareerBot.Bot.State;
using CareerBot.Bot.Tests.Insights;
using CareerBot.Bot.Tests.Protocol;
using StackExchange.Redis;
using Xunit;

namespace CareerBot.Bot.Tests.Faults;

/// <summary>
/// Two real bot processes on one Redis, as behind a load balancer with no sticky sessions: turns of one
/// conversation go to either, one after the other or at the same moment. No answer is lost, none applied twice.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly FaultRig rig = new();
    private RedisServer redis = null!;
    private BotProcess one = null!, two = null!;

    public async ValueTask InitializeAsync()
    {
        redis = await RedisServer.StartAsync(FaultRig.Cancel);
        Dictionary<string, string> store = FaultRig.Redis(redis.ConnectionString);
        Task<BotProcess> first = rig.StartBotAsync(store), second = rig.StartBotAsync(store);
        one = await first;
        two = await second;
    }

    public async ValueTask DisposeAsync()
    {
        await rig.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task Alternately_EachTurnOnTheOtherInstance_SameConversationAsOnOneBot()
    {
        var conversation = new GuidedConversation();
        var seen = new List<IReadOnlyList<string>>();

        for (int step = 0; step <= GuidedConversation.Steps.Count; step++)
            seen.Add((await FaultRig.StepAsync(conversation, step % 2 == 0 ? one : two, step)).Seen);

        Assert.Equal(await FaultRig.ReferenceAsync(), seen);
        Assert.Equal(GuidedConversation.Steps.Count + 1, (await RecordAsync(conversation)).Turns);
    }

    [Fact]
    public async Task InRuns_SeveralTurnsOnOneInstanceThenOnTheOther_SameConversationAsOnOneBot()
    {
        // Three turns on one instance, then three on the other, and so on: by its third turn an instance starts from the
        // record it wrote without reading (it has seen its own write come back), and on coming back after the other
        // instance's turns that record is out of date: the write must fail on the ETag and the turn run again.
        var conversation = new GuidedConversation();
        var seen = new List<IReadOnlyList<string>>();

        for (int step = 0; step <= GuidedConversation.Steps.Count; step++)
            seen.Add((await FaultRig.StepAsync(conversation, step / 3 % 2 == 0 ? one : two, step)).Seen);

        Assert.Equal(await FaultRig.ReferenceAsync(), seen);
        Assert.Equal(GuidedConversation.Steps.Count + 1, (await RecordAsync(conversation)).Turns);
        // Instance one came back to an out-of-date record (step 6) and ran that turn again: one write conflict, no more.
        Assert.True(GuidedConversation.Steps.Count >= 7, "The guided conversation is too short for this test.");
        Assert.Equal(1, await WriteConflictsAsync(one));
    }

    [Fact]
    public async Task AtTheSameMoment_OneInstanceStartsFromMemory_BothAppliedOnceInSomeOrder() =>
        // As below, but every earlier turn went to instance one, so its "Days" starts from the record in memory without
        // the Redis lease, while "Now" takes the lease on instance two.
        await BothAtOnceAsync(_ => one);

    [Fact]
    public async Task AtTheSameMoment_TwoMessagesOnTwoInstances_BothAppliedOnceInSomeOrder() =>
        // Several conversations, each at the "When can you work?" question, get two answers at once:
        // "Days" on one instance and "Now" on the other. Run one after the other, in either order, they
        // give known replies; at the same moment the bot must give one of those, never a mix or a repeat.
        await BothAtOnceAsync(step => step % 2 == 0 ? one : two);

    /// <summary>
    /// Six conversations brought to "When can you work?" (each earlier step on <paramref name="instanceOf"/> it), then
    /// "Days" on instance one and "Now" on instance two at the same moment: each gets the replies of one of the two
    /// orders, and each activity is applied once.
    /// </summary>
    private async Task BothAtOnceAsync(Func<int, BotProcess> instanceOf)
    {
        const int Conversations = 6, Ready = 4;
        Outcomes expected = await SequentialOutcomesAsync(Ready);

        var conversations = Enumerable.Range(0, Conversations).Select(_ => new GuidedConversation()).ToList();
        foreach (GuidedConversation conversation in conversations)
            for (int step = 0; step <= Ready; step++)
                await FaultRig.StepAsync(conversation, instanceOf(step), step);

        TurnReplies[][] results = await Task.WhenAll(conversations.Select(async conversation =>
        {
            using var go = new SemaphoreSlim(0);
            Task<TurnReplies> days = Task.Run(async () => { await go.WaitAsync(FaultRig.Cancel); return await conversation.SendAsync(one.Http, Ready + 1, FaultRig.Cancel); });
            Task<TurnReplies> now = Task.Run(async () => { await go.WaitAsync(FaultRig.Cancel); return await conversation.SendAsync(two.Http, Ready + 2, FaultRig.Cancel); });
            go.Release(2);
            return await Task.WhenAll(days, now);
        }));

        for (int i = 0; i < Conversations; i++)
        {
            (IReadOnlyList<string> Days, IReadOnlyList<string> Now) actual = (results[i][0].Seen, results[i][1].Seen);
            Assert.True(Same(actual, expected.DaysFirst) || Same(actual, expected.NowFirst),
                $"Conversation {i}: Days -> {results[i][0]}; Now -> {results[i][1]}");
            ConversationRecordView record = await RecordAsync(conversations[i]);
            Assert.Equal(Ready + 3, record.Turns);
            Assert.Single(record.Recent, id => id == conversations[i].Activity(Ready + 1).Id);
            Assert.Single(record.Recent, id => id == conversations[i].Activity(Ready + 2).Id);
        }
    }

    private static bool Same((IReadOnlyList<string> Days, IReadOnlyList<string> Now) a, (IReadOnlyList<string> Days, IReadOnlyList<string> Now) b) =>
        a.Days.SequenceEqual(b.Days) && a.Now.SequenceEqual(b.Now);

    private sealed record Outcomes((IReadOnlyList<string> Days, IReadOnlyList<string> Now) DaysFirst, (IReadOnlyList<string> Days, IReadOnlyList<string> Now) NowFirst);

    /// <summary>What "Days" and "Now" get when sent one after the other, in each order, on one bot.</summary>
    private static async Task<Outcomes> SequentialOutcomesAsync(int ready)
    {
        await using BotHostFixture host = await BotHostFixture.StartAsync(FaultRig.Cancel);
        async Task<(IReadOnlyList<string>, IReadOnlyList<string>)> RunAsync(bool daysFirst)
        {
            var conversation = new GuidedConversation();
            for (int step = 0; step <= ready; step++)
                await conversation.SendAsync(host.Http, step, FaultRig.Cancel);
            if (daysFirst)
            {
                var days = (await conversation.SendAsync(host.Http, ready + 1, FaultRig.Cancel)).Seen;
                return (days, (await conversation.SendAsync(host.Http, ready + 2, FaultRig.Cancel)).Seen);
            }
            var now = (await conversation.SendAsync(host.Http, ready + 2, FaultRig.Cancel)).Seen;
            return ((await conversation.SendAsync(host.Http, ready + 1, FaultRig.Cancel)).Seen, now);
        }
        return new Outcomes(await RunAsync(daysFirst: true), await RunAsync(daysFirst: false));
    }

    /// <summary>The instance's count of state writes that met a conflict, from its /metrics.</summary>
    private static async Task<int> WriteConflictsAsync(BotProcess bot)
    {
        string text = await bot.Http.GetStringAsync("/metrics", FaultRig.Cancel);
        string? line = text.Split('\n').FirstOrDefault(l =>
            l.StartsWith("careerbot_store_duration_seconds_count{operation=\"write\",outcome=\"conflict\"", StringComparison.Ordinal));
        return line is null ? 0 : int.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The stored record, read straight from Redis.</summary>
    private async Task<ConversationRecordView> RecordAsync(GuidedConversation conversation)
    {
        RedisValue payload = await redis.Connection.GetDatabase()
            .HashGetAsync(RedisConversationStateStore.DefaultPrefix + $"{conversation.ChannelId}/{conversation.ConversationId}", "p");
        Assert.False(payload.IsNull, "No state stored for the conversation.");
        return JsonSerializer.Deserialize<ConversationRecordView>((string)payload!, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record ConversationRecordView(int Turns, IReadOnlyList<string> Recent);
}
