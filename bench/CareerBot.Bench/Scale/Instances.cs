using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.SearchIndex.Index;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace CareerBot.Bench.Scale;

/// <summary>A web app in this process on http://127.0.0.1:0.</summary>
internal sealed class Instance(WebApplication app, Uri messagesUrl) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    /// <summary>Its /api/messages.</summary>
    public Uri MessagesUrl { get; } = messagesUrl;

    public static Uri MessagesOf(WebApplication app) => new(
        app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/api/messages");

    public async ValueTask DisposeAsync()
    {
        // Stop first, as a real shutdown does (the reply queue drains, background services end).
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>Starts the real bot (the program's own wiring: AddCareerBot/MapCareerBot) in this process.</summary>
internal static class BotInstances
{
    /// <summary>Builds the catalogue index once into <paramref name="folder"/>; every instance reads it.</summary>
    public static async Task<string> BuildIndexAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, "catalogue.db");
        using var manager = new CatalogueIndexManager(new SearchIndexOptions { DatabasePath = path, Watch = false }, TimeProvider.System);
        if (!await manager.ReloadAsync(cancellationToken))
            throw new InvalidOperationException("The catalogue index could not be built: " + manager.LastError);
        return path;
    }

    /// <param name="folder">Where the state and insights files go (shared by instances of one run, as on one machine).</param>
    /// <param name="redis">The Redis configuration string, or null for the SQLite default.</param>
    /// <param name="logLevel">The bot's log level; the shipped appsettings.json says Information (a line per turn).</param>
    public static async Task<Instance> StartAsync(string folder, string indexPath, string? redis, string logLevel, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(BenchHosts.BotOptions(folder));
        var settings = new Dictionary<string, string?>
        {
            ["SearchIndex:DatabasePath"] = indexPath,
            ["SearchIndex:Watch"] = "false",
            ["Storage:Kind"] = redis is null ? "sqlite" : "redis",
            ["Storage:SqlitePath"] = Path.Combine(folder, "state.db"),
            ["Insights:DatabasePath"] = Path.Combine(folder, "insights.db"),
            ["Logging:LogLevel:Default"] = logLevel,
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        };
        if (redis is not null) settings["Storage:Redis"] = redis;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.AddCareerBot();
        var app = builder.Build();
        app.MapCareerBot();
        await app.StartAsync(cancellationToken);
        return new Instance(app, Instance.MessagesOf(app));
    }
}

/// <summary>
/// The bare limit: an ASP.NET Core minimal endpoint that does only the HTTP exchange of a turn. It reads
/// and parses the activity (the same JSON options as the bot), answers 200, then posts as many replies as
/// the bot sent for that step (the driver says how many in the X-Bench-Replies header) to the same sink,
/// one after another, the last one a question (expectingInput). No state, no dialogs, no index.
/// </summary>
internal static class BareInstance
{
    public const string RepliesHeader = "X-Bench-Replies";

    private const string ReplyText =
        "Thank you. Here is what I found for you so far, with the next question below. You can change an answer at any time.";

    public static async Task<Instance> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(BenchHosts.PlainOptions());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddHttpClient("sink");
        var app = builder.Build();
        var factory = app.Services.GetRequiredService<IHttpClientFactory>();
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, BotJson.Options, http.RequestAborted);
            if (activity?.Conversation?.Id is null || activity.ServiceUrl is null) return Results.BadRequest();
            var count = int.TryParse(http.Request.Headers[RepliesHeader], out var n) ? n : 1;
            _ = Task.Run(() => SendAsync(factory.CreateClient("sink"), activity, count));
            return Results.Ok();
        });
        await app.StartAsync(cancellationToken);
        return new Instance(app, Instance.MessagesOf(app));
    }

    private static async Task SendAsync(HttpClient client, Activity inbound, int count)
    {
        var url = $"{inbound.ServiceUrl!.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(inbound.Conversation!.Id!)}/activities/{Uri.EscapeDataString(inbound.Id ?? "")}";
        for (var i = 0; i < count; i++)
        {
            var reply = new Activity
            {
                Type = i == 0 && count > 1 ? ActivityTypes.Typing : ActivityTypes.Message,
                Id = Guid.CreateVersion7().ToString("N"),
                Timestamp = DateTimeOffset.UtcNow,
                From = inbound.Recipient,
                Recipient = inbound.From,
                Conversation = inbound.Conversation,
                ChannelId = inbound.ChannelId,
                ServiceUrl = inbound.ServiceUrl,
                ReplyToId = inbound.Id,
                Locale = inbound.Locale,
                Text = i == 0 && count > 1 ? null : ReplyText,
                InputHint = i == count - 1 ? InputHints.ExpectingInput : InputHints.AcceptingInput,
            };
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(reply, BotJson.Options));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync(url, content);
        }
    }
}
