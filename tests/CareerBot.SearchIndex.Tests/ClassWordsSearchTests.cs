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
