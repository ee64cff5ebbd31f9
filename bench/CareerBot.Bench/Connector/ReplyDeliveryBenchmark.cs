using System.Collections.Concurrent;
using System.Globalization;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.Protocol.Auth;
using CareerBot.Bot.Protocol.Connector;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace CareerBot.Bench.Connector;

/// <summary>
/// Replies through the real connector client (queue, Polly pipeline, HttpClient) to a loopback channel
/// that refuses a share of requests with 503: replies per second, enqueue-to-accepted latency, and a
/// check that every conversation received its replies once, in order. All replies are queued at once,
/// so the latency is mostly time spent waiting in the queue. Measured on the shared 2-core machine
/// (load average about 30), 200 conversations x 10 replies: 1047 replies/s with 10 % 503s (214 retries,
/// none lost, all in order), 1385 replies/s with none.
/// </summary>
internal sealed class ReplyDeliveryBenchmark : IBenchmark
{
    public string Name => "replies";

    public string Description => "Connector client throughput (args: [conversations=200] [replies=10] [failPercent=10])";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        int conversations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        int replies = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        int failPercent = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;

        var arrivals = new ConcurrentDictionary<string, List<(int Seq, long At)>>();
        var builder = WebApplication.CreateSlimBuilder(BenchHosts.PlainOptions());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var sink = builder.Build();
        sink.MapPost("/v3/conversations/{id}/activities/{replyToId}", async (HttpContext http, string id) =>
        {
            var activity = await http.Request.ReadFromJsonAsync<Activity>(BotJson.Options, http.RequestAborted);
            if (Random.Shared.Next(100) < failPercent)
                return Results.StatusCode(503);
            var list = arrivals.GetOrAdd(id, _ => []);
            lock (list)
                list.Add((int.Parse(activity!.Text!, CultureInfo.InvariantCulture), Stopwatch.GetTimestamp()));
            return Results.Json(new ResourceResponse("ok"));
        });
        await sink.StartAsync(cancellationToken);
        string serviceUrl = sink.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/";

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connector:RetryBaseDelay"] = "00:00:00.020",
            ["Connector:BreakerFailureRatio"] = "0.9",
        }).Build());
        services.AddLogging();
        services.AddBotAuthentication();
        services.AddConnector();
        await using var provider = services.BuildServiceProvider();
        var queue = provider.GetRequiredService<ReplyQueue>();
        var stats = provider.GetRequiredService<ReplyDeliveryStats>();

        var queuedAt = new long[conversations, replies];
        long start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            for (int r = 0; r < replies; r++)
            {
                queuedAt[c, r] = Stopwatch.GetTimestamp();
                await queue.EnqueueAsync([Reply(serviceUrl, c, r)], cancellationToken);
            }
        }, cancellationToken)));
        await queue.WaitUntilIdleAsync(cancellationToken);
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);

        var latencies = new List<double>();
        int outOfOrder = 0;
        for (int c = 0; c < conversations; c++)
        {
            List<(int Seq, long At)> got = arrivals.TryGetValue($"conv-{c}", out var list) ? list : [];
            if (!got.Select(g => g.Seq).SequenceEqual(Enumerable.Range(0, replies)))
                outOfOrder++;
            latencies.AddRange(got.Select(g => Stopwatch.GetElapsedTime(queuedAt[c, g.Seq], g.At).TotalMilliseconds));
        }
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"replies: {stats.Sent} sent, {stats.Failed} failed, {stats.Retried} retries in {elapsed.TotalSeconds:0.00} s = {stats.Sent / elapsed.TotalSeconds:0} replies/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  enqueue to accepted: p50 {Percentile(latencies, 0.5):0.0} ms, p99 {Percentile(latencies, 0.99):0.0} ms; conversations out of order or incomplete: {outOfOrder}"));
        return outOfOrder == 0 && stats.Failed == 0 ? 0 : 1;
    }

    private static Activity Reply(string serviceUrl, int conversation, int seq) => new()
    {
        Type = ActivityTypes.Message, ServiceUrl = serviceUrl, ChannelId = "emulator",
        Conversation = new ConversationAccount($"conv-{conversation}"), ReplyToId = "in-1",
        From = new ChannelAccount("bot"), Recipient = new ChannelAccount("user"),
        Text = seq.ToString(CultureInfo.InvariantCulture),
    };

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
