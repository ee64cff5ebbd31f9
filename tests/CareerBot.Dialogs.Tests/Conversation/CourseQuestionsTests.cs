using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Residents' questions about courses, on the real catalogue: after the courses a job needs are listed ("how long is
/// it", "can i do it online"), and in the middle of the guided questions ("is the care certificate free", "what course
/// do i need to be a porter"). Answers come from the course's own data; "it" after a few courses asks which one.
/// </summary>
public sealed class CourseQuestionsTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    internal const string WhichCourse = "Which course do you mean?";
    internal const string WhenCanYouWork = "When can you work?";

    /// <summary>At the results for pharmacy work, the courses for job 1 listed; their titles, in order.</summary>
    internal static async Task<(TestTalk Talk, List<string> Courses)> CoursesListedAsync(RealCatalogueFixture real)
    {
        var (talk, _) = await CourseFollowUpTests.AtResultsAsync(real, "pharmacy assistant");
        await talk.SayAsync("what course do i need for the first one");
        var courses = talk.Last.Replies.Where(r => r.Cards.Count > 0).SelectMany(r => r.Cards).Select(c => c.Title).ToList();
        Assert.True(courses.Count > 1, "job 1 has a few courses");
        Assert.All(courses, c => Assert.True(CourseFollowUpTests.IsCourse(c), c));
        Assert.Equal(CourseFollowUpTests.Menu, talk.LastText);
        return (talk, courses);
    }

    /// <summary>"Which course do you mean?" with a button for each course listed, in their order.</summary>
    internal static void AssertAsksWhichCourse(TestTalk talk, List<string> courses)
    {
        Assert.Equal(WhichCourse, talk.LastText);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("Sorry", StringComparison.Ordinal));
        var buttons = talk.Last.Replies[^1].Choices;
        Assert.Equal(courses.Count, buttons.Count);
        for (var i = 0; i < courses.Count; i++)
            Assert.StartsWith(buttons[i].Label.TrimEnd('.'), courses[i], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how long is it", CourseAsk.Length)]
    [InlineData("can i do it online", CourseAsk.Study)]
    [InlineData("is it free", CourseAsk.Cost)]
    [InlineData("where is it", CourseAsk.Where)]
    [InlineData("when does it start", CourseAsk.Apply)]
    [InlineData("what do i need to start", CourseAsk.Needs)]
    [InlineData("can i do it part time", CourseAsk.Study)]
    [InlineData("how do i sign up", CourseAsk.Apply)]
    [InlineData("will it get me a job", CourseAsk.LeadsTo)]
    public async Task CoursesListedForAJob_QuestionWithIt_AsksWhichCourse_ThenAnswersThePickedOne(string text, CourseAsk ask)
    {
        var (talk, courses) = await CoursesListedAsync(real);
        await talk.SayAsync(text);
        AssertAsksWhichCourse(talk, courses);
        await talk.SayAsync("2");
        CourseFollowUpTests.AssertAnswered(talk, CourseFollowUpTests.Course(courses[1]), ask);
    }

    [Fact]
    public async Task CoursesListedForAJob_WhichCourse_AnsweredByTheCoursesName()
    {
        var (talk, courses) = await CoursesListedAsync(real);
        await talk.SayAsync("how long is it");
        AssertAsksWhichCourse(talk, courses);
        // A word of the second course's title that the first does not have ("the customer one").
        var own = courses[1].Split(' ').Where(w => w.Length > 3 && !courses[0].Contains(w, StringComparison.OrdinalIgnoreCase)).Take(1);
        await talk.SayAsync("the " + string.Join(' ', own).ToLowerInvariant() + " one");
        CourseFollowUpTests.AssertAnswered(talk, CourseFollowUpTests.Course(courses[1]), CourseAsk.Length);
    }

    [Fact]
    public async Task CoursesListedForAJob_CourseByNumber_AnsweredForThatCourse()
    {
        var (talk, courses) = await CoursesListedAsync(real);
        await talk.SayAsync("course 2 is it free");
        CourseFollowUpTests.AssertAnswered(talk, CourseFollowUpTests.Course(courses[1]), CourseAsk.Cost);
    }

    [Fact]
    public async Task CoursesListedForAJob_WhatLevel_SaysThePickedCoursesLevel()
    {
        var (talk, courses) = await CoursesListedAsync(real);
        await talk.SayAsync("what level is it");
        AssertAsksWhichCourse(talk, courses);
        await talk.SayAsync("2");
        var course = CourseFollowUpTests.Course(courses[1]);
        Assert.StartsWith(course.Title, talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(course.Level, talk.AllText, StringComparison.Ordinal);
        Assert.Equal(CourseFollowUpTests.Menu, talk.LastText);
    }

    [Fact]
    public async Task CoursesListedForAJob_HelpWithChildCare_SaysWhoToAsk_NotNoJobsWithChildren()
    {
        var (talk, courses) = await CoursesListedAsync(real);
        await talk.SayAsync("is there help with childcare");
        AssertAsksWhichCourse(talk, courses);
        await talk.SayAsync("2");
        Assert.StartsWith(courses[1], talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("child care", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(CourseFollowUpTests.Menu, talk.LastText);
    }

    [Fact]
    public async Task CoursesListedForAJob_HowMuchDoesItPay_StillTheJobsPay()
    {
        var (talk, _) = await CoursesListedAsync(real);
        await talk.SayAsync("how much does it pay");
        Assert.Contains("Pay: ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(CourseFollowUpTests.Menu, talk.LastText);
    }

    /// <summary>A resident at "When can you work?", the fourth question.</summary>
    internal static async Task<TestTalk> AtWhenCanYouWorkAsync(RealCatalogueFixture real)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync("pharmacy assistant", "None", "Part-time");
        Assert.Equal(WhenCanYouWork, talk.LastText);
        return talk;
    }

    [Theory]
    [InlineData("what course for pharmacy assistant", "Pharmacy assistant / pharmacy support worker (hospital)")]
    [InlineData("what course do i need to be a porter", "Hospital porter")]
    public async Task MidConversation_WhichCourseForAJob_ListsItsCourses_ThenAsksAgain(string text, string job)
    {
        var talk = await AtWhenCanYouWorkAsync(real);
        await talk.SayAsync(text);
        var list = Assert.Single(talk.Last.Replies, r => r.Cards.Count > 0);
        Assert.Contains(job, list.Text, StringComparison.Ordinal);
        Assert.All(list.Cards, c => Assert.True(CourseFollowUpTests.IsCourse(c.Title), c.Title));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("Sorry", StringComparison.Ordinal));
        Assert.Equal(WhenCanYouWork, talk.LastText);
    }

    [Theory]
    [InlineData("is the care certificate free", "care-certificate", CourseAsk.Cost)]
    [InlineData("can i do the care certificate online", "care-certificate", CourseAsk.Study)]
    [InlineData("how long is the gcse maths", "gcse-maths", CourseAsk.Length)]
    public async Task MidConversation_QuestionAboutANamedCourse_AnsweredFromItsData_ThenAsksAgain(string text, string id, CourseAsk ask)
    {
        var talk = await AtWhenCanYouWorkAsync(real);
        await talk.SayAsync(text);
        var course = CourseFollowUpTests.Data.Courses.Single(c => c.Id == id);
        Assert.StartsWith(course.Title, talk.Last.Replies[0].Text, StringComparison.Ordinal);
        var said = talk.AllText;
        if (ask == CourseAsk.Cost) Assert.Contains(course.Cost.Split(". ")[0].TrimEnd('.'), said, StringComparison.Ordinal);
        if (ask == CourseAsk.Length) Assert.Contains(course.Length!.TrimEnd('.'), said, StringComparison.Ordinal);
        if (ask == CourseAsk.Study) Assert.Contains("online", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", said, StringComparison.Ordinal);
        Assert.Equal(WhenCanYouWork, talk.LastText);
    }
}
