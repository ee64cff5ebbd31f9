using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Hosting;

/// <summary>
/// Opt-in forwarded headers (<see cref="ProxyOptions"/>): with ForwardedHeaders:Enabled the connection's
/// remote address and scheme come from X-Forwarded-For and X-Forwarded-Proto, but only when a listed proxy
/// sent them. ASP.NET Core's default trust of loopback is replaced by the configured list.
/// </summary>
internal static class ProxyHeaders
{
    public static WebApplicationBuilder AddProxyHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)),
                "Each ForwardedHeaders:KnownProxies entry must be an IP address, such as 172.30.80.10.")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)),
                "Each ForwardedHeaders:KnownNetworks entry must be a network in CIDR form, such as 10.0.0.0/24.")
            .Validate(o => !o.Enabled || o.KnownProxies.Count + o.KnownNetworks.Count > 0,
                "ForwardedHeaders:Enabled needs ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks: the proxies whose X-Forwarded-For to trust.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            var settings = proxy.Value;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = settings.ForwardLimit;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in settings.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in settings.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return builder;
    }

    /// <summary>First in the pipeline, so everything after sees the resident's address.</summary>
    public static WebApplication UseProxyHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Enabled)
            app.UseForwardedHeaders();
        return app;
    }
}
