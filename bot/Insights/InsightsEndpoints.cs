using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Insights;

/// <summary>
/// /insights (the page, its script and style) and /insights/data (the figures as JSON). All answer 404
/// while no Insights__Key is set. The page holds no figures; the data needs the key as a bearer token.
/// </summary>
internal static class InsightsEndpoints
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static RouteGroupBuilder MapInsightsPage(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/insights")
            .AddEndpointFilter(async (context, next) =>
            {
                var options = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<InsightsOptions>>();
                if (string.IsNullOrEmpty(options.CurrentValue.Key))
                    return TypedResults.NotFound();
                SetPrivateHeaders(context.HttpContext.Response);
                return await next(context);
            })
            .ExcludeFromDescription();

        // The page's links are relative to /insights, so /insights/ is sent there.
        group.MapGet("", (HttpContext http) => http.Request.Path.Value?.EndsWith('/') == true
            ? Results.Redirect(http.Request.PathBase + "/insights")
            : Asset("insights.html", "text/html; charset=utf-8"));
        group.MapGet("/insights.js", () => Asset("insights.js", "text/javascript; charset=utf-8"));
        group.MapGet("/insights.css", () => Asset("insights.css", "text/css; charset=utf-8"));
        group.MapGet("/data", GetFiguresAsync);
        return group;
    }

    private static async Task<Results<Ok<InsightFigures>, ProblemHttpResult>> GetFiguresAsync(
        HttpContext http, int? days, IInsightStore store, InsightCalendar calendar,
        IOptionsMonitor<InsightsOptions> options, CancellationToken cancellationToken)
    {
        InsightsOptions current = options.CurrentValue;
        if (!InsightsKey.Matches(InsightsKey.BearerToken(http.Request), current.Key!))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"insights\"";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                title: "The insights key is missing or wrong.",
                detail: "Send the key from Insights__Key as a bearer token.");
        }
        if (days is < 1 or > 366)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: "days must be between 1 and 366.");
        }

        DateOnly to = calendar.Today;
        DateOnly from = to.AddDays(1 - (days ?? current.Days));
        IReadOnlyList<InsightCount> counts = await store.ReadAsync(from, to, cancellationToken);
        return TypedResults.Ok(InsightCalculator.Calculate(counts, from, to, current.MinimumWordCount));
    }

    private static void SetPrivateHeaders(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "DENY";
    }

    private static IResult Asset(string name, string contentType)
    {
        Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CareerBot.Insights." + name)
            ?? throw new InvalidOperationException($"The insights page asset {name} is not embedded.");
        return TypedResults.Stream(stream, contentType);
    }
}
