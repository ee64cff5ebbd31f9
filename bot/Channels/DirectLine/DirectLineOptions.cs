using System.ComponentModel.DataAnnotations;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// The self-hosted Direct Line 3.0 endpoint (<c>/v3/directline</c>), configuration section "DirectLine".
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// The key that signs conversation tokens (HMAC-SHA256), at least 32 characters. Every instance behind
    /// one address must share it. When unset, a random key is made at start: tokens then work only on
    /// that instance and only until it restarts.
    /// </summary>
    public string? TokenSecret { get; set; }

    /// <summary>
    /// Optional Direct Line secret for a partner's server: with it set, <c>tokens/generate</c> needs
    /// <c>Authorization: Bearer &lt;secret&gt;</c>, as Azure's does. Unset, anyone may ask for a token
    /// (the per-IP limit applies). Never put it in a web page.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a token lasts (Azure: 1800 seconds). Web Chat refreshes it every 15 minutes.</summary>
    [Range(120, 86_400)] public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>
    /// The address residents reach the bot at (e.g. https://careerbot.example.org), for streamUrl and
    /// serviceUrl behind a proxy that terminates TLS. Unset: the request's own scheme and host.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Other web sites whose pages may call the endpoint from the browser (CORS, WebSocket Origin).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Largest activity a client may post, in bytes (larger: 413).</summary>
    [Range(1024, 262_144)] public int MaxActivityBytes { get; set; } = 32_768;

    /// <summary>Minutes without use after which a conversation's activity log leaves memory (its dialog state stays in the store).</summary>
    [Range(1, 10_080)] public int IdleMinutes { get; set; } = 60;

    /// <summary>Most activities kept in memory per conversation; older ones are dropped first.</summary>
    [Range(50, 100_000)] public int MaxActivitiesKept { get; set; } = 1000;

    /// <summary>Seconds between empty keep-alive messages on an idle WebSocket.</summary>
    [Range(1, 300)] public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>
    /// Seconds a post waits for the bot's replies before it answers anyway (the replies still follow
    /// in the activity stream). Azure's Direct Line gives a bot 15 seconds.
    /// </summary>
    [Range(1, 120)] public int BotTimeoutSeconds { get; set; } = 15;

    public DirectLineRateLimitOptions RateLimit { get; set; } = new();
}
