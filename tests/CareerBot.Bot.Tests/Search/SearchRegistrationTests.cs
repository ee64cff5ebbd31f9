using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit;

namespace CareerBot.Bot.Tests.Search;

/// <summary>The host builds the index when missing, serves ICatalogueSearch and the places, and reports readiness.</summary>
public sealed class SearchRegistrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-search-host-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private WebApplicationFactory<Program> Factory(string indexPath) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("SearchIndex:DatabasePath", indexPath);
            web.UseSetting("State:SqlitePath", Path.Combine(_folder, "state.db"));
            web.UseSetting("Insights:DatabasePath", Path.Combine(_folder, "insights.db"));
        });

    [Fact]
    public async Task Startup_NoIndexFile_BuildsItAndServesSearches()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder, "index", "catalogue.db");
        await using var factory = Factory(path);
        factory.UseKestrel(0);
        factory.StartServer();

        var search = factory.Services.GetRequiredService<ICatalogueSearch>();
        var results = await search.SearchAsync(new SearchProfile { Text = "carer" }, ct);

        Assert.True(File.Exists(path));
        Assert.Equal("care-worker", results.Items[0].Id);
    }

    [Fact]
    public async Task Startup_IndexLoaded_ReadinessCheckIsHealthy()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = Factory(Path.Combine(_folder, "index", "catalogue.db"));
        factory.UseKestrel(0);
        factory.StartServer();

        var health = factory.Services.GetRequiredService<HealthCheckService>();
        var report = await health.CheckHealthAsync(c => c.Tags.Contains("ready"), ct);

        var entry = Assert.Contains("index loaded", (IDictionary<string, HealthReportEntry>)report.Entries.ToDictionary());
        Assert.Equal(HealthStatus.Healthy, entry.Status);
    }

    [Fact]
    public async Task Services_PlacesAndHolder_AreSingletonsWithAliases()
    {
        await using var factory = Factory(Path.Combine(_folder, "index", "catalogue.db"));
        factory.UseKestrel(0);
        factory.StartServer();

        var places = factory.Services.GetRequiredService<IReadOnlyList<KnownPlace>>();
        var finder = factory.Services.GetRequiredService<PlaceFinder>();

        Assert.Same(places, factory.Services.GetRequiredService<IReadOnlyList<KnownPlace>>());
        Assert.Same(factory.Services.GetRequiredService<ICatalogueSearch>(), factory.Services.GetRequiredService<ICatalogueSearch>());
        Assert.Equal("Wolverhampton", finder.Find("Wolves")?.Borough);
        Assert.NotNull(factory.Services.GetRequiredService<CatalogueIndexManager>().Holder.Current);
    }
}
