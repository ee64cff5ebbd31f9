using Microsoft.Playwright;
using Xunit;

namespace CareerBot.Bot.Tests.WebPage;

/// <summary>
/// Where Web Chat's parts sit on the screen, measured from their boxes. Scripts run through
/// page.EvaluateAsync (DevTools, which the page's CSP does not stop); WaitForFunction needs the eval the CSP
/// forbids, so waits use locators.
/// </summary>
internal static class ChatLayout
{
    public const string Transcript = "[data-careerbot] .webchat__basic-transcript";
    public const string SendBox = "[data-careerbot] .webchat__send-box";
    public const string SuggestedActions = "[data-careerbot] .webchat__suggested-action";

    /// <summary>
    /// Web Chat's "Connecting..." notice, between the transcript and the send box (36 px of the transcript's
    /// height on a phone). Web Chat keeps a notice at least 400 ms (notificationDebounceTimeout), so it can
    /// still show after the greeting and its buttons have arrived; once connected it is gone.
    /// </summary>
    public const string ConnectingNotice = "[data-careerbot] .webchat__connectivityStatus";

    private static readonly TimeSpan SettleWithin = TimeSpan.FromSeconds(20);
    private const int StableFrames = 5;

    /// <summary>
    /// Waits until the chat shows what a resident sees once it has settled: Web Chat has connected (its
    /// connecting notice is gone) and the transcript, its content and the send box (with any buttons) have
    /// kept their place and size for <see cref="StableFrames"/> animation frames in a row. Measuring as soon
    /// as a text appears can catch Web Chat between two frames of its own (the notice still up, buttons not
    /// laid out yet). Fails if the chat has not settled within <see cref="SettleWithin"/>.
    /// </summary>
    public static async Task WaitForSettledAsync(IPage page)
    {
        await page.Locator(ConnectingNotice).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        var deadline = DateTime.UtcNow + SettleWithin;
        while (true)
        {
            var frames = await page.EvaluateAsync<string[]>("""
                async ([transcript, sendBox, count]) => {
                  const box = selector => {
                    const e = document.querySelector(selector);
                    if (!e) return 'none';
                    const r = e.getBoundingClientRect();
                    return `${r.top.toFixed(1)}+${r.height.toFixed(1)}`;
                  };
                  const content = () => document.querySelector(transcript + ' .webchat__basic-transcript__scrollable')?.scrollHeight ?? 'none';
                  const sample = () => `transcript ${box(transcript)} content ${content()} send box ${box(sendBox)} page ${document.documentElement.scrollHeight}`;
                  const seen = [sample()];
                  for (let i = 0; i < count; i++) {
                    await new Promise(resolve => requestAnimationFrame(() => resolve()));
                    seen.push(sample());
                  }
                  return seen;
                }
                """, new object[] { Transcript, SendBox, StableFrames });
            if (frames.All(f => f == frames[0]) && !frames[0].Contains("none", StringComparison.Ordinal)) return;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"The chat's layout did not settle within {SettleWithin.TotalSeconds:0} s; its last frames:\n" + string.Join("\n", frames));
        }
    }

    /// <summary>
    /// The chat's transcript takes at least <paramref name="share"/> of the screen's height, the send box
    /// is fully on screen, and the page itself is no taller than the screen (so only the transcript scrolls).
    /// Measured once the chat has settled.
    /// </summary>
    public static async Task AssertFillsTheScreenAsync(IPage page, double share)
    {
        await WaitForSettledAsync(page);
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

    /// <summary>
    /// Every element of the transcript that a person sees only in part, or not at all, because it reaches past
    /// the left or right edge of the transcript or the screen; and the page or any part of the transcript
    /// scrolling sideways. Empty when everything fits the width.
    /// </summary>
    public static async Task<IReadOnlyList<string>> OutsideTheWidthAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            (selector) => {
              const transcript = document.querySelector(selector);
              if (!transcript) return [`${selector} is not on the page`];
              const page = document.documentElement;
              const box = transcript.getBoundingClientRect();
              const left = Math.max(0, box.left), right = Math.min(page.clientWidth, box.right);
              const found = [];
              if (page.scrollWidth > page.clientWidth)
                found.push(`the page scrolls sideways: ${page.scrollWidth} px on a ${page.clientWidth} px screen`);
              // Text for screen readers only sits in a box of 1 px that clips it: nobody sees it.
              const forScreenReaders = e => {
                for (let a = e; a && a !== transcript; a = a.parentElement) {
                  const r = a.getBoundingClientRect(), style = getComputedStyle(a);
                  if ((r.width <= 1 || r.height <= 1) &&
                      (style.overflow !== 'visible' || style.clipPath !== 'none' || style.clip !== 'auto')) return true;
                }
                return false;
              };
              const name = e => e.tagName.toLowerCase() + [...e.classList].filter(c => /^(webchat__|ac-)/.test(c)).map(c => '.' + c).join('');
              const text = e => (e.innerText || '').replace(/\s+/g, ' ').trim().slice(0, 50);
              for (const e of transcript.querySelectorAll('*')) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || forScreenReaders(e)) continue;
                if (r.left < left - 0.5 || r.right > right + 0.5)
                  found.push(`${name(e)} "${text(e)}" runs from ${r.left.toFixed(0)} to ${r.right.toFixed(0)} px; the chat shows ${left.toFixed(0)} to ${right.toFixed(0)} px`);
                else if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
                  found.push(`${name(e)} "${text(e)}" scrolls sideways: ${e.scrollWidth} px in ${e.clientWidth} px`);
              }
              return found;
            }
            """, Transcript);

    /// <summary>
    /// For every carousel in the transcript: how many pixels its text would reach past the carousel's right
    /// edge at its widest (Web Chat lets that text grow to bubbleMaxWidth, whatever the chat's width).
    /// Zero or less when the longest text fits. Measure before the carousel is scrolled sideways.
    /// </summary>
    public static async Task<IReadOnlyList<double>> CarouselTextOverhangAsync(IPage page) =>
        await page.EvaluateAsync<double[]>("""
            (selector) => [...document.querySelectorAll(selector + ' .webchat__carousel-filmstrip')]
              .filter(strip => strip.querySelector('.webchat__carousel-filmstrip__message'))
              .map(strip => {
                const message = strip.querySelector('.webchat__carousel-filmstrip__message');
                const widest = message.getBoundingClientRect().left + parseFloat(getComputedStyle(message).maxWidth);
                return widest - strip.getBoundingClientRect().right;
              })
            """, Transcript);

    public static async Task<LocatorBoundingBoxResult> BoxAsync(IPage page, string selector) =>
        await page.Locator(selector).First.BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not on the page.");
}
