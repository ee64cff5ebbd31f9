using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using CareerBot.Bot.Operations.Metrics;
using CareerBot.Bot.Channels;
using CareerBot.Bot.Conversation;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.State;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;

namespace CareerBot.Bot.Hosting;

/// <summary>
/// Runs inbound activities through the bot. A message, a join (conversationUpdate with a user in
/// membersAdded, or Web Chat's webchat/join event) or an Adaptive Card action becomes one turn of the
/// conversation engine, run under the conversation's lease so turns of one conversation go one at a
/// time in arrival order. State is written (ETag-checked, retried on conflict) before any reply
/// leaves; replies are then queued to the <see cref="IReplySender"/>, or returned for expectReplies.
/// Inbound endOfConversation clears the conversation's state; every other type is ignored.
/// </summary>
internal sealed partial class ActivityPipeline(
    IConversationEngine engine,
    IReplyRenderer renderer,
    IConversationStateStore store,
    IConversationLease lease,
    WrittenRecords written,
    IReplySender sender,
    IEnumerable<IChannelGate> gates,
    IEnumerable<IActivityObserver> observers,
    TimeProvider time,
    BotMetrics metrics,
    ILogger<ActivityPipeline> logger) : IActivityProcessor
{
    /// <summary>Teams' Universal Action (Action.Execute) invoke: handled as a message carrying the card's data.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>Web Chat's back-channel event when the chat opens: a join.</summary>
    public const string WebChatJoin = "webchat/join";

    /// <summary>How many times a turn is re-run after an ETag conflict before the channel is asked to retry (503).</summary>
    public const int MaxWriteAttempts = 5;

    private readonly IChannelGate[] _gates = gates.ToArray();
    private readonly IActivityObserver[] _observers = observers.ToArray();
    private readonly MessageCatalogue _messages = MessageCatalogue.Default;

    public async Task<ProcessResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await ProcessCoreAsync(activity, cancellationToken);
            outcome = result.StatusCode switch
            {
                StatusCodes.Status503ServiceUnavailable => "unavailable",
                >= 400 and < 500 => "rejected",
                StatusCodes.Status501NotImplemented => "not_implemented",
                _ => "ok",
            };
            if (outcome == "unavailable") metrics.Error("store_unavailable");
            return result;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.Error("exception");
            throw;
        }
        finally
        {
            metrics.Turn(ChannelLabel(activity.ChannelId), outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>A bounded label for /metrics: the known channels by name, anything else as "other".</summary>
    private static string ChannelLabel(string? channelId) => channelId switch
    {
        "webchat" or "directline" or "emulator" or "msteams" or "sms" or "test" => channelId,
        _ => "other",
    };

    private async Task<ProcessResult> ProcessCoreAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.ChannelId))
            return new ProcessResult(StatusCodes.Status400BadRequest);

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                return await RunAsync(activity, TurnKind.Message, cancellationToken);
            // Any members added, even only the bot: a gate may name the resident (a Teams personal install
            // lists only the bot; the resident is in "from"). With nobody but the bot, there is no turn.
            case ActivityTypes.ConversationUpdate when activity.MembersAdded is { Count: > 0 }:
                return await RunAsync(activity, TurnKind.Join, cancellationToken);
            case ActivityTypes.Event when activity.Name == WebChatJoin:
                return await RunAsync(activity, TurnKind.Join, cancellationToken);
            case ActivityTypes.Invoke when activity.Name == AdaptiveCardAction:
                return await RunAsync(activity, TurnKind.CardAction, cancellationToken);
            case ActivityTypes.Invoke:
                LogUnhandledInvoke(logger, activity.Name, activity.Conversation.Id);
                return new ProcessResult(StatusCodes.Status501NotImplemented, IsExpectReplies(activity) ? [] : null);
            case ActivityTypes.EndOfConversation:
                return await EndAsync(activity, cancellationToken);
            default:
                return new ProcessResult(StatusCodes.Status200OK, IsExpectReplies(activity) ? [] : null);
        }
    }

    private static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase);

    /// <summary>The key of a conversation's lease and state: channel and conversation id.</summary>
    public static string KeyOf(Activity activity) => $"{activity.ChannelId}/{activity.Conversation!.Id}";

    /// <summary>The first added member that is not the bot (the recipient), or null.</summary>
    private static ChannelAccount? JoiningUser(Activity activity) =>
        activity.MembersAdded?.FirstOrDefault(m => !string.IsNullOrEmpty(m?.Id) && !string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal));

    /// <summary>A conversationUpdate that adds nobody but the bot: nobody to welcome, nothing to record.</summary>
    private static bool OnlyTheBotJoins(Activity activity) =>
        activity.Type == ActivityTypes.ConversationUpdate && JoiningUser(activity) is null;

    private async Task<ProcessResult> RunAsync(Activity activity, TurnKind kind, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var expectReplies = IsExpectReplies(activity);
        foreach (var gate in _gates)
        {
            var decision = await gate.InspectAsync(activity, cancellationToken);
            activity = decision.Activity;
            if (decision.Instead is { } instead)
            {
                if (instead.Count == 0 && OnlyTheBotJoins(activity))
                    return Done(kind, expectReplies, []);
                // The gate answered: the conversation (and its state) is not touched.
                var answered = Stamp(renderer.Render(instead, activity.ChannelId!), activity);
                await using (await lease.AcquireAsync(KeyOf(activity), cancellationToken))
                {
                    await DeliverAsync(answered, expectReplies, activity, cancellationToken);
                    await ObserveAsync(activity, answered, [], cancellationToken);
                }
                return Done(kind, expectReplies, answered);
            }
        }

        if (OnlyTheBotJoins(activity))
            return Done(kind, expectReplies, []);

        // Typing before the slow part (waiting for the lease, running the engine); side work only.
        if (!expectReplies && kind != TurnKind.Join)
            await TrySendAsync(Stamp([new Activity { Type = ActivityTypes.Typing }], activity), activity, cancellationToken);

        var key = KeyOf(activity);
        try
        {
            // The record this instance wrote last, when the turn may start from it without reading (asked once this
            // process's turn of the conversation has come, so an earlier turn here has written by then).
            (string ETag, ConversationRecord Record)? known = null;
            var held = await lease.AcquireKnownAsync(key, () => (known = written.Known(key)) is not null, cancellationToken);
            await using (held)
            {
                var turn = await RunTurnAsync(activity, kind, key, held, known, cancellationToken);
                if (turn.Outcome is not { } outcome)
                {
                    LogSkipped(logger, activity.Conversation!.Id, turn.Why);
                    return Done(kind, expectReplies, []);
                }

                var outbound = new List<Activity>(renderer.Render(outcome.Replies, activity.ChannelId!));
                if (outcome.Action == ConversationAction.End && SendsEndOfConversation(activity.ChannelId!))
                    outbound.Add(new Activity { Type = ActivityTypes.EndOfConversation, Code = "completedSuccessfully" });
                var stamped = Stamp(outbound, activity);
                // The state is written: from here the turn is done, even if the channel stops waiting
                // (a retry would be skipped as already applied, so these replies must still go).
                await DeliverAsync(stamped, expectReplies, activity, CancellationToken.None);
                await ObserveAsync(activity, stamped, outcome.Signals, CancellationToken.None);
                if (outcome.Action == ConversationAction.ForgetMe)
                    await ForgetAsync(activity, CancellationToken.None);
                LogTurn(logger, activity.Conversation!.Id, time.GetElapsedTime(started).TotalMilliseconds, turn.Attempts);
                return Done(kind, expectReplies, stamped);
            }
        }
        catch (StateUnavailableException ex)
        {
            LogStateUnavailable(logger, ex, activity.Conversation!.Id);
            var apology = await ApologiseAsync(activity, "error.busy", expectReplies, cancellationToken);
            return new ProcessResult(StatusCodes.Status503ServiceUnavailable, expectReplies ? apology : null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTurnFailed(logger, ex, activity.Conversation!.Id);
            var apology = await ApologiseAsync(activity, MessageKeys.ErrorSorry, expectReplies, cancellationToken);
            return new ProcessResult(StatusCodes.Status500InternalServerError, expectReplies ? apology : null);
        }
    }

    private ProcessResult Done(TurnKind kind, bool expectReplies, IReadOnlyList<Activity> replies) => new(
        StatusCodes.Status200OK,
        expectReplies ? replies : null,
        kind == TurnKind.CardAction
            ? new InvokeResponseBody(StatusCodes.Status200OK, "application/vnd.microsoft.activity.message", _messages.Get("card.received"))
            : null);

    /// <summary>The channels that show or use a bot's endOfConversation (Teams and SMS have no use for it).</summary>
    private static bool SendsEndOfConversation(string channelId) =>
        channelId is "emulator" or "directline" or "webchat" or "test";

    /// <summary>The turn the dialogs see for this activity.</summary>
    private Turn TurnFor(Activity activity, TurnKind kind, bool noState) => new()
    {
        Text = kind == TurnKind.Message ? activity.Text ?? "" : "",
        ValueJson = kind switch
        {
            TurnKind.Message => JsonOrNull(activity.Value),
            TurnKind.CardAction => JsonOrNull(CardActionData(activity.Value)),
            _ => null,
        },
        Locale = string.IsNullOrWhiteSpace(activity.Locale) ? "en-GB" : activity.Locale,
        LocalTime = activity.LocalTimestamp ?? time.GetUtcNow(),
        Channel = ChannelKinds.From(activity.ChannelId),
        ChoicesNumbered = renderer.NumbersChoices(activity.ChannelId ?? ""),
        ConversationId = activity.Conversation!.Id!,
        IsConversationStart = kind == TurnKind.Join || noState,
    };

    /// <summary>Action.Execute sends {"action": {"type": "Action.Execute", "verb": ..., "data": {...}}}; the data is the answer.</summary>
    private static JsonElement? CardActionData(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action)
            && action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var data)
            ? data
            : value;

    private static string? JsonOrNull(JsonElement? value)
    {
        if (value is not { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } v) return null;
        try
        {
            return v.GetRawText();
        }
        catch (InvalidOperationException)
        {
            // Bytes that are not UTF-8 inside the value (found by the fuzz test): the turn has no value.
            return null;
        }
    }

    private enum TurnKind { Message, Join, CardAction }
}

/// <summary>The body of an invoke response (Bot Framework InvokeResponse body for Teams).</summary>
internal sealed record InvokeResponseBody(int StatusCode, string Type, string Value);
