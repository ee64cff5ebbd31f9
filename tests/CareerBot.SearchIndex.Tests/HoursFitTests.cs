using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>Suggestions fit the hours and times the resident gave, and never claim a fit that is not there.</summary>
public sealed class HoursFitTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in HoursFitCases.All) data.Add(c.Name);
        return data;
    }

    private Task<SearchResults> Search(SearchProfile profile) =>
        fixture.Search.SearchAsync(profile, TestContext.Current.CancellationToken);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Search_HoursOrTimesGiven_RolesThatFitComeFirst(string name)
    {
        var c = HoursFitCases.All.Single(x => x.Name == name);
        var wanted = HoursFitCases.Wanted(c.Profile);

        var results = await Search(c.Profile with { Limit = 3 });

        var top = results.Items.Where(i => i.Kind == ResultKind.Role).ToList();
        var ids = top.Select(i => i.Id).ToList();
        var shown = string.Join(", ", top.Select(i => $"{i.Id} {i.Score:0.###} [{string.Join(", ", i.Role!.HoursPatterns)}]"));
        foreach (var expected in c.MustBeInTop3) Assert.True(ids.Contains(expected), $"{c.Name}: expected {expected} in top 3, got {shown}");
        foreach (var unwanted in c.MustNotBeInTop3) Assert.False(ids.Contains(unwanted), $"{c.Name}: {unwanted} does not fit but is in top 3: {shown}");
        if (c.Top3AllFit)
            Assert.All(top, i => Assert.True(HoursFitCases.Offers(i.Role!.HoursPatterns, wanted), $"{c.Name}: {i.Id} does not fit but is in top 3: {shown}"));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Search_HoursOrTimesGiven_SaysHoursFitOnlyWhenTheyDo(string name)
    {
        var c = HoursFitCases.All.Single(x => x.Name == name);
        var wanted = HoursFitCases.Wanted(c.Profile);

        var results = await Search(c.Profile with { Limit = 10 });

        Assert.NotEmpty(results.Items);
        foreach (var role in results.Items.Where(i => i.Kind == ResultKind.Role))
        {
            var hours = role.Why.Where(w => w.Kind == MatchKind.Hours).ToList();
            Assert.NotEmpty(hours);
            if (HoursFitCases.Offers(role.Role!.HoursPatterns, wanted))
                Assert.All(hours, w => Assert.Equal(MatchReason.HoursFit, w.Field));
            else
                Assert.Contains(hours, w => w.Field != MatchReason.HoursFit);
        }
    }

    [Fact]
    public async Task Search_PartTimeWanted_RoleWithEveningsButNoPartTimeIsNotPartTime()
    {
        var results = await Search(new SearchProfile { Text = "caretaker", MaxHoursPerWeek = 16, Limit = 3 });

        var caretaker = Assert.Single(results.Items, i => i.Id == "caretaker");
        Assert.DoesNotContain(caretaker.Why, w => w is { Kind: MatchKind.Hours, Field: MatchReason.HoursFit });
        Assert.Contains(caretaker.Why, w => w is { Kind: MatchKind.Hours, Answer: "part-time", Field: MatchReason.HoursMissing });
    }

    [Fact]
    public async Task Search_SameWordsWithAndWithoutPartTime_RoleWithoutPartTimeFallsBehindOneWithIt()
    {
        var any = await Search(new SearchProfile { Text = "kitchen", QualificationLevel = 0, Limit = 10 });
        var partTime = await Search(new SearchProfile { Text = "kitchen", QualificationLevel = 0, MaxHoursPerWeek = 16, Limit = 10 });

        int Rank(SearchResults r, string id) => r.Items.Select(i => i.Id).ToList().IndexOf(id) is var at and >= 0 ? at : int.MaxValue;
        Assert.True(Rank(partTime, "catering-assistant") < Rank(partTime, "cook-chef"));
        Assert.True(Rank(partTime, "cook-chef") >= Rank(any, "cook-chef"));
    }
}
