using CareerBot.SearchIndex.Query;
using CareerBot.Tests.FitRanking;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// Searches with hours, a place or a level (<see cref="FitRankingCases"/>): fit reorders the roles the words are
/// about, and never lifts a role the words hardly touch over them.
/// </summary>
public sealed class FitRankingTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in FitRankingCases.All) data.Add(c.Name);
        return data;
    }

    public static TheoryData<string> HoldOutNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in FitRankingCases.HoldOut) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    [MemberData(nameof(HoldOutNames))]
    public async Task Search_WithHoursPlaceOrLevel_RelevantRolesComeFirst(string name)
    {
        var c = FitRankingCases.All.Concat(FitRankingCases.HoldOut).Single(x => x.Name == name);
        var results = await fixture.Search.SearchAsync(c.Profile with { Limit = CatalogueSearch.MaxLimit }, TestContext.Current.CancellationToken);

        var roles = results.Items.Where(i => i.Kind == ResultKind.Role).Select(i => i.Id).ToList();
        var shown = string.Join(", ", results.Items.Take(6).Select(i => $"{i.Id} {i.Score:0.###}"));
        var top3 = results.Items.Take(3).Select(i => i.Id).ToList();
        foreach (var expected in c.MustBeInTop3)
            Assert.True(top3.Contains(expected), $"{c.Name}: expected {expected} in top 3, got {shown}");
        // The relevant roles found come first: as many of the first roles (up to 3) as there are relevant ones.
        var found = roles.Count(c.Relevant.Contains);
        var first = roles.Take(Math.Min(3, found)).ToList();
        Assert.True(first.All(c.Relevant.Contains), $"{c.Name}: a role the words hardly touch is in the first {first.Count}: {shown}");
    }

    [Fact]
    public async Task Search_WithHoursPlaceOrLevel_ReportsHitAt3AndMrr()
    {
        Assert.True(FitRankingCases.All.Count >= 15);
        var (hit, mrr) = await MeasureAsync(FitRankingCases.All);
        var (holdHit, holdMrr) = await MeasureAsync(FitRankingCases.HoldOut);
        var line = $"FIT RANKING queries={FitRankingCases.All.Count} hit@3={hit:0.000} MRR={mrr:0.000}; " +
                   $"hold-out queries={FitRankingCases.HoldOut.Count} hit@3={holdHit:0.000} MRR={holdMrr:0.000}";
        TestContext.Current.SendDiagnosticMessage(line);
        Console.WriteLine(line);
        Assert.True(hit >= 0.9, $"hit@3 fell to {hit:0.000}");
    }

    private async Task<(double HitAt3, double Mrr)> MeasureAsync(IReadOnlyList<FitRankingCases.Case> cases)
    {
        double hits = 0, reciprocal = 0;
        foreach (var c in cases)
        {
            var results = await fixture.Search.SearchAsync(c.Profile with { Limit = 10 }, TestContext.Current.CancellationToken);
            var ids = results.Items.Select(i => i.Id).ToList();
            if (c.MustBeInTop3.All(e => ids.Take(3).Contains(e))) hits++;
            var firstRank = c.MustBeInTop3.Select(e => ids.IndexOf(e)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (firstRank >= 0) reciprocal += 1.0 / (firstRank + 1);
        }
        return (hits / cases.Count, reciprocal / cases.Count);
    }
}
