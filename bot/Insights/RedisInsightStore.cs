using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace CareerBot.Bot.Insights;

/// <summary>
/// The anonymous counts in Redis, so every instance behind a load balancer adds to one set of figures.
/// Same rules as the SQLite store: a keyed hash of (conversation, fact) is kept for a week to count each
/// fact once per conversation; per-day counts are kept for 400 days; "forget me" deletes the links.
/// </summary>
internal sealed class RedisInsightStore(Func<Task<IConnectionMultiplexer>> connect, string prefix = RedisInsightStore.DefaultPrefix)
    : IInsightStore
{
    public const string DefaultPrefix = "careerbot:insights:";
    private static readonly TimeSpan SeenFor = TimeSpan.FromDays(7);
    private static readonly TimeSpan CountsFor = TimeSpan.FromDays(400);
    private byte[]? secret;

    /// <summary>
    /// Counts one turn's facts in one round trip: for each fact, SET its "seen" key if absent and, only then, add one to
    /// the day's count and remember the key under the conversation (for "forget me"). KEYS: links, counts, then the
    /// seen keys; ARGV: seconds to keep links and seen keys, seconds to keep counts, the day, then the count fields.
    /// </summary>
    private const string CountOnceScript = """
        local seen = tonumber(ARGV[1])
        for i = 3, #KEYS do
          if redis.call('SET', KEYS[i], ARGV[3], 'EX', seen, 'NX') then
            redis.call('HINCRBY', KEYS[2], ARGV[i + 1], 1)
            redis.call('SADD', KEYS[1], KEYS[i])
          end
        end
        redis.call('EXPIRE', KEYS[1], seen)
        redis.call('EXPIRE', KEYS[2], tonumber(ARGV[2]))
        return 0
        """;

    public Task RecordAsync(string channelId, string conversationId, DateOnly day, bool countConversation,
        IReadOnlyCollection<InsightFact> facts, CancellationToken cancellationToken) =>
        RecordManyAsync([new InsightRecord(channelId, conversationId, day, countConversation, facts)], cancellationToken);

    /// <summary>All the records at once, pipelined on the one connection: a script call per turn, awaited together.</summary>
    public async Task RecordManyAsync(IReadOnlyList<InsightRecord> records, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (records.All(r => r.IsEmpty))
            return;
        IDatabase db = (await connect()).GetDatabase();
        byte[] key = await SecretAsync(db);
        var calls = new List<Task>(records.Count);
        foreach (InsightRecord record in records)
        {
            string conversation = Hash(key, record.ChannelId + "\n" + record.ConversationId);
            var keys = new List<RedisKey> { prefix + "links:" + conversation, CountsKey(record.Day) };
            var values = new List<RedisValue>
            {
                (long)SeenFor.TotalSeconds, (long)CountsFor.TotalSeconds,
                record.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            foreach (InsightFact fact in record.ToCount)
            {
                keys.Add(prefix + "seen:" + conversation + ":" + Hash(key, fact.Kind + "\n" + fact.Value));
                values.Add(fact.Kind + "\n" + fact.Value);
            }
            if (keys.Count > 2)
                calls.Add(db.ScriptEvaluateAsync(CountOnceScript, [.. keys], [.. values]));
        }
        await Task.WhenAll(calls);
    }

    public async Task<IReadOnlyList<InsightCount>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IDatabase db = (await connect()).GetDatabase();
        var days = new List<DateOnly>();
        for (DateOnly day = from; day <= to; day = day.AddDays(1))
            days.Add(day);
        HashEntry[][] perDay = await Task.WhenAll(days.Select(d => db.HashGetAllAsync(CountsKey(d))));

        var result = new List<InsightCount>();
        for (int i = 0; i < days.Count; i++)
        {
            foreach (HashEntry entry in perDay[i])
            {
                string field = entry.Name.ToString();
                int split = field.IndexOf('\n', StringComparison.Ordinal);
                if (split > 0)
                    result.Add(new InsightCount(days[i], field[..split], field[(split + 1)..], (long)entry.Value));
            }
        }
        return result;
    }

    public async Task ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IDatabase db = (await connect()).GetDatabase();
        byte[] key = await SecretAsync(db);
        RedisKey links = prefix + "links:" + Hash(key, channelId + "\n" + conversationId);
        RedisValue[] seen = await db.SetMembersAsync(links);
        await db.KeyDeleteAsync(seen.Select(s => (RedisKey)s.ToString()).Append(links).ToArray());
    }

    private RedisKey CountsKey(DateOnly day) => prefix + "counts:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // One random key per deployment, made by whichever instance comes first.
    private async Task<byte[]> SecretAsync(IDatabase db)
    {
        if (secret is not null)
            return secret;
        RedisKey name = prefix + "hash-key";
        await db.StringSetAsync(name, RandomNumberGenerator.GetBytes(32), when: When.NotExists);
        byte[] stored = (byte[])(await db.StringGetAsync(name))!;
        return secret = stored;
    }

    private static string Hash(byte[] key, string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)), 0, 16);
}
