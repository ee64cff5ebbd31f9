using System.Globalization;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// One answer about a course ("is it free?", "how long?", "which college?", "can I go in the evening?", "what do I
/// need?", "what job does it lead to?", "how do I join?"), in short plain words from the course's own data. What the
/// data does not hold (start dates, hours a week, an age limit) is said plainly as not known, with who to ask.
/// </summary>
public sealed class CourseAnswers(MessageCatalogue messages, CoursePlaces? places = null)
{
    /// <summary>Most places one answer names.</summary>
    public const int MaxPlaces = 3;

    private readonly CoursePlaces _places = places ?? new CoursePlaces();

    private string F(string key, params ReadOnlySpan<(string Name, string Value)> args) => messages.Format(key, args);

    /// <summary>
    /// The answer to <paramref name="topic"/> (<see cref="JobTopic.Cost"/>, <see cref="JobTopic.Length"/>,
    /// <see cref="JobTopic.Where"/>, <see cref="JobTopic.Study"/>, <see cref="JobTopic.Needs"/>, <see cref="JobTopic.LeadsTo"/>,
    /// <see cref="JobTopic.Apply"/>, <see cref="JobTopic.Level"/> or <see cref="JobTopic.Help"/>) about <paramref name="course"/>, one short message per fact, the course's title first.
    /// </summary>
    /// <param name="course">The course asked about.</param>
    /// <param name="topic">What is asked.</param>
    /// <param name="asked">The resident's words, for the part of a question they ask ("online?", "with my English?"); may be empty.</param>
    /// <param name="home">Where the resident lives, when known: the nearest places come first.</param>
    /// <param name="jobs">The titles of the jobs the course leads to.</param>
    /// <param name="nextCourses">The titles of the courses to do after it.</param>
    public IReadOnlyList<Reply> About(CourseCard course, JobTopic topic, string? asked, PlaceAnswer? home,
        IReadOnlyList<string> jobs, IReadOnlyList<string> nextCourses)
    {
        ArgumentNullException.ThrowIfNull(course);
        var words = " " + PromptWords.Normalise(asked) + " ";
        bool Asks(params string[] any) => any.Any(a => words.Contains(" " + a + " ", StringComparison.Ordinal));
        string Line(string line) => F("about.line", ("title", course.Title), ("line", line));
        var texts = new List<string>();
        switch (topic)
        {
            case JobTopic.Cost:
                texts.Add(Line(course.Cost is { Length: > 0 } cost ? cost.Trim() : messages.Get("course.cost.unknown")));
                // "free if you are 19 or over", "may pay a fee": whether it is free depends on the resident.
                if (course.Cost is { } c && (c.Contains(" if ", StringComparison.Ordinal) || c.Contains("may", StringComparison.Ordinal)
                    || c.Contains("usually", StringComparison.Ordinal) || c.Contains("often", StringComparison.Ordinal)))
                    texts.Add(messages.Get(course.Providers.Count > 0 ? "course.cost.check" : "course.cost.check.employer"));
                // "do i get paid": an apprenticeship's cost says it pays; a course is no job.
                if (Asks("paid", "get paid", "wage", "wages", "salary", "earn") && !SuggestionCards.IsApprenticeship(course)) texts.Add(messages.Get("course.paid.no"));
                break;
            case JobTopic.Level:
                texts.Add(Line(F("card.course.level", ("level", course.Level.Trim().TrimEnd('.')))));
                break;
            case JobTopic.Help:
                // What the catalogue says of help with costs ("they pay for travel and child care"), else who to ask.
                texts.Add(course.Cost is { } paid && (paid.Contains("travel", StringComparison.OrdinalIgnoreCase) || paid.Contains("child", StringComparison.OrdinalIgnoreCase))
                    ? Line(paid.Trim())
                    : Line(messages.Get(SuggestionCards.IsApprenticeship(course) ? "course.help.employer" : "course.help.ask")));
                // "around my kids": when you study, as far as the catalogue says.
                if (Asks("kids", "children", "childcare", "child care", "nursery", "school") && Modes(course) is { } when)
                    texts.Add(F("course.study", ("title", course.Title), ("modes", when)));
                break;
            case JobTopic.Length:
                texts.Add(Line(course.Length is { Length: > 0 } length ? F("card.course.length", ("length", length.Trim().TrimEnd('.'))) : messages.Get("course.length.unknown")));
                if (Asks("hours", "hour", "hrs", "day", "days", "week", "a week")) texts.Add(messages.Get("course.hours.unknown"));
                break;
            case JobTopic.Study:
                texts.Add(Modes(course) is { } modes ? F("course.study", ("title", course.Title), ("modes", modes)) : Line(messages.Get("course.study.unknown")));
                foreach (var part in StudyAsked(course, Asks)) texts.Add(part);
                if (course.Providers.Count > 0) texts.Add(messages.Get("course.study.times"));
                break;
            case JobTopic.Needs:
                texts.Add(course.Title);
                texts.Add(Needs(course));
                if (course.MinAge is { } age) texts.Add(F("card.course.age", ("age", age.ToString(CultureInfo.InvariantCulture))));
                else if (Asks("age", "old", "young", "too old", "too young")) texts.Add(messages.Get("course.age.unknown"));
                if (Asks("english", "esol", "speak") && !SaysEnglish(course.EntryRequirements))
                {
                    texts.Add(messages.Get("course.english.unknown"));
                    if (!IsEnglishCourse(course)) texts.Add(messages.Get("course.english.esol"));
                }
                break;
            case JobTopic.LeadsTo:
                if (jobs.Count > 0)
                    texts.Add(F("course.leads.jobs", ("title", course.Title), ("jobs", string.Join("\n", jobs.Take(MaxPlaces).Select(j => "- " + j)))));
                if (nextCourses.Count > 0) texts.Add((jobs.Count > 0 ? "" : course.Title + ". ") + F("course.leads.course", ("course", nextCourses[0])));
                if (jobs.Count == 0 && nextCourses.Count == 0) texts.Add(Line(messages.Get("course.leads.unknown")));
                break;
            case JobTopic.Apply:
                texts.AddRange(HowToJoin(course, home));
                texts.Add(messages.Get(SuggestionCards.IsApprenticeship(course) ? "course.start.unknown.job" : "course.start.unknown"));
                break;
            default: // where
                texts.AddRange(Where(course, home, Line));
                break;
        }
        return texts.Select(t => new Reply { Text = t }).ToList();
    }

    private static readonly (string Mode, string Key)[] ModeWords =
    [
        ("full-time", "course.mode.full"), ("part-time", "course.mode.part"), ("daytime", "course.mode.day"), ("evening", "course.mode.evening"),
        ("online", "course.mode.online"), ("blended", "course.mode.blended"), ("classroom", "course.mode.class"), ("on the job", "course.mode.job"),
        ("university", "course.mode.university"), ("short", "course.mode.short"),
    ];

    /// <summary>How the course is studied, in plain words, one "- " line each ("- part-time", "- in the day"); null when the data says nothing.</summary>
    public string? Modes(CourseCard course)
    {
        bool Has(string mode) => course.Modes.Contains(mode, StringComparer.OrdinalIgnoreCase);
        // "online" says more than "partly online".
        var plain = ModeWords.Where(m => Has(m.Mode) && !(m.Mode == "blended" && Has("online"))).Select(m => "- " + messages.Get(m.Key)).ToList();
        return plain.Count == 0 ? null : string.Join("\n", plain);
    }

    /// <summary>A yes or "I do not know" for each way of studying the resident asked about ("online?", "evenings?").</summary>
    private IEnumerable<string> StudyAsked(CourseCard course, Func<string[], bool> asks)
    {
        bool Has(string mode) => course.Modes.Contains(mode, StringComparer.OrdinalIgnoreCase);
        (string Mode, string[] Words, string Name)[] parts =
        [
            ("online", ["online", "on line", "internet", "zoom", "from home", "at home", "remote"], "online"),
            ("evening", ["evening", "evenings", "evenin", "eve", "night", "nights", "after work"], "evening"),
            ("full-time", ["full time", "fulltime", "full"], "full-time"),
            ("part-time", ["part time", "parttime", "part"], "part-time"),
        ];
        foreach (var (mode, words, name) in parts)
        {
            if (!asks(words)) continue;
            if (Has(mode)) yield return F("course.study.yes", ("mode", messages.Get(ModeWords.First(m => m.Mode == mode).Key)));
            else if (mode == "online" && Has("blended")) yield return messages.Get("course.study.part_online");
            else yield return F("course.study.not_known", ("mode", name));
        }
        if (asks(["weekend", "weekends", "saturday", "sunday"])) yield return F("course.study.not_known", ("mode", "weekend"));
        if (asks(["hours", "hour", "hrs", "how many days"])) yield return messages.Get("course.hours.unknown");
    }

    /// <summary>What you need to start, as "- " lines from the catalogue's entry requirements, in plain words.</summary>
    private string Needs(CourseCard course)
    {
        if (course.EntryRequirements is not { Length: > 0 } needs) return messages.Get("course.needs.unknown");
        var parts = needs.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(PlainNeed).Distinct(StringComparer.Ordinal);
        return F("details.needs", ("needs", string.Join("\n", parts.Select(p => "- " + p.TrimEnd('.')))));
    }

    private string PlainNeed(string part)
    {
        var n = PromptWords.Normalise(part);
        return n switch
        {
            "none" or "none set" or "no qualifications" => messages.Get("details.needs.none"),
            "set by employer" or "each employer sets its own" => messages.Get("details.needs.employer"),
            _ when n.StartsWith("initial", StringComparison.Ordinal) && n.Contains("assessment", StringComparison.Ordinal) => messages.Get("course.needs.assessment"),
            _ => Abbreviations(part),
        };
    }

    /// <summary>The catalogue's short forms in full words ("e.g." like, "incl." with), and its notes in brackets left out ("(typical)").</summary>
    private static string Abbreviations(string part)
    {
        var plain = System.Text.RegularExpressions.Regex.Replace(part, @"\s*\((?:typical|varies|usually|often|[A-Z][a-z]+ [A-Z][a-z]+)\)", "");
        foreach (var (from, to) in new[] { ("initial English assessment", "a short English test"), ("initial assessment", "a short test of your level"), ("e.g. ", "like "), ("incl. ", "with "), ("and/or", "or"), ("HCSW", "healthcare support worker"), (" 4/C", " 4") })
            plain = plain.Replace(from, to, StringComparison.Ordinal);
        return plain.Trim();
    }

    private static bool SaysEnglish(string? needs) =>
        needs is not null && (needs.Contains("English", StringComparison.OrdinalIgnoreCase) || needs.Contains("ESOL", StringComparison.OrdinalIgnoreCase));

    private static bool IsEnglishCourse(CourseCard course) =>
        course.Title.Contains("ESOL", StringComparison.Ordinal) || course.Title.Contains("English", StringComparison.Ordinal);

    /// <summary>The places that run it, those in the resident's borough first, with their towns.</summary>
    private List<string> Where(CourseCard course, PlaceAnswer? home, Func<string, string> line)
    {
        var texts = new List<string>();
        var places = Ordered(course, home);
        if (places.Count == 0)
        {
            texts.Add(line(messages.Get(course.AvailableEverywhere ? "course.where.everywhere" : "course.where.unknown")));
            texts.Add(messages.Get(OnTheJob(course) ? "course.where.at_work" : "course.where.ask"));
            return texts;
        }
        texts.Add(F("course.where.list", ("title", course.Title), ("places", string.Join("\n", places.Take(MaxPlaces).Select(p => Place(p.Place))))));
        if (places[0].Miles is { } miles)
            texts.Add(miles < 1.5 ? F("course.where.nearest.mile", ("name", places[0].Place.Name))
                : F("course.where.nearest", ("name", places[0].Place.Name), ("miles", Math.Round(miles).ToString("0", CultureInfo.InvariantCulture))));
        else if (home is { Borough.Length: > 0 } && places[0].InHomeBorough)
            texts.Add(F("course.where.near", ("name", places[0].Place.Name), ("place", home.Borough)));
        if (places.Count > MaxPlaces)
            texts.Add(places.Count - MaxPlaces == 1 ? messages.Get("course.where.more_one")
                : F("course.where.more", ("count", (places.Count - MaxPlaces).ToString(CultureInfo.InvariantCulture))));
        if (OnTheJob(course)) texts.Add(messages.Get("course.where.at_work"));
        return texts;
    }

    /// <summary>How to join: who to ask (a place near the resident first), or the employer or work coach.</summary>
    private List<string> HowToJoin(CourseCard course, PlaceAnswer? home)
    {
        string Line(string l) => F("about.line", ("title", course.Title), ("line", l));
        var needs = course.EntryRequirements ?? "";
        if (needs.Contains("Jobcentre", StringComparison.OrdinalIgnoreCase) || needs.Contains("work coach", StringComparison.OrdinalIgnoreCase)
            || needs.Contains("unemployment benefits", StringComparison.OrdinalIgnoreCase))
            return [Line(messages.Get("course.join.work_coach"))];
        if (SuggestionCards.IsApprenticeship(course))
            return [Line(messages.Get("course.join.apprenticeship"))];
        var places = Ordered(course, home);
        if (places.Count == 0)
            return [Line(messages.Get(OnTheJob(course) ? "course.join.employer" : "course.join.ask"))];
        var first = places[0];
        if (home is { Borough.Length: > 0 } && first.InHomeBorough)
            return [Line(F("course.join.near", ("name", first.Place.Name), ("place", home.Borough)))];
        return [Line(first.Miles is not null ? F("course.join.nearest", ("name", first.Place.Name)) : F("course.join", ("name", first.Place.Name)))];
    }

    private static bool OnTheJob(CourseCard course) => course.Modes.Contains("on the job", StringComparer.OrdinalIgnoreCase);

    /// <summary>The course's places, nearest to the resident first (see <see cref="CoursePlaces"/>).</summary>
    private IReadOnlyList<CoursePlaces.Near> Ordered(CourseCard course, PlaceAnswer? home) => _places.Ordered(course, home);

    /// <summary>"- Sandwell College, in Sandwell": the name, and its borough when the name does not say it.</summary>
    private string Place(CourseProvider p) =>
        p.Borough.Length == 0 || p.Name.Contains(p.Borough, StringComparison.OrdinalIgnoreCase) ? "- " + p.Name : F("course.where.place", ("name", p.Name), ("place", p.Borough));
}
