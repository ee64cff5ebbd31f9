using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>What a posted activity becomes: an echo Web Chat recognises, a turn for the bot, the replies after it.</summary>
public sealed class DirectLineActivityTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_Message_EchoKeepsClientActivityIdAndTheBotGetsExpectReplies()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel);
        using var client = host.Client();
        var session = await client.StartAsync(Cancel, userId: "dl_priya");

        using var response = await client.PostActivityAsync(session.ConversationId, session.Token, new
        {
            type = "message", text = "nights", locale = "en-GB",
            from = new { id = "dl_priya", name = "Priya" },
            channelData = new { clientActivityID = "client-42" },
        }, Cancel);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString();
        var (activities, watermark) = await client.PollAsync(session, null, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = activities.Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.False(echo.TryGetProperty("deliveryMode", out _));
        var reply = activities[^1];
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("dl_priya", reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("expectingInput", reply.GetProperty("inputHint").GetString());
        Assert.Equal("Yes", reply.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("title").GetString());
        Assert.Equal("3", watermark);

        var inbound = host.Bot.Seen.Single(a => a.Type == "message");
        Assert.Equal("expectReplies", inbound.DeliveryMode);
        Assert.Equal("directline", inbound.ChannelId);
        Assert.Equal(host.Address.ToString(), inbound.ServiceUrl);
        Assert.Equal(id, inbound.Id);
        var join = host.Bot.Seen.First();
        Assert.Equal("conversationUpdate", join.Type);
        Assert.Equal(["careerbot", "dl_priya"], join.MembersAdded!.Select(m => m.Id));
    }

    [Fact]
    public async Task Post_BotFails_Answers502AndTheEchoStays()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel);
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);
        host.Bot.Fail = true;

        using var response = await client.PostActivityAsync(session.ConversationId, session.Token, DirectLineClient.Message("hello"), Cancel);
        var (activities, _) = await client.PollAsync(session, null, Cancel);

        await DirectLineTokenTests.AssertProblemAsync(response, HttpStatusCode.BadGateway, "BotError");
        Assert.Equal("hello", activities[^1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_ConversationUpdateOrNoType_Answers400()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel);
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);

        using var update = await client.PostActivityAsync(session.ConversationId, session.Token,
            new { type = "conversationUpdate", membersAdded = new[] { new { id = "x" } } }, Cancel);
        using var untyped = await client.PostActivityAsync(session.ConversationId, session.Token, new { text = "hi" }, Cancel);
        using var broken = await client.SendAsync(HttpMethod.Post, $"{DirectLineClient.Base}/conversations/{session.ConversationId}/activities",
            session.Token, new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"), Cancel);

        await DirectLineTokenTests.AssertProblemAsync(update, HttpStatusCode.BadRequest, "BadArgument");
        await DirectLineTokenTests.AssertProblemAsync(untyped, HttpStatusCode.BadRequest, "BadArgument");
        await DirectLineTokenTests.AssertProblemAsync(broken, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Single(host.Bot.Seen);
    }
}
