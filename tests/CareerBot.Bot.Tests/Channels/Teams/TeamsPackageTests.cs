using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.Bot.Channels.Teams;
using CareerBot.Bot.Cli;
using CareerBot.Bot.Tests.Deployment;
using CareerBot.Bot.Tests.Insights;
using Xunit;

namespace CareerBot.Bot.Tests.Channels.Teams;

/// <summary>
/// The side-load package: built by the program's own "teams package" verb, then opened as Teams would and
/// checked against the fields the v1.22 manifest schema requires and its limits.
/// </summary>
public sealed partial class TeamsPackageTests
{
    private const string AppId = "3f9a1c2e-7b4d-4e8f-a6c5-0d1e2f3a4b5c";

    private static Dictionary<string, byte[]> Open(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            return copy.ToArray();
        });
    }

    [Fact]
    public async Task PackageVerb_AppIdAndHost_WritesZipWithManifestAndIconsAtTheRoot()
    {
        using var folder = new TempFolder();
        var output = folder.File("out/careerbot-teams.zip");

        var exit = await TeamsCommand.RunAsync(["teams", "package", "--app-id", AppId, "--host", "jobs.dudley.example", "--out", output]);

        Assert.Equal(0, exit);
        var files = Open(await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], files.Keys.Order(StringComparer.Ordinal));
        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        Assert.Equal(AppId, manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Contains("jobs.dudley.example", manifest.RootElement.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void Manifest_FilledIn_HasEveryFieldTeamsRequiresWithinLimits()
    {
        var files = Open(TeamsAppPackage.Build(AppId));
        using var doc = JsonDocument.Parse(files["manifest.json"]);
        var m = doc.RootElement;

        Assert.Equal("1.22", m.GetProperty("manifestVersion").GetString());
        Assert.EndsWith("/teams/v1.22/MicrosoftTeams.schema.json", m.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.Matches(SemVer(), m.GetProperty("version").GetString());
        Assert.Equal(AppId, m.GetProperty("id").GetString());
        Assert.True(Guid.TryParseExact(m.GetProperty("id").GetString(), "D", out _));

        var developer = m.GetProperty("developer");
        Assert.InRange(Text(developer, "name").Length, 1, 32);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
            Assert.StartsWith("https://", Text(developer, url), StringComparison.Ordinal);

        Assert.InRange(Text(m.GetProperty("name"), "short").Length, 1, 30);
        Assert.InRange(Text(m.GetProperty("name"), "full").Length, 1, 100);
        Assert.NotEqual(Text(m.GetProperty("name"), "short"), Text(m.GetProperty("name"), "full"));
        Assert.InRange(Text(m.GetProperty("description"), "short").Length, 1, 80);
        Assert.InRange(Text(m.GetProperty("description"), "full").Length, 1, 4000);
        Assert.Matches(HexColor(), m.GetProperty("accentColor").GetString());

        var icons = m.GetProperty("icons");
        Assert.Equal((192, 192), PngFile.HeaderSize(files[Text(icons, "color")]));
        Assert.Equal((32, 32), PngFile.HeaderSize(files[Text(icons, "outline")]));

        var bot = Assert.Single(m.GetProperty("bots").EnumerateArray());
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        var scopes = bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("personal", scopes);
        Assert.InRange(scopes.Count, 1, 3);
        Assert.All(scopes, s => Assert.Contains(s, new[] { "personal", "team", "groupChat", "copilot" }));

        var domains = m.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.Contains(TeamsAppPackage.DefaultHost, domains);
        Assert.All(domains, d => Assert.DoesNotContain("://", d, StringComparison.Ordinal));
        Assert.DoesNotContain("{{", m.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Icons_InThePackage_ColorOpaqueOutlineWhiteOnTransparent()
    {
        var files = Open(TeamsAppPackage.Build(AppId));
        var color = PngFile.Decode(files["color.png"]);
        var outline = PngFile.Decode(files["outline.png"]);

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.True(Alphas(color).All(a => a == 255), "color.png must be fully opaque");
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(6, outline.ColorType);
        var alphas = Alphas(outline).ToList();
        Assert.Contains(alphas, a => a == 0);
        Assert.Contains(alphas, a => a == 255);
        for (var i = 0; i < outline.Rgba.Length; i += 4)
        {
            if (outline.Rgba[i + 3] == 0) continue;
            Assert.True(outline.Rgba[i] == 255 && outline.Rgba[i + 1] == 255 && outline.Rgba[i + 2] == 255, $"pixel {i / 4} is not white");
        }
    }

    [Fact]
    public void Icons_Committed_AreWhatTheDrawingCodeMakes()
    {
        var color = PngFile.Decode(File.ReadAllBytes(RepositoryFiles.Path("deployment/teams/color.png")));
        var outline = PngFile.Decode(File.ReadAllBytes(RepositoryFiles.Path("deployment/teams/outline.png")));

        Assert.Equal(TeamsIcons.ColorPixels(), color.Rgba);
        Assert.Equal(TeamsIcons.OutlinePixels(), outline.Rgba);
    }

    [Theory]
    [InlineData("not-a-guid", null, null)]
    [InlineData("", null, null)]
    [InlineData(AppId, "https://careerbot.example.org", null)]
    [InlineData(AppId, "careerbot.example.org/path", null)]
    [InlineData(AppId, null, "1.0")]
    public void Build_BadInput_Refused(string appId, string? host, string? version) =>
        Assert.Throws<ArgumentException>(() => TeamsAppPackage.Build(appId, host, version));

    [Fact]
    public async Task PackageVerb_NoAppIdOrUnknownAction_ExitsWithUsage()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable("MicrosoftAppId") is { Length: > 0 }, "MicrosoftAppId is set here");
        Assert.Equal(2, await TeamsCommand.RunAsync(["teams", "package"]));
        Assert.Equal(2, await TeamsCommand.RunAsync(["teams", "unpack", "--app-id", AppId]));
    }

    private static string Text(JsonElement parent, string name) => parent.GetProperty(name).GetString() ?? "";

    private static IEnumerable<byte> Alphas(PngFile png)
    {
        for (var i = 3; i < png.Rgba.Length; i += 4) yield return png.Rgba[i];
    }

    [GeneratedRegex(@"^[0-9]+\.[0-9]+\.[0-9]+$")]
    private static partial Regex SemVer();

    [GeneratedRegex(@"^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
