using CareerBot.Bot.Cli;
using CareerBot.Bot.Tests.Transcripts;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Bot.Tests.Cli;

/// <summary>The terminal chat for advisers, on the real engine and catalogue.</summary>
public sealed class ChatSessionTests(RealCatalogue catalogue) : IClassFixture<RealCatalogue>
{
    private static readonly MessageCatalogue Messages = MessageCatalogue.Default;

    private async Task<string> ChatAsync(string typed)
    {
        var engine = new ConversationEngine(catalogue.Search, catalogue.Places);
        var output = new StringWriter { NewLine = "\n" };
        await new ChatSession(engine, TimeProvider.System).RunAsync(new StringReader(typed), output, TestContext.Current.CancellationToken);
        return output.ToString();
    }

    [Fact]
    public async Task Chat_Opens_GreetsAndShowsButtonsAsNumberedOptions()
    {
        var output = await ChatAsync("");
        Assert.Contains("Bot: " + Messages.Get("greet.hello"), output, StringComparison.Ordinal);
        Assert.Contains("Bot: " + Messages.Get("ask.interest"), output, StringComparison.Ordinal);
        Assert.Contains("  1) " + Messages.Get("button.interest.care"), output, StringComparison.Ordinal);
        Assert.EndsWith("Bye.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_NumberTyped_PicksThatButton()
    {
        var byNumber = await ChatAsync("2\n/quit\nnever read\n");
        var byWords = await ChatAsync(Messages.Get("button.interest.hospital") + "\n");
        // Button 2 is "Helping in hospital": typing 2 gets the same answer as typing the words.
        Assert.Equal("  2) " + Messages.Get("button.interest.hospital"), byNumber.Split('\n').First(l => l.StartsWith("  2) ", StringComparison.Ordinal)));
        Assert.Equal(byWords, byNumber);
        Assert.DoesNotContain("never read", byNumber, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_CardsAndChoices_NumberedUnderTheText()
    {
        var text = ChatSession.Format(new Reply
        {
            Text = "Here are 2 jobs.\nPick one.",
            Cards = [new ReplyCard { Title = "Porter", Subtitle = "Hospital", Lines = ["Pay: good"] }, new ReplyCard { Title = "Cleaner" }],
            Choices = [new Choice("More", "more"), new Choice("Start again", "start again")],
            ExpectsInput = true,
        });
        Assert.Equal("Bot: Here are 2 jobs.\n     Pick one.\n     1. Porter - Hospital\n        Pay: good\n     2. Cleaner\n  1) More\n  2) Start again\n", text);
    }

    [Fact]
    public async Task Chat_NumberAtTheDistanceQuestion_IsTheNumberedChoice()
    {
        // The terminal shows "  3) Up to 10 miles": a bare 3 is that choice, never a question back.
        var output = await ChatAsync("Caring for people\nNone\nFull-time\nDays\nNow\nDudley\n3\n");
        Assert.Contains("  3) " + Messages.Get("button.miles.10"), output, StringComparison.Ordinal);
        Assert.DoesNotContain("Which one do you mean?", output, StringComparison.Ordinal);
        Assert.Contains("Bot: " + Messages.Get("ask.results"), output, StringComparison.Ordinal);
    }
}
