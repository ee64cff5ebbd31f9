using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Wordings of course questions written with <see cref="CourseFollowUpTests"/> but kept out of the work on the
/// rules, and run only at the end: residents' own ways of asking, with typos, no punctuation and ESOL English.
/// </summary>
public sealed class CourseFollowUpHeldOutTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("its free?", CourseAsk.Cost)]
    [InlineData("how much i pay for this", CourseAsk.Cost)]
    [InlineData("any fee", CourseAsk.Cost)]
    [InlineData("how many week", CourseAsk.Length)]
    [InlineData("how long it is", CourseAsk.Length)]
    [InlineData("wich collage", CourseAsk.Where)]
    [InlineData("were is this course", CourseAsk.Where)]
    [InlineData("is there evening class", CourseAsk.Study)]
    [InlineData("can i study from home online", CourseAsk.Study)]
    [InlineData("what i need to join", CourseAsk.Needs)]
    [InlineData("how i can register", CourseAsk.Apply)]
    [InlineData("how to book place", CourseAsk.Apply)]
    [InlineData("after finish what work i can do", CourseAsk.LeadsTo)]
    [InlineData("wat job it lead to", CourseAsk.LeadsTo)]
    [InlineData("DO I PAY", CourseAsk.Cost)]
    [InlineData("start date?", CourseAsk.Apply)]
    public async Task CourseJustLookedAt_HeldOutWordings_AnsweredForIt(string text, CourseAsk ask)
    {
        var (talk, titles) = await CourseFollowUpTests.AtResultsAsync(real, "english course");
        await talk.SayAsync("more about number 1");
        await talk.SayAsync(text);
        CourseFollowUpTests.AssertAnswered(talk, CourseFollowUpTests.Course(titles[0]), ask);
    }

    [Theory]
    [InlineData("number 3 cost", 3, CourseAsk.Cost)]
    [InlineData("second one how many month", 2, CourseAsk.Length)]
    [InlineData("whats the college for no 1", 1, CourseAsk.Where)]
    [InlineData("is 2 daytime or evening", 2, CourseAsk.Study)]
    [InlineData("how enrol on the last one", 3, CourseAsk.Apply)]
    public async Task CourseByNumber_HeldOutWordings_AnsweredFromItsData(string text, int number, CourseAsk ask)
    {
        var (talk, titles) = await CourseFollowUpTests.AtResultsAsync(real, "maths");
        await talk.SayAsync(text);
        CourseFollowUpTests.AssertAnswered(talk, CourseFollowUpTests.Course(titles[number - 1]), ask);
    }
}
