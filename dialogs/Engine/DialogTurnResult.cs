namespace CareerBot.Dialogs.Engine;

/// <summary>Where the stack stands after a dialog ran.</summary>
public enum DialogStatus
{
    /// <summary>No dialog is running.</summary>
    Empty,
    /// <summary>A dialog asked something and waits for the next turn.</summary>
    Waiting,
    /// <summary>The last dialog on the stack finished.</summary>
    Complete,
}

/// <summary>The result of running a dialog for one turn.</summary>
public sealed record DialogTurnResult(DialogStatus Status, PromptAnswer? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogStatus.Waiting);
    public static DialogTurnResult Empty { get; } = new(DialogStatus.Empty);
}
