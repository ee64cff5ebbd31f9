namespace CareerBot.Bot.Insights;

/// <summary>The kinds of <c>InsightSignal</c> the page reports; others are stored and left out.</summary>
internal static class InsightKinds
{
    /// <summary>Counted once per conversation when the resident first writes.</summary>
    public const string Conversation = "conversation";
    /// <summary>A question the dialog asked (how far people get).</summary>
    public const string Step = "step";
    public const string Interest = "interest";
    public const string Level = "level";
    /// <summary>A role or course shown to the resident.</summary>
    public const string Shown = "shown";
    /// <summary>A word the resident typed that matched nothing in the catalogue.</summary>
    public const string Unmatched = "unmatched";

    /// <summary>
    /// What residents asked about (travel, pay, a DBS check, a course's cost): the dialogs' common questions
    /// ("question", value "faq.dbs") and questions about a job or course on screen ("job_question", "followup",
    /// value "pay") are counted under this one kind, by topic, so a conversation that asks about pay twice in two
    /// ways counts once.
    /// </summary>
    public const string Asked = "asked";
    /// <summary>A resident in danger was given help lines (value: which kind of danger).</summary>
    public const string Crisis = "crisis";

    /// <summary>The dialogs' kinds of signal that are counted as <see cref="Asked"/> (letters only, as stored).</summary>
    public static readonly IReadOnlySet<string> AskedKinds = new HashSet<string>(StringComparer.Ordinal) { "question", "jobquestion", "followup" };

    /// <summary>
    /// One topic asked two ways: a course's cost or length asked of a job on screen ("cost") and as a common question
    /// ("course_cost").
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AskedAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cost"] = "course_cost",
        ["length"] = "course_length",
    };

    /// <summary>The step counted when suggestions were shown: the conversation reached its results.</summary>
    public const string ResultsStep = "results";

    /// <summary>
    /// Prompts that only some residents meet (a "did you mean" check, the questions for those not sure
    /// what they like): left out of the drop-off funnel, where they would look like people stopping.
    /// </summary>
    public static readonly IReadOnlySet<string> SideSteps = new HashSet<string>(StringComparer.Ordinal) { "confirm", "notsure" };
}
