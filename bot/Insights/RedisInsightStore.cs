using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace CareerBot.Bot.Insights;

/// <summary>
/// The anonymous counts in Redis, so every instance behind a load balancer adds to one set of figures.
/// Same rules as the SQLite store: keyed hashes of the facts a conversation has counted are kept for a week (a set per
/// conversation, under the keyed hash of the conversation) to count each fact once per conversation; per-day counts are
/// kept for 400 days; "forget me" deletes the conversation's set.
/// </summary>
/// <remarks>
/// Every command names one key or keys of one conversation (its hash tag), so the store works on a Redis Cluster too.
/// A flush makes one script call per turn (which of its facts are new to the conversation) and then, for the whole
/// flush, one <c>HINCRBY</c> per day and fact with the number of conversations that counted it. Until December 2026
/// each fact had its own key (<c>seen:&lt;conversation&gt;:&lt;fact&gt;</c>) and one script wrote the seen keys and
/// the day's count together: twice the commands, and keys in many slots in one script. Such keys expire within a
/// week; "forget me" still deletes them.
/// </remarks>
internal sealed class RedisInsightStore(Func<Task<IConnectionMultiplexer>> connect, string prefix = RedisInsightStore.DefaultPrefix)
    : IInsightStore
{
    public const string DefaultPrefix = "careerbot:insights:";
    private static readonly TimeSpan SeenFor = TimeSpan.FromDays(7);
    private static readonly TimeSpan CountsFor = TimeSpan.FromDays(400);
    private byte[]? secret;

    /// <summary>
    /// Adds a turn's facts to its conversation's set. KEYS[1]: the set. ARGV[1]: seconds to keep it, then the facts'
    /// hashes. Returns the positions (from 1) of the facts the set did not hold yet.
    /// </summary>
    private const string AddNewScript = """
        local added = {}
        for i = 2, #ARGV do
          if redis.call('SADD', KEYS[1], ARGV[i]) == 1 then added[#added + 1] = i - 1 end
        end
        redis.call('EXPIRE', KEYS[1], ARGV[1])
        return added
        """;

    public Task RecordAsync(string channelId, string conversationId, DateOnly day, bool countConversation,
        IReadOnlyCollection<InsightFact> facts, CancellationToken cancellationToken) =>
        RecordManyAsync([new InsightRecord(channelId, conversationId, day, countConversation, facts)], cancellationToken);

    /// <summary>
    /// All the records at once, pipelined on the one connection: a script call per turn, then one count per day and
    /// fact for them all. A crash between the two loses those counts, as a crash loses the counts still waiting in memory.
    /// </summary>
    public async Task RecordManyAsync(IReadOnlyList<InsightRecord> records, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (records.All(r => r.IsEmpty))
            return;
        IDatabase db = (await connect()).GetDatabase();
        byte[] key = await SecretAsync(db);
        RedisValue keepSeen = (long)SeenFor.TotalSeconds;
        var calls = new List<(InsightRecord Record, InsightFact[] Facts, Task<RedisResult> Added)>(records.Count);
        foreach (InsightRecord record in records)
        {
            InsightFact[] facts = [.. record.ToCount];
            if (facts.Length == 0)
                continue;
            var arguments = new RedisValue[facts.Length + 1];
            arguments[0] = keepSeen;
            for (int i = 0; i < facts.Length; i++)
                arguments[i + 1] = Hash(key, facts[i].Kind + "\n" + facts[i].Value);
            calls.Add((record, facts, db.ScriptEvaluateAsync(AddNewScript, [SeenKey(key, record.ChannelId, record.ConversationId)], arguments)));
        }
        await Task.WhenAll(calls.Select(c => c.Added));

        var counts = new Dictionary<(DateOnly Day, string Field), long>();
        foreach (var (record, facts, added) in calls)
        {
            foreach (RedisResult position in (RedisResult[])(await added)!)
            {
                InsightFact fact = facts[(int)position - 1];
                var field = (record.Day, fact.Kind + "\n" + fact.Value);
                counts[field] = counts.GetValueOrDefault(field) + 1;
            }
        }
        var writes = new List<Task>(counts.Count + 2);
        foreach (var ((day, field), count) in counts)
            writes.Add(db.HashIncrementAsync(CountsKey(day), field, count));
        foreach (DateOnly day in counts.Keys.Select(k => k.Day).Distinct())
            writes.Add(db.KeyExpireAsync(CountsKey(day), CountsFor));
        await Task.WhenAll(writes);
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
        await db.KeyDeleteAsync(SeenKey(key, channelId, conversationId));
        // Written before December 2026 (gone within a week of it): a key per fact, listed in the conversation's links.
        RedisKey links = prefix + "links:" + Hash(key, channelId + "\n" + conversationId);
        foreach (RedisValue seen in await db.SetMembersAsync(links))
            await db.KeyDeleteAsync((RedisKey)seen.ToString());
        await db.KeyDeleteAsync(links);
    }

    /// <summary>The set of a conversation's counted facts; the braces make it its own hash tag on a cluster.</summary>
    private RedisKey SeenKey(byte[] key, string channelId, string conversationId) =>
        prefix + "seen:{" + Hash(key, channelId + "\n" + conversationId) + "}";

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
