using CareerBot.Bot.Hosting;
using CareerBot.Bot.Insights;
using CareerBot.Dialogs.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>The page in real headless Chromium: key entry, charts drawn from real figures, no outside loads.</summary>
public sealed class InsightsPageTests
{
    private const string Key = "page-test-key-5f1c2a9e77b04d1e";
    private static readonly string[] Steps = ["interests", "qualifications", "availability", "place", "results"];
    private static readonly string[] Interests = ["caring", "cleaning", "cooking", "driving", "admin", "computers"];
    private static readonly string[] Shown = ["healthcare-assistant", "porter", "domestic-assistant", "care-worker", "catering-assistant"];

    /// <summary>Where the screenshot goes, for a person to look at.</summary>
    public static string ScreenshotPath =>
        Path.Combine(AppContext.BaseDirectory, "screenshots", "insights-page.png");

    [Fact]
    public async Task InsightsPage_RightKeyInChromium_DrawsEveryChartAndKeepsKeyForTheTab()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 8, 10, 0, 0, TimeSpan.Zero));
        await using var host = await InsightsHost.StartAsync(Key, clock, ct);
        int conversations = await PlayConversationsAsync(host, clock, ct);

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking"],
        });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add(message.Text); };
        var failed = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400) failed.Add(response.Status + " " + response.Url); };
        page.PageError += (_, error) => problems.Add(error);
        var outside = new List<string>();
        page.Request += (_, request) => { if (!request.Url.StartsWith(host.Address.ToString(), StringComparison.Ordinal)) outside.Add(request.Url); };

        await page.GotoAsync(new Uri(host.Address, "/insights").ToString());
        await page.Locator("#key").FillAsync("not-the-key");
        await page.Locator("#key-form button").ClickAsync();
        await page.Locator("#key-error").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        await page.Locator("#key").FillAsync(Key);
        await page.Locator("#key-form button").ClickAsync();
        await page.Locator("#chart-days svg").WaitForAsync();

        Assert.Equal(conversations.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#total").TextContentAsync());
        Assert.Equal(30, await page.Locator("#chart-days rect.bar").CountAsync());
        Assert.Equal(Steps.Length, await page.Locator("#chart-dropoff rect.bar").CountAsync());
        Assert.Equal(Interests.Length, await page.Locator("#chart-interests rect.bar").CountAsync());
        Assert.Equal(Shown.Length, await page.Locator("#chart-shown rect.bar").CountAsync());
        string gaps = await page.Locator("#chart-unmatched").InnerTextAsync();
        Assert.Contains("welder", gaps, StringComparison.Ordinal);
        Assert.Contains("plumber", gaps, StringComparison.Ordinal);
        Assert.DoesNotContain("priya", gaps, StringComparison.Ordinal); // typed in one conversation only
        Assert.Contains("Level 2", await page.Locator("#chart-levels").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator("#chart-asked rect.bar").CountAsync());
        string asked = await page.Locator("#chart-asked").InnerTextAsync();
        Assert.Contains("DBS check", asked, StringComparison.Ordinal);
        Assert.Contains("criminal record", asked, StringComparison.Ordinal);
        Assert.Equal("1", await page.Locator("#urgent").TextContentAsync());

        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath, FullPage = true });

        // The key is kept for the tab: a reload shows the figures without asking again.
        await page.ReloadAsync();
        await page.Locator("#chart-days svg").WaitForAsync();
        Assert.True(await page.Locator("#sign-in").IsHiddenAsync());

        await page.Locator("#days").SelectOptionAsync("7");
        // A locator wait, not WaitForFunction: when the chart is not redrawn by its first check, WaitForFunction polls
        // with eval, which the page's CSP (script-src 'self') refuses. 30 s, as WaitForFunction's default.
        await Assertions.Expect(page.Locator("#chart-days rect.bar"))
            .ToHaveCountAsync(7, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });

        Assert.Empty(outside);
        // Only the wrong key's 401 failed; nothing else logged an error (a CSP breach would).
        Assert.Equal(["401 " + new Uri(host.Address, "/insights/data")], failed);
        Assert.Single(problems);
    }

    /// <summary>A month of made-up conversations, through the observer as the pipeline would call it.</summary>
    private static async Task<int> PlayConversationsAsync(InsightsHost host, ManualClock clock, CancellationToken ct)
    {
        IActivityObserver observer = host.Services.GetServices<IActivityObserver>().OfType<InsightObserver>().Single();
        var random = new Random(7);
        int count = 0;
        for (int day = 0; day < 14; day++)
        {
            int today = 2 + random.Next(0, 9) + (day % 7 < 5 ? 4 : 0);
            for (int i = 0; i < today; i++)
            {
                string id = $"d{day}-c{i}";
                int reached = 1 + Math.Min(Steps.Length - 1, random.Next(0, 7));
                for (int s = 0; s < reached; s++)
                {
                    var signals = new List<InsightSignal> { new("step", Steps[s]) };
                    if (s == 1) signals.Add(new("interest", Interests[Math.Min(random.Next(0, 4) + random.Next(0, 3), Interests.Length - 1)]));
                    if (s == 2) signals.Add(new("level", random.Next(0, 4).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    if (s == 4) signals.AddRange(Shown.Take(1 + random.Next(0, Shown.Length)).Select(v => new InsightSignal("shown", v)));
                    if (s == 1 && i % 3 == 0) signals.Add(new("unmatched", i % 2 == 0 ? "welder" : "plumber"));
                    if (s == 2 && i % 4 == 0) signals.Add(new("question", i % 8 == 0 ? "faq.dbs" : "faq.record"));
                    if (s == 4 && i % 5 == 0) signals.Add(new("followup", "pay"));
                    await observer.OnTurnAsync(SomeActivity.Message(id, "text"), [SomeActivity.Reply(id, "ok")], signals, ct);
                }
                count++;
            }
            clock.Advance(TimeSpan.FromDays(1));
        }
        await observer.OnTurnAsync(SomeActivity.Message("lonely", "x"), [], [new InsightSignal("unmatched", "priya")], ct);
        await observer.OnTurnAsync(SomeActivity.Message("danger", "x"), [], [new InsightSignal("crisis", "crisis.self_harm")], ct);
        return count + 2;
    }
}
