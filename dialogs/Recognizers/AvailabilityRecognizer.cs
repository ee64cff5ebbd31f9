using CareerBot.Dialogs.Recognizers.Text;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// When a resident can work: days ("weekdays", "Mon–Fri", "weekends only", "Saturday and Sunday", "not Fridays",
/// "any day"), parts of the day ("mornings", "school hours", "evenings", "nights", "9 to 3"), "any time" /
/// "flexible", patterns (full-time, part-time, shifts, bank) and hours when said.
/// </summary>
public sealed class AvailabilityRecognizer
{
    private readonly HoursRecognizer _hours = new();

    public Recognition<Availability> Recognise(string text)
    {
        // "i work nights at asda so days only": the times of the job they have now are not the times wanted.
        text = JobNowReader.Without(text, rest => WhenParser.Parse(Tokens.Of(rest)).Any || _hours.Recognise(rest).Succeeded);
        var tokens = Tokens.Of(text);
        if (tokens.Count == 0) return Recognition<Availability>.NoMatch;
        var found = WhenParser.Parse(tokens);
        var hours = _hours.Recognise(text);
        if (!found.Any && !hours.Succeeded) return Recognition<Availability>.NoMatch;

        var days = found.FinalDays();
        var parts = found.FinalParts();
        if ((parts & DayParts.SchoolHours) != 0 && days.Count == 0)
            days = new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        var patterns = (found.Patterns | (hours.Value?.Pattern ?? WorkPatterns.None)) & ~found.NotPatterns;
        if (days.Count is > 0 and < 7)
        {
            if (days.All(d => d is DayOfWeek.Saturday or DayOfWeek.Sunday)) patterns |= WorkPatterns.Weekends;
            else if (days.All(d => d is not (DayOfWeek.Saturday or DayOfWeek.Sunday))) patterns = (patterns | WorkPatterns.Weekdays) & ~WorkPatterns.Weekends;
        }
        if (found.NotParts != DayParts.None)
        {
            if ((parts & DayParts.Nights) == 0) patterns &= ~WorkPatterns.Nights;
            if ((parts & DayParts.Evenings) == 0) patterns &= ~WorkPatterns.Evenings;
        }
        var flexible = found.Flexible && found.NotParts == DayParts.None && found.NotDays.Count == 0;

        var start = Math.Min(found.Any ? found.From : int.MaxValue, hours.Succeeded ? hours.Start : int.MaxValue);
        var end = Math.Max(found.Any ? found.To : -1, hours.Succeeded ? hours.Start + hours.Length : -1);
        var value = new Availability
        {
            Days = days,
            Parts = flexible ? parts | DayParts.AnyTime : parts,
            Patterns = patterns,
            Hours = hours.Value ?? ClockWeek(found, days),
            Flexible = flexible,
            NotParts = found.NotParts & ~found.Parts,
            DaysPerWeek = found.DaysPerWeek,
            DaysPerWeekLow = found.DaysPerWeekLow,
        };
        var confidence = Math.Min(found.Any ? found.Confidence : 1.0, hours.Succeeded ? Math.Max(hours.Confidence, 0.7) : 1.0);
        return Recognition<Availability>.Match(value, start, end - start, confidence);
    }

    /// <summary>
    /// The hours a week that days and the times of a day stand for: "mon to fri 9-5" is 5 days of 8 hours, 40 hours;
    /// "tues and thurs 10 till 2" is 8. Only with one clock range said with both its ends, and some days ("weekdays",
    /// "3 days a week", named days); not every day of the week ("every day 9-5" says when, not how much).
    /// </summary>
    private static WeeklyHours? ClockWeek(WhenFound found, IReadOnlySet<DayOfWeek> days)
    {
        if (found.DayHours is not { } perDay || perDay is < 1 or > 14) return null;
        var count = found.DaysPerWeek ?? (days.Count is > 0 and < 7 ? days.Count : (int?)null);
        if (count is not (>= 1 and <= 6 and var d)) return null;
        var week = (decimal)perDay * d;
        if (week > 80) return null;
        return new WeeklyHours((int)Math.Floor(week), (int)Math.Ceiling(week)) { DaysPerWeek = d, DayHours = (decimal)perDay };
    }
}
