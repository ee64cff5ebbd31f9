using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// A word typed with others that only one or two jobs have in a name ("senior", "deputy") says which of the jobs the
/// other words found is meant: it comes first.
/// </summary>
public sealed class FewNamedFirstTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    [Theory]
    [InlineData("senior care assistant", "Senior")]
    [InlineData("deputy manager care home", "Deputy manager")]
    public async Task Search_WordFewJobsAreNamedBy_ThoseJobsFirst(string text, string first)
    {
        var results = await fixture.Search.SearchAsync(new SearchProfile { Text = text, Limit = 3 }, TestContext.Current.CancellationToken);
        Assert.True(results.Items[0].Title.StartsWith(first, StringComparison.Ordinal), string.Join(" | ", results.Items.Select(s => s.Title)));
    }
}
