namespace CareerBot.Bot.Protocol;

/// <summary>What /api/messages accepts.</summary>
public static class ActivityLimits
{
    /// <summary>The Bot Connector's own limit (262,144 bytes); larger bodies get 413.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>
    /// A resident's message longer than this is refused with 400 (a pasted document, not an answer).
    /// The dialogs read at most the first 2,000 characters of what is accepted.
    /// </summary>
    public const int MaxTextLength = 10_000;
}
