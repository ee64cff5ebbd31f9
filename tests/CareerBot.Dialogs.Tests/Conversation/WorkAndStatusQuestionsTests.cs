using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Questions about what a job does to benefits, about refugees working, and an age said with a question. The
/// first theory is what the patterns were written from; the held-out theory was written before them and never
/// tuned on.
/// </summary>
public sealed class WorkAndStatusQuestionsTests
{
    [Theory]
    [InlineData("will i lose my universal credit if i work", "faq.benefits_work")]
    [InlineData("can i work and still claim universal credit", "faq.benefits_work")]
    [InlineData("how many hours can i work on universal credit", "faq.benefits_work")]
    [InlineData("does my uc go down", "faq.benefits_work")]
    [InlineData("do you have jobs for refugees", "faq.refugee")]
    [InlineData("i am a refugee", "faq.refugee")]
    [InlineData("im 16 can i get a job", "faq.age")]
    [InlineData("i am 19 can i do this", "faq.age")]
    // Not these questions: benefits with no work, refugee status held, an age alone, work with refugees.
    [InlineData("I am on universal credit", "faq.benefits")]
    [InlineData("will i lose my benefits", "faq.benefits")]
    [InlineData("I have refugee status", "faq.right_to_work")]
    [InlineData("I am 17", "faq.age")]
    public void Find_Tuned(string text, string key) => Assert.Equal(key, CommonQuestions.Find(text));

    [Theory]
    [InlineData("if i get a job will my uc stop", "faq.benefits_work")]
    [InlineData("can i work part time and still get universal credit", "faq.benefits_work")]
    [InlineData("does my universal credit go down if i work", "faq.benefits_work")]
    [InlineData("will working affect my benefits", "faq.benefits_work")]
    [InlineData("i am refugee can i apply", "faq.refugee")]
    [InlineData("are these jobs open to refugees", "faq.refugee")]
    [InlineData("can refugees do these courses", "faq.refugee")]
    [InlineData("im 17 is that ok", "faq.age")]
    [InlineData("i am 16 years old can i apply", "faq.age")]
    [InlineData("im 60 can i still work", "faq.age")]
    public void Find_HeldOut(string text, string key) => Assert.Equal(key, CommonQuestions.Find(text));

    [Theory]
    [InlineData("can i speak to a real person", "faq.person")]
    [InlineData("are you a robot", "faq.person")]
    [InlineData("how do i delete my data", "faq.privacy")]
    [InlineData("what do you do with my information", "faq.privacy")]
    [InlineData("you are useless", "faq.complaint")]
    [InlineData("this bot doesnt understand", "faq.complaint")]
    public void Find_AboutTheBot_Tuned(string text, string key) => Assert.Equal(key, CommonQuestions.Find(text));

    // Written after the patterns, by someone who had read them: wordings chosen to differ from them.
    [Theory]
    [InlineData("is there a human i can talk to", "faq.person")]
    [InlineData("i want a real person", "faq.person")]
    [InlineData("who am i talking to", "faq.person")]
    [InlineData("do you share my info with the jobcentre", "faq.privacy")]
    [InlineData("is this chat private", "faq.privacy")]
    [InlineData("how long do you keep my answers", "faq.privacy")]
    [InlineData("this is so bad", "faq.complaint")]
    [InlineData("you never understand me", "faq.complaint")]
    [InlineData("omg useless", "faq.complaint")]
    public void Find_AboutTheBot_HeldOut(string text, string key) => Assert.Equal(key, CommonQuestions.Find(text));

    [Theory]
    [InlineData("i like to talk to people")]
    [InlineData("i want to help people who are not well")]
    [InlineData("data entry")]
    [InlineData("i am a bad driver")]
    [InlineData("i am 20 minutes from the hospital")]
    [InlineData("i want to work 20 hours")]
    [InlineData("porter")]
    public void Find_AnswersThatAreNotQuestions_FindsNothing(string text) => Assert.Null(CommonQuestions.Find(text));

    [Fact]
    public async Task RefugeeAtTheFirstQuestion_IsToldTheyCanWork_AndIsAskedAgain()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();

        await talk.SayAsync("do you have jobs for refugees");

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get("faq.refugee"));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text?.Contains("refugees\"", StringComparison.Ordinal) == true);
        Assert.Equal("What kind of work do you like?", talk.LastText);
    }

    [Fact]
    public async Task AskingHowToDeleteTheirData_IsToldHow_AndNothingIsForgottenOrSearched()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("cleaning");

        await talk.SayAsync("how do i delete my data");

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get("faq.privacy"));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text?.Contains("\"data\"", StringComparison.Ordinal) == true);
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Fact]
    public async Task AgeWithAQuestion_IsAnswered()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();

        await talk.SayAsync("im 16 can i get a job");

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get("faq.age"));
    }
}
