using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A resident who wants a course, answering whatever is asked from what they know (their level, when they can come,
/// where they live, how far): the questions asked are kept, so a test can say which should and should not come.
/// </summary>
internal sealed class CourseOnlyTalk
{
    public const string Menu = "What would you like to do next?";

    public required TestTalk Talk { get; init; }

    /// <summary>Every question the bot asked, in order (the last reply of each turn that waits for an answer).</summary>
    public List<string> Asked { get; } = [];

    /// <summary>Everything the bot said, all turns.</summary>
    public List<string> Said { get; } = [];

    public IReadOnlyList<ShownResult> Shown => DialogStateSerializer.Read(Talk.State)!.Facts.Shown;

    public CareerAnswers Answers => DialogStateSerializer.Read(Talk.State)!.Answers;

    /// <summary>Joins on the real catalogue and places, says the wish, then answers each question until the results menu (at most 10 turns).</summary>
    public static async Task<CourseOnlyTalk> RunAsync(RealCatalogueFixture real, string wish, string level = "none", string times = "any time",
        string place = "Walsall", string miles = "5 miles")
    {
        var talk = new TestTalk(real.Search) { };
        talk.Engine = new ConversationEngine(talk.Search, CatalogueData.LoadPlaces());
        var run = new CourseOnlyTalk { Talk = talk };
        await talk.JoinAsync();
        await run.SayAsync(wish);
        for (var turn = 0; turn < 10 && talk.LastText != Menu; turn++)
        {
            var q = talk.LastText;
            var answer = q.Contains("Did you mean", StringComparison.Ordinal) ? "yes"
                : q.Contains("How far", StringComparison.Ordinal) ? miles
                : q.Contains("Where do you live", StringComparison.Ordinal) || q.Contains("post code", StringComparison.Ordinal) ? place
                : q.Contains("level", StringComparison.OrdinalIgnoreCase) || q.Contains("qualification", StringComparison.OrdinalIgnoreCase) ? level
                : q.Contains("hours", StringComparison.Ordinal) ? "part time"
                : q.Contains("start", StringComparison.Ordinal) ? "now"
                : q.Contains("When can you", StringComparison.Ordinal) ? times
                : "yes";
            await run.SayAsync(answer);
        }
        return run;
    }

    public async Task SayAsync(string text)
    {
        await Talk.SayAsync(text);
        Said.AddRange(Talk.Last.Replies.Select(r => r.Text));
        if (Talk.Last.Replies.Count > 0 && Talk.Last.Replies[^1].ExpectsInput) Asked.Add(Talk.LastText);
    }

    /// <summary>Questions about work, or words about work, a resident who wants only a course should not get.</summary>
    public IEnumerable<string> JobTalk() =>
        Said.Where(s => s.Contains("hours a week can you work", StringComparison.Ordinal) || s.Contains("start work", StringComparison.Ordinal)
            || s.Contains("You can work", StringComparison.Ordinal) || s.Contains("jobs with all kinds of hours", StringComparison.Ordinal)
            || s.Contains("Many good jobs need no qualifications", StringComparison.Ordinal) || s.Contains("travel to work", StringComparison.Ordinal)
            || s.Contains("Many jobs need no qualifications", StringComparison.Ordinal) || s.Contains("When can you work?", StringComparison.Ordinal));
}
