using CareerBot.Bot.State;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// While the activity log's Redis cannot be reached, a Direct Line call answers 503 problem+json with
/// Retry-After instead of 500, and says so in the log. Nothing is kept: the next call tries Redis again,
/// so the endpoint recovers by itself when the connection does.
/// </summary>
internal sealed partial class DirectLineOutage(ILogger<DirectLineOutage> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (StateUnavailableException error) when (!context.HttpContext.Response.HasStarted)
        {
            Log(context.HttpContext, error);
            return DirectLineProblems.Unavailable();
        }
    }

    /// <summary>Logs a call answered 503 because the store is away (the route, never the token or the text).</summary>
    public void Log(HttpContext http, StateUnavailableException error) =>
        LogUnavailable(logger, http.Request.Method, (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText, error.Message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line: {Method} {Route} answered 503: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string method, string? route, string reason);
}
