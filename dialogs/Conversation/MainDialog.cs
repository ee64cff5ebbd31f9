using System.Globalization;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// The guided conversation: greeting, kind of work, qualifications, hours, times, start, place,
/// distance, then the suggestions. Each step stores the previous answer and asks the next question.
/// </summary>
public sealed class MainDialog : WaterfallDialog
{
    public const string DialogId = "main";

    /// <summary>Main questions and the step that asks each (for "back" and "change my ...").</summary>
    public static IReadOnlyDictionary<string, int> QuestionSteps { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["interest"] = 1, ["qualifications"] = 2, ["hours"] = 3, ["times"] = 4, ["start"] = 5, ["place"] = 6, ["miles"] = 7,
    };

    private const int ResultsStep = 8;

    public MainDialog(Questions questions) : base(DialogId, Steps(questions))
    {
    }

    private static WaterfallStep[] Steps(Questions q) =>
    [
        // 0: greeting
        (step, ct) =>
        {
            var dc = step.Context;
            if (!dc.State.Facts.Greeted)
            {
                dc.Say("greet.hello");
                dc.Say("greet.how");
                dc.Say("greet.buttons");
                dc.State.Facts = dc.State.Facts with { Greeted = true };
            }
            dc.State.Answers = new CareerAnswers();
            dc.State.Facts = dc.State.Facts with { Asked = [], ResultsOffset = 0, Shown = [], ReturnToResults = false };
            return step.NextAsync(ct);
        },
        // 1: kind of work
        (step, ct) => Ask(step, "interest", () => step.BeginDialogAsync(InterestDialog.DialogId, ct)),
        // 2: store kind of work; qualifications
        (step, ct) =>
        {
            StoreInterest(step.Context, step.Result);
            return ReturnOr(step, ct, () => Ask(step, "qualifications", () => step.BeginDialogAsync(QualificationsDialog.DialogId, ct)));
        },
        // 3: store qualifications; hours
        (step, ct) =>
        {
            StoreQualifications(step.Context, step.Result);
            return ReturnOr(step, ct, () => Ask(step, "hours", () => step.PromptAsync(q.Hours(), ct)));
        },
        // 4: store hours; times of day
        (step, ct) =>
        {
            StoreHours(step.Context, step.Result);
            return Ask(step, "times", () => step.PromptAsync(q.Times(), ct));
        },
        // 5: store times; start date
        (step, ct) =>
        {
            if (step.Result is { Times: { } times }) step.Context.State.Answers = step.Context.State.Answers with { Times = times };
            return ReturnOr(step, ct, () => Ask(step, "start", () => step.PromptAsync(q.Start(), ct)));
        },
        // 6: store start; place
        (step, ct) =>
        {
            if (step.Result is { Kind: PromptKind.StartDate, GaveUp: false } r)
                step.Context.State.Answers = step.Context.State.Answers with { Start = r.Start };
            return ReturnOr(step, ct, () => Ask(step, "place", () => step.PromptAsync(q.Place(), ct)));
        },
        // 7: store place; distance when a place was given without one
        (step, ct) =>
        {
            var dc = step.Context;
            if (step.Result is { Kind: PromptKind.Place } r)
            {
                dc.State.Answers = r.Place is { } place
                    ? dc.State.Answers with { Place = place, PlaceSkipped = false, MaxMiles = place.MaxMiles }
                    : dc.State.Answers with { Place = null, PlaceSkipped = true, MaxMiles = null };
                if (r.Place is { } p) dc.Say("place.noted", new Dictionary<string, string> { ["place"] = p.Name });
            }
            return dc.State.Answers.Place is not null && dc.State.Answers.MaxMiles is null
                ? Ask(step, "miles", () => step.PromptAsync(q.Miles(), ct))
                : step.NextAsync(ct);
        },
        // 8: store distance; suggestions
        (step, ct) =>
        {
            var dc = step.Context;
            if (step.Result is { Kind: PromptKind.Miles } r)
            {
                double? miles = r.GaveUp ? 10
                    : r.Number is { } n ? (double)n.Max
                    : double.TryParse(r.Choice, NumberStyles.Float, CultureInfo.InvariantCulture, out var picked) ? picked
                    : null;
                dc.State.Answers = dc.State.Answers with { MaxMiles = miles };
            }
            dc.State.Facts = dc.State.Facts with { ReturnToResults = false, ResultsOffset = 0 };
            return step.BeginDialogAsync(ResultsDialog.DialogId, ct);
        },
    ];

    /// <summary>Starts the main dialog afresh at one question (for "back", "change my hours" and "start again").</summary>
    public Task<DialogTurnResult> JumpToAsync(DialogContext dc, string question, bool returnToResults, CancellationToken cancellationToken)
    {
        var index = QuestionSteps[question];
        var asked = dc.State.Facts.Asked;
        var at = asked.Count - 1;
        while (at >= 0 && asked[at] != question) at--;
        dc.State.Facts = dc.State.Facts with
        {
            Asked = at >= 0 ? asked.Take(at).ToList() : asked.Where(a => QuestionSteps[a] < index).ToList(),
            ReturnToResults = returnToResults,
        };
        dc.CancelAll();
        dc.State.Stack.Add(new DialogFrame { DialogId = DialogId });
        return RunStepAsync(dc, index, null, cancellationToken);
    }

    /// <summary>Starts from the first question again, keeping the greeting done.</summary>
    public Task<DialogTurnResult> RestartAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.CancelAll();
        dc.State.Stack.Add(new DialogFrame { DialogId = DialogId });
        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    private static Task<DialogTurnResult> Ask(WaterfallStepContext step, string question, Func<Task<DialogTurnResult>> ask)
    {
        var facts = step.Context.State.Facts;
        if (facts.Asked.Count == 0 || facts.Asked[^1] != question)
            step.Context.State.Facts = facts with { Asked = [.. facts.Asked, question] };
        return ask();
    }

    /// <summary>
    /// After a changed answer was stored, go back to the results; a step reached by a jump
    /// (no answer yet) asks its question.
    /// </summary>
    private static Task<DialogTurnResult> ReturnOr(WaterfallStepContext step, CancellationToken ct, Func<Task<DialogTurnResult>> next) =>
        step.Context.State.Facts.ReturnToResults && step.Result is not null ? step.GoToAsync(ResultsStep, ct) : next();

    private static void StoreInterest(DialogContext dc, PromptAnswer? result)
    {
        if (result is null) return;
        if (result.GaveUp)
        {
            dc.State.Answers = dc.State.Answers with { InterestKey = null, InterestText = null };
            return;
        }
        if (InterestKinds.Find(result.Choice) is { } kind)
        {
            dc.State.Answers = dc.State.Answers with { InterestKey = kind.Key, InterestText = null };
            dc.Signal("interest", kind.Key);
            dc.Say("interest.noted", new Dictionary<string, string> { ["interest"] = dc.Messages.Get(kind.NameKey) });
        }
        else
        {
            dc.State.Answers = dc.State.Answers with { InterestKey = null, InterestText = result.Text };
            dc.Signal("interest", "own words");
            dc.Say("interest.free");
        }
    }

    private static void StoreQualifications(DialogContext dc, PromptAnswer? result)
    {
        if (result is not { Qualifications: { } set }) return;
        dc.State.Answers = dc.State.Answers with { Qualifications = set };
        dc.Signal("level", set.Level?.ToString(CultureInfo.InvariantCulture) ?? "unknown");
        if (set.Overseas) dc.Signal("level", "overseas");
    }

    private static void StoreHours(DialogContext dc, PromptAnswer? result)
    {
        if (result is null || result.Kind != PromptKind.Hours || result.GaveUp) return;
        var answers = dc.State.Answers;
        dc.State.Answers = result.Choice switch
        {
            "full" => answers with { Hours = result.Hours ?? new WeeklyHours(35, 40), HoursPattern = WorkPatterns.FullTime },
            "part" => answers with { Hours = result.Hours ?? new WeeklyHours(16, 30), HoursPattern = WorkPatterns.PartTime },
            "few" => answers with { Hours = new WeeklyHours(1, 15), HoursPattern = WorkPatterns.PartTime },
            "any" => answers with { Hours = null, HoursPattern = WorkPatterns.None },
            _ => answers with
            {
                Hours = result.Hours,
                HoursPattern = result.Hours is { Pattern: var said } && (said & (WorkPatterns.FullTime | WorkPatterns.PartTime)) != 0
                    ? said & (WorkPatterns.FullTime | WorkPatterns.PartTime | WorkPatterns.SchoolHours)
                    : result.Hours is { Max: < 30 } ? WorkPatterns.PartTime : result.Hours is { Min: >= 35 } ? WorkPatterns.FullTime : WorkPatterns.None,
            },
        };
    }

}
