using System.Diagnostics;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Bench.Dialogs;

/// <summary>
/// Whole guided conversations on the real index: time per turn (load state, run the dialogs, search,
/// save state) and the size of the stored state. Options: --talks N (default 200); --scale-scripts runs the residents'
/// conversations of <c>scale</c> and <c>turn-phases</c> (<see cref="Scale.Scripts"/>) in turn instead of the one talk.
/// </summary>
public sealed class ConversationBenchmark : IBenchmark
{
    private static readonly string[] Talk =
        ["hi", "Caring for people", "None", "Part-time", "Nights", "Now", "Dudley", "Up to 5 miles", "More jobs", "More about a job", "1", "courses 1"];

    public string Name => "dialogs-talk";
    public string Description => "Whole conversations through the engine and the real index: per-turn latency, state size [--talks 200] [--alloc-types] [--scale-scripts]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Scale.BenchArgs(args);
        var talks = Math.Clamp(options.Int("talks", 200), 1, 10_000);
        var folder = Directory.CreateTempSubdirectory("careerbot-bench-dialogs-").FullName;
        try
        {
            using var manager = new CatalogueIndexManager(new SearchIndexOptions { DatabasePath = Path.Combine(folder, "catalogue.db"), Watch = false }, TimeProvider.System);
            await manager.ReloadAsync(cancellationToken);
            var engine = new ConversationEngine(new CatalogueSearch(manager.Holder), manager.LoadData().Places);

            IReadOnlyList<string[]> scripts = options.Flag("scale-scripts") ? Scale.Scripts.All : [Talk];
            foreach (var script in scripts) await RunTalkAsync(engine, script, "warm-up", null, cancellationToken);
            var times = new List<double>();
            var maxState = 0;
            using var sampler = options.Flag("alloc-types") ? new AllocationSampler() : null;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var total = Stopwatch.StartNew();
            for (var i = 0; i < talks; i++)
                maxState = Math.Max(maxState, await RunTalkAsync(engine, scripts[i % scripts.Count], "talk-" + i, times, cancellationToken));
            total.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

            times.Sort();
            double P(double q) => times[Math.Min(times.Count - 1, (int)(q * times.Count))];
            Console.WriteLine($"{talks} conversations, {times.Count} turns in {total.Elapsed.TotalSeconds:0.00} s");
            Console.WriteLine($"per turn: mean {times.Average():0.000} ms, p50 {P(0.5):0.000} ms, p95 {P(0.95):0.000} ms, p99 {P(0.99):0.000} ms, max {times[^1]:0.000} ms; allocated {allocated / (double)times.Count / 1024:0.0} KB a turn");
            Console.WriteLine($"largest stored state: {maxState} characters of JSON");
            sampler?.Print(25);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<int> RunTalkAsync(ConversationEngine engine, string[] talk, string id, List<double>? times, CancellationToken cancellationToken)
    {
        DialogSnapshot? state = null;
        var largest = 0;
        foreach (var text in talk)
        {
            var start = Stopwatch.GetTimestamp();
            var outcome = await engine.RunTurnAsync(new Turn
            {
                Text = text, LocalTime = DateTimeOffset.UtcNow, Channel = ChannelKind.WebChat, ConversationId = id,
            }, state, cancellationToken);
            times?.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            state = outcome.State;
            largest = Math.Max(largest, state?.Json.Length ?? 0);
        }
        return largest;
    }
}
