using System.Globalization;
using System.Text;

namespace CareerBot.Bench.Scale;

/// <summary>
/// Issue 6 scale-out figures: whole guided dialogs by many residents at once through /api/messages (normal delivery, replies to a
/// loopback sink), for the SQLite default and Redis, one and two instances, against the bare limit: a
/// minimal endpoint doing only the same HTTP exchange, driven the same way on the same run. (The host's `load` is the
/// quick single-host tool of issue 2, with an expectReplies mode.)
/// </summary>
internal sealed class ScaleBenchmark : IBenchmark
{
    public string Name => "scale";

    public string Description =>
        "Concurrent whole dialogs via /api/messages vs a bare endpoint [--concurrency 200,1000] [--store sqlite,redis] [--instances 1,2] [--dialogs-per-resident N (default: 2,000 dialogs a row, at least 2 a resident)] [--think-ms 0] [--rounds 3] [--log Warning] [--alloc-types] [--sticky] [--no-bare]";

    /// <summary>--alloc-types: print the runtime's allocation samples by type after each bot row.</summary>
    private static bool AllocationTypes;

    /// <summary>--sticky: each dialog stays on one instance (a load balancer with affinity) instead of round robin per turn.</summary>
    private static bool Sticky;

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var levels = options.List("concurrency", "200,1000").Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
        var stores = options.List("store", "sqlite,redis");
        var instanceCounts = options.List("instances", "1,2").Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
        // A row must run long enough to mean something: at 200 residents, 2 dialogs each let the bare endpoint finish
        // in well under a second. By default each row runs at least 2,000 dialogs (about 16,500 turns).
        var perResident = options.Int("dialogs-per-resident", 0);
        var logLevel = options.Text("log", "Warning");
        var bare = !options.Flag("no-bare");
        var think = TimeSpan.FromMilliseconds(options.Int("think-ms", 0));
        // One run can move the share of bare by about six points either way (the bare row moves most). Rounds of the
        // bare row and every bot row, one after another, and medians over them give a steadier figure: drift on the
        // machine falls on every row of a round alike.
        var rounds = options.Int("rounds", 3);
        AllocationTypes = options.Flag("alloc-types");
        Sticky = options.Flag("sticky");
        if (rounds < 1) throw new ArgumentException("--rounds must be at least 1.");

        var folder = Directory.CreateTempSubdirectory("careerbot-bench-scale-").FullName;
        var rows = new List<Row>();
        try
        {
            Console.WriteLine($"Building the catalogue index in {folder} ...");
            var index = await BotInstances.BuildIndexAsync(folder, cancellationToken);
            await using var sink = await TurnSink.StartAsync(cancellationToken);
            var replyCounts = await DryRunAsync(folder, index, sink, cancellationToken);
            if (replyCounts is null) return 1;

            await WarmUpProcessAsync(folder, index, sink, replyCounts, cancellationToken);
            foreach (var concurrency in levels)
            for (var round = 1; round <= rounds; round++)
            {
                var dialogs = perResident > 0 ? concurrency * perResident : Math.Max(2_000, concurrency * 2);
                // The bare row runs before the first bot row and again after each one: a bot row's share is against the
                // mean of the bare rows just before and just after it, seconds apart, so drift over the round (finding 29)
                // falls on the bot row and its bare figure alike.
                await using var bareInstance = bare ? await BareInstance.StartAsync(cancellationToken) : null;
                Row? bareBefore = bareInstance is null ? null
                    : await MeasureAsync("bare", "-", [bareInstance], null, sink, replyCounts, concurrency, dialogs, think, round, cancellationToken);
                if (bareBefore is not null) rows.Add(bareBefore);
                foreach (var store in stores)
                {
                    foreach (var count in instanceCounts)
                    {
                        var runFolder = Directory.CreateDirectory(Path.Combine(folder, $"{store}-{count}-{concurrency}-{round}")).FullName;
                        Row botRow;
                        await using (var redis = store == "redis" ? await RedisServer.StartAsync(cancellationToken) : null)
                        {
                            var instances = new List<Instance>();
                            try
                            {
                                for (var i = 0; i < count; i++)
                                    instances.Add(await BotInstances.StartAsync(runFolder, index, redis?.Configuration, logLevel, cancellationToken));
                                botRow = await MeasureAsync("bot", $"{store}×{count}", instances, redis, sink, null, concurrency, dialogs, think, round, cancellationToken);
                            }
                            finally
                            {
                                foreach (var instance in instances) await instance.DisposeAsync();
                                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                            }
                        }
                        Row? bareAfter = bareInstance is null ? null
                            : await MeasureAsync("bare", "-", [bareInstance], null, sink, replyCounts, concurrency, dialogs, think, round, cancellationToken);
                        rows.Add(bareBefore is null || bareAfter is null ? botRow
                            : botRow with { ShareOfBare = botRow.TurnsPerSecond / ((bareBefore.TurnsPerSecond + bareAfter.TurnsPerSecond) / 2) });
                        if (bareAfter is not null) rows.Add(bareAfter);
                        bareBefore = bareAfter;
                    }
                }
            }
            Console.WriteLine();
            Console.WriteLine(Table(rows));
            if (rounds > 1)
            {
                Console.WriteLine($"Medians over {rounds} rounds (each round: the bare row, then every bot row followed by the bare row again;");
                Console.WriteLine("a bot row's share is against the mean of the bare rows just before and after it). Lowest and highest share of the");
                Console.WriteLine("rounds in brackets.");
                Console.WriteLine();
                Console.WriteLine(MedianTable(rows));
            }
            Console.WriteLine("turn = activity POSTed -> the sink has every reply of that turn (its closing question). Memory: whole bench process");
            Console.WriteLine("(driver + sink + instances), peak over the run. alloc/turn, CPU/turn: all allocations and all CPU time of the process");
            Console.WriteLine("per turn (CPU time counts only this process, so it holds up better than turns/s when other work shares the machine).");
            Console.WriteLine("redis CPU/turn: redis-server's own CPU time per turn (same cores; not in CPU/turn). pool threads: the process's");
            Console.WriteLine("thread-pool threads at the end of the row (every row shares the one pool).");
            Console.WriteLine("JIT methods: methods the JIT compiled during the measured row (after warm-up until a round compiles fewer than "
                + $"{JitSettling.QuietRound}); hundreds are normal, thousands mean the row paid for compiling.");
            Console.WriteLine(think > TimeSpan.Zero
                ? $"Residents pause {think.TotalMilliseconds:0} ms on average (half to one and a half times) before each answer."
                : "No pause between turns: each resident answers as soon as the question arrives (the server's limit).");
            Console.WriteLine("Goals at 200 concurrent residents: bot >= 50% of bare turns/s, p99 < 50 ms.");
            return rows.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// Plays each script once on one bot instance: checks that it reaches the results and records how many
    /// replies each step gets (what the bare endpoint sends). Null when a script did not reach the results.
    /// </summary>
    private static async Task<Dictionary<(int, int), int>?> DryRunAsync(string folder, string index, TurnSink sink, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(int, int), int>();
        var runFolder = Directory.CreateDirectory(Path.Combine(folder, "dry")).FullName;
        await using var instance = await BotInstances.StartAsync(runFolder, index, null, "Warning", cancellationToken);
        using var driver = new ScaleDriver([instance.MessagesUrl], sink);
        sink.KeepTexts = true;
        var ok = true;
        for (var script = 0; script < Scripts.All.Count; script++)
        {
            var errors = new ErrorCounts();
            var turns = await driver.RunConversationAsync(script, [], errors, null, cancellationToken);
            for (var step = 0; step < turns.Count; step++) counts[(script, step)] = turns[step].Replies;
            var last = turns.Count > 0 ? string.Join(" / ", turns[^1].Texts) : "";
            if (errors.Total > 0 || turns.Count != Scripts.All[script].Length + 1 || !last.Contains(Scripts.ResultsMarker, StringComparison.Ordinal))
            {
                Console.WriteLine($"Script {script} did not reach the results ({errors}); last turn: {last}");
                ok = false;
            }
        }
        sink.KeepTexts = false;
        Console.WriteLine($"Dry run: {Scripts.All.Count} scripts reach the results; {Scripts.MeanTurns:0.0} turns and "
            + $"{counts.Values.Average():0.0} replies per turn on average.");
        return ok ? counts : null;
    }

    /// <summary>
    /// Before the first measured row: the code every row shares (Kestrel, HttpClient, the sink, the driver, the bot) runs
    /// until the JIT's tiers settle, so the first row is not measured on half-compiled code and later rows on code the
    /// earlier ones warmed (without this the bare row at 200 used twice the CPU per turn of the bare row at 1,000).
    /// </summary>
    private static async Task WarmUpProcessAsync(string folder, string index, TurnSink sink,
        IReadOnlyDictionary<(int, int), int> replyCounts, CancellationToken cancellationToken)
    {
        Console.WriteLine("Warming up the process (JIT tiers) on the bare endpoint and one bot ...");
        var runFolder = Directory.CreateDirectory(Path.Combine(folder, "warm-up")).FullName;
        await using var bare = await BareInstance.StartAsync(cancellationToken);
        await using var bot = await BotInstances.StartAsync(runFolder, index, null, "Warning", cancellationToken);
        await JitSettling.SettleAsync("of the process", async () =>
        {
            using (var driver = new ScaleDriver([bare.MessagesUrl], sink, replyCounts))
                await driver.RunAsync(100, 300, null, cancellationToken);
            using (var driver = new ScaleDriver([bot.MessagesUrl], sink))
                await driver.RunAsync(100, 300, null, cancellationToken);
        }, cancellationToken);
    }

    private static async Task<Row> MeasureAsync(string kind, string setup, IReadOnlyList<Instance> instances, RedisServer? redis, TurnSink sink,
        IReadOnlyDictionary<(int, int), int>? replyCounts, int concurrency, int dialogs, TimeSpan think, int round,
        CancellationToken cancellationToken)
    {
        // Warm-up without pauses until the JIT's tiers settle (with a short one, much of the bot's code still ran
        // quick-jitted or instrumented, and the background JIT took a tenth of the CPU during the measured run), and for
        // connection pools and SQLite/Redis connections. What is measured is the steady state of a running service.
        using (var warmUp = new ScaleDriver(instances.Select(i => i.MessagesUrl).ToList(), sink, replyCounts))
        {
            await JitSettling.SettleAsync($"{kind} {setup} c={concurrency}",
                () => warmUp.RunAsync(Math.Min(concurrency, 50), 100, null, cancellationToken), cancellationToken);
        }
        using var driver = new ScaleDriver(instances.Select(i => i.MessagesUrl).ToList(), sink, replyCounts, think) { Sticky = Sticky };
        GC.Collect();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var redisCpu = redis?.ProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gen2 = GC.CollectionCount(2);
        var jitted = JitSettling.CompiledMethods;
        ScaleResult result;
        using var types = AllocationTypes && kind == "bot" ? new AllocationSampler() : null;
        await using (var sampler = new ProcessSampler(TimeSpan.FromMilliseconds(250)))
        {
            result = await driver.RunAsync(concurrency, dialogs, null, cancellationToken);
            await sampler.DisposeAsync();
            types?.Print(40);
            var row = new Row(round, kind, setup, concurrency, result.Conversations, result.Turns, result.TurnsPerSecond,
                result.Percentile(0.50), result.Percentile(0.95), result.Percentile(0.99), result.SortedLatencies.LastOrDefault(),
                result.Errors.Total, sampler.PeakWorkingSet, sampler.PeakHeap,
                (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)Math.Max(1, result.Turns),
                (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, result.Turns),
                redis is null ? null : (redis.ProcessorTime - redisCpu!.Value).TotalMilliseconds / Math.Max(1, result.Turns),
                GC.CollectionCount(2) - gen2, JitSettling.CompiledMethods - jitted, ThreadPool.ThreadCount, null);
            Console.WriteLine($"  round {round} {row.Kind,-4} {row.Setup,-9} c={concurrency,-5} {result.Turns} turns in {result.Elapsed.TotalSeconds:0.0} s, "
                + $"{row.TurnsPerSecond:0} turns/s, p99 {row.P99:0.0} ms, errors: {result.Errors}");
            return row;
        }
    }

    private sealed record Row(int Round, string Kind, string Setup, int Concurrency, int Dialogs, int Turns, double TurnsPerSecond,
        double P50, double P95, double P99, double Max, int Errors, long PeakWorkingSet, long PeakHeap, double AllocatedPerTurn,
        double CpuPerTurn, double? RedisCpuPerTurn, int Gen2, long JitMethods, int Threads, double? ShareOfBare);

    private static string Table(IEnumerable<Row> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| round | run  | store×inst | residents | dialogs | turns | turns/s | % of bare | p50 ms | p95 ms | p99 ms | max ms | errors | peak WS MB | peak heap MB | alloc/turn KB | CPU/turn ms | redis CPU/turn ms | gen2 GCs | JIT methods | pool threads |");
        text.AppendLine("|------:|------|------------|----------:|--------:|------:|--------:|----------:|-------:|-------:|-------:|-------:|-------:|-----------:|-------------:|--------------:|------------:|------------------:|---------:|------------:|-------------:|");
        foreach (var r in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Round,5} | {r.Kind,-4} | {r.Setup,-10} | {r.Concurrency,9} | {r.Dialogs,7} | {r.Turns,5} | {r.TurnsPerSecond,7:0} | {(r.ShareOfBare is { } s ? $"{s:P0}" : "-"),9} | {r.P50,6:0.0} | {r.P95,6:0.0} | {r.P99,6:0.0} | {r.Max,6:0} | {r.Errors,6} | {r.PeakWorkingSet / 1048576.0,10:0} | {r.PeakHeap / 1048576.0,12:0} | {r.AllocatedPerTurn / 1024,13:0.0} | {r.CpuPerTurn,11:0.00} | {(r.RedisCpuPerTurn is { } rc ? rc.ToString("0.000", CultureInfo.InvariantCulture) : "-"),17} | {r.Gen2,8} | {r.JitMethods,11} | {r.Threads,12} |"));
        }
        return text.ToString();
    }

    /// <summary>One line per configuration and concurrency: the medians of its rounds.</summary>
    private static string MedianTable(IEnumerable<Row> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| run  | store×inst | residents |   rows | turns/s | % of bare (lowest-highest) | p50 ms | p99 ms | errors | alloc/turn KB | CPU/turn ms | redis CPU/turn ms |");
        text.AppendLine("|------|------------|----------:|-------:|--------:|---------------------------:|-------:|-------:|-------:|--------------:|------------:|------------------:|");
        foreach (var group in rows.GroupBy(r => (r.Concurrency, r.Kind, r.Setup)))
        {
            var g = group.ToList();
            var shares = g.Where(r => r.ShareOfBare is not null).Select(r => r.ShareOfBare!.Value).ToList();
            var share = shares.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture,
                $"{Statistics.Median(shares):P0} ({shares.Min():P0}-{shares.Max():P0})");
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key.Kind,-4} | {group.Key.Setup,-10} | {group.Key.Concurrency,9} | {g.Count,6} | {Statistics.Median(g.Select(r => r.TurnsPerSecond)),7:0} | {share,26} | {Statistics.Median(g.Select(r => r.P50)),6:0.0} | {Statistics.Median(g.Select(r => r.P99)),6:0.0} | {g.Sum(r => r.Errors),6} | {Statistics.Median(g.Select(r => r.AllocatedPerTurn)) / 1024,13:0.0} | {Statistics.Median(g.Select(r => r.CpuPerTurn)),11:0.00} | {(g.All(r => r.RedisCpuPerTurn is not null) ? Statistics.Median(g.Select(r => r.RedisCpuPerTurn!.Value)).ToString("0.000", CultureInfo.InvariantCulture) : "-"),17} |"));
        }
        return text.ToString();
    }
}
