using CareerBot.Bot.Tests.Protocol;
using Microsoft.Playwright;
using Xunit;

namespace CareerBot.Bot.Tests.WebPage;

/// <summary>
/// The chat page's layout in real headless Chromium against the real bot: on a phone the chat takes the
/// screen, the keyboard reaches it, and a whole conversation fits the width; on a desktop the chat fills its
/// column and keeps its carousels; the partners' page fits a phone. Each leaves a screenshot in the test output's screenshots/ folder for a person to look at.
/// </summary>
public sealed class WebChatLayoutTests
{
    private const float Wait = 60_000;
    private const string Greeting = "I am CareerBot";

    private static string Screenshot(string name) => Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");

    [Fact]
    public async Task Page_OnAPhone_ChatTakesTheScreenAndTheKeyboardReachesIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await BotHostFixture.StartAsync(ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, bot, "/", 390, 844, phone: true);
        await WaitForGreetingAndItsButtonsAsync(page);

        await Save(page, "page-phone-390x844-greeting");
        await ChatLayout.AssertFillsTheScreenAsync(page, 0.6);

        // Landmarks and names a screen reader announces.
        Assert.Equal(1, await page.GetByRole(AriaRole.Banner).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Main).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Chat with CareerBot" }).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "CareerBot", Level = 1 }).CountAsync());

        // Focus order: the skip link first, then the chat, then into Web Chat itself.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to the chat", await page.Locator(":focus").InnerTextAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("chat-heading", await page.Locator(":focus").GetAttributeAsync("id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(1, await page.Locator("[data-careerbot] :focus").CountAsync());

        // "How it works" opens to the longer intro; the send box stays on screen.
        var about = page.GetByText("How it works", new PageGetByTextOptions { Exact = true });
        await about.ClickAsync();
        await page.GetByText("It is free.", new PageGetByTextOptions { Exact = false }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Put CareerBot on your own website" }).WaitForAsync();
        await Save(page, "page-phone-390x844-about-open");
        var sendBox = await ChatLayout.BoxAsync(page, ChatLayout.SendBox);
        Assert.True(sendBox.Y + sendBox.Height <= 844, $"With the intro open the send box ends at {sendBox.Y + sendBox.Height:0} px.");
    }

    [Fact]
    public async Task Page_OnADesktop_ChatFillsItsColumn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await BotHostFixture.StartAsync(ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, bot, "/", 1280, 800, phone: false);
        await WaitForGreetingAndItsButtonsAsync(page);

        await Save(page, "page-desktop-1280x800-greeting");
        await ChatLayout.AssertFillsTheScreenAsync(page, 0.5);
        // The partners' link shows once, in the footer.
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Put CareerBot on your own website" }).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Chat with CareerBot" }).CountAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Chat with CareerBot" }).IsVisibleAsync());
    }

    [Fact]
    public async Task EmbedPage_OnAPhone_FitsTheWidthAndItsExampleChatStarts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await BotHostFixture.StartAsync(ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, bot, "/embed.html", 390, 844, phone: true);

        var example = page.FrameLocator("iframe.embed-example");
        await example.GetByText(Greeting, new FrameLocatorGetByTextOptions { Exact = false }).First.WaitForAsync();
        await page.Locator("iframe.embed-example").ScrollIntoViewIfNeededAsync();
        await Save(page, "embed-phone-390x844", fullPage: true);

        var document = await ChatLayout.BoxAsync(page, "html");
        Assert.True(document.Width <= 390, $"The partners' page is {document.Width:0} px wide on a 390 px screen.");
        var frame = await ChatLayout.BoxAsync(page, "iframe.embed-example");
        Assert.True(frame.Height <= 844 * 0.8 + 1, $"The example chat is {frame.Height:0} px high, taller than most of the screen.");
        // Inside the frame the chat alone fills it: the send box is in the frame.
        var sendBox = await example.Locator(".webchat__send-box").First.BoundingBoxAsync();
        Assert.NotNull(sendBox);
        Assert.True(sendBox.Y + sendBox.Height <= frame.Y + frame.Height + 1, "The example chat's send box is cut off by its frame.");
    }

    /// <summary>
    /// A whole conversation on a phone: the guided questions, the job suggestions (text and three cards), a
    /// job's courses (cards), a job's details, more jobs (cards). Nothing of it reaches past the chat's edge
    /// and nothing scrolls sideways: Web Chat's carousel would put the text past the edge and hide cards.
    /// </summary>
    [Theory]
    [InlineData(390, 844)]
    [InlineData(360, 640)]
    public async Task Page_OnAPhone_WholeConversationFitsTheWidth(int width, int height)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await BotHostFixture.StartAsync(ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, bot, "/", width, height, phone: true);
        var size = $"{width}x{height}";

        await ChatResident.ReachJobSuggestionsAsync(page);
        await ShowAsync(page, "Here are the best 3");
        await Save(page, $"conversation-phone-{size}-1-jobs");
        await ChatResident.PressAndWaitForAsync(page, "Courses", "They can help you get this job");
        await ShowAsync(page, "They can help you get this job");
        await Save(page, $"conversation-phone-{size}-2-courses");
        await ChatResident.PressAndWaitForAsync(page, "Tell me more", "How to apply");
        await Save(page, $"conversation-phone-{size}-3-details");
        // The resident's results are jobs and courses: the menu says so.
        await ChatResident.PressAndWaitForAsync(page, "More jobs and courses", "more jobs");
        await ShowAsync(page, "more jobs");
        await Save(page, $"conversation-phone-{size}-4-more-jobs");

        await ChatLayout.WaitForSettledAsync(page);
        var outside = await ChatLayout.OutsideTheWidthAsync(page);
        Assert.True(outside.Count == 0, $"On a {size} screen, parts of the chat reach past its edge:\n" + string.Join("\n", outside));
    }

    /// <summary>
    /// On a screen wide enough, the job suggestions stay a carousel, and its text has room to grow to its
    /// widest (Web Chat's bubbleMaxWidth) without passing the chat's edge; the page does not scroll sideways.
    /// </summary>
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(768, 1024)]
    public async Task Page_OnAWideScreen_JobSuggestionsStayACarouselWhoseTextFits(int width, int height)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await BotHostFixture.StartAsync(ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, bot, "/", width, height, phone: false);

        await ChatResident.ReachJobSuggestionsAsync(page);
        await ChatLayout.WaitForSettledAsync(page);
        var overhangs = await ChatLayout.CarouselTextOverhangAsync(page);
        await ShowAsync(page, "Here are the best 3");
        await Save(page, $"conversation-wide-{width}x{height}-jobs");

        Assert.True(overhangs.Count == 1, $"The job suggestions should be one carousel with text; found {overhangs.Count}.");
        Assert.True(overhangs[0] <= 0, $"At its widest the carousel's text would run {overhangs[0]:0} px past the chat's edge.");
        var document = await ChatLayout.BoxAsync(page, "html");
        Assert.True(document.Width <= width, $"The page is {document.Width:0} px wide on a {width} px screen.");
    }

    /// <summary>
    /// A phone turned on its side and back (or a window made wider and narrower): the same conversation
    /// changes between cards one under another and a carousel, and nothing of it is lost.
    /// </summary>
    [Fact]
    public async Task Page_MadeWiderAndNarrower_CardsSwitchBetweenListAndCarousel()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await BotHostFixture.StartAsync(ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, bot, "/", 390, 844, phone: false);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        var carousels = page.Locator(ChatLayout.Transcript + " .webchat__carousel-filmstrip");
        var cards = page.Locator(ChatLayout.Transcript + " .ac-adaptiveCard");
        var answers = page.Locator(ChatResident.UserBubbles);

        await ChatResident.ReachJobSuggestionsAsync(page);
        var narrowCards = await cards.CountAsync();
        var narrowAnswers = await answers.CountAsync();
        Assert.Equal(0, await carousels.CountAsync());

        await page.SetViewportSizeAsync(1280, 800);
        await carousels.First.WaitForAsync();
        await Save(page, "resized-to-1280x800");
        Assert.Equal(narrowCards, await cards.CountAsync());
        Assert.Equal(narrowAnswers, await answers.CountAsync());

        await page.SetViewportSizeAsync(390, 844);
        await carousels.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(narrowCards, await cards.CountAsync());
        Assert.Equal(narrowAnswers, await answers.CountAsync());
        await ChatLayout.WaitForSettledAsync(page);
        var outside = await ChatLayout.OutsideTheWidthAsync(page);
        Assert.True(outside.Count == 0, "Made narrow again, parts of the chat reach past its edge:\n" + string.Join("\n", outside));
        Assert.True(errors.Count == 0, "The page had errors:\n" + string.Join("\n", errors));
    }

    /// <summary>
    /// Waits for the greeting and the first question's buttons (the last of the bot's first messages), and
    /// for the chat to settle: the screen a resident sees once the chat has started.
    /// </summary>
    private static async Task WaitForGreetingAndItsButtonsAsync(IPage page)
    {
        await page.GetByText(Greeting, new PageGetByTextOptions { Exact = false }).First.WaitForAsync();
        await page.Locator(ChatLayout.SuggestedActions).First.WaitForAsync();
        await ChatLayout.WaitForSettledAsync(page);
    }

    private static async Task ShowAsync(IPage page, string text) =>
        await page.Locator(ChatResident.BotBubbles).GetByText(text, new LocatorGetByTextOptions { Exact = false }).Last.ScrollIntoViewIfNeededAsync();

    private static async Task<IPage> OpenAsync(IBrowser browser, BotHostFixture bot, string path, int width, int height, bool phone)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = 1,
            Locale = "en-GB",
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Wait);
        await page.GotoAsync(new Uri(bot.Address, path).ToString());
        return page;
    }

    private static async Task Save(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Screenshot(name))!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot(name), FullPage = fullPage });
    }
}
