using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

public sealed partial class ResultsFollowUps
{
    /// <summary>What a course is asked that the catalogue may hold the same for several courses (not its level or its name).</summary>
    private static bool MayBeShared(JobTopic topic) =>
        topic is JobTopic.Cost or JobTopic.Length or JobTopic.Where or JobTopic.Study or JobTopic.Apply or JobTopic.Help or JobTopic.Needs;

    /// <summary>
    /// "is it free", "where is it" with several courses on screen: when the answer is the same for each of them (the
    /// same terms, the same colleges), it is said once, for the first, and then that it is the same for the others.
    /// "Which course do you mean?" would only make the resident pick one to hear what all of them say. False when
    /// the answers differ, or the question is not one a course may share.
    /// </summary>
    private async Task<bool> SameForAllAsync(DialogContext dc, IReadOnlyList<ShownResult> options, Question asked, CancellationToken cancellationToken)
    {
        var topic = asked.Course != JobTopic.None ? asked.Course : OfCourse(asked.Job);
        if (options.Count < 2 || !MayBeShared(topic)) return false;
        for (var i = 0; i < options.Count; i++)
            if (options[i].Kind != "course") return false;
        IReadOnlyList<Reply>? first = null;
        string[]? same = null;
        var home = dc.State.Answers.Place;
        for (var i = 0; i < options.Count; i++)
        {
            if (await search.GetCourseAsync(options[i].Id, cancellationToken) is not { } course) return false;
            // The answer with the title left out: the rest must be the same, word for word.
            var plain = _courseAnswers.About(course with { Title = "" }, topic, dc.Turn.Text, home, [], []);
            if (same is null)
            {
                same = [.. plain.Select(r => r.Text)];
                first = _courseAnswers.About(course, topic, dc.Turn.Text, home, [], []);
            }
            else if (plain.Count != same.Length || !plain.Select(r => r.Text).SequenceEqual(same, StringComparer.Ordinal)) return false;
        }
        dc.Signal("followup", topic.ToString().ToLowerInvariant());
        foreach (var reply in first!) dc.Send(reply);
        dc.Say(options.Count == 2 ? "course.same_for_other" : "course.same_for_others",
            new Dictionary<string, string> { ["count"] = (options.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return true;
    }
}
