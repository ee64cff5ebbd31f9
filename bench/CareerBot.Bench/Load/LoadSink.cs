using System.Collections.Concurrent;
using System.Text.Json;
using CareerBot.Bot.Protocol;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CareerBot.Bench.Load;

/// <summary>
/// A loopback Connector sink: answers every POST /v3/conversations/{id}/activities/{replyToId} with an id,
/// and completes the waiter for replyToId when the bot's question for that turn (inputHint expectingInput) arrives.
/// </summary>
internal sealed class LoadSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);
    private long _received;

    private LoadSink(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public long Received => Interlocked.Read(ref _received);

    public static async Task<LoadSink> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(BenchHosts.PlainOptions());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new LoadSink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", sink.ReceiveAsync);
        await app.StartAsync(cancellationToken);
        sink.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return sink;
    }

    /// <summary>A task that completes when the turn answering <paramref name="activityId"/> has asked its question.</summary>
    public Task ExpectQuestion(string activityId) =>
        _waiters.GetOrAdd(activityId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private async Task<IResult> ReceiveAsync(HttpContext http, string replyToId)
    {
        var activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, BotJson.Options, http.RequestAborted);
        Interlocked.Increment(ref _received);
        if (activity?.InputHint == InputHints.ExpectingInput && _waiters.TryRemove(replyToId, out var waiter))
            waiter.TrySetResult();
        return Results.Json(new ResourceResponse(Guid.NewGuid().ToString("N")));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
