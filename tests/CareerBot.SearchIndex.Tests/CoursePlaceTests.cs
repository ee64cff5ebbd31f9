using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// A college the resident named as where they want to learn (<see cref="SearchProfile.CoursePlace"/>): its courses
/// come before the same kind of course elsewhere; a name is a provider's when the provider's name starts with it.
/// </summary>
public sealed class CoursePlaceTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private Task<SearchResults> Search(SearchProfile profile) => fixture.Search.SearchAsync(profile, TestContext.Current.CancellationToken);

    private string[] ProviderIds(string courseTitle) =>
        fixture.Data.Courses.Single(c => c.Title == courseTitle).Providers.ToArray();

    [Theory]
    [InlineData("esol", "Walsall College", "col-walsall")]
    [InlineData("esol", "Birmingham Metropolitan College", "col-bmet")]
    [InlineData("english course", "Dudley College", "col-dudley")]
    [InlineData("maths course", "Sandwell College", "col-sandwell")]
    [InlineData("nursing degree", "University of Wolverhampton", "uni-wolverhampton")]
    public async Task Search_CollegeNamed_FirstCourseRunsThere(string words, string college, string providerId)
    {
        var results = await Search(new SearchProfile { Text = words, CoursePlace = college, Limit = 3 });

        var first = results.Items.First(i => i.Kind == ResultKind.Course);
        Assert.Contains(providerId, ProviderIds(first.Title));
    }

    [Fact]
    public async Task Search_NoCollegeNamed_SameAsBefore()
    {
        var plain = await Search(new SearchProfile { Text = "esol", Limit = 5 });
        var unknown = await Search(new SearchProfile { Text = "esol", CoursePlace = "Hogwarts", Limit = 5 });

        Assert.Equal(plain.Items.Select(i => i.Id), unknown.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData("Walsall College", "Walsall College", true)]
    [InlineData("Walsall College", "Walsall Adult and Community College", false)]
    [InlineData("Dudley College", "Dudley College of Technology", true)]
    [InlineData("South and City College", "South & City College Birmingham", true)]
    [InlineData("the sixth form college", "The Sixth Form College, Solihull", true)]
    [InlineData("Birmingham Metropolitan College", "Birmingham Metropolitan College (BMet)", true)]
    [InlineData("", "Walsall College", false)]
    [InlineData(null, "Walsall College", false)]
    [InlineData("Walsall College of Arts", "Walsall College", false)]
    public void Names_SaidAndProviderName_StartsWithTheWords(string? said, string provider, bool expected) =>
        Assert.Equal(expected, ProviderNames.Names(said, provider));
}
