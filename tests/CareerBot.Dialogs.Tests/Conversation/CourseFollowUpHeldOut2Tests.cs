using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A second set of held-out course questions, written when the first set had been run once by mistake midway:
/// kept out of the work on the rules and run only at the end.
/// </summary>
public sealed class CourseFollowUpHeldOut2Tests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("it cost money?", CourseAsk.Cost)]
    [InlineData("must i pay anything", CourseAsk.Cost)]
    [InlineData("is this course free for me", CourseAsk.Cost)]
    [InlineData("how long does this course last", CourseAsk.Length)]
    [InlineData("how many months it take", CourseAsk.Length)]
    [InlineData("where i go for this", CourseAsk.Where)]
    [InlineData("which college near me", CourseAsk.Where)]
    [InlineData("can i do it at night time", CourseAsk.Study)]
    [InlineData("is it every day", CourseAsk.Study)]
    [InlineData("i work in the day can i do evenings", CourseAsk.Study)]
    [InlineData("what do i need for this course", CourseAsk.Needs)]
    [InlineData("i am 45 can i do it", CourseAsk.Needs)]
    [InlineData("how can i sign up", CourseAsk.Apply)]
    [InlineData("who i contact", CourseAsk.Apply)]
    [InlineData("what jobs can i do after this", CourseAsk.LeadsTo)]
    [InlineData("will it help me get a job", CourseAsk.LeadsTo)]
    public async Task CourseJustLookedAt_HeldOutWordings_AnsweredForIt(string text, CourseAsk ask)
    {
        var (talk, titles) = await CourseFollowUpTests.AtResultsAsync(real, "maths");
        await talk.SayAsync("tell me more about 2");
        await talk.SayAsync(text);
        CourseFollowUpTests.AssertAnswered(talk, CourseFollowUpTests.Course(titles[1]), ask);
    }

    [Theory]
    [InlineData("how long the 3rd one", 3, CourseAsk.Length)]
    [InlineData("number 1 is free", 1, CourseAsk.Cost)]
    [InlineData("where number 3 is", 3, CourseAsk.Where)]
    [InlineData("first course online?", 1, CourseAsk.Study)]
    public async Task CourseByNumber_HeldOutWordings_AnsweredFromItsData(string text, int number, CourseAsk ask)
    {
        var (talk, titles) = await CourseFollowUpTests.AtResultsAsync(real, "english course");
        await talk.SayAsync(text);
        CourseFollowUpTests.AssertAnswered(talk, CourseFollowUpTests.Course(titles[number - 1]), ask);
    }
}
