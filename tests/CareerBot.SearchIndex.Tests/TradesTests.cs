using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>A trade named ("plumber", "sparky") is the craftsperson's job first; a handyman's is the maintenance assistant's.</summary>
public sealed class TradesTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private async Task<List<string>> TopAsync(string text) =>
        [.. (await fixture.Search.SearchAsync(new SearchProfile { Text = text, Limit = 3, QualificationLevel = 3 }, TestContext.Current.CancellationToken)).Items.Select(i => i.Id)];

    [Theory]
    [InlineData("plumber")]
    [InlineData("electrician")]
    [InlineData("sparky")]
    [InlineData("joiner")]
    public async Task Search_ATrade_CraftspersonFirst(string text)
    {
        var top = await TopAsync(text);

        Assert.True(top.Count > 0 && top[0] == "estates-craftsperson", $"'{text}': {string.Join(", ", top)}");
    }

    [Theory]
    [InlineData("handyman")]
    [InlineData("odd jobs and repairs")]
    public async Task Search_AHandyman_MaintenanceAssistantFirst(string text)
    {
        var top = await TopAsync(text);

        Assert.True(top.Count > 0 && top[0] == "estates-support-worker", $"'{text}': {string.Join(", ", top)}");
    }
}
