using System.Net;
using CareerBot.Bot.Channels;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.State;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>The turn pipeline inside the real host, with one part swapped per test to make a case happen.</summary>
public sealed class ActivityPipelineTests : IAsyncLifetime
{
    private ChannelSink _sink = null!;

    public async ValueTask InitializeAsync() => _sink = await ChannelSink.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _sink.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Turns_ThreeArriveWhileOneRuns_RunOneAtATimeInArrivalOrder()
    {
        var engine = new HeldEngine();
        var lease = new WatchedLease();
        await using var bot = await BotHostFixture.StartAsync(Ct, services: s =>
        {
            s.AddSingleton<IConversationEngine>(sp => engine.Wrap(sp));
            lease.Wrap(s);
        });
        var emulator = new EmulatorChannel(_sink.ServiceUrl);
        await bot.ExpectRepliesAsync(emulator.Join(), Ct);

        var first = emulator.Message("Office work");
        engine.HoldNext();
        var posts = new List<Task<HttpResponseMessage>> { bot.PostAsync(first, Ct) };
        await engine.Entered.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        var later = new[] { emulator.Message("none"), emulator.Message("help"), emulator.Message("back") };
        foreach (var message in later)
        {
            // Each is posted once the one before is waiting for the conversation: that is the arrival order.
            var waiting = lease.Requests;
            posts.Add(bot.PostAsync(message, Ct));
            await lease.WaitForRequestsAsync(waiting + 1, Ct);
        }
        Assert.Equal(1, engine.Running);
        engine.Release();
        foreach (var response in await Task.WhenAll(posts))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Equal(1, engine.MostAtOnce);
        Assert.Equal(new[] { first.Text }.Concat(later.Select(l => l.Text)), engine.Texts.Skip(1));
        var ids = new[] { first.Id }.Concat(later.Select(l => l.Id)).ToList();
        var all = await _sink.WaitAsync(p => p.Count(x => x.ReplyToId == ids[^1] && x.Activity.InputHint == InputHints.ExpectingInput) > 0, Ct);
        var order = all.Where(p => p.Activity.Type == ActivityTypes.Message).Select(p => p.ReplyToId).Distinct().ToList();
        Assert.Equal(ids, order);
    }

    [Fact]
    public async Task Write_ConflictOnce_TurnRunsAgainAndIsAppliedOnce()
    {
        var conflicts = new ConflictingStore(conflictsToCause: 1);
        await using var bot = await BotHostFixture.StartAsync(Ct, services: s => conflicts.Wrap(s));
        var emulator = new EmulatorChannel(_sink.ServiceUrl);
        var greeting = await bot.ExpectRepliesAsync(emulator.Join(), Ct);
        Assert.Equal(1, conflicts.Caused);
        // The greeting was produced twice (the first run was discarded) and is sent once.
        var twin = new EmulatorChannel(_sink.ServiceUrl);
        Assert.Equal((await bot.ExpectRepliesAsync(twin.Join(), Ct)).Select(a => a.Text), greeting.Select(a => a.Text));

        conflicts.CauseMore(1);
        var answer = await bot.ExpectRepliesAsync(emulator.Message("Office work"), Ct);
        Assert.Equal(2, conflicts.Caused);
        var twinAnswer = await bot.ExpectRepliesAsync(twin.Message("Office work"), Ct);
        Assert.Equal(twinAnswer.Select(a => a.Text), answer.Select(a => a.Text));
        // Applied once: the next turn is at the question after "Office work", the same as the twin's.
        Assert.Equal((await bot.ExpectRepliesAsync(twin.Message("help"), Ct)).Select(a => a.Text),
            (await bot.ExpectRepliesAsync(emulator.Message("help"), Ct)).Select(a => a.Text));
    }

    [Fact]
    public async Task State_Unavailable_503ProblemAndApologyToResident()
    {
        await using var bot = await BotHostFixture.StartAsync(Ct, services: s => s.AddSingleton<IConversationStateStore, BrokenStore>());
        var emulator = new EmulatorChannel(_sink.ServiceUrl);
        var message = emulator.Message("hi");
        using var response = await bot.PostAsync(message, Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var posts = await _sink.WaitAsync(p => p.Any(x => x.ReplyToId == message.Id && x.Activity.Type == ActivityTypes.Message), Ct);
        var apology = posts.Single(p => p.ReplyToId == message.Id && p.Activity.Type == ActivityTypes.Message).Activity;
        Assert.Equal(MessageCatalogue.Default.Get("error.busy"), apology.Text);
        Assert.Equal(emulator.User.Id, apology.Recipient?.Id);
    }

    [Fact]
    public async Task Observer_Throws_TurnStillAnsweredAndOtherObserversCalled()
    {
        var counting = new CountingObserver();
        await using var bot = await BotHostFixture.StartAsync(Ct, services: s =>
        {
            s.AddSingleton<IActivityObserver, ThrowingObserver>();
            s.AddSingleton<IActivityObserver>(counting);
        });
        var emulator = new EmulatorChannel(_sink.ServiceUrl);
        var replies = await bot.ExpectRepliesAsync(emulator.Join(), Ct);
        Assert.NotEmpty(replies);
        Assert.Equal(1, counting.Turns);
        Assert.Equal(replies.Select(r => r.Id), counting.LastOutbound.Select(r => r.Id));
    }

    [Fact]
    public async Task ForgetMe_StateDeletedAndEveryObserverForgets()
    {
        var counting = new CountingObserver();
        await using var bot = await BotHostFixture.StartAsync(Ct, services: s => s.AddSingleton<IActivityObserver>(counting));
        var emulator = new EmulatorChannel(_sink.ServiceUrl);
        await bot.ExpectRepliesAsync(emulator.Join(), Ct);
        await bot.ExpectRepliesAsync(emulator.Message("Office work"), Ct);
        var store = bot.Services.GetRequiredService<IConversationStateStore>();
        var key = $"emulator/{emulator.ConversationId}";
        Assert.NotNull(await store.ReadAsync(key, Ct));
        var remembered = bot.Services.GetRequiredService<WrittenRecords>();
        Assert.Equal(1, remembered.Count);

        var replies = await bot.ExpectRepliesAsync(emulator.Message("forget me"), Ct);
        Assert.Contains(replies, r => r.Text == MessageCatalogue.Default.Get("forget.ok"));
        Assert.Null(await store.ReadAsync(key, Ct));
        Assert.Equal(0, remembered.Count); // not kept in memory either
        Assert.Equal([("emulator", emulator.ConversationId)], counting.Forgotten);
    }

    [Fact]
    public async Task Stop_OnEmulator_EndOfConversationAfterTheReply()
    {
        await using var bot = await BotHostFixture.StartAsync(Ct);
        var emulator = new EmulatorChannel(_sink.ServiceUrl);
        await bot.ExpectRepliesAsync(emulator.Join(), Ct);
        var replies = await bot.ExpectRepliesAsync(emulator.Message("stop"), Ct);
        Assert.Equal(ActivityTypes.EndOfConversation, replies[^1].Type);
        Assert.Equal("completedSuccessfully", replies[^1].Code);
        Assert.Equal(MessageCatalogue.Default.Get("stop.ok"), replies[^2].Text);

        var teams = new EmulatorChannel(_sink.ServiceUrl, "msteams");
        await bot.ExpectRepliesAsync(teams.Join(), Ct);
        Assert.DoesNotContain(await bot.ExpectRepliesAsync(teams.Message("stop"), Ct), r => r.Type == ActivityTypes.EndOfConversation);
    }

    [Fact]
    public async Task Gate_AnswersInstead_ConversationNotRunAndStateUntouched()
    {
        await using var bot = await BotHostFixture.StartAsync(Ct, services: s => s.AddSingleton<IChannelGate, GroupChatGate>());
        // "test", not "msteams": the real Teams gate (bot/Channels/Teams) would answer a Teams group chat first.
        var emulator = new EmulatorChannel(_sink.ServiceUrl, "test");
        var replies = await bot.ExpectRepliesAsync(emulator.Message("hello") with { Conversation = new ConversationAccount(emulator.ConversationId) { IsGroup = true } }, Ct);
        Assert.Equal([GroupChatGate.Text], replies.Select(r => r.Text));
        Assert.Equal(emulator.User.Id, replies[0].Recipient?.Id);
        Assert.Null(await bot.Services.GetRequiredService<IConversationStateStore>().ReadAsync($"test/{emulator.ConversationId}", Ct));
    }

    [Fact]
    public async Task Auth_AppIdConfiguredAndNoToken_401Problem()
    {
        await using var bot = await BotHostFixture.StartAsync(Ct, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-used-here",
        });
        var emulator = new EmulatorChannel(_sink.ServiceUrl);
        using var response = await bot.PostAsync(emulator.Message("hi"), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        // Refused before the body is looked at: malformed JSON gets 401 too, not 400.
        using var malformed = await bot.PostRawAsync("{", "application/json", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, malformed.StatusCode);
    }

    [Fact]
    public async Task Restart_SameStateFile_ConversationGoesOnAtTheSameQuestion()
    {
        await using var bot = await BotHostFixture.StartAsync(Ct);
        var emulator = new EmulatorChannel(_sink.ServiceUrl);
        await bot.ExpectRepliesAsync(emulator.Join(), Ct);
        var beforeStop = await bot.ExpectRepliesAsync(emulator.Message("Office work"), Ct);

        await bot.RestartAsync();
        var afterRestart = await bot.ExpectRepliesAsync(emulator.Message("help"), Ct);
        // Help, then the same question again: the bot remembers where the resident was.
        Assert.Equal(beforeStop[^1].Text, afterRestart[^1].Text);

        // And the control: the same "help" in a new conversation is answered at the first question.
        var fresh = new EmulatorChannel(_sink.ServiceUrl);
        var greeting = await bot.ExpectRepliesAsync(fresh.Join(), Ct);
        Assert.NotEqual(greeting[^1].Text, afterRestart[^1].Text);
    }
}
