using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace CareerBot.Bench.Scale;

/// <summary>
/// A loopback stand-in for the channel's Connector service. It answers every
/// POST /v3/conversations/{id}/activities/{replyToId} with {"id": ...} and completes the waiting turn when the
/// reply with inputHint "expectingInput" (the question that ends every turn of the guided dialog) arrives.
/// A turn therefore ends when the sink has received all the replies of that turn.
/// </summary>
internal sealed class TurnSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, PendingTurn> _turns = new(StringComparer.Ordinal);
    private long _posts;

    private TurnSink(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on activities, e.g. http://127.0.0.1:40123/.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Every reply received.</summary>
    public long Posts => Interlocked.Read(ref _posts);

    /// <summary>When set, the texts of replies are kept per turn (for the dry run that checks the scripts).</summary>
    public bool KeepTexts { get; set; }

    public static async Task<TurnSink> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(BenchHosts.PlainOptions());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // The sink outlives every row, and a finished row's hosts leave their pooled connections to it open (their
        // HttpClient handlers are not disposed with the host). With Kestrel's 130 s keep-alive, rows at 1,000 residents
        // piled up about 2,000 descriptors each until the process ran out (20,000) in the second round. Closing idle
        // connections after a few seconds frees them between rows; within a row no connection idles that long.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(5));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new TurnSink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", sink.ReceiveAsync);
        await app.StartAsync(cancellationToken);
        sink.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First().TrimEnd('/') + "/";
        return sink;
    }

    /// <summary>Registers a turn before its activity is sent; the task completes when its question arrives.</summary>
    public PendingTurn Expect(string activityId)
    {
        var turn = new PendingTurn();
        _turns[activityId] = turn;
        return turn;
    }

    public void Forget(string activityId) => _turns.TryRemove(activityId, out _);

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId, string? replyToId)
    {
        var number = Interlocked.Increment(ref _posts);
        using var doc = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
        var root = doc.RootElement;
        if (replyToId is not null && _turns.TryGetValue(replyToId, out var turn))
        {
            Interlocked.Increment(ref turn.Replies);
            if (KeepTexts && root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                lock (turn.Texts) turn.Texts.Add(text.GetString()!);
            if (root.TryGetProperty("inputHint", out var hint) && hint.ValueEquals("expectingInput"u8))
                turn.Done.TrySetResult(Environment.TickCount64);
        }
        return Results.Json(new { id = "sink-" + number });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>One turn the driver waits for.</summary>
internal sealed class PendingTurn
{
    public readonly TaskCompletionSource<long> Done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Replies;
    public readonly List<string> Texts = [];
}
