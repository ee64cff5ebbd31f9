using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>A resident learning English gets an ESOL course as the next step with each job.</summary>
public sealed class EnglishCourseTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private Task<SearchResults> Search(SearchProfile profile) =>
        fixture.Search.SearchAsync(profile, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Search_LearningEnglish_EveryRoleComesWithEsolForHealthAndCare()
    {
        var results = await Search(new SearchProfile { Text = "care work", QualificationLevel = 0, LearningEnglish = true, Limit = 5 });

        var roles = results.Items.Where(i => i.Kind == ResultKind.Role).ToList();
        Assert.NotEmpty(roles);
        Assert.All(roles, r => Assert.Equal("esol-health-care", r.EnglishCourse?.Id));
        Assert.Contains(roles.Take(3), r => r.EnglishCourse!.LeadsToRoleIds.Contains(r.Id));
    }

    [Theory]
    [InlineData(EsolLevel.Entry1, "esol-e1")]
    [InlineData(EsolLevel.Entry2, "esol-e2")]
    [InlineData(EsolLevel.Entry3, "esol-e3")]
    [InlineData(EsolLevel.Level1, "esol-l1")]
    public async Task Search_LearningEnglishAtALevel_PairsThatLevelsCourse(EsolLevel level, string course)
    {
        var results = await Search(new SearchProfile { Text = "cleaner", LearningEnglish = true, EsolLevel = level });

        Assert.All(results.Items.Where(i => i.Kind == ResultKind.Role), r => Assert.Equal(course, r.EnglishCourse?.Id));
    }

    [Fact]
    public async Task Search_LearningEnglishFarFromTheHealthCareCourse_PairsAnEsolCourseWithinReach()
    {
        // Vocational ESOL for health and care is run in Birmingham only; Coventry College runs ESOL Entry 1.
        var results = await Search(new SearchProfile { Text = "porter", LearningEnglish = true, Place = "Coventry", MaxMiles = 5 });

        var porter = Assert.Single(results.Items, i => i.Id == "porter");
        Assert.NotNull(porter.EnglishCourse);
        Assert.StartsWith("esol", porter.EnglishCourse!.Id, StringComparison.Ordinal);
        Assert.Contains(porter.EnglishCourse.Providers, p => p.Contains("Coventry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("want cleaning job", "DY1")]
    [InlineData("cleaner", "Walsall")]
    [InlineData("kitchen porter", "B15")]
    [InlineData("hospital porter", "Coventry")]
    public async Task Search_NotLearningEnglish_EnglishCoursesComeAfterOtherCourses(string words, string place)
    {
        // ESOL courses lead to many entry jobs, so a job's words find them; they suit only residents learning English.
        var results = await Search(new SearchProfile
        {
            Text = words, QualificationLevel = 0, MinHoursPerWeek = 16, MaxHoursPerWeek = 16, Patterns = WorkPatterns.PartTime,
            Place = place, MaxMiles = 5, Limit = 20,
        });

        var items = results.Items.ToList();
        var seen = $"'{words}': " + string.Join(", ", items.Select(i => $"{i.Id} {i.Score}"));
        Assert.DoesNotContain(items.Take(3), i => i.Id.StartsWith("esol", StringComparison.Ordinal));
        var firstCourse = items.FirstOrDefault(i => i.Kind == ResultKind.Course);
        Assert.False(firstCourse?.Id.StartsWith("esol", StringComparison.Ordinal) == true, seen);
    }

    [Theory]
    [InlineData("esol")]
    [InlineData("english classes")]
    public async Task Search_AskingAboutEnglish_FindsEnglishCoursesFirst(string words)
    {
        var results = await Search(new SearchProfile { Text = words, Limit = 3 });

        Assert.Contains(results.Items, i => i.Id.StartsWith("esol", StringComparison.Ordinal) || i.Id.Contains("english", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_NotLearningEnglish_NoEnglishCourseAndSameOrder()
    {
        var plain = await Search(new SearchProfile { Text = "hospital job", QualificationLevel = 0, Limit = 5 });

        Assert.All(plain.Items, i => Assert.Null(i.EnglishCourse));
    }

    [Fact]
    public async Task Search_LearningEnglishBroadSearch_RolesTheCourseLeadsToComeFirst()
    {
        var results = await Search(new SearchProfile { Families = ["social care"], QualificationLevel = 0, LearningEnglish = true, Limit = 3 });

        // ESOL for health and care leads to two social care roles: care worker and home care worker.
        Assert.All(results.Items.Where(i => i.Kind == ResultKind.Role).Take(2),
            r => Assert.Contains(r.Id, r.EnglishCourse!.LeadsToRoleIds));
    }
}
