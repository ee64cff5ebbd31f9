using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>Builds the real catalogue into an index file in a temp folder, once per test class.</summary>
public sealed class CatalogueFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "careerbot-index-" + Guid.NewGuid().ToString("N"));
    public CatalogueIndexHolder Holder { get; } = new();
    public CatalogueSearch Search { get; private set; } = null!;
    public CatalogueData Data { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Data = CatalogueData.LoadEmbedded();
        var path = Path.Combine(Folder, "catalogue.db");
        await CatalogueIndexBuilder.BuildAsync(Data, path, TimeProvider.System, null, CancellationToken.None);
        Holder.Swap(await CatalogueIndex.OpenAsync(path, CancellationToken.None));
        Search = new CatalogueSearch(Holder);
    }

    public ValueTask DisposeAsync()
    {
        Holder.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
