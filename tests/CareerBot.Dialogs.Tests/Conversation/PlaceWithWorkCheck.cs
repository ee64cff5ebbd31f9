using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// One answer with a place in it, said at a main question, on the real places and catalogue; then the other
/// questions answered plainly until "Where do you live?" or "How far can you travel to work?". What to expect:
/// <c>place=NAME</c> the home is NAME (said back as "I will look near NAME"), and "Where do you live?" is not asked;
/// <c>noplace</c> no home is kept, so "Where do you live?" is asked; at the first question, <c>work</c> a kind of work
/// is taken from the answer, and <c>nowork</c> none is (the first question is asked again, with no "Sorry").
/// </summary>
internal static class PlaceWithWorkCheck
{
    public static async Task RunAsync(RealCatalogueFixture real, string step, string text, string expect)
    {
        var (talk, all) = await PlainAnswers.UpToAsync(real, step);
        await talk.SayAsync(text);
        var said = talk.AllText;
        all.Add(said);
        var dump = $"[{step}] '{text}' -> {expect}\n";
        var afterFirst = DialogStateSerializer.Read(talk.State)?.Answers;
        foreach (var part in expect.Split(';'))
        {
            if (part == "work")
                Assert.True(afterFirst?.InterestKey is not null && said.Contains("I will look for", StringComparison.Ordinal), dump + said);
            else if (part == "nowork")
            {
                Assert.True(afterFirst?.InterestKey is null, dump + said);
                Assert.DoesNotContain("I will look for", said, StringComparison.Ordinal);
                Assert.DoesNotContain("Sorry", said, StringComparison.Ordinal);
                Assert.True(talk.LastText.StartsWith(PlainAnswers.Interest, StringComparison.Ordinal), dump + said);
            }
        }

        var placeAsked = await PlainAnswers.UntilPlaceAsync(talk, all, dump);
        PlainAnswers.CheckHome(expect.Split(';'), talk, placeAsked, dump + string.Join("\n", all), saidBack: true);
    }
}
