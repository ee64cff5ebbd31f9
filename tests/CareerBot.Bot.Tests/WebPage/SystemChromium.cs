using Microsoft.Playwright;
using Xunit;

namespace CareerBot.Bot.Tests.WebPage;

/// <summary>Debian's Chromium, driven by Playwright; never a downloaded browser.</summary>
internal static class SystemChromium
{
    /// <summary>CHROMIUM_PATH, or Debian's /usr/bin/chromium.</summary>
    public static string Path => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(Path))
            Assert.Fail($"Chromium is not installed at {Path}. Install Debian's chromium (apt-get install chromium; .ci/run does) " +
                "or set CHROMIUM_PATH. These tests never download a browser.");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking"],
            Timeout = 120_000,
        });
    }
}
