using CareerBot.Bot.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;

namespace CareerBot.Bench.Load;

/// <summary>The real bot program (AddCareerBot/MapCareerBot) on Kestrel at http://127.0.0.1:0, its files in a temp folder.</summary>
internal sealed class LoadHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private LoadHost(WebApplication app, string folder, Uri address)
    {
        _app = app;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<LoadHost> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("careerbot-bench-load-").FullName;
        var builder = WebApplication.CreateBuilder(BenchHosts.BotOptions(folder));
        var all = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Storage:SqlitePath"] = Path.Combine(folder, "state.db"),
            ["Insights:DatabasePath"] = Path.Combine(folder, "insights.db"),
            ["SearchIndex:DatabasePath"] = Path.Combine(folder, "index", "catalogue.db"),
            ["SearchIndex:Watch"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings) all[key] = value;
        builder.Configuration.AddInMemoryCollection(all);
        builder.AddCareerBot();
        var app = builder.Build();
        app.MapCareerBot();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoadHost(app, folder, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        // Stop first, as the real host does: disposing a running host cancels its background services from under them.
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
