using CareerBot.Bot.Tests.Protocol;
using Microsoft.Playwright;
using Xunit;

namespace CareerBot.Bot.Tests.WebPage;

/// <summary>
/// A phone reloads the chat page mid conversation, or drops it from memory while the resident looks at another
/// app and loads it again when they come back: in real headless Chromium against the real bot, the chat carries
/// on in the same conversation. A new tab, and a kept pass that no longer works, start a new chat.
/// </summary>
public sealed class WebChatResumeTests
{
    private const float Wait = 60_000;
    private const string Chat = "[data-careerbot]";

    private static string Screenshot(string name) => Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");

    [Fact]
    public async Task Page_ReloadedMidConversation_CarriesOnWithItsMessagesAndAnswers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await BotHostFixture.StartAsync(ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var context = await NewPhoneAsync(browser);
        var page = await OpenAsync(context, bot);
        var userBubbles = page.Locator(ChatResident.UserBubbles);
        var botBubbles = page.Locator(ChatResident.BotBubbles);

        await ChatResident.WaitForGreetingAsync(page);
        await ChatResident.PressAsync(page, "Caring for people");
        await ChatResident.PressAsync(page, "None");
        await botBubbles.GetByText("How many hours a week can you work?").Last.WaitForAsync();

        await page.ReloadAsync();
        await page.Locator("[data-careerbot-started]").WaitForAsync();
        // The conversation shows again: the greeting once, and both answers.
        await userBubbles.GetByText("None", new LocatorGetByTextOptions { Exact = true })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        await botBubbles.GetByText("How many hours a week can you work?").Last.WaitForAsync();
        Assert.Equal("resumed", await page.Locator(Chat).GetAttributeAsync("data-careerbot-conversation"));
        Assert.Equal(2, await userBubbles.CountAsync());
        Assert.Equal(1, await botBubbles.GetByText("I am CareerBot", new LocatorGetByTextOptions { Exact = false }).CountAsync());
        Directory.CreateDirectory(Path.GetDirectoryName(Screenshot("reloaded"))!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("reloaded") });

        // The next answer goes to the question the resident was at, not to the first question.
        await ChatResident.TypeAsync(page, "30");
        await botBubbles.GetByText("When can you work?").WaitForAsync();

        // Another tab is another chat (the pass is kept for its own tab only).
        var other = await OpenAsync(context, bot);
        await ChatResident.WaitForGreetingAsync(other);
        Assert.Equal("new", await other.Locator(Chat).GetAttributeAsync("data-careerbot-conversation"));
        Assert.Equal(0, await other.Locator(ChatResident.UserBubbles).CountAsync());
    }

    /// <summary>A pass kept from before that the bot refuses (expired, or from another bot): a new chat starts, with its greeting.</summary>
    [Fact]
    public async Task Page_KeptPassRefused_StartsANewChat()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await BotHostFixture.StartAsync(ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var context = await NewPhoneAsync(browser);
        await context.AddInitScriptAsync("""
            sessionStorage.setItem('careerbot-chat', JSON.stringify({
              botUrl: location.origin, token: 'not.a.token', conversationId: 'gone', userId: 'dl_gone',
              domain: location.origin + '/v3/directline', webSocket: true, lifetime: 1800, expiresAt: Date.now() + 600000
            }));
            """);
        var page = await OpenAsync(context, bot);

        await ChatResident.WaitForGreetingAsync(page);
        await page.Locator(ChatLayout.SuggestedActions).First.WaitForAsync();

        Assert.Equal("new", await page.Locator(Chat).GetAttributeAsync("data-careerbot-conversation"));
        await ChatResident.PressAsync(page, "Caring for people");
        await page.Locator(ChatResident.BotBubbles).GetByText("What qualifications do you have?").WaitForAsync();
    }

    private static async Task<IBrowserContext> NewPhoneAsync(IBrowser browser) => await browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        DeviceScaleFactor = 1,
        Locale = "en-GB",
        ReducedMotion = ReducedMotion.Reduce,
    });

    private static async Task<IPage> OpenAsync(IBrowserContext context, BotHostFixture bot)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Wait);
        await page.GotoAsync(new Uri(bot.Address, "/").ToString());
        return page;
    }
}
