using System.Net;
using CareerBot.Bot.Tests.Insights;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CareerBot.Bot.Tests.Operations;

/// <summary>The endpoints the container HEALTHCHECK, Kubernetes probes and App Service health check call.</summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private WebApplicationFactory<Program> Start(string indexPath)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("SearchIndex:DatabasePath", indexPath);
            web.UseSetting("SearchIndex:Watch", "false");
            web.UseSetting("State:SqlitePath", folder.File("state.db"));
            web.UseSetting("Insights:DatabasePath", folder.File("insights.db"));
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    [Fact]
    public async Task Probes_IndexLoaded_BothAnswer200()
    {
        await using var factory = Start(folder.File("catalogue.db"));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Probes_IndexCannotBeBuilt_AliveButNotReady()
    {
        // A file where the index folder should be: the index can never be built or loaded.
        string blocker = folder.File("not-a-folder");
        await File.WriteAllTextAsync(blocker, "x", TestContext.Current.CancellationToken);
        await using var factory = Start(Path.Combine(blocker, "catalogue.db"));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz", TestContext.Current.CancellationToken)).StatusCode);
    }
}
