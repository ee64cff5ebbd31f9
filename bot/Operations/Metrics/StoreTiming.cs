using System.Diagnostics;
using CareerBot.Bot.State;

namespace CareerBot.Bot.Operations.Metrics;

/// <summary>How the timing decorators of the state store and the lease record one call.</summary>
internal static class StoreTiming
{
    /// <summary>
    /// Runs <paramref name="call"/> and records its time as <paramref name="operation"/> on <paramref name="store"/>:
    /// outcome ok (or what <paramref name="outcome"/> makes of the result), or unavailable when the store could not be
    /// reached. A cancelled call, or a bug's exception, is not recorded: it says nothing about the store.
    /// </summary>
    public static async Task<T> TimeAsync<T>(this BotMetrics metrics, string operation, string store, Func<Task<T>> call,
        Func<T, string>? outcome = null)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await call();
            metrics.Store(operation, store, outcome?.Invoke(result) ?? StoreLabels.Ok, Stopwatch.GetElapsedTime(started));
            return result;
        }
        catch (StateUnavailableException)
        {
            metrics.Store(operation, store, StoreLabels.Unavailable, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }

    /// <summary>A write's outcome: conflict when no ETag came back.</summary>
    public static string WriteOutcome(string? etag) => etag is null ? StoreLabels.Conflict : StoreLabels.Ok;
}
