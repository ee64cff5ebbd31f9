using CareerBot.Bot.Tests.Protocol;
using Microsoft.Playwright;
using Xunit;

namespace CareerBot.Bot.Tests.WebPage;

/// <summary>
/// A resident on a phone-sized screen, in real headless Chromium, against the real bot (Kestrel on
/// loopback, the real pipeline, dialogs and catalogue): opens /, sees the greeting, presses buttons,
/// types answers, and reaches job suggestions. Once over the WebSocket (Web Chat's default) and once
/// polling.
/// </summary>
public sealed class WebChatBrowserTests
{
    private const float Wait = 60_000;

    public static string ScreenshotPath(string transport) =>
        Path.Combine(AppContext.BaseDirectory, "screenshots", $"webchat-{transport}-390x844.png");

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Page_ResidentAnswersOnAPhone_ReachesJobSuggestions(string transport)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await BotHostFixture.StartAsync(ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 1,
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Wait);

        var origin = bot.Address.GetLeftPart(UriPartial.Authority);
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add("console: " + message.Text); };
        page.PageError += (_, error) => problems.Add("page: " + error);
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"{response.Status} {response.Url}"); };
        var outside = new List<string>();
        var sockets = new List<string>();
        var polls = 0;
        page.Request += (_, request) =>
        {
            // blob: URLs that Web Chat makes itself belong to the page's own origin.
            var url = request.Url.StartsWith("blob:", StringComparison.Ordinal) ? request.Url["blob:".Length..] : request.Url;
            if (!url.StartsWith(origin, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)) outside.Add(request.Url);
            if (request.Method == "GET" && request.Url.Contains("/activities?watermark=", StringComparison.Ordinal)) Interlocked.Increment(ref polls);
        };
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        // Chromium asks for gzip (and Brotli over HTTPS only): the bundle must come compressed.
        var bundleEncoding = page.WaitForResponseAsync(r => r.Url.Contains("/webchat/webchat.js", StringComparison.Ordinal));

        await page.GotoAsync(new Uri(bot.Address, "/?transport=" + transport).ToString());
        try
        {
            await ChatResident.ReachJobSuggestionsAsync(page);
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
        {
            // Leave what the page showed, for a person to look at.
            Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath(transport))!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(transport + "-failed"), FullPage = true });
            var shown = await page.Locator("body").InnerTextAsync();
            throw new TimeoutException($"{ex.Message}\nProblems: {string.Join("; ", problems)}\nThe page showed:\n{shown}", ex);
        }
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("[data-careerbot] .ac-adaptiveCard").First.InnerTextAsync()));
        Assert.Equal(transport, await page.Locator("[data-careerbot]").GetAttributeAsync("data-careerbot-started"));
        var bundle = await bundleEncoding;
        Assert.Contains(await bundle.HeaderValueAsync("content-encoding"), new[] { "gzip", "br" });

        // Nothing failed to send ("Send failed. Retry" shows when an echo never arrives).
        Assert.Equal(0, await page.GetByText("Send failed", new PageGetByTextOptions { Exact = false }).CountAsync());
        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath(transport))!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(transport) });

        // With the last answer's buttons showing, the conversation still has most of the phone's screen
        // and the send box is in view, without the page scrolling too.
        await ChatLayout.AssertFillsTheScreenAsync(page, 0.6);

        if (transport == "websocket")
        {
            Assert.Contains(sockets, url => url.StartsWith(origin.Replace("http://", "ws://", StringComparison.Ordinal) + "/v3/directline/conversations/", StringComparison.Ordinal));
            Assert.Equal(0, polls);
        }
        else
        {
            Assert.Empty(sockets);
            Assert.True(polls > 0);
        }
        Assert.True(outside.Count == 0, "The page loaded from elsewhere:\n" + string.Join("\n", outside));
        Assert.True(problems.Count == 0, "The page had problems:\n" + string.Join("\n", problems));
    }
}
