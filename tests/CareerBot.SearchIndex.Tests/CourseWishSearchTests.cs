using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// Words that ask to learn find courses, at the level the resident names or the next step from a level they have,
/// on the real catalogue. Jobs stay first when no word asks to learn.
/// </summary>
public sealed class CourseWishSearchTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private async Task<List<Suggestion>> TopAsync(SearchProfile profile) =>
        [.. (await fixture.Search.SearchAsync(profile, TestContext.Current.CancellationToken)).Items];

    private Task<List<Suggestion>> TopAsync(string text, int limit = 3) => TopAsync(new SearchProfile { Text = text, QualificationLevel = 0, Limit = limit });

    private static string Seen(List<Suggestion> items) => string.Join(", ", items.Select(i => $"{i.Id} {i.Score}"));

    [Theory]
    // A word that asks to learn, and what for: courses for that work, before its jobs.
    [InlineData("course to be a carer", "care-worker")]
    [InlineData("trainning for care work", "care-worker")]
    [InlineData("cooking course", "cook-chef")]
    [InlineData("i want to study to be a pharmacy assistant", "pharmacy-assistant")]
    [InlineData("free courses for care jobs", "care-worker")]
    public async Task Search_WordsAskToLearn_CoursesForThatWorkComeFirst(string text, string job)
    {
        var top = await TopAsync(text);

        Assert.True(top.Count == 3 && top.All(i => i.Kind == ResultKind.Course), $"'{text}': {Seen(top)}");
        Assert.True(top[0].Course!.LeadsToRoleIds.Contains(job), $"'{text}': {Seen(top)}");
    }

    [Theory]
    [InlineData("support people with learning disability")]
    [InlineData("no qualifications care")]
    [InlineData("i speak english and urdu, cleaning")]
    public async Task Search_LearningWordsThatAskForNoCourse_JobsStayFirst(string text)
    {
        var top = await TopAsync(text);

        Assert.True(top.Count > 0 && top[0].Kind == ResultKind.Role, $"'{text}': {Seen(top)}");
    }

    [Theory]
    // Levels as residents write them: the course at that level first.
    [InlineData("maths level 1", "fs-maths-l1")]
    [InlineData("level one maths", "fs-maths-l1")]
    [InlineData("maths level1 class", "fs-maths-l1")]
    [InlineData("functional skills maths level 2", "fs-maths-l2")]
    [InlineData("english entry level 3 course", "fs-english-e3")]
    [InlineData("esol e2 class", "esol-e2")]
    [InlineData("esol level 2", "esol-l2")]
    public async Task Search_LevelNamed_CourseAtThatLevelFirst(string text, string course)
    {
        var top = await TopAsync(text);

        Assert.True(top.Count > 0 && top[0].Id == course, $"'{text}': {Seen(top)}");
    }

    [Theory]
    // A level the resident has: the course it leads to (leadsToCourses) is next; that level and below come after.
    [InlineData("passed entry 3 maths what next", "fs-maths-l1", "fs-maths-e3")]
    [InlineData("i done functional skills english level 1, what next", "fs-english-l2", "fs-english-l1")]
    [InlineData("i have esol entry 2 what next", "esol-e3", "esol-e2")]
    [InlineData("finished esol entry 3", "esol-l1", "esol-e3")]
    public async Task Search_LevelHeld_NextStepFirst(string text, string next, string held)
    {
        var top = await TopAsync(text);

        Assert.True(top.Count > 0 && top[0].Id == next, $"'{text}': {Seen(top)}");
        Assert.DoesNotContain(top, i => i.Id == held);
    }

    [Theory]
    [InlineData(EsolLevel.Entry1, "esol-e1")]
    [InlineData(EsolLevel.Entry3, "esol-e3")]
    [InlineData(EsolLevel.Level1, "esol-l1")]
    public async Task Search_LearningEnglishAtALevelAsksForEnglish_ThatLevelsEsolFirstAndNoneBelow(EsolLevel level, string course)
    {
        var top = await TopAsync(new SearchProfile { Text = "english class", LearningEnglish = true, EsolLevel = level, QualificationLevel = 0 });

        Assert.True(top.Count > 0 && top[0].Id == course, Seen(top));
        // The ESOL levels in order; those below the one needed are behind the resident.
        string[] ladder = ["esol-pre-entry", "esol-e1", "esol-e2", "esol-e3", "esol-l1", "esol-l2"];
        Assert.DoesNotContain(top, i => Array.IndexOf(ladder, i.Id) is var at && at >= 0 && at < Array.IndexOf(ladder, course));
    }

    [Fact]
    public async Task Search_LearningEnglishAsksToLearnIt_AnEsolCourseFirst()
    {
        var top = await TopAsync(new SearchProfile { Text = "learn english", LearningEnglish = true, QualificationLevel = 0 });

        Assert.True(top.Count > 0 && top[0].Id.StartsWith("esol", StringComparison.Ordinal), Seen(top));
    }

    [Theory]
    [InlineData("learn english")]
    [InlineData("english lessons please")]
    [InlineData("i need english classes")]
    public async Task Search_LearningEnglishAsksToLearnIt_EsolBeforeEnglishForFirstLanguageSpeakers(string text)
    {
        var top = await TopAsync(new SearchProfile { Text = text, LearningEnglish = true, QualificationLevel = 0 });

        // Functional Skills and GCSE English are for people who speak English already: ESOL comes first.
        Assert.True(top.Count == 3 && top.Take(2).All(i => i.Id.StartsWith("esol", StringComparison.Ordinal)), $"'{text}': {Seen(top)}");
    }

    [Theory]
    [InlineData("computer course for beginners", "essential-digital-skills")]
    [InlineData("basic maths class", "fs-maths-e3")]
    public async Task Search_Beginner_TheFirstCourseFirst(string text, string course)
    {
        var top = await TopAsync(text);

        Assert.True(top.Count > 0 && top[0].Id == course, $"'{text}': {Seen(top)}");
    }

    [Theory]
    [InlineData("maths and english classes", "maths|english|esol")]
    [InlineData("need english lessons for work", "english|esol")]
    [InlineData("improve my maths", "maths")]
    public async Task Search_SubjectNamed_EveryCourseShownTeachesIt(string text, string subjects)
    {
        var top = await TopAsync(text);

        Assert.True(top.Count == 3, Seen(top));
        Assert.All(top, i => Assert.True(subjects.Split('|').Any(s => i.Title.Contains(s, StringComparison.OrdinalIgnoreCase)), $"'{text}': {Seen(top)}"));
    }
}
