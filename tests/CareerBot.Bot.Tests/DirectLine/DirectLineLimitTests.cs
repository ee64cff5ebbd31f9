using System.Net;
using System.Net.WebSockets;
using Xunit;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>Rate limits (per token, per IP, new conversations per IP), the activity size limit, CORS and Origin.</summary>
public sealed class DirectLineLimitTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PerToken_OverTheLimit_Answers429WithRetryAfter_OtherTokensGoOn()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel,
            new Dictionary<string, string?> { ["DirectLine:RateLimit:PerTokenPerMinute"] = "4" });
        using var client = host.Client();
        var busy = await client.StartAsync(Cancel);
        var calm = await client.StartAsync(Cancel);

        // Starting counts as a new conversation (per IP); four calls with the token fit in the minute.
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetActivitiesAsync(busy.ConversationId, busy.Token, null, Cancel)).StatusCode);
        using var refused = await client.PostActivityAsync(busy.ConversationId, busy.Token, DirectLineClient.Message("hi"), Cancel);

        await DirectLineTokenTests.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.DoesNotContain(host.Bot.Seen, a => a.Type == "message");
        Assert.Equal(HttpStatusCode.OK, (await client.GetActivitiesAsync(calm.ConversationId, calm.Token, null, Cancel)).StatusCode);
    }

    [Fact]
    public async Task PerIp_OverTheLimit_Answers429EvenWithFreshTokens()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel, new Dictionary<string, string?>
        {
            ["DirectLine:RateLimit:PerIpPerMinute"] = "6",
            ["DirectLine:RateLimit:NewConversationsPerIpPerMinute"] = "100",
        });
        using var client = host.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/generate", null, null, Cancel);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                await DirectLineTokenTests.AssertProblemAsync(response, HttpStatusCode.TooManyRequests, "TooManyRequests");
        }
        using var poll = await client.GetActivitiesAsync("any", "x.y.z", null, Cancel);
        statuses.Add(poll.StatusCode);
        using var poll2 = await client.GetActivitiesAsync("any", "x.y.z", null, Cancel);
        statuses.Add(poll2.StatusCode);
        using var poll3 = await client.GetActivitiesAsync("any", "x.y.z", null, Cancel);
        statuses.Add(poll3.StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK,
            HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task NewConversations_OverThePerIpLimit_Answer429()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel,
            new Dictionary<string, string?> { ["DirectLine:RateLimit:NewConversationsPerIpPerMinute"] = "2" });
        using var client = host.Client();

        await client.GenerateAsync(Cancel);
        await client.GenerateAsync(Cancel);
        using var third = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/generate", null, null, Cancel);
        using var page = await client.SendAsync(HttpMethod.Post, "/api/webchat/token", null, null, Cancel);

        await DirectLineTokenTests.AssertProblemAsync(third, HttpStatusCode.TooManyRequests, "TooManyRequests");
        await DirectLineTokenTests.AssertProblemAsync(page, HttpStatusCode.TooManyRequests, "TooManyRequests");
    }

    [Fact]
    public async Task Post_OverTheSizeLimit_Answers413AndTheBotNeverSeesIt()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel,
            new Dictionary<string, string?> { ["DirectLine:MaxActivityBytes"] = "2048" });
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);

        using var big = await client.PostActivityAsync(session.ConversationId, session.Token, DirectLineClient.Message(new string('a', 3000)), Cancel);
        var id = await client.SayAsync(session, new string('b', 1000), Cancel);

        await DirectLineTokenTests.AssertProblemAsync(big, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        Assert.EndsWith("|0000002", id);
        Assert.Single(host.Bot.Seen, a => a.Type == "message");
    }

    [Fact]
    public async Task Cors_OnlyConfiguredOriginsGetThePreflight()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel,
            new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://library.example.org" });
        using var client = host.Client();

        using var allowed = await PreflightAsync(client, "https://library.example.org");
        using var other = await PreflightAsync(client, "https://evil.example.net");

        Assert.Equal("https://library.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Stream_FromAPageOfAnotherSite_IsRefused()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel,
            new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://library.example.org" });
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);

        var refused = await Assert.ThrowsAsync<WebSocketException>(() =>
            DirectLineClient.ConnectAsync(session.StreamUrl!, Cancel, origin: "https://evil.example.net"));
        using var partner = await DirectLineClient.ConnectAsync(session.StreamUrl!, Cancel, origin: "https://library.example.org");
        using var own = await DirectLineClient.ConnectAsync(session.StreamUrl!, Cancel, origin: host.Address.GetLeftPart(UriPartial.Authority));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
        Assert.Equal(WebSocketState.Open, partner.State);
        Assert.Equal(WebSocketState.Open, own.State);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(DirectLineClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, DirectLineClient.Base + "/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return await client.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
