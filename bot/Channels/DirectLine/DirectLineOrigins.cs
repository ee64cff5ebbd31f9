using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// Which web pages may use the endpoint from a browser: the bot's own, and DirectLine:AllowedOrigins.
/// CORS covers the REST calls; WebSockets bypass CORS, so the stream checks Origin here.
/// </summary>
internal sealed class DirectLineOrigins(IOptions<DirectLineOptions> options)
{
    private readonly HashSet<string> allowed = new(
        options.Value.AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(Normalise),
        StringComparer.OrdinalIgnoreCase);

    private readonly string? publicOrigin = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
        ? null
        : Normalise(new Uri(options.Value.PublicBaseUrl).GetLeftPart(UriPartial.Authority));

    public IReadOnlyCollection<string> Allowed => allowed;

    /// <summary>No Origin (not a browser), the bot's own origin, or a configured one.</summary>
    public bool AllowsSocket(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin)) return true;
        origin = Normalise(origin);
        var own = Normalise($"{request.Scheme}://{request.Host.ToUriComponent()}");
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || string.Equals(origin, publicOrigin, StringComparison.OrdinalIgnoreCase)
            || allowed.Contains(origin);
    }

    private static string Normalise(string origin) => origin.Trim().TrimEnd('/');
}
