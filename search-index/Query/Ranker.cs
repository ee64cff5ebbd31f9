using System.Globalization;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Places;

namespace CareerBot.SearchIndex.Query;

/// <summary>
/// Scores one candidate: text relevance plus synonym and family hits, then fit. Roles the resident can start
/// now keep their score; the rest are pushed down and paired with a course. Hours and travel that do not fit
/// push a result down (courses too far away, and not online, are left out).
/// </summary>
internal static class Ranker
{
    private const double CourseFactor = 0.45;
    private const double MissFactor = 0.5;
    private const double EnglishCourseBonus = 0.2;
    private const double EnglishCourseFactor = 0.05;
    private const double HoursFitBonus = 0.2;
    private const double TravelBonus = 0.1;
    /// <summary>For a course whose age rule the resident does not meet yet: lower than a level gap, as no course closes it.</summary>
    private const double TooYoungFactor = 0.3;

    /// <summary>For a role of a family the words name: what a synonym naming the role first adds.</summary>
    private const double FamilyNamedBonus = 1.0;

    /// <summary>For a role whose title or other name has two words typed next to each other, in that order.</summary>
    private const double InOrderBonus = 0.3;

    /// <summary>Score before fit from which a result gets the whole of each bonus for fit (see <see cref="BonusShare"/>).</summary>
    private const double FullBonusFrom = 0.5;

    /// <summary>
    /// The share of each bonus for fit (hours, travel, the English course) a result gets: all of it from a score
    /// before fit of <see cref="FullBonusFrom"/> up, less below, in proportion, so a bonus is never more than
    /// 0.4 times the score it is added to. Fixed bonuses lifted jobs the words hardly touched over the jobs asked
    /// for whenever their hours fitted: an assistant practitioner (only "hospital" in its summary, a score near 0)
    /// over a ward housekeeper for "clean hospital night"; a cook ("stores" in "Store food safely") for "warehouse".
    /// </summary>
    private static double BonusShare(double relevance) => Math.Clamp(relevance / FullBonusFrom, 0, 1);

    /// <summary>ESOL courses (every id starts "esol").</summary>
    private static bool IsEnglishCourse(CourseRecord course) => course.Id.StartsWith("esol", StringComparison.Ordinal);

    /// <summary>
    /// How well the words match, before fit: text relevance plus synonym and family hits. Null = drop. The reasons
    /// never change the score, so they are added to <paramref name="why"/> only when one is given: only the results
    /// shown need them.
    /// </summary>
    public static double? Relevance(IndexedDoc doc, double textScore, QueryPlan plan, FitRules fit, List<MatchReason>? why)
    {
        var family = doc.NormalFamily;
        if (doc.IsRole && FitRules.FamilyMatchesNormal(fit.ExcludedFamilies, family)) return null;
        if (fit.ExcludedWords.Count > 0 && doc.Role is { } unwanted && UnwantedWords.Names(unwanted.Title, unwanted.OtherNames, fit.ExcludedWords)) return null;

        double score = textScore;
        if (why is not null) ExplainTerms(doc, plan, why);

        if (doc.Role is { } role)
        {
            foreach (var hit in plan.Synonyms)
            {
                var at = IndexOf(hit.Record.Roles, role.Id);
                if (at >= 0)
                {
                    score += at == 0 ? 1.0 : at == 1 ? 0.8 : 0.6;
                    if (why is null) continue;
                    if (hit.Corrected is { } used && !HasReason(why, MatchKind.SpellingFix, hit.Typed))
                        why.Add(new MatchReason(MatchKind.SpellingFix, hit.Typed, "spelling", used));
                    if (!HasReason(why, MatchKind.Synonym, hit.Typed))
                        why.Add(new MatchReason(MatchKind.Synonym, hit.Typed, "other names", role.Title));
                }
                else if (hit.Record.Families.Contains(role.Family))
                {
                    score += 0.25;
                    why?.Add(new MatchReason(MatchKind.Family, hit.Typed, "family", role.Family));
                }
            }
            // A family the words name ("allied health"): as strong as a synonym naming the role.
            foreach (var (named, typed) in plan.Families)
            {
                if (named != family) continue;
                score += FamilyNamedBonus;
                why?.Add(new MatchReason(MatchKind.Family, typed, "family", role.Family));
                break;
            }
            // Words typed in the order a role's name has them ("care home": a care worker, not a home care worker).
            foreach (var (first, second) in plan.Pairs)
                if (doc.NamesInOrder(first, second)) score += InOrderBonus;
            if (fit.Families.Count > 0)
            {
                if (FitRules.FamilyMatchesNormal(fit.Families, family))
                {
                    score += 0.5;
                    why?.Add(new MatchReason(MatchKind.Family, role.Family, "family", role.Family));
                }
                else score *= MissFactor;
            }
        }

        // Asked for courses ("course to be a carer"): a course leading to a job the words name is about those words too.
        if (doc.Course is { } course && plan.CourseIntent)
        {
            if (fit.NextCourses.Contains(course.Id)) score += NextStepBonus;
            // Only when the words ask to learn: "care qualifications" alone would put courses before care jobs.
            for (var h = 0; plan.LearningIntent && h < plan.Synonyms.Count; h++)
            {
                var hit = plan.Synonyms[h];
                var at = FirstLeadingTo(course, hit.Record.Roles);
                if (at < 0) continue;
                score += at == 0 ? LeadsToNamedBonus : at == 1 ? LeadsToNamedBonus * 0.8 : LeadsToNamedBonus * 0.6;
                why?.Add(new MatchReason(MatchKind.Synonym, hit.Typed, "leads to", LeadTitle(doc, hit.Record.Roles)));
            }
        }

        if (plan.HasTerms && score <= 0) return null;
        if (!plan.HasTerms) score += doc.IsRole ? 0.5 - doc.Role!.MinQualificationLevel * 0.05 : 0;
        return score;
    }

    /// <summary>For a course asked for, what a synonym naming a job it leads to adds (the job first named: all of it).</summary>
    private const double LeadsToNamedBonus = 0.6;

    /// <summary>The place in <paramref name="roles"/> of the first role the course leads to; -1 when it leads to none of them.</summary>
    private static int FirstLeadingTo(CourseRecord course, IReadOnlyList<string> roles)
    {
        for (var i = 0; i < roles.Count; i++)
            if (IndexOf(course.LeadsToRoles, roles[i]) >= 0) return i;
        return -1;
    }

    /// <summary>The title of the first of <paramref name="roles"/> the course leads to, as the course card names it.</summary>
    private static string LeadTitle(IndexedDoc doc, IReadOnlyList<string> roles)
    {
        var course = doc.Course!;
        foreach (var role in roles)
        {
            var at = IndexOf(course.LeadsToRoles, role);
            if (at >= 0 && at < doc.LeadsToTitles.Count) return doc.LeadsToTitles[at];
        }
        return roles[0];
    }

    /// <summary>Jobs, when the words ask to learn (<see cref="QueryPlan.LearningIntent"/>): they come after the courses the words find.</summary>
    private const double RoleWhenLearningFactor = 0.3;

    /// <summary>A course that is the resident's next step (<see cref="FitRules.NextCourses"/>).</summary>
    private const double NextStepBonus = 1.5;

    /// <summary>A course at a level the resident has already, or below it: behind them.</summary>
    private const double BehindFactor = 0.3;

    /// <summary>A course at exactly the level the words name ("maths level 1"); half as much for a span that holds it.</summary>
    private const double NamedLevelBonus = 0.6;

    /// <summary>A course about a subject the words name ("maths"); a course about none of them is multiplied by <see cref="OtherSubjectFactor"/>.</summary>
    private const double SubjectBonus = 0.5;

    private const double OtherSubjectFactor = 0.6;

    /// <summary>A first course for a beginner, starting at pre-entry; less for each step higher it starts.</summary>
    private const double BeginnerBonus = 0.6;

    /// <summary>For a resident learning English, the share of <see cref="SubjectBonus"/> an English course that is not ESOL gets.</summary>
    private const double FirstLanguageEnglishShare = 0.4;

    private static List<string> OnlyMaths(List<string> subjects) => subjects.Contains("maths") ? ["maths"] : [];

    /// <summary>True when the course's title names one of the subjects ("English", "ESOL", "maths").</summary>
    private static bool Teaches(IndexedDoc doc, List<string> subjects)
    {
        var title = doc.Fields[0].Words;
        foreach (var subject in subjects)
            foreach (var w in title)
                if (w == subject || (subject == "english" && w == "esol")) return true;
        return false;
    }

    /// <summary>A course at another level than the one the words name.</summary>
    private const double OtherLevelFactor = 0.5;

    /// <summary>
    /// The level rules for a course: the resident's next step comes first; a course at a level they have, or below,
    /// comes down; a course at the level the words name goes up and one at another level comes down.
    /// </summary>
    private static double ApplyLevel(IndexedDoc doc, double score, QueryPlan plan, FitRules fit)
    {
        var course = doc.Course!;
        var steps = doc.CourseSteps;
        if (fit.NextCourses.Contains(course.Id)) return score; // its bonus is in Relevance
        if (fit.HeldStep is { } held && steps is { } behind && behind.High <= held) return score * BehindFactor;
        if (plan.Subjects.Count > 0)
            score = !Teaches(doc, plan.Subjects) ? score * OtherSubjectFactor
                // English is hard for them: English for speakers of other languages (ESOL) is the English they ask
                // for; Functional Skills and GCSE English are for people who speak English already.
                : fit.LearningEnglish && plan.Subjects.Contains("english") && !IsEnglishCourse(course) && !Teaches(doc, OnlyMaths(plan.Subjects))
                    ? score + SubjectBonus * FirstLanguageEnglishShare
                    : score + SubjectBonus;
        if (plan.Beginner && plan.NamedLevel is null && fit.HeldStep is null)
            // The lower a first course starts, the better it suits a beginner; one that starts above Level 1 does not.
            score = steps is { } first && first.Low <= CourseLevels.Rqf(1) ? score + BeginnerBonus * (1 - first.Low / 6.0) : score * OtherLevelFactor;
        int? wanted = plan.NamedLevel is { Held: false } named ? named.Step
            : fit.HeldStep is { } have && fit.NextCourses.Count == 0 ? Math.Min(have + 1, CourseLevels.Top) : null;
        if (wanted is not { } step) return score;
        if (steps is { } s && s.Low <= step && step <= s.High)
            return score + (s.Low == s.High ? NamedLevelBonus : NamedLevelBonus / 2);
        return score * OtherLevelFactor;
    }

    /// <summary>
    /// True when the words only touch a role: no word of the resident's (or a word their synonym means) is in its
    /// title, other names or summary, and no synonym names it; it was found through its tasks or a family alone
    /// (a cook for "warehouse", through "Store food safely"). Such a role comes after the roles the words are about,
    /// whatever its fit (see CatalogueSearch). A search with no words (a kind of work picked with a button) has none.
    /// </summary>
    public static bool WordsOnlyTouch(IndexedDoc doc, QueryPlan plan)
    {
        if (doc.Role is not { } role || !plan.HasTerms) return false;
        foreach (var hit in plan.Synonyms)
            if (IndexOf(hit.Record.Roles, role.Id) >= 0) return false;
        foreach (var (named, _) in plan.Families)
            if (named == doc.NormalFamily) return false;
        foreach (var term in plan.Terms)
            foreach (var word in term.Words)
                if (doc.FindField(word) is { Field: "title" or "other names" or "summary" }) return false;
        return true;
    }

    /// <summary>The factor for a role the resident cannot start yet: a small gap costs less than a big one.</summary>
    public static double CannotStartFactor(int gap) => gap switch
    {
        <= 0 => 0.6, // only a licence is missing
        1 => 0.7,
        2 => 0.55,
        _ => 0.4,
    };

    /// <summary>
    /// Applies fit (qualification, hours, travel) to a relevance score: the score as shown (rounded) and whether the
    /// resident can start now; null = leave it out. Adds the reasons to <paramref name="why"/> when one is given.
    /// </summary>
    public static (double Score, bool CanStart)? ApplyFit(IndexedDoc doc, double score, List<MatchReason>? why, QueryPlan plan, FitRules fit, CatalogueIndex index)
    {
        var canStart = true;
        var share = BonusShare(score);
        if (doc.Role is { } r)
        {
            var needsLicence = r.DrivingLicence == "yes" || (r.DrivingLicence == "usually" && fit.LicenceKnown);
            var levelOk = r.MinQualificationLevel <= fit.Level;
            var licenceOk = !needsLicence || !fit.LicenceKnown || fit.HasLicence;
            canStart = levelOk && licenceOk;
            // A licence the resident has is a reason for the jobs that need one; said only when it is true.
            if (needsLicence && fit.HasLicence && levelOk)
                why?.Add(new MatchReason(MatchKind.Qualification, "driving licence", "licence", "You have a driving licence."));
            // A resident learning English: the jobs their ESOL course prepares them for suit them best.
            if (fit.EnglishCourse is { } english && IndexOf(english.LeadsToRoles, r.Id) >= 0) score += EnglishCourseBonus * share;
            if (plan.LearningIntent && !plan.JobToo) score *= RoleWhenLearningFactor;
            if (canStart)
            {
                if (fit.LevelKnown)
                    why?.Add(new MatchReason(MatchKind.Qualification, LevelName(fit.Level), "level",
                        r.MinQualificationLevel == 0 ? "No qualifications needed." : Needs(r.MinQualificationLevel)));
            }
            else
            {
                score *= CannotStartFactor(r.MinQualificationLevel - fit.Level);
                why?.Add(new MatchReason(MatchKind.Qualification, LevelName(fit.Level), "level",
                    !levelOk ? Needs(r.MinQualificationLevel) : "Needs a driving licence."));
                if (!licenceOk) why?.Add(new MatchReason(MatchKind.Qualification, "driving licence", "licence missing", "Needs a driving licence."));
            }
        }
        else
        {
            var c = doc.Course!;
            score *= plan.CourseIntent ? 1.0 : CourseFactor;
            if (plan.CourseIntent) score = ApplyLevel(doc, score, plan, fit);
            // The next step from a level the resident has: that level is its entry, whatever their other qualifications.
            if (c.EntryLevel > fit.Level && !fit.NextCourses.Contains(c.Id))
            {
                score *= 0.6;
                canStart = false;
            }
            // The catalogue's age rule ("aged 19+"): not a fit for a younger resident, and the card says the rule.
            if (fit.Age is { } age && c.MinAge is { } minAge && age < minAge)
            {
                score *= TooYoungFactor;
                canStart = false;
                why?.Add(new MatchReason(MatchKind.Qualification, age.ToString(CultureInfo.InvariantCulture), "age", $"For people aged {minAge} or over."));
            }
        }

        // A course at the college the resident named ("esol at Walsall College") comes before the same course elsewhere.
        if (doc.Course is { } atCollege && fit.CourseProviders.Count > 0 && RunsAt(atCollege, fit.CourseProviders)) score *= CoursePlaceFactor;
        score = ApplyHours(doc, fit, score, why, share * (doc.Course is null || plan.CourseIntent ? 1.0 : CourseFactor));
        score = ApplyDays(doc, fit, score, why, share);
        score = ApplyPay(doc, fit, score, share);
        var travel = ApplyTravel(doc, fit, index, score, why, share);
        if (travel is null) return null;
        // An English course leads to many entry jobs ("cleaner", "porter"), so their words find it. It suits only a
        // resident who finds English hard, or who asks about English: for others it comes after the rest.
        var final = doc.Course is { } course && IsEnglishCourse(course) && !fit.LearningEnglish && !plan.EnglishIntent
            ? travel.Value * EnglishCourseFactor
            : travel.Value;
        return (Math.Round(final, 4), canStart);
    }

    /// <summary>What a course run at the college the resident named is multiplied by (see <see cref="SearchProfile.CoursePlace"/>).</summary>
    internal const double CoursePlaceFactor = 2.0;

    /// <summary>True when one of the course's providers is one of <paramref name="providers"/>.</summary>
    private static bool RunsAt(CourseRecord course, IReadOnlySet<string> providers)
    {
        for (var i = 0; i < course.Providers.Count; i++)
            if (providers.Contains(course.Providers[i])) return true;
        return false;
    }

    /// <summary>The suggestion for a result shown, with the score and reasons from <see cref="ApplyFit"/>.</summary>
    public static Suggestion Suggest(IndexedDoc doc, double score, bool canStart, List<MatchReason> why, CatalogueIndex index) => new()
    {
        Kind = doc.IsRole ? ResultKind.Role : ResultKind.Course,
        Id = doc.Id,
        Title = doc.Role?.Title ?? doc.Course!.Title,
        Score = score,
        Role = doc.IsRole ? doc.RoleCard : null,
        Course = doc.IsRole ? null : doc.CourseCard(index),
        CanStartNow = canStart,
        Why = why,
    };

    private static void ExplainTerms(IndexedDoc doc, QueryPlan plan, List<MatchReason> why)
    {
        foreach (var term in plan.Terms)
        {
            // "made" found "make" in a summary: no reason to give the resident.
            if (term.Plain) continue;
            foreach (var word in term.Words)
            {
                if (doc.FindField(word) is not { } found) continue;
                if (HasField(why, term.Answer, found.Field)) break;
                if (CorrectionOf(plan.Corrections, term.Answer) is { } fix && !HasReason(why, MatchKind.SpellingFix, fix.Typed))
                    why.Add(new MatchReason(MatchKind.SpellingFix, fix.Typed, "spelling", fix.Used));
                // Found only in a task or in a job a course leads to: the detail is that line, the link to show.
                why.Add(new MatchReason(term.Origin, term.Answer, found.Field,
                    doc.LineWith(found.Field, found.Word) ?? (term.Origin == MatchKind.Interest ? found.Word : term.Detail ?? found.Word)));
                break;
            }
        }
    }

    /// <summary>
    /// Each pattern the resident wants, against the role's hours (or the course's modes): offered (a little up, and
    /// "the hours match"), maybe (shifts or bank work may cover it, but the catalogue does not say: a little down), or
    /// missing (pushed down hard). Every wanted pattern leaves a reason, so the dialogs never say the hours match
    /// when one of them does not. The bonus for hours that fit is scaled by <paramref name="bonusFactor"/>: by the
    /// result's score before fit (<see cref="BonusShare"/>), and for a course nobody asked for as it gets its text
    /// score (<see cref="CourseFactor"/>), so fitting hours do not lift a weak match over the jobs asked for.
    /// </summary>
    private static double ApplyHours(IndexedDoc doc, FitRules fit, double score, List<MatchReason>? why, double bonusFactor)
    {
        var wanted = fit.Patterns;
        if (wanted == WorkPatterns.None) return score;
        var isCourse = doc.Course is not null;
        var hours = doc.Role?.HoursPatterns ?? doc.Course!.Modes;
        var table = isCourse ? CourseHours : RoleHours;
        foreach (var (flag, fitWords, maybeWords, label) in table)
        {
            // Not HasFlag: it boxed both values on every call here (a twelfth of the dialogs' allocations).
            if ((wanted & flag) == 0) continue;
            var (field, detail) = flag == WorkPatterns.SchoolHours && !isCourse
                ? SchoolHours(hours)
                : FirstWithAny(hours, fitWords) is { } match ? (MatchReason.HoursFit, match)
                : FirstWithAny(hours, maybeWords) is { } maybe ? (MatchReason.HoursMaybe, maybe)
                : (MatchReason.HoursMissing, null);
            score = field switch
            {
                MatchReason.HoursFit => score + HoursFitBonus * bonusFactor,
                // Part-time work in shifts rarely lets a parent be at the school gate: it costs as much as a miss.
                MatchReason.HoursMaybe => score * (flag == WorkPatterns.SchoolHours ? HoursMissFactor : MaybeHoursFactor),
                _ => score * HoursMissFactor,
            };
            why?.Add(new MatchReason(MatchKind.Hours, label, field, detail));
        }
        return score;
    }

    /// <summary>
    /// The days of the week the resident can work, against a job's hours (see <see cref="DayFit"/>), scored as a pattern
    /// in <see cref="ApplyHours"/> is, with its reason. Courses say nothing of days.
    /// </summary>
    private static double ApplyDays(IndexedDoc doc, FitRules fit, double score, List<MatchReason>? why, double bonusFactor)
    {
        if (doc.Role is not { } role || !DayFit.Applies(fit.Days)) return score;
        var (field, detail) = DayFit.Check(role.HoursPatterns, fit.Days);
        why?.Add(new MatchReason(MatchKind.Hours, fit.DaysText, field, detail));
        return field switch
        {
            MatchReason.HoursFit => score + HoursFitBonus * bonusFactor,
            MatchReason.HoursMaybe => score * MaybeHoursFactor,
            _ => score * HoursMissFactor,
        };
    }

    /// <summary>
    /// The pay asked for, against a job's top pay: a job that reaches it comes a little higher; one known to pay less
    /// comes lower but stays, so the nearest pay is still shown; one whose pay the catalogue does not give, a little
    /// lower. With no sum ("well paid"), the better a job pays above the lowest band, the higher it comes. The card
    /// shows the pay; courses are left as they are.
    /// </summary>
    private static double ApplyPay(IndexedDoc doc, FitRules fit, double score, double bonusFactor)
    {
        if (doc.Role is not { } role || !fit.WantsGoodPay) return score;
        if ((role.PayHigh ?? role.PayLow) is not { } top) return fit.MinPay is null ? score : score * MaybePayFactor;
        if (fit.MinPay is { } min) return top >= min ? score + PayFitBonus * bonusFactor : score * PayMissFactor;
        return score + PayFitBonus * bonusFactor * Math.Clamp((top - LowestBandPay) / (double)PayStep, 0, 1);
    }

    /// <summary>Added for a job that pays what was asked (as much as hours that fit).</summary>
    private const double PayFitBonus = 0.2;
    /// <summary>For a job that pays less than asked: as for hours the resident cannot do, as it may not keep them.</summary>
    private const double PayMissFactor = 0.4;
    /// <summary>For a job whose pay the catalogue does not give.</summary>
    private const double MaybePayFactor = 0.85;
    /// <summary>About the NHS's lowest band a year, and the step above it to a band 5 job, for "well paid" with no sum.</summary>
    private const int LowestBandPay = 24_000;
    private const int PayStep = 7_000;

    /// <summary>School hours are part-time work in the day: both fit, or part-time with shifts may, or no part-time does not.</summary>
    private static (string Field, string? Detail) SchoolHours(IReadOnlyList<string> hours)
    {
        var partTime = FirstWithAny(hours, RoleHours[0].Fit);
        if (partTime is null) return (MatchReason.HoursMissing, null);
        return FirstWithAny(hours, RoleHours[5].Fit) is null ? (MatchReason.HoursMaybe, partTime) : (MatchReason.HoursFit, partTime);
    }

    /// <summary>For hours that shifts or bank work may cover: not a miss, but not a fit either.</summary>
    private const double MaybeHoursFactor = 0.85;

    /// <summary>
    /// For hours the role does not offer: harder than a family miss, so a role that fits the hours comes before a
    /// closer match by words that does not (the resident cannot take a job at hours they cannot work).
    /// </summary>
    private const double HoursMissFactor = 0.4;

    private static readonly string[] NoWords = [];

    /// <summary>
    /// A role's hours, matched by the start of a word ("night" finds "some nights and weekends", "days" does not find
    /// "bank holidays"). "evenings" is not part-time: a full-time caretaker who works evenings is not part-time work.
    /// School hours need part-time work in the day.
    /// </summary>
    private static readonly (WorkPatterns Flag, string[] Fit, string[] Maybe, string Label)[] RoleHours =
    [
        (WorkPatterns.PartTime, ["part-time", "flexible"], ["bank"], "part-time"),
        (WorkPatterns.FullTime, ["full-time"], NoWords, "full-time"),
        (WorkPatterns.Nights, ["night", "sleep-in"], NoWords, "nights"),
        (WorkPatterns.Weekends, ["weekend", "saturday"], ["shift", "bank"], "weekends"),
        (WorkPatterns.Evenings, ["evening"], ["shift", "bank"], "evenings"),
        (WorkPatterns.Days, ["days", "daytime", "early", "flexible"], ["shift", "full-time", "part-time", "bank"], "days"),
        (WorkPatterns.Weekdays, ["days", "daytime", "full-time", "part-time", "flexible"], NoWords, "weekdays"),
        (WorkPatterns.Shifts, ["shift"], NoWords, "shifts"),
        (WorkPatterns.Bank, ["bank"], NoWords, "bank"),
        (WorkPatterns.SchoolHours, NoWords, NoWords, "school hours"), // see SchoolHours
    ];

    /// <summary>A course's modes: online and evening classes fit around part-time hours. Courses do not run at night,
    /// so nights, weekends, bank and shifts are about jobs and left out.</summary>
    private static readonly (WorkPatterns Flag, string[] Fit, string[] Maybe, string Label)[] CourseHours =
    [
        (WorkPatterns.PartTime, ["part-time", "flexible", "online", "evening"], NoWords, "part-time"),
        (WorkPatterns.FullTime, ["full-time"], NoWords, "full-time"),
        (WorkPatterns.Evenings, ["evening"], NoWords, "evenings"),
        (WorkPatterns.Days, ["days", "daytime", "full-time", "part-time"], NoWords, "days"),
        (WorkPatterns.Weekdays, ["days", "daytime", "full-time", "part-time", "flexible"], NoWords, "weekdays"),
        (WorkPatterns.SchoolHours, ["part-time", "flexible"], NoWords, "school hours"),
    ];

    private static double? ApplyTravel(IndexedDoc doc, FitRules fit, CatalogueIndex index, double score, List<MatchReason>? why, double share)
    {
        if (fit.Place is not { } home || fit.MaxMiles is not { } maxMiles) return score;
        double? nearest;
        if (doc.Role is { } role)
        {
            // The nearest place in any of the role's boroughs (each borough's distance is remembered per home).
            // Indexed loops here: foreach over the interface allocated an enumerator per candidate.
            nearest = null;
            for (var i = 0; i < role.Places.Count; i++)
                if (index.MilesToBorough(home.Latitude, home.Longitude, role.Places[i]) is { } boroughMiles && (nearest is null || boroughMiles < nearest))
                    nearest = boroughMiles;
        }
        else
        {
            var c = doc.Course!;
            if (c.AvailableEverywhere || c.Modes.Contains("online"))
            {
                why?.Add(new MatchReason(MatchKind.Travel, home.Name, "place", c.AvailableEverywhere ? "Run all over the region." : "You can study online."));
                return score;
            }
            // The nearest of the course's providers (providers the index does not know are left out).
            nearest = null;
            for (var i = 0; i < c.Providers.Count; i++)
                if (index.Providers.GetValueOrDefault(c.Providers[i]) is { } p
                    && PlaceFinder.Miles(home.Latitude, home.Longitude, p.Latitude, p.Longitude) is var providerMiles
                    && (nearest is null || providerMiles < nearest))
                    nearest = providerMiles;
        }
        if (nearest is not { } miles) return score;
        var within = miles <= maxMiles;
        if (!within && doc.Course is not null) return null;
        why?.Add(new MatchReason(MatchKind.Travel, fit.MaxMilesText, "place", fit.MilesFromHome(Math.Round(miles))));
        return within ? score + TravelBonus * share : score * 0.4;
    }

    /// <summary>"About 1 mile from Dudley." or "About 7 miles from Dudley." for miles already rounded.</summary>
    internal static string MilesFromText(double roundedMiles, string home) =>
        roundedMiles <= 1 ? $"About 1 mile from {home}." : $"About {roundedMiles.ToString("0", CultureInfo.InvariantCulture)} miles from {home}.";

    /// <summary>
    /// The first of <paramref name="hours"/> with a word that starts with any of <paramref name="words"/> (ignoring
    /// case), or null. "bank" does not find "bank holidays": those are days off, not bank work.
    /// </summary>
    internal static string? FirstWithAny(IReadOnlyList<string> hours, string[] words)
    {
        // Indexed: foreach over the interface allocates the list's enumerator, for every candidate and wanted pattern.
        for (var i = 0; i < hours.Count; i++)
            foreach (var w in words)
                if (HasWordStarting(hours[i], w) && !(w == "bank" && hours[i].Contains("holiday", StringComparison.OrdinalIgnoreCase)))
                    return hours[i];
        return null;
    }

    /// <summary>True when a word of <paramref name="text"/> starts with <paramref name="prefix"/> (ignoring case).</summary>
    private static bool HasWordStarting(string text, string prefix)
    {
        for (var at = text.IndexOf(prefix, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = at + 1 < text.Length ? text.IndexOf(prefix, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
            if (at == 0 || !char.IsLetter(text[at - 1])) return true;
        return false;
    }

    private static bool HasReason(List<MatchReason> why, MatchKind kind, string answer)
    {
        foreach (var w in why)
            if (w.Kind == kind && w.Answer == answer) return true;
        return false;
    }

    private static bool HasField(List<MatchReason> why, string answer, string field)
    {
        foreach (var w in why)
            if (w.Answer == answer && w.Field == field) return true;
        return false;
    }

    private static SpellingFix? CorrectionOf(List<SpellingFix> corrections, string typed)
    {
        foreach (var c in corrections)
            if (c.Typed == typed) return c;
        return null;
    }

    private static int IndexOf(IReadOnlyList<string> list, string id)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == id) return i;
        return -1;
    }

    internal static string LevelName(int level) =>
        level >= 0 && level < LevelNames.Length ? LevelNames[level] : FormatLevelName(level);

    /// <summary>"Needs Level 3." for a role's level.</summary>
    private static string Needs(int level) =>
        level >= 0 && level < NeedsLevel.Length ? NeedsLevel[level] : $"Needs {FormatLevelName(level)}.";

    private static string FormatLevelName(int level) => level == 0 ? "Entry level" : $"Level {level}";

    // Made once: these were built again for every candidate of every query.
    private static readonly string[] LevelNames = [.. Enumerable.Range(0, 9).Select(FormatLevelName)];
    private static readonly string[] NeedsLevel = [.. Enumerable.Range(0, 9).Select(l => $"Needs {FormatLevelName(l)}.")];
}
