using System.Text;
using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>Bad and odd queries never throw and give a sensible answer.</summary>
public sealed class OddInputTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private Task<SearchResults> Search(string? text, int? level = null) =>
        fixture.Search.SearchAsync(new SearchProfile { Text = text, QualificationLevel = level, Limit = 5 }, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("the and of to I want a job please")]
    public async Task SearchAsync_NoContentWords_ReturnsBroadEntryLevelRoles(string? text)
    {
        var results = await Search(text, level: 0);

        Assert.NotEmpty(results.Items);
        Assert.All(results.Items, i => Assert.Equal(ResultKind.Role, i.Kind));
        Assert.All(results.Items, i => Assert.True(i.CanStartNow));
    }

    [Theory]
    [InlineData("\"porter")]
    [InlineData("porter\"")]
    [InlineData("porter*")]
    [InlineData("* porter")]
    [InlineData("porter NEAR cleaner")]
    [InlineData("NEAR(porter cleaner, 2)")]
    [InlineData("porter AND")]
    [InlineData("OR porter")]
    [InlineData("NOT porter")]
    [InlineData("(porter")]
    [InlineData("porter)")]
    [InlineData("title:porter")]
    [InlineData("{title summary}: porter")]
    [InlineData("^porter")]
    [InlineData("porter'; DROP TABLE docs; --")]
    [InlineData("porter + - : ; \\ / ? !")]
    public async Task SearchAsync_Fts5SyntaxCharacters_AreTreatedAsText(string text)
    {
        var results = await Search(text);

        Assert.Contains(results.Items.Take(3), i => i.Id == "porter");
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("NEAR")]
    [InlineData("\"\"\"\"")]
    [InlineData("*")]
    [InlineData("()")]
    [InlineData("-")]
    public async Task SearchAsync_OnlySyntax_DoesNotThrow(string text)
    {
        var results = await Search(text);

        Assert.NotNull(results);
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public async Task SearchAsync_TenKilobytes_ReturnsPromptly()
    {
        var text = string.Concat(Enumerable.Repeat("I would like to work as a porter in the hospital ", 220));
        Assert.True(Encoding.UTF8.GetByteCount(text) >= 10_000);

        var results = await Search(text);

        Assert.Contains(results.Items.Take(3), i => i.Id == "porter");
    }

    [Fact]
    public async Task SearchAsync_TenKilobytesOfNoise_ReturnsWithoutThrowing()
    {
        var random = new Random(7);
        var text = new string(Enumerable.Range(0, 10_240).Select(_ => (char)random.Next(0x20, 0x2FFF)).ToArray());

        var results = await Search(text);

        Assert.NotNull(results);
    }

    [Theory]
    [InlineData("🧹 cleaner 🏥")]
    [InlineData("cleaner\u200B")]
    [InlineData("ｃｌｅａｎｅｒ")]
    [InlineData("CLEANER")]
    [InlineData("cle\u0301aner")]
    public async Task SearchAsync_EmojiAndUnicodeForms_StillFindRole(string text)
    {
        var results = await Search(text);

        Assert.Contains(results.Items.Take(3), i => i.Id == "domestic-assistant");
    }

    [Theory]
    [InlineData("😀😀😀")]
    [InlineData("\uD83D")]
    [InlineData("\u0000\u0001\u001F")]
    [InlineData("\u202Eretrop\u202C")]
    public async Task SearchAsync_OnlyEmojiOrControlCharacters_DoesNotThrow(string text)
    {
        var results = await Search(text);

        Assert.NotNull(results);
    }

    [Theory]
    [InlineData("أريد عمل في المستشفى")]
    [InlineData("אני רוצה לעבוד")]
    [InlineData("میں نرس بننا چاہتی ہوں")]
    public async Task SearchAsync_RightToLeftText_ReportsUnmatchedWordsInsteadOfGuessing(string text)
    {
        var results = await Search(text);

        Assert.Empty(results.Items);
        Assert.NotEmpty(results.UnmatchedWords);
    }

    [Fact]
    public async Task SearchAsync_RightToLeftMixedWithEnglish_UsesTheEnglish()
    {
        var results = await Search("أريد porter عمل");

        Assert.Contains(results.Items.Take(3), i => i.Id == "porter");
    }

    [Fact]
    public async Task SearchAsync_WordNotInCatalogue_IsReportedAsGap()
    {
        var results = await Search("astronaut");

        Assert.Contains("astronaut", results.UnmatchedWords);
    }

    [Theory]
    [InlineData(-5, 0)]
    [InlineData(0, -3)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public async Task SearchAsync_OddLimitAndOffset_AreClamped(int limit, int offset)
    {
        var results = await fixture.Search.SearchAsync(
            new SearchProfile { Text = "care", Limit = limit, Offset = offset, QualificationLevel = 99, MaxMiles = double.NaN, Place = "\u0000" },
            TestContext.Current.CancellationToken);

        Assert.True(results.Items.Count <= CatalogueSearch.MaxLimit);
    }

    [Fact]
    public async Task SearchAsync_CancelledToken_Throws()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            fixture.Search.SearchAsync(new SearchProfile { Text = "porter" }, cancel.Token));
    }
}
