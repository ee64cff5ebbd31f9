using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.State;
using CareerBot.Bot.Tests.Insights;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.Channels;

/// <summary>
/// The whole bot program on Kestrel (loopback, port 0) with its own temp folder, every log line captured.
/// Where the host's pipeline or the state store is not registered yet, a test stand-in takes its place.
/// </summary>
internal sealed class ChannelHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly TempFolder _folder;

    private ChannelHost(WebApplicationFactory<Program> factory, TempFolder folder, CapturedLogs logs)
    {
        _factory = factory;
        _folder = folder;
        Logs = logs;
        Client = factory.CreateClient();
    }

    public CapturedLogs Logs { get; }

    /// <summary>The host's own folder: catalogue index, state and insight files.</summary>
    public string Folder => _folder.Path;
    public HttpClient Client { get; }
    public Uri Address => Client.BaseAddress!;
    public IServiceProvider Services => _factory.Services;

    /// <summary>True when the host's own pipeline runs the turns (not the test stand-in).</summary>
    public bool RealPipeline => Services.GetRequiredService<IActivityProcessor>() is not GatedTestProcessor;

    public static ChannelHost Start(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = new TempFolder();
        var logs = new CapturedLogs();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("SearchIndex:DatabasePath", folder.File("catalogue.db"));
            web.UseSetting("SearchIndex:Watch", "false");
            web.UseSetting("Storage:SqlitePath", folder.File("state.db"));
            web.UseSetting("Insights:DatabasePath", folder.File("insights.db"));
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) web.UseSetting(key, value);
            web.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
            web.ConfigureTestServices(services =>
            {
                if (services.All(d => d.ServiceType != typeof(IConversationStateStore)))
                    services.AddSingleton<IConversationStateStore, InMemoryStateStore>();
                if (services.All(d => d.ServiceType != typeof(IActivityProcessor)))
                    services.AddSingleton<IActivityProcessor>(sp => new GatedTestProcessor(sp));
            });
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return new ChannelHost(factory, folder, logs);
    }

    /// <summary>
    /// Sends one activity with deliveryMode expectReplies the way a channel does: POST /api/messages when the host
    /// serves it, else straight to the IActivityProcessor.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity = activity with { DeliveryMode = "expectReplies" };
        if (RealPipeline)
        {
            using var response = await Client.PostAsJsonAsync("/api/messages", activity, BotJson.Options, cancellationToken);
            response.EnsureSuccessStatusCode();
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (text.Length == 0) return [];
            return JsonSerializer.Deserialize<ExpectedReplies>(text, BotJson.Options)?.Activities ?? [];
        }
        var result = await Services.GetRequiredService<IActivityProcessor>().ProcessAsync(activity, cancellationToken);
        return result.Replies ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
