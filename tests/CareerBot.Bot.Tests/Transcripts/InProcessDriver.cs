using System.Text.Json;
using CareerBot.Bot.Conversation;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Tests.Transcripts;

/// <summary>
/// Runs the engine and the channel renderer directly, keeping the snapshot as the host would.
/// Used until the host's /api/messages with expectReplies is on main.
/// </summary>
public sealed class InProcessDriver(RealCatalogue catalogue) : IBotDriver
{
    private readonly ConversationEngine _engine = new(catalogue.Search, catalogue.Places);
    private readonly ChannelReplyRenderer _renderer = new();
    private DialogSnapshot? _state;

    /// <summary>The stored state, as a store would keep it (for a restart: a new driver, the same state).</summary>
    public DialogSnapshot? State { get => _state; init => _state = value; }

    public ConversationAction LastAction { get; private set; }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var channel = activity.ChannelId ?? "test";
        var turn = new Turn
        {
            Text = activity.Text ?? "",
            ValueJson = activity.Value is { } v ? JsonSerializer.Serialize(v) : null,
            LocalTime = activity.LocalTimestamp ?? activity.Timestamp ?? DateTimeOffset.UtcNow,
            Channel = ChannelKinds.From(channel),
            ConversationId = activity.Conversation?.Id ?? "c1",
            IsConversationStart = activity.Type == ActivityTypes.ConversationUpdate,
        };
        var outcome = await _engine.RunTurnAsync(turn, _state, cancellationToken);
        _state = outcome.State;
        LastAction = outcome.Action;
        // Round-trip the state through JSON text each turn, as a store would.
        if (_state is not null) _state = new DialogSnapshot(new string(_state.Json.AsSpan()));
        return _renderer.Render(outcome.Replies, channel);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
