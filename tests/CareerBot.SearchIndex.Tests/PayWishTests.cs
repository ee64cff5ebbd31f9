using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// Pay asked for, against the catalogue's pay (a year, full time): jobs that pay it come first.
/// </summary>
public sealed class PayWishTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    [Theory]
    [InlineData("kitchen", 25_000)]
    [InlineData("stores", 25_000)]
    public async Task Search_PayAskedForThatSomeJobsReach_ThoseJobsComeFirst(string text, int minPay)
    {
        var results = await fixture.Search.SearchAsync(new SearchProfile { Text = text, MinPayPerYear = minPay, Limit = 3 }, TestContext.Current.CancellationToken);
        var first = results.Items.First(s => s.Role is not null).Role!;
        Assert.True((first.PayHigh ?? first.PayLow) >= minPay, $"{text}: {first.Id} pays {first.PayHigh}");
    }
}
