using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Residents who want a course first: a town said before or after the course is the home, as it is after a job
/// ("esol entry 3 walsall" as "care jobs walsall"); and a question about "it" with several courses on screen is
/// answered once when it is the same for each of them, so "Which course do you mean?" is asked only when the
/// answers differ. On the real places and catalogue. See CourseWantedHeldOutTests for wordings not tuned on.
/// </summary>
public sealed class CourseWantedTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string Menu = "What would you like to do next?";

    [Theory]
    [InlineData("esol entry 3 walsall", "Walsall")]
    [InlineData("maths course dudley", "Dudley")]
    [InlineData("english class walsall", "Walsall")]
    [InlineData("wolverhampton maths course", "Wolverhampton")]
    [InlineData("free english course coventry", "Coventry")]
    public async Task CourseWish_TownBeforeOrAfter_IsTheHome(string text, string town) =>
        await PlaceWithWorkCheck.RunAsync(real, "interest", text, "place=" + town);

    /// <summary>At the results of "gcse maths for adults" near Dudley: three maths courses, free on the same terms, at the same colleges, of different lengths.</summary>
    private async Task<TestTalk> AtMathsCoursesAsync()
    {
        var talk = new TestTalk(real.Search);
        talk.Engine = new ConversationEngine(talk.Search, CatalogueData.LoadPlaces());
        await talk.JoinAsync();
        await talk.SayAllAsync("gcse maths for adults", "None", "I do not mind", "Any time", "Now", "Dudley", "5 miles");
        Assert.Equal(Menu, talk.LastText);
        return talk;
    }

    [Theory]
    [InlineData("is it free", "It is free if you have no GCSE English or maths at grade 4.")]
    [InlineData("where can i do it", "Dudley College of Technology")]
    public async Task CourseQuestion_SameForAllOnScreen_AnsweredOnceNotWhichCourse(string question, string fact)
    {
        var talk = await AtMathsCoursesAsync();

        await talk.SayAsync(question);

        Assert.Contains(fact, talk.AllText, StringComparison.Ordinal);
        Assert.Contains("It is the same for the other 2 courses.", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Which course", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
    }

    [Fact]
    public async Task CourseQuestion_AtWhichCourse_ASharedQuestionIsAnswered()
    {
        var talk = await AtMathsCoursesAsync();
        await talk.SayAsync("how long is it");
        Assert.Equal("Which course do you mean?", talk.LastText);

        // Another question instead of a pick: its answer is the same for all, so no "I still need to know which course".
        await talk.SayAsync("is it free");

        Assert.Contains("It is free if you have no GCSE English or maths at grade 4.", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("I still need to know", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
    }

    [Fact]
    public async Task CourseQuestion_AnswersDiffer_StillAsksWhichCourse()
    {
        var talk = await AtMathsCoursesAsync();

        await talk.SayAsync("how long is it");

        Assert.Equal("Which course do you mean?", talk.LastText);
        Assert.DoesNotContain("the same for the other", talk.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i need esol and a cleaning job")]
    [InlineData("porter job and maths course")]
    public async Task CourseAndJobWished_ResultsShowBoth(string wish)
    {
        var talk = new TestTalk(real.Search);
        talk.Engine = new ConversationEngine(talk.Search, CatalogueData.LoadPlaces());
        await talk.JoinAsync();
        await talk.SayAsync(wish);
        Assert.Contains("I will look for jobs and courses in", talk.AllText, StringComparison.Ordinal);
        await talk.SayAllAsync("None", "I do not mind", "Any time", "Now", "Dudley", "5 miles");

        Assert.Equal(Menu, talk.LastText);
        var shown = DialogStateSerializer.Read(talk.State)!.Facts.Shown;
        Assert.True(shown.Any(s => s.Kind == "role") && shown.Any(s => s.Kind == "course"), string.Join(", ", shown.Select(s => s.Id)));
    }

    [Theory]
    [InlineData("course with childcare")]
    [InlineData("a college course, i need help with child care")]
    public async Task CourseWish_ChildcareAsHelp_IsNoWorkWithChildren(string wish)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAsync(wish);

        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.Contains("courses", talk.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CourseWish_ChildcareCourse_SaysNoSuchCoursesNotCourseJobs()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAsync("childcare course");

        Assert.Contains("I have no courses for work with children", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"course\" jobs", talk.AllText, StringComparison.Ordinal);
    }
}
