using System.ComponentModel.DataAnnotations;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>Request limits per minute ("DirectLine:RateLimit"); over a limit the answer is 429 with Retry-After.</summary>
public sealed class DirectLineRateLimitOptions
{
    /// <summary>
    /// Requests per conversation token per minute, all calls together. Web Chat polls once a second
    /// when it cannot use the WebSocket, so this stays well above 60.
    /// </summary>
    [Range(1, 100_000)] public int PerTokenPerMinute { get; set; } = 240;

    /// <summary>Requests per client IP address per minute (many residents may share a library's address).</summary>
    [Range(1, 1_000_000)] public int PerIpPerMinute { get; set; } = 1200;

    /// <summary>New tokens and conversations per client IP address per minute.</summary>
    [Range(1, 100_000)] public int NewConversationsPerIpPerMinute { get; set; } = 30;
}
