using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Tests.Channels.Teams;

/// <summary>
/// Activities shaped as Microsoft Teams sends them (Teams bot docs: conversation basics, channel and group
/// chat, conversation events, app installation): "28:" bot id, "29:" user id with aadObjectId, "a:" personal
/// and "19:" group/channel conversation ids, tenant in conversation and channelData, mention entities.
/// </summary>
internal static class TeamsActivities
{
    public const string AppId = "8d2f7c1a-4b3e-4f6a-9c1d-2e5b7a9f0c31";
    public const string BotId = "28:" + AppId;
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string UserId = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc";
    public const string AadObjectId = "c9b7a2f4-1d3e-4a5b-8c6d-7e8f9a0b1c2d";
    public const string PersonalConversation = "a:1pL5ew5bOqdu2vZlSFkZKwqMIYWVzXJEFSpTtSvH8U_-D9ysFDo_MBdvN2PTK1T8ZRPkLsl6aA8fzdHXT-ddR7pPVDXNDxWtxZyDXCz8vHBrBAkBaVmYmHdkBNzGbIyA3";
    public const string GroupConversation = "19:meeting_NjJmOWNiMmEtZGQ3Yy00ZTM4LTgzNWEtNDk0NmE4ZjJlMWNl@thread.v2";
    public const string ChannelConversation = "19:a2f3b4c5d6e7f8091a2b3c4d5e6f7081@thread.skype;messageid=1741079701900";

    public static Activity PersonalMessage(string text, IEnumerable<string>? mentionTexts = null, string id = "1741079701900") =>
        Parse(Message(id, text, Personal(), mentionTexts, ChannelData()));

    public static Activity GroupMessage(string text, IEnumerable<string>? mentionTexts = null) =>
        Parse(Message("1741079702000", text, Group("groupChat", GroupConversation), mentionTexts, ChannelData()));

    public static Activity ChannelMessage(string text, IEnumerable<string>? mentionTexts = null) =>
        Parse(Message("1741079702100", text, Group("channel", ChannelConversation), mentionTexts, TeamChannelData()));

    /// <summary>What Teams sends when a resident installs the app for themselves: the bot in membersAdded, the resident in from.</summary>
    public static Activity PersonalInstall() => Parse(new JsonObject
    {
        ["type"] = "conversationUpdate",
        ["id"] = "f:7d1b8a0e-5c2f-7b1a-3e4d-9c8b7a6f5e4d",
        ["timestamp"] = "2025-03-04T09:14:58.117Z",
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["channelId"] = "msteams",
        ["from"] = User(),
        ["recipient"] = Bot(),
        ["conversation"] = Personal(),
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["channelData"] = ChannelData(),
    });

    /// <summary>The bot added to a team: conversationUpdate in the team's General channel, eventType teamMemberAdded.</summary>
    public static Activity BotAddedToTeam(string memberId = BotId) => Parse(new JsonObject
    {
        ["type"] = "conversationUpdate",
        ["id"] = "f:3a8c9e1b-2d4f-6a7b-8c9d-0e1f2a3b4c5d",
        ["timestamp"] = "2025-03-04T09:20:00.000Z",
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["channelId"] = "msteams",
        ["from"] = User(),
        ["recipient"] = Bot(),
        ["conversation"] = new JsonObject
        {
            ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId,
            ["id"] = "19:a2f3b4c5d6e7f8091a2b3c4d5e6f7081@thread.skype",
        },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = memberId }),
        ["channelData"] = TeamChannelData("teamMemberAdded"),
    });

    /// <summary>The bot added to a group chat: conversationUpdate with the bot in membersAdded, no eventType.</summary>
    public static Activity BotAddedToGroupChat() => Parse(new JsonObject
    {
        ["type"] = "conversationUpdate",
        ["id"] = "f:5c6d7e8f-9a0b-1c2d-3e4f-5a6b7c8d9e0f",
        ["timestamp"] = "2025-03-04T09:18:00.000Z",
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["channelId"] = "msteams",
        ["from"] = User(),
        ["recipient"] = Bot(),
        ["conversation"] = Group("groupChat", GroupConversation),
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["channelData"] = ChannelData(),
    });

    public static Activity InstallationUpdate(string action, bool personal = true) => Parse(new JsonObject
    {
        ["type"] = "installationUpdate",
        ["action"] = action,
        ["id"] = "f:9b8a7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4",
        ["timestamp"] = "2025-03-04T09:14:57.000Z",
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["channelId"] = "msteams",
        ["from"] = User(),
        ["recipient"] = Bot(),
        ["conversation"] = personal ? Personal() : Group("groupChat", GroupConversation),
        ["channelData"] = personal ? ChannelData() : new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId }, ["source"] = new JsonObject { ["name"] = "message" } },
    });

    public static string MentionTag(string name = "CareerBot") => $"<at>{name}</at>";

    private static JsonObject Message(string id, string text, JsonObject conversation, IEnumerable<string>? mentionTexts, JsonObject channelData)
    {
        var entities = new JsonArray();
        foreach (var mention in mentionTexts ?? [])
        {
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "CareerBot" },
                ["text"] = mention,
            });
        }
        entities.Add(new JsonObject
        {
            ["type"] = "clientInfo", ["locale"] = "en-GB", ["country"] = "GB", ["platform"] = "Web", ["timezone"] = "Europe/London",
        });
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = "2025-03-04T09:15:02.117Z",
            ["localTimestamp"] = "2025-03-04T09:15:01.900+00:00",
            ["localTimezone"] = "Europe/London",
            ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
            ["channelId"] = "msteams",
            ["from"] = User(),
            ["conversation"] = conversation,
            ["recipient"] = Bot(),
            ["textFormat"] = "plain",
            ["locale"] = "en-GB",
            ["text"] = text,
            ["attachments"] = new JsonArray(),
            ["entities"] = entities,
            ["channelData"] = channelData,
        };
    }

    private static JsonObject User() => new() { ["id"] = UserId, ["name"] = "Priya Shah", ["aadObjectId"] = AadObjectId };

    private static JsonObject Bot() => new() { ["id"] = BotId, ["name"] = "CareerBot" };

    private static JsonObject Personal() =>
        new() { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = PersonalConversation };

    private static JsonObject Group(string type, string id) =>
        new() { ["isGroup"] = true, ["conversationType"] = type, ["tenantId"] = TenantId, ["id"] = id };

    private static JsonObject ChannelData() => new() { ["tenant"] = new JsonObject { ["id"] = TenantId } };

    private static JsonObject TeamChannelData(string? eventType = null)
    {
        var data = new JsonObject
        {
            ["teamsChannelId"] = "19:a2f3b4c5d6e7f8091a2b3c4d5e6f7081@thread.skype",
            ["teamsTeamId"] = "19:a2f3b4c5d6e7f8091a2b3c4d5e6f7081@thread.skype",
            ["channel"] = new JsonObject { ["id"] = "19:a2f3b4c5d6e7f8091a2b3c4d5e6f7081@thread.skype" },
            ["team"] = new JsonObject { ["id"] = "19:a2f3b4c5d6e7f8091a2b3c4d5e6f7081@thread.skype", ["name"] = "Dudley Careers Team", ["aadGroupId"] = "0e1f2a3b-4c5d-6e7f-8a9b-0c1d2e3f4a5b" },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        if (eventType is not null) data["eventType"] = eventType;
        return data;
    }

    private static Activity Parse(JsonObject json) =>
        JsonSerializer.Deserialize<Activity>(json.ToJsonString(), BotJson.Options) ?? throw new InvalidOperationException("Bad activity JSON.");
}
