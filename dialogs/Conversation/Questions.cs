using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;

namespace CareerBot.Dialogs.Conversation;

/// <summary>The questions of the conversation, as prompt specs with their buttons.</summary>
public sealed class Questions(MessageCatalogue messages)
{
    private PromptChoice Button(string value, string key, params string[] synonyms) => new(value, messages.Get(key), synonyms);

    private static PromptSpec Spec(PromptKind kind, string step, string ask, string retry, string? giveUp, params PromptChoice[] choices) =>
        new() { Kind = kind, Step = step, MessageKey = ask, RetryKey = retry, GiveUpKey = giveUp, Choices = choices };

    public PromptSpec Interest(int page)
    {
        var keys = InterestKinds.Pages[page % InterestKinds.Pages.Count];
        var choices = keys.Select(k => k switch
        {
            InterestKinds.More => Button(k, "button.interest.more", "more"),
            InterestKinds.NotSure => Button(k, "button.interest.notsure", "not sure"),
            _ => Button(k, InterestKinds.Find(k)!.ButtonKey, [.. InterestKinds.Find(k)!.Synonyms]),
        }).ToArray();
        return Spec(PromptKind.Interest, "interest", page == 0 ? "ask.interest" : "ask.interest.more", "retry.interest", "giveup.interest", choices);
    }

    public PromptSpec LikesPeople() => Spec(PromptKind.YesNo, "notsure", "ask.notsure.people", "retry.notsure.people", null, YesNo());

    public PromptSpec WorkStyle() => Spec(PromptKind.Choice, "notsure", "ask.notsure.style", "retry.notsure.style", null,
        Button("hands", "button.style.hands", "hands", "with my hands", "active", "moving"),
        Button("desk", "button.style.desk", "desk", "office", "sitting"),
        Button("road", "button.style.driving", "driving", "road", "car", "van"));

    public PromptSpec HappyWithIllPeople() => Spec(PromptKind.YesNo, "notsure", "ask.notsure.hospital", "retry.notsure.hospital", null, YesNo());

    public PromptSpec Qualifications() => Spec(PromptKind.Qualification, "qualifications", "ask.quals", "retry.quals", "giveup.quals",
        Button("none", "button.quals.none", "nothing", "no", "no qualifications", "none at all", "i have none", "i dont have any", "nope"),
        Button("school", "button.quals.school", "gcse", "gcses", "school", "english and maths", "maths and english"),
        Button("work", "button.quals.work", "work course", "nvq", "btec", "college", "college course"),
        Button("overseas", "button.quals.overseas", "overseas", "abroad", "another country", "my country", "from my country"));

    public PromptSpec GcseGrade() => Spec(PromptKind.YesNo, "qualifications", "ask.quals.grade", "retry.quals.grade", "giveup.generic", YesNo());

    public PromptSpec CourseLevel() => Spec(PromptKind.Choice, "qualifications", "ask.quals.level", "retry.quals.level", "giveup.generic",
        Button("1", "button.level.1", "level 1", "one", "l1"),
        Button("2", "button.level.2", "level 2", "two", "l2"),
        Button("3", "button.level.3", "level 3", "three", "l3", "higher"),
        Button("unknown", "button.level.notsure", "not sure", "dont know"));

    public PromptSpec OverseasDegree() => Spec(PromptKind.YesNo, "qualifications", "ask.quals.degree", "retry.quals.degree", "giveup.generic", YesNo());

    public PromptSpec Hours() => Spec(PromptKind.Hours, "hours", "ask.hours", "retry.hours", "giveup.hours",
        Button("full", "button.hours.full", "full time", "fulltime", "full"),
        Button("part", "button.hours.part", "part time", "partime", "part"),
        Button("few", "button.hours.few", "a few hours", "few hours", "few"),
        Button("any", "button.hours.any", "any", "dont mind", "not sure", "anything", "flexible"));

    public PromptSpec Times() => Spec(PromptKind.Times, "times", "ask.times", "retry.times", "giveup.times",
        Button("days", "button.times.days", "day", "daytime", "days only", "in the day", "weekdays"),
        Button("nights", "button.times.nights", "night", "nite", "nites", "night shifts", "nights only", "night shift"),
        Button("weekends", "button.times.weekends", "weekend", "weekends only", "saturday and sunday"),
        Button("any", "button.times.any", "anytime", "any", "flexible", "whenever", "all"));

    public PromptSpec Start() => Spec(PromptKind.StartDate, "start", "ask.start", "retry.start", "giveup.start",
        Button("now", "button.start.now", "right now", "today", "asap", "straight away", "now please"),
        Button("month", "button.start.month", "next month", "in a month", "a month"),
        Button("later", "button.start.later", "later on", "not yet"),
        Button("unknown", "button.start.notsure", "not sure", "dont know"));

    public PromptSpec Place() => Spec(PromptKind.Place, "place", "ask.place", "retry.place", "giveup.place",
        Button("skip", "button.skip", "skip", "not now", "no")) with { AllowSkip = true };

    public PromptSpec Miles() => Spec(PromptKind.Miles, "miles", "ask.miles", "retry.miles", "giveup.miles",
        Button("3", "button.miles.3", "3 miles"),
        Button("5", "button.miles.5", "5 miles"),
        Button("10", "button.miles.10", "10 miles"),
        Button("any", "button.miles.any", "any", "anywhere", "any distance", "far", "dont mind"));

    /// <summary>What next after the results; with nothing on screen, only change an answer or start again.</summary>
    public PromptSpec ResultsMenu(bool hasResults = true)
    {
        PromptChoice[] all =
        [
            Button("details", "button.results.details", "tell me more", "more about a job", "details", "more info"),
            Button("more", "button.results.more", "more", "more jobs", "more results", "next", "show more"),
            Button("change", "button.results.change", "change", "change answer", "change my answer", "change an answer"),
            Button("restart", "button.results.restart", "start again", "restart", "start over"),
        ];
        return Spec(PromptKind.Results, "results", "ask.results", "retry.results", "giveup.generic",
            hasResults ? all : [.. all.Where(c => c.Value is "change" or "restart")]);
    }

    public PromptSpec WhichJob(IReadOnlyList<ShownResult> shown, bool courses) =>
        Spec(PromptKind.Choice, "results", courses ? "ask.results.which_courses" : "ask.results.which", "retry.results.which", "giveup.generic",
            [.. shown.Select((s, i) => new PromptChoice((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Short(s.Title)))]);

    public PromptSpec ChangeWhich() => Spec(PromptKind.Choice, "change", "ask.change", "retry.change", "giveup.generic",
        Button("interest", "button.change.interest", "work", "job", "kind of work", "interest", "interests"),
        Button("qualifications", "button.change.quals", "qualifications", "qualification", "quals"),
        Button("hours", "button.change.hours", "hours", "times", "when"),
        Button("place", "button.change.place", "place", "where", "town", "location", "postcode"));

    private PromptChoice[] YesNo() => [Button("yes", MessageKeys.ButtonYes), Button("no", MessageKeys.ButtonNo)];

    /// <summary>Button labels stay short: the part of a title before any bracket.</summary>
    public static string Short(string title)
    {
        var cut = title.IndexOf(" (", StringComparison.Ordinal);
        var shortTitle = cut > 0 ? title[..cut] : title;
        return shortTitle.Length <= 40 ? shortTitle : shortTitle[..37].TrimEnd() + "...";
    }
}
