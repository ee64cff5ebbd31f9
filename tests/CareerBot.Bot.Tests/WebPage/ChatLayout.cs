using Microsoft.Playwright;
using Xunit;

namespace CareerBot.Bot.Tests.WebPage;

/// <summary>
/// Where Web Chat's parts sit on the screen, measured from their boxes (not from script: the page's CSP
/// forbids the eval that page.Evaluate would need in some cases).
/// </summary>
internal static class ChatLayout
{
    public const string Transcript = "[data-careerbot] .webchat__basic-transcript";
    public const string SendBox = "[data-careerbot] .webchat__send-box";

    /// <summary>
    /// The chat's transcript takes at least <paramref name="share"/> of the screen's height, the send box
    /// is fully on screen, and the page itself is no taller than the screen (so only the transcript scrolls).
    /// </summary>
    public static async Task AssertFillsTheScreenAsync(IPage page, double share)
    {
        var viewport = page.ViewportSize!;
        var transcript = await BoxAsync(page, Transcript);
        var sendBox = await BoxAsync(page, SendBox);
        var document = await BoxAsync(page, "html");

        Assert.True(transcript.Height >= share * viewport.Height,
            $"The transcript is {transcript.Height:0} px high, {transcript.Height / viewport.Height:P0} of the {viewport.Height} px screen; it should be at least {share:P0}.");
        Assert.True(sendBox.Y >= 0 && sendBox.Y + sendBox.Height <= viewport.Height,
            $"The send box runs from {sendBox.Y:0} to {sendBox.Y + sendBox.Height:0} px, outside the {viewport.Height} px screen.");
        Assert.True(document.Height <= viewport.Height + 1,
            $"The page is {document.Height:0} px high on a {viewport.Height} px screen, so the page scrolls as well as the chat.");
    }

    public static async Task<LocatorBoundingBoxResult> BoxAsync(IPage page, string selector) =>
        await page.Locator(selector).First.BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not on the page.");
}
