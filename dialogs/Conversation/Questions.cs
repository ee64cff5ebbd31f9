using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;

namespace CareerBot.Dialogs.Conversation;

/// <summary>The questions of the conversation, as prompt specs with their buttons.</summary>
/// <remarks>
/// Fixed buttons are made once per instance and registered by name (<see cref="PromptChoiceSets"/>), so a stored
/// conversation holds the name, not the buttons and their other words. The names are stored: keep them.
/// </remarks>
public sealed class Questions(MessageCatalogue messages)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<PromptChoice>> _fixed = new(StringComparer.Ordinal);

    private PromptChoice Button(string value, string key, params string[] synonyms) => new(value, messages.Get(key), synonyms);

    /// <summary>The fixed buttons called <paramref name="name"/>, made the first time they are asked for.</summary>
    private IReadOnlyList<PromptChoice> Fixed(string name, Func<Questions, PromptChoice[]> make) =>
        _fixed.TryGetValue(name, out var known) ? known : _fixed.GetOrAdd(name, PromptChoiceSets.Register("questions." + name, make(this)));

    /// <summary>Makes and registers every fixed list of buttons now (a stored state may name any of them).</summary>
    public void RegisterAll()
    {
        for (var page = 0; page < InterestKinds.Pages.Count; page++)
            Interest(page);
        _ = (LikesPeople(), WorkStyle(), Qualifications(), CourseLevel(), LevelNow("english"), Hours(), Times(), Times(course: true), Start(), Place(), Miles(),
            ResultsMenu(hasResults: true), ResultsMenu(hasResults: false), ChangeWhich());
        foreach (var shown in MenuKinds.Append(""))
            foreach (var all in MenuKinds)
                _ = ResultsMenu(shown, all);
    }

    private static PromptSpec Spec(PromptKind kind, string step, string ask, string retry, string? giveUp, IReadOnlyList<PromptChoice> choices) =>
        new() { Kind = kind, Step = step, MessageKey = ask, RetryKey = retry, GiveUpKey = giveUp, Choices = choices };

    public PromptSpec Interest(int page)
    {
        var at = page % InterestKinds.Pages.Count;
        var choices = Fixed("interest." + at.ToString(System.Globalization.CultureInfo.InvariantCulture), q => InterestKinds.Pages[at].Select(k => k switch
        {
            InterestKinds.More => q.Button(k, "button.interest.more", "more"),
            InterestKinds.NotSure => q.Button(k, "button.interest.notsure", "not sure"),
            _ => q.Button(k, InterestKinds.Find(k)!.ButtonKey, [.. InterestKinds.Find(k)!.Synonyms]),
        }).ToArray());
        return Spec(PromptKind.Interest, "interest", page == 0 ? "ask.interest" : "ask.interest.more", "retry.interest", "giveup.interest", choices);
    }

    /// <summary>The step of the three easy questions asked to a resident not sure what work they like.</summary>
    public const string NotSureStep = "notsure";

    public PromptSpec LikesPeople() => Spec(PromptKind.YesNo, NotSureStep, "ask.notsure.people", "retry.notsure.people", null, YesNo());

    public PromptSpec WorkStyle() => Spec(PromptKind.Choice, NotSureStep, "ask.notsure.style", "retry.notsure.style", null,
        Fixed("workstyle", static q =>
        [
            q.Button("hands", "button.style.hands", "hands", "with my hands", "active", "moving"),
            q.Button("desk", "button.style.desk", "desk", "office", "sitting"),
            q.Button("road", "button.style.driving", "driving", "road", "car", "van"),
        ]));

    public PromptSpec HappyWithIllPeople() => Spec(PromptKind.YesNo, NotSureStep, "ask.notsure.hospital", "retry.notsure.hospital", null, YesNo());

    public PromptSpec Qualifications() => Spec(PromptKind.Qualification, "qualifications", "ask.quals", "retry.quals", "giveup.quals",
        Fixed("qualifications", static q =>
        [
            q.Button("none", "button.quals.none", "nothing", "no", "no qualifications", "none at all", "i have none", "i dont have any", "nope"),
            q.Button("school", "button.quals.school", "gcse", "gcses", "school", "english and maths", "maths and english"),
            q.Button("work", "button.quals.work", "work course", "nvq", "btec", "college", "college course"),
            q.Button("overseas", "button.quals.overseas", "overseas", "abroad", "another country", "my country", "from my country"),
        ]));

    /// <summary>The message key of the GCSE grade question, which also takes a grade for an answer.</summary>
    public const string GcseGradeKey = "ask.quals.grade";

    public PromptSpec GcseGrade() => Spec(PromptKind.YesNo, "qualifications", GcseGradeKey, "retry.quals.grade", "giveup.quals.grade", YesNo());

    public PromptSpec CourseLevel() => Spec(PromptKind.Choice, "qualifications", "ask.quals.level", "retry.quals.level", "giveup.generic",
        Fixed("courselevel", static q =>
        [
            q.Button("1", "button.level.1", "level 1", "one", "l1"),
            q.Button("2", "button.level.2", "level 2", "two", "l2"),
            q.Button("3", "button.level.3", "level 3", "three", "l3", "higher"),
            q.Button("unknown", "button.level.notsure", "not sure", "dont know"),
        ]));

    /// <summary>
    /// "What level is your English now?" (or maths), for a resident who wants a course in it: the course levels as
    /// buttons, each worth its step on the course ladder ("step:2" is Entry 2).
    /// </summary>
    public PromptSpec LevelNow(string subject) => Spec(PromptKind.Qualification, "qualifications", "ask.quals.course." + subject,
        "retry.quals.course." + subject, "giveup.quals.course",
        Fixed("levelnow", static q =>
        [
            q.Button("step:0", "button.levelnow.new", "new", "new to it", "beginner", "i am new", "im new", "just starting"),
            q.Button("step:1", "button.levelnow.e1", "entry 1", "e1", "entry one"),
            q.Button("step:2", "button.levelnow.e2", "entry 2", "e2", "entry two"),
            q.Button("step:3", "button.levelnow.e3", "entry 3", "e3", "entry three"),
            q.Button("step:4", "button.levelnow.l1", "level 1", "l1", "level one"),
            q.Button("unknown", "button.level.notsure", "not sure", "dont know", "i dont know", "no idea"),
        ]));

    /// <summary>"You said "nvq 2 in care". Do you have it now?": a work qualification named at the first question.</summary>
    public PromptSpec HaveNamed(string words) =>
        Spec(PromptKind.YesNo, "qualifications", "ask.quals.named", "retry.quals.named", "giveup.generic", YesNo()) with
        {
            Args = new Dictionary<string, string>(StringComparer.Ordinal) { ["words"] = words },
        };

    public PromptSpec OverseasDegree() => Spec(PromptKind.YesNo, "qualifications", "ask.quals.degree", "retry.quals.degree", "giveup.generic", YesNo());

    public PromptSpec Hours() => Spec(PromptKind.Hours, "hours", "ask.hours", "retry.hours", "giveup.hours",
        Fixed("hours", static q =>
        [
            q.Button("full", "button.hours.full", "full time", "fulltime", "full"),
            q.Button("part", "button.hours.part", "part time", "partime", "part"),
            q.Button("few", "button.hours.few", "a few hours", "few hours", "few"),
            q.Button("any", "button.hours.any", "any", "dont mind", "not sure", "anything", "flexible", "any hours", "any amount",
                "all hours", "whatever", "doesnt matter", "either", "no preference", "any is fine", "any hours is fine", "i dont mind"),
        ]));

    /// <summary>"When can you work?"; for a resident who wants only a course, "When can you come to classes?", with evenings, not nights.</summary>
    public PromptSpec Times(bool course = false) => course
        ? Spec(PromptKind.Times, "times", "ask.times.course", "retry.times.course", "giveup.times.course",
            Fixed("times.course", static q =>
            [
                q.Button("days", "button.times.days", "day", "daytime", "days only", "in the day", "weekdays"),
                q.Button("evenings", "button.times.evenings", "evening", "evenings only", "after work", "at night", "nights"),
                q.Button("weekends", "button.times.weekends", "weekend", "weekends only", "saturday and sunday"),
                q.Button("any", "button.times.any", "anytime", "any", "flexible", "whenever", "all", "any time is fine", "all times",
                    "any day", "any days", "doesnt matter", "dont mind", "i dont mind", "no preference", "all of them", "all of it"),
            ]))
        : Spec(PromptKind.Times, "times", "ask.times", "retry.times", "giveup.times",
        Fixed("times", static q =>
        [
            q.Button("days", "button.times.days", "day", "daytime", "days only", "in the day", "weekdays"),
            q.Button("nights", "button.times.nights", "night", "nite", "nites", "night shifts", "nights only", "night shift"),
            q.Button("weekends", "button.times.weekends", "weekend", "weekends only", "saturday and sunday"),
            q.Button("any", "button.times.any", "anytime", "any", "flexible", "whenever", "all", "any time is fine", "all times",
                "any day", "any days", "doesnt matter", "dont mind", "i dont mind", "no preference", "all of them", "all of it"),
        ]));

    public PromptSpec Start() => Spec(PromptKind.StartDate, "start", "ask.start", "retry.start", "giveup.start",
        Fixed("start", static q =>
        [
            q.Button("now", "button.start.now", "right now", "today", "asap", "straight away", "now please"),
            q.Button("month", "button.start.month", "next month", "in a month", "a month"),
            q.Button("later", "button.start.later", "later on", "not yet"),
            q.Button("unknown", "button.start.notsure", "not sure", "dont know"),
        ]));

    public PromptSpec Place(bool course = false) => Spec(PromptKind.Place, "place", "ask.place", "retry.place", course ? "giveup.place.course" : "giveup.place",
        Fixed("place", static q =>
        [
            q.Button("skip", "button.skip", "skip", "not now", "no"),
        ])) with { AllowSkip = true };

    public PromptSpec Miles(bool course = false) => Spec(PromptKind.Miles, "miles", course ? "ask.miles.course" : "ask.miles", "retry.miles", "giveup.miles",
        Fixed("miles", static q =>
        [
            q.Button("3", "button.miles.3", "3 miles"),
            q.Button("5", "button.miles.5", "5 miles"),
            q.Button("10", "button.miles.10", "10 miles"),
            q.Button("any", "button.miles.any", "any", "anywhere", "any distance", "far", "dont mind"),
        ]));

    /// <summary>The step of the results menu and of its "Which job?" questions.</summary>
    public const string ResultsStep = "results";

    /// <summary>What next after the results; with nothing on screen, only change an answer or start again.</summary>
    public PromptSpec ResultsMenu(bool hasResults = true) => ResultsMenu(hasResults ? "job" : "", "job");

    /// <summary>
    /// What next after the results, in words for what they are: "More about a course" when only courses are on screen
    /// (<see cref="ConversationFacts.Shown"/>), "More courses" when the results are all courses
    /// (<see cref="ConversationFacts.ResultsCourses"/>), "jobs and courses" for both.
    /// </summary>
    public PromptSpec ResultsMenu(ConversationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var all = facts.ResultsCourses <= 0 ? "job" : facts.ResultsCourses >= facts.ResultsTotal ? "course" : "item";
        return ResultsMenu(facts.Shown.Count == 0 ? "" : Kinds(facts.Shown), all);
    }

    /// <summary>The menu for <paramref name="shown"/> ("job", "course", "item"; empty: nothing on screen) of results that are <paramref name="all"/>.</summary>
    private PromptSpec ResultsMenu(string shown, string all)
    {
        // The first list keeps its stored name "results"; the others are named for their kinds.
        var name = shown is "" or "job" && all == "job" ? "results" : $"results.{(shown == "" ? "job" : shown)}.{all}";
        var choices = Fixed(name, q =>
        [
            q.Button("details", "button.results.details" + (shown is "course" or "item" ? "." + shown : ""), MenuSynonyms.Details),
            q.Button("more", "button.results.more" + (all == "job" ? "" : "." + all), MenuSynonyms.More),
            q.Button("change", "button.results.change", "change", "change answer", "change my answer", "change an answer"),
            q.Button("restart", "button.results.restart", "start again", "restart", "start over"),
        ]);
        var retry = "retry.results" + (shown is "course" or "item" ? "." + shown : "");
        return Spec(PromptKind.Results, ResultsStep, "ask.results", retry, "giveup.generic",
            shown.Length > 0 ? choices : Fixed(name + ".none", _ => [.. choices.Where(c => c.Value is "change" or "restart")]));
    }

    /// <summary>Other words for the menu's first two buttons, whatever their labels say.</summary>
    private static class MenuSynonyms
    {
        public static readonly string[] Details = ["tell me more", "more about a job", "more about a course", "more about one", "details", "more info"];
        public static readonly string[] More = ["more", "more jobs", "more courses", "more results", "next", "show more"];
    }

    /// <summary>The kinds of menu lists <see cref="RegisterAll"/> makes.</summary>
    private static readonly string[] MenuKinds = ["job", "course", "item"];

    public PromptSpec WhichJob(IReadOnlyList<ShownResult> shown, bool courses)
    {
        // "More about a job" with only courses on screen asks which course; with both, which one.
        var kinds = courses ? "" : Kinds(shown) switch { "course" => ".course", "item" => ".mixed", _ => "" };
        return Spec(PromptKind.Choice, ResultsStep, courses ? "ask.results.which_courses" : "ask.results.which" + kinds, "retry.results.which" + kinds, "giveup.generic",
            [.. shown.Select((s, i) => new PromptChoice((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Short(s.Title)))]);
    }

    /// <summary>
    /// "Which job do you mean?" with a button per job or course; each button's value is "role:id" or "course:id". It
    /// says "course" or "job or course" as the buttons are, and other words when <paramref name="again"/> (asked
    /// straight after the same question).
    /// </summary>
    public PromptSpec WhichOf(IReadOnlyList<ShownResult> jobs, bool again = false)
    {
        var kinds = Kinds(jobs);
        return Spec(PromptKind.Choice, ResultsStep, $"ask.results.which_{kinds}{(again ? ".again" : "")}", $"retry.results.which_{kinds}", "giveup.generic",
            [.. jobs.Select(s => new PromptChoice(s.Kind + ":" + s.Id, Short(s.Title)))]);
    }

    /// <summary>"job", "course", or "item" for both.</summary>
    public static string Kinds(IReadOnlyList<ShownResult> shown) =>
        shown.Count > 0 && shown.All(s => s.Kind == "course") ? "course" : shown.Any(s => s.Kind == "course") ? "item" : "job";

    public PromptSpec ChangeWhich() => Spec(PromptKind.Choice, "change", "ask.change", "retry.change", "giveup.generic",
        Fixed("changewhich", static q =>
        [
            q.Button("interest", "button.change.interest", ChangeWords.Interest),
            q.Button("qualifications", "button.change.quals", ChangeWords.Qualifications),
            q.Button("hours", "button.change.hours", ChangeWords.Hours),
            q.Button("place", "button.change.place", ChangeWords.Place),
        ]));

    private IReadOnlyList<PromptChoice> YesNo() =>
        Fixed("yesno", static q => [q.Button("yes", MessageKeys.ButtonYes), q.Button("no", MessageKeys.ButtonNo)]);

    /// <summary>Button labels stay short: the part of a title before any bracket.</summary>
    public static string Short(string title)
    {
        var cut = title.IndexOf(" (", StringComparison.Ordinal);
        var shortTitle = cut > 0 ? title[..cut] : title;
        return shortTitle.Length <= 40 ? shortTitle : shortTitle[..37].TrimEnd() + "...";
    }
}
