using CareerBot.Dialogs.Messages;

namespace CareerBot.Dialogs.Engine;

/// <summary>
/// Asks one question, checks the answer, re-asks with examples, confirms unsure answers, and after
/// <see cref="PromptSpec.MaxAttempts"/> misses says something helpful and moves on (never a dead end).
/// </summary>
public sealed class PromptDialog(IPromptRecognizer recognizer) : Dialog(DialogId)
{
    public const string DialogId = "prompt";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var spec = SpecOf(dc);
        dc.Signal("step", spec.Step);
        dc.Send(Question(dc, spec, spec.MessageKey));
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var frame = dc.ActiveFrame!;
        dc.Send(frame.Pending is not null ? Confirmation(dc, frame) : Question(dc, frame.Prompt!, frame.Prompt!.MessageKey));
        return Task.CompletedTask;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var frame = dc.ActiveFrame!;
        var spec = frame.Prompt!;

        if (frame is { Pending: { } first, PendingOther: { } second })
        {
            // "3 miles" or "Up to 10 miles": a sure pick of one ends the question; anything else is a fresh answer.
            var picked = await recognizer.RecogniseAsync(WhichSpec(spec, first, second), dc.Turn, dc.State, cancellationToken);
            dc.UpdateActive(f => f with { Pending = null, PendingOther = null });
            if (picked is { Answer.Choice: { } value, NeedsConfirmation: false })
                return await dc.EndDialogAsync(value == WhichFirst ? first : second, cancellationToken);
        }
        else if (frame.Pending is { } pending)
        {
            var confirm = await recognizer.RecogniseAsync(YesNoSpec, dc.Turn, dc.State, cancellationToken);
            if (confirm.Answer?.YesNo == true)
                return await dc.EndDialogAsync(pending, cancellationToken);
            dc.UpdateActive(f => f with { Pending = null });
            if (confirm.Answer?.YesNo == false)
            {
                // Our guess was wrong, not the resident: ask the question plainly again.
                dc.Send(Question(dc, spec, spec.MessageKey));
                return DialogTurnResult.Waiting;
            }
            // Neither yes nor no: treat it as a fresh answer to the question.
        }

        if (spec.AllowSkip && PromptWords.IsSkip(dc.Turn.Text))
            return await dc.EndDialogAsync(new PromptAnswer { Kind = spec.Kind, Text = dc.Turn.Text, Skipped = true }, cancellationToken);

        var heard = await recognizer.RecogniseAsync(spec, dc.Turn, dc.State, cancellationToken);
        foreach (var word in heard.Unmatched) dc.Signal("unmatched", word);
        // The answer was about other questions, or a worry already answered: not a miss, and a guess at this one
        // would be weak.
        if ((dc.HeardOtherFacts || dc.TextAnswered) && (heard.Answer is null || heard.NeedsConfirmation))
        {
            // A guess still waiting for yes or no is asked again.
            if (frame.Pending is { } waiting) dc.UpdateActive(f => f with { Pending = waiting, PendingOther = frame.PendingOther });
            // Facts for other questions, again and again ("mornings", "coventry", "bus 40 mins" to the grade question):
            // each is a miss too, so the resident is never held at one question. After two, go on without its answer.
            // Not at a main question while each answer tells something new ("5 miles", then "B12", to the hours): going
            // on would read them as "I do not mind" to it, so it is asked again.
            if (dc.HeardOtherFacts && !(dc.HeardNewFacts && KeptUntilAnswered(spec.Kind))
                && await MissedAsync(dc, frame, spec, OtherFactsMisses, cancellationToken) is { } leftOther)
                return leftOther;
            dc.AnswerMissed = true;
            return DialogTurnResult.Waiting;
        }
        if (heard.Answer is { } answer)
        {
            if (!heard.NeedsConfirmation)
                return await dc.EndDialogAsync(answer, cancellationToken);
            dc.UpdateActive(f => f with
            {
                Pending = answer with { Text = heard.Description ?? answer.Text },
                PendingOther = heard.Other is { } other ? other with { Text = heard.OtherDescription ?? other.Text } : null,
            });
            dc.Send(Confirmation(dc, dc.ActiveFrame!));
            return DialogTurnResult.Waiting;
        }

        // "ok", "great": the resident only says they heard; the question again, with no "Sorry". "I don't know" to a
        // question that has a way to go on without its answer: that way, kindly, with no "Sorry" either.
        if (heard.ReplyKey is null || !heard.NotAMiss)
        {
            if (PromptWords.IsAcknowledgement(dc.Turn.Text))
            {
                dc.Say(MessageKeys.Acknowledged);
                dc.Send(Question(dc, spec, spec.MessageKey));
                return DialogTurnResult.Waiting;
            }
            // "yes", "yeah i can" to a question that is not yes or no ("How many hours a week can you work?"): they
            // can, but did not say what. The question in other words, with no "Sorry"; it still counts as a miss.
            if (spec.Kind is PromptKind.Interest or PromptKind.Qualification or PromptKind.Hours or PromptKind.Times or PromptKind.StartDate
                    or PromptKind.Place or PromptKind.Miles
                && SaysOnlyYes(dc.Turn.Text) && dc.Messages.Contains("explain." + spec.MessageKey))
            {
                if (await MissedAsync(dc, frame, spec, spec.MaxAttempts, cancellationToken) is { } leftYes) return leftYes;
                dc.Say("explain." + spec.MessageKey);
                dc.Send(Question(dc, spec, spec.MessageKey));
                return DialogTurnResult.Waiting;
            }
            // "skip", "pass", "next question", "move on": the question is left without its answer, kindly, as at "not sure";
            // at a small question with no message for that, its usual guess.
            if (PromptWords.AsksToSkip(dc.Turn.Text))
                return await GiveUpAsync(dc, spec, spec.GiveUpKey ?? MessageKeys.Acknowledged, cancellationToken);
            // Not at "Where do you live?": everyone knows that; "not sure" there is about the post code.
            if (spec.GiveUpKey is { } dontKnow && spec.Kind != PromptKind.Place && PromptWords.IsDontKnow(dc.Turn.Text))
            {
                return await GiveUpAsync(dc, spec, dontKnow, cancellationToken);
            }
            // "I don't mind", "either", "not sure" to a small question with no button for that and no message for
            // going on without it ("Where do you like to work?"), or "maybe", "a bit" to such a yes or no question
            // ("Do you like to help people?"): OK, and the dialog goes on with its usual guess.
            if (spec.GiveUpKey is null && spec.Kind is PromptKind.Choice or PromptKind.YesNo
                && (PromptWords.IsDontKnow(dc.Turn.Text) || PromptWords.IsNoPreference(dc.Turn.Text)
                    || (spec.Kind == PromptKind.YesNo && PromptWords.IsHedge(dc.Turn.Text))))
            {
                return await GiveUpAsync(dc, spec, MessageKeys.Acknowledged, cancellationToken);
            }
        }
        if (heard.ReplyKey is { } reply)
        {
            dc.Say(reply, heard.ReplyArgs);
            if (heard.NotAMiss)
            {
                dc.Send(Question(dc, spec, spec.MessageKey));
                return DialogTurnResult.Waiting;
            }
        }
        if (await MissedAsync(dc, frame, spec, spec.MaxAttempts, cancellationToken) is { } left) return left;
        // After its own reply the question is asked plainly; else the recogniser's retry for why it did not
        // understand ("I do not know that post code yet"), else the question's retry with examples.
        dc.Send(Question(dc, spec, heard.RetryKey ?? (heard.ReplyKey is null ? spec.RetryKey ?? spec.MessageKey : spec.MessageKey)));
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// Counts a miss. At <paramref name="limit"/> misses the question is left without its answer (its give-up message);
    /// else null, and the question stays.
    /// </summary>
    private static async Task<DialogTurnResult?> MissedAsync(DialogContext dc, DialogFrame frame, PromptSpec spec, int limit, CancellationToken cancellationToken)
    {
        var misses = frame.Attempts + 1;
        if (misses >= limit) return await GiveUpAsync(dc, spec, spec.GiveUpKey ?? MessageKeys.GiveUpGeneric, cancellationToken);
        dc.UpdateActive(f => f with { Attempts = misses });
        return null;
    }

    /// <summary>Says <paramref name="key"/> and ends the question without its answer.</summary>
    private static Task<DialogTurnResult> GiveUpAsync(DialogContext dc, PromptSpec spec, string key, CancellationToken cancellationToken)
    {
        dc.Say(key);
        return dc.EndDialogAsync(new PromptAnswer { Kind = spec.Kind, Text = dc.Turn.Text, GaveUp = true }, cancellationToken);
    }

    private static readonly Recognizers.YesNoRecognizer YesWords = new();

    /// <summary>A short yes and nothing more: "yes", "yeah", "yeah i can", "yes i am".</summary>
    private static bool SaysOnlyYes(string? text)
    {
        if (PromptWords.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is 0 or > 4) return false;
        var said = text ?? "";
        var heard = YesWords.Recognise(said);
        if (heard is not { Succeeded: true, Value: true, IsAmbiguous: false, Confidence: >= 0.8 }) return false;
        // Only small words beside the yes: "yes i can", not "i am in nuneaton" (its "i am" is no answer).
        var rest = said[..heard.Start] + " " + said[(heard.Start + heard.Length)..];
        return PromptWords.Normalise(rest).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(YesFillers.Contains);
    }

    private static readonly HashSet<string> YesFillers = new(StringComparer.Ordinal)
    {
        "i", "can", "could", "will", "do", "am", "please", "pls", "of", "course", "sure", "yes", "yeah", "ok", "definitely",
    };

    /// <summary>
    /// Main questions whose going on without an answer says the resident does not mind ("all kinds of hours"); not
    /// the small follow-ups (the grade, the course's level), which go on with nothing lost.
    /// </summary>
    private static bool KeptUntilAnswered(PromptKind kind) =>
        kind is PromptKind.Hours or PromptKind.Times or PromptKind.StartDate or PromptKind.Place or PromptKind.Miles or PromptKind.Qualification;

    /// <summary>Misses after which a question is left without its answer, when the answers told other facts instead.</summary>
    public const int OtherFactsMisses = 2;

    private static PromptSpec SpecOf(DialogContext dc) =>
        dc.ActiveFrame?.Prompt ?? throw new InvalidOperationException("A prompt frame needs a PromptSpec.");

    private static Reply Question(DialogContext dc, PromptSpec spec, string key) => new()
    {
        Text = dc.Messages.Format(key, spec.Args),
        Choices = spec.Choices.Select(c => new Choice(c.Label, c.Value)).ToList(),
        ExpectsInput = true,
    };

    private static Reply Confirmation(DialogContext dc, DialogFrame frame) => frame.PendingOther is { } other
        ? new Reply
        {
            Text = dc.Messages.Get(MessageKeys.ConfirmWhich),
            Choices = [new(frame.Pending!.Text, frame.Pending.Text), new(other.Text, other.Text)],
            ExpectsInput = true,
        }
        : new Reply
    {
        Text = dc.Messages.Format(MessageKeys.ConfirmDidYouMean, new Dictionary<string, string> { ["answer"] = frame.Pending!.Text }),
        Choices = YesNoChoices(dc.Messages),
        ExpectsInput = true,
    };

    public static IReadOnlyList<Choice> YesNoChoices(MessageCatalogue messages) =>
        [new(messages.Get(MessageKeys.ButtonYes), "yes"), new(messages.Get(MessageKeys.ButtonNo), "no")];

    private const string WhichFirst = "first";

    /// <summary>"Which one do you mean?": the two readings as buttons, by their descriptions.</summary>
    private static PromptSpec WhichSpec(PromptSpec spec, PromptAnswer first, PromptAnswer second) => new()
    {
        Kind = PromptKind.Choice,
        Step = spec.Step,
        MessageKey = MessageKeys.ConfirmWhich,
        Choices = [new(WhichFirst, first.Text), new("second", second.Text)],
    };

    private static readonly PromptSpec YesNoSpec = new() { Kind = PromptKind.YesNo, Step = "confirm", MessageKey = MessageKeys.ConfirmDidYouMean };
}
