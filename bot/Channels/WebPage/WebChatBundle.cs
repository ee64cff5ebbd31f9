using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;

namespace CareerBot.Bot.Channels.WebPage;

/// <summary>
/// The Web Chat bundle (/webchat/webchat.js) and its version: the start of its SHA-256. The page asks for
/// /webchat/webchat.js?v={version}, which may be cached for a year because a new bundle gets a new address;
/// the plain address (partners' pages use it) is cached for an hour and then checked with its ETag.
/// </summary>
internal sealed class WebChatBundle(IFileProvider files)
{
    public const string Path = "/webchat/webchat.js";
    private readonly Lazy<string?> version = new(() => Hash(files));

    /// <summary>The version, or null when the bundle is missing.</summary>
    public string? Version => version.Value;

    /// <summary>The address the page uses: with the version when there is one.</summary>
    public string VersionedPath => Version is { } v ? $"{Path}?v={v}" : Path;

    /// <summary>True when the request names this bundle's current version, so it may be cached for good.</summary>
    public bool IsCurrentVersion(HttpRequest request) =>
        Version is { } v && request.Query.TryGetValue("v", out var asked) && string.Equals(asked.ToString(), v, StringComparison.Ordinal);

    private static string? Hash(IFileProvider files)
    {
        var file = files.GetFileInfo(Path.TrimStart('/'));
        if (!file.Exists) return null;
        using var stream = file.CreateReadStream();
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..16];
    }
}
