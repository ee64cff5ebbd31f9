using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// A resident who wants a course and no job ("i only want an english course"): the questions that matter for a
/// course are asked in words about classes (their level now, when they can come, where they live, how far), and the
/// questions only a job needs (hours a week of work, a start date for work) are not. A resident who wants a course and
/// a job too ("esol and a cleaning job") is no course seeker: jobs and courses both are looked for.
/// </summary>
internal static class CourseSeeker
{
    /// <summary>True when the words of the wish ask to learn, and not for a job besides.</summary>
    public static bool Only(CareerAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers.InterestText is { Length: > 0 } wish && LearningWishes.AsksToLearn(wish) && !LearningWishes.AsksForJobToo(wish);
    }

    /// <summary>Words added to a course wish when jobs are asked for too: the search then shows jobs and courses in turn.</summary>
    public const string JobsToo = ", and a job";

    /// <summary>
    /// The words ask for jobs and name no kind of work nor a course: "and jobs?", "any jobs too", "what about work",
    /// "can you find me a job now". A kind of work ("any cleaning jobs?") is new words of work, read as such.
    /// </summary>
    public static bool AsksForJobs(string? text)
    {
        if (string.IsNullOrEmpty(text) || (!text.Contains("job", StringComparison.OrdinalIgnoreCase) && !text.Contains("work", StringComparison.OrdinalIgnoreCase)))
            return false;
        var wish = WorkWords.Read(text);
        return wish is { WantsWork: true, Kinds.Count: 0, NotWords.Count: 0, NotSure: false, OnlyPast: false } && !LearningWishes.AsksToLearn(text);
    }

    /// <summary>"english" or "maths" when the words name that subject and not the other; else null.</summary>
    public static string? Subject(string? words)
    {
        var english = false;
        var maths = false;
        foreach (var w in Engine.PromptWords.Normalise(words).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Recognizers.Text.QualificationReader.Subjects.TryGetValue(w, out var s)) (s == "english" ? ref english : ref maths) = true;
            else if (w is "esol" or "englsh" or "inglish") english = true;
        }
        return english == maths ? null : english ? "english" : "maths";
    }

    /// <summary>
    /// The answer to the qualifications question with the course level it names ("entry 2", "level 1 maths", "esol
    /// e3", "pre entry") kept as a step for its subject: the subject said with it, else the subject of the course
    /// wished for (<paramref name="wish"/>). Unchanged when no level or no subject is said.
    /// </summary>
    public static QualificationSet WithSteps(QualificationSet set, string? typed, string? wish)
    {
        ArgumentNullException.ThrowIfNull(set);
        return LearningWishes.LevelStep(typed) is { } step ? WithStep(set, Subject(typed) ?? Subject(wish), step) : set;
    }

    /// <summary>The set with <paramref name="step"/> kept as the level held in <paramref name="subject"/> ("english" or "maths"); unchanged for no subject.</summary>
    public static QualificationSet WithStep(QualificationSet set, string? subject, int step) => subject switch
    {
        "english" => set with { EnglishStep = step },
        "maths" => set with { MathsStep = step },
        _ => set,
    };
}
