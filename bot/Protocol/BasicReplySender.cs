using System.Net.Http.Json;
using System.Threading.Channels;

namespace CareerBot.Bot.Protocol;

/// <summary>
/// Stand-in until the connector's client is registered: one background loop posts each queued
/// activity to {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}], in queue order, without
/// a token or retries. Registered with TryAdd, so the real one replaces it.
/// </summary>
internal sealed partial class BasicReplySender(IHttpClientFactory clients, ILogger<BasicReplySender> logger)
    : IReplySender, IAsyncDisposable
{
    private readonly Channel<Activity> _queue = Channel.CreateUnbounded<Activity>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public async ValueTask EnqueueAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        lock (_queue)
            _loop ??= Task.Run(() => DeliverAsync(_stop.Token), CancellationToken.None);
        foreach (var activity in activities)
            await _queue.Writer.WriteAsync(activity, cancellationToken);
    }

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        using var http = clients.CreateClient(nameof(BasicReplySender));
        await foreach (var activity in _queue.Reader.ReadAllAsync(cancellationToken))
        {
            try
            {
                var url = $"{activity.ServiceUrl!.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(activity.Conversation!.Id!)}/activities"
                    + (activity.ReplyToId is { Length: > 0 } replyTo ? "/" + Uri.EscapeDataString(replyTo) : "");
                using var response = await http.PostAsJsonAsync(url, activity, BotJson.Options, cancellationToken);
                if (!response.IsSuccessStatusCode)
                    LogFailed(logger, activity.Conversation.Id, (int)response.StatusCode);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                LogError(logger, ex, activity.Conversation?.Id);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            try { await _loop; }
            catch (OperationCanceledException) { }
        }
        _stop.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A reply to conversation {ConversationId} was refused with {Status}")]
    private static partial void LogFailed(ILogger logger, string? conversationId, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "A reply to conversation {ConversationId} could not be sent")]
    private static partial void LogError(ILogger logger, Exception ex, string? conversationId);
}
