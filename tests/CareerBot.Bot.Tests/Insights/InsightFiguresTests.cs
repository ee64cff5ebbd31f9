using Xunit;
using CareerBot.Bot.Insights;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>The figures from a known set of conversations, for each insight store.</summary>
public abstract class InsightFiguresTests : IAsyncLifetime
{
    private static readonly DateOnly Day1 = new(2026, 11, 20);
    private static readonly DateOnly Day2 = new(2026, 11, 21);
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
    private IInsightStore store = null!;
    private InsightObserver observer = null!;

    /// <summary>A new, empty store of the kind under test.</summary>
    internal abstract Task<IInsightStore> CreateStoreAsync();

    /// <summary>How many (conversation, fact) links the store holds.</summary>
    internal abstract Task<long> CountLinksAsync();

    public abstract ValueTask DisposeAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        observer = new InsightObserver(store, new InsightCalendar(Options.Create(new InsightsOptions()), clock),
            new RecentlyForgotten(clock));
    }

    private ValueTask Turn(string conversation, string text, params (string Kind, string Value)[] signals) =>
        observer.OnTurnAsync(SomeActivity.Message(conversation, text), [SomeActivity.Reply(conversation, "ok")],
            signals.Select(s => new InsightSignal(s.Kind, s.Value)).ToList(), TestContext.Current.CancellationToken);

    private async Task PlayKnownConversationsAsync()
    {
        // Day 1: A goes all the way, B asks for a welder and is asked again, C stops after the first answer.
        await Turn("A", "hi", ("step", "interests"));
        await Turn("A", "care", ("interest", "caring"), ("step", "qualifications"));
        await Turn("A", "gcse", ("level", "2"), ("step", "availability"));
        await Turn("A", "weekends", ("shown", "porter"), ("shown", "healthcare-assistant")); // results reached: shown
        await Turn("B", "hi", ("step", "interests"));
        await Turn("B", "welder", ("unmatched", "welder"), ("step", "interests"), ("step", "confirm"));
        await Turn("C", "hi", ("step", "interests"));
        await Turn("C", "cleaning", ("interest", "Cleaning"), ("step", "qualifications"));

        // Day 2: D stops at availability; E types the same gap twice with a phone number; F only opened the chat.
        clock.Advance(TimeSpan.FromDays(1));
        await Turn("D", "hi", ("step", "interests"));
        await Turn("D", "care", ("interest", "caring"), ("step", "qualifications"));
        await Turn("D", "none", ("level", "0"), ("step", "availability"), ("unmatched", "Welder!"));
        await Turn("E", "hi", ("step", "interests"));
        await Turn("E", "welder plumber", ("unmatched", "welder plumber 07700900123"));
        await Turn("E", "welder", ("unmatched", "welder"));
        var opened = new Activity
        {
            Type = ActivityTypes.ConversationUpdate, ChannelId = "webchat", Conversation = new ConversationAccount("F"),
            From = new ChannelAccount("user-f"), Recipient = new ChannelAccount(SomeActivity.BotId),
        };
        await observer.OnTurnAsync(opened, [], [new InsightSignal("step", "interests")], TestContext.Current.CancellationToken);
    }

    private async Task<InsightFigures> FiguresAsync(int minimumWordCount = 3) =>
        InsightCalculator.Calculate(await store.ReadAsync(Day1, Day2, TestContext.Current.CancellationToken), Day1, Day2,
            minimumWordCount);

    [Fact]
    public async Task Calculate_KnownConversations_GivesTheirFigures()
    {
        await PlayKnownConversationsAsync();

        InsightFigures figures = await FiguresAsync();

        Assert.Equal([new DayCount(Day1, 3), new DayCount(Day2, 2)], figures.ConversationsPerDay);
        Assert.Equal(5, figures.TotalConversations);
        Assert.Equal(
            [new StepFigure("interests", 6, 3, 100), new StepFigure("qualifications", 3, 1, 50),
             new StepFigure("availability", 2, 1, 33.3), new StepFigure("results", 1, null, 16.7)],
            figures.DropOff);
        Assert.Equal([new ValueCount("caring", 2), new ValueCount("cleaning", 1)], figures.TopInterests);
        Assert.Equal([new ValueCount("0", 1), new ValueCount("2", 1)], figures.QualificationLevels);
        Assert.Equal([new ValueCount("healthcare-assistant", 1), new ValueCount("porter", 1)], figures.SuggestionsShown);
        Assert.Equal([new ValueCount("welder", 3)], figures.UnmatchedWords);
    }

    [Fact]
    public async Task Calculate_QuestionsAskedInTwoWays_CountEachTopicOncePerConversation()
    {
        // G asks about a DBS check at a question, then about pay twice: of a job on screen and of the job talked about.
        await Turn("G", "do i need a dbs", ("question", "faq.dbs"));
        await Turn("G", "what does number 2 pay", ("followup", "pay"));
        await Turn("G", "how much is it a year", ("job_question", "pay"));
        // H asks what a course costs, first of a job's course on screen, then as a common question; and about pay.
        await Turn("H", "is the course free", ("followup", "cost"));
        await Turn("H", "do i have to pay for the course", ("question", "faq.course_cost"));
        await Turn("H", "pay?", ("job_question", "pay"));
        // I is in danger, twice in one talk, and J once in another way; neither asked a question.
        await Turn("I", "...", ("crisis", "crisis.self_harm"));
        await Turn("I", "...", ("crisis", "crisis.self_harm"));
        await Turn("J", "...", ("crisis", "crisis.abuse"));

        InsightFigures figures = await FiguresAsync();

        Assert.Equal([new ValueCount("pay", 2), new ValueCount("course_cost", 1), new ValueCount("dbs", 1)], figures.QuestionsAsked);
        Assert.Equal([new ValueCount("abuse", 1), new ValueCount("self_harm", 1)], figures.UrgentHelp);
    }

    [Fact]
    public async Task Calculate_WordBelowMinimumConversations_IsLeftOut()
    {
        await PlayKnownConversationsAsync();

        InsightFigures figures = await FiguresAsync(minimumWordCount: 4);

        Assert.Empty(figures.UnmatchedWords);
    }

    [Fact]
    public async Task ReadAsync_KnownConversations_StoresNoNumberOrSentenceTheyTyped()
    {
        await PlayKnownConversationsAsync();

        IReadOnlyList<InsightCount> counts = await store.ReadAsync(Day1, Day2, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(counts, c => c.Value.Any(char.IsDigit) && c.Kind == "unmatched");
        Assert.DoesNotContain(counts, c => c.Value.Contains(' ', StringComparison.Ordinal) && c.Kind == "unmatched");
        Assert.Contains(counts, c => c is { Kind: "unmatched", Value: "plumber", Count: 1 });
    }

    [Fact]
    public async Task ForgetAsync_Conversation_RemovesItsLinksButKeepsAnonymousCounts()
    {
        await PlayKnownConversationsAsync();
        long before = await CountLinksAsync();

        await observer.ForgetAsync("webchat", "E", TestContext.Current.CancellationToken);

        // E left 4 links: the conversation, one step and two words.
        Assert.Equal(before - 4, await CountLinksAsync());
        Assert.Equal(5, (await FiguresAsync()).TotalConversations);
    }

    [Fact]
    public async Task RecordManyAsync_ManyTurnsOfManyConversationsAtOnce_CountsEachFactOncePerConversation()
    {
        // Flushes as a busy instance makes them: hundreds of turns, a conversation's turns spread through the batch
        // (and over two batches and two days), facts repeated within and across turns.
        var random = new Random(6);
        string[] interests = ["caring", "cleaning", "driving", "admin", "catering"];
        var records = new List<InsightRecord>();
        for (int i = 0; i < 420; i++)
        {
            string conversation = "c" + random.Next(90);
            var facts = new List<InsightFact>();
            for (int f = random.Next(4); f > 0; f--)
                facts.Add(new InsightFact("interest", interests[random.Next(interests.Length)]));
            if (random.Next(3) == 0)
                facts.Add(new InsightFact("step", "results"));
            records.Add(new InsightRecord("webchat", conversation, i < 300 ? Day1 : Day2, random.Next(4) == 0, facts));
        }

        await store.RecordManyAsync(records[..250], TestContext.Current.CancellationToken);
        await store.RecordManyAsync(records[250..], TestContext.Current.CancellationToken);

        // What counting once per conversation means, worked out plainly: a fact counts on the day a conversation first has it.
        var seen = new HashSet<(string, string, string)>();
        var expected = new Dictionary<(DateOnly, string, string), long>();
        foreach (InsightRecord record in records)
        {
            foreach (InsightFact fact in record.ToCount)
            {
                if (seen.Add((record.ConversationId, fact.Kind, fact.Value)))
                    expected[(record.Day, fact.Kind, fact.Value)] = expected.GetValueOrDefault((record.Day, fact.Kind, fact.Value)) + 1;
            }
        }
        IReadOnlyList<InsightCount> counts = await store.ReadAsync(Day1, Day2, TestContext.Current.CancellationToken);
        Assert.Equal(
            expected.Select(e => (e.Key.Item1, e.Key.Item2, e.Key.Item3, e.Value)).Order(),
            counts.Select(c => (c.Day, c.Kind, c.Value, c.Count)).Order());
        Assert.True(expected.Count > 10, "the batch should count many different facts");
    }

    [Fact]
    public async Task OnTurnAsync_AfterMidnightInLondonInSummer_CountsOnTheLondonDay()
    {
        clock.Set(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero)); // 00:30 on 2 July in London (BST)

        await Turn("late", "hi");

        var counts = await store.ReadAsync(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 2), TestContext.Current.CancellationToken);
        Assert.Equal([new DateOnly(2026, 7, 2)], counts.Select(c => c.Day));
    }
}

public sealed class SqliteInsightFiguresTests : InsightFiguresTests
{
    private readonly TempFolder folder = new();
    private SqliteInsightStore? sqlite;

    internal override Task<IInsightStore> CreateStoreAsync() =>
        Task.FromResult<IInsightStore>(sqlite = new SqliteInsightStore(folder.File("insights.db")));

    internal override async Task<long> CountLinksAsync()
    {
        await using var connection = new SqliteConnection("Data Source=" + sqlite!.DatabasePath);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM seen";
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

public class RedisInsightFiguresTests : InsightFiguresTests
{
    private RedisServer? redis;

    /// <summary>The server the store under test uses.</summary>
    private protected virtual Task<RedisServer> StartServerAsync() => RedisServer.StartAsync(TestContext.Current.CancellationToken);

    internal override async Task<IInsightStore> CreateStoreAsync()
    {
        redis = await StartServerAsync();
        return new RedisInsightStore(() => Task.FromResult<StackExchange.Redis.IConnectionMultiplexer>(redis.Connection));
    }

    /// <summary>The facts counted, over every conversation's set.</summary>
    internal override async Task<long> CountLinksAsync()
    {
        StackExchange.Redis.IDatabase db = redis!.Connection.GetDatabase();
        long links = 0;
        foreach (StackExchange.Redis.RedisKey key in redis.Connection.GetServer(redis.ConnectionString).Keys(pattern: RedisInsightStore.DefaultPrefix + "seen:*"))
            links += await db.SetLengthAsync(key);
        return links;
    }

    public override async ValueTask DisposeAsync()
    {
        if (redis is not null)
            await redis.DisposeAsync();
    }
}

/// <summary>
/// The same figures on a one-node Redis Cluster, which refuses a command or script whose keys are in different hash
/// slots: every call of the store must name one key, or keys of one conversation.
/// </summary>
public sealed class RedisClusterInsightFiguresTests : RedisInsightFiguresTests
{
    private protected override Task<RedisServer> StartServerAsync() => RedisServer.StartClusterAsync(TestContext.Current.CancellationToken);
}
