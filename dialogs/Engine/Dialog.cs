namespace CareerBot.Dialogs.Engine;

/// <summary>
/// A dialog: begins, continues with the next turn's input, and resumes when a child dialog ends.
/// Dialogs hold no per-conversation fields; all state lives in their <see cref="DialogFrame"/>.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken);

    /// <summary>The resident answered while this dialog was on top.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, PromptAnswer? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask the waiting question again (after help, a glossary answer or a restart of the process).</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}
