using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Places;

namespace CareerBot.SearchIndex.Query;

/// <summary>
/// The ESOL course for a resident who said their English is a barrier: the level they named, or else vocational
/// ESOL for health and care (then ESOL for work, then the general levels) at a college within their travel limit.
/// </summary>
internal static class EnglishCourses
{
    /// <summary>Without a level: the courses most use to a health and care job first.</summary>
    private static readonly string[] Preferred = ["esol-health-care", "esol-employability", "esol-e3", "esol-e2", "esol-e1", "esol-l1"];

    public static string IdFor(EsolLevel level) => level switch
    {
        EsolLevel.PreEntry => "esol-pre-entry",
        EsolLevel.Entry1 => "esol-e1",
        EsolLevel.Entry2 => "esol-e2",
        EsolLevel.Entry3 => "esol-e3",
        EsolLevel.Level1 => "esol-l1",
        _ => "esol-l2",
    };

    /// <summary>The course, or null when the profile does not ask for English help or the catalogue has no such course.</summary>
    public static async Task<CourseRecord?> ChooseAsync(
        CatalogueIndex index, IndexConnection connection, SearchProfile profile, FitRules fit, CancellationToken cancellationToken)
    {
        if (!profile.LearningEnglish) return null;
        string[] ids = profile.EsolLevel is { } level ? [IdFor(level), .. Preferred] : Preferred;
        var rows = await index.RowIdsAsync(connection, IndexSchema.CourseKind, ids, cancellationToken);
        var docs = await index.GetDocsAsync(connection, rows.Values.ToList(), cancellationToken);
        CourseRecord? ById(string id) => rows.TryGetValue(id, out var row) && docs.TryGetValue(row, out var doc) ? doc.Course : null;

        // The level they named is the right one even when its college is further than they said.
        if (profile.EsolLevel is { } named && ById(IdFor(named)) is { } atLevel) return atLevel;
        CourseRecord? first = null;
        foreach (var id in Preferred)
        {
            if (ById(id) is not { } course) continue;
            first ??= course;
            if (WithinReach(course, fit, index)) return course;
        }
        return first;
    }

    private static bool WithinReach(CourseRecord course, FitRules fit, CatalogueIndex index)
    {
        if (fit.Place is not { } home || fit.MaxMiles is not { } maxMiles) return true;
        if (course.AvailableEverywhere || course.Modes.Contains("online")) return true;
        foreach (var id in course.Providers)
            if (index.Providers.GetValueOrDefault(id) is { } p && PlaceFinder.Miles(home.Latitude, home.Longitude, p.Latitude, p.Longitude) <= maxMiles)
                return true;
        return false;
    }
}
