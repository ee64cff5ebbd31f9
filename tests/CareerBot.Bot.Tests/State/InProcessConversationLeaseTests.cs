using CareerBot.Bot.State;
using Xunit;

namespace CareerBot.Bot.Tests.State;

public sealed class InProcessConversationLeaseTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly InProcessConversationLease lease = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Acquire_HeldKey_WaitsUntilTheHolderReleases()
    {
        IAsyncDisposable first = await lease.AcquireAsync("conv", Cancel);

        Task<IAsyncDisposable> second = lease.AcquireAsync("conv", Cancel);
        await Task.Delay(50, Cancel);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await (await second.WaitAsync(Wait, Cancel)).DisposeAsync();
        Assert.Equal(0, lease.ActiveKeys);
    }

    [Fact]
    public async Task Acquire_OtherKey_DoesNotWait()
    {
        await using IAsyncDisposable first = await lease.AcquireAsync("conv-1", Cancel);

        Task<IAsyncDisposable> other = lease.AcquireAsync("conv-2", Cancel);

        Assert.True(other.IsCompletedSuccessfully);
        await (await other).DisposeAsync();
    }

    [Fact]
    public async Task Acquire_ManyWaiters_ServedInArrivalOrder()
    {
        IAsyncDisposable holder = await lease.AcquireAsync("conv", Cancel);
        var order = new List<int>();
        Task[] turns = Enumerable.Range(0, 25).Select(async i =>
        {
            await using IAsyncDisposable turn = await lease.AcquireAsync("conv", Cancel);
            lock (order)
                order.Add(i);
            await Task.Yield();
        }).ToArray();

        await holder.DisposeAsync();
        await Task.WhenAll(turns).WaitAsync(Wait, Cancel);

        Assert.Equal(Enumerable.Range(0, 25), order);
        Assert.Equal(0, lease.ActiveKeys);
    }

    [Fact]
    public async Task Acquire_WaiterCancelled_SkippedAndTheNextOneGetsIt()
    {
        IAsyncDisposable holder = await lease.AcquireAsync("conv", Cancel);
        using var gaveUp = new CancellationTokenSource();
        Task<IAsyncDisposable> cancelled = lease.AcquireAsync("conv", gaveUp.Token);
        Task<IAsyncDisposable> next = lease.AcquireAsync("conv", Cancel);

        await gaveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Wait, Cancel));
        Assert.False(next.IsCompleted);
        await holder.DisposeAsync();

        await (await next.WaitAsync(Wait, Cancel)).DisposeAsync();
        Assert.Equal(0, lease.ActiveKeys);
    }

    [Fact]
    public async Task Acquire_AlreadyCancelled_ThrowsAndLeavesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lease.AcquireAsync("conv", cancelled.Token));
        Assert.Equal(0, lease.ActiveKeys);
    }

    [Fact]
    public async Task Dispose_Twice_ReleasesOnce()
    {
        IAsyncDisposable first = await lease.AcquireAsync("conv", Cancel);
        Task<IAsyncDisposable> second = lease.AcquireAsync("conv", Cancel);
        Task<IAsyncDisposable> third = lease.AcquireAsync("conv", Cancel);

        await first.DisposeAsync();
        await first.DisposeAsync();

        IAsyncDisposable secondHeld = await second.WaitAsync(Wait, Cancel);
        await Task.Delay(50, Cancel);
        Assert.False(third.IsCompleted);
        await secondHeld.DisposeAsync();
        await (await third.WaitAsync(Wait, Cancel)).DisposeAsync();
        Assert.Equal(0, lease.ActiveKeys);
    }

    [Fact]
    public async Task Acquire_ManyTurnsOnFewKeys_OneAtATimePerKeyAndNoEntriesLeft()
    {
        const int Keys = 8, TurnsPerKey = 150;
        int[] inside = new int[Keys];
        int[] done = new int[Keys];
        int overlaps = 0;
        using var timeouts = new CancellationTokenSource();
        // Cancels some waits on the way, which must not leak entries or break the order of the others.
        timeouts.CancelAfter(TimeSpan.FromMilliseconds(200));
        Task[] turns = Enumerable.Range(0, Keys * TurnsPerKey).Select(i => Task.Run(async () =>
        {
            int key = i % Keys;
            CancellationToken token = i % 7 == 0 ? timeouts.Token : Cancel;
            IAsyncDisposable held;
            try
            {
                held = await lease.AcquireAsync("conv-" + key, token);
            }
            catch (OperationCanceledException) when (token == timeouts.Token)
            {
                return;
            }
            await using (held)
            {
                if (Interlocked.Increment(ref inside[key]) != 1)
                    Interlocked.Increment(ref overlaps);
                await Task.Yield();
                done[key]++;
                Interlocked.Decrement(ref inside[key]);
            }
        }, Cancel)).ToArray();

        await Task.WhenAll(turns).WaitAsync(TimeSpan.FromMinutes(2), Cancel);

        Assert.Equal(0, overlaps);
        Assert.All(done, count => Assert.InRange(count, TurnsPerKey * 6 / 7 - 1, TurnsPerKey));
        Assert.Equal(0, lease.ActiveKeys);
    }
}
