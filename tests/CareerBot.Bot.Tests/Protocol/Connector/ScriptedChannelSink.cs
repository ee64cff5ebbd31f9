using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using CareerBot.Bot.Protocol;
using Activity = CareerBot.Bot.Protocol.Activity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareerBot.Bot.Tests.Protocol.Connector;

/// <summary>
/// A channel's Connector API on loopback Kestrel. It answers each conversation's requests from a script
/// (status, Retry-After, delay), then 200; it records every attempt and every activity it accepted.
/// </summary>
internal sealed class ScriptedChannelSink : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SinkAnswer>> scripts = new();
    private readonly Lock gate = new();
    private readonly List<SinkRequest> attempts = [];
    private readonly List<SinkRequest> accepted = [];
    private LoopbackServer? server;
    private int inFlight;

    /// <summary>The serviceUrl to put on activities (the sink's base address, ending in a slash).</summary>
    public string ServiceUrl => server!.Address.ToString();

    /// <summary>Answer used when a conversation's script is empty (200 unless changed).</summary>
    public SinkAnswer Otherwise { get; set; } = SinkAnswer.Ok;

    /// <summary>Called when a request arrives, before it is answered (e.g. to hold it until a signal).</summary>
    public Func<SinkRequest, Task>? OnArrival { get; set; }

    /// <summary>Most requests in flight at once.</summary>
    public int MostInFlight { get; private set; }

    public IReadOnlyList<SinkRequest> Attempts
    {
        get { lock (gate) return [.. attempts]; }
    }

    public IReadOnlyList<SinkRequest> Accepted
    {
        get { lock (gate) return [.. accepted]; }
    }

    public IReadOnlyList<string?> AcceptedTexts(string conversationId) =>
        [.. Accepted.Where(r => r.ConversationId == conversationId).Select(r => r.Activity.Text)];

    public static async Task<ScriptedChannelSink> StartAsync(CancellationToken cancellationToken)
    {
        var sink = new ScriptedChannelSink();
        sink.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", sink.HandleAsync);
            app.MapPost("/v3/conversations/{conversationId}/activities", sink.HandleAsync);
        }, cancellationToken);
        return sink;
    }

    /// <summary>The next answers for one conversation, in order.</summary>
    public void Script(string conversationId, params SinkAnswer[] answers)
    {
        var queue = scripts.GetOrAdd(conversationId, _ => new ConcurrentQueue<SinkAnswer>());
        foreach (SinkAnswer answer in answers)
            queue.Enqueue(answer);
    }

    private async Task<IResult> HandleAsync(HttpContext context, string conversationId, string? replyToId)
    {
        Activity activity = await context.Request.ReadFromJsonAsync<Activity>(BotJson.Options, context.RequestAborted)
            ?? throw new InvalidOperationException("empty body");
        var request = new SinkRequest(conversationId, replyToId, context.Request.Path.Value ?? "",
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            context.Request.ContentType, Stopwatch.GetTimestamp(), activity,
            context.Request.Headers.TryGetValue("traceparent", out var traceParent) ? traceParent.ToString() : null);
        lock (gate)
        {
            attempts.Add(request);
            inFlight++;
            MostInFlight = Math.Max(MostInFlight, inFlight);
        }
        try
        {
            if (OnArrival is { } arrival)
                await arrival(request);
            SinkAnswer answer = scripts.TryGetValue(conversationId, out var queue) && queue.TryDequeue(out var next)
                ? next : Otherwise;
            if (answer.Delay > TimeSpan.Zero)
                await Task.Delay(answer.Delay, context.RequestAborted);
            if (answer.RetryAfter is { } retryAfter)
                context.Response.Headers.RetryAfter = retryAfter;
            if (answer.Status is >= 200 and < 300)
            {
                lock (gate)
                    accepted.Add(request);
                return Results.Json(new { id = "sent-" + Guid.NewGuid().ToString("N") }, statusCode: answer.Status);
            }
            return Results.StatusCode(answer.Status);
        }
        finally
        {
            lock (gate)
                inFlight--;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
            await server.DisposeAsync();
    }
}

internal sealed record SinkAnswer(int Status, string? RetryAfter = null, TimeSpan Delay = default)
{
    public static SinkAnswer Ok { get; } = new(200);
}

internal sealed record SinkRequest(string ConversationId, string? ReplyToId, string Path, string? Authorization,
    string? ContentType, long Timestamp, Activity Activity, string? TraceParent = null);
