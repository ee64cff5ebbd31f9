using System.Globalization;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>The bot's public address, for streamUrl (ws/wss) and serviceUrl.</summary>
internal sealed class DirectLineAddress(IOptions<DirectLineOptions> options)
{
    public const string BasePath = "/v3/directline";

    private readonly string? configured = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
        ? null
        : options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>"https://host" (no trailing slash): the configured public address, else the request's own.</summary>
    public string BaseUrl(HttpRequest request) =>
        configured ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";

    /// <summary>The serviceUrl stamped on activities: this host's address with a trailing slash.</summary>
    public string ServiceUrl(HttpRequest request) => BaseUrl(request) + "/";

    public string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var http = BaseUrl(request);
        var ws = http.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + http["https://".Length..]
            : http.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + http["http://".Length..]
            : http;
        var url = $"{ws}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is { } w ? url + "&watermark=" + w.ToString(CultureInfo.InvariantCulture) : url;
    }
}
