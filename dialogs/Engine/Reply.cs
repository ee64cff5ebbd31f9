namespace CareerBot.Dialogs.Engine;

/// <summary>
/// One message from the bot, channel-neutral. bot/Channels turns it into suggested actions,
/// cards or a numbered list.
/// </summary>
public sealed record Reply
{
    /// <summary>Plain-English text. Meets the simple-English bar.</summary>
    public required string Text { get; init; }
    /// <summary>Buttons for a closed question (2-4 usually).</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];
    /// <summary>Result cards (a carousel on rich channels, numbered text on SMS).</summary>
    public IReadOnlyList<ReplyCard> Cards { get; init; } = [];
    /// <summary>True when this message asks a question: the channel sends inputHint expectingInput.</summary>
    public bool ExpectsInput { get; init; }
}

/// <summary>A button: the label shown and the text sent back when pressed.</summary>
public sealed record Choice(string Label, string Value);

/// <summary>A result card: a role or course with a few facts and buttons.</summary>
public sealed record ReplyCard
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    /// <summary>Short plain lines: what you do, why it fits, pay and hours, next step.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];
    public IReadOnlyList<Choice> Buttons { get; init; } = [];
}
