using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.State;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// Runs Direct Line traffic through the bot in process: a new conversation sends the bot a
/// conversationUpdate (bot and user added) so the welcome shows; a posted activity is echoed into the
/// log with its id, then run through <see cref="IActivityProcessor"/> with deliveryMode expectReplies,
/// and the replies are appended after it. Turns of one conversation run one at a time.
/// </summary>
internal sealed partial class DirectLineTurns(
    IActivityProcessor processor,
    IDirectLineLog log,
    IOptions<DirectLineOptions> options,
    IConfiguration configuration,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineTurns> logger)
{
    public const string ChannelId = "directline";
    private const string ExpectReplies = "expectReplies";

    private readonly TimeSpan botTimeout = TimeSpan.FromSeconds(options.Value.BotTimeoutSeconds);

    /// <summary>The bot as a member of every conversation: its app id when it has one.</summary>
    public ChannelAccount Bot { get; } = new(
        string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) ? "careerbot" : configuration["MicrosoftAppId"], "CareerBot")
    {
        Role = "bot",
    };

    /// <summary>Tells the bot that the bot and the user joined; the welcome is appended to the log.</summary>
    public async Task StartAsync(DirectLineConversation conversation, ChannelAccount user, string? locale, string serviceUrl,
        CancellationToken cancellationToken)
    {
        var join = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = conversation.Id + "|join",
            Timestamp = time.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(conversation.Id),
            From = user,
            Recipient = Bot,
            MembersAdded = [Bot, user],
            Locale = locale,
            DeliveryMode = ExpectReplies,
        };
        await WaitAsync(RunAsync(conversation, join, user), cancellationToken);
    }

    /// <summary>
    /// Echoes <paramref name="incoming"/> into the log as sent by <paramref name="user"/> and runs it. Waits for
    /// the replies up to DirectLine:BotTimeoutSeconds; after that they still follow in the log.
    /// </summary>
    public async Task<PostOutcome> PostAsync(DirectLineConversation conversation, Activity incoming, ChannelAccount user,
        string serviceUrl, CancellationToken cancellationToken)
    {
        // Typing from the resident is for other members; this bot has no use for it.
        if (incoming.Type == ActivityTypes.Typing)
            return new PostOutcome(DirectLineIds.Activity(conversation.Id, 0), TurnEnd.Answered);

        var echo = await log.AppendAsync(conversation.Id, incoming with
        {
            Timestamp = time.GetUtcNow(),
            ChannelId = ChannelId,
            Conversation = new ConversationAccount(conversation.Id),
            From = user,
            Recipient = Bot,
            ServiceUrl = null,
            DeliveryMode = null,
            CallerId = null,
            ReplyToId = null,
        }, cancellationToken);
        var end = await WaitAsync(RunAsync(conversation, echo with { ServiceUrl = serviceUrl, DeliveryMode = ExpectReplies }, user),
            cancellationToken);
        return new PostOutcome(echo.Id!, end);
    }

    /// <summary>How the turn ended; <see cref="TurnEnd.Answered"/> too when the bot is still answering after the timeout.</summary>
    private async Task<TurnEnd> WaitAsync(Task<TurnEnd> turn, CancellationToken cancellationToken)
    {
        try
        {
            return await turn.WaitAsync(botTimeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return TurnEnd.Answered;
        }
    }

    /// <summary>Runs one inbound activity and appends the replies; never cancelled by the client going away.</summary>
    private async Task<TurnEnd> RunAsync(DirectLineConversation conversation, Activity inbound, ChannelAccount user)
    {
        var stopping = lifetime.ApplicationStopping;
        await conversation.Turns.WaitAsync(stopping);
        try
        {
            var result = await processor.ProcessAsync(inbound, stopping);
            var replies = result.Replies ?? [];
            foreach (var reply in replies)
            {
                await log.AppendAsync(conversation.Id, reply with
                {
                    Timestamp = time.GetUtcNow(),
                    ChannelId = ChannelId,
                    Conversation = new ConversationAccount(conversation.Id),
                    From = Bot,
                    Recipient = user,
                    ReplyToId = inbound.Type == ActivityTypes.ConversationUpdate ? null : inbound.Id,
                    ServiceUrl = null,
                    DeliveryMode = null,
                }, stopping);
            }
            if (result.StatusCode >= 500 && replies.Count == 0)
            {
                LogBotFailed(logger, conversation.Id, result.StatusCode);
                return TurnEnd.Failed;
            }
            return TurnEnd.Answered;
        }
        catch (StateUnavailableException ex)
        {
            // The replies could not be added to the log (Redis went away during the turn).
            LogLogUnavailable(logger, conversation.Id, ex.Message);
            return TurnEnd.Unavailable;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogBotThrew(logger, ex, conversation.Id);
            return TurnEnd.Failed;
        }
        finally
        {
            conversation.Turns.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line: the bot answered {StatusCode} with no replies in conversation {ConversationId}")]
    private static partial void LogBotFailed(ILogger logger, string conversationId, int statusCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line: the bot failed in conversation {ConversationId}")]
    private static partial void LogBotThrew(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line: the replies in conversation {ConversationId} could not be stored: {Reason}")]
    private static partial void LogLogUnavailable(ILogger logger, string conversationId, string reason);
}

/// <summary>The id of the echoed activity, and how the bot's turn on it ended.</summary>
internal sealed record PostOutcome(string Id, TurnEnd End);

/// <summary>How a Direct Line turn ended: answered (or still answering), failed in the bot, or the log was away.</summary>
internal enum TurnEnd { Answered, Failed, Unavailable }
