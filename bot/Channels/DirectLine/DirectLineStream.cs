using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.State;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket at streamUrl (<c>conversations/{id}/stream?t=&lt;token&gt;&amp;watermark=n</c>): replays the
/// activities after the watermark, then pushes each new ActivitySet as it is appended, and an empty
/// message as a keep-alive when idle. Messages from the client (DirectLineJS sends empty pings) are
/// read and ignored. One socket per conversation: a newer one closes the older. When the log's store goes
/// away the socket closes (1011) and the client reconnects, which answers 503 until the store is back.
/// </summary>
internal static partial class DirectLineStream
{
    public static async Task<IResult> RunAsync(HttpContext http, string conversationId, string? t, string? watermark,
        DirectLineTokens tokens, DirectLineConversations conversations, DirectLineOrigins origins,
        IOptions<DirectLineOptions> options, TimeProvider time, IHostApplicationLifetime lifetime, DirectLineOutage outage,
        ILogger<DirectLineConversation> logger)
    {
        if (!http.WebSockets.IsWebSocketRequest) return DirectLineProblems.NotWebSocket();
        if (!origins.AllowsSocket(http.Request)) return DirectLineProblems.OriginNotAllowed();

        var check = tokens.Check(t);
        if (check.Verdict == TokenVerdict.Missing) check = tokens.CheckHeader(http.Request.Headers.Authorization.ToString());
        if (DirectLineEndpoints.Refused(check) is { } refused) return refused;
        if (!check.Allows(conversationId)) return DirectLineProblems.OtherConversation();
        if (!DirectLineEndpoints.TryWatermark(watermark, out var after))
            return DirectLineProblems.BadArgument("The watermark must be a whole number.");

        var conversation = conversations.Get(conversationId);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var previous = conversation.AttachStream(cancel);
        CancelQuietly(previous);

        // The receive side is never cancelled (that would abort the socket): it ends when the client
        // closes or goes away, and then ends the send side.
        var receiving = ReceiveAsync(socket, cancel);
        var unavailable = false;
        try
        {
            await SendAsync(socket, conversations, conversationId, after, TimeSpan.FromSeconds(options.Value.KeepAliveSeconds), time,
                cancel.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away, a newer socket took over, or the host is stopping.
        }
        catch (StateUnavailableException error)
        {
            outage.Log(http, error);
            unavailable = true;
        }
        var replaced = !conversation.DetachStream(cancel);
        conversation.Touch(time.GetTimestamp());
        var (status, reason) = replaced ? (WebSocketCloseStatus.PolicyViolation, "collision")
            : unavailable ? (WebSocketCloseStatus.InternalServerError, "store unavailable")
            : (WebSocketCloseStatus.NormalClosure, (string?)null);
        await CloseAsync(socket, status, reason, logger, conversationId);
        try
        {
            await receiving.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            socket.Abort();
            await receiving;
        }
        return Results.Empty;
    }

    private static async Task SendAsync(WebSocket socket, DirectLineConversations conversations, string conversationId, long after,
        TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            // The signal is taken before the read, so an append after the read still wakes this loop.
            var changed = conversations.Signals.Next(conversationId);
            var slice = await conversations.Log.ReadAsync(conversationId, after, cancellationToken);
            if (slice.Activities.Count > 0)
            {
                var set = new ActivitySet(slice.Activities, slice.Watermark.ToString(CultureInfo.InvariantCulture));
                await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options), WebSocketMessageType.Text, true, cancellationToken);
                after = slice.Watermark;
                continue;
            }
            after = slice.Watermark;

            using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var tick = Task.Delay(keepAlive, time, idle.Token);
            var woke = await Task.WhenAny(changed, tick);
            await idle.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            if (woke == tick)
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken);
        }
    }

    /// <summary>Reads and drops what the client sends; ends the stream when the client closes.</summary>
    private static async Task ReceiveAsync(WebSocket socket, CancellationTokenSource cancel)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Ended by the sender side or the client.
        }
        CancelQuietly(cancel);
    }

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string? reason, ILogger logger,
        string conversationId)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseOutputAsync(status, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            LogCloseFailed(logger, conversationId);
        }
    }

    private static void CancelQuietly(CancellationTokenSource? source)
    {
        try
        {
            source?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // That stream has ended already.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line: the stream of conversation {ConversationId} could not be closed cleanly")]
    private static partial void LogCloseFailed(ILogger logger, string conversationId);
}
