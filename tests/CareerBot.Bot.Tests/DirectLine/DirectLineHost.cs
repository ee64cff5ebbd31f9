using CareerBot.Bot.Channels.DirectLine;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.State;
using CareerBot.Bot.Tests.Insights;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>The Direct Line area alone on Kestrel (loopback, port 0) in front of a stand-in bot.</summary>
internal sealed class DirectLineHost : IAsyncDisposable
{
    public const string Secret = "direct-line-test-signing-key-0123456789";

    private readonly WebApplication app;
    private readonly TempFolder folder;

    private DirectLineHost(WebApplication app, TempFolder folder, Uri address, ScriptedProcessor bot)
    {
        this.app = app;
        this.folder = folder;
        Address = address;
        Bot = bot;
    }

    public Uri Address { get; }

    public ScriptedProcessor Bot { get; }

    public IServiceProvider Services => app.Services;

    public DirectLineConversations Conversations => app.Services.GetRequiredService<DirectLineConversations>();

    public static async Task<DirectLineHost> StartAsync(CancellationToken cancellationToken,
        IDictionary<string, string?>? settings = null, TimeProvider? clock = null, ILoggerProvider? logs = null)
    {
        var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("wwwroot"));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development", ContentRootPath = folder.Path,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var values = new Dictionary<string, string?> { ["DirectLine:TokenSecret"] = Secret };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (logs is not null) builder.Logging.AddProvider(logs);
        var bot = new ScriptedProcessor();
        builder.Services.AddSingleton<IActivityProcessor>(bot);
        if (clock is not null) builder.Services.AddSingleton(clock);
        // The state area provides Storage options and the Redis connection the Direct Line log uses with Storage:Kind=redis.
        builder.AddConversationState();
        builder.AddDirectLine();
        var app = builder.Build();
        app.MapDirectLine();
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
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new DirectLineHost(app, folder, new Uri(address), bot);
    }

    public DirectLineClient Client() => new(Address);

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        folder.Dispose();
    }
}
