using System.Text.Json.Nodes;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>Build at start-up when missing or stale, and reload without a restart while queries run.</summary>
public sealed class CatalogueIndexManagerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-manager-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private string DataFolder()
    {
        var dir = Path.Combine(_folder, "data");
        Directory.CreateDirectory(dir);
        foreach (var (name, bytes) in CatalogueData.ReadEmbeddedFiles()) File.WriteAllBytes(Path.Combine(dir, name), bytes!);
        return dir;
    }

    private SearchIndexOptions Options(string? dataDir = null, bool watch = false) => new()
    {
        DatabasePath = Path.Combine(_folder, "index", "catalogue.db"),
        DataDirectory = dataDir,
        Watch = watch,
    };

    private static void RenameRole(string dataDir, string id, string title)
    {
        var path = Path.Combine(dataDir, "roles.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var record = root["records"]!.AsArray().Single(r => (string?)r!["id"] == id)!;
        record["title"] = title;
        File.WriteAllText(path, root.ToJsonString());
    }

    [Fact]
    public async Task ReloadAsync_NoIndexFile_BuildsAndLoadsIt()
    {
        var options = Options();
        using var manager = new CatalogueIndexManager(options, TimeProvider.System);

        var swapped = await manager.ReloadAsync(TestContext.Current.CancellationToken);

        Assert.True(swapped);
        Assert.True(manager.IsLoaded);
        Assert.True(File.Exists(options.FullDatabasePath));
        Assert.Equal(CatalogueData.LoadEmbedded().Version, manager.Holder.Current!.DataVersion);
    }

    [Fact]
    public async Task ReloadAsync_IndexUpToDate_DoesNotRebuildOrSwap()
    {
        using var manager = new CatalogueIndexManager(Options(), TimeProvider.System);
        await manager.ReloadAsync(TestContext.Current.CancellationToken);
        var stamp = File.GetLastWriteTimeUtc(Options().FullDatabasePath);

        var swapped = await manager.ReloadAsync(TestContext.Current.CancellationToken);

        Assert.False(swapped);
        Assert.Equal(1, manager.Generation);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Options().FullDatabasePath));
    }

    [Fact]
    public async Task ReloadAsync_DataChanged_RebuildsAndServesNewData()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = DataFolder();
        using var manager = new CatalogueIndexManager(Options(data), TimeProvider.System);
        await manager.ReloadAsync(ct);
        var search = new CatalogueSearch(manager.Holder);
        Assert.Equal("Hospital porter", (await search.GetRoleAsync("porter", ct))?.Title);

        RenameRole(data, "porter", "Hospital porter and runner");
        var swapped = await manager.ReloadAsync(ct);

        Assert.True(swapped);
        Assert.Equal("Hospital porter and runner", (await search.GetRoleAsync("porter", ct))?.Title);
    }

    [Fact]
    public async Task ReloadAsync_BadData_KeepsServingOldIndexAndReportsError()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = DataFolder();
        using var manager = new CatalogueIndexManager(Options(data), TimeProvider.System);
        await manager.ReloadAsync(ct);

        RenameRole(data, "porter", "");
        var swapped = await manager.ReloadAsync(ct);

        Assert.False(swapped);
        Assert.True(manager.IsLoaded);
        Assert.Contains("roles.json", manager.LastError, StringComparison.Ordinal);
        var results = await new CatalogueSearch(manager.Holder).SearchAsync(new SearchProfile { Text = "porter" }, ct);
        Assert.Contains(results.Items, i => i.Id == "porter");
    }

    [Fact]
    public async Task ReloadAsync_WhileQueriesRun_EveryQueryAnswers()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = DataFolder();
        using var manager = new CatalogueIndexManager(Options(data), TimeProvider.System);
        await manager.ReloadAsync(ct);
        var search = new CatalogueSearch(manager.Holder);
        using var stop = new CancellationTokenSource();

        var failures = 0;
        var answered = 0;
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var r = await search.SearchAsync(new SearchProfile { Text = "porter" }, ct);
                if (!r.Items.Any(i => i.Id == "porter")) Interlocked.Increment(ref failures);
                Interlocked.Increment(ref answered);
            }
        }, ct)).ToList();

        for (var i = 0; i < 3; i++)
        {
            RenameRole(data, "porter", $"Hospital porter {i}");
            Assert.True(await manager.ReloadAsync(ct));
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal(0, failures);
        Assert.True(answered > 0);
        Assert.Equal(4, manager.Generation);
        Assert.Equal("Hospital porter 2", (await search.GetRoleAsync("porter", ct))?.Title);
    }

    [Fact]
    public async Task StartWatching_IndexRebuiltByAnotherProcess_ReloadsWithoutRestart()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = DataFolder();
        var options = Options(data, watch: true);
        using var manager = new CatalogueIndexManager(options, TimeProvider.System);
        await manager.ReloadAsync(ct);
        manager.StartWatching();

        // What `index build --data` does from another process: write new data, rebuild the file.
        RenameRole(data, "porter", "Porter (rebuilt)");
        await CatalogueIndexBuilder.BuildAsync(CatalogueData.LoadFrom(data), options.FullDatabasePath, TimeProvider.System, null, ct);

        var search = new CatalogueSearch(manager.Holder);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string? title = null;
        while (DateTime.UtcNow < deadline && (title = (await search.GetRoleAsync("porter", ct))?.Title) != "Porter (rebuilt)")
            await Task.Delay(100, ct);

        Assert.Equal("Porter (rebuilt)", title);
    }

    [Fact]
    public async Task ReloadAsync_IndexFileIsGarbage_RebuildsIt()
    {
        var options = Options();
        Directory.CreateDirectory(Path.GetDirectoryName(options.FullDatabasePath)!);
        await File.WriteAllTextAsync(options.FullDatabasePath, "this is not a database", TestContext.Current.CancellationToken);
        using var manager = new CatalogueIndexManager(options, TimeProvider.System);

        var swapped = await manager.ReloadAsync(TestContext.Current.CancellationToken);

        Assert.True(swapped);
        Assert.Null(manager.LastError);
    }

    [Fact]
    public async Task ReloadAsync_IndexFolderCannotBeCreated_ReportsErrorInsteadOfThrowing()
    {
        var blocker = Path.Combine(_folder, "blocker");
        await File.WriteAllTextAsync(blocker, "a file where the folder should be", TestContext.Current.CancellationToken);
        using var manager = new CatalogueIndexManager(new SearchIndexOptions { DatabasePath = Path.Combine(blocker, "catalogue.db") }, TimeProvider.System);

        var swapped = await manager.ReloadAsync(TestContext.Current.CancellationToken);

        Assert.False(swapped);
        Assert.False(manager.IsLoaded);
        Assert.NotNull(manager.LastError);
    }

    [Fact]
    public async Task SearchAsync_FileReplacedBeforeReload_LoadedIndexStaysConsistent()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = DataFolder();
        var options = Options(data);
        using var manager = new CatalogueIndexManager(options, TimeProvider.System);
        await manager.ReloadAsync(ct);
        var search = new CatalogueSearch(manager.Holder);

        // Another process rebuilds the file with a role added first, so every rowid moves by one.
        var path = Path.Combine(data, "roles.json");
        var root = JsonNode.Parse(await File.ReadAllTextAsync(path, ct))!;
        var first = root["records"]!.AsArray()[0]!.DeepClone();
        first["id"] = "chief-porter";
        first["title"] = "Chief porter";
        root["records"]!.AsArray().Insert(0, first);
        await File.WriteAllTextAsync(path, root.ToJsonString(), ct);
        await CatalogueIndexBuilder.BuildAsync(CatalogueData.LoadFrom(data), options.FullDatabasePath, TimeProvider.System, null, ct);

        // Many at once, so more connections are in use than one query needs.
        var all = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() =>
            search.SearchAsync(new SearchProfile { Text = "cleaner", Limit = 1 }, ct), ct)));
        Assert.All(all, results => Assert.Equal("Domestic assistant (hospital cleaner)", results.Items[0].Title));
        Assert.True(await manager.ReloadAsync(ct));
        Assert.Equal("Chief porter", (await search.GetRoleAsync("chief-porter", ct))?.Title);
    }

    [Fact]
    public async Task SearchAsync_NoIndexLoaded_ReturnsEmpty()
    {
        using var holder = new CatalogueIndexHolder();
        var results = await new CatalogueSearch(holder).SearchAsync(new SearchProfile { Text = "porter" }, TestContext.Current.CancellationToken);

        Assert.Empty(results.Items);
    }
}
