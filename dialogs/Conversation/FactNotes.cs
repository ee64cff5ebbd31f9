using System.Globalization;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Stores facts heard in an answer to another question, and says briefly what was noted ("I will look near
/// Walsall."). A fact for a question still to come marks it <see cref="ConversationFacts.Noted"/>, so it is
/// skipped; a fact for a question already asked updates that answer and is said at once.
/// </summary>
public static class FactNotes
{
    /// <summary>Stores <paramref name="heard"/>; returns the questions still to come that it answered.</summary>
    public static IReadOnlyList<string> Store(DialogContext dc, HeardFacts heard)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(heard);
        var answers = dc.State.Answers;
        // Days and the times of a day ("mon to fri 9-5") stand for the hours only while none are held: once the hours
        // were said, they say when, not how many hours.
        if (heard.Hours is { DayHours: not null } && HoldsHours(answers)) heard = heard with { Hours = null };
        if (heard.Qualifications is { } q) answers = answers with { Qualifications = Merge(answers.Qualifications, q) };
        if (heard.Hours is { } h) answers = MainDialog.WithHours(answers, null, h);
        // Bank work alone: the hours answer, or bank work with the hours held.
        else if (heard.Bank)
            answers = answers.Hours is null && answers.HoursPattern == WorkPatterns.None
                ? MainDialog.WithHours(answers, "bank", null)
                : answers with { HoursPattern = answers.HoursPattern | WorkPatterns.Bank };
        if (heard.Times is { } t) answers = answers with { Times = Merge(answers.Times, t, heard.TimesAdded) };
        if (heard.Start is { } s) answers = answers with { Start = s };
        if (heard.Place is { } p) answers = answers with { Place = p, PlaceSkipped = false };
        if (heard.MaxMiles is { } m) answers = answers with { MaxMiles = m };
        if (heard.Age is { } age) answers = answers with { Age = age };
        if (heard.Pay is { } pay) answers = answers with { Pay = pay };
        // Work wished for at another question: the kind of work now, in the resident's words.
        if (heard.Work is { } work)
            answers = NotWishes.Keep(answers with { InterestKey = work.Kinds[0], InterestText = work.Text }, work.NotKinds, work.NotWords, work);
        dc.State.Answers = answers;

        if (heard.Age is { } said)
        {
            dc.Signal("heard", "age");
            dc.Say("age.noted", Args("age", said.ToString(CultureInfo.InvariantCulture)));
        }
        if (heard.Pay is { } wish)
        {
            dc.Signal("heard", "pay");
            if (wish.MinYearly is null) dc.Say("pay.noted.good");
            else dc.Say("pay.noted", Args("pay", wish.Said));
        }
        if (heard.Qualifications is { } tickets && HeardFacts.HasTickets(tickets)) SayTickets(dc, tickets);

        var ahead = new List<string>();
        foreach (var question in heard.Questions())
        {
            dc.Signal("heard", question);
            var facts = dc.State.Facts;
            if (facts.Asked.Contains(question))
            {
                Say(dc, question);
                continue;
            }
            ahead.Add(question);
            if (!facts.Noted.Contains(question)) dc.State.Facts = facts with { Noted = [.. facts.Noted, question] };
        }
        return ahead;
    }

    /// <summary>Hours a week, or a kind of hours ("part time", bank shifts), are held.</summary>
    internal static bool HoldsHours(CareerAnswers answers) => answers.Hours is not null || answers.HoursPattern != WorkPatterns.None;

    /// <summary>
    /// An employer, hospital or college named: kept as where the work or course is, and said honestly when first
    /// heard. The catalogue has jobs by sort of employer, never one employer's; a shop is no employer of ours.
    /// </summary>
    public static void StoreWorkplace(DialogContext dc, NamedEmployer? named)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (named is null || named == dc.State.Answers.Workplace) return;
        dc.State.Answers = dc.State.Answers with { Workplace = named };
        dc.Signal("heard", "workplace");
        var key = named.Kind switch
        {
            EmployerKind.Hospital => "employer.hospital",
            EmployerKind.CommunityNhs or EmployerKind.MentalHealth or EmployerKind.Ambulance => "employer.nhs",
            EmployerKind.Council => named.Town is null ? "employer.council.any" : "employer.council",
            EmployerKind.Chemist => "employer.chemist",
            EmployerKind.Shop => "employer.shop",
            _ => "employer.college",
        };
        var args = Args("name", named.Name);
        // Where the work is, for an NHS employer in one town: "The Dudley Group is in Dudley."
        if (named.Town is { } town && key is "employer.hospital" or "employer.nhs")
        {
            key += ".town";
            args["place"] = town;
        }
        dc.Say(key, args);
    }

    /// <summary>Says what was noted for questions still to come, so they are not said again when skipped.</summary>
    public static void SayAhead(DialogContext dc, IReadOnlyList<string> ahead)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(ahead);
        foreach (var question in ahead)
        {
            Say(dc, question);
            var facts = dc.State.Facts;
            if (!facts.NotedSaid.Contains(question)) dc.State.Facts = facts with { NotedSaid = [.. facts.NotedSaid, question] };
        }
    }

    /// <summary>Says the stored answer to <paramref name="question"/> in a few words.</summary>
    public static void Say(DialogContext dc, string question)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var a = dc.State.Answers;
        var m = dc.Messages;
        switch (question)
        {
            case "interest" when a.InterestKey is { } key:
                if (MainDialog.OwnWords(a.InterestText) is { } own) dc.Say("interest.noted.words", Args("words", own));
                else if (InterestKinds.Find(key) is { } kind) dc.Say("interest.noted", Args("interest", m.Get(kind.NameKey)));
                break;
            case "place" when a.Place is { } place:
                dc.Say("place.noted", Args("place", place.Name));
                break;
            case "miles" when a.MaxMiles is 1:
                dc.Say("miles.noted.one");
                break;
            case "miles" when a.MaxMiles is { } miles:
                dc.Say("miles.noted", Args("miles", miles.ToString("0.#", CultureInfo.InvariantCulture)));
                break;
            case "hours" when a.Hours is not null || a.HoursPattern != WorkPatterns.None:
                dc.Say("hours.noted", Args("hours", Hours(m, a)));
                break;
            case "times" when a.Times is { } times && Times(m, times) is { } when:
                // For a course, and no job: the times are when they can come to classes, not work.
                var course = CourseSeeker.Only(a) ? ".course" : "";
                if (PartWords(m, times.NotParts) is { } not)
                    dc.Say("times.noted.not" + course, new Dictionary<string, string>(StringComparer.Ordinal) { ["times"] = when, ["not"] = not });
                else dc.Say("times.noted" + course, Args("times", when));
                break;
            case "start" when a.Start is { } start:
                dc.Say("start.noted", Args("start", start.Now ? m.Get("describe.now")
                    : start.Date is { } date ? m.Format("describe.date", Args("date", date.ToString("d MMMM", CultureInfo.GetCultureInfo("en-GB"))))
                    : m.Get("describe.later")));
                break;
            case "qualifications" when a.Qualifications is { None: true }:
                dc.Say(CourseSeeker.Only(a) ? "quals.none.course" : "quals.none");
                break;
            case "qualifications" when a.Qualifications is { Level: { } level and > 0 }:
                dc.Say("quals.noted", Args("level", level.ToString(CultureInfo.InvariantCulture)));
                break;
            case "qualifications":
                dc.Say("quals.noted.some");
                break;
        }
    }

    /// <summary>
    /// Says the distance held; for a way of travelling said alone ("bus", "I walk"), also the rule that made it: the
    /// distance that way covers in about half an hour (see TravelWords.Modes).
    /// </summary>
    public static void SayMiles(DialogContext dc, string? mode)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (mode is null || dc.State.Answers.MaxMiles is not { } miles || miles < 2)
        {
            Say(dc, "miles");
            return;
        }
        dc.Say("miles.mode.noted", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["how"] = dc.Messages.Get("travel.mode." + mode),
            ["miles"] = miles.ToString("0.#", CultureInfo.InvariantCulture),
        });
    }

    private static Dictionary<string, string> Args(string name, string value) => new(StringComparer.Ordinal) { [name] = value };

    /// <summary>
    /// Says the tickets held in a few words ("Good. You have a forklift licence and a first aid certificate."), and a
    /// driving licence said missing. Tickets are no level, so nothing is said of one.
    /// </summary>
    public static void SayTickets(DialogContext dc, QualificationSet set)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(set);
        var names = Recognizers.Text.TicketReader.Ids.Where(set.Certificates.Contains).Select(id => dc.Messages.Get("ticket." + id)).ToList();
        if (names.Count > 0)
        {
            var list = names.Count == 1 ? names[0] : dc.Messages.Format("describe.list", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["items"] = string.Join(", ", names.Take(names.Count - 1)),
                ["last"] = names[^1],
            });
            dc.Say("quals.tickets", Args("tickets", list));
        }
        if (set.NoDrivingLicence && !set.Certificates.Contains("driving-licence")) dc.Say("quals.no_licence");
    }

    /// <summary>
    /// New qualifications add to what was said before: the higher level, and all the certificates. Tickets alone
    /// ("forklift licence") keep the level said before, "none" included.
    /// </summary>
    public static QualificationSet Merge(QualificationSet? before, QualificationSet heard)
    {
        if (before is null) return heard;
        var certificates = before.Certificates.Union(heard.Certificates).ToList();
        var noLicence = !certificates.Contains("driving-licence") && (before.NoDrivingLicence || heard.NoDrivingLicence);
        if (heard is { Level: null, None: false, Overseas: false })
            return before with { Certificates = certificates, NoDrivingLicence = noLicence };
        if (before.None) return heard with { Certificates = certificates, NoDrivingLicence = noLicence };
        return heard with
        {
            Level = Math.Max(before.Level ?? 0, heard.Level ?? 0),
            Certificates = certificates,
            NoDrivingLicence = noLicence,
            Overseas = before.Overseas || heard.Overseas,
            Country = heard.Country ?? before.Country,
            EnglishLevel = Max(before.EnglishLevel, heard.EnglishLevel),
            MathsLevel = Max(before.MathsLevel, heard.MathsLevel),
        };
    }

    private const WorkPatterns DayPatterns = WorkPatterns.Weekdays | WorkPatterns.Weekends;

    /// <summary>
    /// Times heard out of their question add to those held: days alone ("i cant do fridays") keep the times of day
    /// held, and times of day alone ("evenings") keep the days. Both, or "any time", are the times now.
    /// </summary>
    /// <remarks>
    /// Times said as more ("fridays too", "also evenings": <paramref name="added"/>) are added to those held: the days to
    /// the days, the times of day to the times of day. Any day held stays any day.
    /// </remarks>
    public static WorkTimes Merge(WorkTimes? before, WorkTimes heard, bool added = false)
    {
        ArgumentNullException.ThrowIfNull(heard);
        if (before is null || before.Flexible || heard.Flexible) return heard;
        if (added) return Added(before, heard);
        var days = heard.Days.Count > 0 || (heard.Patterns & DayPatterns) != 0;
        var rest = heard.Parts != DayParts.None || heard.NotParts != DayParts.None || (heard.Patterns & ~DayPatterns) != 0;
        if (days && !rest)
            return before with { Patterns = (before.Patterns & ~DayPatterns) | (heard.Patterns & DayPatterns), Days = heard.Days };
        if (rest && !days)
            return heard with { Patterns = heard.Patterns | (before.Patterns & DayPatterns), Days = before.Days };
        return heard;
    }

    private static WorkTimes Added(WorkTimes before, WorkTimes heard)
    {
        var days = before.Days.Count == 0 || heard.Days.Count == 0 && (heard.Patterns & DayPatterns) == 0
            ? before.Days
            : CareerPromptRecognizer.WeekDays(before.Days.Union(heard.Days).ToHashSet());
        var patterns = (before.Patterns | heard.Patterns) & ~DayPatterns;
        if (days.Count > 0 && days.All(d => d is DayOfWeek.Saturday or DayOfWeek.Sunday)) patterns |= WorkPatterns.Weekends;
        else if (days.Count > 0 && days.All(d => d is not (DayOfWeek.Saturday or DayOfWeek.Sunday))) patterns |= WorkPatterns.Weekdays;
        else if (days.Count == 0) patterns |= before.Patterns & DayPatterns;
        var parts = before.Parts | heard.Parts;
        return new WorkTimes(patterns, parts) { NotParts = (before.NotParts | heard.NotParts) & ~parts, Days = days };
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    /// <summary>The hours held in a few words, with bank shifts when said with them ("part-time bank shifts").</summary>
    private static string Hours(Messages.MessageCatalogue m, CareerAnswers a)
    {
        var hours = HoursAlone(m, a);
        if ((a.HoursPattern & WorkPatterns.Bank) == 0 || hours == m.Get("describe.bank")) return hours;
        return hours == m.Get("describe.part_time") ? m.Get("describe.bank.part_time") : m.Format("describe.bank.with", Args("hours", hours));
    }

    private static string HoursAlone(Messages.MessageCatalogue m, CareerAnswers a)
    {
        var said = a.Hours;
        if ((a.HoursPattern & WorkPatterns.SchoolHours) != 0) return m.Get("describe.school_hours");
        if (said is null && (a.HoursPattern & WorkPatterns.Bank) != 0) return m.Get("describe.bank");
        // "mon to fri 9-5": the sum said with what it was made from, so a wrong one can be put right.
        if (said is { DayHours: { } perDay, DaysPerWeek: { } dayCount })
            return m.Format(dayCount == 1 ? "describe.hours.clock.one" : "describe.hours.clock", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["hours"] = (perDay * dayCount).ToString("0.#", CultureInfo.InvariantCulture),
                ["days"] = dayCount.ToString(CultureInfo.InvariantCulture),
                ["day"] = perDay.ToString("0.#", CultureInfo.InvariantCulture),
            });
        // "2 or 3 days a week": both counts of days said, and the hours they stand for.
        if (said is { DaysPerWeekLow: { } fewest, DaysPerWeek: { } most, DaysAssumed: false }
            && CareerPromptRecognizer.DaysToHours(fewest, most) is { } weeks && weeks.Min == said.Min && weeks.Max == said.Max)
            return m.Format("describe.hours.days.range", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["number"] = fewest.ToString(CultureInfo.InvariantCulture),
                ["days"] = most.ToString(CultureInfo.InvariantCulture),
                ["min"] = said.Min.ToString(CultureInfo.InvariantCulture),
                ["max"] = said.Max.ToString(CultureInfo.InvariantCulture),
            });
        // "3 days a week": the days said, and the hours they stand for (see CareerPromptRecognizer.DaysToHours).
        if (said is { DaysPerWeek: { } days, DaysAssumed: false } && CareerPromptRecognizer.DaysToHours(days) is { } week && week.Min == said.Min && week.Max == said.Max)
            return m.Format(days == 1 ? "describe.hours.day" : "describe.hours.days", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["days"] = days.ToString(CultureInfo.InvariantCulture),
                ["min"] = said.Min.ToString(CultureInfo.InvariantCulture),
                ["max"] = said.Max.ToString(CultureInfo.InvariantCulture),
            });
        if (said is null || said is { Min: 35, Max: 40 } || said is { Min: 16, Max: 30 } || said.Estimate is not null || said.Max >= HoursRecognizer.MaxWeekly)
        {
            if ((a.HoursPattern & WorkPatterns.FullTime) != 0) return m.Get("describe.full_time");
            if ((a.HoursPattern & WorkPatterns.PartTime) != 0 && said is not { Min: 1, Max: 15 }) return m.Get("describe.part_time");
        }
        if (said is null) return m.Get("describe.part_time");
        return said.Min == said.Max
            ? m.Format("describe.hours", Args("hours", said.Min.ToString(CultureInfo.InvariantCulture)))
            : m.Format("describe.hours.range", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["min"] = said.Min.ToString(CultureInfo.InvariantCulture),
                ["max"] = said.Max.ToString(CultureInfo.InvariantCulture),
            });
    }

    /// <summary>"evenings and weekends", "mornings, afternoons and weekdays"; null when nothing plain was said.</summary>
    private static string? Times(Messages.MessageCatalogue m, WorkTimes times)
    {
        if (times.Flexible) return m.Get("describe.times.any");
        var words = new List<string>();
        if ((times.Parts & DayParts.SchoolHours) != 0) words.Add(m.Get("describe.times.school"));
        else
        {
            if ((times.Parts & DayParts.Mornings) != 0) words.Add(m.Get("describe.times.mornings"));
            if ((times.Parts & DayParts.Afternoons) != 0) words.Add(m.Get("describe.times.afternoons"));
        }
        if ((times.Parts & DayParts.Evenings) != 0) words.Add(m.Get("describe.times.evenings"));
        if ((times.Parts & DayParts.Nights) != 0) words.Add(m.Get("describe.times.nights"));
        var days = DayWords(m, times.Days);
        if ((times.Parts & DayParts.TermTime) != 0) words.Add(m.Get("describe.times.term"));
        if (days is null)
        {
            if ((times.Patterns & WorkPatterns.Weekends) != 0) words.Add(m.Get("describe.times.weekends"));
            else if ((times.Patterns & WorkPatterns.Weekdays) != 0 && (times.Parts & DayParts.SchoolHours) == 0) words.Add(m.Get("describe.times.weekdays"));
        }
        var list = List(m, words);
        if (days is null) return list;
        return list is null ? days : m.Format("describe.times.on_days", new Dictionary<string, string>(StringComparer.Ordinal) { ["times"] = list, ["days"] = days });
    }

    /// <summary>
    /// Some days of the week in a few words: "on Tuesdays and Thursdays", "any day but Fridays"; null for none, all
    /// seven, or just the weekend or the weekdays (said as "weekends" and "on weekdays").
    /// </summary>
    private static string? DayWords(Messages.MessageCatalogue m, IReadOnlyList<DayOfWeek> days)
    {
        if (days.Count is 0 or 7) return null;
        var weekend = days.Count(d => d is DayOfWeek.Saturday or DayOfWeek.Sunday);
        if ((weekend == 2 && days.Count == 2) || (weekend == 0 && days.Count == 5)) return null;
        var order = Enum.GetValues<DayOfWeek>().OrderBy(d => ((int)d + 6) % 7);
        if (days.Count >= 5)
        {
            var not = order.Where(d => !days.Contains(d)).Select(d => DayName(m, d)).ToList();
            return m.Format("describe.days.but", Args("days", List(m, not)!));
        }
        return m.Format("describe.days.on", Args("days", List(m, order.Where(days.Contains).Select(d => DayName(m, d)).ToList())!));
    }

    private static string DayName(Messages.MessageCatalogue m, DayOfWeek day) =>
        m.Get("describe.day." + day.ToString().ToLowerInvariant());

    /// <summary>Parts of the day ruled out, in a few words ("nights", "evenings and nights"); null when none.</summary>
    private static string? PartWords(Messages.MessageCatalogue m, DayParts parts)
    {
        var words = new List<string>();
        if ((parts & DayParts.Mornings) != 0) words.Add(m.Get("describe.times.mornings"));
        if ((parts & DayParts.Afternoons) != 0) words.Add(m.Get("describe.times.afternoons"));
        if ((parts & DayParts.Evenings) != 0) words.Add(m.Get("describe.times.evenings"));
        if ((parts & DayParts.Nights) != 0) words.Add(m.Get("describe.times.nights"));
        return List(m, words);
    }

    private static string? List(Messages.MessageCatalogue m, List<string> words)
    {
        if (words.Count == 0) return null;
        return words.Count == 1 ? words[0] : m.Format("describe.list", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["items"] = string.Join(", ", words.Take(words.Count - 1)),
            ["last"] = words[^1],
        });
    }
}
