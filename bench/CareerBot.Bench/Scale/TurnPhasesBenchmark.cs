using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json;
using CareerBot.Bot.Conversation;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Operations.Metrics;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.State;
using CareerBot.Dialogs.Engine;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace CareerBot.Bench.Scale;

/// <summary>
/// Where a turn's time and allocations go: the pipeline's steps done one after another with the bot's own
/// services (resolved from a real host) for whole dialogs, one turn at a time, so nothing else runs. Index
/// time comes from the bot's own careerbot.index.query.duration measurements (inside "dialogs").
/// </summary>
internal sealed class TurnPhasesBenchmark : IBenchmark
{
    private static readonly string[] Phases =
        ["parse activity JSON", "state read", "record parse", "dialogs (all)", "  of which index", "record write JSON", "state write",
         "render + stamp", "reply JSON", "observers"];

    public string Name => "turn-phases";

    public string Description => "Time and allocations per step of a turn (JSON, state, dialogs, index, render, observers) [--dialogs 200] [--store sqlite|redis]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var dialogs = options.Int("dialogs", 200);
        var storeKind = options.Text("store", "sqlite");
        var folder = Directory.CreateTempSubdirectory("careerbot-bench-phases-").FullName;
        try
        {
            var index = await BotInstances.BuildIndexAsync(folder, cancellationToken);
            await using var redis = storeKind == "redis" ? await RedisServer.StartAsync(cancellationToken) : null;
            await using var bot = await BotInstances.StartAsync(folder, index, redis?.Configuration, "Warning", cancellationToken);
            var services = bot.App.Services;
            var store = services.GetRequiredService<IConversationStateStore>();
            var engine = services.GetRequiredService<IConversationEngine>();
            var renderer = services.GetRequiredService<IReplyRenderer>();
            var observers = services.GetServices<IActivityObserver>().ToArray();

            double indexSeconds = 0;
            using var listener = new MeterListener();
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == BotMetrics.MeterName && instrument.Name == "careerbot.index.query.duration")
                    l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<double>((_, value, _, _) => indexSeconds += value);
            listener.Start();

            var times = Phases.ToDictionary(p => p, _ => new List<double>());
            var bytes = Phases.ToDictionary(p => p, _ => 0L);
            var totals = new List<double>();
            long turns = 0;
            var maxState = 0;

            // Warm-up dialogs are not measured.
            for (var d = -Scripts.All.Count; d < dialogs; d++)
            {
                var measured = d >= 0;
                var conversation = $"phases-{d + Scripts.All.Count}";
                var script = Scripts.All[(d + Scripts.All.Count) % Scripts.All.Count];
                for (var step = 0; step <= script.Length; step++)
                {
                    var inbound = Inbound(conversation, step, step == 0 ? null : script[step - 1]);
                    var wire = JsonSerializer.SerializeToUtf8Bytes(inbound, BotJson.Options);
                    var phase = new PhaseClock(measured ? times : null, measured ? bytes : null);
                    var turnStart = Stopwatch.GetTimestamp();

                    var activity = phase.Run(Phases[0], () => JsonSerializer.Deserialize<Activity>(wire, BotJson.Options)!);
                    var key = ActivityPipeline.KeyOf(activity);
                    var stored = await phase.RunAsync(Phases[1], () => store.ReadAsync(key, cancellationToken));
                    var record = phase.Run(Phases[2], () => ConversationRecord.Parse(stored?.Payload));
                    indexSeconds = 0;
                    var outcome = await phase.RunAsync(Phases[3], () => engine.RunTurnAsync(new Turn
                    {
                        Text = activity.Text ?? "",
                        Locale = activity.Locale ?? "en-GB",
                        LocalTime = activity.LocalTimestamp ?? DateTimeOffset.UtcNow,
                        Channel = ChannelKinds.From(activity.ChannelId),
                        ConversationId = activity.Conversation!.Id!,
                        IsConversationStart = step == 0 || record is null,
                    }, record?.Dialog, cancellationToken));
                    if (measured) times[Phases[4]].Add(indexSeconds * 1000);
                    var payload = phase.Run(Phases[5], () =>
                        (record ?? new ConversationRecord()).After(outcome.State!, activity.Id, DateTimeOffset.UtcNow, null).ToJson());
                    maxState = Math.Max(maxState, payload.Length);
                    await phase.RunAsync(Phases[6], () => store.WriteAsync(key, payload, stored?.ETag, cancellationToken));
                    var stamped = phase.Run(Phases[7], () => renderer.Render(outcome.Replies, activity.ChannelId!)
                        .Select((a, i) => a with
                        {
                            Id = Guid.CreateVersion7().ToString("N"), Timestamp = DateTimeOffset.UtcNow.AddTicks(i), From = activity.Recipient,
                            Recipient = activity.From, Conversation = activity.Conversation, ChannelId = activity.ChannelId,
                            ServiceUrl = activity.ServiceUrl, ReplyToId = activity.Id, Locale = activity.Locale,
                        }).ToList());
                    phase.Run(Phases[8], () => stamped.Sum(a => JsonSerializer.SerializeToUtf8Bytes(a, BotJson.Options).Length));
                    await phase.RunAsync(Phases[9], async () =>
                    {
                        foreach (var observer in observers) await observer.OnTurnAsync(activity, stamped, outcome.Signals, cancellationToken);
                        return 0;
                    });
                    if (measured)
                    {
                        totals.Add(Stopwatch.GetElapsedTime(turnStart).TotalMilliseconds);
                        turns++;
                    }
                }
            }

            totals.Sort();
            var totalMean = totals.Average();
            Console.WriteLine($"{dialogs} dialogs, {turns} turns, one at a time, store {storeKind}; observers: {string.Join(", ", observers.Select(o => o.GetType().Name))}");
            Console.WriteLine("| step                 | mean ms | p50 ms | p99 ms | share | alloc KB/turn |");
            Console.WriteLine("|----------------------|--------:|-------:|-------:|------:|--------------:|");
            foreach (var name in Phases)
            {
                var list = times[name];
                list.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name,-20} | {list.Average(),7:0.000} | {P(list, 0.5),6:0.000} | {P(list, 0.99),6:0.000} | {list.Average() / totalMean,5:P0} | {(bytes[name] == 0 && name.StartsWith(' ') ? "-" : (bytes[name] / (double)turns / 1024).ToString("0.0", CultureInfo.InvariantCulture)),13} |"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| whole turn           | {totalMean,7:0.000} | {P(totals, 0.5),6:0.000} | {P(totals, 0.99),6:0.000} |  100% | {bytes.Values.Sum() / (double)turns / 1024,13:0.0} |"));
            Console.WriteLine($"Largest stored record: {maxState} characters. Allocations: GC.GetTotalAllocatedBytes(precise) around each step.");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static double P(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];

    private static Activity Inbound(string conversation, int step, string? text)
    {
        var user = new ChannelAccount("user-" + conversation, "User") { Role = "user" };
        var bot = new ChannelAccount("bot-careerbot", "Bot") { Role = "bot" };
        var now = DateTimeOffset.UtcNow;
        return new Activity
        {
            Type = text is null ? ActivityTypes.ConversationUpdate : ActivityTypes.Message,
            MembersAdded = text is null ? [user, bot] : null,
            Text = text,
            Id = $"{conversation}|{step:0000}",
            ChannelId = "emulator",
            ServiceUrl = "http://127.0.0.1:9/",
            From = user,
            Recipient = bot,
            Conversation = new ConversationAccount(conversation),
            Timestamp = now,
            LocalTimestamp = now.ToOffset(TimeSpan.FromHours(1)),
            Locale = "en-GB",
        };
    }

    /// <summary>Times one step and the bytes allocated in the process meanwhile (nothing else runs).</summary>
    private sealed class PhaseClock(Dictionary<string, List<double>>? times, Dictionary<string, long>? bytes)
    {
        public T Run<T>(string name, Func<T> work)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            var result = work();
            Record(name, start, allocated);
            return result;
        }

        public async Task<T> RunAsync<T>(string name, Func<Task<T>> work)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            var result = await work();
            Record(name, start, allocated);
            return result;
        }

        private void Record(string name, long start, long allocated)
        {
            if (times is null || bytes is null) return;
            times[name].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            bytes[name] += GC.GetTotalAllocatedBytes(precise: true) - allocated;
        }
    }
}
