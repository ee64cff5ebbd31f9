namespace CareerBot.SearchIndex.Query;

/// <summary>
/// The days of the week a resident can work, against a role's hours. The catalogue names no weekdays: it says whether
/// a role's hours take in weekends ("weekends", "some weekends", "Saturdays"), shifts (a rota, which may), and bank or
/// part-time work (where the days can be chosen). So:
/// <list type="bullet">
/// <item>a weekend day the resident cannot work: hours that take in weekends or that day may need it, and so may shifts
/// when the hours name no weekend day (maybe);</item>
/// <item>a weekday they cannot work: a set week, with no part-time, bank, flexible or shift work, may need it (maybe);</item>
/// <item>three days or fewer: full-time work is more days; with shifts it may fit (long shifts), and with no part-time,
/// bank, flexible or shift work it does not (missing).</item>
/// </list>
/// Otherwise the days fit. A resident who can work only at weekends is checked by <see cref="WorkPatterns.Weekends"/>.
/// </summary>
internal static class DayFit
{
    private static readonly string[] ChosenDays = ["part-time", "bank", "flexible"];
    private static readonly string[] Rota = ["shift"];
    private static readonly string[] WeekendWords = ["weekend", "saturday", "sunday"];
    private static readonly string[] SetWeek = ["part-time", "bank", "flexible", "shift"];
    private static readonly DayOfWeek[] Order =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>True when the days say something to check: some days, at least one of them a weekday.</summary>
    public static bool Applies(IReadOnlySet<DayOfWeek> days) =>
        days.Count is > 0 and < 7 && days.Any(d => d is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>How the role's <paramref name="hours"/> suit the <paramref name="days"/>: a <see cref="MatchReason"/> hours field and the hours that decided it.</summary>
    public static (string Field, string? Detail) Check(IReadOnlyList<string> hours, IReadOnlySet<DayOfWeek> days)
    {
        (string Field, string? Detail) result = (MatchReason.HoursFit, null);
        if (days.Count <= 3 && Ranker.FirstWithAny(hours, ChosenDays) is null)
        {
            if (Ranker.FirstWithAny(hours, Rota) is not { } shifts) return (MatchReason.HoursMissing, null);
            result = (MatchReason.HoursMaybe, shifts);
        }
        var (saturday, sunday) = (days.Contains(DayOfWeek.Saturday), days.Contains(DayOfWeek.Sunday));
        if (!(saturday && sunday))
        {
            // Weekend work the role names, on a day they cannot work; a rota of shifts may take in weekends when it names none.
            string[] cannot = saturday ? ["weekend", "sunday"] : sunday ? ["weekend", "saturday"] : WeekendWords;
            if (Ranker.FirstWithAny(hours, cannot) is { } weekend) return (MatchReason.HoursMaybe, weekend);
            if (Ranker.FirstWithAny(hours, WeekendWords) is null && Ranker.FirstWithAny(hours, Rota) is { } rota) return (MatchReason.HoursMaybe, rota);
        }
        var weekdaysOut = Order.Take(5).Any(d => !days.Contains(d));
        if (weekdaysOut && Ranker.FirstWithAny(hours, SetWeek) is null) return (MatchReason.HoursMaybe, hours.Count > 0 ? hours[0] : null);
        if (result.Field == MatchReason.HoursFit) result.Detail = Ranker.FirstWithAny(hours, ChosenDays) ?? (hours.Count > 0 ? hours[0] : null);
        return result;
    }

    /// <summary>
    /// The days as the card's "Ask if you can work ..." ends: "weekdays only", "every day but Friday", "only on Tuesday
    /// and Thursday".
    /// </summary>
    public static string Label(IReadOnlySet<DayOfWeek> days)
    {
        if (days.Count == 5 && Order.Take(5).All(days.Contains)) return "weekdays only";
        if (days.Count >= 5) return "every day but " + List(Order.Where(d => !days.Contains(d)));
        return "only on " + List(Order.Where(days.Contains));
    }

    private static string List(IEnumerable<DayOfWeek> days)
    {
        var names = days.Select(d => d.ToString()).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }
}
