using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>What <see cref="WhenParser"/> found: days, parts of the day and patterns, said and ruled out.</summary>
internal sealed class WhenFound
{
    public HashSet<DayOfWeek> Days { get; } = [];
    public HashSet<DayOfWeek> NotDays { get; } = [];
    public DayParts Parts { get; set; }
    public DayParts NotParts { get; set; }
    public WorkPatterns Patterns { get; set; }
    public WorkPatterns NotPatterns { get; set; }
    public bool Flexible { get; set; }
    /// <summary>A clock range was said ("9 to 3"): its numbers are times, not hours.</summary>
    public bool HasClock { get; set; }
    /// <summary>The hours of a working day, when one clock range with both ends was said ("9 to 5" is 8); else null.</summary>
    public double? DayHours { get; set; }
    /// <summary>More than one clock range was said ("9-1 or 6-10"): no one length of day.</summary>
    public bool ManyClocks { get; set; }
    /// <summary>"3 days a week".</summary>
    public int? DaysPerWeek { get; set; }
    /// <summary>"2 or 3 days a week": the fewer days (2); <see cref="DaysPerWeek"/> holds the more.</summary>
    public int? DaysPerWeekLow { get; set; }
    public double Confidence { get; set; } = 1.0;
    public int From { get; private set; } = int.MaxValue;
    public int To { get; private set; } = -1;
    public bool Any => To >= 0;

    public void Covered(int from, int to)
    {
        From = Math.Min(From, from);
        To = Math.Max(To, to);
    }

    /// <summary>The days said, less the days ruled out ("weekdays but not Fridays"; "not Fridays" alone = the other six).</summary>
    public IReadOnlySet<DayOfWeek> FinalDays()
    {
        if (NotDays.Count == 0) return Days;
        var baseDays = Days.Count > 0 ? Days : Enum.GetValues<DayOfWeek>().ToHashSet();
        return baseDays.Where(d => !NotDays.Contains(d)).ToHashSet();
    }

    public DayParts FinalParts()
    {
        if (NotParts == DayParts.None) return Parts;
        var all = DayParts.Mornings | DayParts.Afternoons | DayParts.Evenings | DayParts.Nights;
        var baseParts = Parts == DayParts.None || (Parts & DayParts.AnyTime) != 0 ? all : Parts;
        return baseParts & ~NotParts & ~DayParts.AnyTime;
    }
}
