using System.Text.Json;
using CareerBot.Bot.Channels.Teams;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Bot.Tests.Channels.Teams;

/// <summary>Teams activities through the whole bot (gates, pipeline, conversation, Teams rendering).</summary>
public sealed class TeamsConversationTests : IAsyncLifetime
{
    private ChannelHost _host = null!;
    private static readonly string Tag = TeamsActivities.MentionTag();

    public ValueTask InitializeAsync()
    {
        _host = ChannelHost.Start();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Activity InConversation(Activity activity, string conversationId) =>
        activity with { Conversation = activity.Conversation! with { Id = conversationId } };

    [Fact]
    public async Task PersonalChat_InstallThenMentionedAnswers_ReachesJobsWithAtMostThreeButtonsPerCard()
    {
        var conversation = "a:personal-full-" + Guid.NewGuid().ToString("N");
        var all = new List<Activity>();

        // Teams sends the install (a conversationUpdate listing only the bot): the greeting and the first
        // question come with it, before the resident writes anything.
        all.AddRange(await _host.SendAsync(InConversation(TeamsActivities.PersonalInstall(), conversation), Ct));
        Assert.Contains(all, a => a.Text == MessageCatalogue.Default.Get("greet.hello"));
        Assert.Equal(MessageCatalogue.Default.Get("ask.interest"), all[^1].Text);

        string[] answers = ["Caring for people", "None", "Full-time", "Days", "Now", "skip"];
        IReadOnlyList<Activity> replies = [];
        for (var i = 0; i < answers.Length; i++)
        {
            // Residents sometimes @mention the bot in a personal chat too; the first answer does.
            var text = i == 0 ? $"{Tag} {answers[i]}" : answers[i];
            var inbound = TeamsActivities.PersonalMessage(text, i == 0 ? [Tag] : null, id: $"17410797{i:D5}");
            replies = await _host.SendAsync(InConversation(inbound, conversation), Ct);
            Assert.NotEmpty(replies);
            Assert.DoesNotContain(replies, r => r.Text?.StartsWith("Sorry, I did not understand", StringComparison.Ordinal) == true);
            all.AddRange(replies);
        }

        Assert.Contains(replies, r => r.Text?.StartsWith("I found", StringComparison.Ordinal) == true);
        Assert.Contains(replies, r => r.Attachments?.Count > 0);
        foreach (var reply in all)
        {
            Assert.Equal(ActivityTypes.Message, reply.Type);
            Assert.True((reply.SuggestedActions?.Actions.Count ?? 0) <= 3, $"more than 3 suggested actions: {reply.Text}");
            foreach (var card in reply.Attachments ?? [])
                Assert.True(Buttons(card) <= 3, $"a card with {Buttons(card)} buttons after: {reply.Text}");
            Assert.Contains(reply.InputHint, new[] { InputHints.ExpectingInput, InputHints.AcceptingInput });
            Assert.DoesNotContain("<at>", reply.Text ?? "", StringComparison.Ordinal);
        }
        // A question with more than 3 choices still offers every choice, as cards of up to 3 buttons.
        var askInterest = all.First(a => a.Text == MessageCatalogue.Default.Get("ask.interest"));
        var offered = (askInterest.SuggestedActions?.Actions.Count ?? 0) + (askInterest.Attachments ?? []).Sum(Buttons);
        Assert.True(offered >= 4, $"only {offered} choices offered for the first question");
    }

    [Fact]
    public async Task PersonalInstall_OnlyTheBotAdded_WelcomesTheResidentOnce()
    {
        var conversation = "a:personal-install-" + Guid.NewGuid().ToString("N");
        var install = InConversation(TeamsActivities.PersonalInstall(), conversation);

        var welcome = await _host.SendAsync(install, Ct);
        // Teams may repeat the update (a retry, or a second one naming the resident): no second greeting.
        var repeated = await _host.SendAsync(install with { Id = "f:repeat" }, Ct);
        var residentAdded = await _host.SendAsync(install with
        {
            Id = "f:resident",
            MembersAdded = [new ChannelAccount(TeamsActivities.UserId)],
        }, Ct);
        var answer = await _host.SendAsync(InConversation(TeamsActivities.PersonalMessage("Caring for people"), conversation), Ct);

        Assert.Equal(MessageCatalogue.Default.Get("greet.hello"), welcome[0].Text);
        var question = welcome[^1];
        Assert.Equal(MessageCatalogue.Default.Get("ask.interest"), question.Text);
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
        Assert.All(welcome, reply =>
        {
            Assert.Equal(ActivityTypes.Message, reply.Type);
            Assert.Equal(conversation, reply.Conversation?.Id);
            Assert.Equal(TeamsActivities.UserId, reply.Recipient?.Id);
            Assert.Equal(TeamsActivities.BotId, reply.From?.Id);
        });
        Assert.Empty(repeated);
        Assert.Empty(residentAdded);
        // The welcome started the conversation: the first answer goes to the first question.
        Assert.Contains(answer, r => r.Text == MessageCatalogue.Default.Get("ask.quals"));
        // The dialogs saw the resident join, not the bot.
        var joined = _host.Turns.Inbound.Single(a => a.Conversation?.Id == conversation && a.Type == ActivityTypes.ConversationUpdate);
        Assert.Contains(joined.MembersAdded!, m => m?.Id == TeamsActivities.UserId);
    }

    [Fact]
    public async Task GroupChat_BotAdded_NoWelcomeAndNoConversation()
    {
        var replies = await _host.SendAsync(TeamsActivities.BotAddedToGroupChat(), Ct);

        Assert.Empty(replies);
        Assert.DoesNotContain(_host.Turns.Inbound, a => a.Conversation?.Id == TeamsActivities.GroupConversation);
    }

    [Fact]
    public async Task PersonalChat_MentionedAnswer_UnderstoodAsIfTypedWithoutTheMention()
    {
        var conversation = "a:personal-mention-" + Guid.NewGuid().ToString("N");
        await _host.SendAsync(InConversation(TeamsActivities.PersonalInstall(), conversation), Ct);

        var replies = await _host.SendAsync(
            InConversation(TeamsActivities.PersonalMessage($"{Tag}&nbsp;Caring for people", [Tag]), conversation), Ct);

        Assert.Contains(replies, r => r.Text == MessageCatalogue.Default.Get("ask.quals"));
        var seen = _host.Turns.Inbound.Last(a => a.Conversation?.Id == conversation);
        Assert.Equal("Caring for people", seen.Text);
        Assert.DoesNotContain(seen.Entities ?? [], e => e.GetProperty("type").GetString() == "mention");
        Assert.Equal(TeamsActivities.TenantId, seen.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.AadObjectId, seen.From?.AadObjectId);
    }

    [Fact]
    public async Task GroupChat_MentionedMessage_OnePoliteReplyAndNoConversation()
    {
        var inbound = TeamsActivities.GroupMessage($"{Tag} I want a job in a hospital", [Tag]);

        var first = await _host.SendAsync(inbound, Ct);
        var second = await _host.SendAsync(inbound with { Id = "1741079702999", Text = $"{Tag} 1" }, Ct);

        foreach (var replies in new[] { first, second })
        {
            var reply = Assert.Single(replies);
            Assert.Equal(MessageCatalogue.Default.Get(TeamsGate.GroupChatMessageKey), reply.Text);
            Assert.Null(reply.Attachments);
            Assert.Null(reply.SuggestedActions);
            Assert.Equal(TeamsActivities.GroupConversation, reply.Conversation?.Id);
        }
    }

    [Fact]
    public async Task TeamChannel_BotAddedThenPersonAdded_NoWelcomeToTheTeam()
    {
        var botAdded = await _host.SendAsync(TeamsActivities.BotAddedToTeam(), Ct);
        var personAdded = await _host.SendAsync(TeamsActivities.BotAddedToTeam(memberId: "29:new-team-member"), Ct);

        Assert.Empty(botAdded);
        Assert.Empty(personAdded);
    }

    [Fact]
    public async Task InstallationUpdate_Personal_NoReply()
    {
        var replies = await _host.SendAsync(TeamsActivities.InstallationUpdate("add"), Ct);

        Assert.DoesNotContain(replies, r => r.Type == ActivityTypes.Message);
    }

    private static int Buttons(Attachment card) =>
        card.Content is { } content && content.TryGetProperty("buttons", out var buttons) && buttons.ValueKind == JsonValueKind.Array
            ? buttons.GetArrayLength() : 0;
}
