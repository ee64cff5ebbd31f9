using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace CareerBot.Bot.Channels.WebPage;

/// <summary>
/// Sends the build's precompressed copies (FILE.br, FILE.gz beside FILE under /webchat) to browsers that
/// accept them: the request is pointed at the copy before the static files middleware runs, which then
/// serves it with its own ETag, ranges and 304s; <see cref="Prepare"/> adds Content-Encoding. Every answer
/// for such a file carries Vary: Accept-Encoding so caches keep the versions apart. The copies are never
/// served under their own names (that would send Brotli bytes without saying so).
/// </summary>
internal static class PrecompressedFiles
{
    private const string Folder = "/webchat";
    private const string EncodingKey = "CareerBot.ContentEncoding";

    /// <summary>Preferred first: Brotli is about a third smaller than gzip for the bundle.</summary>
    private static readonly (string Encoding, string Extension)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    public static IApplicationBuilder UsePrecompressedFiles(this IApplicationBuilder app, IFileProvider files) =>
        app.Use((http, next) =>
        {
            var path = http.Request.Path;
            if (!path.StartsWithSegments(Folder) || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
                return next(http);
            var value = path.Value!;
            if (Encodings.Any(e => value.EndsWith(e.Extension, StringComparison.OrdinalIgnoreCase)))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            var copies = Encodings.Where(e => files.GetFileInfo(value.TrimStart('/') + e.Extension).Exists).ToList();
            if (copies.Count == 0) return next(http);
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            if (Choose(http.Request, copies.Select(c => c.Encoding)) is { } chosen)
            {
                http.Items[EncodingKey] = chosen;
                http.Request.Path = value + copies.First(c => c.Encoding == chosen).Extension;
            }
            return next(http);
        });

    /// <summary>For the static files' OnPrepareResponse: says how a precompressed copy is encoded.</summary>
    public static void Prepare(StaticFileResponseContext context)
    {
        if (context.Context.Items[EncodingKey] is string encoding)
            context.Context.Response.Headers.ContentEncoding = encoding;
    }

    /// <summary>Content types of the copies are those of the original (webchat.js.br is JavaScript).</summary>
    public static IContentTypeProvider ContentTypes { get; } = new OriginalContentType(new FileExtensionContentTypeProvider());

    /// <summary>The best encoding the request accepts (q &gt; 0), Brotli before gzip on a tie; null for none.</summary>
    internal static string? Choose(HttpRequest request, IEnumerable<string> available)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        if (accepted.Count == 0) return null;
        string? best = null;
        double bestQuality = 0;
        foreach (var encoding in available)
        {
            var entry = accepted.FirstOrDefault(a => string.Equals(a.Value.Value, encoding, StringComparison.OrdinalIgnoreCase))
                ?? accepted.FirstOrDefault(a => a.Value.Value == "*");
            var quality = entry is null ? 0 : entry.Quality ?? 1;
            if (quality > bestQuality) (best, bestQuality) = (encoding, quality);
        }
        return best;
    }

    private sealed class OriginalContentType(FileExtensionContentTypeProvider inner) : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, extension) in Encodings)
            {
                if (subpath.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                    return inner.TryGetContentType(subpath[..^extension.Length], out contentType!);
            }
            return inner.TryGetContentType(subpath, out contentType!);
        }
    }
}
