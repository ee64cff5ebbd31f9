using CareerBot.Bot.Conversation;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Bot.Tests.Conversation;

public sealed class ChannelReplyRendererTests
{
    private static readonly ChannelReplyRenderer Renderer = new();

    private static Reply Question(int choices) => new()
    {
        Text = "What kind of work do you like?",
        Choices = Enumerable.Range(1, choices).Select(i => new Choice("Option " + i, "value " + i)).ToList(),
        ExpectsInput = true,
    };

    private static ReplyCard Card(int n) => new()
    {
        Title = "Job " + n,
        Lines = ["What you do: you help people every day in a care home near you.", "Pay: about £24,000 a year.", "Next step: you can apply now."],
        Buttons = [new("Tell me more", $"details {n}"), new("Courses", $"courses {n}"), new("Apply", "apply"), new("Save", "save")],
    };

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public void Render_QuestionOnRichChannel_SuggestedActionsShowLabelSendValueExpectingInput(string channel)
    {
        var activity = Renderer.Render([Question(4)], channel).Single();
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
        Assert.Equal(4, activity.SuggestedActions!.Actions.Count);
        Assert.All(activity.SuggestedActions.Actions, a => Assert.Equal("messageBack", a.Type));
        Assert.Equal("value 2", activity.SuggestedActions.Actions[1].Text);
        Assert.Equal("Option 2", activity.SuggestedActions.Actions[1].DisplayText);
        Assert.Equal("Option 2", activity.SuggestedActions.Actions[1].Title);
        Assert.Null(activity.Attachments);
    }

    [Fact]
    public void Render_StatementOnRichChannel_AcceptingInputNoButtons()
    {
        var activity = Renderer.Render([new Reply { Text = "Thank you." }], "webchat").Single();
        Assert.Equal(InputHints.AcceptingInput, activity.InputHint);
        Assert.Null(activity.SuggestedActions);
    }

    [Fact]
    public void Render_CardsOnWebChat_HeroCardsInACarousel()
    {
        var activity = Renderer.Render([new Reply { Text = "I found 3 jobs.", Cards = [Card(1), Card(2), Card(3)] }], "webchat").Single();
        Assert.Equal("carousel", activity.AttachmentLayout);
        Assert.Equal(3, activity.Attachments!.Count);
        var hero = activity.Attachments[0];
        Assert.Equal("application/vnd.microsoft.card.hero", hero.ContentType);
        Assert.Equal("Job 1", hero.Content!.Value.GetProperty("title").GetString());
        Assert.Contains("Pay: about £24,000 a year.", hero.Content.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
        var button = hero.Content.Value.GetProperty("buttons")[0];
        Assert.Equal("messageBack", button.GetProperty("type").GetString());
        Assert.Equal("details 1", button.GetProperty("text").GetString());
        Assert.Equal("Tell me more", button.GetProperty("displayText").GetString());
    }

    [Fact]
    public void Render_CardsOnTeams_AtMostThreeButtonsPerCard()
    {
        var activity = Renderer.Render([new Reply { Text = "I found 2 jobs.", Cards = [Card(1), Card(2)] }], "msteams").Single();
        Assert.All(activity.Attachments!, a => Assert.True(a.Content!.Value.GetProperty("buttons").GetArrayLength() <= 3));
    }

    [Fact]
    public void Render_FourChoicesOnTeams_ButtonCardsOfThreeKeepEveryChoice()
    {
        var activity = Renderer.Render([Question(4)], "msteams").Single();
        Assert.Null(activity.SuggestedActions);
        var buttons = activity.Attachments!.SelectMany(a => a.Content!.Value.GetProperty("buttons").EnumerateArray()).ToList();
        Assert.Equal(4, buttons.Count);
        Assert.All(activity.Attachments!, a => Assert.True(a.Content!.Value.GetProperty("buttons").GetArrayLength() <= 3));
        Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
    }

    [Fact]
    public void Render_ThreeChoicesOnTeams_SuggestedActions()
    {
        var activity = Renderer.Render([Question(3)], "msteams").Single();
        Assert.Equal(3, activity.SuggestedActions!.Actions.Count);
    }

    [Fact]
    public void Render_QuestionOnSms_NumberedOptionsPlainTextLastPartExpectsInput()
    {
        var parts = Renderer.Render([Question(3)], "sms");
        Assert.All(parts, p => Assert.Null(p.SuggestedActions));
        Assert.All(parts, p => Assert.Null(p.Attachments));
        Assert.All(parts, p => Assert.True(p.Text!.Length <= 160));
        var last = parts[^1];
        Assert.Equal(InputHints.ExpectingInput, last.InputHint);
        Assert.Contains("1. Option 1\n2. Option 2\n3. Option 3", last.Text, StringComparison.Ordinal);
        Assert.EndsWith("Reply 1, 2 or 3.", last.Text, StringComparison.Ordinal);
        Assert.Contains("What kind of work do you like?", last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CardsOnSms_NumberedPartsUnder160WithoutMarkup()
    {
        var parts = Renderer.Render([new Reply { Text = "I found 3 jobs.", Cards = [Card(1), Card(2), Card(3)] }], "sms");
        Assert.True(parts.Count >= 4);
        Assert.All(parts, p => Assert.True(p.Text!.Length <= 160, p.Text));
        Assert.All(parts, p => Assert.Null(p.Attachments));
        Assert.All(parts, p => Assert.Equal(InputHints.AcceptingInput, p.InputHint));
        Assert.Contains(parts, p => p.Text!.StartsWith("2. Job 2", StringComparison.Ordinal));
        Assert.DoesNotContain(parts, p => p.Text!.Contains("Tell me more", StringComparison.Ordinal));
    }

    /// <summary>
    /// The greeting is three short messages and a question: on SMS they travel in as few texts as fit 160 characters
    /// each (they went as four texts, which cost four times and can arrive out of order), in order, one question a text.
    /// </summary>
    [Fact]
    public void Render_ShortRepliesInARowOnSms_TravelTogetherInOrder()
    {
        var messages = MessageCatalogue.Default.Numbered;
        Reply[] greeting =
        [
            new() { Text = messages.Get("greet.hello") },
            new() { Text = messages.Get("greet.how") },
            new() { Text = messages.Get("greet.buttons") },
            Question(4),
        ];

        var parts = Renderer.Render(greeting, "sms");
        var separately = greeting.SelectMany(r => Renderer.Render([r], "sms")).ToList();

        Assert.True(parts.Count < separately.Count, $"{parts.Count} texts, as many as one a message:\n" + string.Join("\n---\n", parts.Select(p => p.Text)));
        Assert.True(parts.Count <= 3, $"{parts.Count} texts");
        Assert.All(parts, p => Assert.True(p.Text!.Length <= 160, p.Text));
        Assert.All(parts, p => Assert.True(p.Text!.Count(c => c == '?') <= 1, p.Text));
        Assert.Equal(string.Join("\n", separately.Select(p => p.Text)), string.Join("\n", parts.Select(p => p.Text)));
        Assert.All(parts.SkipLast(1), p => Assert.Equal(InputHints.AcceptingInput, p.InputHint));
        Assert.Equal(InputHints.ExpectingInput, parts[^1].InputHint);
        Assert.EndsWith("Reply 1, 2, 3 or 4.", parts[^1].Text, StringComparison.Ordinal);
        // The question and its numbered options are in the same text.
        Assert.Contains("What kind of work do you like?\n1. Option 1", parts[^1].Text, StringComparison.Ordinal);
    }

    /// <summary>Whatever short texts come before a question, the question stays with its numbered options.</summary>
    [Theory]
    [InlineData("Thank you.")]
    [InlineData("You can type your answer. Or you can reply with a number from the list.")]
    [InlineData("Good. I will look for jobs in caring for people.|Many good jobs need no qualifications. You can learn at work.")]
    public void Render_ShortTextsThenAQuestionOnSms_QuestionKeepsItsOptions(string before)
    {
        var replies = before.Split('|').Select(t => new Reply { Text = t }).Append(Question(4)).ToList();

        var parts = Renderer.Render(replies, "sms");

        var asking = Assert.Single(parts, p => p.Text!.Contains("What kind of work do you like?", StringComparison.Ordinal));
        Assert.Contains("What kind of work do you like?\n1. Option 1\n2. Option 2", asking.Text, StringComparison.Ordinal);
        Assert.Same(parts[^1], asking);
        Assert.All(parts, p => Assert.True(p.Text!.Length <= 160, p.Text));
    }

    /// <summary>Short text before the job cards travels together; each card starts a text of its own, and no card shares one with the question after.</summary>
    [Fact]
    public void Render_TextCardsThenQuestionOnSms_CardsKeepTheirOwnTexts()
    {
        Reply[] results =
        [
            new() { Text = "Thank you. I am looking for jobs for you now." },
            new() { Text = "I found 3 jobs.", Cards = [Card(1), Card(2), Card(3)] },
            Question(4),
        ];

        var parts = Renderer.Render(results, "sms");

        Assert.Equal("Thank you. I am looking for jobs for you now.\nI found 3 jobs.", parts[0].Text);
        Assert.Equal(3, parts.Count(p => p.Text!.StartsWith("1. Job 1", StringComparison.Ordinal) || p.Text.StartsWith("2. Job 2", StringComparison.Ordinal)
            || p.Text.StartsWith("3. Job 3", StringComparison.Ordinal)));
        Assert.StartsWith("What kind of work do you like?", parts[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Job", parts[^1].Text, StringComparison.Ordinal);
        Assert.All(parts, p => Assert.True(p.Text!.Length <= 160, p.Text));
    }

    [Fact]
    public void Split_LongText_BreaksAtSentencesThenWords()
    {
        var sentence = string.Join(" ", Enumerable.Repeat("word", 50)) + ".";
        var parts = ChannelReplyRenderer.Split("Short one. " + sentence, 160).ToList();
        Assert.All(parts, p => Assert.True(p.Length <= 160));
        Assert.Equal("Short one. " + sentence, string.Join(" ", parts));
    }

    [Theory]
    [InlineData(1, "1")]
    [InlineData(2, "1 or 2")]
    [InlineData(4, "1, 2, 3 or 4")]
    public void NumberList_Count_ReadsNaturally(int count, string expected) =>
        Assert.Equal(expected, ChannelReplyRenderer.NumberList(count));

    [Theory]
    [InlineData("webchat", ChannelKind.WebChat)]
    [InlineData("MSTeams", ChannelKind.Teams)]
    [InlineData("sms", ChannelKind.Sms)]
    [InlineData("emulator", ChannelKind.Emulator)]
    [InlineData("directline", ChannelKind.DirectLine)]
    [InlineData("slack", ChannelKind.Other)]
    [InlineData(null, ChannelKind.Other)]
    public void ChannelKinds_From_MapsWireIds(string? channelId, ChannelKind expected) =>
        Assert.Equal(expected, ChannelKinds.From(channelId));

    [Theory]
    [InlineData("sms")]
    [InlineData("SMS")]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("msteams")]
    [InlineData("test")]
    [InlineData("")]
    public void NumbersChoices_SaysWhetherTheRenderedQuestionShowsItsChoicesNumbered(string channel)
    {
        // The dialogs read a bare number by this: it must be true exactly where the resident sees "1. Option 1".
        var shown = string.Join("\n", Renderer.Render([Question(4)], channel).Select(a => a.Text));
        var numbered = shown.Contains("1. Option 1", StringComparison.Ordinal) && shown.Contains("4. Option 4", StringComparison.Ordinal);
        Assert.Equal(numbered, Renderer.NumbersChoices(channel));
        Assert.Equal(channel.Equals("sms", StringComparison.OrdinalIgnoreCase), Renderer.NumbersChoices(channel));
    }
}
