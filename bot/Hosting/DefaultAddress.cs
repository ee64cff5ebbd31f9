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
        if (IsNeeded(builder.Configuration))
            builder.WebHost.UseUrls(Url);
        return builder;
    }

    /// <summary>True when no setting chooses an address.</summary>
    public static bool IsNeeded(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new[] { "urls", "http_ports", "https_ports" }.All(key => string.IsNullOrWhiteSpace(configuration[key]));
    }
}
