using System.Collections.Concurrent;
using System.Text.Json;
using CareerBot.Bot.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>
/// A loopback stand-in for a channel's Connector service (what the Emulator runs on its serviceUrl):
/// records every POST to /v3/conversations/{id}/activities[/{replyToId}] and answers {"id": ...}.
/// Pass <see cref="ServiceUrl"/> as the activity's serviceUrl. <see cref="FailNext"/> makes the next
/// requests fail with the given statuses (for retry tests).
/// </summary>
public sealed class ChannelSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<SinkPost> _posts = [];
    private readonly ConcurrentQueue<int> _failures = new();
    private readonly SemaphoreSlim _changed = new(0);
    private int _counter;

    private ChannelSink(WebApplication app) => _app = app;

    /// <summary>The base address, e.g. http://127.0.0.1:40123/ (ends with a slash).</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Every successfully recorded post, in arrival order.</summary>
    public IReadOnlyList<SinkPost> Posts
    {
        get { lock (_posts) return _posts.ToList(); }
    }

    /// <summary>Every request, failed ones included (what the bot tried).</summary>
    public int Attempts => Volatile.Read(ref _counter);

    public static async Task<ChannelSink> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ChannelSink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", sink.ReceiveAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        sink.ServiceUrl = address.TrimEnd('/') + "/";
        return sink;
    }

    /// <summary>The next requests get these statuses (e.g. 429, 500) before the sink records again.</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses) _failures.Enqueue(status);
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId, string? replyToId)
    {
        var number = Interlocked.Increment(ref _counter);
        if (_failures.TryDequeue(out var status))
            return Results.StatusCode(status);
        var activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, BotJson.Options, http.RequestAborted);
        var post = new SinkPost(conversationId, replyToId, activity!, http.Request.Headers.Authorization.ToString(), DateTimeOffset.UtcNow);
        lock (_posts) _posts.Add(post);
        _changed.Release();
        return Results.Json(new ResourceResponse("sink-" + number));
    }

    /// <summary>The posts of one conversation, in arrival order.</summary>
    public IReadOnlyList<SinkPost> For(string conversationId) =>
        Posts.Where(p => p.ConversationId == conversationId).ToList();

    /// <summary>Waits (generously) until the recorded posts satisfy <paramref name="done"/>; returns them.</summary>
    public async Task<IReadOnlyList<SinkPost>> WaitAsync(Func<IReadOnlyList<SinkPost>, bool> done, CancellationToken cancellationToken,
        TimeSpan? timeout = null)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var posts = Posts;
            if (done(posts)) return posts;
            try
            {
                await _changed.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The sink did not get what was expected; it has {posts.Count} posts:\n"
                    + string.Join("\n", posts.Select(p => p.ToString())));
            }
        }
    }

    /// <summary>Waits until the bot has answered <paramref name="replyToId"/> with a question (inputHint expectingInput).</summary>
    public Task<IReadOnlyList<SinkPost>> WaitForQuestionAsync(string replyToId, CancellationToken cancellationToken) =>
        WaitAsync(posts => posts.Any(p => p.ReplyToId == replyToId && p.Activity.InputHint == InputHints.ExpectingInput), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _changed.Dispose();
    }
}

/// <summary>One activity the bot posted to the sink.</summary>
/// <param name="ConversationId">The conversation id in the URL path.</param>
/// <param name="ReplyToId">The activity id in the URL path (null for a plain send).</param>
public sealed record SinkPost(string ConversationId, string? ReplyToId, Activity Activity, string Authorization, DateTimeOffset ReceivedAt)
{
    public override string ToString() =>
        $"{ConversationId} <- {Activity.Type} [{Activity.InputHint}] reply to {ReplyToId}: {Activity.Text?.Replace("\n", " / ")}";
}
