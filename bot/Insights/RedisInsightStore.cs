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
/// A flush asks, in one script call for up to <see cref="TurnsPerCall"/> turns, which of each turn's facts are new to
/// its conversation, and then, for the whole flush, adds one <c>HINCRBY</c> per day and fact with the number of
/// conversations that counted it. On a Redis Cluster a script's keys must share a hash slot, so there each call holds
/// the turns of one conversation (its set is its own hash tag) and every other command names one key.
/// Until December 2026 each fact had its own key (<c>seen:&lt;conversation&gt;:&lt;fact&gt;</c>) and one script wrote
/// the seen keys and the day's count together: twice the commands, and keys in many slots in one script. Such keys
/// expire within a week; "forget me" still deletes them.
/// </remarks>
internal sealed class RedisInsightStore(Func<Task<IConnectionMultiplexer>> connect, string prefix = RedisInsightStore.DefaultPrefix)
    : IInsightStore
{
    public const string DefaultPrefix = "careerbot:insights:";
    private static readonly TimeSpan SeenFor = TimeSpan.FromDays(7);
    private static readonly TimeSpan CountsFor = TimeSpan.FromDays(400);
    private byte[]? secret;

    /// <summary>
    /// Adds turns' facts to their conversations' sets. KEYS: the sets, one per turn (a conversation may come more than
    /// once, in turn order). ARGV[1]: seconds to keep a set; then, per key, how many facts it has and their hashes.
    /// Returns, per key, the positions (from 1) of the facts its set did not hold yet.
    /// </summary>
    private const string AddNewScript = """
        local result = {}
        local at = 2
        for k = 1, #KEYS do
          local count = tonumber(ARGV[at])
          local added = {}
          for i = 1, count do
            if redis.call('SADD', KEYS[k], ARGV[at + i]) == 1 then added[#added + 1] = i end
          end
          redis.call('EXPIRE', KEYS[k], ARGV[1])
          result[k] = added
          at = at + count + 1
        end
        return result
        """;

    /// <summary>
    /// Most turns one script call takes: a call of 100 turns keeps Redis busy for a fraction of a millisecond, and a
    /// flush of a busy second makes a few dozen calls instead of one per turn.
    /// </summary>
    internal const int TurnsPerCall = 100;

    public Task RecordAsync(string channelId, string conversationId, DateOnly day, bool countConversation,
        IReadOnlyCollection<InsightFact> facts, CancellationToken cancellationToken) =>
        RecordManyAsync([new InsightRecord(channelId, conversationId, day, countConversation, facts)], cancellationToken);

    /// <summary>
    /// All the records at once, pipelined on the one connection: script calls of up to <see cref="TurnsPerCall"/> turns
    /// (on a cluster, turns of one conversation), then one count per day and fact for them all. A crash between
    /// the two loses those counts, as a crash loses the counts still waiting in memory.
    /// </summary>
    public async Task RecordManyAsync(IReadOnlyList<InsightRecord> records, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (records.All(r => r.IsEmpty))
            return;
        IConnectionMultiplexer redis = await connect();
        IDatabase db = redis.GetDatabase();
        byte[] key = await SecretAsync(db);
        RedisValue keepSeen = (long)SeenFor.TotalSeconds;

        // On a cluster, a script's keys must share a hash slot: the turns are grouped by conversation (its set). A single
        // server takes them all together. Either way, in turn order.
        bool cluster = redis.GetServers().Any(s => s.ServerType == ServerType.Cluster);
        var groups = new Dictionary<RedisKey, List<Turn>>();
        foreach (InsightRecord record in records)
        {
            string[] fields = [.. record.ToCount.Select(f => f.Kind + "\n" + f.Value)];
            if (fields.Length == 0)
                continue;
            RedisKey set = SeenKey(key, record.ChannelId, record.ConversationId);
            RedisKey groupKey = cluster ? set : default;
            if (!groups.TryGetValue(groupKey, out List<Turn>? group))
                groups[groupKey] = group = [];
            group.Add(new Turn(record.Day, fields, set));
        }
        var calls = new List<(Turn[] Turns, Task<RedisResult> Added)>();
        foreach (List<Turn> group in groups.Values)
        {
            foreach (Turn[] chunk in group.Chunk(TurnsPerCall))
            {
                var arguments = new List<RedisValue>(1 + chunk.Sum(t => t.Fields.Length + 1)) { keepSeen };
                foreach (Turn turn in chunk)
                {
                    arguments.Add(turn.Fields.Length);
                    foreach (string field in turn.Fields)
                        arguments.Add(Hash(key, field));
                }
                calls.Add((chunk, db.ScriptEvaluateAsync(AddNewScript, [.. chunk.Select(t => t.Set)], [.. arguments])));
            }
        }
        await Task.WhenAll(calls.Select(c => c.Added));

        var counts = new Dictionary<(DateOnly Day, string Field), long>();
        foreach (var (turns, added) in calls)
        {
            var perTurn = (RedisResult[])(await added)!;
            for (int t = 0; t < turns.Length; t++)
            {
                foreach (RedisResult position in (RedisResult[])perTurn[t]!)
                {
                    var field = (turns[t].Day, turns[t].Fields[(int)position - 1]);
                    counts[field] = counts.GetValueOrDefault(field) + 1;
                }
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

    /// <summary>One turn's day, the facts it counts (in order, as "kind\nvalue", the counts' field) and its conversation's set.</summary>
    private sealed record Turn(DateOnly Day, string[] Fields, RedisKey Set);

    private static string Hash(byte[] key, string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)), 0, 16);
}
