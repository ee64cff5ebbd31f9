using System.Globalization;
using System.Text.Json;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.State;
using Microsoft.Extensions.Options;
using Polly;
using StackExchange.Redis;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// The activity logs in Redis (Storage:Kind=redis), shared by every instance. Per conversation: a
/// counter and a sorted set of activity JSON scored by sequence number, both expiring after
/// DirectLine:IdleMinutes without use. A Lua script numbers and stores an activity in one step, so a
/// reader never sees number 5 before number 4. Appends are announced on a pub/sub channel that wakes
/// the WebSockets of every instance. While Redis cannot be reached every call throws
/// <see cref="StateUnavailableException"/> at once (the endpoint answers 503); the shared connection
/// reconnects by itself, and the calls work again when Redis is back.
/// </summary>
internal sealed class RedisDirectLineLog : IDirectLineLog, IDisposable
{
    public const string NoticeChannel = "careerbot:directline:appended";
    private const string IdPlaceholder = "__CAREERBOT_DIRECTLINE_ID__";

    private const string AppendScript = """
        local seq = redis.call('INCR', KEYS[1])
        local id = ARGV[2] .. string.format('%07d', seq)
        local json = string.gsub(ARGV[1], ARGV[5], id, 1)
        redis.call('ZADD', KEYS[2], seq, json)
        local keep = tonumber(ARGV[3])
        local count = redis.call('ZCARD', KEYS[2])
        if count > keep then redis.call('ZREMRANGEBYRANK', KEYS[2], 0, count - keep - 1) end
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('PEXPIRE', KEYS[2], ARGV[4])
        return seq
        """;

    private const string ReadScript = """
        local last = tonumber(redis.call('GET', KEYS[1]) or '0')
        local mark = tonumber(ARGV[1])
        if mark > last then
          redis.call('SET', KEYS[1], mark, 'PX', ARGV[2])
          redis.call('PEXPIRE', KEYS[2], ARGV[2])
          return {mark, {}}
        end
        local items = redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. ARGV[1], '+inf')
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        return {last, items}
        """;

    private readonly Func<IConnectionMultiplexer> connect;
    private readonly DirectLineSignals signals;
    private readonly DirectLineOptions settings;
    private readonly long idleMilliseconds;
    private readonly object gate = new();
    private ISubscriber? subscriber;

    public RedisDirectLineLog(StateRedisConnection redis, DirectLineSignals signals, IOptions<DirectLineOptions> options)
        : this(() => redis.Connection, signals, options)
    {
    }

    public RedisDirectLineLog(Func<IConnectionMultiplexer> connect, DirectLineSignals signals, IOptions<DirectLineOptions> options)
    {
        this.connect = connect;
        this.signals = signals;
        settings = options.Value;
        idleMilliseconds = (long)TimeSpan.FromMinutes(settings.IdleMinutes).TotalMilliseconds;
    }

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken) =>
        CallAsync(async () => await Database().StringSetAsync(Key(conversationId, "started"), "1",
            TimeSpan.FromMilliseconds(idleMilliseconds), When.NotExists), cancellationToken);

    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(activity with { Id = IdPlaceholder }, BotJson.Options);
        var result = await CallAsync(async () => await Database().ScriptEvaluateAsync(AppendScript,
            [Key(conversationId, "seq"), Key(conversationId, "log")],
            [json, conversationId + "|", settings.MaxActivitiesKept, idleMilliseconds, IdPlaceholder]), cancellationToken);
        var sequence = (long)result;
        signals.Notify(conversationId);
        try
        {
            await Subscriber().PublishAsync(RedisChannel.Literal(NoticeChannel), conversationId, CommandFlags.FireAndForget);
        }
        catch (Exception error) when (StateResilience.IsTransient(error))
        {
            // Stored, but the notice is lost: sockets on other instances see it at their next keep-alive read.
        }
        return activity with { Id = DirectLineIds.Activity(conversationId, sequence) };
    }

    public async Task<LogSlice> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var result = await CallAsync(async () =>
        {
            Subscriber();
            return (RedisResult[])(await Database().ScriptEvaluateAsync(ReadScript,
                [Key(conversationId, "seq"), Key(conversationId, "log")],
                [watermark.ToString(CultureInfo.InvariantCulture), idleMilliseconds]))!;
        }, cancellationToken);
        var last = (long)result[0];
        var items = (RedisResult[])result[1]!;
        var activities = new Activity[items.Length];
        for (var i = 0; i < items.Length; i++)
            activities[i] = JsonSerializer.Deserialize<Activity>((string)items[i]!, BotJson.Options)!;
        return new LogSlice(activities, last);
    }

    public void Dispose()
    {
        lock (gate)
        {
            subscriber?.Unsubscribe(RedisChannel.Literal(NoticeChannel), null, CommandFlags.FireAndForget);
        }
    }

    private IDatabase Database() => connect().GetDatabase();

    /// <summary>
    /// One Redis call, not retried (an append or a start run twice after a lost reply would not be the same as
    /// once); a connection, timeout or full-memory failure becomes <see cref="StateUnavailableException"/>.
    /// </summary>
    private static Task<T> CallAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken) =>
        ResiliencePipeline.Empty.RunAsync(async _ => await call(), cancellationToken);

    /// <summary>
    /// Subscribes once, on first use, to the notices of appends on any instance. A subscription that failed (Redis
    /// away) is tried again on the next call; one that worked is renewed by the connection after a reconnect.
    /// </summary>
    private ISubscriber Subscriber()
    {
        lock (gate)
        {
            if (subscriber is not null) return subscriber;
            var subscribing = connect().GetSubscriber();
            subscribing.Subscribe(RedisChannel.Literal(NoticeChannel), (_, message) =>
            {
                if (!message.IsNullOrEmpty) signals.Notify(message.ToString());
            }, CommandFlags.FireAndForget);
            return subscriber = subscribing;
        }
    }

    /// <summary>careerbot:dl:{id}:part; the braces keep one conversation's keys in one cluster slot.</summary>
    private static RedisKey Key(string conversationId, string part) => $"careerbot:dl:{{{conversationId}}}:{part}";
}
