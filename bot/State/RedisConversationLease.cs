using System.Globalization;
using Polly;
using StackExchange.Redis;

namespace CareerBot.Bot.State;

/// <summary>
/// Per-conversation lease in Redis, so two instances never run turns of one conversation at once.
/// See README.md in this folder for why a lease and compare-and-set are both used.
/// <list type="bullet">
/// <item>In this process, turns of a conversation first queue on an <see cref="InProcessConversationLease"/> (FIFO),
/// so only one of them at a time asks Redis.</item>
/// <item>Across instances, waiters take a ticket (INCR) and queue in a sorted set; the lease goes to the lowest
/// ticket when it is free: first come, first served across instances, give or take a poll. The usual case, a free
/// lease and nobody queued, takes the lease at once without the queue's bookkeeping (one SET instead of a dozen
/// commands); that is what the queue would decide anyway.</item>
/// <item>The lease is a key holding a random token with a TTL; the holder renews it while the turn runs and
/// deletes it (only if the token is still its own) when done. If the holder dies, the TTL ends the lease;
/// a waiter that dies stops polling and is dropped from the queue.</item>
/// <item>Given the state store, the script that takes the lease also reads the conversation's state and the
/// held lease hands it over (<see cref="ILeaseWithState"/>): one round trip instead of two. For that the lease
/// keys carry the state key's hash tag, so a Redis cluster keeps them in the state's slot.</item>
/// <item>Such a held lease also writes the state and lets go of the Redis lease in one script
/// (<see cref="ILeaseWithState.WriteAndReleaseAsync"/>): a turn makes two round trips, not three. The process's own
/// queue for the conversation stays held until the turn disposes the lease, so this instance's next turn of the
/// conversation still waits until this one has queued its replies.</item>
/// </list>
/// </summary>
public sealed partial class RedisConversationLease : IConversationLease
{
    public const string DefaultPrefix = "careerbot:lease:";

    // KEYS: lease, queue (token -> ticket), seen (token -> last poll, ms), ticket counter, and optionally the
    // state hash. ARGV: 1 token, 2 lease ms, 3 ms after which a silent waiter is dropped.
    // Returns {0} while waiting; {1} once held, followed by the state's payload and ETag when KEYS[5] is given.
    private const string AcquireScript = """
        local function held()
          if KEYS[5] then
            local state = redis.call('HMGET', KEYS[5], 'p', 'e')
            return {1, state[1], state[2]}
          end
          return {1}
        end
        if redis.call('EXISTS', KEYS[1]) == 0 and redis.call('EXISTS', KEYS[2]) == 0 then
          redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
          return held()
        end
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        if not redis.call('ZSCORE', KEYS[2], ARGV[1]) then
          redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[4]), ARGV[1])
        end
        redis.call('ZADD', KEYS[3], now, ARGV[1])
        local stale = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now - tonumber(ARGV[3]))
        for _, gone in ipairs(stale) do
          redis.call('ZREM', KEYS[2], gone)
          redis.call('ZREM', KEYS[3], gone)
        end
        local keep = tonumber(ARGV[3]) * 4
        redis.call('PEXPIRE', KEYS[2], keep)
        redis.call('PEXPIRE', KEYS[3], keep)
        redis.call('PEXPIRE', KEYS[4], keep)
        if redis.call('EXISTS', KEYS[1]) == 1 then return {0} end
        if redis.call('ZRANGE', KEYS[2], 0, 0)[1] ~= ARGV[1] then return {0} end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        redis.call('ZREM', KEYS[2], ARGV[1])
        redis.call('ZREM', KEYS[3], ARGV[1])
        return held()
        """;

    // KEYS: lease. ARGV: 1 token, 2 lease ms.
    private const string RenewScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        return 0
        """;

    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    // KEYS: queue, seen. ARGV: 1 token.
    private const string LeaveScript = """
        redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('ZREM', KEYS[2], ARGV[1])
        return 1
        """;

    // KEYS: the state hash, the lease. ARGV: the store's five write arguments, then the lease token. The lease is
    // deleted only when the write succeeded and the lease is still this holder's.
    private const string WriteAndReleaseScript = RedisConversationStateStore.CompareAndSetFunction + """
        local written = compare_and_set(KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5])
        if written == 1 and redis.call('GET', KEYS[2]) == ARGV[6] then
          redis.call('DEL', KEYS[2])
        end
        return written
        """;

    // KEYS: the state hash, the lease, its queue. ARGV: the store's five write arguments. The compare-and-set of a turn
    // that did not take the lease (it wrote the state last): no write while another instance holds the conversation
    // or waits for it, unless the new ETag is already there (a retry after a lost reply).
    private const string WriteIfFreeScript = RedisConversationStateStore.CompareAndSetFunction + """
        if redis.call('HGET', KEYS[1], 'e') ~= ARGV[4] and redis.call('EXISTS', KEYS[2], KEYS[3]) > 0 then
          return 0
        end
        return compare_and_set(KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5])
        """;

    private readonly InProcessConversationLease local = new();
    private readonly Func<IConnectionMultiplexer> connection;
    private readonly ResiliencePipeline pipeline;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly RedisConversationLeaseOptions options;
    private readonly RedisConversationStateStore? state;

    /// <param name="state">The state store on the same Redis: when given, taking the lease also reads the state.</param>
    public RedisConversationLease(Func<IConnectionMultiplexer> connection, ResiliencePipeline pipeline, TimeProvider time,
        ILogger<RedisConversationLease> logger, RedisConversationLeaseOptions? options = null, RedisConversationStateStore? state = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        this.connection = connection;
        this.pipeline = pipeline;
        this.time = time;
        this.logger = logger;
        this.options = options ?? new RedisConversationLeaseOptions();
        this.state = state;
    }

    /// <summary>Keys held or awaited in this process.</summary>
    public int ActiveKeys => local.ActiveKeys;

    public async Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        IAsyncDisposable localTurn = await local.AcquireAsync(key, cancellationToken);
        return await TakeSharedAsync(KeysOf(key), localTurn, cancellationToken);
    }

    /// <summary>
    /// When <paramref name="known"/> answers true (asked once this process's turn has come), the Redis lease is not
    /// taken: the holder's write succeeds only while no other instance holds the conversation or waits for it, and only
    /// a write after a conflict takes the Redis lease first (<see cref="ILeaseWithState.ReadAgainAsync"/>). A turn on
    /// a conversation this instance wrote last is then one round trip instead of two. A conversation whose state is
    /// not in the lease's hash slot always takes the lease.
    /// </summary>
    public async Task<IAsyncDisposable> AcquireKnownAsync(string key, Func<bool> known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(known);
        IAsyncDisposable localTurn = await local.AcquireAsync(key, cancellationToken);
        Keys keys = KeysOf(key);
        if (keys.State is not null && known())
            return new StateHolder(this, keys, localTurn);
        return await TakeSharedAsync(keys, localTurn, cancellationToken);
    }

    /// <summary>Takes the Redis lease for a process turn already held (<paramref name="localTurn"/>, let go on failure).</summary>
    private async Task<IAsyncDisposable> TakeSharedAsync(Keys keys, IAsyncDisposable localTurn, CancellationToken cancellationToken)
    {
        try
        {
            string token = ETags.New();
            RedisResult[] held = await WaitForLeaseAsync(keys, token, cancellationToken);
            if (keys.State is null)
                return new Holder(this, keys, token, localTurn);
            var holder = new StateHolder(this, keys, localTurn);
            holder.Took(token, RedisConversationStateStore.StateOf(held[1], held[2]));
            return holder;
        }
        catch
        {
            await localTurn.DisposeAsync();
            throw;
        }
    }

    /// <summary>Polls until the lease is held; returns the script's answer (1, then the state when asked for).</summary>
    private async Task<RedisResult[]> WaitForLeaseAsync(Keys keys, string token, CancellationToken cancellationToken)
    {
        RedisKey[] scriptKeys = keys.State is null
            ? [keys.Lease, keys.Queue, keys.Seen, keys.Ticket]
            : [keys.Lease, keys.Queue, keys.Seen, keys.Ticket, keys.State.Value];
        RedisValue[] arguments = [token, Milliseconds(options.LeaseTime), Milliseconds(options.WaiterTimeout)];
        long started = time.GetTimestamp();
        TimeSpan pause = options.FirstPoll;
        bool done = false;
        try
        {
            while (true)
            {
                var answer = (RedisResult[])(await pipeline.RunAsync(
                    async _ => await Database.ScriptEvaluateAsync(AcquireScript, scriptKeys, arguments), cancellationToken))!;
                if ((int)answer[0] == 1)
                {
                    done = true;
                    return answer;
                }
                if (time.GetElapsedTime(started) > options.MaxWait)
                    throw new StateUnavailableException("Another turn of this conversation held it for too long.");
                await Task.Delay(pause, time, cancellationToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, options.MaxPoll.Ticks));
            }
        }
        finally
        {
            if (!done)
                await LeaveQueueAsync(keys, token);
        }
    }

    private async Task LeaveQueueAsync(Keys keys, string token)
    {
        try
        {
            await Database.ScriptEvaluateAsync(LeaveScript, [keys.Queue, keys.Seen], [token]);
        }
        catch (Exception error) when (StateResilience.IsTransient(error))
        {
            // The queue drops a waiter that stops polling; nothing else to do.
        }
    }

    private async Task RenewAsync(Keys keys, string token, CancellationToken stop)
    {
        TimeSpan every = options.LeaseTime / 3;
        long started = time.GetTimestamp();
        while (time.GetElapsedTime(started) < options.MaxHold)
        {
            // Almost every turn ends before the first renewal: stop without throwing.
            await Task.Delay(every, time, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stop.IsCancellationRequested)
                return;
            try
            {
                // Not renewed: the lease expired, or the turn's write let go of it meanwhile (not a loss).
                if ((int)await Database.ScriptEvaluateAsync(RenewScript, [keys.Lease], [token, Milliseconds(options.LeaseTime)]) == 0
                    && !stop.IsCancellationRequested)
                {
                    LogLeaseLost(keys.Lease.ToString());
                    return;
                }
            }
            catch (Exception error) when (StateResilience.IsTransient(error))
            {
                LogRenewFailed(keys.Lease.ToString(), error);
            }
        }
    }

    private async Task ReleaseAsync(Keys keys, string token)
    {
        try
        {
            await pipeline.RunAsync(async _ => await Database.ScriptEvaluateAsync(ReleaseScript, [keys.Lease], [token]), CancellationToken.None);
        }
        catch (StateUnavailableException error)
        {
            // The TTL ends the lease: the next turn waits at most the lease time.
            LogReleaseFailed(keys.Lease.ToString(), error);
        }
    }

    /// <summary>The store's compare-and-set on the state, and when it wrote, the lease's release, in one script.</summary>
    private Task<string?> WriteAndReleaseAsync(Keys keys, string token, string payload, string? expectedETag,
        CancellationToken cancellationToken)
    {
        RedisKey[] scriptKeys = [keys.State!.Value, keys.Lease];
        RedisValue[] arguments = state!.WriteArguments(payload, expectedETag, [token], out string etag);
        return pipeline.RunAsync(async _ =>
            (int)await Database.ScriptEvaluateAsync(WriteAndReleaseScript, scriptKeys, arguments) == 1 ? etag : null,
            cancellationToken);
    }

    /// <summary>The compare-and-set of a holder without the Redis lease: refused while another holds or awaits it.</summary>
    private Task<string?> WriteIfFreeAsync(Keys keys, string payload, string? expectedETag, CancellationToken cancellationToken)
    {
        RedisKey[] scriptKeys = [keys.State!.Value, keys.Lease, keys.Queue];
        RedisValue[] arguments = state!.WriteArguments(payload, expectedETag, [], out string etag);
        return pipeline.RunAsync(async _ =>
            (int)await Database.ScriptEvaluateAsync(WriteIfFreeScript, scriptKeys, arguments) == 1 ? etag : null,
            cancellationToken);
    }

    private Keys KeysOf(string key)
    {
        // One hash tag so every key of a conversation is in one slot on a Redis cluster. With the state store, the
        // tag is the state key's own (so the script may read the state), and the conversation's key follows it so
        // two conversations never share a lease even when their ids carry the same braces.
        if (state is null)
        {
            string plain = options.Prefix + "{" + key + "}";
            return new Keys(key, plain, plain + ":queue", plain + ":seen", plain + ":ticket", null);
        }
        RedisKey stateKey = state.RedisKeyOf(key);
        string tag = HashTagOf(stateKey!);
        string root = options.Prefix + "{" + tag + "}" + key;
        // Same slot exactly when Redis hashes the same tag in both. An id whose braces cut the tag short (say "a}b")
        // lands in another slot: then the state is read separately.
        bool together = HashTagOf(root) == tag;
        return new Keys(key, root, root + ":queue", root + ":seen", root + ":ticket", together ? stateKey : (RedisKey?)null);
    }

    /// <summary>The part of a key Redis Cluster hashes: the first non-empty {...}, else the whole key.</summary>
    internal static string HashTagOf(string key)
    {
        int open = key.IndexOf('{', StringComparison.Ordinal);
        if (open >= 0)
        {
            int close = key.IndexOf('}', open + 1);
            if (close > open + 1)
                return key[(open + 1)..close];
        }
        return key;
    }

    private static string Milliseconds(TimeSpan span) =>
        ((long)Math.Ceiling(span.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);

    private IDatabase Database => connection().GetDatabase();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lease {Lease} was lost before the turn ended (it expired)")]
    private partial void LogLeaseLost(string lease);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew lease {Lease}")]
    private partial void LogRenewFailed(string lease, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release lease {Lease}; it will expire")]
    private partial void LogReleaseFailed(string lease, Exception error);

    /// <param name="Name">The conversation's key (as the state store knows it).</param>
    /// <param name="State">The state hash to read with the lease, or null to leave the state to the store.</param>
    private readonly record struct Keys(string Name, RedisKey Lease, RedisKey Queue, RedisKey Seen, RedisKey Ticket, RedisKey? State);

    /// <summary>
    /// A held process turn that reads and writes the state with the Redis lease: taken with it (<see cref="Took"/>), or
    /// on trust without it until a conflict makes the turn run again (<see cref="ReadAgainAsync"/> takes it then).
    /// </summary>
    private sealed class StateHolder(RedisConversationLease owner, Keys keys, IAsyncDisposable localTurn)
        : Holder(owner, keys, null, localTurn), ILeaseWithState
    {
        public StoredState? State { get; private set; }

        /// <summary>The Redis lease is held under <paramref name="token"/>; <paramref name="state"/> was read with it.</summary>
        public void Took(string token, StoredState? state)
        {
            Hold(token);
            State = state;
        }

        public async Task<StoredState?> ReadAgainAsync(CancellationToken cancellationToken)
        {
            if (Token is not null)
                return await Owner.state!.ReadAsync(Keys.Name, cancellationToken);
            string token = ETags.New();
            RedisResult[] held = await Owner.WaitForLeaseAsync(Keys, token, cancellationToken);
            Took(token, RedisConversationStateStore.StateOf(held[1], held[2]));
            return State;
        }

        public async Task<string?> WriteAndReleaseAsync(string payload, string? expectedETag, CancellationToken cancellationToken)
        {
            if (Token is null)
                return await Owner.WriteIfFreeAsync(Keys, payload, expectedETag, cancellationToken);
            string? etag = await Owner.WriteAndReleaseAsync(Keys, Token, payload, expectedETag, cancellationToken);
            if (etag is not null)
                await LeftRedisAsync();
            return etag;
        }
    }

    /// <summary>The process's turn of a conversation, and the Redis lease from <see cref="Hold"/> on (renewed until let go).</summary>
    private class Holder : IAsyncDisposable
    {
        private readonly IAsyncDisposable localTurn;
        private CancellationTokenSource? stop;
        private Task? renewal;
        private int disposed;
        private int leftRedis;

        public Holder(RedisConversationLease owner, Keys keys, string? token, IAsyncDisposable localTurn)
        {
            Owner = owner;
            Keys = keys;
            this.localTurn = localTurn;
            if (token is not null)
                Hold(token);
        }

        protected RedisConversationLease Owner { get; }

        protected Keys Keys { get; }

        /// <summary>The Redis lease's token; null while it is not held.</summary>
        protected string? Token { get; private set; }

        /// <summary>The Redis lease is held under <paramref name="token"/>: keep it renewed.</summary>
        protected void Hold(string token)
        {
            Token = token;
            stop = new CancellationTokenSource();
            renewal = Owner.RenewAsync(Keys, token, stop.Token);
        }

        /// <summary>The Redis lease was released with the write: stop renewing it; disposing releases only the process's queue.</summary>
        protected async Task LeftRedisAsync()
        {
            Volatile.Write(ref leftRedis, 1);
            await stop!.CancelAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0)
                return;
            try
            {
                if (stop is not null)
                {
                    await stop.CancelAsync();
                    await renewal!;
                    if (Volatile.Read(ref leftRedis) == 0)
                        await Owner.ReleaseAsync(Keys, Token!);
                }
            }
            finally
            {
                stop?.Dispose();
                await localTurn.DisposeAsync();
            }
        }
    }
}
