using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using CareerBot.Bot.Insights;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>The insights area alone on Kestrel (loopback, port 0) with a real SQLite file.</summary>
internal sealed class InsightsHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TempFolder folder;

    private InsightsHost(WebApplication app, TempFolder folder, Uri address)
    {
        this.app = app;
        this.folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<InsightsHost> StartAsync(string? key, TimeProvider clock, CancellationToken cancellationToken)
    {
        var folder = new TempFolder();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development", ContentRootPath = folder.Path,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Insights:Key"] = key,
            ["Insights:DatabasePath"] = folder.File("insights.db"),
        });
        builder.Services.AddSingleton(clock);
        builder.AddInsights();
        WebApplication app = builder.Build();
        app.MapInsights();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            folder.Dispose();
            throw;
        }
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new InsightsHost(app, folder, new Uri(address));
    }

    public HttpClient Client() => new() { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
