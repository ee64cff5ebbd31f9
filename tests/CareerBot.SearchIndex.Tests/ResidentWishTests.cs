using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// hit@3 and MRR for <see cref="ResidentWishCases"/>, through the search the bot uses (query analysis and ranking),
/// with the wish as the resident's own words. A hit is any accepted role in the top 3 (hit@1: first); MRR reads the top 10.
/// </summary>
public sealed class ResidentWishTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    [Fact]
    public async Task Search_ResidentWishes_ReportsHitAt3AndMrr()
    {
        Assert.True(ResidentWishCases.Training.Count + ResidentWishCases.HeldOut.Count >= 60);
        var (first, hit, mrr, misses) = await MeasureAsync(ResidentWishCases.Training);
        var (holdFirst, holdHit, holdMrr, holdMisses) = await MeasureAsync(ResidentWishCases.HeldOut);
        var line = $"WISHES training={ResidentWishCases.Training.Count} hit@1={first:0.000} hit@3={hit:0.000} MRR={mrr:0.000}; " +
                   $"held-out={ResidentWishCases.HeldOut.Count} hit@1={holdFirst:0.000} hit@3={holdHit:0.000} MRR={holdMrr:0.000}";
        TestContext.Current.SendDiagnosticMessage(line);
        Console.WriteLine(line);
        foreach (var m in misses) Console.WriteLine("MISS " + m);
        Assert.True(hit >= 0.9, $"training hit@3 fell to {hit:0.000}: {string.Join("; ", misses)}");
        Assert.True(holdHit >= 0.8, $"held-out hit@3 fell to {holdHit:0.000} ({holdMisses.Count} missed)");
    }

    private async Task<(double HitAt1, double HitAt3, double Mrr, List<string> Misses)> MeasureAsync(IReadOnlyList<ResidentWishCases.Wish> wishes)
    {
        double firsts = 0, hits = 0, reciprocal = 0;
        var misses = new List<string>();
        foreach (var w in wishes)
        {
            var results = await fixture.Search.SearchAsync(new SearchProfile { Text = w.Text, Limit = 10 }, TestContext.Current.CancellationToken);
            var ids = results.Items.Select(i => i.Id).ToList();
            var first = ids.FindIndex(id => w.Accept.Contains(id));
            if (first == 0) firsts++;
            if (first is >= 0 and < 3) hits++;
            else misses.Add($"'{w.Text}' -> [{string.Join(", ", ids.Take(3))}]");
            if (first >= 0) reciprocal += 1.0 / (first + 1);
        }
        return (firsts / wishes.Count, hits / wishes.Count, reciprocal / wishes.Count, misses);
    }
}
