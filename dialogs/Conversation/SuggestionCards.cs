using System.Globalization;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>Cards for suggestions, details and courses, in plain words from the catalogue.</summary>
public sealed class SuggestionCards(MessageCatalogue messages, CoursePlaces? places = null)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    private static readonly Dictionary<string, string> PlainPatterns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["full-time"] = "full-time", ["part-time"] = "part-time", ["days"] = "days", ["nights"] = "nights",
        ["weekends"] = "weekends", ["evenings"] = "evenings", ["shifts"] = "shifts", ["school hours"] = "school hours",
    };

    private string F(string key, params ReadOnlySpan<(string Name, string Value)> args) => messages.Format(key, args);

    /// <summary>The messages the cards are written in.</summary>
    public MessageCatalogue Messages => messages;

    /// <summary>The places that run a course, nearest to the resident first.</summary>
    public CoursePlaces Places { get; } = places ?? new CoursePlaces();

    /// <summary>A result card. <paramref name="typed"/> is what the resident typed about the work they want, and
    /// <paramref name="kindName"/> the kind of work they chose with a button, if any (see <see cref="Why"/>). A course's
    /// places are said nearest to <paramref name="home"/> first.
    /// <paramref name="noJobFor"/> is the job the resident wants that the catalogue has none of ("doctor"): a card found by
    /// that word says it is not that job (see <see cref="Why"/>). When the resident named <paramref name="college"/> as
    /// where they want to learn, each course card says whether it runs there.</summary>
    public ReplyCard ForSuggestion(Suggestion s, int number, string? typed = null, string? kindName = null, PlaceAnswer? home = null,
        string? noJobFor = null, string? college = null)
    {
        var lines = new List<string>();
        var buttons = new List<Choice> { new(messages.Get("button.card.details"), $"details {number}") };
        if (s.Role is { } role)
        {
            lines.Add(F("card.what", ("summary", role.Summary)));
            if (Why(s, typed, kindName, noJobFor) is { } why) lines.Add(F("card.why", ("why", why)));
            lines.Add(Pay(role));
            if (Hours(role, s.Why) is { } hours) lines.Add(hours);
            if (HoursToAsk(s) is { } ask) lines.Add(ask);
            // The resident said they have no licence, and this job needs one.
            if (s.Why.Any(w => w.Field == "licence missing")) lines.Add(messages.Get("card.licence.needed"));
            lines.Add(NextStep(s));
            if (s.EnglishCourse is { } english && !s.CanStartNow && s.Pathway is not null)
                lines.Add(F("card.also.english", ("course", english.Title)));
            buttons.Add(new Choice(messages.Get("button.card.courses"), $"courses {number}"));
        }
        else if (s.Course is { } course)
        {
            lines.AddRange(CourseLines(course, home));
            if (college is not null) lines.Insert(lines.Count - 1, AtCollege(course, college));
            if (Why(s, typed, kindName, noJobFor) is { } why) lines.Insert(1, F("card.why", ("why", why)));
        }
        return new ReplyCard { Title = s.Title, Lines = lines, Buttons = buttons };
    }

    /// <summary>
    /// The course that leads to a job not open yet; else, for a resident learning English, the English course
    /// (alongside applying when they can start now); else apply now.
    /// </summary>
    private string NextStep(Suggestion s) => (s.CanStartNow, s.Pathway, s.EnglishCourse) switch
    {
        // An apprenticeship is a job with training, not a course to finish first.
        (false, { } path, _) when IsApprenticeship(path) => F("card.next.apprenticeship", ("course", path.Title)),
        (false, { } path, _) => F("card.next.course", ("course", path.Title)),
        (false, null, _) when s.Why.Any(w => w.Field == "licence missing") => messages.Get("card.next.licence"),
        (false, null, { } english) => F("card.next.course", ("course", english.Title)),
        (true, _, { } english) => F("card.next.english", ("course", english.Title)),
        _ => messages.Get("card.next.apply"),
    };

    /// <summary>Whether the course is an apprenticeship: a paid job where you also learn, applied for like a job.</summary>
    public static bool IsApprenticeship(CourseCard course) => course.Kind.Contains("apprenticeship", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a card shows an apprenticeship: as its next step, or as the course itself.</summary>
    public static bool ShowsApprenticeship(Suggestion s) =>
        (!s.CanStartNow && s.Pathway is { } path && IsApprenticeship(path)) || (s.Course is { } course && IsApprenticeship(course));

    public ReplyCard ForCourse(CourseCard course, PlaceAnswer? home = null) => new() { Title = course.Title, Lines = CourseLines(course, home) };

    private List<string> CourseLines(CourseCard course, PlaceAnswer? home)
    {
        var lines = new List<string>();
        if (course.Summary is { Length: > 0 } summary) lines.Add(F("card.course.what", ("summary", summary)));
        lines.Add(F("card.course.level", ("level", course.Level)));
        if (course.Length is { Length: > 0 } length) lines.Add(F("card.course.length", ("length", length.TrimEnd('.'))));
        if (course.MinAge is { } age) lines.Add(F("card.course.age", ("age", age.ToString(CultureInfo.InvariantCulture))));
        if (course.Cost is { Length: > 0 } cost) lines.Add(F("card.course.cost", ("cost", cost)));
        lines.AddRange(Where(course, home));
        lines.Add(messages.Get(IsApprenticeship(course) ? "card.course.next.apprenticeship" : "card.course.next"));
        return lines;
    }

    /// <summary>
    /// Where the course runs: the first two places. Once we know where the resident lives, the nearest place first,
    /// how far it is ("Nearest to you: Walsall College, about 2 miles away."), then one more and how many others.
    /// </summary>
    private IEnumerable<string> Where(CourseCard course, PlaceAnswer? home)
    {
        if (course.Providers.Count == 0) yield break;
        var places = Places.Ordered(course, home);
        var nearest = places[0];
        if (home is null || (nearest.Miles is null && !nearest.InHomeBorough))
        {
            yield return F("card.course.where", ("providers", string.Join(", ", places.Take(2).Select(p => p.Place.Name))));
            yield break;
        }
        yield return nearest.Miles is { } miles
            ? miles < 1.5 ? F("card.course.nearest.mile", ("name", nearest.Place.Name)) : F("card.course.nearest", ("name", nearest.Place.Name), ("miles", Math.Round(miles).ToString("0", CultureInfo.InvariantCulture)))
            : F("card.course.nearest.borough", ("name", nearest.Place.Name), ("place", home.Borough));
        if (places.Count == 2) yield return F("card.course.also", ("name", places[1].Place.Name));
        else if (places.Count == 3) yield return F("card.course.also.one_more", ("name", places[1].Place.Name));
        else if (places.Count > 3)
            yield return F("card.course.also.more", ("name", places[1].Place.Name), ("count", (places.Count - 2).ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>"You can do it at Walsall College." or "Walsall College does not run it.", by the course's places.</summary>
    private string AtCollege(CourseCard course, string college)
    {
        var said = ProviderNames.Words(college);
        var at = course.Providers.FirstOrDefault(p => ProviderNames.Names(said, p));
        return at is null ? F("card.course.not_at_college", ("name", college)) : F("card.course.at_college", ("name", at));
    }

    /// <summary>Most course cards one "courses" answer shows.</summary>
    public const int MaxCourses = 3;

    /// <summary>"Tell me more" about a course: its title, then its card.</summary>
    public Reply CourseDetails(CourseCard course, PlaceAnswer? home = null) => new() { Text = course.Title, Cards = [ForCourse(course, home)] };

    /// <summary>The courses that lead to a job (or the one course shown), as cards after a short intro.</summary>
    public Reply CoursesFor(string title, IReadOnlyList<CourseCard> courses, PlaceAnswer? home = null) => new()
    {
        // The whole title: it is a name residents search for; only button labels are cut short.
        Text = F("courses.intro", ("title", title)),
        Cards = courses.Take(MaxCourses).Select(c => ForCourse(c, home)).ToList(),
    };

    /// <summary>
    /// "Tell me more" about a job, one short message per fact: what you do, tasks, what you need, pay and hours,
    /// checks, how to apply. <paramref name="explainDbs"/> adds the DBS explanation the first time it comes up.
    /// </summary>
    public IReadOnlyList<Reply> RoleDetails(RoleCard role, bool explainDbs, PlaceAnswer? home = null)
    {
        var texts = new List<string> { F("details.title", ("title", role.Title), ("summary", role.Summary)) };
        if (role.Tasks.Count > 0)
            texts.Add(F("details.tasks", ("tasks", string.Join("\n", role.Tasks.Take(3).Select(t => "- " + Plain(t))))));
        if (Needs(role) is { } needs) texts.Add(needs);
        texts.Add(Pay(role) + (Hours(role) is { } h ? "\n" + h : ""));
        if (role.DbsCheck)
        {
            texts.Add(messages.Get("details.dbs"));
            if (explainDbs) texts.Add(messages.Get("explain.dbs"));
        }
        if (role.DrivingLicence) texts.Add(messages.Get("details.licence"));
        texts.Add(HowToApply(role, home));
        return texts.Select(t => new Reply { Text = t }).ToList();
    }

    /// <summary>
    /// Where to look for the job, by employer: NHS Jobs for hospital, GP, dental and pharmacy work (the NHS's own job
    /// site, searched by job and town), the government's Find a job site for care homes and home care, the council's
    /// own website for council jobs. The search words are the job's first name ("Pharmacy assistant", not the whole
    /// title) and the resident's town when they gave one. Employers outside the NHS are also worth asking in person.
    /// Any other employer: the catalogue's own words on where the jobs are.
    /// </summary>
    public string HowToApply(RoleCard role, PlaceAnswer? home)
    {
        var job = SearchName(role.Title);
        var town = home is { Name.Length: > 0 } ? home.Name : null;
        var type = role.EmployerTypes.FirstOrDefault();
        var look = type switch
        {
            "NHS trust" or "GP practice" or "dental practice" or "pharmacy" =>
                town is null ? F("apply.nhs", ("job", job)) : F("apply.nhs.near", ("job", job), ("place", town)),
            "care home" or "home care" =>
                town is null ? F("apply.care", ("job", job)) : F("apply.care.near", ("job", job), ("place", town)),
            "local authority" =>
                home is { Borough.Length: > 0 } ? F("apply.council.near", ("borough", home.Borough)) : messages.Get("apply.council"),
            _ => role.ApplyHint is { Length: > 0 } where ? F("details.apply", ("apply", where)) : messages.Get("about.apply.unknown"),
        };
        var ask = type switch
        {
            "GP practice" => "apply.ask.gp",
            "dental practice" => "apply.ask.dentist",
            "pharmacy" => "apply.ask.chemist",
            "care home" => "apply.ask.care_home",
            "home care" => "apply.ask.home_care",
            _ => null,
        };
        return ask is null ? look : look + " " + messages.Get(ask);
    }

    /// <summary>A job's first name, as people type it in a job site: "Pharmacy assistant" of "Pharmacy assistant / pharmacy support worker (hospital)".</summary>
    private static string SearchName(string title)
    {
        var cut = title.IndexOfAny(['/', '(']);
        return (cut > 0 ? title[..cut] : title).Trim();
    }

    public string Pay(RoleCard role)
    {
        if (role.PayLow is not { } low) return messages.Get("card.pay.unknown");
        var lowText = low.ToString("N0", Uk);
        if (role.AfcBand is { Length: > 0 } band) return F("card.pay.band", ("band", band), ("low", lowText));
        return role.PayHigh is { } high && high > low
            ? F("card.pay.range", ("low", lowText), ("high", high.ToString("N0", Uk)))
            : F("card.pay", ("low", lowText));
    }

    public string? Hours(RoleCard role, IReadOnlyList<MatchReason>? why = null)
    {
        var plain = role.HoursPatterns.Select(p => PlainPatterns.GetValueOrDefault(p.Trim())).OfType<string>().Distinct().ToList();
        var shown = plain.Take(4).ToList();
        // The hours that make a wanted pattern or day a "maybe" ("weekends" for "weekdays only") are shown, so the
        // line "These hours may not suit you" speaks of hours the resident can see.
        var asked = (why ?? []).Where(w => w.Kind == MatchKind.Hours && w.Field != MatchReason.HoursFit && w.Detail is not null)
            .Select(w => PlainPatterns.GetValueOrDefault(w.Detail!.Trim())).OfType<string>().Distinct().ToList();
        foreach (var hours in asked)
        {
            if (shown.Contains(hours) || !plain.Contains(hours)) continue;
            var drop = shown.FindLastIndex(h => !asked.Contains(h));
            if (drop < 0) break;
            shown.RemoveAt(drop);
            shown.Add(hours);
        }
        shown = plain.Where(shown.Contains).ToList();
        return shown.Count == 0 ? null : F("card.hours", ("hours", string.Join(", ", shown)));
    }

    /// <summary>
    /// Up to two plain reasons from the index's explanation. Words are quoted back ("You said ...") only when the
    /// resident typed them (<paramref name="typed"/>) and the job really carries them: in its title or summary, or
    /// as one of its other names (a spelling fix counts as what they meant). A job found through a longer other
    /// name says that name ("kitchen porter" for "porter"); one a synonym or a family found says it is close to the
    /// work they said; one found through a task, or a course through a job it leads to, says that task or job. A
    /// match on the words behind a button says the kind of work they chose (<paramref name="kindName"/>) instead.
    /// </summary>
    public string? Why(Suggestion s, string? typed = null, string? kindName = null, string? noJobFor = null)
    {
        var reasons = new List<string>();
        if (noJobFor is { Length: > 0 } && FoundBy(s, noJobFor))
        {
            // "doctor" found a GP receptionist: never "You said doctor". It is not that job; it works with them, when
            // the job's own words say so.
            reasons.Add(Cap(F("card.why.not_job", ("job", JobNames.WithArticle(noJobFor)))));
            if (Holds(s, noJobFor)) reasons.Add(Cap(F("card.why.works_with", ("jobs", JobNames.Plural(noJobFor)))));
        }
        // A first step toward the job the words name ("nurse" found a healthcare assistant): the step is the link, not
        // "You said nurse", which reads as if the card were that job.
        else if (!IsFirstStep(s) && WordsReason(s, typed) is { } words) reasons.Add(Cap(words));
        else if (kindName is { Length: > 0 } && s.Why.Any(w => w.Kind is MatchKind.Interest or MatchKind.Synonym or MatchKind.SpellingFix))
            // "You picked" only after a button; typed words that named a kind ("warehouse") were not a pick.
            reasons.Add(Cap(F(string.IsNullOrWhiteSpace(typed) ? "card.why.kind" : "card.why.kind_asked", ("kind", kindName))));
        foreach (var w in s.Why)
        {
            if (reasons.Count >= 2) break;
            var reason = w.Kind switch
            {
                MatchKind.Qualification when w.Field == "progression" => F("card.why.first_step", ("goal", w.Answer)),
                MatchKind.Qualification when w.Field == "licence" => s.CanStartNow ? messages.Get("card.why.licence") : null,
                // Said on their own line of the card, not as a reason it fits.
                MatchKind.Qualification when w.Field is "licence missing" or "age" => null,
                // Only when the resident can start: a level too low is said by the next step (a course first).
                MatchKind.Qualification => s.CanStartNow ? messages.Get("card.why.level") : null,
                // Only when every pattern the resident wants is offered; otherwise HoursToAsk says so.
                MatchKind.Hours => s.Why.All(h => h.Kind != MatchKind.Hours || h.Field == MatchReason.HoursFit) ? messages.Get("card.why.hours") : null,
                MatchKind.Travel => messages.Get("card.why.place"),
                _ => null,
            };
            if (reason is not null && !reasons.Contains(Cap(reason))) reasons.Add(Cap(reason));
        }
        return reasons.Count == 0 ? null : string.Join(" ", reasons);
    }

    /// <summary>
    /// True when one of the reasons the suggestion was found is the word (as typed, or as the search spelt it), or a
    /// word of it ("driver" of "lorry driver").
    /// </summary>
    private static bool FoundBy(Suggestion s, string word) =>
        s.Why.Any(w => w.Kind is MatchKind.Interest or MatchKind.Synonym or MatchKind.SpellingFix or MatchKind.Family
            && Words(word).Any(part => Words(w.Answer).Any(a => SameWord(a, part))
                || (w.Detail is { } d && w.Kind == MatchKind.SpellingFix && Words(d).Any(a => SameWord(a, part)))));

    /// <summary>True when the card is a job shown as a first step toward another the words are about.</summary>
    private static bool IsFirstStep(Suggestion s) =>
        s.Role is not null && s.Why.Any(w => w.Kind == MatchKind.Qualification && w.Field == "progression");

    /// <summary>True when the job's own words (title, other names, summary, tasks) hold the word.</summary>
    private static bool Holds(Suggestion s, string word) =>
        s.Role is { } role && Words(string.Join(' ', [role.Title, role.Summary, .. role.OtherNames, .. role.Tasks])).Any(w => SameWord(w, word));

    /// <summary>
    /// What links the job to the words the resident typed, most direct first (see <see cref="Why"/>); null when none
    /// of the index's reasons is about words they typed.
    /// </summary>
    private string? WordsReason(Suggestion s, string? typed)
    {
        var said = " " + PromptWords.Normalise(typed) + " ";
        var byWords = s.Why.Where(w => w.Kind is MatchKind.Interest or MatchKind.Synonym or MatchKind.SpellingFix or MatchKind.Family
                && w.Answer.Trim().Length is > 0 and <= 30
                && PromptWords.Normalise(w.Answer) is { Length: > 0 } n && said.Contains(" " + n + " ", StringComparison.Ordinal))
            .ToList();
        if (byWords.Count == 0) return null;
        var fixes = s.Why.Where(w => w.Kind == MatchKind.SpellingFix && w.Detail is not null).ToList();
        var (names, text) = JobWords(s);
        var answers = byWords.Select(w => w.Answer.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        // The index found the word itself (or its spelling fix) in the title or summary; or the card shows it carries it.
        bool Found(string a) => byWords.Any(w => w.Kind is MatchKind.Interest or MatchKind.SpellingFix && w.Field is "title" or "summary"
            && string.Equals(w.Answer.Trim(), a, StringComparison.OrdinalIgnoreCase));
        var carried = answers.Where(a => Found(a) || Meant(a, fixes).Any(m => Carries(m, names, text))).Take(2).ToList();
        // Each word quoted on its own ("pharmacy" and "technician"): never run into one quote the resident did not
        // say ("pharmacy, technician"), nor a phrase the job may not hold as one ("forklift stock").
        if (carried.Count > 0) return F("card.why.words", ("words", string.Join("\" and \"", carried)));
        // The word matched is in a longer other name and not in the title: that name is the link ("kitchen porter"
        // for "porter"). A synonym naming the job gives its title as the detail: the title is no other name.
        var title = Words(s.Title);
        foreach (var w in byWords)
        {
            if (w.Field != "other names" || w.Detail is not { Length: > 0 } detail || detail == s.Title) continue;
            var matched = Words(detail);
            if (matched.Count == 0 || matched.All(m => title.Any(t => SameWord(m, t)))) continue;
            if (names.FirstOrDefault(n => Words(n) is var nw && !nw.SequenceEqual(title) && matched.All(m => nw.Any(x => SameWord(m, x)))) is { } name)
                return F("card.why.also_called", ("name", name));
        }
        // A synonym names the job, or the words it stands for are in the job's title, other names or summary.
        if (byWords.FirstOrDefault(w => w.Kind is MatchKind.Synonym or MatchKind.SpellingFix && w.Field is "title" or "other names" or "summary") is { } close)
            return F("card.why.close", ("words", close.Answer.Trim()));
        foreach (var w in byWords)
        {
            if (w.Field == "tasks" && w.Detail is { Length: > 0 } task && s.Role is { } role && role.Tasks.Contains(task))
                return F("card.why.task", ("task", Plain(task)));
            if (w.Field == "leads to" && w.Detail is { Length: > 0 } job)
                return F("card.why.leads_to", ("job", job));
        }
        return byWords.FirstOrDefault(w => w.Kind is MatchKind.Synonym or MatchKind.Family) is { } family
            ? F("card.why.close", ("words", family.Answer.Trim()))
            : null;
    }

    /// <summary>What was typed, and the same words with the index's spelling fixes ("porte" -> "porter").</summary>
    private static IEnumerable<string> Meant(string answer, List<MatchReason> fixes)
    {
        yield return answer;
        var whole = fixes.FirstOrDefault(f => string.Equals(f.Answer, answer, StringComparison.OrdinalIgnoreCase));
        if (whole is not null) yield return whole.Detail!;
        var words = Words(answer);
        var fixedWords = words.Select(w => fixes.FirstOrDefault(f => PromptWords.Normalise(f.Answer) == w)?.Detail ?? w).ToList();
        if (!fixedWords.SequenceEqual(words)) yield return string.Join(' ', fixedWords);
    }

    /// <summary>The job's other names (a course's kind), and the words of its title and summary.</summary>
    private static (IReadOnlyList<string> Names, List<string> Text) JobWords(Suggestion s) =>
        s.Role is { } role ? (role.OtherNames, Words(role.Title + " " + role.Summary))
        : s.Course is { } course ? ([course.Kind], Words(course.Title + " " + course.Summary + " " + course.Kind + " " + course.Level))
        : ([], Words(s.Title));

    /// <summary>True when one of the other names is <paramref name="meant"/>, or the title and summary have each of its words.</summary>
    private static bool Carries(string meant, IReadOnlyList<string> names, List<string> text)
    {
        var words = Words(meant);
        if (words.Count == 0) return false;
        if (names.Any(n => Words(n) is var nameWords && nameWords.Count == words.Count && nameWords.Zip(words).All(p => SameWord(p.First, p.Second))))
            return true;
        return words.All(w => text.Any(t => SameWord(w, t)));
    }

    private static List<string> Words(string text) =>
        [.. PromptWords.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// One word in two forms: the same, or a shared start of 4 letters or more that leaves at most 3 letters of the
    /// shorter word and 4 of the longer ("porter" and "portering", "cleaning" and "cleaner", "wash" and "washing").
    /// </summary>
    private static bool SameWord(string a, string b)
    {
        if (a == b) return true;
        var shorter = Math.Min(a.Length, b.Length);
        var common = 0;
        while (common < shorter && a[common] == b[common]) common++;
        // A short word may only grow by an ending: "old" and "older".
        if (common == shorter && shorter >= 3 && Math.Max(a.Length, b.Length) - common <= 2) return true;
        return common >= 4 && common >= shorter - 3 && Math.Max(a.Length, b.Length) - common <= 4;
    }

    /// <summary>
    /// What to ask about hours the resident wants that the job does not say it offers; null when they all fit or none
    /// were given. Hours it does not offer (or school hours it may not: see the ranker): "These hours may not suit you.
    /// Ask if you can work part-time." Days, evenings or weekends on a job with shifts, where a rota usually has them:
    /// "This job has shifts. Ask for day shifts.", with no warning. Other hours it may offer: "Ask if you can work ...".
    /// </summary>
    public string? HoursToAsk(Suggestion s)
    {
        var notFit = s.Why.Where(w => w.Kind == MatchKind.Hours && w.Field != MatchReason.HoursFit).ToList();
        // School hours already mean part-time work in the day.
        if (notFit.Any(w => w.Answer == "school hours")) notFit.RemoveAll(w => w.Answer is "part-time" or "days");
        if (notFit.Count == 0) return null;
        // A job that lists no hours: there are no "these hours" on the card to speak of.
        if (s.Role is not { } role || Hours(role) is null)
            return F(s.Role is not null ? "card.hours.unknown" : "card.hours.check", ("hours", Joined(notFit.Select(Wanted))));
        var rota = role.HoursPatterns.Any(p => p.Contains("shift", StringComparison.OrdinalIgnoreCase));
        var warn = new List<string>();
        var shifts = new List<string>();
        var ask = new List<string>();
        var onRota = new List<string>();
        foreach (var w in notFit)
        {
            if (w.Field != MatchReason.HoursMaybe || w.Answer == "school hours") warn.Add(Wanted(w));
            else if (rota && ShiftKinds.TryGetValue(w.Answer, out var kind)) shifts.Add(kind);
            // Days of the week a rota may keep to ("only on Tuesday and Thursday").
            else if (rota && w.Detail?.Contains("shift", StringComparison.OrdinalIgnoreCase) == true) onRota.Add(Wanted(w));
            // The job says nothing against them: full-time or part-time work, or bank work, may be at those hours.
            else if (w.Detail is null || SaysNothingAgainst.Contains(w.Detail.Trim())) ask.Add(Wanted(w));
            // It names hours the resident cannot work ("weekends" for "weekdays only").
            else warn.Add(Wanted(w));
        }
        // With a warning, the hours it only may offer are asked about in the same sentence.
        if (warn.Count > 0) (warn, ask) = ([.. warn, .. ask], []);
        var lines = new List<string>();
        if (warn.Count > 0) lines.Add(F("card.hours.check", ("hours", Joined(warn))));
        if (shifts.Count > 0) lines.Add(F("card.hours.shifts", ("shifts", Joined(shifts) + " shifts")));
        if (onRota.Count > 0) lines.Add(F("card.hours.shifts_days", ("hours", Joined(onRota))));
        if (ask.Count > 0) lines.Add(F("card.hours.ask", ("hours", Joined(ask))));
        return string.Join(" ", lines);
    }

    /// <summary>Times a rota of shifts usually takes in, as the shifts to ask for ("day shifts").</summary>
    private static readonly Dictionary<string, string> ShiftKinds = new(StringComparer.Ordinal)
    {
        ["days"] = "day", ["evenings"] = "evening", ["weekends"] = "weekend",
    };

    private static readonly HashSet<string> SaysNothingAgainst = new(["full-time", "part-time", "bank", "flexible"], StringComparer.OrdinalIgnoreCase);

    private static string Wanted(MatchReason w) => w.Answer == "bank" ? "bank shifts" : w.Answer;

    private static string Joined(IEnumerable<string> items)
    {
        var list = items.Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    /// <summary>"What you need:" and the first parts of the job's entry requirements, with "none set" said plainly.</summary>
    public string? Needs(RoleCard role)
    {
        if (role.EntryRequirements is not { Length: > 0 } needs) return null;
        var parts = needs.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(PlainNeed);
        return F("details.needs", ("needs", FirstParts(string.Join("; ", parts), 40)));
    }

    /// <summary>The catalogue's short forms for "no qualifications" ("none set", "no set requirements") in plain words.</summary>
    private string PlainNeed(string part)
    {
        var n = PromptWords.Normalise(part);
        return n switch
        {
            "none set" or "none" or "no qualifications needed" or "no qualifications" => messages.Get("details.needs.none"),
            "usually no qualifications needed" => messages.Get("details.needs.usually_none"),
            "no set requirements" or "no set entry requirement nationally" or "no set entry requirements" or "set by employer"
                or "each employer sets its own" => messages.Get("details.needs.employer"),
            _ => part,
        };
    }

    /// <summary>One answer about a job ("how much does it pay?"): the job's short title, then the fact asked for.</summary>
    public IReadOnlyList<Reply> About(RoleCard role, JobTopic topic, bool explainDbs, PlaceAnswer? home = null)
    {
        // The whole title: it is a name residents search for.
        string Line(string line) => F("about.line", ("title", role.Title), ("line", line));
        var texts = new List<string>();
        switch (topic)
        {
            case JobTopic.Pay:
                texts.Add(Line(Pay(role)));
                break;
            case JobTopic.Hours:
                texts.Add(Line(Hours(role) ?? messages.Get("about.hours.unknown")));
                break;
            case JobTopic.Needs:
                // The title on its own: a list of needs is long, and on SMS it must split at the title, not mid-list.
                texts.Add(role.Title);
                texts.Add(Needs(role) ?? messages.Get("about.needs.unknown"));
                if (role.DbsCheck)
                {
                    texts.Add(messages.Get("details.dbs"));
                    if (explainDbs) texts.Add(messages.Get("explain.dbs"));
                }
                if (role.DrivingLicence) texts.Add(messages.Get("details.licence"));
                break;
            case JobTopic.Apply:
                texts.Add(Line(HowToApply(role, home)));
                break;
            case JobTopic.Where:
                texts.Add(Line(role.ApplyHint is { Length: > 0 } where ? F("about.where", ("where", where)) : messages.Get("about.where.unknown")));
                // The boroughs the catalogue names for the job: say when the resident's is one of them.
                if (home is { Borough.Length: > 0 } && role.Places.Contains(home.Borough, StringComparer.OrdinalIgnoreCase))
                    texts.Add(F("about.where.near", ("place", home.Borough)));
                break;
            default:
                return RoleDetails(role, explainDbs, home);
        }
        return texts.Select(t => new Reply { Text = t }).ToList();
    }

    /// <summary>The first parts of a "; "-separated catalogue list, as "- " lines, up to about <paramref name="maxWords"/> words.</summary>
    private static string FirstParts(string list, int maxWords)
    {
        var parts = list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kept = new List<string>();
        var words = 0;
        foreach (var part in parts)
        {
            var count = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (kept.Count > 0 && words + count > maxWords) break;
            kept.Add("- " + part.TrimEnd('.'));
            words += count;
        }
        return string.Join("\n", kept);
    }

    /// <summary>A catalogue phrase inside our sentence: no end stop, lower-case start.</summary>
    private static string Plain(string phrase)
    {
        var p = phrase.Trim().TrimEnd('.', ';');
        var firstWord = p.Split(' ')[0];
        // "Help people" -> "help people", but names stay ("Care Certificate").
        var secondIsName = p.Split(' ').Skip(1).FirstOrDefault() is { Length: > 0 } second && char.IsUpper(second[0]);
        return firstWord.Length > 1 && char.IsUpper(p[0]) && !char.IsUpper(p[1]) && !secondIsName ? char.ToLowerInvariant(p[0]) + p[1..] : p;
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
