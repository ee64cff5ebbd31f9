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
            dc.State.Facts = dc.State.Facts with { Asked = [], Noted = [], NotedSaid = [], ResultsOffset = 0, Shown = [], ReturnToResults = false };
            return step.NextAsync(ct);
        },
        // 1: kind of work
        (step, ct) => Ask(step, "interest", ct, () => step.BeginDialogAsync(InterestDialog.DialogId, ct)),
        // 2: store kind of work; qualifications
        (step, ct) =>
        {
            StoreInterest(step.Context, step.Result);
            return ReturnOr(step, ct, () => Ask(step, "qualifications", ct, () => step.BeginDialogAsync(QualificationsDialog.DialogId, ct)));
        },
        // 3: store qualifications; hours
        (step, ct) =>
        {
            StoreQualifications(step.Context, step.Result);
            // A course, and no job, is wanted: hours a week of work are not asked (CourseSeeker).
            return ReturnOr(step, ct, () => CourseSeeker.Only(step.Context.State.Answers)
                ? step.NextAsync(ct)
                : Ask(step, "hours", ct, () => step.PromptAsync(q.Hours(), ct)));
        },
        // 4: store hours; times of day
        (step, ct) =>
        {
            StoreHours(step.Context, step.Result, q.Hours());
            var course = CourseSeeker.Only(step.Context.State.Answers);
            return Ask(step, "times", ct, () => step.PromptAsync(q.Times(course), ct));
        },
        // 5: store times; start date
        (step, ct) =>
        {
            if (step.Result is { Times: { } times } r)
            {
                var dc = step.Context;
                dc.State.Answers = dc.State.Answers with { Times = times };
                // Hours said at this question ("16 hours", "3 days a week") are the hours now. Days and the times of a day
                // ("mon to fri 9-5") are the hours only when none are held: here they say when.
                var hours = r.Hours is { DayHours: not null } && FactNotes.HoldsHours(dc.State.Answers) ? null : r.Hours;
                if (hours is not null) dc.State.Answers = WithHours(dc.State.Answers, null, hours);
                // Typed in their own words (not a button): say what was understood, so a wrong reading can be put right.
                if (r.Choice is null && !r.GaveUp)
                {
                    if (hours is not null) FactNotes.Say(dc, "hours");
                    FactNotes.Say(dc, "times");
                }
            }
            // A course seeker is not asked when they can start work.
            return ReturnOr(step, ct, () => CourseSeeker.Only(step.Context.State.Answers)
                ? step.NextAsync(ct)
                : Ask(step, "start", ct, () => step.PromptAsync(q.Start(), ct)));
        },
        // 6: store start; place
        (step, ct) =>
        {
            if (step.Result is { Kind: PromptKind.StartDate, GaveUp: false } r)
            {
                step.Context.State.Answers = step.Context.State.Answers with { Start = r.Start };
                // "asap", "straight away", "after ramadan": said back, so a wrong reading can be put right.
                if (r.Start is not null && OwnWords(r, q.Start())) FactNotes.Say(step.Context, "start");
            }
            return ReturnOr(step, ct, () => Ask(step, "place", ct, () => step.PromptAsync(q.Place(CourseSeeker.Only(step.Context.State.Answers)), ct)));
        },
        // 7: store place; distance when a place was given without one
        (step, ct) =>
        {
            var dc = step.Context;
            if (step.Result is { Kind: PromptKind.Place } r)
            {
                // A distance noted from an earlier answer ("I take the bus") stays unless this answer gives one.
                var noted = dc.State.Facts.Noted.Contains("miles") ? dc.State.Answers.MaxMiles : null;
                dc.State.Answers = r.Place is { } place
                    ? dc.State.Answers with { Place = place, PlaceSkipped = false, MaxMiles = place.MaxMiles ?? noted }
                    : dc.State.Answers with { Place = null, PlaceSkipped = true, MaxMiles = noted };
                if (r.Place is { } p)
                {
                    dc.Say("place.noted", new Dictionary<string, string> { ["place"] = p.Name });
                    if (p.MaxMiles is not null) FactNotes.SayMiles(dc, p.Mode);
                }
            }
            var answers = dc.State.Answers;
            return answers.Place is not null && (answers.MaxMiles is null || dc.State.Facts.Noted.Contains("miles"))
                ? Ask(step, "miles", ct, () => step.PromptAsync(q.Miles(CourseSeeker.Only(answers)), ct))
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
                // Said in words ("by bus", "30 mins on the bus", "anywhere"): say what it was read as.
                if (r.Choice == CareerPromptRecognizer.ReachChoice && r.Place is { } reach && dc.State.Answers.Place is { } home)
                    dc.Say("miles.reach.noted", new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        ["place"] = reach.Name, ["home"] = home.Name, ["miles"] = miles?.ToString("0.#", CultureInfo.InvariantCulture) ?? "",
                    });
                else if (r.Choice == "mode" || r.Place is { MaxMiles: not null }) FactNotes.SayMiles(dc, r.Place?.Mode);
                else if (r.Place is { Anywhere: true }) dc.Say("miles.any.noted");
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
            // Asked again on purpose, even if an earlier answer told it.
            Noted = [.. dc.State.Facts.Noted.Where(n => n != question)],
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

    /// <summary>
    /// Asks a main question, or skips it when an earlier answer already told it (saying what was noted, unless
    /// that was said when it was heard). A skipped question still counts as asked, so "back" can return to it.
    /// </summary>
    private static Task<DialogTurnResult> Ask(WaterfallStepContext step, string question, CancellationToken ct, Func<Task<DialogTurnResult>> ask)
    {
        var dc = step.Context;
        var facts = dc.State.Facts;
        if (facts.Asked.Count == 0 || facts.Asked[^1] != question)
            dc.State.Facts = facts = facts with { Asked = [.. facts.Asked, question] };
        if (!facts.Noted.Contains(question)) return ask();
        if (!facts.NotedSaid.Contains(question)) FactNotes.Say(dc, question);
        dc.State.Facts = dc.State.Facts with { Noted = [.. facts.Noted.Where(n => n != question)], NotedSaid = [.. facts.NotedSaid.Where(n => n != question)] };
        // Counted as reached, like an asked question, so the drop-off funnel does not show a gap here.
        dc.Signal("step", question);
        dc.Signal("noted", question);
        return step.NextAsync(ct);
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
            dc.State.Answers = dc.State.Answers with { InterestKey = null, InterestText = null, NotKinds = [], NotWords = [], NoJobFor = null };
            return;
        }
        // Work not wanted said before ("anything but cleaning") stays, unless the new wish names it.
        dc.State.Answers = NotWishes.Keep(dc.State.Answers, result.NotKinds, result.NotWords, WorkWords.Read(result.Words)) with { NoJobFor = result.NoJobFor };
        if (result.ForSomeone is { } who) dc.Say("interest.for_someone.noted", new Dictionary<string, string> { ["who"] = who });
        // "nvq 2 in care": held or wanted is not clear, so the qualifications question asks (see QualificationsDialog).
        if (dc.State.Answers.Qualifications is null && FactReader.UnclearQualification(dc.Turn.Text) is { } named)
            dc.State.Facts = dc.State.Facts with { NamedQualification = named };
        if (result.Choice == InterestKinds.Any)
        {
            dc.State.Answers = dc.State.Answers with { InterestKey = null, InterestText = null };
            dc.Signal("interest", "any");
            if (result.NotWords.Count == 0) dc.Say("interest.any");
            else dc.Say("interest.any_but", new Dictionary<string, string> { ["interest"] = NotWishes.Said(result.NotWords)! });
            return;
        }
        if (result.NotOurs is not null)
        {
            // Work we have no jobs in: say so, and which work is the nearest we have.
            var near = InterestKinds.Find(result.Choice);
            dc.State.Answers = dc.State.Answers with { InterestKey = near?.Key, InterestText = result.Words };
            dc.Signal("interest", "not ours");
            var key = WorkWords.NotOursKey(result.NotOurs);
            // "childcare course": a course is wanted, so the nearest are courses, not '"course" jobs'.
            if (key == "interest.not_ours" && LearningWishes.AsksToLearn(result.Words))
                dc.Say("interest.not_ours.courses");
            else if (result.Words is { Length: > 0 } words)
                dc.Say(key + ".nearest_words", new Dictionary<string, string> { ["words"] = words });
            else
                dc.Say(key + ".nearest", new Dictionary<string, string> { ["interest"] = dc.Messages.Get((near ?? InterestKinds.Find("care")!).NameKey) });
            return;
        }
        if (result.NoJobFor is { } missing)
        {
            // A job we have none of ("doctor"): said plainly, and the nearest jobs are looked for with their words.
            dc.State.Answers = dc.State.Answers with { InterestKey = InterestKinds.Find(result.Choice)?.Key, InterestText = result.Words };
            dc.Signal("interest", "no such job");
            dc.Say("interest.no_such_job", new Dictionary<string, string> { ["jobs"] = JobNames.Plural(missing) });
            return;
        }
        if (InterestKinds.Find(result.Choice) is { } kind)
        {
            dc.State.Answers = dc.State.Answers with { InterestKey = kind.Key, InterestText = result.Words };
            dc.Signal("interest", kind.Key);
            // Words that ask to learn ("computer course") are a wish for courses: say so, not "jobs". Else the
            // resident's own words are said back as they said them ("cleaning", not "porter, cleaning and kitchen
            // work"); the kind's name only for a button, or a kind the bot chose.
            if (LearningWishes.AsksForJobToo(result.Words))
                dc.Say("interest.noted.both", new Dictionary<string, string> { ["interest"] = dc.Messages.Get(kind.NameKey) });
            else if (LearningWishes.AsksToLearn(result.Words))
                dc.Say("interest.noted.courses", new Dictionary<string, string> { ["interest"] = dc.Messages.Get(kind.NameKey) });
            else if (WishesSaid(result.Words) is { } wishes)
                dc.Say("interest.noted.wishes", new Dictionary<string, string> { ["wishes"] = wishes });
            else if (Whole(result, result.Respelt ? Shown(result.Words) : OwnWords(result.Words)) is { } own)
                dc.Say("interest.noted.words", new Dictionary<string, string> { ["words"] = own });
            else
                dc.Say("interest.noted", new Dictionary<string, string> { ["interest"] = dc.Messages.Get(kind.NameKey) });
            SayNotWanted(dc, result.NotWords);
        }
        else
        {
            dc.State.Answers = dc.State.Answers with { InterestKey = null, InterestText = result.Words ?? result.Text };
            dc.Signal("interest", "own words");
            if (LearningWishes.AsksToLearn(result.Words ?? result.Text)) dc.Say("interest.free.courses");
            // Spelt right by the search ("phlebotamist"): said back, so a wrong fix can be put right.
            else if (WishesSaid(result.Words ?? result.Text) is { } wishes) dc.Say("interest.noted.wishes", new Dictionary<string, string> { ["wishes"] = wishes });
            else if (result.Respelt && Shown(result.Words) is { } respelt) dc.Say("interest.noted.words", new Dictionary<string, string> { ["words"] = respelt });
            // The words of work in a longer wish ("i want to work in a hospital maybe admin": "hospital admin"), else the
            // words the catalogue knows as work ("i want to be a nurse": "nurse"), said back so the resident sees what
            // will be searched, not "jobs like that".
            else if (Whole(result, WorkWordsOf(result.Words ?? result.Text) ?? AtMostFour(result.WorkWords.Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal)))
                     is { } own)
                dc.Say("interest.noted.words", new Dictionary<string, string> { ["words"] = own });
            else dc.Say("interest.free");
            SayNotWanted(dc, result.NotWords);
        }
    }

    /// <summary>Work not wanted, said with a wish ("care work, not driving"): said back once, "I will not show driving jobs."</summary>
    internal static void SayNotWanted(DialogContext dc, IReadOnlyList<string> notWords)
    {
        if (NotWishes.Said(notWords) is { } said) dc.Say("interest.not", new Dictionary<string, string> { ["words"] = said });
    }

    /// <summary>
    /// Two or more kinds of work asked for apart, to say back each by name: "\"care\" and \"driving\"",
    /// "\"porter\", \"driver\" and \"warehouse\""; null for one wish.
    /// </summary>
    internal static string? WishesSaid(string? words)
    {
        if (words is null || !words.Contains(" and ", StringComparison.Ordinal)) return null;
        var wishes = WorkWords.Read(words).Wishes;
        if (wishes.Count < 2) return null;
        var said = new System.Text.StringBuilder();
        for (var i = 0; i < wishes.Count; i++)
        {
            if (i > 0) said.Append(i == wishes.Count - 1 ? " and " : ", ");
            // "care work" is said back as "care", as one wish is.
            var one = WithoutFiller(wishes[i]) is { Count: > 0 } kept ? string.Join(' ', kept) : wishes[i];
            said.Append('"').Append(one).Append('"');
        }
        return said.ToString();
    }

    /// <summary>
    /// The words to say back for a wish: <paramref name="shown"/>, unless it leaves out some of the words searched for
    /// ("cooking" of "i like helping old people and cooking"); then the wish as said, when it is short.
    /// </summary>
    private static string? Whole(PromptAnswer result, string? shown)
    {
        if (result.Phrase is not { } phrase || result.Respelt || result.Words is not { } words) return shown;
        var kept = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var said = (shown ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return kept.All(said.Contains) ? shown : phrase;
    }

    /// <summary>
    /// The words that name work on their own in a longer wish ("hospital admin" in "Hi, I'm Sam ... I want to work in a
    /// hospital maybe admin, I can do mon to fri"), each once, in order; null when none, or more than 4.
    /// </summary>
    internal static string? WorkWordsOf(string? text) =>
        AtMostFour(WorkWords.Read(text ?? "").Words.Where(NamesWork).Distinct(StringComparer.Ordinal));

    private static readonly HashSet<string> WorkFiller = new(StringComparer.Ordinal) { "work", "job", "jobs", "a", "an", "the", "some", "in", "role", "roles" };

    /// <summary>A word that names work on its own ("cleaning", "chemist"); not "work" or "job", nor "old" from "help old people".</summary>
    private static bool NamesWork(string word) => !WorkFiller.Contains(word) && WorkWords.Read(word).Kinds.Count > 0;

    /// <summary>The words joined to be said back, when there are 1 to 4 of them (a long list is not read out); else null.</summary>
    private static string? AtMostFour(IEnumerable<string> words)
    {
        var list = words.ToList();
        return list.Count is 0 or > 4 ? null : string.Join(' ', list);
    }

    /// <summary>The words the resident typed without "work" and "job", when at most 4 are left.</summary>
    private static List<string>? WithoutFiller(string? words)
    {
        var kept = PromptWords.Normalise(words).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !WorkFiller.Contains(w)).ToList();
        return kept.Count > 4 ? null : kept;
    }

    /// <summary>
    /// The words the resident typed for the work without "work" and "job" ("care work" is "care"), and only those that
    /// name work on their own; null when none are left, or when there were more than 4 (a long sentence is not said back).
    /// </summary>
    internal static string? OwnWords(string? words) => WithoutFiller(words) is { } kept ? AtMostFour(kept.Where((w, i) => NamesWork(w) || PartOfAName(kept, i))) : null;

    /// <summary>
    /// A word next to one that names work, that is part of a job's name with it: a rank or stage ("senior carer",
    /// "trainee pharmacy") or a person at work ("pharmacy technician", "admin manager"). Dropped, the words said back
    /// would name another job.
    /// </summary>
    private static bool PartOfAName(List<string> words, int i) =>
        ((i > 0 && NamesWork(words[i - 1])) || (i + 1 < words.Count && NamesWork(words[i + 1])))
        && (Ranks.Contains(words[i]) || NoSuchJob.NamesAPerson(words[i]));

    /// <summary>Words for a rank or stage at work, said with a job's name ("senior carer", "head chef", "trainee nurse").</summary>
    private static readonly HashSet<string> Ranks = new(StringComparer.Ordinal)
    {
        "senior", "junior", "trainee", "apprentice", "assistant", "head", "lead", "deputy", "chief", "manager", "supervisor", "student",
    };

    /// <summary>The words without "work" and "job", when at most 4 are left; else null.</summary>
    private static string? Shown(string? words) => WithoutFiller(words) is { } kept ? AtMostFour(kept) : null;

    private static void StoreQualifications(DialogContext dc, PromptAnswer? result)
    {
        if (result is not { Qualifications: { } set }) return;
        // Tickets said before ("warehouse work, i have a forklift licence") stay with the new answer.
        if (dc.State.Answers.Qualifications is { } before)
        {
            var tickets = before.Certificates.Where(Recognizers.Text.TicketReader.Ids.Contains).Except(set.Certificates).ToList();
            var noLicence = before.NoDrivingLicence && !set.Certificates.Contains("driving-licence");
            if (tickets.Count > 0 || noLicence) set = set with { Certificates = [.. set.Certificates, .. tickets], NoDrivingLicence = set.NoDrivingLicence || noLicence };
        }
        dc.State.Answers = dc.State.Answers with { Qualifications = set };
        dc.Signal("level", set.Level?.ToString(CultureInfo.InvariantCulture) ?? "unknown");
        if (set.Overseas) dc.Signal("level", "overseas");
    }

    private static void StoreHours(DialogContext dc, PromptAnswer? result, PromptSpec asked)
    {
        if (result is null || result.Kind != PromptKind.Hours || result.GaveUp) return;
        dc.State.Answers = WithHours(dc.State.Answers, result.Choice, result.Hours);
        // "zero hour contract" is read as bank work, and "3 days a week" as hours: say so, so a wrong reading can be put
        // right. Bank work said with the hours ("part time bank shifts") is said back too, and a button picked by other
        // words than its name ("whatever", "as many as possible").
        if (result.Choice == "any" && OwnWords(result, asked)) dc.Say("hours.any.noted");
        else if (result.Choice == "bank" || (result.Choice is null && result.Hours is { DaysPerWeek: not null, DaysAssumed: false } or { DayHours: not null })
            || (dc.State.Answers.HoursPattern & WorkPatterns.Bank) != 0 || (OwnWords(result, asked) && (result.Choice is not null || !result.Text.Any(char.IsDigit))))
            FactNotes.Say(dc, "hours");
    }

    /// <summary>
    /// A button's answer typed in other words than its name or number ("whatever" for "Any", "asap" for "Now"): said
    /// back, as answers in the resident's own words are.
    /// </summary>
    private static bool OwnWords(PromptAnswer result, PromptSpec asked)
    {
        if (PromptWords.BareNumber(result.Text) is not null || result.Text.Length == 0) return false;
        var typed = PromptWords.Normalise(result.Text);
        return !asked.Choices.Any(c => typed == PromptWords.NormaliseKnown(c.Label) || typed == PromptWords.NormaliseKnown(c.Value));
    }

    /// <summary>The answers with weekly hours from a button (<paramref name="choice"/>) or from words.</summary>
    internal static CareerAnswers WithHours(CareerAnswers answers, string? choice, WeeklyHours? hours) => choice switch
    {
        "full" => answers with { Hours = hours ?? new WeeklyHours(35, 40), HoursPattern = WorkPatterns.FullTime },
        "part" => answers with { Hours = hours ?? new WeeklyHours(16, 30), HoursPattern = WorkPatterns.PartTime },
        "few" => answers with { Hours = new WeeklyHours(1, 15), HoursPattern = WorkPatterns.PartTime },
        "any" => answers with { Hours = null, HoursPattern = WorkPatterns.None },
        // "zero hours", "bank": no set hours, so no number of hours either.
        "bank" => answers with { Hours = null, HoursPattern = WorkPatterns.Bank },
        _ => answers with
        {
            Hours = hours,
            // Bank work said with the hours ("part time bank shifts") is kept with them.
            HoursPattern = (hours?.Pattern ?? WorkPatterns.None) & WorkPatterns.Bank
                | (hours is { Pattern: var said } && (said & (WorkPatterns.FullTime | WorkPatterns.PartTime)) != 0
                    ? said & (WorkPatterns.FullTime | WorkPatterns.PartTime | WorkPatterns.SchoolHours)
                    : hours is { Max: < 30 } ? WorkPatterns.PartTime : hours is { Min: >= 35 } ? WorkPatterns.FullTime : WorkPatterns.None),
        },
    };

}
