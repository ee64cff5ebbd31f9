using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// The main questions answered plainly around one answer under test, on the real places and catalogue (see
/// <see cref="PlaceWithWorkCheck"/> and <see cref="EmployerNamedCheck"/>): up to the question it is said at, then on
/// until "Where do you live?" or "How far can you travel to work?", and what became of the home.
/// </summary>
internal static class PlainAnswers
{
    public const string Interest = "What kind of work do you like?";
    public const string WhereDoYouLive = "Where do you live?";
    public const string HowFar = "How far can you travel to work?";
    public const string HowFarToClasses = "How far can you travel to classes?";

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
        // The questions for a resident who wants only a course (CourseSeeker).
        ("What level is your English now?", "", "I am not sure"),
        ("What level is your maths now?", "", "I am not sure"),
        ("When can you come to classes?", "", "Days"),
    ];

    /// <summary>A talk on the real places and catalogue, answered plainly up to <paramref name="step"/>; what each turn said.</summary>
    public static async Task<(TestTalk Talk, List<string> All)> UpToAsync(RealCatalogueFixture real, string step)
    {
        var talk = new TestTalk(real.Search);
        talk.Engine = new ConversationEngine(talk.Search, CatalogueData.LoadPlaces());
        var all = new List<string>();
        await talk.JoinAsync();
        all.Add(talk.AllText);
        foreach (var (question, name, answer) in Plain)
        {
            if (name == step) break;
            Assert.StartsWith(question, talk.LastText, StringComparison.Ordinal);
            await talk.SayAsync(answer);
            all.Add(talk.AllText);
        }
        return (talk, all);
    }

    /// <summary>The other questions, plainly, until the place or the distance is asked: whether the place was.</summary>
    public static async Task<bool> UntilPlaceAsync(TestTalk talk, List<string> all, string dump)
    {
        for (var turns = 0; turns < 10; turns++)
        {
            var last = talk.LastText;
            if (last.StartsWith(WhereDoYouLive, StringComparison.Ordinal)) return true;
            if (last.StartsWith(HowFar, StringComparison.Ordinal) || last.StartsWith(HowFarToClasses, StringComparison.Ordinal)) return false;
            var plain = Plain.FirstOrDefault(p => last.StartsWith(p.Question, StringComparison.Ordinal));
            Assert.True(plain.Answer is not null, dump + "\n" + string.Join("\n", all));
            await talk.SayAsync(plain.Answer);
            all.Add(talk.AllText);
        }
        return false;
    }

    /// <summary>
    /// The home against the expected parts: <c>place=NAME</c> kept and not asked (and said back, with
    /// <paramref name="saidBack"/>), <c>noplace</c> asked and none kept.
    /// </summary>
    public static void CheckHome(IEnumerable<string> parts, TestTalk talk, bool placeAsked, string transcript, bool saidBack)
    {
        var home = DialogStateSerializer.Read(talk.State)?.Answers.Place;
        foreach (var part in parts)
        {
            if (part.StartsWith("place=", StringComparison.Ordinal))
            {
                var name = part["place=".Length..];
                Assert.False(placeAsked, transcript);
                Assert.True(home?.Name == name, transcript + $"\nhome: {home?.Name}");
                if (saidBack) Assert.Contains($"I will look near {name}.", transcript, StringComparison.Ordinal);
            }
            else if (part == "noplace")
            {
                Assert.True(placeAsked, transcript + $"\nhome: {home?.Name}");
                Assert.Null(home);
            }
        }
    }
}
