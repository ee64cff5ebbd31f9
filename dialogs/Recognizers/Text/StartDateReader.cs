namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>A start date read at one token: the value, the tokens it covers and how sure we are.</summary>
internal sealed record StartFound(StartDate Value, int From, int Next, double Confidence = 1.0);

/// <summary>Reads one start-date expression at a token, relative to <c>today</c>.</summary>
internal sealed class StartDateReader(IReadOnlyList<Token> t, DateOnly today)
{
    private static readonly string[][] NowWords =
    [
        ["as", "soon", "as", "possible"], ["straight", "away"], ["right", "away"], ["right", "now"], ["asap"], ["now"],
        ["immediately"], ["straightaway"], ["today"], ["tonight"], ["whenever"], ["anytime"], ["any", "time"],
        ["a", ".", "s", ".", "a", ".", "p"], ["a", "s", "a", "p"], ["a", ".", "s", ".", "a", ".", "p", "."],
    ];

    private static readonly string[] ReasonWords = ["after", "when", "once", "until", "till", "as", "soon"];

    public StartFound? At(int i)
    {
        if (NumberPhrases.Prefix(t, i, NowWords) is { } afterNow)
        {
            var soon = t[i].IsAny("whenever", "anytime", "any");
            return new(new StartDate(today, Now: true, Approximate: soon), i, afterNow, soon ? 0.8 : 1.0);
        }
        var w = t[i].Text;
        switch (w)
        {
            case "tomorrow":
                return new(new StartDate(today.AddDays(1)), i, i + 1);
            case "day" when Words(i, "day", "after", "tomorrow"):
                return new(new StartDate(today.AddDays(2)), i, i + 3);
            case "next" or "this" when i + 1 < t.Count:
                return NextOrThis(i);
            case "in" or "within" or "after" when Amount(i + 1) is { } amount:
                return amount with { From = i };
            case "soon" when !(i > 0 && t[i - 1].Is("as")):
                return new(new StartDate(today.AddDays(7), Approximate: true), i, i + 1, 0.6);
        }
        if (Amount(i) is { } later)
        {
            if (later.Next < t.Count && t[later.Next].IsAny("time", "from"))
                return later with { Next = t[later.Next].Is("from") && later.Next + 1 < t.Count && t[later.Next + 1].Is("now") ? later.Next + 2 : later.Next + 1 };
            // "2 weeks", "a month" as the whole answer (a short text to "When can you start?"): from today.
            if (i == 0 && OnlyMarksFrom(later.Next)) return later with { Confidence = 0.9 };
        }
        if (Holiday(i) is { } holiday) return holiday;
        if (ExactDate(i) is { } exact) return exact;
        if (MonthPhrase(i) is { } month) return month;
        if (DateWords.Weekdays.TryGetValue(w, out var weekday))
        {
            // "mon to fri", "monday-friday", "tues and thurs": the days they can work, not a day to start.
            if (InListOfDays(i)) return null;
            var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
            return new(new StartDate(today.AddDays(ahead == 0 ? 7 : ahead)), i, i + 1);
        }
        if (t[i].IsAny(ReasonWords) && Reason(i) is { } reason) return reason;
        return null;
    }

    /// <summary>Words that join days into a range or a list ("mon to fri", "mon-fri", "tues and thurs", "mon, wed").</summary>
    private static readonly string[] DayJoiners = ["to", "-", "till", "til", "until", "thru", "through", "and", "&", ",", "/"];

    /// <summary>
    /// The day at <paramref name="i"/> is joined to another day, before or after it: a day as the times of work read it
    /// (<see cref="WhenParser.IsDayName"/>: "sat", "sun", "fridays"), or a start day said for many ("mons").
    /// </summary>
    private bool InListOfDays(int i)
    {
        bool IsDay(int k) => k >= 0 && k < t.Count && (WhenParser.IsDayName(t[k].Text)
            || t[k].Text.EndsWith('s') && DateWords.Weekdays.ContainsKey(t[k].Text[..^1]));
        var after = i + 1;
        while (after < t.Count && after <= i + 2 && t[after].IsAny(DayJoiners)) after++;
        if (after > i + 1 && IsDay(after)) return true;
        var before = i - 1;
        while (before >= 0 && before >= i - 2 && t[before].IsAny(DayJoiners)) before--;
        return before < i - 1 && IsDay(before);
    }

    private bool OnlyMarksFrom(int i)
    {
        for (var k = i; k < t.Count; k++)
            if (t[k].IsWord) return false;
        return true;
    }

    private bool Words(int i, params string[] words) => NumberPhrases.Prefix(t, i, words) is not null;

    /// <summary>"next week" (next Monday), "next month" (the 1st), "next year", "next Tuesday", "this week".</summary>
    private StartFound? NextOrThis(int i)
    {
        var next = t[i].Is("next");
        var w = t[i + 1].Text;
        if (w == "week")
        {
            if (!next) return new(new StartDate(today, Approximate: true), i, i + 2, 0.9);
            var ahead = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
            return new(new StartDate(today.AddDays(ahead == 0 ? 7 : ahead), Approximate: true), i, i + 2);
        }
        if (w == "month")
        {
            if (!next) return new(new StartDate(today, Approximate: true), i, i + 2, 0.9);
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
            return new(new StartDate(first, Approximate: true), i, i + 2);
        }
        if (w == "year" && next) return new(new StartDate(new DateOnly(today.Year + 1, 1, 1), Approximate: true), i, i + 2);
        if (DateWords.Weekdays.TryGetValue(w, out var day))
        {
            var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
            if (ahead == 0) ahead += 7;
            return new(new StartDate(today.AddDays(ahead)), i, i + 2);
        }
        return null;
    }

    /// <summary>"2 weeks", "a month", "a couple of weeks", "a fortnight", "3 days", with an optional "'s time" after.</summary>
    private StartFound? Amount(int i)
    {
        if (i >= t.Count) return null;
        if (t[i].IsAny("a", "one") && i + 1 < t.Count && t[i + 1].Is("fortnight"))
            return new(new StartDate(today.AddDays(14)), i, i + 2);
        if (NumberWords.Cardinal(t, i) is not { } n || n.Next >= t.Count) return null;
        if (t[i].IsAny("a", "an") && n.Min == 0.5m) return null;
        var unit = t[n.Next].Text;
        if (n.Min < 0 || n.Max > 36) return null;
        var count = (int)Math.Round((n.Min + n.Max) / 2);
        var approx = n.Approximate;
        DateOnly? date = unit switch
        {
            "day" or "days" => today.AddDays(count),
            "week" or "weeks" or "wks" or "wk" => today.AddDays(7 * count),
            "fortnight" or "fortnights" => today.AddDays(14 * count),
            "month" or "months" => today.AddMonths(count),
            "year" or "years" => today.AddYears(count),
            _ => null,
        };
        if (date is null) return null;
        var next = n.Next + 1;
        if (next + 1 < t.Count && t[next].Is("s") && t[next + 1].Is("time")) next += 2;
        else if (next < t.Count && t[next].Is("time")) next++;
        return new(new StartDate(date, Approximate: approx || unit.StartsWith("month", StringComparison.Ordinal) || unit.StartsWith("year", StringComparison.Ordinal)), i, next);
    }

    /// <summary>"after Christmas" (early January), "after Easter", "after the summer" (September), "new year".</summary>
    private StartFound? Holiday(int i)
    {
        var from = i;
        var after = t[i].Is("after");
        var j = after ? i + 1 : i;
        if (j < t.Count && t[j].Is("the")) j++;
        if (j >= t.Count) return null;
        var w = t[j].Text;
        if (w is "christmas" or "xmas" || (w == "new" && j + 1 < t.Count && t[j + 1].Is("year")))
        {
            var end = w == "new" ? j + 2 : j + 1;
            if (after || w == "new")
            {
                // Just after Christmas already: that is now.
                var inHoliday = (today.Month == 12 && today.Day >= 26) || (today.Month == 1 && today.Day <= 2);
                var date = inHoliday ? today : new DateOnly(today.Month == 12 ? today.Year + 1 : today.Year + (today.Month == 1 ? 0 : 1), 1, 2);
                if (today.Month == 1 && today.Day > 2) date = new DateOnly(today.Year + 1, 1, 2);
                return new(new StartDate(date, Approximate: true), from, end);
            }
            return new(new StartDate(DateWords.Next(today, 12, 25) ?? today, Approximate: true), from, end, 0.8);
        }
        if (w == "easter")
        {
            var easter = DateWords.Easter(today.Year);
            if (easter.AddDays(2) < today) easter = DateWords.Easter(today.Year + 1);
            return new(new StartDate(after ? easter.AddDays(2) : easter, Approximate: true), from, j + 1, after ? 1.0 : 0.8);
        }
        if (w is "summer" && after)
            return new(new StartDate(DateWords.Next(today, 9, 1) ?? today, Approximate: true), from, j + 1);
        return null;
    }

    /// <summary>"1st March", "1 March 2027", "March 1st", "the 3rd", "03/03", "3.3.27", "03-03-2027".</summary>
    private StartFound? ExactDate(int i)
    {
        var j = i;
        if (t[j].IsAny("on", "from", "the", "after") && j + 1 < t.Count) j++;
        if (j < t.Count && t[j].Is("the") && j + 1 < t.Count) j++;
        if (Numeric(j) is { } numeric) return numeric with { From = i };
        // d(st) (of) Month (year)
        var dayAt = t[j].IsNumber ? NumberWords.Cardinal(t, j) ?? NumberWords.Ordinal(t, j) : NumberWords.Ordinal(t, j);
        if (dayAt is { } d && decimal.IsInteger(d.Min) && d.Min is >= 1 and <= 31)
        {
            var k = d.Next;
            if (k < t.Count && t[k].Is("of")) k++;
            if (k < t.Count && DateWords.Months.TryGetValue(t[k].Text, out var month))
                return Dated(i, (int)d.Min, month, k + 1);
            var saidThe = j > i && t[j - 1].Is("the");
            if (d.Ordinal && (saidThe || t.Count <= 2))
            {
                var day = (int)d.Min;
                var m = today.Day <= day ? today : today.AddMonths(1);
                if (day <= DateTime.DaysInMonth(m.Year, m.Month)) return new(new StartDate(new DateOnly(m.Year, m.Month, day)), i, d.Next, 0.9);
            }
        }
        // Month d(st) (year)
        if (DateWords.Months.TryGetValue(t[j].Text, out var mon) && (t[j].Text != "may" || j > i) && j + 1 < t.Count
            && (NumberWords.Ordinal(t, j + 1) ?? NumberWords.Cardinal(t, j + 1)) is { } after && decimal.IsInteger(after.Min) && after.Min is >= 1 and <= 31
            && !(after.Next < t.Count && t[after.Next].IsAny("hours", "hrs", "days", "weeks")))
            return Dated(i, (int)after.Min, mon, after.Next);
        return null;
    }

    private StartFound? Dated(int from, int day, int month, int next)
    {
        int? year = null;
        if (next < t.Count && t[next].IsNumber && t[next].Text.Length == 4) { year = (int)t[next].Number; next++; }
        if (year is { } y)
            return day <= DateTime.DaysInMonth(y, month) && y is >= 2000 and <= 2100 ? new(new StartDate(new DateOnly(y, month, day)), from, next) : null;
        return DateWords.Next(today, month, day) is { } date ? new(new StartDate(date), from, next) : null;
    }

    private StartFound? Numeric(int j)
    {
        if (!(t[j].IsNumber && j + 2 < t.Count && t[j + 1].IsAny("/", ".", "-") && t[j + 2].IsNumber)) return null;
        if (!decimal.IsInteger(t[j].Number) || !decimal.IsInteger(t[j + 2].Number) || t[j].Number > 31 || t[j + 2].Number > 12) return null;
        int day = (int)t[j].Number, month = (int)t[j + 2].Number;
        if (day is < 1 or > 31 || month is < 1 or > 12) return null;
        var next = j + 3;
        if (next + 1 < t.Count && t[next].Is(t[j + 1].Text) && t[next + 1].IsNumber && t[next + 1].Text.Length is 2 or 4)
        {
            var y = (int)t[next + 1].Number;
            if (y < 100) y += 2000;
            if (y is < 2000 or > 2100 || day > DateTime.DaysInMonth(y, month)) return null;
            return new(new StartDate(new DateOnly(y, month, day)), j, next + 2);
        }
        // "16-20" is a range of numbers, not the 16th of a month called 20; with a dash we want a year.
        if (t[j + 1].Is("-")) return null;
        return DateWords.Next(today, month, day) is { } date ? new(new StartDate(date), j, next) : null;
    }

    /// <summary>"in January", "January", "end of March", "early April", "mid May", "the start of June".</summary>
    private StartFound? MonthPhrase(int i)
    {
        var j = i;
        var part = "start";
        if (t[j].IsAny("in", "from", "by", "after", "around", "about")) j++;
        if (j < t.Count && t[j].Is("the")) j++;
        if (j < t.Count && t[j].IsAny("end", "start", "beginning", "middle", "early", "mid", "late"))
        {
            part = t[j].Text switch { "end" or "late" => "end", "middle" or "mid" => "mid", _ => "start" };
            j++;
            if (j < t.Count && t[j].IsAny("of", "-")) j++;
        }
        if (j >= t.Count || !DateWords.Months.TryGetValue(t[j].Text, out var month)) return null;
        // "may" is a month only when the words around make it one.
        if (t[j].Is("may") && j == i && t.Count > 1) return null;
        var year = month > today.Month || (month == today.Month && part != "start") ? today.Year : month == today.Month ? today.Year : today.Year + 1;
        var day = part switch { "end" => DateTime.DaysInMonth(year, month), "mid" => 15, _ => 1 };
        var date = new DateOnly(year, month, day);
        if (date < today) date = today;
        var after = t[i].Is("after");
        if (after) date = new DateOnly(year, month, 1).AddMonths(1);
        return new(new StartDate(date, Approximate: true), i, j + 1);
    }

    private List<Token> Slice(int from, int to)
    {
        var part = new List<Token>(to - from);
        for (var k = from; k < to; k++) part.Add(t[k]);
        return part;
    }

    /// <summary>Words after "after" that are a time of day or say nothing: "after lunch", "after that".</summary>
    private static readonly string[] NotAReason =
        ["lunch", "dinner", "tea", "breakfast", "noon", "midday", "work", "that", "this", "then", "all", "now", "the", "you", "him", "her", "them"];

    /// <summary>"after my course ends", "when my visa comes", "once I finish college": no date, but a reason.</summary>
    private StartFound? Reason(int i)
    {
        var j = i + 1;
        if (t[i].Is("as") && !(Words(i, "as", "soon", "as"))) return null;
        if (t[i].Is("as")) j = i + 3;
        if (t[i].Is("soon")) return null;
        var end = j;
        while (end < t.Count && !t[end].IsAny(".", "!", "?", ";")) end++;
        var words = end - j;
        // "after ramadan", "after eid", "after exams": one word after "after" is what the start waits for too; not a
        // time of day ("after lunch", "after work") nor a small word ("after that").
        if (words < 2 && !(words == 1 && t[i].Is("after") && t[j].IsWord && t[j].Text.Length >= 3 && !t[j].IsAny(NotAReason))) return null;
        // "when I finish in June": the date wins over the reason.
        for (var k = j; k < end; k++)
            if (At(k) is { Value.Date: not null }) return null;
        // "after the school run", "after work", "till 3": the times of a working day, every day, not when to start.
        if (WhenParser.Parse(Slice(i, end)).Any) return null;
        var original = string.Concat(t.Skip(j).Take(end - j).Select((tk, k) => (k == 0 ? "" : " ") + tk.Original));
        return new(new StartDate(null, Approximate: true) { Reason = original.Length > 100 ? original[..100] : original }, i, end, 0.8);
    }
}
