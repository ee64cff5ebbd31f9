using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// Per-token and per-IP request limits (System.Threading.RateLimiting fixed windows of one minute),
/// applied as an endpoint filter on the Direct Line and web chat endpoints only, so they stack with
/// whatever limits the rest of the host has. Over a limit: 429 problem+json with Retry-After.
/// </summary>
internal sealed class DirectLineRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> requests;
    private readonly PartitionedRateLimiter<HttpContext> newConversations;
    private readonly PartitionedRateLimiter<HttpContext> perIp;
    private readonly PartitionedRateLimiter<HttpContext> perToken;
    private readonly PartitionedRateLimiter<HttpContext> perIpNew;

    public DirectLineRateLimits(IOptions<DirectLineOptions> options, DirectLineTokens tokens)
    {
        var limits = options.Value.RateLimit;
        perIp = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            RateLimitPartition.GetFixedWindowLimiter(ClientAddress(http), _ => Window(limits.PerIpPerMinute)));
        perIpNew = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            RateLimitPartition.GetFixedWindowLimiter(ClientAddress(http), _ => Window(limits.NewConversationsPerIpPerMinute)));
        perToken = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            ConversationOf(http, tokens) is { } conversation
                ? RateLimitPartition.GetFixedWindowLimiter(conversation, _ => Window(limits.PerTokenPerMinute))
                : RateLimitPartition.GetNoLimiter(""));
        requests = PartitionedRateLimiter.CreateChained(perIp, perToken);
        newConversations = PartitionedRateLimiter.CreateChained(perIp, perIpNew);
    }

    /// <summary>The filter for ordinary calls (per IP and per token).</summary>
    public IEndpointFilter Requests => new Filter(requests);

    /// <summary>The filter for calls that make a token or conversation (per IP, and new conversations per IP).</summary>
    public IEndpointFilter NewConversations => new Filter(newConversations);

    public void Dispose()
    {
        requests.Dispose();
        newConversations.Dispose();
        perIp.Dispose();
        perToken.Dispose();
        perIpNew.Dispose();
    }

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The conversation of a valid token (header, or the stream's "t"), else null: no token limit applies.</summary>
    private static string? ConversationOf(HttpContext http, DirectLineTokens tokens)
    {
        var check = tokens.CheckHeader(http.Request.Headers.Authorization.ToString());
        if (check.Verdict == TokenVerdict.Missing && http.Request.Query.TryGetValue("t", out var t))
            check = tokens.Check(t.ToString());
        return check.Verdict == TokenVerdict.Valid ? check.Token!.ConversationId : null;
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private sealed class Filter(PartitionedRateLimiter<HttpContext> limiter) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var http = context.HttpContext;
            using var lease = await limiter.AcquireAsync(http, 1, http.RequestAborted);
            if (lease.IsAcquired) return await next(context);

            int? seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : null;
            return DirectLineProblems.TooManyRequests(seconds);
        }
    }
}
