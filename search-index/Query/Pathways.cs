using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;

namespace CareerBot.SearchIndex.Query;

/// <summary>Finds the course that leads to a role for someone who cannot start it yet.</summary>
internal static class Pathways
{
    public static async Task<List<CourseRecord>> CoursesLeadingToAsync(
        CatalogueIndex index, IndexConnection connection, string roleId, CancellationToken cancellationToken)
    {
        if (index.CachedLeads(roleId) is { } cached) return cached;
        var rows = new List<long>();
        await using (var reader = await connection.Leads(roleId).ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) rows.Add(reader.GetInt64(0));
        }
        var docs = await index.GetDocsAsync(connection, rows, cancellationToken);
        var courses = rows.Where(docs.ContainsKey).Select(r => docs[r].Course!).ToList();
        index.CacheLeads(roleId, courses);
        return courses;
    }

    /// <summary>
    /// Best first for someone at <paramref name="level"/>: courses they can start now come first, and among
    /// those the ones that reach the role's level, then the ones aimed at fewest roles (closest to this job).
    /// When none can be started yet, the one with the lowest entry level comes first: it is the next step.
    /// </summary>
    public static IEnumerable<CourseRecord> Order(IEnumerable<CourseRecord> courses, int roleLevel, int level) =>
        courses
            .OrderBy(c => c.EntryLevel <= level ? 0 : 1)
            .ThenBy(c => c.EntryLevel <= level ? (c.RqfLevel >= roleLevel ? 0 : 1) : c.EntryLevel)
            .ThenBy(c => c.LeadsToRoles.Count)
            .ThenBy(c => c.EntryLevel)
            .ThenBy(c => c.Id, StringComparer.Ordinal);

    public static async Task<CourseRecord?> BestForAsync(
        CatalogueIndex index, IndexConnection connection, RoleRecord role, int level, CancellationToken cancellationToken, int? age = null)
    {
        var courses = await CoursesLeadingToAsync(index, connection, role.Id, cancellationToken);
        // A course with an age rule the resident does not meet is no next step for them.
        var best = Order(courses.Where(c => age is null || c.MinAge is null || age >= c.MinAge), role.MinQualificationLevel, level).FirstOrDefault();
        if (best is not null) return best;
        // No course in the catalogue leads there: an English or maths course at the next level the resident
        // needs is the usual first step (NHS entry roles ask for Level 1-2 English and maths).
        var general = index.GeneralSkillsCourses
            .Where(c => c.EntryLevel <= level && c.RqfLevel > level && c.RqfLevel <= Math.Max(role.MinQualificationLevel, level + 1))
            .OrderByDescending(c => c.RqfLevel)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return general;
    }
}
