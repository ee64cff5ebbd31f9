using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

public sealed class RelevanceTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in RelevanceCases.All) data.Add(c.Name);
        return data;
    }

    public static TheoryData<string> HoldOutNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in RelevanceCases.HoldOut) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    [MemberData(nameof(HoldOutNames))]
    public async Task Search_ResidentQuery_ExpectedRolesInTop3(string name)
    {
        var c = RelevanceCases.All.Concat(RelevanceCases.HoldOut).Single(x => x.Name == name);
        var results = await fixture.Search.SearchAsync(c.Profile with { Limit = 3 }, TestContext.Current.CancellationToken);
        var top = results.Items.Select(i => i.Id).ToList();
        foreach (var expected in c.MustBeInTop3)
            Assert.True(top.Contains(expected), $"'{c.Profile.Text}': expected {expected} in top 3, got [{string.Join(", ", top)}]");
    }

    [Fact]
    public async Task Search_AllResidentQueries_ReportsHitAt3AndMrr()
    {
        Assert.True(RelevanceCases.All.Count >= 40);
        var (hitAt3, mrr) = await MeasureAsync(RelevanceCases.All);
        var (holdHit, holdMrr) = await MeasureAsync(RelevanceCases.HoldOut);
        var line = $"RELEVANCE queries={RelevanceCases.All.Count} hit@3={hitAt3:0.000} MRR={mrr:0.000}; " +
                   $"hold-out queries={RelevanceCases.HoldOut.Count} hit@3={holdHit:0.000} MRR={holdMrr:0.000}";
        TestContext.Current.SendDiagnosticMessage(line);
        Console.WriteLine(line);
        Assert.True(hitAt3 >= 0.9, $"hit@3 fell to {hitAt3:0.000}");
    }

    private async Task<(double HitAt3, double Mrr)> MeasureAsync(IReadOnlyList<RelevanceCases.Case> cases)
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
