using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Held out for <see cref="QuestionsOnTheWayTests"/>: 33 wordings written down before the work and not tuned on. In the
/// middle (at the hours question) each must get an answer and the same question again, never "Sorry"; after the results
/// (porter work in Walsall) each must be answered from the jobs on screen. Before the work 8 of 33 passed; after the
/// first change 26 of 33; after the general reply to a question nothing else knows (made from played chats, not from
/// these) 33 of 33. By a stricter reading, 6 of the 20 in the middle get a general reply, not the one that fits
/// ("what id do i need for the interview" gets the interview's answer, "can i go for two jobs at once" who can help).
/// </summary>
public sealed class QuestionsOnTheWayHeldOutTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string Hours = "How many hours a week can you work?";

    [Theory]
    [InlineData("how would i go about applying")]
    [InlineData("whats the best way to apply")]
    [InlineData("where do i put my application in")]
    [InlineData("do i apply on the nhs website")]
    [InlineData("what id do i need for the interview")]
    [InlineData("do i need to dress smart for interview")]
    [InlineData("is there a dress code for the interview")]
    [InlineData("do they want a cv or a form")]
    [InlineData("how soon will they get back to me")]
    [InlineData("when will i find out if i got the job")]
    [InlineData("will they let me know if i dont get it")]
    [InlineData("is it ok to apply for a few jobs")]
    [InlineData("can i go for two jobs at once")]
    [InlineData("how many jobs am i allowed to apply for")]
    [InlineData("what kind of questions come up in the interview")]
    [InlineData("how do i get ready for the interview")]
    [InlineData("do i get paid while im training")]
    [InlineData("which job has the best pay")]
    [InlineData("which is the nearest one to me")]
    [InlineData("which of them are part time")]
    public async Task HoursQuestion_OwnQuestion_IsAnsweredAndAskedAgain(string text)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync("porter", "None");
        Assert.Equal(Hours, talk.LastText);
        await talk.SayAsync(text);
        Assert.DoesNotContain(QuestionsOnTheWayTests.Sorry, talk.AllText, StringComparison.Ordinal);
        Assert.True(talk.Last.Replies.Count >= 2, talk.AllText);
        Assert.Equal(Hours, talk.LastText);
    }

    [Theory]
    [InlineData("which is paid best", "Band 2")]
    [InlineData("which of these pays the most money", "Band 2")]
    [InlineData("which ones are part time", "part-time")]
    [InlineData("are any of them part time", "part-time")]
    [InlineData("which ones do evenings", "evenings")]
    [InlineData("which one is nearest to me", "Walsall")]
    [InlineData("which one has weekends", "weekends")]
    [InlineData("only evenings please", "You can work evenings")]
    [InlineData("how about just evenings", "You can work evenings")]
    public async Task Results_QuestionOverThoseOnScreen_IsAnswered(string text, string expected)
    {
        var talk = await QuestionsOnTheWayTests.AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.DoesNotContain(QuestionsOnTheWayTests.Sorry, talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Which job do you mean?", talk.AllText, StringComparison.Ordinal);
        Assert.Contains(expected, talk.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the one in the kitchen", "Catering assistant")]
    [InlineData("the theatre one", "Theatre porter")]
    [InlineData("tell me about the catering one", "Catering assistant")]
    [InlineData("the last one", "Catering assistant")]
    public async Task Results_OneOnScreenByAWord_IsThatOne(string text, string title)
    {
        var talk = await QuestionsOnTheWayTests.AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.StartsWith(title, talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }
}
