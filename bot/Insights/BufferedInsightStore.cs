namespace CareerBot.Bot.Insights;

/// <summary>
/// Keeps the anonymous counts off the turn's path: each turn's facts wait in memory and are written together,
/// once a second by default (one SQLite transaction, or one run of Redis calls, for every turn of that second).
/// Reading the figures and "forget me" write what is waiting first, so both see every turn. A stop writes the
/// rest; a crash loses at most the last moment's counts (anonymous totals, never a resident's answers).
/// When the store cannot be written (Redis down), the records wait for the next try, up to a bound.
/// </summary>
internal sealed partial class BufferedInsightStore : IInsightStore, IAsyncDisposable
{
    /// <summary>Records kept while the store cannot be written; beyond this the oldest are dropped (and logged).</summary>
    internal const int MaxWaiting = 50_000;

    private readonly IInsightStore inner;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private List<InsightRecord> waiting = [];

    public BufferedInsightStore(IInsightStore inner, TimeSpan every, ILogger<BufferedInsightStore> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(every, TimeSpan.Zero);
        this.inner = inner;
        this.logger = logger;
        loop = Task.Run(() => RunAsync(every));
    }

    internal IInsightStore Inner => inner;

    public Task RecordAsync(string channelId, string conversationId, DateOnly day, bool countConversation,
        IReadOnlyCollection<InsightFact> facts, CancellationToken cancellationToken)
    {
        var record = new InsightRecord(channelId, conversationId, day, countConversation, facts);
        if (record.IsEmpty)
            return Task.CompletedTask;
        lock (gate)
            waiting.Add(record);
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<InsightCount>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        return await inner.ReadAsync(from, to, cancellationToken);
    }

    public async Task ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        // Written first, so the links the store then deletes include this conversation's last turns.
        await FlushAsync(cancellationToken);
        await inner.ForgetAsync(channelId, conversationId, cancellationToken);
    }

    /// <summary>Writes everything waiting now. Throws when the store cannot be written (the records keep waiting).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            List<InsightRecord> batch;
            lock (gate)
            {
                if (waiting.Count == 0)
                    return;
                batch = waiting;
                waiting = [];
            }
            try
            {
                await inner.RecordManyAsync(batch, cancellationToken);
            }
            catch
            {
                PutBack(batch);
                throw;
            }
        }
        finally
        {
            writing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        try
        {
            await FlushAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogLost(logger, ex, Waiting);
        }
        stop.Dispose();
        writing.Dispose();
    }

    internal int Waiting
    {
        get { lock (gate) return waiting.Count; }
    }

    private async Task RunAsync(TimeSpan every)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                try
                {
                    await FlushAsync(stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    LogWriteFailed(logger, ex, Waiting);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private void PutBack(List<InsightRecord> batch)
    {
        lock (gate)
        {
            batch.AddRange(waiting);
            int over = batch.Count - MaxWaiting;
            if (over > 0)
            {
                batch.RemoveRange(0, over);
                LogDropped(logger, over);
            }
            waiting = batch;
        }
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning, Message = "Insight counts could not be written; {Waiting} turns wait for the next try")]
    private static partial void LogWriteFailed(ILogger logger, Exception ex, int waiting);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "Insight counts of {Dropped} turns were dropped: the store could not be written for too long")]
    private static partial void LogDropped(ILogger logger, int dropped);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Warning, Message = "Insight counts of {Waiting} turns were not written before the bot stopped")]
    private static partial void LogLost(ILogger logger, Exception ex, int waiting);
}
