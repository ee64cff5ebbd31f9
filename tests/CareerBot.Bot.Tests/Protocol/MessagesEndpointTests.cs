using System.Net;
using System.Text;
using System.Text.Json;
using CareerBot.Bot.Protocol;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>Bad input to /api/messages gets a clear application/problem+json answer, never a 500.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotHostFixture _bot = null!;
    private readonly EmulatorChannel _emulator = new("http://127.0.0.1:9/");

    public async ValueTask InitializeAsync() => _bot = await BotHostFixture.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string titleContains)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.Contains(titleContains, root.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("detail").GetString()));
        return root;
    }

    private static string Json(Activity activity) => JsonSerializer.Serialize(activity, BotJson.Options);

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task Post_NotJsonContentType_415(string contentType)
    {
        using var response = await _bot.PostRawAsync(Json(_emulator.Message("hi")), contentType, Ct);
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "content type");
    }

    [Fact]
    public async Task Post_JsonWithCharset_Accepted()
    {
        using var response = await _bot.PostRawAsync(Json(_emulator.Message("hi") with { DeliveryMode = "expectReplies" }),
            "application/json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("utf-8", response.RequestMessage!.Content!.Headers.ContentType!.CharSet);
    }

    [Fact]
    public async Task Post_BodyOver256KB_413()
    {
        var big = _emulator.Message("hi") with
        {
            ChannelData = JsonSerializer.SerializeToElement(new { padding = new string('x', ActivityLimits.MaxBodyBytes) }),
        };
        using var response = await _bot.PostRawAsync(Json(big), "application/json", Ct);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too large");
    }

    [Fact]
    public async Task Post_ChunkedBodyOver256KB_413()
    {
        // No Content-Length: the limit must hold while reading.
        var big = Json(_emulator.Message("hi") with
        {
            ChannelData = JsonSerializer.SerializeToElement(new { padding = new string('x', ActivityLimits.MaxBodyBytes + 10) }),
        });
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _bot.Http.SendAsync(request, Ct);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too large");
    }

    [Theory]
    [InlineData("{\"type\": \"message\", ")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[{\"type\": \"message\"}]")]
    [InlineData("{\"type\": 42}")]
    [InlineData("{\"type\": \"message\", \"timestamp\": \"yesterday\"}")]
    public async Task Post_MalformedJson_400(string body)
    {
        using var response = await _bot.PostRawAsync(body, "application/json", Ct);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "malformed");
    }

    [Fact]
    public async Task Post_MissingType_400()
    {
        using var response = await _bot.PostAsync(_emulator.Message("hi") with { Type = null }, Ct);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "type");
        Assert.Contains("type", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MissingConversationId_400()
    {
        using var response = await _bot.PostAsync(_emulator.Message("hi") with { Conversation = null }, Ct);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "conversation.id");
        using var empty = await _bot.PostAsync(_emulator.Message("hi") with { Conversation = new ConversationAccount("") }, Ct);
        await AssertProblemAsync(empty, HttpStatusCode.BadRequest, "conversation.id");
    }

    [Fact]
    public async Task Post_MissingChannelId_400()
    {
        using var response = await _bot.PostAsync(_emulator.Message("hi") with { ChannelId = null }, Ct);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "channelId");
    }

    [Fact]
    public async Task Post_MissingServiceUrl_400()
    {
        using var response = await _bot.PostAsync(_emulator.Message("hi") with { ServiceUrl = null }, Ct);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "serviceUrl");
    }

    [Theory]
    [InlineData("/relative/path")]
    [InlineData("ftp://example.org/")]
    public async Task Post_ServiceUrlNotHttp_400(string serviceUrl)
    {
        using var response = await _bot.PostAsync(_emulator.Message("hi") with { ServiceUrl = serviceUrl }, Ct);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "malformed");
        Assert.Contains("serviceUrl", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ExpectRepliesWithoutServiceUrl_200()
    {
        var replies = await _bot.ExpectRepliesAsync(_emulator.Message("hi") with { ServiceUrl = null }, Ct);
        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task Post_TextOverLimit_400()
    {
        var text = new string('a', ActivityLimits.MaxTextLength + 1);
        using var response = await _bot.PostAsync(_emulator.Message(text), Ct);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "too long");
        Assert.DoesNotContain("aaaa", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TextAtLimit_Answered()
    {
        var replies = await _bot.ExpectRepliesAsync(_emulator.Message(new string('a', ActivityLimits.MaxTextLength)), Ct);
        Assert.NotEmpty(replies);
    }

    [Theory]
    [InlineData("somethingNew")]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.InstallationUpdate)]
    [InlineData(ActivityTypes.Trace)]
    public async Task Post_OtherActivityType_200Ignored(string type)
    {
        // Even without a conversation: an activity the bot does not act on is acknowledged and dropped.
        using var response = await _bot.PostAsync(new Activity { Type = type }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Get_Messages_405()
    {
        using var response = await _bot.Http.GetAsync("api/messages", Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownInvoke_501()
    {
        using var response = await _bot.PostAsync(_emulator.Stamp(new Activity { Type = ActivityTypes.Invoke, Name = "composeExtension/query" }), Ct);
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }
}
