using System.Globalization;

namespace CareerBot.Bot.Protocol;

/// <summary>An answer (a 503 or 429 problem) that also says when to come back: Retry-After, in seconds.</summary>
internal sealed class RetryAfterResult(IResult inner, int seconds) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return inner.ExecuteAsync(httpContext);
    }
}
