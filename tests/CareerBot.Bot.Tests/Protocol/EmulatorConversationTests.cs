using System.Net;
using System.Text.Json;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>
/// The real host plays a channel the way the Emulator does (conversationUpdate, then messages) and the
/// bot's replies arrive at a loopback Connector sink: addressed, ordered, with the right input hints.
/// </summary>
public sealed class EmulatorConversationTests : BotAndSinkTests
{
    /// <summary>Posts the activity (200 expected) and waits until the bot has asked its next question in reply.</summary>
    private async Task<IReadOnlyList<SinkPost>> TurnAsync(Activity activity)
    {
        using var response = await BotHost.PostAsync(activity, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
        await Sink.WaitForQuestionAsync(activity.Id!, Ct);
        return Sink.For(activity.Conversation!.Id!).Where(p => p.ReplyToId == activity.Id).ToList();
    }

    [Fact]
    public async Task Emulator_JoinThenMessages_RepliesAddressedOrderedAndHinted()
    {
        var emulator = new EmulatorChannel(Sink.ServiceUrl);
        var script = new[] { emulator.Join(), emulator.Message("Office work"), emulator.Message("none") };
        foreach (var activity in script) await TurnAsync(activity);
        var posts = Sink.For(emulator.ConversationId);

        // Addressing: every post answers one inbound activity, from the bot to the user, in the same conversation.
        foreach (var post in posts)
        {
            var a = post.Activity;
            Assert.Equal(post.ReplyToId, a.ReplyToId);
            Assert.Contains(a.ReplyToId, script.Select(s => s.Id));
            Assert.Equal(emulator.ConversationId, a.Conversation?.Id);
            Assert.Equal(emulator.Bot.Id, a.From?.Id);
            Assert.Equal(emulator.User.Id, a.Recipient?.Id);
            Assert.Equal("emulator", a.ChannelId);
            Assert.Equal("en-GB", a.Locale);
            Assert.False(string.IsNullOrEmpty(a.Id));
            Assert.NotNull(a.Timestamp);
        }
        Assert.Equal(posts.Count, posts.Select(p => p.Activity.Id).Distinct().Count());

        // Order: all replies to one activity before any reply to the next; typing first for a message.
        var replyOrder = posts.Select(p => p.ReplyToId).Distinct().ToList();
        Assert.Equal(script.Select(s => s.Id), replyOrder);
        Assert.True(posts.Select(p => Array.IndexOf(script.Select(s => s.Id).ToArray(), p.ReplyToId)).SequenceEqual(
            posts.Select(p => Array.IndexOf(script.Select(s => s.Id).ToArray(), p.ReplyToId)).Order()), "Replies interleave between turns.");
        foreach (var message in script.Skip(1))
            Assert.Equal(ActivityTypes.Typing, posts.First(p => p.ReplyToId == message.Id).Activity.Type);
        Assert.DoesNotContain(posts, p => p.ReplyToId == script[0].Id && p.Activity.Type == ActivityTypes.Typing);

        // Input hints: each turn ends on a question (expectingInput); statements are acceptingInput.
        foreach (var inbound in script)
        {
            var messages = posts.Where(p => p.ReplyToId == inbound.Id && p.Activity.Type == ActivityTypes.Message).Select(p => p.Activity).ToList();
            Assert.Equal(InputHints.ExpectingInput, messages[^1].InputHint);
            Assert.All(messages, m => Assert.Contains(m.InputHint, new[] { InputHints.AcceptingInput, InputHints.ExpectingInput }));
            Assert.All(messages.Where(m => m.SuggestedActions is not null), m => Assert.Equal(InputHints.ExpectingInput, m.InputHint));
        }
        Assert.Contains(posts, p => p.Activity.InputHint == InputHints.AcceptingInput);

        // The same script with expectReplies gives the same messages in the same order.
        var twin = new EmulatorChannel(Sink.ServiceUrl);
        var twinTexts = new List<string?>();
        foreach (var activity in new[] { twin.Join(), twin.Message("Office work"), twin.Message("none") })
            twinTexts.AddRange((await BotHost.ExpectRepliesAsync(activity, Ct)).Select(a => a.Text));
        Assert.Equal(twinTexts, posts.Where(p => p.Activity.Type == ActivityTypes.Message).Select(p => p.Activity.Text));
    }

    [Fact]
    public async Task Join_BotOnlyInMembersAdded_NoGreeting()
    {
        var emulator = new EmulatorChannel(Sink.ServiceUrl);
        var botOnly = await BotHost.ExpectRepliesAsync(emulator.Stamp(new Activity
        {
            Type = ActivityTypes.ConversationUpdate, MembersAdded = [emulator.Bot],
        }), Ct);
        Assert.Empty(botOnly);
        var userJoins = await BotHost.ExpectRepliesAsync(emulator.Stamp(new Activity
        {
            Type = ActivityTypes.ConversationUpdate, MembersAdded = [emulator.User],
        }), Ct);
        Assert.NotEmpty(userJoins);
        Assert.Equal(InputHints.ExpectingInput, userJoins[^1].InputHint);
    }

    [Fact]
    public async Task Join_RepeatedBeforeTheUserWrites_GreetsOnce()
    {
        var emulator = new EmulatorChannel(Sink.ServiceUrl);
        var first = await BotHost.ExpectRepliesAsync(emulator.Join(), Ct);
        var again = await BotHost.ExpectRepliesAsync(emulator.Join(), Ct);
        Assert.NotEmpty(first);
        Assert.Empty(again);
    }

    [Fact]
    public async Task Join_WebChatJoinEventAfterConversationUpdate_GreetsOnceThenWelcomesBackAfterTalk()
    {
        var webchat = new EmulatorChannel(Sink.ServiceUrl, "webchat");
        var joinEvent = webchat.Stamp(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" });
        Assert.NotEmpty(await BotHost.ExpectRepliesAsync(webchat.Join(), Ct));
        Assert.Empty(await BotHost.ExpectRepliesAsync(joinEvent, Ct));

        // After the resident has talked, opening the chat again says welcome back and asks the waiting question.
        var answered = await BotHost.ExpectRepliesAsync(webchat.Message("Office work"), Ct);
        var back = await BotHost.ExpectRepliesAsync(webchat.Stamp(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" }), Ct);
        Assert.Equal(MessageCatalogue.Default.Get("greet.back"), back[0].Text);
        Assert.Equal(answered[^1].Text, back[^1].Text);
    }

    [Fact]
    public async Task Event_Other_200NoReply()
    {
        var emulator = new EmulatorChannel(Sink.ServiceUrl);
        Assert.Empty(await BotHost.ExpectRepliesAsync(emulator.Stamp(new Activity { Type = ActivityTypes.Event, Name = "SetTestOptions" }), Ct));
    }

    [Fact]
    public async Task ExpectReplies_RepliesInBodyAddressedAndNothingSentToConnector()
    {
        var quiet = new EmulatorChannel(Sink.ServiceUrl);
        var replies = await BotHost.ExpectRepliesAsync(quiet.Join(), Ct);
        Assert.NotEmpty(replies);
        Assert.All(replies, r =>
        {
            Assert.Equal(ActivityTypes.Message, r.Type);
            Assert.Equal(quiet.ConversationId, r.Conversation?.Id);
            Assert.Equal(quiet.Bot.Id, r.From?.Id);
            Assert.Equal(quiet.User.Id, r.Recipient?.Id);
            Assert.False(string.IsNullOrEmpty(r.ReplyToId));
        });
        Assert.Equal(InputHints.ExpectingInput, replies[^1].InputHint);
        var message = quiet.Message("Office work");
        var second = await BotHost.ExpectRepliesAsync(message, Ct);
        Assert.All(second, r => Assert.Equal(message.Id, r.ReplyToId));

        // A later normal conversation reaches the sink; by then nothing of the quiet one has (typing included).
        var loud = new EmulatorChannel(Sink.ServiceUrl);
        await TurnAsync(loud.Join());
        Assert.Empty(Sink.For(quiet.ConversationId));
    }

    [Fact]
    public async Task Message_SameActivityIdTwice_AppliedOnce()
    {
        var emulator = new EmulatorChannel(Sink.ServiceUrl);
        await BotHost.ExpectRepliesAsync(emulator.Join(), Ct);
        var answer = emulator.Message("Office work");
        var first = await BotHost.ExpectRepliesAsync(answer, Ct);
        var retried = await BotHost.ExpectRepliesAsync(answer, Ct);
        Assert.NotEmpty(first);
        Assert.Empty(retried);
        // The conversation goes on from the first application: the next answer is taken as the next question's.
        var next = await BotHost.ExpectRepliesAsync(emulator.Message("help"), Ct);
        Assert.Equal(first[^1].Text, next[^1].Text);
    }

    [Fact]
    public async Task Invoke_AdaptiveCardAction_AnsweredAsAMessageWithInvokeResponse()
    {
        var emulator = new EmulatorChannel(Sink.ServiceUrl, "msteams");
        await BotHost.ExpectRepliesAsync(emulator.Join(), Ct);
        var invoke = emulator.Stamp(new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "answer", data = new { text = "Office work" } } }),
        });
        using var response = await BotHost.PostAsync(invoke, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        var posts = await Sink.WaitForQuestionAsync(invoke.Id!, Ct);
        // The card's data moved the conversation on, like typing "Office work" would.
        var typed = new EmulatorChannel(Sink.ServiceUrl, "msteams");
        await BotHost.ExpectRepliesAsync(typed.Join(), Ct);
        var expected = await BotHost.ExpectRepliesAsync(typed.Message("Office work"), Ct);
        Assert.Equal(expected.Select(e => e.Text),
            posts.Where(p => p.ReplyToId == invoke.Id && p.Activity.Type == ActivityTypes.Message).Select(p => p.Activity.Text));
    }

    [Fact]
    public async Task Message_CardSubmitValueWithoutText_RoutedOnValue()
    {
        var emulator = new EmulatorChannel(Sink.ServiceUrl, "webchat");
        await BotHost.ExpectRepliesAsync(emulator.Join(), Ct);
        var submit = emulator.Message("") with { Text = null, Value = JsonSerializer.SerializeToElement(new { text = "Office work" }) };
        var viaValue = await BotHost.ExpectRepliesAsync(submit, Ct);

        var typed = new EmulatorChannel(Sink.ServiceUrl, "webchat");
        await BotHost.ExpectRepliesAsync(typed.Join(), Ct);
        var viaText = await BotHost.ExpectRepliesAsync(typed.Message("Office work"), Ct);
        Assert.Equal(viaText.Select(a => a.Text), viaValue.Select(a => a.Text));
    }

    [Fact]
    public async Task Message_UnknownFields_KeptOnInboundAndRepliesCarryTheConversation()
    {
        var emulator = new EmulatorChannel(Sink.ServiceUrl);
        var join = emulator.Join() with
        {
            Conversation = new ConversationAccount(emulator.ConversationId)
            {
                TenantId = "tenant-1",
                Unknown = new() { ["customFlag"] = JsonSerializer.SerializeToElement(true) },
            },
        };
        var replies = await BotHost.ExpectRepliesAsync(join, Ct);
        Assert.All(replies, r =>
        {
            Assert.Equal("tenant-1", r.Conversation?.TenantId);
            Assert.True(r.Conversation!.Unknown!["customFlag"].GetBoolean());
        });
    }

    [Fact]
    public async Task EndOfConversation_Inbound_ClearsState()
    {
        var emulator = new EmulatorChannel(Sink.ServiceUrl);
        var greeting = await BotHost.ExpectRepliesAsync(emulator.Join(), Ct);
        await BotHost.ExpectRepliesAsync(emulator.Message("Office work"), Ct);
        using var end = await BotHost.PostAsync(emulator.Stamp(new Activity { Type = ActivityTypes.EndOfConversation }), Ct);
        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        // A fresh start: the same greeting as the first time, not "welcome back".
        var again = await BotHost.ExpectRepliesAsync(emulator.Join(), Ct);
        Assert.Equal(greeting.Select(g => g.Text), again.Select(a => a.Text));
    }
}
