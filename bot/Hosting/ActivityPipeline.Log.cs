namespace CareerBot.Bot.Hosting;

internal sealed partial class ActivityPipeline
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Turn {ConversationId} took {ElapsedMs} ms in {Attempts} run(s)")]
    private static partial void LogTurn(ILogger logger, string? conversationId, double elapsedMs, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped an activity in {ConversationId}: {Why}")]
    private static partial void LogSkipped(ILogger logger, string? conversationId, string? why);

    [LoggerMessage(Level = LogLevel.Information, Message = "State of {ConversationId} changed during the turn (attempt {Attempt}); running it again")]
    private static partial void LogConflict(ILogger logger, string? conversationId, int attempt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Queued {Count} activities for {ConversationId}")]
    private static partial void LogQueued(ILogger logger, int count, string? conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "No handler for invoke {InvokeName} in {ConversationId}")]
    private static partial void LogUnhandledInvoke(ILogger logger, string? invokeName, string? conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Conversation state unavailable for {ConversationId}")]
    private static partial void LogStateUnavailable(ILogger logger, Exception ex, string? conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in {ConversationId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception ex, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Side work failed in {ConversationId}")]
    private static partial void LogSideWorkFailed(ILogger logger, Exception ex, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Observer {Observer} failed in {ConversationId}")]
    private static partial void LogObserverFailed(ILogger logger, Exception ex, string observer, string? conversationId);
}
