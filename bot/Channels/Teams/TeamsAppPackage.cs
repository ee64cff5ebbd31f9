using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CareerBot.Bot.Channels.Teams;

/// <summary>
/// Builds the Teams app package (the zip you side-load): manifest.json from deployment/teams/manifest.json
/// with its {{PLACEHOLDERS}} filled in, plus color.png and outline.png, all at the root of the zip.
/// The three files are built into the bot, so the published program can make the package too.
/// </summary>
internal static partial class TeamsAppPackage
{
    public const string ManifestName = "manifest.json";
    public const string ColorName = "color.png";
    public const string OutlineName = "outline.png";
    public const string DefaultHost = "careerbot.example.org";
    public const string DefaultVersion = "1.0.0";

    /// <summary>The zip as bytes. Throws <see cref="ArgumentException"/> for a bad app id, host or version.</summary>
    public static byte[] Build(string appId, string? publicHost = null, string? version = null)
    {
        var manifest = Manifest(appId, publicHost, version);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, ManifestName, Encoding.UTF8.GetBytes(manifest));
            Add(zip, ColorName, Resource(ColorName));
            Add(zip, OutlineName, Resource(OutlineName));
        }
        return buffer.ToArray();
    }

    /// <summary>The filled-in manifest text.</summary>
    public static string Manifest(string appId, string? publicHost = null, string? version = null)
    {
        if (!Guid.TryParseExact(appId?.Trim() ?? "", "D", out var id))
            throw new ArgumentException("The app id must be the bot's Microsoft App ID, a GUID like 00000000-0000-0000-0000-000000000000.", nameof(appId));
        var host = string.IsNullOrWhiteSpace(publicHost) ? DefaultHost : publicHost.Trim();
        if (!HostName().IsMatch(host))
            throw new ArgumentException("The host must be a domain name only, like careerbot.example.org (no https://, no path).", nameof(publicHost));
        var semver = string.IsNullOrWhiteSpace(version) ? DefaultVersion : version.Trim();
        if (!SemVer().IsMatch(semver))
            throw new ArgumentException("The version must look like 1.0.0.", nameof(version));

        var text = Encoding.UTF8.GetString(Resource(ManifestName))
            .Replace("{{MICROSOFT_APP_ID}}", id.ToString("D"), StringComparison.Ordinal)
            .Replace("{{PUBLIC_HOST}}", host.ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{{APP_VERSION}}", semver, StringComparison.Ordinal);
        if (text.Contains("{{", StringComparison.Ordinal))
            throw new InvalidOperationException("The manifest template has a placeholder the packager does not fill.");
        using var _ = JsonDocument.Parse(text); // the template must stay valid JSON
        return text;
    }

    /// <summary>One of the three files as shipped in the bot (deployment/teams).</summary>
    public static byte[] Resource(string name)
    {
        using var stream = typeof(TeamsAppPackage).Assembly.GetManifestResourceStream("CareerBot.Teams." + name)
            ?? throw new InvalidOperationException($"The Teams file {name} is not built into the bot.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(content);
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(:[0-9]{1,5})?$")]
    private static partial Regex HostName();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+\.[0-9]+$")]
    private static partial Regex SemVer();
}
