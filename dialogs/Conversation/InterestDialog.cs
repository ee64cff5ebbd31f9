using CareerBot.Dialogs.Engine;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// "What kind of work do you like?" with pages of buttons, free words, and for "not sure"
/// three easy questions that point to a kind of work.
/// </summary>
public sealed class InterestDialog(Questions q) : WaterfallDialog(DialogId,
[
    // 0: ask, on the current page of buttons
    (step, ct) => step.PromptAsync(q.Interest(step.Frame.Values.Page), ct),
    // 1: more buttons, not sure, or done
    (step, ct) =>
    {
        var dc = step.Context;
        switch (step.Result?.Choice)
        {
            case InterestKinds.More:
                dc.UpdateActive(f => f with { Values = f.Values with { Page = (f.Values.Page + 1) % InterestKinds.Pages.Count } });
                return step.GoToAsync(0, ct);
            case InterestKinds.NotSure:
                dc.Say("notsure.intro");
                return step.PromptAsync(q.LikesPeople(), ct);
            default:
                return step.EndAsync(ct, step.Result);
        }
    },
    // 2: likes people?; where do you like to work?
    (step, ct) =>
    {
        if (Named(step.Result) is { } named) return step.EndAsync(ct, named);
        step.Context.UpdateActive(f => f with { Values = f.Values with { LikesPeople = step.Result?.YesNo ?? true } });
        return step.PromptAsync(q.WorkStyle(), ct);
    },
    // 3: work style; ill people? (only when it decides between care and hospital)
    (step, ct) =>
    {
        if (Named(step.Result) is { } named) return step.EndAsync(ct, named);
        var style = step.Result?.Choice ?? "hands";
        step.Context.UpdateActive(f => f with { Values = f.Values with { WorkStyle = style } });
        return step.Frame.Values.LikesPeople == true && style == "hands"
            ? step.PromptAsync(q.HappyWithIllPeople(), ct)
            : step.NextAsync(ct);
    },
    // 4: decide
    (step, ct) =>
    {
        if (Named(step.Result) is { } named) return step.EndAsync(ct, named);
        var dc = step.Context;
        var values = step.Frame.Values;
        var people = values.LikesPeople == true;
        var key = values.WorkStyle switch
        {
            "road" => "driving",
            "desk" => people ? "office" : "computers",
            _ => people ? (step.Result?.YesNo == true ? "hospital" : "care") : "behind",
        };
        dc.Say("notsure.result", new Dictionary<string, string> { ["interest"] = dc.Messages.Get(InterestKinds.Find(key)!.NameKey) });
        dc.Signal("interest", "not sure");
        return step.EndAsync(ct, new PromptAnswer { Kind = PromptKind.Interest, Choice = key, Text = key });
    },
])
{
    public const string DialogId = "interest";

    /// <summary>Work named at one of the easy questions ("i want porter job"): the answer to the first question.</summary>
    private static PromptAnswer? Named(PromptAnswer? result) => result is { Kind: PromptKind.Interest } named ? named : null;
}
