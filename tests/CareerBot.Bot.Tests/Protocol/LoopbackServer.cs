using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>A small real Kestrel server on 127.0.0.1 and a free port, for a test's channel, token or metadata endpoint.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>Base address, e.g. http://127.0.0.1:41234/ (always with a trailing slash).</summary>
    public Uri Address { get; }

    public static async Task<LoopbackServer> StartAsync(Action<IEndpointRouteBuilder> map, CancellationToken cancellationToken)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        map(app);
        await app.StartAsync(cancellationToken);
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
