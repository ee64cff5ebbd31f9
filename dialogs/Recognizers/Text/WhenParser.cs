using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Reads when a resident can work: days ("weekdays", "Mon–Fri", "Saturday and Sunday", "not Fridays"),
/// parts of the day ("mornings", "nights", "school hours", "9 to 3"), patterns ("full time", "shifts") and
/// "any time" / "flexible". Negation ("no nights", "except Fridays") rules things out.
/// </summary>
internal static class WhenParser
{
    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["mondays"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["tuesdays"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["weds"] = DayOfWeek.Wednesday, ["wednesdays"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["thursdays"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["fridays"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["sats"] = DayOfWeek.Saturday, ["saturdays"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["suns"] = DayOfWeek.Sunday, ["sundays"] = DayOfWeek.Sunday,
    };

    /// <summary>A day's name as the times of work read it: "monday", "mon", "tues", "sat", "sundays".</summary>
    public static bool IsDayName(string word) => DayNames.ContainsKey(word);

    private static readonly string[] FullDayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly DayOfWeek[] Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly string[] Negators = ["not", "no", "never", "except", "excluding", "without", "cant", "cannot", "dont", "wont", "apart", "besides"];
    private static readonly string[] Resetters = [",", ".", ";", "but", "only", "and", "&"];

    /// <summary>Multi-word phrases, longest first: words, then what they mean.</summary>
    private static readonly (string[] Words, Action<WhenFound, bool> Apply)[] Phrases =
    [
        .. WhileAtSchool().Select(words => (words, (Action<WhenFound, bool>)School)),
        (["as", "many", "as", "possible"], (f, n) => { }),
        (["during", "the", "week"], (f, n) => Days(f, n, Weekdays, WorkPatterns.Weekdays)),
        (["in", "the", "week"], (f, n) => Days(f, n, Weekdays, WorkPatterns.Weekdays)),
        (["during", "the", "day"], (f, n) => Part(f, n, DayParts.Mornings | DayParts.Afternoons, WorkPatterns.Days)),
        (["in", "the", "day"], (f, n) => Part(f, n, DayParts.Mornings | DayParts.Afternoons, WorkPatterns.Days)),
        (["in", "the", "morning"], (f, n) => Part(f, n, DayParts.Mornings, WorkPatterns.Days)),
        (["in", "the", "afternoon"], (f, n) => Part(f, n, DayParts.Afternoons, WorkPatterns.Days)),
        (["in", "the", "evening"], (f, n) => Part(f, n, DayParts.Evenings, WorkPatterns.Evenings)),
        (["at", "night"], (f, n) => Part(f, n, DayParts.Nights, WorkPatterns.Nights)),
        (["all", "week"], (f, n) => AllDays(f, n)),
        (["any", "day"], (f, n) => AllDays(f, n)),
        (["any", "days"], (f, n) => AllDays(f, n)),
        (["every", "day"], (f, n) => AllDays(f, n)),
        (["all", "days"], (f, n) => AllDays(f, n)),
        (["7", "days"], (f, n) => AllDays(f, n)),
        (["seven", "days"], (f, n) => AllDays(f, n)),
        (["week", "days"], (f, n) => Days(f, n, Weekdays, WorkPatterns.Weekdays)),
        (["week", "ends"], (f, n) => Days(f, n, Weekend, WorkPatterns.Weekends)),
        (["week", "end"], (f, n) => Days(f, n, Weekend, WorkPatterns.Weekends)),
        (["school", "hours"], (f, n) => School(f, n)),
        (["school", "time"], (f, n) => School(f, n)),
        (["school", "run"], (f, n) => School(f, n)),
        (["term", "time"], (f, n) => TermTime(f, n)),
        (["term", "times"], (f, n) => TermTime(f, n)),
        (["full", "time"], (f, n) => Pattern(f, n, WorkPatterns.FullTime)),
        (["part", "time"], (f, n) => Pattern(f, n, WorkPatterns.PartTime)),
        (["any", "time"], (f, n) => AnyTime(f, n)),
        (["all", "times"], (f, n) => AnyTime(f, n)),
        (["any", "shift"], (f, n) => AnyTime(f, n)),
        (["any", "shifts"], (f, n) => AnyTime(f, n)),
        (["dont", "mind"], (f, n) => AnyTime(f, n)),
        (["do", "not", "mind"], (f, n) => AnyTime(f, n)),
        (["24", "/", "7"], (f, n) => { AnyTime(f, n); AllDays(f, n); }),
        (["day", "time"], (f, n) => Part(f, n, DayParts.Mornings | DayParts.Afternoons, WorkPatterns.Days)),
        (["night", "shift"], (f, n) => Part(f, n, DayParts.Nights, WorkPatterns.Nights)),
        (["night", "shifts"], (f, n) => Part(f, n, DayParts.Nights, WorkPatterns.Nights)),
        (["late", "shifts"], (f, n) => Part(f, n, DayParts.Afternoons | DayParts.Evenings, WorkPatterns.Evenings)),
        (["early", "shifts"], (f, n) => Part(f, n, DayParts.Mornings, WorkPatterns.Days)),
        (["long", "days"], (f, n) => { Part(f, n, DayParts.Mornings | DayParts.Afternoons | DayParts.Evenings, WorkPatterns.Days); Pattern(f, n, WorkPatterns.Shifts); }),
        (["after", "work"], (f, n) => Part(f, n, DayParts.Evenings, WorkPatterns.Evenings)),
        (["bank", "shifts"], (f, n) => Pattern(f, n, WorkPatterns.Bank)),
    ];

    private static readonly Dictionary<string, Action<WhenFound, bool>> Single = new(StringComparer.Ordinal)
    {
        ["weekdays"] = (f, n) => Days(f, n, Weekdays, WorkPatterns.Weekdays),
        ["weekday"] = (f, n) => Days(f, n, Weekdays, WorkPatterns.Weekdays),
        ["weekends"] = (f, n) => Days(f, n, Weekend, WorkPatterns.Weekends),
        ["weekend"] = (f, n) => Days(f, n, Weekend, WorkPatterns.Weekends),
        ["everyday"] = (f, n) => AllDays(f, n),
        ["daily"] = (f, n) => AllDays(f, n),
        ["mornings"] = (f, n) => Part(f, n, DayParts.Mornings, WorkPatterns.Days),
        ["morning"] = (f, n) => Part(f, n, DayParts.Mornings, WorkPatterns.Days),
        ["earlies"] = (f, n) => Part(f, n, DayParts.Mornings, WorkPatterns.Days),
        ["afternoons"] = (f, n) => Part(f, n, DayParts.Afternoons, WorkPatterns.Days),
        ["afternoon"] = (f, n) => Part(f, n, DayParts.Afternoons, WorkPatterns.Days),
        ["lates"] = (f, n) => Part(f, n, DayParts.Afternoons | DayParts.Evenings, WorkPatterns.Evenings),
        ["evenings"] = (f, n) => Part(f, n, DayParts.Evenings, WorkPatterns.Evenings),
        ["evening"] = (f, n) => Part(f, n, DayParts.Evenings, WorkPatterns.Evenings),
        ["eves"] = (f, n) => Part(f, n, DayParts.Evenings, WorkPatterns.Evenings),
        ["teatime"] = (f, n) => Part(f, n, DayParts.Evenings, WorkPatterns.Evenings),
        ["nights"] = (f, n) => Part(f, n, DayParts.Nights, WorkPatterns.Nights),
        ["night"] = (f, n) => Part(f, n, DayParts.Nights, WorkPatterns.Nights),
        ["overnight"] = (f, n) => Part(f, n, DayParts.Nights, WorkPatterns.Nights),
        ["overnights"] = (f, n) => Part(f, n, DayParts.Nights, WorkPatterns.Nights),
        ["nightshift"] = (f, n) => Part(f, n, DayParts.Nights, WorkPatterns.Nights),
        ["daytime"] = (f, n) => Part(f, n, DayParts.Mornings | DayParts.Afternoons, WorkPatterns.Days),
        ["daytimes"] = (f, n) => Part(f, n, DayParts.Mornings | DayParts.Afternoons, WorkPatterns.Days),
        ["anytime"] = (f, n) => AnyTime(f, n),
        ["whenever"] = (f, n) => AnyTime(f, n),
        ["flexible"] = (f, n) => AnyTime(f, n),
        ["flexi"] = (f, n) => AnyTime(f, n),
        ["fulltime"] = (f, n) => Pattern(f, n, WorkPatterns.FullTime),
        ["ft"] = (f, n) => Pattern(f, n, WorkPatterns.FullTime),
        ["parttime"] = (f, n) => Pattern(f, n, WorkPatterns.PartTime),
        ["partime"] = (f, n) => Pattern(f, n, WorkPatterns.PartTime),
        ["pt"] = (f, n) => Pattern(f, n, WorkPatterns.PartTime),
        ["shifts"] = (f, n) => Pattern(f, n, WorkPatterns.Shifts),
        ["bank"] = (f, n) => Pattern(f, n, WorkPatterns.Bank),
        ["termtime"] = (f, n) => TermTime(f, n),
    };

    private static readonly string[] NotBankAfter = ["holiday", "holidays", "hols", "account", "card", "details", "statement", "loan", "transfer", "manager", "cashier", "clerk"];
    private static readonly string[] NotBankBefore = ["food", "blood", "piggy", "river", "canal", "my"];

    /// <summary>Typo-tolerant forms for the longer words.</summary>
    private static readonly string[] FuzzyWords = ["weekdays", "weekends", "weekend", "mornings", "afternoons", "evenings", "nights", "overnight", "flexible", "whenever", "anytime", "daytime"];

    public static WhenFound Parse(IReadOnlyList<Token> t)
    {
        var found = new WhenFound();
        var negate = false;
        var i = 0;
        while (i < t.Count)
        {
            var w = t[i].Text;
            if ((t[i].IsAny(Negators) && !(i + 1 < t.Count && t[i + 1].Is("mind"))) || (w == "apart" && i + 1 < t.Count && t[i + 1].Is("from")))
            {
                negate = true;
                i++;
                continue;
            }
            // "anything but nights" rules nights out; so does "but" after every day or any time ("any day but Friday",
            // "all week but fridays", "whenever but not weekends").
            if (w == "but" && i > 0 && (t[i - 1].IsAny("anything", "everything", "any", "all", "anytime", "whenever", "time")
                || found.Days.Count == 7 || found.Flexible))
            {
                negate = true;
                i++;
                continue;
            }
            if (t[i].IsAny(Resetters) && !(w == "and" && negate)) negate = false;
            if (t[i].Is("or") || t[i].Is(",")) { i++; continue; }

            if (TimeWords.RangeAt(t, i) is { } said)
            {
                // "not before 10" is from 10 on, "not after 3" until 3: one side of a time ruled out is the other side.
                var clock = negate && !said.BothEnds ? TimeWords.OtherSide(t, said) : said;
                if (negate && !said.BothEnds) negate = false;
                var parts = TimeWords.Parts(clock);
                // The length of the working day, for the hours a week with the days ("mon to fri 9-5"): one range only.
                if (!negate && clock.BothEnds)
                {
                    found.ManyClocks |= found.DayHours is not null;
                    found.DayHours = found.ManyClocks ? null : clock.End - clock.Start;
                }
                found.HasClock = true;
                if (negate) found.NotParts |= parts; else found.Parts |= parts;
                if ((parts & DayParts.SchoolHours) != 0 && !negate) found.Patterns |= WorkPatterns.SchoolHours;
                found.Covered(t[clock.From].Start, t[clock.To - 1].End);
                i = clock.To;
                continue;
            }
            if (DayRangeAt(t, i) is { } range)
            {
                Days(found, negate, range.Days, WorkPatterns.None);
                found.Covered(t[i].Start, t[range.Next - 1].End);
                i = range.Next;
                continue;
            }
            if (NumberWords.Cardinal(t, i) is { } count && count.Next < t.Count && t[count.Next].IsAny("days", "day", "shifts", "nights")
                && count.Next + 1 < t.Count && (t[count.Next + 1].IsAny("a", "per", "each", "every", "/") || t[count.Next + 1].Is("weekly")))
            {
                if (count.Min is >= 1 and <= 7) found.DaysPerWeek = (int)count.Min;
                // "2 or 3 days a week", "2-3 days a week": the fewest days too.
                found.DaysPerWeekLow = LowerDays(t, i, count.Min);
                var end = Math.Min(t.Count, count.Next + (t[count.Next + 1].Is("weekly") ? 2 : 3));
                found.Covered(t[i].Start, t[end - 1].End);
                i = end;
                continue;
            }
            // "2 days", "3 days only", "4 days max": to "When can you work?", days a week. Not "in 2 days" (a start).
            if (NumberWords.Cardinal(t, i) is { } bareCount && bareCount.Min == bareCount.Max && bareCount.Min is >= 1 and <= 6
                && bareCount.Next < t.Count && t[bareCount.Next].IsAny("days", "day")
                && !(i > 0 && t[i - 1].IsAny("in", "within", "after", "for", "next", "few"))
                && (bareCount.Next + 1 == t.Count || t[bareCount.Next + 1].IsSymbol || t[bareCount.Next + 1].IsAny("only", "max", "maximum", "pw", "please", "pls", "ok")))
            {
                found.DaysPerWeek = (int)bareCount.Min;
                found.Covered(t[i].Start, t[bareCount.Next].End);
                i = bareCount.Next + 1;
                continue;
            }
            // "12 hour shifts", "long 12hr days": how long a shift is, not hours a week (see HoursRecognizer).
            if (NumberWords.Cardinal(t, i) is { } length && length.Min == length.Max && length.Min is >= 4 and <= 14 && ShiftLength(t, length.Next) is { } afterShift)
            {
                Pattern(found, negate, WorkPatterns.Shifts);
                found.Covered(t[i].Start, t[afterShift - 1].End);
                i = afterShift;
                continue;
            }
            // "zero hours", "zero hour contract", "0 hrs", "zero-hours": no set hours, work as it comes (bank work).
            if (ZeroHoursAt(t, i) is { } afterZero)
            {
                Pattern(found, negate, WorkPatterns.Bank);
                found.Covered(t[i].Start, t[afterZero - 1].End);
                i = afterZero;
                continue;
            }
            var matched = false;
            foreach (var (words, apply) in Phrases)
            {
                if (NumberPhrases.Prefix(t, i, words) is { } next)
                {
                    apply(found, negate);
                    found.Covered(t[i].Start, t[next - 1].End);
                    i = next;
                    matched = true;
                    break;
                }
            }
            if (matched) continue;
            // "bank holidays", "food bank", "bank account": no bank work.
            if (t[i].Is("bank") && (i + 1 < t.Count && t[i + 1].IsAny(NotBankAfter) || i > 0 && t[i - 1].IsAny(NotBankBefore))) { i++; continue; }
            if (DayOrPart(t, i, found, negate)) { i++; continue; }
            i++;
        }
        return found;
    }

    /// <summary>
    /// The fewer days of a range of days a week, said before the count at <paramref name="i"/>: the 2 of "2 or 3 days",
    /// "2-3 days", "2 to 3 days"; else null.
    /// </summary>
    internal static int? LowerDays(IReadOnlyList<Token> t, int i, decimal high)
    {
        if (i < 2 || !t[i - 1].IsAny("or", "to", "-")) return null;
        return NumberWords.Cardinal(t, i - 2) is { } low && low.Next == i - 1 && low.Min == low.Max && low.Min >= 1 && low.Min < high
            ? (int)low.Min : null;
    }

    /// <summary>"zero" or "0" and a word for hours ("zero hour", "0 hrs", "zero-hours"): the end of the phrase, or null.</summary>
    private static int? ZeroHoursAt(IReadOnlyList<Token> t, int i)
    {
        if (!(t[i].Is("zero") || (t[i].IsNumber && t[i].Number == 0))) return null;
        var k = i + 1;
        if (k < t.Count && t[k].Is("-")) k++;
        return k < t.Count && t[k].IsAny("hours", "hour", "hrs", "hr", "h") ? k + 1 : null;
    }

    /// <summary>"hour shifts", "hr shift", "hour days" after a number: the end of the phrase, or null.</summary>
    internal static int? ShiftLength(IReadOnlyList<Token> t, int k)
    {
        if (k < t.Count && t[k].Is("-")) k++;
        if (k + 1 >= t.Count || !t[k].IsAny("hour", "hours", "hr", "hrs", "h")) return null;
        return t[k + 1].IsAny("shift", "shifts", "days", "nights") ? k + 2 : null;
    }

    private static bool DayOrPart(IReadOnlyList<Token> t, int i, WhenFound found, bool negate)
    {
        var w = t[i].Text;
        if (!t[i].IsWord) return false;
        if (w is "days" or "day" && IsPartDay(t, i))
        {
            Part(found, negate, DayParts.Mornings | DayParts.Afternoons, WorkPatterns.Days);
        }
        else if (Day(w) is { } day)
        {
            Days(found, negate, [day.Day], WorkPatterns.None);
            if (day.Fuzzy) found.Confidence = Math.Min(found.Confidence, 0.8);
        }
        else if (Single.TryGetValue(w, out var apply))
        {
            apply(found, negate);
        }
        else if (w is "any" or "anything" && (i + 1 == t.Count || t[i + 1].IsSymbol) && i <= 2)
        {
            AnyTime(found, negate);
        }
        else if (Fuzzy.Best(w, FuzzyWords, 84) is { Word: { } near } && Single.TryGetValue(near, out var fuzzy))
        {
            fuzzy(found, negate);
            found.Confidence = Math.Min(found.Confidence, 0.8);
        }
        else if (w is "nite" or "nites" or "nigt" or "nigth" or "nigts" or "nigths" or "wekend" or "wekends" or "weekand" or "weekands")
        {
            Single[w.StartsWith('n') ? "nights" : "weekends"](found, negate);
            found.Confidence = Math.Min(found.Confidence, 0.85);
        }
        else
        {
            return false;
        }
        found.Covered(t[i].Start, t[i].End);
        return true;
    }

    /// <summary>"days" as a part of the day ("days only", "I work days"), not a count ("3 days") or "any day".</summary>
    private static bool IsPartDay(IReadOnlyList<Token> t, int i)
    {
        if (i == 0) return true;
        var before = t[i - 1];
        return !(before.IsNumber || NumberWords.IsNumberWord(before.Text) ||
                 before.IsAny("any", "every", "all", "each", "which", "some", "most", "few", "couple", "other", "one", "the", "a", "those", "these", "what", "certain", "school", "week"));
    }

    private static (DayOfWeek Day, bool Fuzzy)? Day(string w)
    {
        if (DayNames.TryGetValue(w, out var d)) return (d, false);
        if (w.Length < 5) return null;
        var plain = w.EndsWith('s') ? w[..^1] : w;
        var (near, _) = Fuzzy.Best(plain, FullDayNames, 80);
        return near is null ? null : (DayNames[near], true);
    }

    private sealed record DayRange(IReadOnlyList<DayOfWeek> Days, int Next);

    /// <summary>"Mon-Fri", "Mon–Fri", "Monday to Friday", "from Friday till Monday" (wraps round the week).</summary>
    private static DayRange? DayRangeAt(IReadOnlyList<Token> t, int i)
    {
        var j = i;
        if (j < t.Count && t[j].Is("from")) j++;
        if (j + 2 >= t.Count || !t[j].IsWord || Day(t[j].Text) is not { } a) return null;
        if (!t[j + 1].IsAny("-", "to", "till", "til", "until", "thru", "through")) return null;
        if (!t[j + 2].IsWord || Day(t[j + 2].Text) is not { } b) return null;
        var days = new List<DayOfWeek>();
        var d = a.Day;
        for (var k = 0; k < 7; k++)
        {
            days.Add(d);
            if (d == b.Day) break;
            d = (DayOfWeek)(((int)d + 1) % 7);
        }
        return new DayRange(days, j + 3);
    }

    private static void Days(WhenFound f, bool negate, IEnumerable<DayOfWeek> days, WorkPatterns pattern)
    {
        foreach (var d in days) (negate ? f.NotDays : f.Days).Add(d);
        if (negate) f.NotPatterns |= pattern; else f.Patterns |= pattern;
    }

    private static void AllDays(WhenFound f, bool negate)
    {
        if (!negate) Days(f, false, Enum.GetValues<DayOfWeek>(), WorkPatterns.None);
    }

    private static void Part(WhenFound f, bool negate, DayParts parts, WorkPatterns pattern)
    {
        if (negate) { f.NotParts |= parts; f.NotPatterns |= pattern; }
        else { f.Parts |= parts; f.Patterns |= pattern; }
    }

    private static void Pattern(WhenFound f, bool negate, WorkPatterns pattern)
    {
        if (negate) f.NotPatterns |= pattern; else f.Patterns |= pattern;
    }

    private static void AnyTime(WhenFound f, bool negate)
    {
        if (negate) return;
        f.Parts |= DayParts.AnyTime;
        f.Flexible = true;
    }

    /// <summary>
    /// "when the kids are at school", "while my children at school", "when kids in school" (as learners say it), longest
    /// first: school hours.
    /// </summary>
    private static IEnumerable<string[]> WhileAtSchool() =>
        from when in new[] { "when", "while", "whilst" }
        from whose in new[] { "the", "my", "", }
        from kids in new[] { "kids", "children", "child", "kid", "son", "daughter" }
        from are in new[] { "are", "is", "", }
        from at in new[] { "at", "in" }
        let words = new[] { when, whose, kids, are, at, "school" }.Where(w => w.Length > 0).ToArray()
        orderby words.Length descending
        select words;

    /// <summary>"term time only": weeks of the year, not the hours or the time of day (those are asked on their own).</summary>
    private static void TermTime(WhenFound f, bool negate)
    {
        if (!negate) f.Parts |= DayParts.TermTime;
    }

    private static void School(WhenFound f, bool negate)
    {
        if (negate) { f.NotParts |= DayParts.SchoolHours; return; }
        f.Parts |= DayParts.SchoolHours;
        f.Patterns |= WorkPatterns.SchoolHours | WorkPatterns.PartTime;
    }
}
