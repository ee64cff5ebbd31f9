using System.Text.Json;
using CareerBot.Bot.Channels;
using CareerBot.Bot.Channels.Teams;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Messages;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace CareerBot.Bot.Tests.Channels.Teams;

/// <summary>The Teams gate on its own, with activities shaped as Teams sends them.</summary>
public sealed class TeamsGateTests
{
    private static readonly TeamsGate Gate = new(NullLogger<TeamsGate>.Instance);
    private static string OneToOne => MessageCatalogue.Default.Get(TeamsGate.GroupChatMessageKey);

    private static async Task<GateDecision> Inspect(Activity activity) =>
        await Gate.InspectAsync(activity, TestContext.Current.CancellationToken);

    private static string Raw(JsonElement? element) => element?.GetRawText() ?? "";

    [Fact]
    public async Task Inspect_PersonalMessageWithBotMention_TextWithoutMentionAndEntityGone()
    {
        var tag = TeamsActivities.MentionTag();
        var inbound = TeamsActivities.PersonalMessage($"{tag} jobs in Walsall", [tag]);

        var decision = await Inspect(inbound);

        Assert.Null(decision.Instead);
        Assert.Equal("jobs in Walsall", decision.Activity.Text);
        var entities = decision.Activity.Entities ?? [];
        Assert.DoesNotContain(entities, e => e.GetProperty("type").GetString() == "mention");
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "clientInfo");
    }

    /// <summary>
    /// Some clients (and messages forwarded or edited) carry the bot's &lt;at&gt; tag without its mention entity:
    /// the tag naming the bot still goes, in any case, so "CareerBot" is not read as the kind of work wanted.
    /// </summary>
    [Theory]
    [InlineData("<at>CareerBot</at> hello", "hello")]
    [InlineData("<at>careerbot</at>&nbsp;cleaning jobs", "cleaning jobs")]
    [InlineData("nights please <at> CareerBot </at>", "nights please")]
    [InlineData("<at>CareerBot</at>", "")]
    [InlineData("ask <at>Sam Jones</at> about nights", "ask Sam Jones about nights")]
    public async Task Inspect_BotTagWithoutItsEntity_TagGoesOtherNamesStay(string text, string expected)
    {
        var inbound = TeamsActivities.PersonalMessage(text);
        Assert.DoesNotContain(inbound.Entities ?? [], e => e.GetProperty("type").GetString() == "mention");

        var decision = await Inspect(inbound);

        Assert.Equal(expected, decision.Activity.Text);
    }

    [Fact]
    public async Task Inspect_MentionWithNbspAndMiddlePosition_SpacesTidied()
    {
        var tag = TeamsActivities.MentionTag();
        var inbound = TeamsActivities.PersonalMessage($"Caring&nbsp;for {tag}\u00A0 people ", [tag]);

        var decision = await Inspect(inbound);

        Assert.Equal("Caring for people", decision.Activity.Text);
    }

    [Fact]
    public async Task Inspect_MentionOfSomeoneElse_NameKeptTagsRemovedEntityKept()
    {
        var inbound = TeamsActivities.PersonalMessage("ask <at>Sam Jones</at> about nights") with
        {
            Entities =
            [
                JsonSerializer.SerializeToElement(new
                {
                    type = "mention", mentioned = new { id = "29:someone-else", name = "Sam Jones" }, text = "<at>Sam Jones</at>",
                }),
            ],
        };

        var decision = await Inspect(inbound);

        Assert.Equal("ask Sam Jones about nights", decision.Activity.Text);
        Assert.Single(decision.Activity.Entities ?? []);
    }

    [Fact]
    public async Task Inspect_PersonalMessage_ChannelDataTenantAndIdsUntouched()
    {
        var tag = TeamsActivities.MentionTag();
        var inbound = TeamsActivities.PersonalMessage($"{tag} hi", [tag]);

        var decision = await Inspect(inbound);

        Assert.Equal(Raw(inbound.ChannelData), Raw(decision.Activity.ChannelData));
        Assert.Equal(TeamsActivities.TenantId, decision.Activity.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.TenantId, decision.Activity.Conversation?.TenantId);
        Assert.Equal(TeamsActivities.AadObjectId, decision.Activity.From?.AadObjectId);
        Assert.Equal(inbound.Id, decision.Activity.Id);
        Assert.Equal(inbound.ServiceUrl, decision.Activity.ServiceUrl);
    }

    [Fact]
    public async Task Inspect_PlainPersonalMessage_SameActivity()
    {
        var inbound = TeamsActivities.PersonalMessage("Caring for people");

        var decision = await Inspect(inbound);

        Assert.Same(inbound, decision.Activity);
        Assert.Null(decision.Instead);
    }

    [Fact]
    public async Task Inspect_GroupChatMessage_AnswersOneToOneInstead()
    {
        var tag = TeamsActivities.MentionTag();
        var decision = await Inspect(TeamsActivities.GroupMessage($"{tag} jobs in Walsall", [tag]));

        var reply = Assert.Single(decision.Instead ?? []);
        Assert.Equal(OneToOne, reply.Text);
        Assert.False(reply.ExpectsInput);
    }

    [Fact]
    public async Task Inspect_ChannelMessage_AnswersOneToOneInstead()
    {
        var tag = TeamsActivities.MentionTag();
        var decision = await Inspect(TeamsActivities.ChannelMessage($"{tag} help", [tag]));

        Assert.Equal(OneToOne, Assert.Single(decision.Instead ?? []).Text);
    }

    [Fact]
    public async Task Inspect_CardActionInGroupChat_AnswersOneToOneInstead()
    {
        var inbound = TeamsActivities.GroupMessage("") with { Type = "invoke", Name = "adaptiveCard/action", Text = null };

        var decision = await Inspect(inbound);

        Assert.Equal(OneToOne, Assert.Single(decision.Instead ?? []).Text);
    }

    [Fact]
    public async Task Inspect_IsGroupWithoutConversationType_TreatedAsGroup()
    {
        var inbound = TeamsActivities.PersonalMessage("hi") with
        {
            Conversation = new ConversationAccount("19:old@thread.skype") { IsGroup = true, TenantId = TeamsActivities.TenantId },
        };

        var decision = await Inspect(inbound);

        Assert.Equal(OneToOne, Assert.Single(decision.Instead ?? []).Text);
    }

    [Theory]
    [InlineData(TeamsActivities.BotId)]
    [InlineData("29:new-team-member")]
    public async Task Inspect_MemberAddedToTeam_QuietAndNoConversation(string memberId)
    {
        var decision = await Inspect(TeamsActivities.BotAddedToTeam(memberId));

        Assert.NotNull(decision.Instead);
        Assert.Empty(decision.Instead);
    }

    [Fact]
    public async Task Inspect_PersonalInstallWithOnlyTheBotAdded_ResidentAddedSoTheWelcomeRuns()
    {
        var inbound = TeamsActivities.PersonalInstall();

        var decision = await Inspect(inbound);

        Assert.Null(decision.Instead);
        var added = decision.Activity.MembersAdded ?? [];
        Assert.Equal([TeamsActivities.BotId, TeamsActivities.UserId], added.Select(m => m.Id));
        Assert.Equal(Raw(inbound.ChannelData), Raw(decision.Activity.ChannelData));
    }

    [Theory]
    [InlineData("add", true)]
    [InlineData("add-upgrade", true)]
    [InlineData("remove", true)]
    [InlineData("add", false)]
    public async Task Inspect_InstallationUpdate_NoRepliesNoConversation(string action, bool personal)
    {
        var decision = await Inspect(TeamsActivities.InstallationUpdate(action, personal));

        Assert.NotNull(decision.Instead);
        Assert.Empty(decision.Instead);
    }

    [Fact]
    public async Task Inspect_OtherChannel_LeftAlone()
    {
        var tag = TeamsActivities.MentionTag();
        var inbound = TeamsActivities.GroupMessage($"{tag} hi", [tag]) with { ChannelId = "webchat" };

        var decision = await Inspect(inbound);

        Assert.Same(inbound, decision.Activity);
        Assert.Null(decision.Instead);
    }
}
