namespace CareerBot.SearchIndex.Query;

/// <summary>The query side of the index, as the dialogs see it.</summary>
public interface ICatalogueSearch
{
    /// <summary>Best suggestions first. Never throws for bad text: an unusable query returns an empty result.</summary>
    Task<SearchResults> SearchAsync(SearchProfile profile, CancellationToken cancellationToken);

    /// <summary>One role by id, or null.</summary>
    Task<RoleCard?> GetRoleAsync(string id, CancellationToken cancellationToken);

    /// <summary>One course by id, or null.</summary>
    Task<CourseCard?> GetCourseAsync(string id, CancellationToken cancellationToken);

    /// <summary>Courses that lead to a role, best first.</summary>
    Task<IReadOnlyList<CourseCard>> CoursesForRoleAsync(string roleId, CancellationToken cancellationToken);
}
