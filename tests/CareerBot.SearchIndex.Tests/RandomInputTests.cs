using System.Text;
using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>Random odd Unicode, FTS5 syntax and catalogue words mixed together: the search never throws.</summary>
public sealed class RandomInputTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private static readonly string[] Pieces =
    [
        "porter", "carer", "nurce", "NEAR", "AND", "OR", "NOT", "\"", "*", "(", ")", ":", "^", "{", "}", "-", "+",
        "🧹", "👩‍⚕️", "🏥", "\u200B", "\u202E", "\u0301", "\uFEFF", "\uD83D", "\uDC00", "\0", "\t", "\n",
        "مرحبا", "שלום", "你好", "Ω", "ß", "İ", "ﬁ", "Ⅻ", "１２", "x-ray", "B15", "Brum", "IT", "it", "'", "’",
    ];

    [Fact]
    public async Task SearchAsync_RandomMixedInput_NeverThrowsAndRespectsLimit()
    {
        var random = new Random(20261122);
        var ct = TestContext.Current.CancellationToken;
        for (var run = 0; run < 400; run++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(0, 12); i > 0; i--)
            {
                text.Append(random.Next(3) == 0 ? (char)random.Next(0, 0xFFFF) : Pieces[random.Next(Pieces.Length)]);
                if (random.Next(2) == 0) text.Append(' ');
            }
            var profile = new SearchProfile
            {
                Text = text.ToString(),
                InterestWords = random.Next(4) == 0 ? [Pieces[random.Next(Pieces.Length)]] : [],
                Place = random.Next(3) == 0 ? Pieces[random.Next(Pieces.Length)] : null,
                MaxMiles = random.Next(3) == 0 ? random.Next(-5, 30) : null,
                QualificationLevel = random.Next(3) == 0 ? random.Next(-2, 10) : null,
                Patterns = (WorkPatterns)random.Next(0, 1024),
                Limit = random.Next(-1, 8),
            };

            var results = await fixture.Search.SearchAsync(profile, ct);

            Assert.True(results.Items.Count <= Math.Max(1, profile.Limit), $"run {run}: {results.Items.Count} items for limit {profile.Limit}");
            Assert.All(results.Items, i => Assert.False(string.IsNullOrEmpty(i.Title)));
        }
    }
}
