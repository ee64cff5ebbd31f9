using System.Diagnostics.Metrics;
using CareerBot.Bot.Operations.Metrics;
using CareerBot.Bot.State;
using CareerBot.Bot.Tests.Insights;
using CareerBot.Bot.Tests.Protocol;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Operations;

/// <summary>The timing decorators label each state call by operation, store and outcome, and change nothing else.</summary>
public sealed class TimedStateTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        services.Dispose();
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IMeterFactory Factory => services.GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task Store_SqliteCalls_OkConflictAndDeleteCountedWithTheStoreLabel()
    {
        using var exporter = new PrometheusExporter(Factory);
        var inner = new SqliteConversationStateStore(folder.File("state.db"), TimeSpan.FromDays(1), TimeProvider.System);
        var store = new TimedConversationStateStore(inner, StoreLabels.Sqlite, new BotMetrics(Factory));

        string? etag = await store.WriteAsync("k", "{}", null, Ct);
        Assert.Equal(new StoredState("{}", etag!), await store.ReadAsync("k", Ct));
        Assert.Null(await store.WriteAsync("k", "{\"a\":1}", "stale-etag", Ct));
        Assert.True(await store.DeleteAsync("k", Ct));

        var lines = exporter.Write().Split('\n');
        Assert.Contains(Count("write", "ok", "sqlite", 1), lines);
        Assert.Contains(Count("write", "conflict", "sqlite", 1), lines);
        Assert.Contains(Count("read", "ok", "sqlite", 1), lines);
        Assert.Contains(Count("delete", "ok", "sqlite", 1), lines);
    }

    [Fact]
    public async Task Store_Unreachable_CountedAsUnavailableAndTheErrorPassesOn()
    {
        using var exporter = new PrometheusExporter(Factory);
        var store = new TimedConversationStateStore(new BrokenStore(), StoreLabels.Redis, new BotMetrics(Factory));

        await Assert.ThrowsAsync<StateUnavailableException>(() => store.ReadAsync("k", Ct));
        await Assert.ThrowsAsync<StateUnavailableException>(() => store.WriteAsync("k", "{}", null, Ct));

        var lines = exporter.Write().Split('\n');
        Assert.Contains(Count("read", "unavailable", "redis", 1), lines);
        Assert.Contains(Count("write", "unavailable", "redis", 1), lines);
    }

    [Fact]
    public async Task Lease_SecondTurnWaits_WaitIsTimed()
    {
        using var exporter = new PrometheusExporter(Factory);
        var lease = new TimedConversationLease(new InProcessConversationLease(), StoreLabels.Sqlite, new BotMetrics(Factory));

        var first = await lease.AcquireAsync("k", Ct);
        var second = lease.AcquireAsync("k", Ct);
        await Task.Delay(50, Ct);
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await (await second).DisposeAsync();

        var lines = exporter.Write().Split('\n');
        Assert.Contains(Count("lease_wait", "ok", "sqlite", 2), lines);
        // The waiting turn waited the 50 ms: the sum shows it.
        var sum = lines.Single(l => l.StartsWith("careerbot_store_duration_seconds_sum{operation=\"lease_wait\"", StringComparison.Ordinal));
        Assert.True(double.Parse(sum.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) >= 0.04, sum);
    }

    private static string Count(string operation, string outcome, string store, int count) =>
        $"careerbot_store_duration_seconds_count{{operation=\"{operation}\",outcome=\"{outcome}\",store=\"{store}\"}} {count}";
}
