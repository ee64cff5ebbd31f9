using CareerBot.Dialogs.Recognizers.Text;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// UK and overseas qualifications and levels: GCSE English and maths with grades 9-1 or A*-G (4/C and above is
/// Level 2), Functional Skills and ESOL (Entry 1-3, Level 1-2), NVQ/RQF/QCF levels, Care Certificate, BTEC,
/// City &amp; Guilds, A levels, Access to HE, degrees, "none", and qualifications from another country (for UK ENIC).
/// </summary>
public sealed class QualificationRecognizer
{
    /// <param name="text">The answer.</param>
    /// <param name="ownQuestion">True for an answer to the qualifications question; false for an answer to another
    /// question, where a ticket must be said as held (see <see cref="TicketReader"/>).</param>
    /// <param name="wanted">Tickets the resident asked to get (<see cref="TicketsWanted"/>): one of them said with no
    /// word that it is held ("care certificate", not "i have the care certificate") is still wanted, even here.</param>
    public Recognition<QualificationSet> Recognise(string text, bool ownQuestion = true, IReadOnlyList<string>? wanted = null)
    {
        var t = Tokens.Of(text);
        if (t.Count == 0) return Recognition<QualificationSet>.NoMatch;
        // Tickets first: their words ("certificate", "level 2") are not read again as qualifications.
        var tickets = new TicketReader(t, ownQuestion, wanted).Read().Found;
        var reader = new QualificationReader(t, tickets.Count == 0 ? null : tickets.Select(f => (f.From, f.To)).ToList()).Read();
        var held = TicketReader.Ids.Where(id => tickets.Any(f => f.Id == id && f.Held)).ToList();
        var noLicence = !held.Contains("driving-licence") && tickets.Any(f => f.Id == "driving-licence" && f.Denied);
        var ticketSpans = tickets.Where(f => f.Held || (f.Denied && f.Id == "driving-licence")).Select(f => (f.From, f.To)).ToList();
        var all = SubjectLevels(t, reader.Items);
        // Wanted or still being done ("im doing level 2", "want to get my first aid"): said, but not held.
        var notYetItems = all.Where(i => i.NotYet && !i.Negated).ToList();
        var notYet = notYetItems.Select(i => Certificate(i) ?? (i.Level is { } l ? "rqf-" + l : i.Kind))
            .Concat(tickets.Where(f => f.Wanted).Select(f => f.Id)).Distinct().ToList();
        var expired = tickets.Any(f => f.Expired);
        var notYetSpans = notYetItems.Select(i => (i.From, i.To)).Concat(tickets.Where(f => f.Wanted).Select(f => (f.From, f.To))).ToList();
        var items = all.Where(i => !i.NotYet).ToList();
        var positive = items.Where(i => !i.Negated).ToList();
        var overseas = reader.OverseasSaid || reader.Country is not null || items.Any(i => i.Kind == "overseas-school" && !i.Negated);
        var spans = positive.Select(i => (i.From, i.To)).ToList();
        if (reader.CountrySpan is { } c) spans.Add(c);
        if (reader.OverseasAt is { } o) spans.Add(o);
        spans.AddRange(ticketSpans);

        if (positive.Count == 0)
        {
            // "no GCSEs but I have the care certificate": tickets held, and no "none" said.
            if (ticketSpans.Count > 0 && reader.NoneAt is null && !overseas)
                return Result(t, [.. ticketSpans, .. notYetSpans], new QualificationSet { Level = null, Certificates = held, NoDrivingLicence = noLicence, NotYet = notYet, Expired = expired }, 1.0, []);
            if (reader.NoneAt is { } none || items.Count > 0)
            {
                var at = reader.NoneAt ?? (items.Min(i => i.From), items.Max(i => i.To));
                var sure = reader.NoneAt is not null || ticketSpans.Count > 0 ? 1.0 : 0.75;
                return Result(t, [at, .. ticketSpans], new QualificationSet { None = true, Level = 0, Certificates = held, NoDrivingLicence = noLicence }, sure, []);
            }
            if (!overseas)
                return notYet.Count == 0 ? Recognition<QualificationSet>.NoMatch
                    : Result(t, notYetSpans, new QualificationSet { Level = null, NotYet = notYet, Expired = expired }, 1.0, []);
            // "I am from Poland", "my papers are from back home": another country, nothing more yet.
            var only = new QualificationSet
            {
                NoDrivingLicence = noLicence,
                Overseas = true, Country = reader.Country, Certificates = [reader.Profession ? "overseas-nursing" : "overseas", .. held],
            };
            return Result(t, spans, only, reader.Profession ? 0.8 : 0.6, []);
        }

        var certificates = new List<string>();
        int? level = null, orLevel = null, english = null, maths = null;
        var confidence = 1.0;
        foreach (var item in positive)
        {
            var itemLevel = item.Level;
            if (overseas && item.Kind is "degree" or "masters" or "phd") certificates.Add("overseas-degree");
            else if (overseas && item.Kind is "diploma" or "certificate" or "qualification") { certificates.Add("overseas-" + item.Kind); itemLevel = null; }
            else if (Certificate(item) is { } id) certificates.Add(id);
            if (item.Kind == "overseas-school") itemLevel = null;
            if (itemLevel is { } l) level = Math.Max(level ?? 0, l);
            if (item.OrLevel is { } or) orLevel = Math.Max(orLevel ?? 0, or);
            if (item.Subject == "english" && itemLevel is { } e) english = Math.Max(english ?? 0, e);
            if (item.Subject == "maths" && itemLevel is { } m) maths = Math.Max(maths ?? 0, m);
            if (item.Kind == "esol" && itemLevel is { } esol) english = Math.Max(english ?? 0, esol);
            confidence = Math.Min(confidence, item.Confidence);
            if (!overseas && itemLevel is null && item.Kind is "diploma" or "certificate" or "body" or "btec" or "qualification" or "nvq" or "rqf")
                confidence = Math.Min(confidence, 0.6);
        }
        if (overseas && reader.Profession && !certificates.Contains("overseas-degree")) certificates.Add("overseas-nursing");
        if (overseas && certificates.Count == 0) certificates.Add("overseas");
        certificates.AddRange(held);
        var set = new QualificationSet
        {
            NoDrivingLicence = noLicence,
            Level = level,
            Certificates = certificates.Distinct().ToList(),
            Overseas = overseas,
            Country = reader.Country,
            EnglishLevel = english,
            MathsLevel = maths,
            NotYet = notYet,
            Expired = expired,
        };
        // "i think i have nvq 2": asked back, never taken as held.
        if (reader.Hedged) confidence = Math.Min(confidence, 0.6);
        List<QualificationSet> alternatives = orLevel is { } higher && higher > (level ?? -1) ? [set with { Level = higher }] : [];
        if (alternatives.Count > 0) confidence = Math.Min(confidence, 0.6);
        return Result(t, [.. spans, .. notYetSpans], set, confidence, alternatives);
    }

    /// <summary>
    /// The tickets <paramref name="wish"/> asks to get, not said as held ("i want to do the care certificate", "care
    /// certificate"); none for no words.
    /// </summary>
    public static IReadOnlyList<string> TicketsWanted(string? wish)
    {
        if (string.IsNullOrWhiteSpace(wish)) return [];
        List<string>? ids = null;
        foreach (var found in new TicketReader(Tokens.Of(wish), ownQuestion: false).Read().Found)
            if (found.Wanted) (ids ??= []).Add(found.Id);
        return ids ?? (IReadOnlyList<string>)[];
    }

    private static Recognition<QualificationSet> Result(
        IReadOnlyList<Token> t, List<(int From, int To)> spans, QualificationSet set, double confidence, List<QualificationSet> alternatives)
    {
        var from = spans.Min(s => s.From);
        var to = spans.Max(s => s.To);
        var (start, length) = Tokens.Span(t, from, to);
        return Recognition<QualificationSet>.Match(set, start, length, confidence) with { Alternatives = alternatives };
    }

    private static string? Certificate(QualItem item)
    {
        var lvl = item.Entry ?? (item.Level is { } l ? (l == 0 ? "entry" : "l" + l) : null);
        return item.Kind switch
        {
            "subject" => item.Subject is null || item.Context is "drop" ? null : SubjectId(item),
            "esol" => lvl is null ? "esol" : "esol-" + lvl,
            "fs" => lvl is null ? "functional-skills" : "functional-skills-" + lvl,
            "care-certificate" or "driving-licence" or "a-level" or "t-level" or "access" or "ib" or "degree" or "masters" or "phd"
                or "hnc" or "hnd" or "foundation-degree" or "overseas-school" => item.Kind,
            "rqf" or "nvq" or "btec" or "diploma" or "certificate" or "apprenticeship" => item.Level is { } n ? $"{item.Kind}-{n}" : item.Kind,
            "body" => item.Level is { } b ? "vocational-" + b : "vocational",
            "gcse" => "gcse",
            _ => null,
        };
    }

    private static string SubjectId(QualItem item) => item.Entry is { } entry
        ? (item.Context == "esol" ? "esol-" + entry : $"functional-skills-{item.Subject}-{entry}")
        : item.Context switch
        {
            "gcse" or null => item.Level >= 2 ? "gcse-" + item.Subject : item.Level is null ? "gcse-" + item.Subject + "-ungraded" : "gcse-" + item.Subject + "-low",
            "fs" => $"functional-skills-{item.Subject}-l{item.Level}",
            "esol" => "esol-l" + item.Level,
            "a-level" => "a-level-" + item.Subject,
            _ => $"{item.Subject}-l{item.Level}",
        };

    /// <summary>
    /// Gives English and maths their level: from a grade ("maths 4", "English grade C"), or from the course around
    /// them ("Functional Skills maths Level 2", "ESOL Entry 3"). Subjects joined by "and" share a grade or course.
    /// </summary>
    private static List<QualItem> SubjectLevels(IReadOnlyList<Token> t, List<QualItem> items)
    {
        var result = new List<QualItem>(items);
        var subjects = result.Where(i => i.Kind == "subject").OrderBy(i => i.From).ToList();
        // Groups: "English and maths", "maths & English".
        var groups = new List<List<QualItem>>();
        foreach (var s in subjects)
        {
            if (groups.Count > 0 && groups[^1][^1].To <= s.From && s.From - groups[^1][^1].To <= 2 &&
                Enumerable.Range(groups[^1][^1].To, s.From - groups[^1][^1].To).All(k => t[k].IsAny("and", "&", ",", "or", "/", "+")))
                groups[^1].Add(s);
            else
                groups.Add([s]);
        }
        foreach (var group in groups)
        {
            var from = group[0].From;
            var to = group[^1].To;
            var context = Context(t, result, from, to);
            // "Functional Skills English and maths Level 2": the level after the subjects belongs to the course before them.
            if (context is { Kind: "fs" or "esol", Level: null } course &&
                result.FirstOrDefault(i => i.Kind == "rqf" && i.From >= to && i.From - to <= 2) is { } level)
            {
                result.Remove(level);
                var withLevel = course with { Level = level.Level, Entry = level.Entry };
                result[result.IndexOf(course)] = withLevel;
                context = withLevel;
            }
            var shared = GradeWords.At(t, to) ?? GradeBefore(t, from);
            var first = -1;
            var last = -1;
            foreach (var s in group)
            {
                var own = GradeWords.At(t, s.To);
                var grade = own ?? shared;
                QualItem updated;
                if (context is { Kind: not ("fs" or "esol" or "rqf" or "a-level" or "gcse") })
                {
                    // "MA in English", "degree in maths": the subject of a bigger qualification.
                    updated = s with { Context = "drop", Level = null };
                }
                else if (context is { Kind: "fs" or "esol" or "rqf" or "a-level" } ctx)
                {
                    var lvl = ctx.Kind == "a-level" ? 3 : ctx.Level;
                    updated = s with { Level = lvl, Entry = ctx.Entry, Context = ctx.Kind, Confidence = lvl is null ? 0.6 : 1.0 };
                }
                else if (grade is { } g)
                {
                    updated = s with { Level = g.Level, Context = "gcse", Confidence = g.Confidence, To = Math.Max(s.To, own?.Next ?? s.To) };
                }
                else
                {
                    updated = s with { Level = 1, OrLevel = 2, Context = "gcse", Confidence = 0.6 };
                }
                var index = result.IndexOf(s);
                result[index] = updated;
                if (first < 0) first = index;
                last = index;
            }
            if (context is { } used && used.Kind is "gcse" or "rqf" or "fs" or "esol")
            {
                // The course is now told by its subjects, and its words are said with them ("GCSE English and maths").
                if (first >= 0)
                {
                    result[first] = result[first] with { From = Math.Min(result[first].From, used.From) };
                    result[last] = result[last] with { To = Math.Max(result[last].To, used.To) };
                }
                result.Remove(used);
                if (used.Kind is "fs" or "esol" && used.Level is null) continue;
            }
        }
        // A GCSE with no subject: a grade after it, or Level 1 or 2.
        for (var k = 0; k < result.Count; k++)
        {
            if (result[k] is not { Kind: "gcse", Level: null } g) continue;
            var grade = GradeWords.At(t, g.To) ?? GradeBefore(t, g.From);
            result[k] = grade is { } gr ? g with { Level = gr.Level, Confidence = gr.Confidence } : g with { Level = 1, OrLevel = 2, Confidence = 0.6 };
        }
        return result;
    }

    private static QualItem? Context(IReadOnlyList<Token> t, List<QualItem> items, int from, int to) =>
        items.Where(i => i.Kind is not ("subject" or "driving-licence" or "care-certificate" or "overseas-school"))
            .Where(i => (i.From <= from && i.To >= to) ||
                        (i.To <= from && from - i.To <= 3 && Gap(t, i.To, from)) ||
                        (i.From >= to && i.From - to <= 3 && Gap(t, to, i.From)))
            .OrderBy(i => i.From <= from && i.To >= to ? 0 : i.To <= from ? from - i.To : i.From - to)
            .FirstOrDefault();

    /// <summary>Only small words between a course and its subject ("GCSEs in English", "English at Level 2").</summary>
    private static bool Gap(IReadOnlyList<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!t[k].IsAny("in", "for", "at", ":", "-", "(", ")", "my", "the", "and", "&", "both", "of")) return false;
        return true;
    }

    private static GradeAt? GradeBefore(IReadOnlyList<Token> t, int from)
    {
        // "grade 4 in English", "a C in maths", "4 in maths"
        for (var back = 2; back <= 4; back++)
        {
            var start = from - back;
            if (start < 0) continue;
            if (GradeWords.At(t, start) is { } g && g.Next <= from && Enumerable.Range(g.Next, from - g.Next).All(k => t[k].IsAny("in", "for", "at")))
                return g;
        }
        return null;
    }
}
