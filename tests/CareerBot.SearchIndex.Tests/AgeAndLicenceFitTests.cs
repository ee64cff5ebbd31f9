using System.Text.RegularExpressions;
using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// A resident's age and driving licence against the catalogue's own rules: a course's age rule (minAge, taken from
/// its entry requirements) and a role's drivingLicence field.
/// </summary>
public sealed partial class AgeAndLicenceFitTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    [Fact]
    public void Catalogue_CourseWithAnAgeInItsEntryRequirements_HasThatMinAge()
    {
        var stated = 0;
        foreach (var c in fixture.Data.Courses)
        {
            var m = AgedPlus().Match(c.EntryRequirements ?? "");
            Assert.True(m.Success == c.MinAge is not null, $"{c.Id}: entry requirements '{c.EntryRequirements}', minAge {c.MinAge}");
            if (!m.Success) continue;
            Assert.Equal(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), c.MinAge);
            stated++;
        }
        Assert.True(stated >= 2);
    }

    [Theory]
    [InlineData("skills bootcamp", 17)]
    [InlineData("bootcamp health care", 18)]
    [InlineData("access to higher education nursing", 16)]
    public async Task Search_ResidentTooYoung_CourseWithAnAgeRuleCannotStartAndSaysWhy(string text, int age)
    {
        var results = await fixture.Search.SearchAsync(new SearchProfile { Text = text, Age = age, Limit = 10 }, TestContext.Current.CancellationToken);
        var ruled = results.Items.Where(s => s.Course is { MinAge: { } min } && min > age).ToList();
        Assert.NotEmpty(ruled);
        foreach (var s in ruled)
        {
            Assert.False(s.CanStartNow, s.Id);
            Assert.Contains(s.Why, w => w.Field == "age");
        }
        var older = await fixture.Search.SearchAsync(new SearchProfile { Text = text, Age = 40, Limit = 10 }, TestContext.Current.CancellationToken);
        foreach (var id in ruled.Select(r => r.Id))
        {
            var same = older.Items.FirstOrDefault(s => s.Id == id);
            Assert.NotNull(same);
            Assert.DoesNotContain(same!.Why, w => w.Field == "age");
            Assert.True(same.Score > ruled.Single(r => r.Id == id).Score, id);
        }
    }

    [Fact]
    public async Task Search_TooYoung_PathwayIsNoCourseForOlderPeople()
    {
        var results = await fixture.Search.SearchAsync(new SearchProfile { Text = "senior healthcare support worker", Age = 17, QualificationLevel = 1, Limit = 10 },
            TestContext.Current.CancellationToken);
        foreach (var s in results.Items.Where(s => s.Pathway is not null))
            Assert.True(s.Pathway!.MinAge is null or <= 17, $"{s.Id}: {s.Pathway.Id}");
    }

    [Fact]
    public async Task Search_NoLicence_RolesThatNeedOneCannotStartAndSayWhy()
    {
        var results = await fixture.Search.SearchAsync(new SearchProfile { Text = "driver", DrivingLicence = false, QualificationLevel = 3, Limit = 10 },
            TestContext.Current.CancellationToken);
        var needs = results.Items.Where(s => fixture.Data.Roles.Any(r => r.Id == s.Id && r.DrivingLicence is "yes" or "usually")).ToList();
        Assert.NotEmpty(needs);
        foreach (var s in needs)
        {
            Assert.False(s.CanStartNow, s.Id);
            Assert.Contains(s.Why, w => w.Field == "licence missing");
        }
    }

    [Fact]
    public async Task Search_Licence_RolesThatNeedOneCanStartAndSayIt()
    {
        var results = await fixture.Search.SearchAsync(new SearchProfile { Text = "driver", DrivingLicence = true, QualificationLevel = 3, Limit = 10 },
            TestContext.Current.CancellationToken);
        foreach (var s in results.Items.Where(s => s.Kind == ResultKind.Role))
        {
            var role = fixture.Data.Roles.Single(r => r.Id == s.Id);
            var needs = role.DrivingLicence is "yes" or "usually";
            // Said as a reason only where the licence is all the job needs besides the level they have.
            Assert.Equal(needs && role.MinQualificationLevel <= 3, s.Why.Any(w => w.Field == "licence"));
            if (!needs) continue;
            if (role.MinQualificationLevel <= 3) Assert.True(s.CanStartNow, s.Id);
        }
        Assert.Contains(results.Items, s => s.Why.Any(w => w.Field == "licence"));
    }

    [Fact]
    public async Task Search_LicenceNotSaid_NoLicenceReason()
    {
        var results = await fixture.Search.SearchAsync(new SearchProfile { Text = "driver", Certificates = ["gcse-english"], QualificationLevel = 3, Limit = 10 },
            TestContext.Current.CancellationToken);
        Assert.DoesNotContain(results.Items, s => s.Why.Any(w => w.Field is "licence"));
    }

    [GeneratedRegex(@"aged (\d+)\+")]
    private static partial Regex AgedPlus();
}
