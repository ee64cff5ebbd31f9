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

    // ARGV: 1 mode (new | match | any), 2 expected ETag, 3 payload, 4 new ETag, 5 idle time in ms.
    private const string WriteScript = """
        local current = redis.call('HGET', KEYS[1], 'e')
        if current == ARGV[4] then return 1 end
        if ARGV[1] == 'new' then
          if current then return 0 end
        elseif ARGV[1] == 'match' then
          if current ~= ARGV[2] then return 0 end
        end
        redis.call('HSET', KEYS[1], 'p', ARGV[3], 'e', ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return 1
        """;

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
        string etag = ETags.New();
        string mode = expectedETag switch { null => "new", ETags.Any => "any", _ => "match" };
        RedisKey[] keys = [RedisKeyOf(key)];
        RedisValue[] arguments = [mode, expectedETag ?? "", payload, etag, idleMilliseconds];
        // The new ETag is chosen once, so a retry after a lost reply finds its own write and reports success
        // instead of a conflict (which would make the caller apply the turn again).
        return pipeline.RunAsync(async _ =>
            (int)await Database.ScriptEvaluateAsync(WriteScript, keys, arguments) == 1 ? etag : null, cancellationToken);
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
