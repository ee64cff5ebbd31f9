using CareerBot.Dialogs.Conversation;

namespace CareerBot.Dialogs.Engine;

/// <summary>
/// Everything the dialogs keep between turns: the dialog stack, the resident's answers and a few
/// facts about the conversation. Kept between turns in a <see cref="DialogSnapshot"/> (as JSON when stored).
/// Everything below the state itself is an immutable record changed with <c>with</c>, so <see cref="Copy"/>
/// only needs a new stack list; keep it that way (no list or object inside that is changed in place).
/// </summary>
public sealed class DialogState
{
    /// <summary>Bumped when steps change shape; an older snapshot restarts the conversation kindly.</summary>
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    /// <summary>The dialog stack, bottom first.</summary>
    public List<DialogFrame> Stack { get; set; } = [];

    public CareerAnswers Answers { get; set; } = new();

    public ConversationFacts Facts { get; set; } = new();

    /// <summary>A copy a turn can change without changing this one.</summary>
    internal DialogState Copy() => new() { Version = Version, Stack = [.. Stack], Answers = Answers, Facts = Facts };
}

/// <summary>One dialog on the stack: which dialog, which step, and its typed working values.</summary>
public sealed record DialogFrame
{
    public required string DialogId { get; init; }
    public int Step { get; init; }
    /// <summary>For a prompt: what it asks.</summary>
    public PromptSpec? Prompt { get; init; }
    /// <summary>For a prompt: wrong answers so far.</summary>
    public int Attempts { get; init; }
    /// <summary>For a prompt: an answer waiting for the resident to confirm it.</summary>
    public PromptAnswer? Pending { get; init; }
    /// <summary>
    /// For a prompt: the other reading of an answer that could mean two things; the resident is asked which one
    /// (<see cref="Pending"/> or this), each as a button labelled with its <see cref="PromptAnswer.Text"/>.
    /// </summary>
    public PromptAnswer? PendingOther { get; init; }
    /// <summary>Typed working values of the dialog.</summary>
    public FrameValues Values { get; init; } = new();
}

/// <summary>Working values dialogs keep in their frame (typed, never an object bag).</summary>
public sealed record FrameValues
{
    public bool? LikesPeople { get; init; }
    public string? WorkStyle { get; init; }
    /// <summary>Which page of interest buttons is showing (0-based).</summary>
    public int Page { get; init; }
    /// <summary>What a follow-up question is for ("details", "courses").</summary>
    public string? Purpose { get; init; }
}
