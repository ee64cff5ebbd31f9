using CareerBot.Bot.Insights;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>
/// The counts wait in memory off the turn's path and reach the real SQLite store together: on the timer, before the
/// figures are read, before "forget me", and when the bot stops; a store that cannot be written keeps them waiting.
/// </summary>
public sealed class BufferedInsightStoreTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 12, 1);
    private static readonly TimeSpan Never = TimeSpan.FromHours(1);
    private readonly TempFolder folder = new();

    private static InsightFact Interest(string value) => new(InsightKinds.Interest, value);

    private static async Task<long> CountAsync(IInsightStore store, string kind, string value) =>
        (await store.ReadAsync(Day, Day, CancellationToken.None)).Where(c => c.Kind == kind && c.Value == value).Sum(c => c.Count);

    [Fact]
    public async Task Record_WaitsInMemory_UntilTheFiguresAreRead()
    {
        var sqlite = new SqliteInsightStore(folder.File("insights.db"));
        await using var buffered = new BufferedInsightStore(sqlite, Never, NullLogger<BufferedInsightStore>.Instance);

        await buffered.RecordAsync("webchat", "c1", Day, true, [Interest("care")], CancellationToken.None);
        await buffered.RecordAsync("webchat", "c2", Day, true, [Interest("care")], CancellationToken.None);
        // The same fact again in one conversation counts once, also when both wait in one batch.
        await buffered.RecordAsync("webchat", "c2", Day, false, [Interest("care")], CancellationToken.None);

        Assert.Equal(3, buffered.Waiting);
        Assert.Equal(0, await CountAsync(sqlite, InsightKinds.Interest, "care"));
        Assert.Equal(2, await CountAsync(buffered, InsightKinds.Interest, "care"));
        Assert.Equal(2, await CountAsync(sqlite, InsightKinds.Conversation, ""));
        Assert.Equal(0, buffered.Waiting);
    }

    [Fact]
    public async Task Timer_WritesWithoutAnyRead()
    {
        var sqlite = new SqliteInsightStore(folder.File("insights.db"));
        await using var buffered = new BufferedInsightStore(sqlite, TimeSpan.FromMilliseconds(50), NullLogger<BufferedInsightStore>.Instance);

        await buffered.RecordAsync("sms", "c1", Day, true, [Interest("driving")], CancellationToken.None);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await CountAsync(sqlite, InsightKinds.Interest, "driving") == 0 && waited.Elapsed < TimeSpan.FromSeconds(20))
            await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.Equal(1, await CountAsync(sqlite, InsightKinds.Interest, "driving"));
    }

    [Fact]
    public async Task Forget_WritesWhatWaitsFirst_SoTheConversationsLinksAreGoneToo()
    {
        var sqlite = new SqliteInsightStore(folder.File("insights.db"));
        await using var buffered = new BufferedInsightStore(sqlite, Never, NullLogger<BufferedInsightStore>.Instance);
        await buffered.RecordAsync("webchat", "c1", Day, true, [Interest("it")], CancellationToken.None);

        await buffered.ForgetAsync("webchat", "c1", CancellationToken.None);
        // Links gone: the same conversation's fact counts again, as for anyone new; the earlier count stays.
        await sqlite.RecordAsync("webchat", "c1", Day, false, [Interest("it")], CancellationToken.None);

        Assert.Equal(0, buffered.Waiting);
        Assert.Equal(2, await CountAsync(sqlite, InsightKinds.Interest, "it"));
    }

    [Fact]
    public async Task Stop_WritesTheRest()
    {
        var path = folder.File("insights.db");
        var buffered = new BufferedInsightStore(new SqliteInsightStore(path), Never, NullLogger<BufferedInsightStore>.Instance);
        await buffered.RecordAsync("webchat", "c1", Day, true, [Interest("office")], CancellationToken.None);

        await buffered.DisposeAsync();

        Assert.Equal(1, await CountAsync(new SqliteInsightStore(path), InsightKinds.Interest, "office"));
    }

    [Fact]
    public async Task StoreDown_RecordsKeepWaiting_AndAreWrittenWhenItComesBack()
    {
        var sqlite = new SqliteInsightStore(folder.File("insights.db"));
        var flaky = new FlakyStore(sqlite) { Failing = true };
        await using var buffered = new BufferedInsightStore(flaky, Never, NullLogger<BufferedInsightStore>.Instance);
        await buffered.RecordAsync("webchat", "c1", Day, true, [Interest("care")], CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => buffered.FlushAsync(CancellationToken.None));
        await buffered.RecordAsync("webchat", "c2", Day, true, [Interest("care")], CancellationToken.None);
        Assert.Equal(2, buffered.Waiting);

        flaky.Failing = false;
        await buffered.FlushAsync(CancellationToken.None);

        Assert.Equal(0, buffered.Waiting);
        Assert.Equal(2, await CountAsync(sqlite, InsightKinds.Interest, "care"));
    }

    [Fact]
    public async Task StoreDownForLong_KeepsTheNewestUpToTheBound()
    {
        var flaky = new FlakyStore(new SqliteInsightStore(folder.File("insights.db"))) { Failing = true };
        await using var buffered = new BufferedInsightStore(flaky, Never, NullLogger<BufferedInsightStore>.Instance);
        for (var i = 0; i < BufferedInsightStore.MaxWaiting + 10; i++)
            await buffered.RecordAsync("webchat", $"c{i}", Day, true, [], CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => buffered.FlushAsync(CancellationToken.None));

        Assert.Equal(BufferedInsightStore.MaxWaiting, buffered.Waiting);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    /// <summary>A real store behind a switch that makes writes fail as an unreachable store would.</summary>
    private sealed class FlakyStore(IInsightStore inner) : IInsightStore
    {
        public bool Failing { get; set; }

        public Task RecordAsync(string channelId, string conversationId, DateOnly day, bool countConversation,
            IReadOnlyCollection<InsightFact> facts, CancellationToken cancellationToken) =>
            Failing ? throw new IOException("store down") : inner.RecordAsync(channelId, conversationId, day, countConversation, facts, cancellationToken);

        public Task<IReadOnlyList<InsightCount>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
            inner.ReadAsync(from, to, cancellationToken);

        public Task ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
            inner.ForgetAsync(channelId, conversationId, cancellationToken);
    }
}
