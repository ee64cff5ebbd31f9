using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A question about something other than work, at the question about work ("whats the weather like"): the bot says
/// what it can help with, not that it has no jobs for the question's words. A job we do not have, asked or said,
/// still gets "I have no jobs for".
/// </summary>
public sealed class OffTopicQuestionTests
{
    private static string OffTopic => MessageCatalogue.Default.Get("interest.off_topic");

    [Theory]
    [InlineData("whats the weather like")]
    [InlineData("what time is it?")]
    [InlineData("who made you")]
    [InlineData("where do you live")]
    // Held out (written before the change, never tuned on):
    [InlineData("how old are you")]
    [InlineData("what is your name?")]
    [InlineData("did you see the football")]
    [InlineData("can you tell me a joke")]
    public async Task QuestionNamingNoWork_IsToldWhatTheBotDoes_AndAskedAgain(string text)
    {
        var talk = new TestTalk();
        await talk.JoinAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text == OffTopic);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text?.StartsWith("Sorry, I have no jobs for", StringComparison.Ordinal) == true);
        Assert.Equal("What kind of work do you like?", talk.LastText);
    }

    [Theory]
    [InlineData("do you have jobs for plumbers?")]
    [InlineData("plumber")]
    [InlineData("can i be a hairdresser")]
    public async Task JobWeDoNotHave_StillSaysSo(string text)
    {
        var talk = new TestTalk();
        await talk.JoinAsync();

        await talk.SayAsync(text);

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == OffTopic);
    }
}
