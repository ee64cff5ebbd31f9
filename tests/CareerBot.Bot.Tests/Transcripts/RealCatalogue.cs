using Xunit;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;
using Microsoft.Data.Sqlite;

namespace CareerBot.Bot.Tests.Transcripts;

/// <summary>The real catalogue index, built from the shipped data into a temp folder.</summary>
public sealed class RealCatalogue : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-transcripts-").FullName;
    private CatalogueIndexManager? _manager;

    public ICatalogueSearch Search { get; private set; } = null!;
    public IReadOnlyList<KnownPlace> Places { get; private set; } = [];
    public string IndexPath => Path.Combine(_folder, "catalogue.db");
    public string Folder => _folder;

    public async ValueTask InitializeAsync()
    {
        _manager = new CatalogueIndexManager(new SearchIndexOptions { DatabasePath = IndexPath, Watch = false }, TimeProvider.System);
        await _manager.ReloadAsync(CancellationToken.None);
        Search = new CatalogueSearch(_manager.Holder);
        Places = _manager.LoadData().Places;
    }

    public ValueTask DisposeAsync()
    {
        _manager?.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
