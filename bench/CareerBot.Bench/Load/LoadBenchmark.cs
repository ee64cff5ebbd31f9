using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using System.Net.Http.Json;
using CareerBot.Bot.Protocol;

namespace CareerBot.Bench.Load;

/// <summary>
/// Drives N concurrent conversations (default 200) through the real host's /api/messages on loopback, each
/// a join then resident messages one after another, and prints turns per second and p50/p99 turn latency.
/// A turn is timed from the POST until the loopback sink has received the turn's question (the reply with
/// inputHint expectingInput, which comes last), or, with --expect-replies, until the 200 with the replies.
/// The sink runs in the same process as the bot, so its work counts against the bot's CPU.
/// Measured on the shared 2-core machine (load average about 32-38 from other work), default 200 x 7 turns:
/// through the sink 85.9 turns/s, p50 2363 ms, p99 3806 ms; expectReplies 289.0 turns/s, p50 641 ms, p99 1012 ms.
/// </summary>
internal sealed class LoadBenchmark : IBenchmark
{
    /// <summary>Answers that each end on a new question (the last one shows results and asks what next).</summary>
    private static readonly string[] Script = ["Office work", "none", "Part-time", "Days", "Now", "Dudley", "5", "help"];

    public string Name => "load";

    public string Description => "Concurrent conversations through /api/messages on loopback (" + LoadOptions.Usage + ")";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (LoadOptions.Parse(args, out var error) is not { } options)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("Usage: " + LoadOptions.Usage);
            return 2;
        }
        var messages = Math.Min(options.Messages, Script.Length);

        await using var sink = await LoadSink.StartAsync(cancellationToken);
        await using var host = await LoadHost.StartAsync(options.Settings, cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = host.Address,
            Timeout = TimeSpan.FromSeconds(120),
        };
        var run = new Runner(http, sink, options.ExpectReplies);

        // Warm-up: one conversation (JIT, index pages, connection pool), not counted.
        await run.ConversationAsync("warmup", messages, null, cancellationToken);

        var latencies = new List<double>[options.Conversations];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Conversations).Select(async i =>
        {
            latencies[i] = [];
            await run.ConversationAsync("load-" + i.ToString(CultureInfo.InvariantCulture), messages, latencies[i], cancellationToken);
        }));
        clock.Stop();

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var turns = all.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: {options.Conversations} conversations x {messages + 1} turns (join + {messages} messages) = {turns} turns in {clock.Elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {turns / clock.Elapsed.TotalSeconds:0.0} turns/s; turn latency p50 {Percentile(all, 0.50):0.0} ms, p99 {Percentile(all, 0.99):0.0} ms, max {all[^1]:0.0} ms"));
        Console.WriteLine(options.ExpectReplies
            ? "  turn = POST /api/messages with deliveryMode expectReplies until the 200 with the replies"
            : $"  turn = POST /api/messages until the sink has the turn's question (last reply); {sink.Received} activities reached the sink");
        Console.WriteLine($"  failed turns: {run.Failures}");
        return run.Failures == 0 ? 0 : 1;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed class Runner(HttpClient http, LoadSink sink, bool expectReplies)
    {
        private int _failures;

        public int Failures => Volatile.Read(ref _failures);

        public async Task ConversationAsync(string name, int messages, List<double>? latencies, CancellationToken cancellationToken)
        {
            var conversation = new ConversationAccount(name + "-" + Guid.NewGuid().ToString("N")[..8]);
            var user = new ChannelAccount("user-" + name, "Resident") { Role = "user" };
            var bot = new ChannelAccount("careerbot", "CareerBot") { Role = "bot" };
            for (var t = 0; t <= messages; t++)
            {
                var activity = new Activity
                {
                    Type = t == 0 ? ActivityTypes.ConversationUpdate : ActivityTypes.Message,
                    Id = $"{conversation.Id}|{t}",
                    ChannelId = "emulator",
                    ServiceUrl = sink.ServiceUrl,
                    Conversation = conversation,
                    From = user,
                    Recipient = bot,
                    Text = t == 0 ? null : Script[t - 1],
                    MembersAdded = t == 0 ? [user, bot] : null,
                    Locale = "en-GB",
                    Timestamp = DateTimeOffset.UtcNow,
                    DeliveryMode = expectReplies ? "expectReplies" : null,
                };
                var question = expectReplies ? Task.CompletedTask : sink.ExpectQuestion(activity.Id);
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await http.PostAsJsonAsync("api/messages", activity, BotJson.Options, cancellationToken);
                    if (!response.IsSuccessStatusCode) throw new HttpRequestException($"status {(int)response.StatusCode}");
                    if (expectReplies) await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    await question.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
                    latencies?.Add(watch.Elapsed.TotalMilliseconds);
                }
                catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref _failures);
                    Console.Error.WriteLine($"  turn {activity.Id} failed: {ex.Message}");
                    return;
                }
            }
        }
    }
}
