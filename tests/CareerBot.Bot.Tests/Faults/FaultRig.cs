using CareerBot.Bot.Tests.Protocol;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CareerBot.Bot.Tests.Faults;

/// <summary>Shared parts of the fault tests: a temp folder, bot processes started in it, the reference run.</summary>
internal sealed class FaultRig : IAsyncDisposable
{
    private readonly List<BotProcess> bots = [];
    private int started;

    public string Folder { get; } = Directory.CreateTempSubdirectory("careerbot-faults-").FullName;

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Settings for a SQLite store in this rig's folder.</summary>
    public Dictionary<string, string> Sqlite() => new()
    {
        ["Storage:Kind"] = "sqlite",
        ["Storage:SqlitePath"] = Path.Combine(Folder, "state", "conversations.db"),
    };

    public static Dictionary<string, string> Redis(string connection) => new()
    {
        ["Storage:Kind"] = "redis",
        ["Storage:Redis"] = connection,
    };

    /// <summary>Starts another bot process; each has its own index and insight files, the store is shared.</summary>
    public async Task<BotProcess> StartBotAsync(IReadOnlyDictionary<string, string> storage)
    {
        int number = Interlocked.Increment(ref started);
        string own = Directory.CreateDirectory(Path.Combine(Folder, "instance-" + number)).FullName;
        var settings = new Dictionary<string, string>(storage)
        {
            ["SearchIndex:DatabasePath"] = Path.Combine(own, "index", "catalogue.db"),
            ["SearchIndex:Watch"] = "false",
            ["Insights:DatabasePath"] = Path.Combine(own, "insights.db"),
        };
        BotProcess bot = await BotProcess.StartAsync("instance " + number, own, settings, Cancel);
        lock (bots)
            bots.Add(bot);
        return bot;
    }

    /// <summary>What the resident sees at each step when nothing goes wrong (the real host, in-process).</summary>
    public static Task<IReadOnlyList<IReadOnlyList<string>>> ReferenceAsync() => Reference.Value;

    private static readonly Lazy<Task<IReadOnlyList<IReadOnlyList<string>>>> Reference = new(async () =>
    {
        await using BotHostFixture host = await BotHostFixture.StartAsync(CancellationToken.None);
        var conversation = new GuidedConversation();
        var seen = new List<IReadOnlyList<string>>();
        for (int step = 0; step <= GuidedConversation.Steps.Count; step++)
            seen.Add((await conversation.SendAsync(host.Http, step, CancellationToken.None)).Seen);
        return seen;
    });

    /// <summary>Sends a step and checks the bot answered 200 and asked the right next question.</summary>
    public static async Task<TurnReplies> StepAsync(GuidedConversation conversation, BotProcess bot, int step)
    {
        TurnReplies turn = await conversation.SendAsync(bot.Http, step, Cancel);
        Assert.True(turn.Status == System.Net.HttpStatusCode.OK, $"{bot.Name}, step {step}: {turn}\n{bot.Log}");
        Assert.True(turn.Question?.StartsWith(GuidedConversation.QuestionAfter(step), StringComparison.Ordinal) == true,
            $"{bot.Name}, step {step}: expected \"{GuidedConversation.QuestionAfter(step)}\", got {turn}");
        return turn;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (BotProcess bot in bots)
            await bot.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
