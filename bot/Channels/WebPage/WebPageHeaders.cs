using CareerBot.Bot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.WebPage;

/// <summary>
/// Security headers of the chat pages: scripts only from this site, connections only to this site (and
/// Azure's Direct Line in Azure mode), framing only by this site and DirectLine:AllowedOrigins.
/// Web Chat sets its styles at run time, hence 'unsafe-inline' for styles only.
/// </summary>
internal static class WebPageHeaders
{
    public static void Apply(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        if (!(path == "/" || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))) return;

        var services = http.RequestServices;
        var origins = services.GetRequiredService<DirectLineOrigins>().Allowed;
        var chat = services.GetRequiredService<IOptions<WebChatOptions>>().Value;
        var connect = "'self' ws: wss:";
        if (chat.DirectLine == WebChatDirectLine.Azure && Uri.TryCreate(chat.AzureDomain, UriKind.Absolute, out var azure))
            connect += $" {azure.GetLeftPart(UriPartial.Authority)} wss://{azure.Authority}";
        var ancestors = string.Join(' ', new[] { "'self'" }.Concat(origins));

        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            $"font-src 'self' data:; media-src 'self' data: blob:; connect-src {connect}; frame-ancestors {ancestors}; base-uri 'self'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
