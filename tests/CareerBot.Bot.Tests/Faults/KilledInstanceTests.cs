using CareerBot.Bot.Tests.Insights;
using Xunit;

namespace CareerBot.Bot.Tests.Faults;

/// <summary>
/// kill -9 of a real bot process in the middle of a conversation, then another process on the same
/// store (the SQLite file, or Redis): the conversation goes on at the right question with every answer.
/// </summary>
public sealed class KilledInstanceTests : IAsyncLifetime
{
    private readonly FaultRig rig = new();
    private RedisServer? redis;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await rig.DisposeAsync();
        if (redis is not null)
            await redis.DisposeAsync();
    }

    private async Task<Dictionary<string, string>> StoreAsync(string kind)
    {
        if (kind == "sqlite")
            return rig.Sqlite();
        redis = await RedisServer.StartAsync(FaultRig.Cancel);
        return FaultRig.Redis(redis.ConnectionString);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("redis")]
    public async Task Kill9_BetweenTurns_NextInstanceResumesAtTheRightQuestionWithEveryAnswer(string kind)
    {
        Dictionary<string, string> store = await StoreAsync(kind);
        var conversation = new GuidedConversation();
        var seen = new List<IReadOnlyList<string>>();
        const int KillAfter = 4;

        BotProcess first = await rig.StartBotAsync(store);
        for (int step = 0; step <= KillAfter; step++)
            seen.Add((await FaultRig.StepAsync(conversation, first, step)).Seen);
        first.Kill();
        Assert.True(first.HasExited);

        BotProcess second = await rig.StartBotAsync(store);
        for (int step = KillAfter + 1; step <= GuidedConversation.Steps.Count; step++)
            seen.Add((await FaultRig.StepAsync(conversation, second, step)).Seen);

        // The results depend on every answer (kind of work, qualifications, hours, days, place, distance):
        // they are the same as in a conversation nothing interrupted.
        Assert.Equal(await FaultRig.ReferenceAsync(), seen);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("redis")]
    public async Task Kill9_WhileATurnRuns_ChannelRetryIsAppliedOnceAndTheConversationGoesOn(string kind)
    {
        Dictionary<string, string> store = await StoreAsync(kind);
        var conversation = new GuidedConversation();
        const int InFlight = 5;

        BotProcess first = await rig.StartBotAsync(store);
        for (int step = 0; step < InFlight; step++)
            await FaultRig.StepAsync(conversation, first, step);
        Task<TurnReplies> lost = conversation.SendAsync(first.Http, InFlight, FaultRig.Cancel);
        await Task.Delay(Random.Shared.Next(0, 40), FaultRig.Cancel);
        first.Kill();
        try
        {
            await lost;
        }
        catch (HttpRequestException)
        {
            // The connection died with the process: the channel will send the activity again.
        }

        BotProcess second = await rig.StartBotAsync(store);
        TurnReplies retried = await conversation.SendAsync(second.Http, InFlight, FaultRig.Cancel);

        // Either the killed process never saved the turn (it runs now), or it did (the retry is recognised
        // and not applied a second time). Both ways the next answer lands on the next question.
        Assert.Equal(System.Net.HttpStatusCode.OK, retried.Status);
        if (retried.Replies.Count > 0)
            Assert.StartsWith(GuidedConversation.QuestionAfter(InFlight), retried.Question ?? "", StringComparison.Ordinal);
        IReadOnlyList<string>? last = null;
        for (int step = InFlight + 1; step <= GuidedConversation.Steps.Count; step++)
            last = (await FaultRig.StepAsync(conversation, second, step)).Seen;
        Assert.Equal((await FaultRig.ReferenceAsync())[^1], last);
    }
}
