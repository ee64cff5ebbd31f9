using System.Runtime;

namespace CareerBot.Bench.Scale;

/// <summary>
/// Runs warm-up rounds until the JIT has settled: a round (work, then a pause for the tiered compiler's background
/// thread) compiles fewer than <see cref="QuietRound"/> methods. A fixed number of rounds was not enough: with four
/// rounds, about 2,800 methods were still moving to their final tier during the measured SQLite row, and the background
/// compiler took 10-14% of the CPU the row was measured with.
/// </summary>
internal static class JitSettling
{
    /// <summary>A round that compiles fewer methods than this counts as settled.</summary>
    public const int QuietRound = 40;

    private const int MaxRounds = 30;

    /// <summary>Pause after each round: tiering counts calls after a 100 ms delay and compiles in the background.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);

    /// <summary>Methods the JIT has compiled in this process so far (all threads, all tiers).</summary>
    public static long CompiledMethods => JitInfo.GetCompiledMethodCount(currentThread: false);

    /// <summary>Repeats <paramref name="round"/> until the JIT settles (or gives up after 30 rounds); says how it went.</summary>
    public static async Task SettleAsync(string what, Func<Task> round, CancellationToken cancellationToken)
    {
        var compiled = new List<long>();
        for (var i = 0; i < MaxRounds; i++)
        {
            var before = CompiledMethods;
            await round();
            await Task.Delay(Pause, cancellationToken);
            compiled.Add(CompiledMethods - before);
            if (compiled[^1] < QuietRound)
                break;
        }
        var settled = compiled[^1] < QuietRound ? "settled" : "NOT settled";
        Console.WriteLine($"  warm-up {what}: {compiled.Count} rounds, JIT {settled} (methods compiled per round: {string.Join(", ", compiled)})");
    }
}
