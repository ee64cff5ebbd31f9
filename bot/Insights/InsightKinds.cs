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
}
