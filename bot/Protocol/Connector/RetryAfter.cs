using System.Net.Http.Headers;

namespace CareerBot.Bot.Protocol.Connector;

/// <summary>Reads a Retry-After header, given as seconds or as an HTTP date.</summary>
internal static class RetryAfter
{
    public static TimeSpan? From(HttpResponseMessage? response, DateTimeOffset now)
    {
        RetryConditionHeaderValue? header = response?.Headers.RetryAfter;
        if (header is null)
            return null;
        if (header.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date)
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
