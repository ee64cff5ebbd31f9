using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// A job the typed words name whole comes first ("chef", "pharmacy technician"); one word that names several jobs
/// ("computers": IT support, the service desk and data analysis all have it as another name) names a field of work,
/// and the search's own order stands.
/// </summary>
public sealed class NamedJobFirstTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private Task<SearchResults> Search(string text) =>
        fixture.Search.SearchAsync(new SearchProfile { Text = text, Limit = 5 }, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("chef", "cook-chef")]
    [InlineData("pharmacy technician", "pharmacy-technician")]
    public async Task OneJobNamedWhole_ComesFirst(string text, string id)
    {
        var results = await Search(text);

        Assert.Equal(id, results.Items[0].Id);
    }

    [Fact]
    public async Task AWordThatNamesSeveralJobs_LiftsNone_SoFitStillOrdersThem()
    {
        // Part-time, with GCSEs: the data analyst (full-time, Level 3) fits less than a part-time course.
        var profile = new SearchProfile { Text = "computers", MinHoursPerWeek = 16, MaxHoursPerWeek = 29, QualificationLevel = 2, Limit = 3 };
        var results = await fixture.Search.SearchAsync(profile, TestContext.Current.CancellationToken);

        // The three jobs named "computers", lifted together, would fill the first three places.
        Assert.Contains(results.Items, i => i.Kind == ResultKind.Course);
    }
}
