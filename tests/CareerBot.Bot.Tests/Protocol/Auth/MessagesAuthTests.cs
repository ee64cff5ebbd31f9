using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerBot.Bot.Protocol;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol.Auth;

/// <summary>
/// The real bot with an app id configured, behind /api/messages: tokens from local OpenID metadata
/// are checked on the way in, and replies carry a token from a local token endpoint on the way out.
/// </summary>
public sealed class MessagesAuthTests(MessagesAuthTests.AuthenticatedBot bot) : IClassFixture<MessagesAuthTests.AuthenticatedBot>
{
    private const string AppId = "c0ffee00-1111-2222-3333-444455556666";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Messages_ValidConnectorToken_AcceptedAndReplyCarriesBotToken()
    {
        var channel = new EmulatorChannel(bot.Sink.ServiceUrl);

        using HttpResponseMessage response = await PostAsync(channel.Join(), bot.Token(channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<SinkPost> posts = await bot.Sink.WaitAsync(p => p.Any(x => x.ConversationId == channel.ConversationId), Cancel);
        Assert.All(posts.Where(p => p.ConversationId == channel.ConversationId),
            p => Assert.Equal("Bearer token-1", p.Authorization));
        Assert.Single(bot.Tokens.Calls);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("expired")]
    [InlineData("wrong audience")]
    [InlineData("wrong issuer")]
    [InlineData("tampered signature")]
    [InlineData("serviceUrl mismatch")]
    [InlineData("not bearer")]
    public async Task Messages_BadToken_401ProblemAndNoReply(string what)
    {
        var channel = new EmulatorChannel(bot.Sink.ServiceUrl);
        DateTime now = DateTime.UtcNow;
        string? header = what switch
        {
            "missing" => null,
            "expired" => bot.Token(channel.ServiceUrl, notBefore: now.AddHours(-3), expires: now.AddHours(-2)),
            "wrong audience" => bot.Token(channel.ServiceUrl, audience: "another-bot"),
            "wrong issuer" => bot.Token(channel.ServiceUrl, issuer: "https://api.botframework.example"),
            "tampered signature" => Tamper(bot.Token(channel.ServiceUrl)),
            "serviceUrl mismatch" => bot.Token("https://smba.trafficmanager.net/emea/"),
            "not bearer" => "Basic YWxpY2U6c2VjcmV0",
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };

        using HttpResponseMessage response = await PostAsync(channel.Message("hello"), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        // The turn never ran, so nothing can have been sent to this conversation.
        Assert.Empty(bot.Sink.For(channel.ConversationId));
    }

    private static string Tamper(string header)
    {
        string[] parts = header["Bearer ".Length..].Split('.');
        byte[] signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[10] ^= 0xFF;
        return $"Bearer {parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";
    }

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await bot.Host.Http.SendAsync(request, Cancel);
    }

    /// <summary>One bot with an app id, local metadata, token endpoint and channel sink, shared by the tests here.</summary>
    public sealed class AuthenticatedBot : IAsyncLifetime
    {
        public LocalOpenIdMetadata Metadata { get; private set; } = null!;
        public LocalTokenEndpoint Tokens { get; private set; } = null!;
        public ChannelSink Sink { get; private set; } = null!;
        public BotHostFixture Host { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            CancellationToken cancel = TestContext.Current.CancellationToken;
            Metadata = await LocalOpenIdMetadata.StartAsync(cancel);
            Tokens = await LocalTokenEndpoint.StartAsync(cancel);
            Sink = await ChannelSink.StartAsync(cancel);
            Host = await BotHostFixture.StartAsync(cancel, new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "s3cret",
                ["BotAuth:Authority"] = Tokens.Authority.ToString(),
                ["BotAuth:BotConnectorMetadataUrl"] = Metadata.ConnectorMetadataUrl,
                ["BotAuth:EmulatorMetadataUrl"] = Metadata.EntraMetadataUrl,
            });
        }

        /// <summary>"Bearer ..." with a Bot Connector token for <paramref name="serviceUrl"/>.</summary>
        public string Token(string serviceUrl, string audience = AppId, string issuer = LocalOpenIdMetadata.ConnectorIssuer,
            DateTime? notBefore = null, DateTime? expires = null) =>
            "Bearer " + Metadata.Connector.Issue(issuer, audience,
                new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, notBefore, expires);

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await Sink.DisposeAsync();
            await Tokens.DisposeAsync();
            await Metadata.DisposeAsync();
        }
    }
}
