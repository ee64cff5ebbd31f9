using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// One answer naming an employer, a hospital, a shop or a college, said at a main question on the real places and
/// catalogue; then the other questions answered plainly. What to expect (parts split by ";"):
/// <c>noplace</c> no home is kept ("Where do you live?" is asked), <c>place=NAME</c> the home is NAME;
/// <c>work</c> a kind of work or own words are taken, with no "Sorry"; <c>kind=KEY</c> that kind of work;
/// <c>asked</c> the first question is asked again, with no "Sorry"; <c>employer</c> the bot says it has no jobs for
/// one employer; <c>shop</c> it says it has no jobs at that shop; <c>says=TEXT</c> / <c>nosays=TEXT</c> the reply to
/// the answer holds TEXT or not; <c>at=NAME</c> after the results (home Tipton, 10 miles), the first course card says
/// "You can do it at NAME".
/// </summary>
internal static class EmployerNamedCheck
{
    public static async Task RunAsync(RealCatalogueFixture real, string step, string text, string expect)
    {
        var (talk, all) = await PlainAnswers.UpToAsync(real, step);
        await talk.SayAsync(text);
        var said = talk.AllText;
        all.Add(said);
        var dump = $"[{step}] '{text}' -> {expect}\n{said}";
        var parts = expect.Split(';');
        var answers = DialogStateSerializer.Read(talk.State)?.Answers;
        foreach (var part in parts)
        {
            if (part == "work")
            {
                Assert.True(answers?.InterestKey is not null || answers?.InterestText is not null, dump);
                Assert.DoesNotContain("Sorry", said, StringComparison.Ordinal);
            }
            else if (part.StartsWith("kind=", StringComparison.Ordinal)) Assert.True(answers?.InterestKey == part[5..], dump + $"\nkind: {answers?.InterestKey}");
            else if (part == "asked")
            {
                Assert.DoesNotContain("Sorry", said, StringComparison.Ordinal);
                Assert.DoesNotContain("I will look for", said, StringComparison.Ordinal);
                Assert.True(talk.LastText.StartsWith(PlainAnswers.Interest, StringComparison.Ordinal), dump);
            }
            else if (part == "employer") Assert.Contains("I do not have jobs for one", said, StringComparison.Ordinal);
            else if (part == "shop")
            {
                Assert.Contains("I do not have jobs at", said, StringComparison.Ordinal);
                Assert.DoesNotContain("Sorry", said, StringComparison.Ordinal);
            }
            else if (part.StartsWith("says=", StringComparison.Ordinal)) Assert.True(said.Contains(part[5..], StringComparison.Ordinal), dump);
            else if (part.StartsWith("nosays=", StringComparison.Ordinal)) Assert.False(said.Contains(part[7..], StringComparison.Ordinal), dump);
        }

        var placeAsked = await PlainAnswers.UntilPlaceAsync(talk, all, dump);
        var transcript = dump + "\n" + string.Join("\n", all);
        PlainAnswers.CheckHome(parts, talk, placeAsked, transcript, saidBack: false);
        if (parts.FirstOrDefault(p => p.StartsWith("at=", StringComparison.Ordinal)) is not { } at) return;
        if (placeAsked) await talk.SayAsync("Tipton");
        if (talk.LastText.StartsWith(PlainAnswers.HowFar, StringComparison.Ordinal) || talk.LastText.StartsWith(PlainAnswers.HowFarToClasses, StringComparison.Ordinal))
            await talk.SayAsync("10 miles");
        var cards = talk.Last.Replies.SelectMany(r => r.Cards).ToList();
        transcript += "\n" + string.Join("\n", cards.Select(c => c.Title + ": " + string.Join(" | ", c.Lines)));
        Assert.True(cards.Count > 0, transcript);
        Assert.True(cards[0].Lines.Contains($"You can do it at {at[3..]}."), transcript);
    }
}
