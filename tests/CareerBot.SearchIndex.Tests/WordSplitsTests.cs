using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// Words split or run together as residents type them (by text especially), over the real catalogue: one word typed
/// in two is the catalogue's word, not a typo of another ("ware house" was "ward house"); words typed with no spaces
/// are the words they are made of ("iwantporterjob" found nothing). Two real words of the catalogue stay two words.
/// </summary>
public sealed class WordSplitsTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private Task<SearchResults> Search(string text) =>
        fixture.Search.SearchAsync(new SearchProfile { Text = text, Limit = 3 }, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("ware house job", "stores-assistant")]
    [InlineData("fork lift", "stores-assistant")]
    [InlineData("iwantporterjob", "porter")]
    [InlineData("carehome", "care-worker")]
    [InlineData("helpoldpeople", "care-worker")]
    public async Task Search_WordsSplitOrRunTogether_FindTheRole(string text, string role)
    {
        var results = await Search(text);

        Assert.Equal(role, results.Items[0].Id);
        Assert.Empty(results.UnmatchedWords);
    }

    [Theory]
    [InlineData("ware house", "warehouse")]
    [InlineData("iwantporterjob", "porter")]
    public async Task Search_WordsSplitOrRunTogether_AreSaidAsMended(string text, string used)
    {
        var results = await Search(text);

        Assert.Contains(results.Corrections, c => c.Used == used);
        Assert.DoesNotContain(results.Corrections, c => c.Used == "ward");
    }

    [Theory]
    [InlineData("health care")]
    [InlineData("care home")]
    [InlineData("part time")]
    [InlineData("kitchin")]
    [InlineData("recepshonist")]
    public async Task Search_TwoKnownWordsOrANearTypo_AreNotJoinedOrSplit(string text)
    {
        var results = await Search(text);

        Assert.DoesNotContain(results.Corrections, c => c.Used.Contains(' ', StringComparison.Ordinal) || c.Typed.Contains(' ', StringComparison.Ordinal) && c.Used == c.Typed.Replace(" ", "", StringComparison.Ordinal));
    }
}
