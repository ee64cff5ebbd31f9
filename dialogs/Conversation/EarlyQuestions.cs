using System.Text.RegularExpressions;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Questions in the middle of the guided questions that only the results can answer, asked of no job by name: how to
/// apply ("how do i apply", "can i apply online"), the pay ("how much is the pay"), which of the jobs ("which one pays
/// more", "which is closest"), or where, when and how long "the course" is and how to join it. A short answer says
/// what the bot knows and that the jobs come after the questions; the question is then asked again. They are never
/// read as an answer ("which one pays more" is no grade).
/// A question about a named job is <see cref="JobQuestions"/>'; a worry ("do i need a cv") is <see cref="CommonQuestions"/>'.
/// </summary>
public static partial class EarlyQuestions
{
    /// <summary>Words that say how or where to apply, not what work or which answer: "can i apply online", "is there a form".</summary>
    private static readonly HashSet<string> ApplyWays = new(StringComparer.Ordinal)
    {
        "online", "form", "forms", "website", "site", "web", "email", "phone", "post", "send", "put", "fill", "process", "nhs", "paper",
        "letter", "go", "about", "way", "best", "easy", "hard", "quick", "quickly", "fast", "straight", "away", "myself", "direct", "directly",
    };

    /// <summary>The message key of the short answer, or null when the message is not such a question.</summary>
    public static string? Find(string? text)
    {
        var n = PromptWords.Normalise(text);
        if (n.Length == 0) return null;
        // "when does the course start" is asked too, though the job questions do not start with "when".
        var asked = JobQuestions.IsQuestion(text ?? "", n);
        if (!asked && !Asks(text)) return null;
        if (asked && WhichOfThem().IsMatch(n)) return "early.results";
        var said = FollowUpReader.Read(text);
        if (said.Pick is not null || said.AsksForWork || said.MeansCurrent) return null;
        if (asked && said.Topic == JobTopic.Apply && said.Words.All(ApplyWays.Contains)) return "early.apply";
        // "how much is the pay": not "how much can i earn on 20 hours", which also answers the hours.
        if (asked && said.Topic == JobTopic.Pay && said.Words.Count == 0 && !n.Any(char.IsDigit)) return "early.pay";
        // "how long is the course", "where is the nearest college", "can i do the course online", "when does the course
        // start", of no course by name.
        if (said.MentionsCourse && said.CourseTopic is JobTopic.Where or JobTopic.Length or JobTopic.Study or JobTopic.Level or JobTopic.Apply
            && said.NameWords.Count == 0) return "early.course";
        return null;
    }

    /// <summary>Question words the job questions do not start with ("when do they interview", "who do i contact"), and a lone topic word ("cv", "interview").</summary>
    private static readonly HashSet<string> MoreStarts = new(StringComparer.Ordinal)
    {
        "when", "wen", "who", "why", "should", "shall", "must", "am", "did", "have", "has", "whats",
    };

    /// <summary>
    /// The message asks something of the resident's own: put as a question (<see cref="JobQuestions"/>' rule), or
    /// starting "when", "who", "why", "should"..., or only the name of a topic ("cv", "interview", "how to apply").
    /// </summary>
    public static bool Asks(string? text)
    {
        var n = PromptWords.Normalise(text);
        if (n.Length == 0) return false;
        if (JobQuestions.IsQuestion(text ?? "", n) || LoneTopic().IsMatch(n)) return true;
        var first = n.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return MoreStarts.Contains(first) && n.Contains(' ', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:(?:how to|how do i|about|the|my) )?(?:apply|applying|application|applications|interviews?|cv|c v|resume|pay|wages?|salary)(?: please| pls)?$")]
    private static partial Regex LoneTopic();

    /// <summary>
    /// The reply to a question of the resident's own that no answer above knows: the interview's general answer when it
    /// speaks of one, how to apply or the pay when it asks that, else who can answer it.
    /// </summary>
    public static string Unknown(string? text)
    {
        var n = PromptWords.Normalise(text);
        if (Interview().IsMatch(n)) return "faq.interview";
        var said = FollowUpReader.Read(text);
        return said.Topic switch
        {
            // "who do i contact", not "what happens after i apply".
            JobTopic.Apply when said.Words.All(ApplyWays.Contains) => "early.apply",
            JobTopic.Pay => "early.pay",
            _ => "early.other",
        };
    }

    [GeneratedRegex(@"\binterv(?:iew|eiw|ew|ue)s?\b")]
    private static partial Regex Interview();

    /// <summary>"which one pays more", "which is closest", "which ones are part time", "which job has the best pay".</summary>
    [GeneratedRegex(@"^(?:(?:ok|okay|so|and|but|then|hmm|please|pls|sorry) )*(?:which|wich|whitch|witch)(?: one| ones| job| jobs| of them| of these| of those| of the jobs)? (?:is|are|r|has|have|does|do|pays?|gives?|offers?|would|will|got|needs?)\b")]
    private static partial Regex WhichOfThem();
}
