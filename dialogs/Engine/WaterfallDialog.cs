namespace CareerBot.Dialogs.Engine;

/// <summary>One step of a waterfall. It asks something (a prompt), moves on, or ends the dialog.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

/// <summary>
/// A dialog made of steps run in order. Each step gets the previous prompt's answer.
/// The step number is kept in the frame, so the dialog resumes where it stopped.
/// </summary>
public class WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps) : Dialog(id)
{
    public int StepCount => steps.Count;

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunStepAsync(dc, 0, null, cancellationToken);

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunStepAsync(dc, dc.ActiveFrame!.Step + 1, null, cancellationToken);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, PromptAnswer? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, dc.ActiveFrame!.Step + 1, result, cancellationToken);

    /// <summary>Runs step <paramref name="index"/> of the dialog on top of the stack.</summary>
    public Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, PromptAnswer? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
            return dc.EndDialogAsync(result, cancellationToken);
        dc.UpdateActive(f => f with { Step = index });
        return steps[index](new WaterfallStepContext(dc, this, index, result), cancellationToken);
    }
}

/// <summary>What a waterfall step sees: the context, its index and the previous answer.</summary>
public sealed class WaterfallStepContext(DialogContext dc, WaterfallDialog dialog, int index, PromptAnswer? result)
{
    public DialogContext Context { get; } = dc;
    public int Index { get; } = index;
    public PromptAnswer? Result { get; } = result;
    public DialogFrame Frame => Context.ActiveFrame!;

    public Task<DialogTurnResult> NextAsync(CancellationToken cancellationToken, PromptAnswer? result = null) =>
        dialog.RunStepAsync(Context, Index + 1, result, cancellationToken);

    public Task<DialogTurnResult> GoToAsync(int index, CancellationToken cancellationToken, PromptAnswer? result = null) =>
        dialog.RunStepAsync(Context, index, result, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(PromptSpec spec, CancellationToken cancellationToken) =>
        Context.PromptAsync(spec, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken) =>
        Context.BeginDialogAsync(dialogId, cancellationToken);

    public Task<DialogTurnResult> EndAsync(CancellationToken cancellationToken, PromptAnswer? result = null) =>
        Context.EndDialogAsync(result, cancellationToken);
}
