using System.Collections.Concurrent;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>
/// A stand-in bot for the Direct Line tests: a join gets "Welcome", a message "You said: &lt;text&gt;" (the
/// conversation id is put in each reply's text so a leak between conversations would show). It records
/// every inbound activity it saw.
/// </summary>
internal sealed class ScriptedProcessor : IActivityProcessor
{
    public ConcurrentQueue<Activity> Seen { get; } = new();

    /// <summary>Set to make the bot fail (500, no replies).</summary>
    public bool Fail { get; set; }

    public Task<ProcessResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        Seen.Enqueue(activity);
        if (Fail) return Task.FromResult(new ProcessResult(500));
        var conversation = activity.Conversation?.Id;
        IReadOnlyList<Activity> replies = activity.Type switch
        {
            ActivityTypes.ConversationUpdate => [Reply($"Welcome to {conversation}")],
            ActivityTypes.Message => [Reply($"You said: {activity.Text} in {conversation}")],
            _ => [],
        };
        return Task.FromResult(new ProcessResult(200, replies));
    }

    private static Activity Reply(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = InputHints.ExpectingInput,
        SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = "imBack", Title = "Yes" }] },
    };
}
