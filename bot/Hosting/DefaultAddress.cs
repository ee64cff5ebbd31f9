using Microsoft.Extensions.Configuration.Memory;

namespace CareerBot.Bot.Hosting;

/// <summary>
/// The bot listens on http://localhost:3978 (the Bot Framework samples' port, the Emulator's habit) when
/// nothing else chooses: --urls, ASPNETCORE_URLS / urls, or ASPNETCORE_HTTP_PORTS / HTTPS_PORTS (the container image) win.
/// </summary>
public static class DefaultAddress
{
    public const string Url = "http://localhost:3978";

    public static WebApplicationBuilder UseDefaultAddress(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The lowest-priority source: every later source (settings files, environment, command line,
        // a test host's settings) overrides it. Ports set for the container must not be overridden by urls.
        if (IsNeeded(builder.Configuration))
            ((IConfigurationBuilder)builder.Configuration).Sources.Insert(0,
                new MemoryConfigurationSource { InitialData = [new("urls", Url)] });
        return builder;
    }

    /// <summary>True when no setting chooses an address.</summary>
    public static bool IsNeeded(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new[] { "urls", "http_ports", "https_ports" }.All(key => string.IsNullOrWhiteSpace(configuration[key]));
    }
}
