using CareerBot.Dialogs.Messages;

namespace CareerBot.Dialogs.Engine;

/// <summary>One turn's view of the dialog stack: run dialogs, send replies, record signals.</summary>
public sealed class DialogContext(DialogSet dialogs, DialogState state, Turn turn, MessageCatalogue messages)
{
    public DialogSet Dialogs { get; } = dialogs;
    public DialogState State { get; } = state;
    public Turn Turn { get; private set; } = turn;
    public MessageCatalogue Messages { get; } = messages;
    public List<Reply> Replies { get; } = [];
    public List<InsightSignal> Signals { get; } = [];

    /// <summary>
    /// Set by the host before running the turn when its text answered other questions too. A prompt that then does
    /// not understand its own answer leaves the reply to the host (<see cref="AnswerMissed"/>), which says what it
    /// noted and asks again, instead of "Sorry, I did not understand", and it does not count as a miss.
    /// </summary>
    public bool HeardOtherFacts { get; set; }

    /// <summary>
    /// Set with <see cref="HeardOtherFacts"/> when those facts changed what is held ("5 miles" after "B12"): the
    /// resident is telling more, so a main question on screen is asked again, never left as if they did not mind.
    /// </summary>
    public bool HeardNewFacts { get; set; }

    /// <summary>Set by a prompt that did not understand its answer while <see cref="HeardOtherFacts"/> or <see cref="TextAnswered"/> was set.</summary>
    public bool AnswerMissed { get; set; }

    public DialogFrame? ActiveFrame => State.Stack.Count == 0 ? null : State.Stack[^1];

    public Dialog? ActiveDialog => ActiveFrame is { } frame ? Dialogs.Find(frame.DialogId) : null;

    public bool IsSms => Turn.Channel == ChannelKind.Sms;

    /// <summary>
    /// The turn's text has already had a reply (a worry answered before the dialog reads the text). As with
    /// <see cref="HeardOtherFacts"/>, a prompt that cannot read a sure answer in it leaves the reply to the host
    /// (<see cref="AnswerMissed"/>), which asks again plainly: no "sorry", no attempt used up.
    /// </summary>
    public bool TextAnswered { get; private set; }

    /// <summary>The turn's text had a reply already; the dialog reads only <paramref name="rest"/> of it.</summary>
    public void Answered(string rest)
    {
        TextAnswered = true;
        Turn = Turn with { Text = rest };
    }

    /// <summary>Replace the top frame (frames are immutable records).</summary>
    public void UpdateActive(Func<DialogFrame, DialogFrame> change)
    {
        if (State.Stack.Count == 0) throw new InvalidOperationException("No active dialog.");
        State.Stack[^1] = change(State.Stack[^1]);
    }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken, PromptSpec? prompt = null)
    {
        var dialog = Dialogs.Get(dialogId);
        State.Stack.Add(new DialogFrame { DialogId = dialogId, Prompt = prompt });
        return dialog.BeginAsync(this, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(PromptSpec spec, CancellationToken cancellationToken) =>
        BeginDialogAsync(PromptDialog.DialogId, cancellationToken, spec);

    /// <summary>Runs the top dialog with this turn's input.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } dialog ? dialog.ContinueAsync(this, cancellationToken) : Task.FromResult(DialogTurnResult.Empty);

    /// <summary>Ends the top dialog and resumes its parent with the result.</summary>
    public Task<DialogTurnResult> EndDialogAsync(PromptAnswer? result, CancellationToken cancellationToken)
    {
        if (State.Stack.Count > 0) State.Stack.RemoveAt(State.Stack.Count - 1);
        return ActiveDialog is { } parent
            ? parent.ResumeAsync(this, result, cancellationToken)
            : Task.FromResult(new DialogTurnResult(DialogStatus.Complete, result));
    }

    /// <summary>Ends the top dialog and starts another in its place.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, CancellationToken cancellationToken)
    {
        if (State.Stack.Count > 0) State.Stack.RemoveAt(State.Stack.Count - 1);
        return BeginDialogAsync(dialogId, cancellationToken);
    }

    public void CancelAll() => State.Stack.Clear();

    public Task RepromptAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } dialog ? dialog.RepromptAsync(this, cancellationToken) : Task.CompletedTask;

    /// <summary>Sends a catalogue message that is not a question.</summary>
    public void Say(string key, IReadOnlyDictionary<string, string>? args = null) =>
        Replies.Add(new Reply { Text = Messages.Format(key, args) });

    public void Send(Reply reply) => Replies.Add(reply);

    public void Signal(string kind, string value) => Signals.Add(new InsightSignal(kind, value));
}
