using CareerBot.Bot.Conversation;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>
/// Drives real conversations through the program's own conversation engine and reply renderer and hands
/// each turn to the program's observers, as the host's turn pipeline does after a turn. Used where the
/// advisers' side must be seen working on real dialog output (signals, replies, "forget me").
/// </summary>
internal sealed class AdvisersPipeline(IServiceProvider services, TimeProvider clock)
{
    private readonly IConversationEngine engine = services.GetRequiredService<IConversationEngine>();
    private readonly IReplyRenderer renderer = services.GetRequiredService<IReplyRenderer>();
    private readonly IActivityObserver[] observers = services.GetServices<IActivityObserver>().ToArray();
    private static readonly ChannelAccount Bot = new("careerbot-app", "CareerBot");

    /// <summary>Every signal each conversation produced, for the test to compare with the figures.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, List<InsightSignal>> Signals { get; } = new();

    /// <summary>Opens the conversation, then says each line; stops after "forget me" is acted on.</summary>
    public async Task TalkAsync(string conversationId, string residentName, IEnumerable<string> lines, CancellationToken ct)
    {
        var user = new ChannelAccount("dl_" + conversationId, residentName);
        DialogSnapshot? state = null;
        state = await TurnAsync(conversationId, user, state, null, ct);
        foreach (string line in lines)
            state = await TurnAsync(conversationId, user, state, line, ct);
    }

    private async Task<DialogSnapshot?> TurnAsync(string conversationId, ChannelAccount user, DialogSnapshot? state,
        string? text, CancellationToken ct)
    {
        var conversation = new ConversationAccount(conversationId);
        Activity inbound = text is null
            ? new Activity
            {
                Type = ActivityTypes.ConversationUpdate, ChannelId = "webchat", Conversation = conversation,
                From = user, Recipient = Bot, MembersAdded = [user, Bot], Timestamp = clock.GetUtcNow(),
            }
            : new Activity
            {
                Type = ActivityTypes.Message, ChannelId = "webchat", Conversation = conversation,
                From = user, Recipient = Bot, Text = text, Locale = "en-GB", Timestamp = clock.GetUtcNow(),
            };
        var turn = new Turn
        {
            Text = text ?? "", LocalTime = clock.GetUtcNow(), Channel = ChannelKind.WebChat,
            ConversationId = conversationId, IsConversationStart = text is null,
        };

        TurnOutcome outcome = await engine.RunTurnAsync(turn, state, ct);
        IReadOnlyList<Activity> outbound = renderer.Render(outcome.Replies, "webchat")
            .Select(a => a with { From = Bot, Recipient = user, Conversation = conversation, ChannelId = "webchat" })
            .ToList();
        Signals.GetOrAdd(conversationId, _ => []).AddRange(outcome.Signals);

        foreach (IActivityObserver observer in observers)
            await observer.OnTurnAsync(inbound, outbound, outcome.Signals, ct);
        if (outcome.Action == ConversationAction.ForgetMe)
        {
            foreach (IActivityObserver observer in observers)
                await observer.ForgetAsync("webchat", conversationId, ct);
        }
        return outcome.State;
    }
}
