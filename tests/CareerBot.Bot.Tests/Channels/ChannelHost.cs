using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.Tests.Insights;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.Channels;

/// <summary>
/// The whole bot program on Kestrel (loopback, port 0) with its own temp folder (catalogue index, SQLite state),
/// every log line captured and every turn's inbound activity recorded.
/// </summary>
internal sealed class ChannelHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly TempFolder _folder;

    private ChannelHost(WebApplicationFactory<Program> factory, TempFolder folder, CapturedLogs logs, RecordingObserver turns)
    {
        _factory = factory;
        _folder = folder;
        Logs = logs;
        Turns = turns;
        Client = factory.CreateClient();
    }

    public CapturedLogs Logs { get; }

    /// <summary>Inbound activities as the conversation saw them (after the gates).</summary>
    public RecordingObserver Turns { get; }

    /// <summary>The host's own folder: catalogue index, state and insight files.</summary>
    public string Folder => _folder.Path;
    public HttpClient Client { get; }
    public Uri Address => Client.BaseAddress!;
    public IServiceProvider Services => _factory.Services;

    public static ChannelHost Start(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = new TempFolder();
        var logs = new CapturedLogs();
        var turns = new RecordingObserver();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("SearchIndex:DatabasePath", folder.File("catalogue.db"));
            web.UseSetting("SearchIndex:Watch", "false");
            web.UseSetting("Storage:SqlitePath", folder.File("state.db"));
            web.UseSetting("Insights:DatabasePath", folder.File("insights.db"));
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) web.UseSetting(key, value);
            // A rule for this provider alone beats appsettings' Information level, so every level is captured
            // without filling the console.
            web.ConfigureLogging(l => l.AddProvider(logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
            web.ConfigureTestServices(services => services.AddSingleton<IActivityObserver>(turns));
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return new ChannelHost(factory, folder, logs, turns);
    }

    /// <summary>Sends one activity to POST /api/messages with deliveryMode expectReplies, as a channel would; returns the replies.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity = activity with { DeliveryMode = "expectReplies" };
        using var response = await Client.PostAsJsonAsync("/api/messages", activity, BotJson.Options, cancellationToken);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (text.Length == 0) return [];
        return JsonSerializer.Deserialize<ExpectedReplies>(text, BotJson.Options)?.Activities ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
