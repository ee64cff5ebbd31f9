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

    public async Task RecordAsync(string channelId, string conversationId, DateOnly day, bool countConversation,
        IReadOnlyCollection<InsightFact> facts, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!countConversation && facts.Count == 0)
            return;
        IDatabase db = (await connect()).GetDatabase();
        byte[] key = await SecretAsync(db);
        string conversation = Hash(key, channelId + "\n" + conversationId);
        RedisKey links = prefix + "links:" + conversation;
        RedisKey counts = CountsKey(day);
        string dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        IEnumerable<InsightFact> all = countConversation ? facts.Prepend(new InsightFact(InsightKinds.Conversation, "")) : facts;
        foreach (InsightFact fact in all)
        {
            RedisKey seen = prefix + "seen:" + conversation + ":" + Hash(key, fact.Kind + "\n" + fact.Value);
            if (!await db.StringSetAsync(seen, dayText, SeenFor, When.NotExists))
                continue;
            await db.HashIncrementAsync(counts, fact.Kind + "\n" + fact.Value);
            await db.SetAddAsync(links, seen.ToString());
        }
        await db.KeyExpireAsync(links, SeenFor);
        await db.KeyExpireAsync(counts, CountsFor);
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
