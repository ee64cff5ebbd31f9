using CareerBot.SearchIndex.Index;

namespace CareerBot.SearchIndex.Tests;

/// <summary>A synonym phrase is found whether the resident says its words in the singular or the plural.</summary>
public sealed class SynonymPhraseFormTests
{
    [Theory]
    [InlineData("tests", "test")]
    [InlineData("babies", "baby")]
    [InlineData("dishes", "dish")]
    [InlineData("nurses", "nurse")]
    [InlineData("care homes", "care home")]
    [InlineData("glass", "glass")]
    [InlineData("bus", "bus")]
    public void Singular_PlainEndings_TheSingular(string words, string singular) => Assert.Equal(singular, SynonymTable.Singular(words));
}
