using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// Resident-style searches that name hours or times of day, over the real catalogue. Written before the hours
/// ranking was tuned: the expected roles come from each role's hours in roles.csv and common sense, not from the
/// search output.
/// </summary>
public static class HoursFitCases
{
    /// <param name="Name">The case's name.</param>
    /// <param name="Profile">What the resident said.</param>
    /// <param name="MustBeInTop3">Roles that must be in the top 3.</param>
    /// <param name="MustNotBeInTop3">Roles whose hours do not fit, that must not be in the top 3.</param>
    /// <param name="Top3AllFit">True when enough roles fit that every role in the top 3 must offer the hours wanted.</param>
    public sealed record Case(string Name, SearchProfile Profile, string[] MustBeInTop3, string[] MustNotBeInTop3, bool Top3AllFit);

    private static readonly string[] None = [];

    public static IReadOnlyList<Case> All { get; } =
    [
        // The chat that showed the bug: "behind the scenes", 16 hours a week, mornings only, near Dudley.
        new("behind the scenes, 16 hours, mornings, near DY1", new SearchProfile
        {
            Families = ["support services", "estates"], QualificationLevel = 0, MinHoursPerWeek = 16, MaxHoursPerWeek = 16,
            Patterns = WorkPatterns.PartTime | WorkPatterns.Days, Place = "DY1", MaxMiles = 5,
        }, None, ["caretaker"], Top3AllFit: true),
        new("cleaning, 16 hours, mornings", new SearchProfile
        {
            Text = "cleaning", QualificationLevel = 0, MaxHoursPerWeek = 16, Patterns = WorkPatterns.Days,
        }, ["domestic-assistant"], None, Top3AllFit: true),
        new("cleaning job part time", new SearchProfile { Text = "cleaning job part time", QualificationLevel = 0 },
            ["domestic-assistant"], ["caretaker"], Top3AllFit: true),
        new("office work in school hours", new SearchProfile
        {
            Text = "office admin", Patterns = WorkPatterns.SchoolHours | WorkPatterns.PartTime, QualificationLevel = 2,
        }, ["admin-assistant"], None, Top3AllFit: true),
        new("care work weekends part time", new SearchProfile
        {
            Text = "care work", Patterns = WorkPatterns.Weekends | WorkPatterns.PartTime, QualificationLevel = 0,
        }, ["care-worker"], None, Top3AllFit: true),
        new("kitchen nights", new SearchProfile { Text = "kitchen", Patterns = WorkPatterns.Nights, QualificationLevel = 0 },
            ["cook-chef"], None, Top3AllFit: false),
        new("hospital cleaning evenings", new SearchProfile { Text = "hospital cleaning evenings", QualificationLevel = 0 },
            ["domestic-assistant"], None, Top3AllFit: false),
        new("receptionist part time", new SearchProfile { Text = "receptionist", MaxHoursPerWeek = 20, QualificationLevel = 2 },
            ["receptionist"], None, Top3AllFit: true),
        new("kitchen 20 hours a week", new SearchProfile { Text = "kitchen", MaxHoursPerWeek = 20, QualificationLevel = 0 },
            ["catering-assistant"], ["cook-chef"], Top3AllFit: false),
        // No driving or security role offers part-time: they still show, but must not claim the hours fit.
        new("driver part time", new SearchProfile { Text = "driver", MaxHoursPerWeek = 20, QualificationLevel = 0 },
            None, None, Top3AllFit: false),
        new("security guard, 16 hours", new SearchProfile { Text = "security guard", MaxHoursPerWeek = 16, QualificationLevel = 0 },
            ["security-officer"], None, Top3AllFit: false),
        new("porter mornings", new SearchProfile { Text = "porter", Patterns = WorkPatterns.Days, QualificationLevel = 0 },
            ["porter"], None, Top3AllFit: false),
    ];

    /// <summary>
    /// True when a role's hours offer what the resident wants (checked here from the catalogue's own words, apart
    /// from the ranker's tables): part-time or flexible; nights or sleep-ins; weekends or Saturdays; evenings;
    /// days, early starts or flexible hours; school hours = part-time and in the day.
    /// </summary>
    public static bool Offers(IReadOnlyList<string> hours, WorkPatterns wanted)
    {
        bool Has(params string[] words) => hours.Any(h => words.Any(w => h.Contains(w, StringComparison.OrdinalIgnoreCase)));
        var partTime = Has("part-time", "flexible");
        var days = Has("days", "daytime", "early", "flexible");
        if ((wanted & WorkPatterns.PartTime) != 0 && !partTime) return false;
        if ((wanted & WorkPatterns.FullTime) != 0 && !Has("full-time")) return false;
        if ((wanted & WorkPatterns.Nights) != 0 && !Has("night", "sleep-in")) return false;
        if ((wanted & WorkPatterns.Weekends) != 0 && !Has("weekend", "saturday")) return false;
        if ((wanted & WorkPatterns.Evenings) != 0 && !Has("evening")) return false;
        if ((wanted & WorkPatterns.Days) != 0 && !days) return false;
        if ((wanted & WorkPatterns.SchoolHours) != 0 && !(partTime && days)) return false;
        return true;
    }

    /// <summary>The patterns a profile asks for, as the search reads them (hours under 30 a week are part-time).</summary>
    public static WorkPatterns Wanted(SearchProfile profile)
    {
        var wanted = profile.Patterns;
        var text = " " + (profile.Text ?? "").ToLowerInvariant() + " ";
        if (text.Contains(" part time ", StringComparison.Ordinal)) wanted |= WorkPatterns.PartTime;
        if (text.Contains(" evenings ", StringComparison.Ordinal)) wanted |= WorkPatterns.Evenings;
        if (profile.MaxHoursPerWeek is < 30) wanted |= WorkPatterns.PartTime;
        return wanted;
    }
}
