namespace CareerBot.Dialogs.Engine;

/// <summary>
/// The whole guided conversation, as the bot host sees it: one turn in, replies and new state out.
/// The host persists <see cref="DialogSnapshot"/> as it is and hands it back on the next turn.
/// </summary>
public interface IConversationEngine
{
    Task<TurnOutcome> RunTurnAsync(Turn turn, DialogSnapshot? state, CancellationToken cancellationToken);
}

/// <summary>What a turn produced.</summary>
public sealed record TurnOutcome
{
    public required IReadOnlyList<Reply> Replies { get; init; }
    /// <summary>State to store; null when the conversation state should be deleted.</summary>
    public required DialogSnapshot? State { get; init; }
    /// <summary>Anonymous facts for advisers' insights (no free text that identifies a resident).</summary>
    public IReadOnlyList<InsightSignal> Signals { get; init; } = [];
    /// <summary>What the host should do after the replies.</summary>
    public ConversationAction Action { get; init; } = ConversationAction.None;
}

/// <summary>What the host should do after a turn.</summary>
public enum ConversationAction
{
    None,
    /// <summary>The resident asked to be forgotten: delete every stored trace at once.</summary>
    ForgetMe,
    /// <summary>The conversation is over (send endOfConversation where the channel supports it).</summary>
    End,
}

/// <summary>
/// One anonymous fact, e.g. ("step", "qualifications"), ("interest", "computers"),
/// ("level", "2"), ("shown", "porter"), ("unmatched", "welder").
/// </summary>
public sealed record InsightSignal(string Kind, string Value);
