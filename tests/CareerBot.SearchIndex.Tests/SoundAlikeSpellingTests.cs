using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// Words of the catalogue spelt by sound, as residents learning English write them ("farmasy", "resepshonist"), or
/// texted with the vowels left out ("hsptl", "kchn"), over the real catalogue: each finds the work it sounds like.
/// Before, two or more letters changed was too far for the spelling fixer, and a word one letter from one of the
/// spelling table's own misspellings ("farmasy", near its "farmacy") was read as that misspelling and found nothing.
/// </summary>
public sealed class SoundAlikeSpellingTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private Task<SearchResults> Search(string text) =>
        fixture.Search.SearchAsync(new SearchProfile { Text = text, Limit = 3 }, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("farmasy", "pharmacy")]
    [InlineData("resepshonist", "receptionist")]
    [InlineData("wherehouse", "warehouse")]
    [InlineData("hsptl", "hospital")]
    [InlineData("kchn", "kitchen")]
    public async Task Search_WordSpeltBySound_IsReadAsTheWordItSoundsLike(string text, string used)
    {
        var results = await Search(text);

        Assert.Contains(results.Corrections, c => c.Used == used);
        Assert.NotEmpty(results.Items);
        Assert.Empty(results.UnmatchedWords);
    }

    [Theory]
    [InlineData("farmasi", "pharmacy")]
    [InlineData("farmacy", "pharmacy")]
    [InlineData("sekurity", "security")]
    public void SoundKey_SpeltBySound_IsTheKnownWordsKey(string typed, string known) =>
        Assert.Equal(SoundKey.Of(known), SoundKey.Of(typed));

    [Theory]
    [InlineData("care", "core")]
    [InlineData("clinic", "clinical")]
    public void SoundKey_WordsThatSoundOtherwise_HaveOtherKeysOrAreTooShortToMatch(string a, string b) =>
        Assert.False(SoundKey.Alike(a, SoundKey.Of(a), b, SoundKey.Of(b)));

    [Theory]
    [InlineData("")]
    [InlineData("Ünïcödé")]
    [InlineData("x")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void SoundKey_OddInput_IsEmptyOrShort(string word) =>
        Assert.True(SoundKey.Of(word).Length <= 2);
}
