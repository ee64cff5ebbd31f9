using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// "classes", "lessons" said with no subject are the same wish as "course": every course is one, so the courses that
/// fit the rest of the words (the evening) come first, not the one summary that says "class" or the "classroom" way
/// of study. A class "at night" is an evening class.
/// </summary>
public sealed class ClassWordsSearchTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private async Task<List<Suggestion>> TopAsync(string text) =>
        [.. (await fixture.Search.SearchAsync(new SearchProfile { Text = text, QualificationLevel = 0, Limit = 3 }, TestContext.Current.CancellationToken)).Items];

    private static string Seen(List<Suggestion> items) => string.Join(", ", items.Select(i => i.Id));

    [Theory]
    [InlineData("evening classes")]
    [InlineData("evening class")]
    [InlineData("night classes")]
    [InlineData("a course at night")]
    public async Task Search_ClassesAtATime_CoursesRunThenFirst(string text)
    {
        var top = await TopAsync(text);

        Assert.True(top.Count == 3 && top.All(i => i.Course is { } c && c.Modes.Contains("evening")), $"'{text}': {Seen(top)}");
    }

    [Theory]
    [InlineData("lessons")]
    [InlineData("some lessons please")]
    [InlineData("classes")]
    public async Task Search_OnlyClassesOrLessons_FindsCoursesAsCourseDoes(string text)
    {
        var top = await TopAsync(text);
        var course = await TopAsync("course");

        Assert.Equal(Seen(course), Seen(top));
    }
}

/// <summary>
/// A course and a job both asked for ("i need esol and a cleaning job"): the first page shows both, jobs and courses
/// taking turns; a course asked for a job ("courses for care jobs", "training to work in a hospital") shows courses.
/// </summary>
public sealed class CourseAndJobSearchTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private async Task<List<Suggestion>> TopAsync(string text) =>
        [.. (await fixture.Search.SearchAsync(new SearchProfile { Text = text, QualificationLevel = 0, Limit = 3 }, TestContext.Current.CancellationToken)).Items];

    private static string Seen(List<Suggestion> items) => string.Join(", ", items.Select(i => i.Id));

    [Theory]
    [InlineData("i need esol and a cleaning job", "domestic-assistant", "esol")]
    [InlineData("porter job and maths course", "porter", "maths")]
    [InlineData("i want to do esol and work as a cleaner", "domestic-assistant", "esol")]
    public async Task Search_CourseAndAJob_FirstPageShowsBoth(string text, string job, string course)
    {
        var top = await TopAsync(text);

        Assert.True(top.Any(i => i.Kind == ResultKind.Role && i.Id == job), $"'{text}': {Seen(top)}");
        Assert.True(top.Any(i => i.Kind == ResultKind.Course && i.Id.Contains(course, StringComparison.Ordinal)), $"'{text}': {Seen(top)}");
    }

    [Theory]
    [InlineData("training to work in a hospital")]
    [InlineData("a course to get a job")]
    [InlineData("english course for my job")]
    public async Task Search_CourseForAJob_CoursesOnly(string text)
    {
        var top = await TopAsync(text);

        Assert.True(top.Count == 3 && top.All(i => i.Kind == ResultKind.Course), $"'{text}': {Seen(top)}");
    }
}
