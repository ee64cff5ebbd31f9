using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Dialogs.Engine;

/// <summary>A prompt's typed answer. Only the member for the prompt's kind is set.</summary>
public sealed record PromptAnswer
{
    public required PromptKind Kind { get; init; }
    /// <summary>The text the answer came from.</summary>
    public string Text { get; init; } = "";
    /// <summary>The chosen <see cref="PromptChoice.Value"/>.</summary>
    public string? Choice { get; init; }
    public NumberRange? Number { get; init; }
    public bool? YesNo { get; init; }
    public QualificationSet? Qualifications { get; init; }
    public WeeklyHours? Hours { get; init; }
    public WorkTimes? Times { get; init; }
    public StartDate? Start { get; init; }
    public PlaceAnswer? Place { get; init; }
    /// <summary>The resident's own words about the work, when typed (not a button), for the search.</summary>
    public string? Words { get; init; }
    /// <summary>
    /// The wish as the resident said it, from the first to the last of <see cref="Words"/> ("helping old people and
    /// cooking"), when it is short: said back whole (see <see cref="WishPhrase"/>).
    /// </summary>
    public string? Phrase { get; init; }
    /// <summary>Kinds of work (<see cref="InterestKinds"/> keys) the resident said they do not want.</summary>
    public IReadOnlyList<string> NotKinds { get; init; } = [];
    /// <summary>Words of work the resident said they do not want ("not cleaning"): jobs named by them are not shown.</summary>
    public IReadOnlyList<string> NotWords { get; init; } = [];
    /// <summary>A word for work we have no jobs in ("kids", "nursery"): the answer is the nearest work we have.</summary>
    public string? NotOurs { get; init; }
    /// <summary>
    /// The job the resident wants to be that the catalogue has no job called ("doctor"), as they meant it: the answer
    /// is their words, for the nearest jobs we have, and the bot says it has none of that job.
    /// </summary>
    public string? NoJobFor { get; init; }
    /// <summary>The person the work is for, when not the resident ("wife" of "a porter job for my wife").</summary>
    public string? ForSomeone { get; init; }
    /// <summary>The resident chose to skip.</summary>
    public bool Skipped { get; init; }
    /// <summary>The attempts ran out: the dialog moves on without an answer.</summary>
    public bool GaveUp { get; init; }
    /// <summary>
    /// <see cref="Words"/> were spelt right by the search ("portar" is "porter"): said back as spelt right, so a wrong
    /// fix can be put right at once.
    /// </summary>
    public bool Respelt { get; init; }
    /// <summary>
    /// The typed words the search found to name work (see <c>SearchResults.WorkWords</c>: a job's name, a synonym), for
    /// a wish in free words: said back ("nurse", "phlebotomist") so the resident sees what will be searched.
    /// </summary>
    public IReadOnlyList<string> WorkWords { get; init; } = [];
    /// <summary>Words the search did not know (for insights).</summary>
    public IReadOnlyList<string> Unmatched { get; init; } = [];
}
