using System.Text.Json;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// The guided conversation: loads the dialog stack from the snapshot, handles interruptions
/// (help, back, start again, stop, forget me, word meanings), runs the active dialog and saves.
/// </summary>
public sealed class ConversationEngine : IConversationEngine
{
    private readonly DialogSet _dialogs;
    private readonly MainDialog _main;
    private readonly MessageCatalogue _messages;
    private readonly ILogger _logger;
    private readonly FactReader _facts;

    public ConversationEngine(ICatalogueSearch search, IReadOnlyList<KnownPlace> places,
        ILogger<ConversationEngine>? logger = null, MessageCatalogue? messages = null)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(places);
        _messages = messages ?? MessageCatalogue.Default;
        _logger = logger ?? NullLogger<ConversationEngine>.Instance;
        _facts = new FactReader(places);
        var questions = new Questions(_messages);
        _main = new MainDialog(questions);
        _dialogs = new DialogSet()
            .Add(_main)
            .Add(new InterestDialog(questions))
            .Add(new QualificationsDialog(questions))
            .Add(new ResultsDialog(search, questions, new SuggestionCards(_messages)))
            .Add(new PromptDialog(new CareerPromptRecognizer(search, places, _messages)));
    }

    public async Task<TurnOutcome> RunTurnAsync(Turn turn, DialogSnapshot? state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var loaded = DialogStateSerializer.Read(state);
        var dialogState = loaded ?? new DialogState();
        var dc = new DialogContext(_dialogs, dialogState, turn with { Text = TextOf(turn) }, _messages);
        try
        {
            if (state is not null && loaded is null)
            {
                // Unreadable or older state: start kindly from the beginning.
                dc.Say("greet.fresh");
                dialogState.Facts = dialogState.Facts with { Greeted = true };
                await dc.BeginDialogAsync(MainDialog.DialogId, cancellationToken);
                return Outcome(dc, ConversationAction.None);
            }
            var action = await RunAsync(dc, cancellationToken);
            if (action == ConversationAction.ForgetMe)
                return new TurnOutcome { Replies = dc.Replies, State = null, Action = action };
            return Outcome(dc, action);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Turn failed in conversation {ConversationId}", turn.ConversationId);
            return new TurnOutcome
            {
                Replies = [new Reply { Text = _messages.Get(MessageKeys.ErrorSorry) }],
                State = state,
            };
        }
    }

    private async Task<ConversationAction> RunAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = dc.Turn.Text;
        var empty = dc.State.Stack.Count == 0;

        if (text.Length == 0)
        {
            if (empty)
                await dc.BeginDialogAsync(MainDialog.DialogId, cancellationToken);
            else if (dc.Turn.IsConversationStart)
            {
                dc.Say("greet.back");
                await dc.RepromptAsync(cancellationToken);
            }
            else
                await dc.RepromptAsync(cancellationToken);
            return ConversationAction.None;
        }

        var interruption = Interruptions.Recognise(text);
        switch (interruption.Kind)
        {
            case InterruptionKind.ForgetMe:
                dc.Say("forget.ok");
                dc.CancelAll();
                return ConversationAction.ForgetMe;
            case InterruptionKind.Stop:
                dc.Say("stop.ok");
                dc.CancelAll();
                dc.State.Facts = dc.State.Facts with { Greeted = false };
                return ConversationAction.End;
            case InterruptionKind.Goodbye:
                dc.Say("goodbye");
                dc.CancelAll();
                dc.State.Facts = dc.State.Facts with { Greeted = false };
                return ConversationAction.End;
        }

        // A worry ("I have a criminal record") is answered first; the text may still answer the question.
        var worry = interruption.Kind == InterruptionKind.None ? CommonQuestions.Find(text) : null;
        if (worry is not null) dc.Signal("question", worry);

        if (empty)
        {
            // A new conversation, or one that ended: greet and start.
            if (interruption.Kind == InterruptionKind.Thanks)
            {
                dc.Say("thanks");
                return ConversationAction.None;
            }
            var result = await dc.BeginDialogAsync(MainDialog.DialogId, cancellationToken);
            if (worry is not null)
            {
                // After the greeting, before the first question.
                dc.Replies.Insert(dc.Replies.FindLastIndex(r => r.ExpectsInput) is var q and >= 0 ? q : dc.Replies.Count,
                    new Reply { Text = _messages.Get(worry) });
                dc.Answered(CommonQuestions.WithoutWorries(text));
            }
            // A first message that is an answer ("cleaning") answers the first question at once.
            if (interruption.Kind == InterruptionKind.None && result.Status == DialogStatus.Waiting)
            {
                var before = dc.Replies.Count;
                await AnswerAsync(dc, cancellationToken);
                // Only a worry, no answer: the first question is already on screen, just after the answer.
                if (worry is not null && dc.Replies.Count == before + 1 && dc.Replies[^1].Text == dc.Replies[before - 1].Text)
                    dc.Replies.RemoveAt(dc.Replies.Count - 1);
            }
            return ConversationAction.None;
        }

        switch (interruption.Kind)
        {
            case InterruptionKind.Greeting:
                dc.Say("greet.again");
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.Help:
                dc.Signal("help", dc.ActiveFrame?.Prompt?.Step ?? "none");
                dc.Say("help.what");
                dc.Say("help.how");
                dc.Say("help.words");
                dc.Say("help.forget");
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.Thanks:
                dc.Say("thanks");
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.Glossary:
                dc.Signal("glossary", interruption.Key!);
                dc.Say(interruption.Key!);
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.UnknownWord:
                dc.Signal("unmatched", interruption.Key!);
                dc.Say("unknown.word");
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.Restart:
                dc.Say("restart.ok");
                await _main.RestartAsync(dc, cancellationToken);
                break;
            case InterruptionKind.Back:
                await BackAsync(dc, cancellationToken);
                break;
            case InterruptionKind.ChangeHours:
                await _main.JumpToAsync(dc, "hours", dc.State.Facts.ResultsSeen, cancellationToken);
                break;
            case InterruptionKind.ChangePlace:
                await _main.JumpToAsync(dc, "place", dc.State.Facts.ResultsSeen, cancellationToken);
                break;
            case InterruptionKind.ChangeInterest:
                await _main.JumpToAsync(dc, "interest", dc.State.Facts.ResultsSeen, cancellationToken);
                break;
            case InterruptionKind.ChangeQualifications:
                await _main.JumpToAsync(dc, "qualifications", dc.State.Facts.ResultsSeen, cancellationToken);
                break;
            case InterruptionKind.ChangeAnswer:
                dc.CancelAll();
                dc.State.Stack.Add(new DialogFrame { DialogId = MainDialog.DialogId, Step = 8 });
                dc.State.Stack.Add(new DialogFrame { DialogId = ResultsDialog.DialogId, Values = new FrameValues { Purpose = "change" } });
                await dc.PromptAsync(new Questions(_messages).ChangeWhich(), cancellationToken);
                break;
            default:
                if (worry is not null)
                {
                    dc.Say(worry);
                    dc.Answered(CommonQuestions.WithoutWorries(text));
                }
                await AnswerAsync(dc, cancellationToken);
                break;
        }
        return ConversationAction.None;
    }

    /// <summary>
    /// Runs the active dialog with the turn's answer. An answer to a main question is first read for the other
    /// questions' facts too ("i live in walsall" to "When can you start?"): they are stored, and when the asked
    /// question's own answer is missing the bot says what it noted and asks again.
    /// </summary>
    private async Task AnswerAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> ahead = [];
        // Follow-ups ("What level is your course?") carry their main question's step, and are read the same way.
        if (dc.ActiveFrame?.Prompt is { } prompt && FactReader.MainQuestions.Contains(prompt.Step))
        {
            var heard = _facts.Read(dc.Turn.Text, prompt.Step, dc.Turn.LocalTime);
            if (heard.Any)
            {
                ahead = FactNotes.Store(dc, heard);
                dc.HeardOtherFacts = true;
            }
        }
        await dc.ContinueDialogAsync(cancellationToken);
        if (dc.AnswerMissed)
        {
            FactNotes.SayAhead(dc, ahead);
            await dc.RepromptAsync(cancellationToken);
        }
    }

    private async Task BackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var asked = dc.State.Facts.Asked;
        var activeStep = dc.ActiveFrame?.Prompt?.Step;
        if (asked.Count == 0)
        {
            dc.Say("back.first");
            await dc.RepromptAsync(cancellationToken);
            return;
        }
        // In a follow-up question, or at the results: back to the last main question.
        var target = activeStep == asked[^1] ? (asked.Count >= 2 ? asked[^2] : null) : asked[^1];
        if (target is null)
        {
            dc.Say("back.first");
            await dc.RepromptAsync(cancellationToken);
            return;
        }
        await _main.JumpToAsync(dc, target, returnToResults: false, cancellationToken);
    }

    private static TurnOutcome Outcome(DialogContext dc, ConversationAction action) => new()
    {
        Replies = dc.Replies,
        State = DialogStateSerializer.Write(dc.State),
        Signals = dc.Signals,
        Action = action,
    };

    /// <summary>The turn's text; for a card submit with no text, its "text" or "value" field. At most 2,000 characters.</summary>
    private static string TextOf(Turn turn)
    {
        var text = Capped(turn.Text);
        if (text.Length > 0 || string.IsNullOrWhiteSpace(turn.ValueJson)) return text;
        try
        {
            using var doc = JsonDocument.Parse(turn.ValueJson);
            if (doc.RootElement.ValueKind == JsonValueKind.String) return Capped(doc.RootElement.GetString());
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in new[] { "text", "value", "choice", "action" })
                {
                    if (doc.RootElement.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String)
                        return Capped(p.GetString());
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON we understand, or a string with a broken surrogate escape (found by the fuzz test): no text.
        }
        return "";
    }

    private static string Capped(string? raw)
    {
        var text = PromptWords.Clean(raw ?? "").Trim();
        return text.Length > 2000 ? text[..2000] : text;
    }
}
