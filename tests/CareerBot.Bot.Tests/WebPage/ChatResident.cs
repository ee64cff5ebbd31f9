using Microsoft.Playwright;

namespace CareerBot.Bot.Tests.WebPage;

/// <summary>
/// A resident using the chat page: presses the buttons Web Chat shows or types into its send box, and waits
/// until their answer shows as their own bubble.
/// </summary>
internal static class ChatResident
{
    public const string UserBubbles = "[data-careerbot] .webchat__bubble--from-user";
    public const string BotBubbles = "[data-careerbot] .webchat__bubble:not(.webchat__bubble--from-user)";

    /// <summary>
    /// The guided questions, answered up to the job suggestions: press a suggested action, or type an answer.
    /// Typed steps are the ones the buttons do not offer (a number of hours, a town).
    /// </summary>
    public static readonly (string Kind, string Answer)[] ToJobSuggestions =
    [
        ("press", "Caring for people"),
        ("press", "None"),
        ("type", "30"),
        ("press", "Nights"),
        ("press", "Now"),
        ("type", "Walsall"),
        ("press", "Up to 10 miles"),
    ];

    /// <summary>Waits for the chat to start and greet.</summary>
    public static async Task WaitForGreetingAsync(IPage page)
    {
        await page.Locator("[data-careerbot-started]").WaitForAsync();
        await page.GetByText("I am CareerBot", new PageGetByTextOptions { Exact = false }).First.WaitForAsync();
    }

    /// <summary>Answers every guided question and waits for the job suggestions (cards) and the next question.</summary>
    public static async Task ReachJobSuggestionsAsync(IPage page)
    {
        await WaitForGreetingAsync(page);
        foreach (var (kind, answer) in ToJobSuggestions)
        {
            if (kind == "press") await PressAsync(page, answer);
            else await TypeAsync(page, answer);
        }
        var cards = page.Locator("[data-careerbot] .ac-adaptiveCard");
        await cards.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.GetByText("What would you like to do next?").Last.WaitForAsync();
    }

    /// <summary>Presses the last button labelled <paramref name="label"/> and waits for the answer's own bubble.</summary>
    public static async Task PressAsync(IPage page, string label, bool first = false)
    {
        var buttons = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = label, Exact = true });
        var button = first ? buttons.First : buttons.Last;
        await AnswerAsync(page, label, async () =>
        {
            await button.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            await button.ClickAsync();
        });
    }

    /// <summary>
    /// Presses the first button labelled <paramref name="label"/> (on a card, the first card's) and waits for one
    /// more of the bot's bubbles saying <paramref name="reply"/>.
    /// </summary>
    public static async Task PressAndWaitForAsync(IPage page, string label, string reply)
    {
        var replies = page.Locator(BotBubbles).GetByText(reply, new LocatorGetByTextOptions { Exact = false });
        var before = await replies.CountAsync();
        await PressAsync(page, label, first: true);
        await replies.Nth(before).WaitForAsync();
    }

    /// <summary>Types <paramref name="text"/> into the send box, sends it, and waits for its own bubble.</summary>
    public static Task TypeAsync(IPage page, string text) => AnswerAsync(page, text, async () =>
    {
        var box = page.Locator("[data-careerbot] input[type=text], [data-careerbot] textarea").First;
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    });

    private static async Task AnswerAsync(IPage page, string shown, Func<Task> answer)
    {
        var before = await page.Locator(UserBubbles).CountAsync();
        await answer();
        // The answer shows as the resident's own bubble once Direct Line has echoed it: what they typed,
        // or the label of the button they pressed (messageBack displayText), never the value sent.
        // (Locators, not WaitForFunction: the page's CSP forbids the eval that needs.)
        await page.Locator(UserBubbles).Nth(before).WaitForAsync();
        await page.Locator(UserBubbles).Last.GetByText(shown, new LocatorGetByTextOptions { Exact = true }).WaitForAsync();
    }
}
