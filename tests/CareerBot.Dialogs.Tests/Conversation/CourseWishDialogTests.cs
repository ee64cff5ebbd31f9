using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A wish to learn said at the first question, on the real dialogs and catalogue: it is taken as the answer (not
/// "Sorry"), the bot says it will look for courses, a level in it is the course's (not a qualification held), and
/// the courses shown fit it.
/// </summary>
public sealed class CourseWishDialogTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string Menu = "What would you like to do next?";

    private async Task<(TestTalk Talk, RecordingSearch Search, string Said)> WishAsync(string wish, params string[] answers)
    {
        var search = new RecordingSearch(real.Search);
        var talk = new TestTalk(search);
        await talk.JoinAsync();
        await talk.SayAsync(wish);
        var said = talk.AllText;
        // A course and no job wanted: no questions of hours and start of work (CourseSeeker).
        var courseOnly = said.Contains("Courses start at many levels.", StringComparison.Ordinal);
        await talk.SayAllAsync(answers.Length > 0 ? answers : courseOnly ? ["None", "Any time", "Not now"] : ["None", "I do not mind", "Any time", "Now", "Not now"]);
        return (talk, search, said);
    }

    /// <summary>The ids of the results shown: the results page's search run again (the same profile, the same order).</summary>
    private async Task<List<string>> ShownAsync(RecordingSearch search)
    {
        var profile = search.Profiles.Last(p => p.Limit == 3 && p.Offset == 0);
        var results = await real.Search.SearchAsync(profile, TestContext.Current.CancellationToken);
        return [.. results.Items.Select(i => i.Id)];
    }

    [Theory]
    [InlineData("i want learn english")]
    [InlineData("how i can lern english?")]
    [InlineData("i want lerning english")]
    public async Task FirstAnswer_OnlyAWishToLearnEnglish_LooksForCoursesAndShowsEsol(string wish)
    {
        var (talk, search, said) = await WishAsync(wish);

        Assert.DoesNotContain("Sorry", said, StringComparison.Ordinal);
        Assert.Contains("I will look for courses like that.", said, StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
        var shown = await ShownAsync(search);
        Assert.True(shown.Count > 0 && shown[0].StartsWith("esol", StringComparison.Ordinal), string.Join(", ", shown));
    }

    [Theory]
    // Said with no word of an English need: English courses, ESOL or for people whose first language is English.
    [InlineData("i want english class")]
    [InlineData("english lessons pls")]
    public async Task FirstAnswer_AWishForEnglishClasses_ShowsEnglishCourses(string wish)
    {
        var (talk, search, said) = await WishAsync(wish);

        Assert.DoesNotContain("Sorry", said, StringComparison.Ordinal);
        Assert.Contains("I will look for courses like that.", said, StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
        var shown = await ShownAsync(search);
        Assert.True(shown.Count == 3 && shown.All(id => id.StartsWith("esol", StringComparison.Ordinal) || id.Contains("english", StringComparison.Ordinal)), string.Join(", ", shown));
    }

    [Theory]
    [InlineData("i have entry 2 english what next", "esol-e3")]
    [InlineData("i done entry 1 esol", "esol-e2")]
    public async Task FirstAnswer_EnglishLevelHeld_NextEsolLevelFirst(string wish, string next)
    {
        var (talk, search, said) = await WishAsync(wish);

        Assert.DoesNotContain("Sorry", said, StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
        Assert.Equal(next, (await ShownAsync(search)).FirstOrDefault());
    }

    [Fact]
    public async Task FirstAnswer_MyEnglishIsNotGood_StillAsksTheKindOfWork()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAsync("my english not good");

        Assert.Equal("What kind of work do you like?", talk.LastText);
        Assert.DoesNotContain("courses like that", talk.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("english level 1 course part time", "level 1")]
    [InlineData("maths level 2 class", "level 2")]
    public async Task FirstAnswer_LevelOfACourseWanted_IsNoQualificationHeld(string wish, string level)
    {
        var (talk, search, said) = await WishAsync(wish);

        Assert.DoesNotContain("I will use your qualifications", said, StringComparison.Ordinal);
        var profile = search.Profiles[^1];
        Assert.Contains(level, profile.Text ?? "", StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
    }

    [Theory]
    [InlineData("first aid course", "first-aid-manual-handling")]
    [InlineData("forklift training", "app-warehouse-l2|swap-logistics")]
    public async Task FirstAnswer_TicketsCourse_IsACourseWantedNotATicketHeld(string wish, string courses)
    {
        var (talk, search, said) = await WishAsync(wish);

        Assert.DoesNotContain("Good. You have", said, StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
        Assert.Contains(await ShownAsync(search), id => courses.Split('|').Contains(id));
    }

    [Fact]
    public async Task FirstAnswer_ItCourse_IsComputing()
    {
        var (talk, search, said) = await WishAsync("it course");

        Assert.Contains("Good. I will look for courses in computers and IT.", said, StringComparison.Ordinal);
        Assert.Contains("computers", search.Profiles[^1].Text ?? "", StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
        Assert.Contains(await ShownAsync(search), id => id is "essential-digital-skills" or "bootcamp-digital" or "l3-digital-fcfj" or "app-ict-l3");
    }

    [Fact]
    public async Task FirstAnswer_JobWish_StillSaysJobs()
    {
        var (talk, _, said) = await WishAsync("cleaning in a hospital");

        Assert.DoesNotContain("courses", said, StringComparison.Ordinal);
        Assert.Contains(talk.Last.Replies, r => r.Text == "Thank you. I am looking for jobs for you now.");
    }

    [Fact]
    public async Task Results_CourseWish_SaysItLooksForCourses()
    {
        var (talk, _, _) = await WishAsync("first aid course");

        Assert.Contains(talk.Last.Replies, r => r.Text == "Thank you. I am looking for courses for you now.");
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == "Thank you. I am looking for jobs for you now.");
    }
}
