using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Bot.Tests.Protocol;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>
/// An adviser edits the catalogue files while residents are searching: the running bot rebuilds and swaps
/// the index, no search fails on the way, and a broken file leaves the old index serving.
/// </summary>
public sealed class CatalogueReloadUnderTrafficTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public async Task Reload_AdviserEditsDataDuringSearches_NewRoleServedAndNoSearchFails()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await StartAsync(ct);
        var search = bot.Services.GetRequiredService<ICatalogueSearch>();
        var manager = bot.Services.GetRequiredService<CatalogueIndexManager>();
        int generationBefore = manager.Generation;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var failures = new ConcurrentQueue<string>();
        int searches = 0;
        Task[] residents = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    SearchResults results = await search.SearchAsync(Porter, CancellationToken.None);
                    if (!results.Items.Any(i => i.Id == "porter"))
                        failures.Enqueue("porter missing from results");
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex.GetType().Name + ": " + ex.Message);
                }
                Interlocked.Increment(ref searches);
            }
        }, CancellationToken.None)).ToArray();

        // The adviser adds a role, saving the file in place as an editor does.
        await WriteRolesAsync(Data, roles => roles.Add(NewRole(roles)), ct);
        await WaitUntilAsync(async () => (await search.SearchAsync(Welder, ct)).Items.Any(i => i.Id == "estates-welder"), ct);

        // Then saves a broken file: the bot keeps serving the index it has.
        await File.WriteAllTextAsync(Path.Combine(Data, "roles.json"), "{ \"kind\": \"roles\", \"records\": [", ct);
        await WaitUntilAsync(() => Task.FromResult(manager.LastError is not null), ct);
        await Task.Delay(300, ct);

        await stop.CancelAsync();
        await Task.WhenAll(residents);
        Assert.Empty(failures);
        Assert.True(searches > 50, $"only {searches} searches ran");
        Assert.True(manager.Generation > generationBefore);
        Assert.Contains((await search.SearchAsync(Welder, ct)).Items, i => i.Id == "estates-welder");
    }

    [Fact]
    public async Task Reload_AdviserEditsDataDuringConversations_EveryConversationReachesResults()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await StartAsync(ct);
        var search = bot.Services.GetRequiredService<ICatalogueSearch>();
        var manager = bot.Services.GetRequiredService<CatalogueIndexManager>();
        int generationBefore = manager.Generation;
        var pipeline = new AdvisersPipeline(bot.Services, TimeProvider.System);
        string[] lines = ["Caring for people", "None", "30", "Nights", "Now", "Walsall", "Up to 10 miles"];

        // Residents talk in four lanes while the adviser saves two versions of the roles file.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var finished = new ConcurrentBag<string>();
        var failures = new ConcurrentQueue<string>();
        Task[] lanes = Enumerable.Range(0, 4).Select(lane => Task.Run(async () =>
        {
            for (int n = 0; !stop.IsCancellationRequested; n++)
            {
                string id = $"lane{lane}-{n}";
                try
                {
                    await pipeline.TalkAsync(id, "Resident " + id, lines, CancellationToken.None);
                    finished.Add(id);
                }
                catch (Exception ex)
                {
                    failures.Enqueue(id + ": " + ex.GetType().Name + ": " + ex.Message);
                }
            }
        }, CancellationToken.None)).ToArray();

        await Task.Delay(200, ct);
        await WriteRolesAsync(Data, roles => roles.Add(NewRole(roles)), ct);
        await WaitUntilAsync(async () => (await search.SearchAsync(Welder, ct)).Items.Any(i => i.Id == "estates-welder"), ct);
        await WriteRolesAsync(Data, roles => roles.RemoveAt(roles.Count - 1), ct);
        await WaitUntilAsync(async () => !(await search.SearchAsync(Welder, ct)).Items.Any(i => i.Id == "estates-welder"), ct);
        await Task.Delay(200, ct);
        await stop.CancelAsync();
        await Task.WhenAll(lanes);

        Assert.Empty(failures);
        Assert.True(finished.Count >= 4, $"only {finished.Count} conversations finished");
        Assert.True(manager.Generation >= generationBefore + 2);
        // Every finished conversation got to its results: roles were shown to it.
        Assert.All(finished, id => Assert.Contains(pipeline.Signals[id], s => s.Kind == "shown"));
    }

    /// <summary>The adviser's copy of the catalogue files, which the bot watches.</summary>
    private string Data => Path.Combine(folder.Path, "catalogue");

    /// <summary>The real bot on loopback, indexing <see cref="Data"/> and watching it; returns once the first index serves.</summary>
    private async Task<BotHostFixture> StartAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Data);
        foreach ((string name, byte[]? bytes) in CatalogueData.ReadEmbeddedFiles())
            await File.WriteAllBytesAsync(Path.Combine(Data, name), bytes!, ct);
        var bot = await BotHostFixture.StartAsync(ct, new Dictionary<string, string?>
        {
            ["SearchIndex:DataDirectory"] = Data,
            ["SearchIndex:DatabasePath"] = Path.Combine(folder.Path, "index", "catalogue.db"),
            ["SearchIndex:Watch"] = "true",
        });
        try
        {
            var search = bot.Services.GetRequiredService<ICatalogueSearch>();
            await WaitUntilAsync(async () => (await search.SearchAsync(Porter, ct)).Items.Count > 0, ct);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    private static readonly SearchProfile Porter = new() { Text = "hospital porter", Limit = 5 };
    private static readonly SearchProfile Welder = new() { Text = "welder", Limit = 5 };

    private static JsonObject NewRole(JsonArray roles)
    {
        var role = roles.First(r => r!["id"]!.GetValue<string>() == "porter")!.DeepClone().AsObject();
        role["id"] = "estates-welder";
        role["title"] = "Estates welder";
        role["otherNames"] = new JsonArray("welder", "welding", "metal work");
        role["summary"] = "You mend metal beds, frames and rails around the hospital.";
        role["progression"] = new JsonArray();
        return role;
    }

    private static async Task WriteRolesAsync(string data, Action<JsonArray> change, CancellationToken ct)
    {
        string path = Path.Combine(data, "roles.json");
        JsonObject file = JsonNode.Parse(await File.ReadAllBytesAsync(path, ct))!.AsObject();
        change(file["records"]!.AsArray());
        await File.WriteAllBytesAsync(path, JsonSerializer.SerializeToUtf8Bytes(file), ct);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(100, ct);
        }
    }
}
