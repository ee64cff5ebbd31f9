using System.Diagnostics;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Bot.Operations.Metrics;

/// <summary>Times every catalogue query for /metrics; otherwise passes straight through.</summary>
internal sealed class TimedCatalogueSearch(ICatalogueSearch inner, BotMetrics metrics) : ICatalogueSearch
{
    public async Task<SearchResults> SearchAsync(SearchProfile profile, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try { return await inner.SearchAsync(profile, cancellationToken); }
        finally { metrics.IndexQuery(Stopwatch.GetElapsedTime(started)); }
    }

    public Task<RoleCard?> GetRoleAsync(string id, CancellationToken cancellationToken) => inner.GetRoleAsync(id, cancellationToken);

    public Task<CourseCard?> GetCourseAsync(string id, CancellationToken cancellationToken) => inner.GetCourseAsync(id, cancellationToken);

    public Task<IReadOnlyList<CourseCard>> CoursesForRoleAsync(string roleId, CancellationToken cancellationToken) =>
        inner.CoursesForRoleAsync(roleId, cancellationToken);

    public Task<CourseCard?> EnglishCourseAsync(SearchProfile profile, CancellationToken cancellationToken) =>
        inner.EnglishCourseAsync(profile, cancellationToken);
}
