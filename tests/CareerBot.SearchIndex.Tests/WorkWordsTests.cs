using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// Which typed words name work (<see cref="SearchResults.WorkWords"/>): a job's or a course's names, the synonym
/// table, a family, a course word, or a catalogue word beyond everyday English. Everyday words the catalogue only
/// uses to describe a job ("make", "sure", "big") do not, and are never given back as a reason.
/// </summary>
public sealed class WorkWordsTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private Task<SearchResults> Search(string text, int limit = 5) =>
        fixture.Search.SearchAsync(new SearchProfile { Text = text, Limit = limit }, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("moon made of cheese")]
    [InlineData("i am sure")]
    [InlineData("big and small")]
    [InlineData("life")]
    public async Task SearchAsync_EverydayWordsOnly_NameNoWork(string text)
    {
        var results = await Search(text);

        Assert.Empty(results.WorkWords);
        Assert.DoesNotContain(results.Items.SelectMany(i => i.Why), w => w.Kind is MatchKind.Interest or MatchKind.SpellingFix);
    }

    [Theory]
    [InlineData("porter", "porter")]
    [InlineData("portar", "portar")]
    [InlineData("old people", "old")]
    [InlineData("kitchen", "kitchen")]
    [InlineData("patients", "patients")]
    [InlineData("pushing wheelchairs", "wheelchairs")]
    [InlineData("maths course", "maths")]
    [InlineData("home", "home")]
    public async Task SearchAsync_WordsOfWork_AreNamed(string text, string word)
    {
        var results = await Search(text);

        Assert.Contains(results.WorkWords, w => w.Split(' ').Contains(word));
        Assert.NotEqual(0, results.Total);
    }

    [Fact]
    public async Task SearchAsync_AnEverydayWordBesideWork_IsNoReason()
    {
        var results = await Search("porter made of cheese");

        Assert.Equal(["porter"], results.WorkWords);
        Assert.Equal("porter", results.Items[0].Id);
        Assert.DoesNotContain(results.Items.SelectMany(i => i.Why), w => w.Answer is "made" or "make");
    }
}
