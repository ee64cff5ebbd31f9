using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// The days of the week a resident can work reach the ranking and the reasons: a job whose hours may need other days
/// comes lower and never says the hours match; one that suits the days says so.
/// </summary>
public sealed class DayFitTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private Task<SearchResults> Search(SearchProfile profile) =>
        fixture.Search.SearchAsync(profile, TestContext.Current.CancellationToken);

    private async Task<Suggestion> Role(string text, string id, IReadOnlyList<DayOfWeek> days)
    {
        var results = await Search(new SearchProfile { Text = text, QualificationLevel = 3, Days = days, Limit = 20 });
        return Assert.Single(results.Items, i => i.Id == id);
    }

    [Fact]
    public async Task Search_NoWeekends_RoleWithWeekendsMayNotFit()
    {
        var clerk = await Role("ward clerk", "ward-clerk", Weekdays);

        var days = Assert.Single(clerk.Why, w => w.Kind == MatchKind.Hours);
        Assert.Equal(("weekdays only", MatchReason.HoursMaybe, "weekends"), (days.Answer, days.Field, days.Detail));
    }

    [Fact]
    public async Task Search_NoWeekends_WeekdayRoleFits()
    {
        var admin = await Role("admin assistant", "admin-assistant", Weekdays);

        var days = Assert.Single(admin.Why, w => w.Kind == MatchKind.Hours);
        Assert.Equal(("weekdays only", MatchReason.HoursFit), (days.Answer, days.Field));
    }

    [Fact]
    public async Task Search_TwoWeekdays_FullTimeOnlyRoleDoesNotFit()
    {
        var it = await Role("it apprentice", "it-apprentice", [DayOfWeek.Thursday, DayOfWeek.Tuesday]);

        var days = Assert.Single(it.Why, w => w.Kind == MatchKind.Hours);
        Assert.Equal(("only on Tuesday and Thursday", MatchReason.HoursMissing), (days.Answer, days.Field));
    }

    [Fact]
    public async Task Search_NotSunday_SaturdaysFitButWeekendsMayNot()
    {
        var days = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday };
        var apprentice = await Role("pharmacy apprentice", "pharmacy-services-apprentice", days);
        var counter = await Role("medicines counter assistant", "medicines-counter-assistant", days);

        Assert.Contains(apprentice.Why, w => w is { Kind: MatchKind.Hours, Answer: "every day but Sunday", Field: MatchReason.HoursFit });
        Assert.Contains(counter.Why, w => w is { Kind: MatchKind.Hours, Answer: "every day but Sunday", Field: MatchReason.HoursMaybe, Detail: "weekends" });
    }

    [Fact]
    public async Task Search_NoWeekends_RoleWithWeekendsFallsBehindOneWithout()
    {
        var any = await Search(new SearchProfile { Text = "admin clerk", QualificationLevel = 3, Limit = 20 });
        var weekdays = await Search(new SearchProfile { Text = "admin clerk", QualificationLevel = 3, Days = Weekdays, Limit = 20 });

        double Score(SearchResults r, string id) => Assert.Single(r.Items, i => i.Id == id).Score;
        Assert.True(Score(weekdays, "ward-clerk") < Score(any, "ward-clerk"));
        Assert.True(Score(weekdays, "admin-assistant") > Score(any, "admin-assistant"));
        Assert.True(Score(weekdays, "admin-assistant") > Score(weekdays, "ward-clerk"));
    }

    [Fact]
    public async Task Search_EveryDayOrNone_NoDaysReason()
    {
        var all = await Search(new SearchProfile { Text = "porter", Days = Enum.GetValues<DayOfWeek>(), Limit = 10 });
        var none = await Search(new SearchProfile { Text = "porter", Limit = 10 });

        Assert.All(all.Items.Concat(none.Items), i => Assert.DoesNotContain(i.Why, w => w.Kind == MatchKind.Hours));
    }

    [Fact]
    public async Task Search_SomeDays_EveryRoleHasADaysReasonAndNoCourseHasOne()
    {
        var results = await Search(new SearchProfile { Text = "care", Days = [DayOfWeek.Monday, DayOfWeek.Wednesday], Limit = 30 });

        Assert.Contains(results.Items, i => i.Kind == ResultKind.Course);
        foreach (var item in results.Items)
        {
            var days = item.Why.Where(w => w.Kind == MatchKind.Hours && w.Answer == "only on Monday and Wednesday").ToList();
            Assert.Equal(item.Kind == ResultKind.Role ? 1 : 0, days.Count);
        }
    }
}
