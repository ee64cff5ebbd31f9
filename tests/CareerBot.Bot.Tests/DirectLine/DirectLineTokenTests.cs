using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>The token rules: a token works for its own conversation only, until it expires, and only as signed.</summary>
public sealed class DirectLineTokenTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_ValidToken_Answers200WithTheEchoedId()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel);
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);

        var id = await client.SayAsync(session, "hello", Cancel);

        Assert.Equal(session.ConversationId + "|0000002", id);
        var (activities, _) = await client.PollAsync(session, null, Cancel);
        Assert.Contains(activities, a => a.GetProperty("id").GetString() == id && a.GetProperty("text").GetString() == "hello");
    }

    [Fact]
    public async Task Post_TokenOfAnotherConversation_Answers403()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel);
        using var client = host.Client();
        var mine = await client.StartAsync(Cancel);
        var theirs = await client.StartAsync(Cancel);

        using var post = await client.PostActivityAsync(theirs.ConversationId, mine.Token, DirectLineClient.Message("hi"), Cancel);
        using var read = await client.GetActivitiesAsync(theirs.ConversationId, mine.Token, null, Cancel);
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"{DirectLineClient.Base}/conversations/{theirs.ConversationId}", mine.Token, null, Cancel);

        await AssertProblemAsync(post, HttpStatusCode.Forbidden, "WrongConversation");
        await AssertProblemAsync(read, HttpStatusCode.Forbidden, "WrongConversation");
        await AssertProblemAsync(reconnect, HttpStatusCode.Forbidden, "WrongConversation");
        Assert.DoesNotContain(host.Bot.Seen, a => a.Type == "message");
    }

    [Fact]
    public async Task Post_ExpiredToken_Answers403AndRefreshIsRefused()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var host = await DirectLineHost.StartAsync(Cancel, clock: clock);
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);

        clock.Advance(TimeSpan.FromSeconds(1801));
        using var post = await client.PostActivityAsync(session.ConversationId, session.Token, DirectLineClient.Message("late"), Cancel);
        using var refresh = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/refresh", session.Token, null, Cancel);

        await AssertProblemAsync(post, HttpStatusCode.Forbidden, "TokenExpired");
        await AssertProblemAsync(refresh, HttpStatusCode.Forbidden, "TokenExpired");
    }

    [Fact]
    public async Task Refresh_ValidToken_GivesALaterTokenForTheSameConversation()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var host = await DirectLineHost.StartAsync(Cancel, clock: clock);
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);

        clock.Advance(TimeSpan.FromMinutes(15));
        using var refresh = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/refresh", session.Token, null, Cancel);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var json = await refresh.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var renewed = session with { Token = json.GetProperty("token").GetString()! };
        Assert.Equal(session.ConversationId, json.GetProperty("conversationId").GetString());
        Assert.Equal(1800, json.GetProperty("expires_in").GetInt32());

        // 20 minutes later the first token (issued at 0) has expired; the refreshed one (issued at 15) has not.
        clock.Advance(TimeSpan.FromMinutes(20));
        using var old = await client.PostActivityAsync(session.ConversationId, session.Token, DirectLineClient.Message("old"), Cancel);
        await AssertProblemAsync(old, HttpStatusCode.Forbidden, "TokenExpired");
        Assert.EndsWith("|0000002", await client.SayAsync(renewed, "new", Cancel));
    }

    [Fact]
    public async Task Post_TamperedToken_Answers403()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel);
        using var client = host.Client();
        var mine = await client.StartAsync(Cancel);
        var theirs = await client.StartAsync(Cancel);

        // Rewrite the payload to claim the other conversation, keeping the old signature.
        var parts = mine.Token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlDecode(parts[1]))!;
        payload["conv"] = JsonSerializer.SerializeToElement(theirs.ConversationId);
        var forged = parts[0] + "." + Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload)) + "." + parts[2];
        // And one with a flipped signature character, and one with "alg":"none".
        var flipped = mine.Token[..^2] + (mine.Token[^2] == 'A' ? 'B' : 'A') + mine.Token[^1];
        var none = Base64UrlEncode("""{"alg":"none","typ":"JWT"}"""u8.ToArray()) + "." + parts[1] + ".";

        foreach (var token in new[] { forged, flipped, none, "not-a-token" })
        {
            var conversation = token == forged ? theirs.ConversationId : mine.ConversationId;
            using var post = await client.PostActivityAsync(conversation, token, DirectLineClient.Message("hi"), Cancel);
            await AssertProblemAsync(post, HttpStatusCode.Forbidden, "BadToken");
        }
        Assert.DoesNotContain(host.Bot.Seen, a => a.Type == "message");
    }

    [Fact]
    public async Task Token_SignedByAnotherKey_Answers403_ButTheSameKeyOnASecondInstanceWorks()
    {
        await using var first = await DirectLineHost.StartAsync(Cancel);
        await using var sameKey = await DirectLineHost.StartAsync(Cancel);
        await using var otherKey = await DirectLineHost.StartAsync(Cancel,
            new Dictionary<string, string?> { ["DirectLine:TokenSecret"] = "another-signing-key-abcdefghijklmnopqrstuvwxyz" });
        using var client = first.Client();
        var session = await client.StartAsync(Cancel);

        using var same = sameKey.Client();
        Assert.EndsWith("|0000001", await same.SayAsync(session, "hello from another instance", Cancel));
        using var other = otherKey.Client();
        using var refused = await other.PostActivityAsync(session.ConversationId, session.Token, DirectLineClient.Message("hi"), Cancel);
        await AssertProblemAsync(refused, HttpStatusCode.Forbidden, "BadToken");
    }

    [Fact]
    public async Task Calls_WithoutToken_Answer401()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel);
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);

        using var post = await client.PostActivityAsync(session.ConversationId, null, DirectLineClient.Message("hi"), Cancel);
        using var read = await client.GetActivitiesAsync(session.ConversationId, null, null, Cancel);
        using var start = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/conversations", null, null, Cancel);
        using var refresh = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/refresh", null, null, Cancel);

        foreach (var response in new[] { post, read, start, refresh })
            await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "MissingToken");
    }

    [Fact]
    public async Task Stream_TokenOfAnotherConversationOrNone_IsRefusedBeforeTheUpgrade()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel);
        using var client = host.Client();
        var mine = await client.StartAsync(Cancel);
        var theirs = await client.StartAsync(Cancel);

        var foreign = theirs.StreamUrl!.Replace(Uri.EscapeDataString(theirs.Token), Uri.EscapeDataString(mine.Token), StringComparison.Ordinal);
        var bare = theirs.StreamUrl![..theirs.StreamUrl!.IndexOf('?', StringComparison.Ordinal)];

        var refusedForeign = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineClient.ConnectAsync(foreign, Cancel));
        var refusedBare = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineClient.ConnectAsync(bare, Cancel));
        Assert.Contains("403", refusedForeign.Message, StringComparison.Ordinal);
        Assert.Contains("401", refusedBare.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WithASecretConfigured_NeedsTheSecret()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel,
            new Dictionary<string, string?> { ["DirectLine:Secret"] = "partner-server-secret" });
        using var client = host.Client();

        using var none = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/generate", null, null, Cancel);
        using var wrong = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/generate", "guess", null, Cancel);
        using var right = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/generate", "partner-server-secret",
            JsonContent.Create(new { user = new { id = "dl_partner_user" } }), Cancel);

        await AssertProblemAsync(none, HttpStatusCode.Unauthorized, "MissingSecret");
        await AssertProblemAsync(wrong, HttpStatusCode.Forbidden, "BadToken");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var token = (await right.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("token").GetString()!;
        var claims = JsonDocument.Parse(Base64UrlDecode(token.Split('.')[1])).RootElement;
        Assert.Equal("dl_partner_user", claims.GetProperty("user").GetString());
    }

    [Fact]
    public async Task Post_FromAnotherUserId_IsEchoedAsTheTokensUser()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel);
        using var client = host.Client();
        var session = await client.StartAsync(Cancel, userId: "dl_resident_1");

        var id = await client.SayAsync(session, "I am someone else", Cancel);

        var (activities, _) = await client.PollAsync(session, null, Cancel);
        var echo = activities.Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal("dl_resident_1", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("dl_resident_1", host.Bot.Seen.Single(a => a.Type == "message").From!.Id);
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
