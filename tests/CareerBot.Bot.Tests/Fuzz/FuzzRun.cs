using System.Globalization;

namespace CareerBot.Bot.Tests.Fuzz;

/// <summary>What the fuzz tests share: the seed (random, or CAREERBOT_FUZZ_SEED to replay), the case count, heap readings.</summary>
internal static class FuzzRun
{
    public static int Seed() =>
        int.TryParse(Environment.GetEnvironmentVariable("CAREERBOT_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed)
            ? seed : Random.Shared.Next();

    /// <summary><paramref name="normal"/> cases, or CAREERBOT_FUZZ_CASES (at least 1,000) for a longer run by hand.</summary>
    public static int Cases(int normal) =>
        int.TryParse(Environment.GetEnvironmentVariable("CAREERBOT_FUZZ_CASES"), CultureInfo.InvariantCulture, out var cases)
            ? Math.Max(cases, 1000) : normal;

    /// <summary>The managed heap after forced, compacting collections.</summary>
    public static long ForcedHeapSize()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    public static string Shorten(string text) => text.Length <= 300 ? text : text[..300];
}
