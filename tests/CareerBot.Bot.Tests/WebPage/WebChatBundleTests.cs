using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CareerBot.Bot.Tests.Protocol;
using Xunit;

namespace CareerBot.Bot.Tests.WebPage;

/// <summary>
/// The Web Chat bundle over real HTTP (Kestrel on loopback, a client that does not decompress by itself):
/// the build's Brotli and gzip copies go to clients that accept them, decode to the very same bytes, and
/// carry Vary, ETag and cache headers; the page asks for a versioned address that may be kept for a year.
/// </summary>
public sealed partial class WebChatBundleTests
{
    private const string Bundle = "/webchat/webchat.js";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("gzip;q=0.5, br;q=0.4", "gzip")]
    [InlineData("*", "br")]
    public async Task Bundle_ClientAcceptsAnEncoding_GetsSmallerBytesThatDecodeToTheBundle(string acceptEncoding, string expected)
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel);
        using var http = RawClient(bot);

        var (plain, plainResponse) = await GetAsync(http, Bundle, null);
        var (encoded, response) = await GetAsync(http, Bundle, acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Contains("Accept-Encoding", plainResponse.Headers.Vary);
        Assert.Empty(plainResponse.Content.Headers.ContentEncoding);
        Assert.True(plain.Length > 1_000_000, $"The bundle has only {plain.Length} bytes.");
        Assert.True(encoded.Length < plain.Length / 3, $"{expected}: {encoded.Length} bytes for a {plain.Length}-byte bundle.");
        Assert.Equal(encoded.Length, response.Content.Headers.ContentLength);
        Assert.Equal(plain, Decode(expected, encoded));
        Assert.NotEqual(plainResponse.Headers.ETag, response.Headers.ETag);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("br;q=0, gzip;q=0")]
    [InlineData("deflate")]
    public async Task Bundle_ClientAcceptsNoOfferedEncoding_GetsThePlainBundle(string? acceptEncoding)
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel);
        using var http = RawClient(bot);

        var (body, response) = await GetAsync(http, Bundle, acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("renderWebChat", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Bundle_WithItsETag_Answers304ForThatEncoding()
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel);
        using var http = RawClient(bot);
        var (_, first) = await GetAsync(http, Bundle, "br");
        Assert.NotNull(first.Headers.ETag);

        using var again = new HttpRequestMessage(HttpMethod.Get, Bundle);
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag);
        using var cached = await http.SendAsync(again, Cancel);
        using var otherEncoding = new HttpRequestMessage(HttpMethod.Get, Bundle);
        otherEncoding.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        otherEncoding.Headers.IfNoneMatch.Add(first.Headers.ETag);
        using var gzip = await http.SendAsync(otherEncoding, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
        Assert.Contains("Accept-Encoding", cached.Headers.Vary);
        Assert.Equal(HttpStatusCode.OK, gzip.StatusCode);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Page_AsksForTheVersionedBundle_WhichIsCachedForAYear()
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel);
        using var http = RawClient(bot);

        var html = await http.GetStringAsync("/", Cancel);
        var src = ScriptSource().Match(html);
        Assert.True(src.Success, "The page has no versioned Web Chat script:\n" + html);
        var (versioned, response) = await GetAsync(http, src.Groups["path"].Value, "br");
        var (plain, plainResponse) = await GetAsync(http, Bundle, null);
        var (_, staleResponse) = await GetAsync(http, Bundle + "?v=0000000000000000", "br");

        // The version is the start of the bundle's own SHA-256, so a new bundle gets a new address.
        Assert.StartsWith(src.Groups["version"].Value, Convert.ToHexStringLower(SHA256.HashData(plain)), StringComparison.Ordinal);
        Assert.Equal(plain, Decode("br", versioned));
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=3600", plainResponse.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=3600", staleResponse.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/webchat/webchat.js.br")]
    [InlineData("/webchat/webchat.js.gz")]
    public async Task CompressedCopy_ByItsOwnName_IsNotServed(string path)
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel);
        using var http = RawClient(bot);

        var (_, response) = await GetAsync(http, path, "br, gzip");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpClient RawClient(BotHostFixture bot) =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = bot.Address };

    private static async Task<(byte[] Body, HttpResponseMessage Response)> GetAsync(HttpClient http, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await http.SendAsync(request, Cancel);
        return (await response.Content.ReadAsByteArrayAsync(Cancel), response);
    }

    private static byte[] Decode(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex("<script src=\"(?<path>/webchat/webchat\\.js\\?v=(?<version>[0-9a-f]{16}))\"></script>")]
    private static partial Regex ScriptSource();
}
