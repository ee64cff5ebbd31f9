namespace CareerBot.Bot.Hosting;

/// <summary>
/// Trusting a reverse proxy's X-Forwarded-For and X-Forwarded-Proto (configuration section "ForwardedHeaders").
/// Off by default: then the client is the connection's own address. On, the headers count only when the
/// connection comes from one of <see cref="KnownProxies"/> or <see cref="KnownNetworks"/>; from anyone else
/// they are ignored, so a resident cannot choose the address the per-IP limits see.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Use the forwarded headers of trusted proxies.</summary>
    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies in front of the bot, e.g. 172.30.80.10 or 2001:db8::10.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks whose every address is a trusted proxy, in CIDR form, e.g. 10.0.0.0/24.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to unwrap (the last entries of X-Forwarded-For); 1 for one nginx.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10)] public int ForwardLimit { get; set; } = 1;
}
