namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>A clock range in hours from midnight; End may pass 24 for a night ("10pm to 6am" = 22..30).</summary>
internal readonly record struct ClockRange(double Start, double End, int From, int To);

/// <summary>Reads clock times and ranges: "9 to 3", "9am-3pm", "from 9:30 till 2:30", "10pm to 6am", "after 6pm".</summary>
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
            var (s, e) = Resolve(a, b);
            if (e <= s) e += 24;
            return new ClockRange(s, e, i, b.Next);
        }
        if (j == i && i > 0 && (a.Meridiem is not null || a.Minutes is not null))
        {
            if (t[i - 1].Is("after")) return new ClockRange(a.Hour24(), Math.Max(a.Hour24() + 1, 23), i - 1, a.Next);
            if (t[i - 1].IsAny("before", "until", "till", "til")) return new ClockRange(7, a.Hour24(), i - 1, a.Next);
        }
        return null;
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
        if (i >= t.Count || !t[i].IsNumber || !decimal.IsInteger(t[i].Number)) return null;
        if (t[i].Number is < 0 or > 24) return null;
        var hour = (int)t[i].Number;
        var k = i + 1;
        int? minutes = null;
        if (k + 1 < t.Count && t[k].IsAny(":", ".") && t[k + 1].IsNumber && t[k + 1].Text.Length == 2 && t[k + 1].Number < 60)
        {
            minutes = (int)t[k + 1].Number;
            k += 2;
        }
        string? meridiem = null;
        if (k < t.Count && t[k].IsAny("am", "pm")) { meridiem = t[k].Text; k++; }
        else if (k + 2 < t.Count && t[k].IsAny("a", "p") && t[k + 1].Is(".") && t[k + 2].Is("m")) { meridiem = t[k].Text + "m"; k += 3; if (k < t.Count && t[k].Is(".")) k++; }
        if (meridiem is not null && hour > 12) return null;
        if (k < t.Count && t[k].Is("oclock")) k++;
        return new ClockAt(hour, minutes, meridiem, k);
    }

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
