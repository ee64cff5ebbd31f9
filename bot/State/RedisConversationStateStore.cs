using System.Globalization;
using Polly;
using StackExchange.Redis;

namespace CareerBot.Bot.State;

/// <summary>
/// Conversation state in Redis, shared by every instance. Each conversation is a hash (payload, ETag);
/// a Lua script compares the ETag and writes in one atomic step (compare-and-set), and every write
/// sets the key's TTL to the idle time, so Redis itself forgets conversations nobody wrote to.
/// </summary>
public sealed class RedisConversationStateStore : IConversationStateStore, IStateProbe
{
    public const string DefaultPrefix = "careerbot:state:";

    /// <summary>
    /// The compare-and-set as a Lua function, shared with the lease's write-and-release script. Arguments: the hash's
    /// key, mode (new | match | any), expected ETag, payload, new ETag, idle time in ms. Returns 1 when written (or
    /// when the new ETag is already there: a retry after a lost reply), 0 on a conflict.
    /// </summary>
    internal const string CompareAndSetFunction = """
        local function compare_and_set(key, mode, expected, payload, etag, idle)
          local current = redis.call('HGET', key, 'e')
          if current == etag then return 1 end
          if mode == 'new' then
            if current then return 0 end
          elseif mode == 'match' then
            if current ~= expected then return 0 end
          end
          redis.call('HSET', key, 'p', payload, 'e', etag)
          redis.call('PEXPIRE', key, idle)
          return 1
        end

        """;

    // ARGV: 1 mode, 2 expected ETag, 3 payload, 4 new ETag, 5 idle time in ms (see WriteArguments).
    private const string WriteScript = CompareAndSetFunction
        + "return compare_and_set(KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5])";

    private static readonly RedisValue[] Fields = ["p", "e"];
    private readonly Func<IConnectionMultiplexer> connection;
    private readonly ResiliencePipeline pipeline;
    private readonly string idleMilliseconds;
    private readonly string prefix;

    public RedisConversationStateStore(Func<IConnectionMultiplexer> connection, TimeSpan idleTime,
        ResiliencePipeline pipeline, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idleTime, TimeSpan.Zero);
        this.connection = connection;
        this.pipeline = pipeline;
        this.prefix = prefix;
        idleMilliseconds = ((long)Math.Ceiling(idleTime.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The Redis key a conversation's state is kept under.</summary>
    public RedisKey RedisKeyOf(string key) => prefix + key;

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return pipeline.RunAsync(async _ =>
        {
            RedisValue[] values = await Database.HashGetAsync(RedisKeyOf(key), Fields);
            return StateOf(values[0], values[1]);
        }, cancellationToken);
    }

    /// <summary>The state from the hash's payload and ETag fields (as HMGET p e returns them), or null.</summary>
    internal static StoredState? StateOf(RedisValue payload, RedisValue etag) =>
        payload.IsNull || etag.IsNull ? null : new StoredState(payload!, etag!);

    internal static StoredState? StateOf(RedisResult payload, RedisResult etag) =>
        StateOf((RedisValue)payload, (RedisValue)etag);

    public Task<string?> WriteAsync(string key, string payload, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(payload);
        RedisKey[] keys = [RedisKeyOf(key)];
        RedisValue[] arguments = WriteArguments(payload, expectedETag, [], out string etag);
        return pipeline.RunAsync(async _ =>
            (int)await Database.ScriptEvaluateAsync(WriteScript, keys, arguments) == 1 ? etag : null, cancellationToken);
    }

    /// <summary>
    /// The first five ARGV of <see cref="CompareAndSetFunction"/>'s callers, then <paramref name="more"/>. The new ETag
    /// is chosen here, once, so a retry after a lost reply finds its own write and reports success instead of a conflict
    /// (which would make the caller apply the turn again).
    /// </summary>
    internal RedisValue[] WriteArguments(string payload, string? expectedETag, ReadOnlySpan<RedisValue> more, out string etag)
    {
        etag = ETags.New();
        string mode = expectedETag switch { null => "new", ETags.Any => "any", _ => "match" };
        return [mode, expectedETag ?? "", payload, etag, idleMilliseconds, .. more];
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return pipeline.RunAsync(async _ => await Database.KeyDeleteAsync(RedisKeyOf(key)), cancellationToken);
    }

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        pipeline.RunAsync(async _ => await Database.PingAsync(), cancellationToken);

    private IDatabase Database => connection().GetDatabase();
}
