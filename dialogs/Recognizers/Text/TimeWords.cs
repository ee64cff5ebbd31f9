namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>A clock range in hours from midnight; End may pass 24 for a night ("10pm to 6am" = 22..30).</summary>
/// <remarks><see cref="BothEnds"/>: both times were said ("9 to 5"), so the range is the hours of a working day; not
/// "after 6" or "till 2", whose other end is a guess.</remarks>
internal readonly record struct ClockRange(double Start, double End, int From, int To, bool BothEnds = false);

/// <summary>
/// Reads clock times and ranges: "9 to 3", "9am-3pm", "from 9:30 till 2:30", "10pm to 6am", "half 8 till half 2",
/// "quarter to 3", "nine till three", "8 in the morning", "after 6pm", "after 6", "before 3", and "I work at Tesco till 2"
/// (busy until 2, so free after it).
/// </summary>
internal static class TimeWords
{
    private static readonly string[] Joiners = ["to", "-", "till", "til", "until", "and"];

    public static ClockRange? RangeAt(IReadOnlyList<Token> t, int i)
    {
        var j = i;
        if (j < t.Count && t[j].IsAny("from", "between")) j++;
        if (Clock(t, j) is not { } a) return null;
        var k = a.Next;
        if (k < t.Count && t[k].IsAny(Joiners) && Clock(t, k + 1) is { } b && !UnitFollows(t, b.Next))
        {
            if (t[k].Is("and") && !t[i].Is("between")) return null;
            // Bare numbers over 12 ("16 to 20") are hours or counts, not clock times.
            if (a.Plain && b.Plain && (a.Hour > 12 || b.Hour > 12)) return null;
            // "one to one care", "1-1 support": the same time twice is no range.
            if (a.Hour == b.Hour && a.Minutes == b.Minutes && a.Meridiem == b.Meridiem) return null;
            var (s, e) = Resolve(a, b);
            if (e <= s) e += 24;
            return new ClockRange(s, e, i, b.Next, BothEnds: true);
        }
        // One time after a word that says which side of it they are free: "after 6pm", "before 3", "till 2:30". A plain
        // number ("after 6") is a time here too when it is a clock hour with no unit after it ("after 2 weeks" is not).
        if (j == i && i > 0 && (!a.Plain || (a.Hour is >= 1 and <= 12 && !UnitFollows(t, a.Next))))
        {
            var at = a.Meridiem is null ? PlainHour(a.Hour) + (a.Minutes ?? 0) / 60.0 : a.Hour24();
            // "I work at Tesco till 2", "I finish college at 1": busy until then, so free after it.
            var busy = t[i - 1].IsAny("before", "until", "till", "til", "at") && BusyUntil(t, i - 1);
            if (t[i - 1].Is("after") || busy) return new ClockRange(at, Math.Max(at + 1, 22), i - 1, a.Next);
            if (t[i - 1].IsAny("before", "until", "till", "til")) return new ClockRange(7, at, i - 1, a.Next);
        }
        return null;
    }

    /// <summary>
    /// The other side of a one-sided time (see <see cref="RangeAt"/>): "before 10" ruled out is from 10 on; "after 3"
    /// ruled out is until 3.
    /// </summary>
    public static ClockRange OtherSide(IReadOnlyList<Token> t, ClockRange r) => t[r.From].Is("after")
        ? new ClockRange(7, r.Start, r.From, r.To)
        : new ClockRange(r.End, Math.Max(r.End + 1, 22), r.From, r.To);

    /// <summary>A clock hour said with no am or pm, as people mean it: 1 to 6 is the afternoon ("after 6" is 18:00, "till 2:30"
    /// is 14:30), 7 to 12 the morning or midday.</summary>
    private static double PlainHour(int hour) => hour < 7 ? hour + 12 : hour;

    private static readonly string[] BusyWords = ["college", "school", "uni", "university", "class", "classes", "course", "busy", "lessons"];
    private static readonly string[] FinishWords = ["finish", "finishes", "finished", "done", "end", "ends"];
    private static readonly string[] CanWords = ["can", "could", "able", "available", "free", "want", "only", "happy", "ok"];

    /// <summary>
    /// The words before "till" / "at" (back to the start of the clause) say the resident is busy until the time, not free:
    /// "I work at Tesco till 2", "im at college till 1", "I finish work at 3", "my class ends at 12". "I can work till 3",
    /// "only till 3" and "till 3 because of the kids" are free until then.
    /// </summary>
    private static bool BusyUntil(IReadOnlyList<Token> t, int word)
    {
        var busy = false;
        for (var k = word - 1; k >= 0; k--)
        {
            if (t[k].IsAny(",", ".", ";", "but", "so", "then")) break;
            if (t[k].IsAny(CanWords)) return false;
            if (t[k].IsAny(BusyWords) || t[k].IsAny(FinishWords)) busy = true;
            // "I work at Tesco", "working in a shop": a job they have now.
            if (t[k].IsAny("work", "working", "job") && k + 1 < word && t[k + 1].IsAny("at", "in", "for")) busy = true;
        }
        // "till" after a job they have ("I work at Tesco till 2"); "at" only after finishing ("I finish at 3").
        return busy && (!t[word].Is("at") || Enumerable.Range(0, word).Any(k => t[k].IsAny(FinishWords)));
    }

    private static bool UnitFollows(IReadOnlyList<Token> t, int k) =>
        k < t.Count && t[k].IsAny("hours", "hour", "hrs", "hr", "h", "days", "day", "weeks", "week", "months", "month", "miles", "mile", "years", "year", "minutes", "mins");

    private sealed record ClockAt(int Hour, int? Minutes, string? Meridiem, int Next)
    {
        public bool Plain => Minutes is null && Meridiem is null;

        public double Hour24() => (Meridiem == "pm" && Hour < 12 ? Hour + 12 : Meridiem == "am" && Hour == 12 ? 0 : Hour) + (Minutes ?? 0) / 60.0;
    }

    private static ClockAt? Clock(IReadOnlyList<Token> t, int i)
    {
        if (i >= t.Count) return null;
        // "half 8" and "half past 8" are 8:30, "quarter past 9" 9:15, "quarter to 3" 2:45.
        int? minutes = null;
        var back = 0;
        if (t[i].Is("half") && i + 1 < t.Count)
        {
            minutes = 30;
            i += t[i + 1].Is("past") ? 2 : 1;
        }
        else if (t[i].Is("quarter") && i + 2 < t.Count && t[i + 1].IsAny("past", "to"))
        {
            (minutes, back) = t[i + 1].Is("past") ? (15, 0) : (45, 1);
            i += 2;
        }
        if (i >= t.Count) return null;
        int hour;
        var k = i + 1;
        if (t[i].IsNumber && decimal.IsInteger(t[i].Number) && t[i].Number is >= 0 and <= 24) hour = (int)t[i].Number;
        // "nine till three": a number word is a time only as part of a range or with a clock word (see RangeAt).
        else if (t[i].IsWord && NumberWords.Cardinal(t, i) is { Approximate: false } w && w.Min == w.Max && decimal.IsInteger(w.Min) && w.Min is >= 1 and <= 12 && w.Next == i + 1)
            hour = (int)w.Min;
        else return null;
        if (minutes is not null && hour is < 1 or > 12) return null;
        hour -= back;
        if (minutes is null && k + 1 < t.Count && t[k].IsAny(":", ".") && t[k + 1].IsNumber && t[k + 1].Text.Length == 2 && t[k + 1].Number < 60)
        {
            minutes = (int)t[k + 1].Number;
            k += 2;
        }
        string? meridiem = null;
        if (k < t.Count && t[k].IsAny("am", "pm")) { meridiem = t[k].Text; k++; }
        else if (k + 2 < t.Count && t[k].IsAny("a", "p") && t[k + 1].Is(".") && t[k + 2].Is("m")) { meridiem = t[k].Text + "m"; k += 3; if (k < t.Count && t[k].Is(".")) k++; }
        // "8 in the morning", "4 in the afternoon", "6 at night".
        else if (k + 2 < t.Count && t[k].Is("in") && t[k + 1].Is("the") && t[k + 2].IsAny("morning", "afternoon", "evening", "night"))
        {
            meridiem = t[k + 2].Is("morning") ? "am" : "pm";
            k += 3;
        }
        else if (k + 1 < t.Count && t[k].Is("in") && t[k + 1].IsAny("morning", "afternoon", "evening"))
        {
            meridiem = t[k + 1].Is("morning") ? "am" : "pm";
            k += 2;
        }
        else if (k + 1 < t.Count && t[k].Is("at") && t[k + 1].Is("night") && hour is >= 6 and <= 12)
        {
            meridiem = "pm";
            k += 2;
        }
        if (meridiem is not null && hour > 12) return null;
        if (k < t.Count && t[k].Is("oclock")) k++;
        else if (k + 1 < t.Count && t[k].Is("o") && t[k + 1].Is("clock")) k += 2;
        if (!t[i].IsNumber && minutes is null && meridiem is null && !IsRangeEnd(t, i, k)) return null;
        return new ClockAt(hour, minutes, meridiem, k);
    }

    /// <summary>A number word is a clock time when another time is joined to it ("nine till three").</summary>
    private static bool IsRangeEnd(IReadOnlyList<Token> t, int i, int next) =>
        (next < t.Count && t[next].IsAny(Joiners)) || (i > 0 && t[i - 1].IsAny(Joiners));

    /// <summary>Fills in am/pm the way people mean it: "9 to 3" is 9:00-15:00, "6-10pm" is 18:00-22:00.</summary>
    private static (double, double) Resolve(ClockAt a, ClockAt b)
    {
        double s = a.Hour24(), e = b.Hour24();
        if (a.Meridiem is null && b.Meridiem is "pm" && a.Hour < 12 && a.Hour < b.Hour) s += 12;
        if (a.Meridiem is null && b.Meridiem is null && a.Hour <= 12 && b.Hour <= 12)
        {
            if (a.Hour < 7) { s += 12; e += 12; }
            else if (e <= s) e += 12;
        }
        else if (b.Meridiem is null && a.Meridiem is "am" && e <= s) e += 12;
        // "6pm till 10" is 18:00-22:00; "10pm till 2" runs past midnight (see RangeAt).
        else if (b.Meridiem is null && a.Meridiem is "pm" && b.Hour < 12 && b.Hour + 12 > s) e += 12;
        return (s, e);
    }

    /// <summary>The parts of the day a clock range covers by an hour or more; school hours when it sits inside 8:00-15:30.</summary>
    public static DayParts Parts(ClockRange r)
    {
        var parts = DayParts.None;
        if (Overlap(r, 6, 12) >= 1) parts |= DayParts.Mornings;
        if (Overlap(r, 12, 17) >= 1) parts |= DayParts.Afternoons;
        if (Overlap(r, 17, 22) >= 1) parts |= DayParts.Evenings;
        if (Overlap(r, 22, 30) >= 1 || Overlap(r, 0, 6) >= 1) parts |= DayParts.Nights;
        if (r.Start is >= 8 and <= 10 && r.End is >= 12.5 and <= 15.5) parts |= DayParts.SchoolHours;
        return parts;
    }

    private static double Overlap(ClockRange r, double from, double to) => Math.Max(0, Math.Min(r.End, to) - Math.Max(r.Start, from));
}
