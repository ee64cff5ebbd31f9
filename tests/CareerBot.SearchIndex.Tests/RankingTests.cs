using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>Fit rules: qualification, pathway courses, hours, travel, families and explanations.</summary>
public sealed class RankingTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private Task<SearchResults> Search(SearchProfile profile) =>
        fixture.Search.SearchAsync(profile, TestContext.Current.CancellationToken);

    [Fact]
    public async Task SearchAsync_RoleAboveLevel_ComesWithPathwayCourseThatLeadsThere()
    {
        var results = await Search(new SearchProfile { Text = "registered nurse", QualificationLevel = 0, Limit = 10 });

        var nurse = Assert.Single(results.Items, i => i.Id == "registered-nurse");
        Assert.False(nurse.CanStartNow);
        Assert.NotNull(nurse.Pathway);
        Assert.Contains("registered-nurse", nurse.Pathway!.LeadsToRoleIds);
        Assert.Contains(nurse.Why, w => w is { Kind: MatchKind.Qualification, Field: "level" });
    }

    [Fact]
    public async Task SearchAsync_RoleWithinLevel_CanStartNowWithoutPathway()
    {
        var results = await Search(new SearchProfile { Text = "porter", QualificationLevel = 0 });

        var porter = Assert.Single(results.Items, i => i.Id == "porter");
        Assert.True(porter.CanStartNow);
        Assert.Null(porter.Pathway);
    }

    [Fact]
    public async Task SearchAsync_SameWordsDifferentLevels_StartNowRolesRankHigher()
    {
        var low = await Search(new SearchProfile { Text = "pharmacy", QualificationLevel = 0, Limit = 10 });
        var high = await Search(new SearchProfile { Text = "pharmacy", QualificationLevel = 7, Limit = 10 });

        var pharmacistLow = low.Items.Single(i => i.Id == "pharmacist");
        var pharmacistHigh = high.Items.Single(i => i.Id == "pharmacist");
        Assert.False(pharmacistLow.CanStartNow);
        Assert.True(pharmacistHigh.CanStartNow);
        Assert.True(pharmacistHigh.Score > pharmacistLow.Score);
        var firstLow = low.Items.First(i => i.Kind == ResultKind.Role);
        Assert.True(firstLow.CanStartNow, $"{firstLow.Id} ranked first but cannot start");
    }

    [Fact]
    public async Task SearchAsync_NurseWithNoQualifications_OffersFirstStepRole()
    {
        var results = await Search(new SearchProfile { Text = "nurse", QualificationLevel = 0, Limit = 3 });

        var step = Assert.Single(results.Items, i => i.Id == "healthcare-support-worker");
        Assert.Contains(step.Why, w => w.Field == "progression");
    }

    [Fact]
    public async Task SearchAsync_CareCertificateExample_PairsHealthCareSupportWorkerWithCourse()
    {
        var results = await Search(new SearchProfile { Text = "healthcare assistant", QualificationLevel = 0, Limit = 5 });

        var hcsw = Assert.Single(results.Items, i => i.Id == "healthcare-support-worker");
        Assert.False(hcsw.CanStartNow);
        Assert.NotNull(hcsw.Pathway);
        Assert.Contains("healthcare-support-worker", hcsw.Pathway!.LeadsToRoleIds);
    }

    [Fact]
    public async Task SearchAsync_PartTimeHours_PrefersRolesOfferingPartTime()
    {
        var results = await Search(new SearchProfile { Text = "admin office", MaxHoursPerWeek = 16, Limit = 5 });

        var top = results.Items.First(i => i.Kind == ResultKind.Role);
        Assert.Contains("part-time", top.Role!.HoursPatterns);
        Assert.Contains(top.Why, w => w is { Kind: MatchKind.Hours, Answer: "part-time" });
    }

    [Fact]
    public async Task SearchAsync_NightsInText_RolesWithNightsRankFirst()
    {
        var results = await Search(new SearchProfile { Text = "hospital nights", QualificationLevel = 0, Limit = 5 });

        Assert.All(results.Items.Where(i => i.Kind == ResultKind.Role).Take(3),
            i => Assert.Contains(i.Role!.HoursPatterns, h => h.Contains("night", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SearchAsync_CourseTooFarAndNotOnline_IsLeftOut()
    {
        // Walsall College, Sandwell College etc. are more than 2 miles from Coventry city centre.
        var near = await Search(new SearchProfile { Text = "esol english course", Place = "Coventry", MaxMiles = 2, Limit = 50 });
        var anywhere = await Search(new SearchProfile { Text = "esol english course", Limit = 50 });

        Assert.True(near.Total < anywhere.Total);
        Assert.All(near.Items.Where(i => i.Kind == ResultKind.Course),
            i => Assert.Contains(i.Why, w => w.Kind == MatchKind.Travel));
    }

    [Fact]
    public async Task SearchAsync_CourseWords_BringCoursesUp()
    {
        var results = await Search(new SearchProfile { Text = "english course", QualificationLevel = 0, Limit = 3 });

        Assert.All(results.Items, i => Assert.Equal(ResultKind.Course, i.Kind));
    }

    [Fact]
    public async Task SearchAsync_ExcludedFamily_IsLeftOut()
    {
        var results = await Search(new SearchProfile { Text = "hospital", ExcludedFamilies = ["clinical"], Limit = 50 });

        Assert.DoesNotContain(results.Items, i => i.Role?.Family == "clinical");
    }

    [Theory]
    [InlineData("cleaning kitchen porter", "cleaning")]
    [InlineData("hospital", "blood")]
    [InlineData("driving", "ambulance")]
    public async Task SearchAsync_UnwantedWord_LeavesOutTheRolesItNamesBeforeCountingAndPaging(string text, string unwanted)
    {
        var all = await Every(new SearchProfile { Text = text });
        var named = all.Count(i => i.Role is { } r && UnwantedWords.Names(r.Title, r.OtherNames, [unwanted]));
        Assert.True(named > 0, $"no role named by \"{unwanted}\" for \"{text}\": the case tests nothing");

        var without = await Search(new SearchProfile { Text = text, ExcludedWords = [unwanted], Limit = 3 });

        Assert.Equal(3, without.Items.Count);
        Assert.DoesNotContain(without.Items, i => i.Role is { } r && UnwantedWords.Names(r.Title, r.OtherNames, [unwanted]));
        Assert.Equal(all.Count - named, without.Total);
    }

    /// <summary>Every result of a search, page by page.</summary>
    private async Task<List<Suggestion>> Every(SearchProfile profile)
    {
        var items = new List<Suggestion>();
        while (true)
        {
            var page = await Search(profile with { Offset = items.Count, Limit = 20 });
            items.AddRange(page.Items);
            if (page.Items.Count == 0 || items.Count >= page.Total) return items;
        }
    }

    [Theory]
    [InlineData("Hospital cleaner", "cleaning", true)]
    [InlineData("Patient transport driver", "driving", true)]
    [InlineData("Phlebotomist", "blood", false)]
    [InlineData("Care worker", "car", false)]
    [InlineData("Catering assistant", "cleaning", false)]
    public void UnwantedWords_Names_ByTheStartOfAWord(string title, string unwanted, bool names) =>
        Assert.Equal(names, UnwantedWords.Names(title, [], [unwanted]));

    [Fact]
    public async Task SearchAsync_ChosenFamilyOnly_ReturnsThatFamily()
    {
        var results = await Search(new SearchProfile { Families = ["digital"], Limit = 3 });

        Assert.NotEmpty(results.Items);
        Assert.All(results.Items, i => Assert.Equal("digital", i.Role!.Family));
    }

    [Fact]
    public async Task SearchAsync_FamilyWordFromButton_MatchesCatalogueFamily()
    {
        var results = await Search(new SearchProfile { Families = ["Care"], Limit = 5 });

        Assert.NotEmpty(results.Items);
        Assert.All(results.Items, i => Assert.Equal("social care", i.Role!.Family));
    }

    [Fact]
    public async Task SearchAsync_Synonym_WhySaysWhichWordMatchedWhichField()
    {
        var results = await Search(new SearchProfile { Text = "carer", Limit = 1 });

        var top = Assert.Single(results.Items);
        Assert.Equal("care-worker", top.Id);
        Assert.Contains(top.Why, w => w.Answer == "carer" && w.Field is "other names" or "title");
    }

    [Fact]
    public async Task SearchAsync_TypoNoTableLists_IsCorrectedFromIndexVocabulary()
    {
        // "phlebotomst" and "radiografer" are not in the synonym table.
        var results = await Search(new SearchProfile { Text = "radiografer", Limit = 3 });

        Assert.Contains(results.Corrections, c => c.Typed == "radiografer" && c.Used.StartsWith("radiograph", StringComparison.Ordinal));
        Assert.Contains(results.Items, i => i.Id == "radiographer");
        Assert.Contains(results.Items.Single(i => i.Id == "radiographer").Why, w => w.Kind == MatchKind.SpellingFix);
    }

    /// <summary>Babble and made-up words are not "corrected" into work: two changes and a new first letter in a short word.</summary>
    [Theory]
    [InlineData("lalala")]
    [InlineData("blorp")]
    [InlineData("zzqx")]
    public async Task SearchAsync_ShortNonsense_IsNotCorrectedIntoAWord(string text)
    {
        var results = await Search(new SearchProfile { Text = text, Limit = 3 });

        Assert.Empty(results.Corrections);
        Assert.Equal(0, results.Total);
    }

    /// <summary>A word is never "corrected" into a small word the search leaves out: "bot" is not "not".</summary>
    [Theory]
    [InlineData("bot")]
    [InlineData("shit bot")]
    [InlineData("hu")]
    public async Task SearchAsync_NoCorrectionIntoASmallWord(string text)
    {
        var results = await Search(new SearchProfile { Text = text, Limit = 3 });

        Assert.DoesNotContain(results.Corrections, c => c.Used is "not" or "no" or "but" or "the" or "and" or "you" or "how");
        Assert.Equal(0, results.Total);
    }

    /// <summary>Real short typos still are: one change, or two that keep the first letter.</summary>
    [Theory]
    [InlineData("portar", "porter")]
    [InlineData("kichen", "kitchen")]
    [InlineData("clenar", "cleaner")]
    public async Task SearchAsync_ShortTypo_IsStillCorrected(string typed, string word)
    {
        var results = await Search(new SearchProfile { Text = typed, Limit = 3 });

        Assert.Contains(results.Corrections, c => c.Typed == typed && c.Used.StartsWith(word[..4], StringComparison.Ordinal));
        Assert.NotEqual(0, results.Total);
    }

    [Fact]
    public async Task SearchAsync_TableMisspelling_WhyNamesTheSpellingFix()
    {
        var results = await Search(new SearchProfile { Text = "porte", Limit = 1 });

        var top = Assert.Single(results.Items);
        Assert.Equal("porter", top.Id);
        Assert.Contains(top.Why, w => w is { Kind: MatchKind.SpellingFix, Answer: "porte", Detail: "porter" });
    }

    [Theory]
    [InlineData("IT support")]
    [InlineData("I want to work in IT")]
    [InlineData("I.T. helpdesk")]
    public async Task SearchAsync_CapitalIt_MeansComputing(string text)
    {
        var results = await Search(new SearchProfile { Text = text, Limit = 3 });

        Assert.Equal("digital", results.Items[0].Role?.Family);
    }

    [Fact]
    public async Task SearchAsync_RoleOutOfReachAndNoCourseStartableYet_PathwayIsTheNearestStep()
    {
        var results = await Search(new SearchProfile { Text = "registered nurse", QualificationLevel = 0, Limit = 5 });

        var nurse = results.Items.Single(i => i.Id == "registered-nurse");
        var all = await fixture.Search.CoursesForRoleAsync("registered-nurse", TestContext.Current.CancellationToken);
        var lowestEntry = fixture.Data.Courses.Where(c => c.LeadsToRoles.Contains("registered-nurse")).Min(c => c.EntryLevel);
        Assert.Equal(lowestEntry, fixture.Data.Courses.Single(c => c.Id == nurse.Pathway!.Id).EntryLevel);
        Assert.Contains(all, c => c.Id == nurse.Pathway!.Id);
    }

    [Fact]
    public async Task SearchAsync_NoCourseLeadsToRole_PathwayIsEnglishOrMathsAtNextLevel()
    {
        // No course in the data names the imaging assistant role; it asks for Level 1.
        Assert.DoesNotContain(fixture.Data.Courses, c => c.LeadsToRoles.Contains("imaging-assistant"));

        var results = await Search(new SearchProfile { Text = "x-ray scan", QualificationLevel = 0, Limit = 5 });

        var imaging = results.Items.Single(i => i.Id == "imaging-assistant");
        Assert.False(imaging.CanStartNow);
        var course = fixture.Data.Courses.Single(c => c.Id == imaging.Pathway!.Id);
        Assert.True(course.GeneralSkills);
        Assert.Equal(1, course.RqfLevel);
        Assert.Equal(0, course.EntryLevel);
    }

    [Fact]
    public async Task SearchAsync_InterestWordsWithoutText_AreSearched()
    {
        var results = await Search(new SearchProfile { InterestWords = ["cooking", "food"], Limit = 3 });

        Assert.Contains(results.Items, i => i.Id is "catering-assistant" or "cook-chef");
    }

    [Fact]
    public async Task SearchAsync_Paging_ReturnsNextItems()
    {
        var first = await Search(new SearchProfile { Text = "care", Limit = 3 });
        var second = await Search(new SearchProfile { Text = "care", Limit = 3, Offset = 3 });

        Assert.Equal(first.Total, second.Total);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
    }

    [Fact]
    public async Task CoursesForRoleAsync_Role_ReturnsCoursesThatLeadThere()
    {
        var courses = await fixture.Search.CoursesForRoleAsync("healthcare-support-worker", TestContext.Current.CancellationToken);

        Assert.True(courses.Count >= 3);
        Assert.All(courses, c => Assert.Contains("healthcare-support-worker", c.LeadsToRoleIds));
        Assert.Contains(courses, c => c.Id == "care-certificate");
    }

    [Fact]
    public async Task GetRoleAndCourse_KnownAndUnknownIds_ReturnCardOrNull()
    {
        var ct = TestContext.Current.CancellationToken;

        var role = await fixture.Search.GetRoleAsync("porter", ct);
        var course = await fixture.Search.GetCourseAsync("care-certificate", ct);

        Assert.Equal("Hospital porter", role?.Title);
        Assert.Equal("2025/26", role?.PayYear);
        Assert.NotNull(course?.Cost);
        Assert.Null(await fixture.Search.GetRoleAsync("no-such-role", ct));
        Assert.Null(await fixture.Search.GetCourseAsync("'; DROP TABLE docs; --", ct));
        Assert.Empty(await fixture.Search.CoursesForRoleAsync("", ct));
    }
}
