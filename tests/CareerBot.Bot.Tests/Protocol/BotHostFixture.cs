using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareerBot.Bot.Protocol;
using CareerBot.SearchIndex.Index;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>
/// The real bot program on Kestrel (http://127.0.0.1:0) with its state, insights and index files in a
/// temp folder. <see cref="RestartAsync"/> stops it and starts a new one on the same files (a bot restart).
/// Settings and services can be changed per test (e.g. a MicrosoftAppId, a failing store).
/// </summary>
/// <example>
/// <code>
/// await using var sink = await ChannelSink.StartAsync(ct);
/// await using var bot = await BotHostFixture.StartAsync(ct);
/// var response = await bot.PostAsync(Some.Message("hi", sink), ct);
/// </code>
/// </example>
public sealed class BotHostFixture : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private WebApplicationFactory<Program>? _factory;

    private BotHostFixture(string folder, Dictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        Folder = folder;
        _settings = settings;
        _services = services;
    }

    /// <summary>The temp folder with state.db and insights.db.</summary>
    public string Folder { get; }

    public string StatePath => Path.Combine(Folder, "state.db");

    /// <summary>The bot's base address, e.g. http://127.0.0.1:40123/.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The messaging endpoint, as the Emulator is given it.</summary>
    public Uri MessagesUrl => new(Address, "api/messages");

    public IServiceProvider Services => _factory!.Services;

    public HttpClient Http { get; private set; } = null!;

    /// <param name="settings">Extra configuration (e.g. "MicrosoftAppId").</param>
    /// <param name="services">Service overrides, applied after the program's own registrations.</param>
    public static async Task<BotHostFixture> StartAsync(CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var folder = Directory.CreateTempSubdirectory("careerbot-host-").FullName;
        var all = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["SearchIndex:DatabasePath"] = await SharedIndex.PathAsync(),
            ["SearchIndex:Watch"] = "false",
            ["Storage:Kind"] = "sqlite",
            ["Storage:SqlitePath"] = Path.Combine(folder, "state.db"),
            ["Insights:DatabasePath"] = Path.Combine(folder, "insights.db"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var host = new BotHostFixture(folder, all, services);
        await host.StartServerAsync();
        return host;
    }

    private Task StartServerAsync()
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in _settings) web.UseSetting(key, value);
            if (_services is not null) web.ConfigureTestServices(_services);
        });
        factory.UseKestrel(0);
        factory.StartServer();
        _factory = factory;
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Address = new Uri(address.TrimEnd('/') + "/");
        Http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(100) };
        return Task.CompletedTask;
    }

    /// <summary>Stops the bot (graceful shutdown) and starts a new one on the same folder and settings.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartServerAsync();
    }

    private async Task StopAsync()
    {
        Http?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        _factory = null;
        SqliteConnection.ClearAllPools();
    }

    /// <summary>POSTs one activity as JSON to /api/messages.</summary>
    public Task<HttpResponseMessage> PostAsync(Activity activity, CancellationToken cancellationToken) =>
        Http.PostAsJsonAsync("api/messages", activity, BotJson.Options, cancellationToken);

    /// <summary>POSTs raw text with a content type to /api/messages.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType, CancellationToken cancellationToken) =>
        Http.PostAsync("api/messages", new StringContent(body, Encoding.UTF8, contentType), cancellationToken);

    /// <summary>POSTs with deliveryMode expectReplies and returns the activities from the body.</summary>
    public async Task<IReadOnlyList<Activity>> ExpectRepliesAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(activity with { DeliveryMode = "expectReplies" }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"/api/messages answered {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!.Activities;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>The catalogue index, built once per test run and shared read-only by every host.</summary>
    private static class SharedIndex
    {
        private static readonly Lazy<Task<string>> Built = new(BuildAsync);

        public static Task<string> PathAsync() => Built.Value;

        private static async Task<string> BuildAsync()
        {
            var path = Path.Combine(Directory.CreateTempSubdirectory("careerbot-host-index-").FullName, "catalogue.db");
            using var manager = new CatalogueIndexManager(new SearchIndexOptions { DatabasePath = path, Watch = false }, TimeProvider.System);
            if (!await manager.ReloadAsync(CancellationToken.None))
                throw new InvalidOperationException("The catalogue index could not be built: " + manager.LastError);
            return path;
        }
    }
}
