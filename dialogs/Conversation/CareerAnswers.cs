using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>The resident's answers so far. Each member is null until asked.</summary>
public sealed record CareerAnswers
{
    /// <summary>An <see cref="InterestKinds"/> key, or null for free text or no answer.</summary>
    public string? InterestKey { get; init; }
    /// <summary>The resident's own words about the work they want.</summary>
    public string? InterestText { get; init; }
    /// <summary>Kinds of work the resident does not want ("no care work"): their own families are left out.</summary>
    public IReadOnlyList<string> NotKinds { get; init; } = [];
    /// <summary>Words of work the resident does not want ("not cleaning"): jobs whose names hold them are not shown.</summary>
    public IReadOnlyList<string> NotWords { get; init; } = [];
    /// <summary>
    /// The job the resident wants to be that the catalogue has none of ("doctor"): the results are the nearest jobs,
    /// and their cards never say they are that job.
    /// </summary>
    public string? NoJobFor { get; init; }
    public QualificationSet? Qualifications { get; init; }
    public WeeklyHours? Hours { get; init; }
    /// <summary>Full-time or part-time, when said that way.</summary>
    public WorkPatterns HoursPattern { get; init; }
    public WorkTimes? Times { get; init; }
    public StartDate? Start { get; init; }
    public PlaceAnswer? Place { get; init; }
    public bool PlaceSkipped { get; init; }
    public double? MaxMiles { get; init; }
    /// <summary>The resident's age, when they said it in any answer ("im 17").</summary>
    public int? Age { get; init; }
    /// <summary>The pay the resident asked for, in any answer ("£15 an hour", "well paid").</summary>
    public PayWish? Pay { get; init; }
    /// <summary>
    /// The employer, hospital or college the resident named ("the Dudley Group", "esol at Walsall College"): where the
    /// work or course is, never the home. A college's courses come first in the search.
    /// </summary>
    public NamedEmployer? Workplace { get; init; }
    /// <summary>Set when the resident said, at any point, that their English is a barrier.</summary>
    public EnglishNeed? English { get; init; }
}

/// <summary>When in the day and week a resident can work.</summary>
public sealed record WorkTimes(WorkPatterns Patterns, DayParts Parts = DayParts.None, bool Flexible = false)
{
    /// <summary>Parts of the day ruled out ("no nights"), said back so the resident sees they were heard.</summary>
    public DayParts NotParts { get; init; }
    /// <summary>
    /// The only days of the week the resident can work, Monday first ("only tues and thurs", "not Fridays" = the other
    /// six); empty when any day will do. Stored: a conversation saved before this was kept reads back with none.
    /// </summary>
    public IReadOnlyList<DayOfWeek> Days { get; init; } = [];
}

/// <summary>
/// Facts about the conversation itself (not the resident's answers). Its lists are read-only: a change
/// is a new list (<c>with { Asked = [.. Asked, question] }</c>), so a copied <see cref="Engine.DialogState"/>
/// shares them safely.
/// </summary>
public sealed record ConversationFacts
{
    public bool Greeted { get; init; }
    /// <summary>Main questions in the order asked, for "back".</summary>
    public IReadOnlyList<string> Asked { get; init; } = [];
    /// <summary>Main questions an answer to another question already told: skipped when reached.</summary>
    public IReadOnlyList<string> Noted { get; init; } = [];
    /// <summary>Of <see cref="Noted"/>, those whose note the resident has already been told.</summary>
    public IReadOnlyList<string> NotedSaid { get; init; } = [];
    /// <summary>Jargon already explained in this conversation.</summary>
    public IReadOnlyList<string> Explained { get; init; } = [];
    public int ResultsOffset { get; init; }
    public int ResultsTotal { get; init; }
    /// <summary>How many of <see cref="ResultsTotal"/> are courses: the menu says "More courses" when all are.</summary>
    public int ResultsCourses { get; init; }
    /// <summary>The results on screen now, numbered from 1.</summary>
    public IReadOnlyList<ShownResult> Shown { get; init; } = [];
    /// <summary>The job we last talked about ("how much does it pay?"): the last one viewed, or the only one shown.</summary>
    public ShownResult? Current { get; init; }
    /// <summary>
    /// The job or course a question before the results was about ("is the care certificate free?"), or the few courses
    /// of one name it answered for ("esol"): "how long is it" next asks of them. None once results are shown (then <see cref="Current"/> is the one talked about).
    /// </summary>
    public IReadOnlyList<ShownResult> AskedAbout { get; init; } = [];
    /// <summary>The courses last listed for a job ("what course do i need for the first one"), numbered from 1.</summary>
    public IReadOnlyList<ShownResult> Listed { get; init; } = [];
    /// <summary>The id of the job <see cref="Listed"/> is for.</summary>
    public string? ListedFor { get; init; }
    /// <summary>
    /// The courses listed for the job we talk about, while we still talk about it: "how long is it" asks of them, not
    /// of the job. None once another job, a course or new results are talked about.
    /// </summary>
    public IReadOnlyList<ShownResult> ListedNow() => Current is { Kind: "role" } c && c.Id == ListedFor ? Listed : [];
    /// <summary>After changing one answer, go straight back to the results.</summary>
    public bool ReturnToResults { get; init; }
    public bool ResultsSeen { get; init; }
    /// <summary>
    /// A work qualification named at the first question with no word that says it is held or wanted ("nvq 2 in care"):
    /// the qualifications question asks whether the resident has it.
    /// </summary>
    public string? NamedQualification { get; init; }
}

/// <summary>A result shown to the resident.</summary>
public sealed record ShownResult(string Kind, string Id, string Title);
