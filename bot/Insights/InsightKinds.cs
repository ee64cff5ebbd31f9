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

    /// <summary>The step counted when suggestions were shown: the conversation reached its results.</summary>
    public const string ResultsStep = "results";

    /// <summary>
    /// Prompts that only some residents meet (a "did you mean" check, the questions for those not sure
    /// what they like): left out of the drop-off funnel, where they would look like people stopping.
    /// </summary>
    public static readonly IReadOnlySet<string> SideSteps = new HashSet<string>(StringComparer.Ordinal) { "confirm", "notsure" };
}
