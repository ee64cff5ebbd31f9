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

    /// <summary>
    /// The English (ESOL) course for a resident who said English is hard for them (<see cref="SearchProfile.LearningEnglish"/>),
    /// the one the search pairs with their jobs: the level they named, else ESOL for health and care, else the nearest
    /// ESOL course within their travel limit. Null when the profile asks for no English help or there is none.
    /// By default, read off the jobs a search finds.
    /// </summary>
    async Task<CourseCard?> EnglishCourseAsync(SearchProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!profile.LearningEnglish) return null;
        var results = await SearchAsync(profile with { Offset = 0, Limit = 10 }, cancellationToken);
        return results.Items.Select(s => s.EnglishCourse).FirstOrDefault(c => c is not null);
    }
}
