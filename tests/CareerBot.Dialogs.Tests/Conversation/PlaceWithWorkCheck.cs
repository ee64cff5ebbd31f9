using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Catalogue;
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
    private const string Interest = "What kind of work do you like?";
    private const string WhereDoYouLive = "Where do you live?";
    private const string HowFar = "How far can you travel to work?";

    /// <summary>Plain answers to each main question, by the start of its text.</summary>
    private static readonly (string Question, string Step, string Answer)[] Plain =
    [
        (Interest, "interest", "cleaning"),
        ("What qualifications do you have?", "qualifications", "None"),
        ("How many hours a week can you work?", "hours", "Full-time"),
        ("When can you work?", "times", "Days"),
        ("When can you start work?", "start", "Now"),
        // The easy questions for a resident not sure what work they like.
        ("Do you like to help people?", "", "yes"),
        ("Where do you like to work?", "", "1"),
        ("Are you happy to work with people who are ill?", "", "yes"),
    ];

    public static async Task RunAsync(RealCatalogueFixture real, string step, string text, string expect)
    {
        var talk = new TestTalk(real.Search);
        talk.Engine = new ConversationEngine(talk.Search, CatalogueData.LoadPlaces());
        var all = new List<string>();
        await talk.JoinAsync();
        all.Add(talk.AllText);
        // The plain answers up to the question asked.
        foreach (var (question, name, answer) in Plain)
        {
            if (name == step) break;
            Assert.StartsWith(question, talk.LastText, StringComparison.Ordinal);
            await talk.SayAsync(answer);
            all.Add(talk.AllText);
        }
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
                Assert.True(talk.LastText.StartsWith(Interest, StringComparison.Ordinal), dump + said);
            }
        }

        // The other questions, plainly, until the place or the distance is asked.
        var placeAsked = false;
        for (var turns = 0; turns < 10; turns++)
        {
            var last = talk.LastText;
            if (last.StartsWith(WhereDoYouLive, StringComparison.Ordinal)) { placeAsked = true; break; }
            if (last.StartsWith(HowFar, StringComparison.Ordinal)) break;
            var plain = Plain.FirstOrDefault(p => last.StartsWith(p.Question, StringComparison.Ordinal));
            Assert.True(plain.Answer is not null, dump + string.Join("\n", all));
            await talk.SayAsync(plain.Answer);
            all.Add(talk.AllText);
        }
        var transcript = dump + string.Join("\n", all);
        var home = DialogStateSerializer.Read(talk.State)?.Answers.Place;
        foreach (var part in expect.Split(';'))
        {
            if (part.StartsWith("place=", StringComparison.Ordinal))
            {
                var name = part["place=".Length..];
                Assert.False(placeAsked, transcript);
                Assert.True(home?.Name == name, transcript + $"\nhome: {home?.Name}");
                Assert.Contains($"I will look near {name}.", transcript, StringComparison.Ordinal);
            }
            else if (part == "noplace")
            {
                Assert.True(placeAsked, transcript + $"\nhome: {home?.Name}");
                Assert.Null(home);
            }
        }
    }
}
