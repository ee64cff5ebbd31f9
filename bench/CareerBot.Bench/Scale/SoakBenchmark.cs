using System.Diagnostics;
using System.Globalization;

namespace CareerBot.Bench.Scale;

/// <summary>
/// A bounded soak: steady whole dialogs through /api/messages for a fixed time (default 5 minutes), sampling the
/// live managed heap (after a full collection), the working set, open handles and threads every few seconds,
/// then saying whether each is flat (the mean of the last third against the first third, after a warm-up fifth).
/// Stops by itself; exits 1 when something grew or a turn failed.
/// </summary>
internal sealed class SoakBenchmark : IBenchmark
{
    public string Name => "soak";

    public string Description => "Steady dialogs for a bounded time; memory, handles, threads flat? [--minutes 5] [--residents 50] [--every 10] [--store sqlite|redis]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var minutes = options.Double("minutes", 5);
        var residents = options.Int("residents", 50);
        var every = TimeSpan.FromSeconds(options.Double("every", 10));
        var store = options.Text("store", "sqlite");
        var folder = Directory.CreateTempSubdirectory("careerbot-bench-soak-").FullName;
        try
        {
            var index = await BotInstances.BuildIndexAsync(folder, cancellationToken);
            await using var sink = await TurnSink.StartAsync(cancellationToken);
            await using var redis = store == "redis" ? await RedisServer.StartAsync(cancellationToken) : null;
            await using var bot = await BotInstances.StartAsync(folder, index, redis?.Configuration, "Warning", cancellationToken);
            using var driver = new ScaleDriver([bot.MessagesUrl], sink);

            long turns = 0;
            var end = DateTime.UtcNow.AddMinutes(minutes);
            Console.WriteLine($"Soak: {residents} residents, {store}, {minutes:0.#} min, a sample every {every.TotalSeconds:0} s.");
            Console.WriteLine("  time   turns/s   heap MB   WS MB  handles  threads");
            var run = driver.RunAsync(residents, null, end, cancellationToken, _ => Interlocked.Increment(ref turns));
            var samples = new List<Sample>();
            var clock = Stopwatch.StartNew();
            long lastTurns = 0;
            var lastTime = TimeSpan.Zero;
            while (!run.IsCompleted)
            {
                await Task.WhenAny(run, Task.Delay(every, cancellationToken));
                if (run.IsCompleted) break;
                var now = clock.Elapsed;
                var done = Interlocked.Read(ref turns);
                var sample = Sample.Take(now, (done - lastTurns) / (now - lastTime).TotalSeconds);
                (lastTurns, lastTime) = (done, now);
                samples.Add(sample);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {now:mm\\:ss}  {sample.TurnsPerSecond,8:0}  {sample.Heap / 1048576.0,8:0.0}  {sample.WorkingSet / 1048576.0,6:0}  {sample.Handles,7}  {sample.Threads,7}"));
            }
            var result = await run;
            Console.WriteLine($"{result.Turns} turns, {result.Conversations} dialogs, errors: {result.Errors}; p50 {result.Percentile(0.5):0.0} ms, p99 {result.Percentile(0.99):0.0} ms");
            // The first fifth is warm-up (JIT, pools, the thread pool growing to the load) and is not judged.
            samples = samples.Skip(Math.Max(1, samples.Count / 5)).ToList();
            if (samples.Count < 3)
            {
                Console.WriteLine("Too few samples to judge; run longer or sample more often.");
                return 1;
            }
            var flat = true;
            flat &= Verdict("managed heap", samples, s => s.Heap / 1048576.0, "MB", slack: 16);
            flat &= Verdict("working set", samples, s => s.WorkingSet / 1048576.0, "MB", slack: 48);
            flat &= Verdict("handles", samples, s => s.Handles, "", slack: 20);
            flat &= Verdict("threads", samples, s => s.Threads, "", slack: 8);
            Console.WriteLine(flat ? "FLAT: memory, handles and threads did not grow." : "GROWING: see above.");
            return flat && result.Errors.Total == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Flat when the mean of the last third is within 10% (plus a small slack) of the first third's (after warm-up).</summary>
    private static bool Verdict(string what, List<Sample> samples, Func<Sample, double> value, string unit, double slack)
    {
        var third = Math.Max(1, samples.Count / 3);
        var first = samples.Take(third).Average(value);
        var last = samples.TakeLast(third).Average(value);
        var flat = last <= first * 1.10 + slack;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what,-13} first third {first,8:0.0}{unit}  last third {last,8:0.0}{unit}  {(flat ? "flat" : "GROWING")}"));
        return flat;
    }

    private sealed record Sample(TimeSpan At, double TurnsPerSecond, long Heap, long WorkingSet, int Handles, int Threads)
    {
        public static Sample Take(TimeSpan at, double turnsPerSecond)
        {
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            return new Sample(at, turnsPerSecond, heap, process.WorkingSet64, process.HandleCount, process.Threads.Count);
        }
    }
}
