using CareerBot.SearchIndex.Index;

namespace CareerBot.SearchIndex.Query;

/// <summary>
/// What a resident's own words say about learning, by the rules the search uses, for the dialogs to read an answer
/// the way the search will: a wish to learn ("english class", "first aid course", "maths level 1"), and a course level
/// the resident has already ("i have entry 2 english").
/// </summary>
public static class LearningWishes
{
    /// <summary>
    /// True when the words ask to learn: a word such as "course", "training", "class", "learn" or "study"; English or
    /// maths not said as something the resident has or speaks; getting better at something ("improve my computer
    /// skills"); a qualification said as wanted ("i want to do an nvq"); or a course level said as wanted ("level 1 maths").
    /// </summary>
    public static bool AsksToLearn(string? text)
    {
        var words = Words(text);
        // "nvq level 3 in care": the level of a qualification named with no wish may be held; it asks for no course.
        return QueryAnalyzer.AsksToLearn(words) || (CourseLevels.Named(words) is { Held: false } && !QueryAnalyzer.NamesPaperNotWished(words));
    }

    /// <summary>
    /// True when the words ask for a course in so many words: "course", "class", "lessons", "training", "learn",
    /// "study", "college", or "what next". English or maths alone ("my english is not good") is not enough.
    /// </summary>
    public static bool AsksForCourse(string? text) => QueryAnalyzer.NamesCourse(Words(text));

    /// <summary>
    /// True when the words ask to learn and, besides, for a job in its own right ("i need esol and a cleaning job"),
    /// not as what the course is for ("courses for care jobs"): the search shows jobs and courses both.
    /// </summary>
    public static bool AsksForJobToo(string? text)
    {
        var words = Words(text);
        return AsksToLearn(text) && QueryAnalyzer.AsksForAJobToo(words);
    }

    /// <summary>True when the words name a course level the resident has already ("i have entry 2", "passed level 1").</summary>
    public static bool HasLevel(string? text) => CourseLevels.Named(Words(text)) is { Held: true };

    /// <summary>
    /// The course level the words name, as a step on the ladder (pre-entry 0, Entry 1 to 3, then Level 1 is 4 and on):
    /// "entry 2", "e3", "level one", "pre-entry", "entry level 3 maths". Null when they name none.
    /// </summary>
    public static int? LevelStep(string? text) => CourseLevels.Named(Words(text))?.Step;

    private static List<string> Words(string? text) =>
        CourseLevels.Plain([.. TextWords.Of(text, QueryAnalyzer.MaxChars)], w => w, (_, w) => w);
}
