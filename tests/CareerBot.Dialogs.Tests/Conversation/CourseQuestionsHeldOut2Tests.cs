using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A second set of course questions kept out of the work, written after the fixes that the first held-out set
/// (<see cref="CourseQuestionsHeldOutTests"/>) led to, and run once at the end: 26 of 30 passed; the four that did not
/// are marked Explicit, so they measure without blocking the build.
/// </summary>
public sealed class CourseQuestionsHeldOut2Tests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("how long is the course", CourseAsk.Length)]
    [InlineData("is it free for me", CourseAsk.Cost)]
    [InlineData("do i pay anything", CourseAsk.Cost)]
    [InlineData("how many months", CourseAsk.Length)]
    [InlineData("can i go at night", CourseAsk.Study)]
    [InlineData("is it near me", CourseAsk.Where)]
    [InlineData("where is the college", CourseAsk.Where)]
    [InlineData("what do i need for it", CourseAsk.Needs)]
    [InlineData("am i too old for it", CourseAsk.Needs)]
    [InlineData("how do i get on it", CourseAsk.Apply)]
    [InlineData("how i book", CourseAsk.Apply)]
    // Not yet read as what the course leads to.
    [InlineData("what job will i get", CourseAsk.LeadsTo, Explicit = true)]
    [InlineData("can i do it on weekends", CourseAsk.Study)]
    [InlineData("is it at home or in class", CourseAsk.Study)]
    [InlineData("wat does it cost", CourseAsk.Cost)]
    [InlineData("how long it take", CourseAsk.Length)]
    [InlineData("who do i contact", CourseAsk.Apply)]
    public async Task CoursesListedForAJob_AskWhichCourse_ThenAnswer(string text, CourseAsk ask)
    {
        var (talk, courses) = await CourseQuestionsTests.CoursesListedAsync(real);
        await talk.SayAsync(text);
        CourseQuestionsTests.AssertAsksWhichCourse(talk, courses);
        await talk.SayAsync("2");
        CourseFollowUpTests.AssertAnswered(talk, CourseFollowUpTests.Course(courses[1]), ask);
    }

    [Theory]
    [InlineData("do they help with travel costs", "travel")]
    [InlineData("can i bring my kids", "child care")]
    public async Task CoursesListedForAJob_Help_AskWhichCourse_ThenAnswer(string text, string expected)
    {
        var (talk, courses) = await CourseQuestionsTests.CoursesListedAsync(real);
        await talk.SayAsync(text);
        CourseQuestionsTests.AssertAsksWhichCourse(talk, courses);
        await talk.SayAsync("2");
        Assert.StartsWith(courses[1], talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(expected, talk.AllText, StringComparison.Ordinal);
        Assert.Equal(CourseFollowUpTests.Menu, talk.LastText);
    }

    [Theory]
    [InlineData("course 1 how long", 1, CourseAsk.Length)]
    [InlineData("the second course where is it", 2, CourseAsk.Where)]
    public async Task CoursesListedForAJob_CourseByNumber_Answered(string text, int number, CourseAsk ask)
    {
        var (talk, courses) = await CourseQuestionsTests.CoursesListedAsync(real);
        await talk.SayAsync(text);
        CourseFollowUpTests.AssertAnswered(talk, CourseFollowUpTests.Course(courses[number - 1]), ask);
    }

    [Theory]
    [InlineData("is the gcse english free", "GCSE English")]
    // Not yet answered: the course's full name with its level is not found.
    [InlineData("how long is functional skills english level 1", "Functional Skills English Level 1", Explicit = true)]
    [InlineData("where can i do the gcse maths", "GCSE maths")]
    [InlineData("what do i need for the care certificate", "Care Certificate")]
    [InlineData("can i do the gcse maths in the evening", "GCSE maths")]
    public async Task MidConversation_NamedCourse_Answered_ThenAsksAgain(string text, string title)
    {
        var talk = await CourseQuestionsTests.AtWhenCanYouWorkAsync(real);
        await talk.SayAsync(text);
        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith(title, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(CourseQuestionsTests.WhenCanYouWork, talk.LastText);
    }

    [Theory]
    [InlineData("what course do i need for a hca job", "Healthcare support worker")]
    [InlineData("which courses help me be a cleaner", "cleaner")]
    // Not yet answered: "driving" is not read as the driver's job here.
    [InlineData("any courses for driving jobs", "driver", Explicit = true)]
    public async Task MidConversation_CoursesForAJob_Listed_ThenAsksAgain(string text, string job)
    {
        var talk = await CourseQuestionsTests.AtWhenCanYouWorkAsync(real);
        await talk.SayAsync(text);
        var list = Assert.Single(talk.Last.Replies, r => r.Cards.Count > 0);
        Assert.Contains(job, list.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CourseQuestionsTests.WhenCanYouWork, talk.LastText);
    }

    // The results answer for the course named "Pharmacy Technician apprenticeship", not the job's list of courses.
    [Fact(Explicit = true)]
    public async Task AtResults_CourseForAnotherJob_ListsItsCourses()
    {
        var (talk, _) = await CourseFollowUpTests.AtResultsAsync(real, "pharmacy assistant");
        await talk.SayAsync("what course should i do for pharmacy technician");
        var list = Assert.Single(talk.Last.Replies, r => r.Cards.Count > 0);
        Assert.Contains("Pharmacy technician", list.Text, StringComparison.Ordinal);
        Assert.Equal(CourseFollowUpTests.Menu, talk.LastText);
    }
}
