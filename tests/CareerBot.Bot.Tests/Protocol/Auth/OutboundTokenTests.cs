using CareerBot.Bot.Tests.Insights;
using CareerBot.Bot.Tests.Protocol.Connector;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol.Auth;

/// <summary>The bearer token on replies: fetched from a local token endpoint, cached, renewed before expiry.</summary>
public sealed class OutboundTokenTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Registration(LocalTokenEndpoint endpoint, string type = "MultiTenant",
        string? tenant = null) => new()
    {
        ["MicrosoftAppType"] = type,
        ["MicrosoftAppId"] = "app-123",
        ["MicrosoftAppPassword"] = "s3cret",
        ["MicrosoftAppTenantId"] = tenant,
        ["BotAuth:Authority"] = endpoint.Authority.ToString(),
        ["BotAuth:ManagedIdentityEndpoint"] = endpoint.ManagedIdentityUrl,
    };

    [Fact]
    public async Task Replies_AppIdConfigured_CarryOneCachedToken()
    {
        await using LocalTokenEndpoint tokens = await LocalTokenEndpoint.StartAsync(Cancel);
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(Registration(tokens));

        for (int i = 0; i < 5; i++)
            await rig.SendAsync(SomeReply.To(sink.ServiceUrl, $"conv-{i}", "a"), SomeReply.To(sink.ServiceUrl, $"conv-{i}", "b"));
        await rig.WaitUntilIdleAsync();

        Assert.Equal(10, sink.Accepted.Count);
        Assert.All(sink.Accepted, r => Assert.Equal("Bearer token-1", r.Authorization));
        TokenCall call = Assert.Single(tokens.Calls);
        Assert.Equal("botframework.com", call.Tenant);
        Assert.Equal("client_credentials", call.Fields["grant_type"]);
        Assert.Equal("app-123", call.Fields["client_id"]);
        Assert.Equal("s3cret", call.Fields["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", call.Fields["scope"]);
    }

    [Fact]
    public async Task Replies_NoAppId_NoAuthorizationHeader()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create();

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-1", "plain"));
        await rig.WaitUntilIdleAsync();

        Assert.Null(Assert.Single(sink.Accepted).Authorization);
    }

    [Fact]
    public async Task Token_SingleTenant_AskedOfTheBotsTenant()
    {
        await using LocalTokenEndpoint tokens = await LocalTokenEndpoint.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(Registration(tokens, "SingleTenant", "0b1c2d3e-aaaa-bbbb-cccc-1234567890ab"));

        Assert.Equal("token-1", await rig.Tokens.GetTokenAsync(Cancel));
        Assert.Equal("0b1c2d3e-aaaa-bbbb-cccc-1234567890ab", Assert.Single(tokens.Calls).Tenant);
    }

    [Fact]
    public async Task Token_NearExpiry_Renewed()
    {
        await using LocalTokenEndpoint tokens = await LocalTokenEndpoint.StartAsync(Cancel);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var rig = ConnectorRig.Create(Registration(tokens), clock);

        Assert.Equal("token-1", await rig.Tokens.GetTokenAsync(Cancel));
        clock.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await rig.Tokens.GetTokenAsync(Cancel));
        // Within five minutes of the hour's end: a new token, kept from then on.
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("token-2", await rig.Tokens.GetTokenAsync(Cancel));
        Assert.Equal("token-2", await rig.Tokens.GetTokenAsync(Cancel));
        Assert.Equal(2, tokens.Calls.Count);
    }

    [Fact]
    public async Task Token_ManyAskAtOnce_FetchedOnce()
    {
        await using LocalTokenEndpoint tokens = await LocalTokenEndpoint.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(Registration(tokens));

        string?[] got = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => rig.Tokens.GetTokenAsync(Cancel).AsTask()));

        Assert.All(got, token => Assert.Equal("token-1", token));
        Assert.Single(tokens.Calls);
    }

    [Fact]
    public async Task Replies_ChannelRefusesToken_FreshTokenOnceThenDelivered()
    {
        await using LocalTokenEndpoint tokens = await LocalTokenEndpoint.StartAsync(Cancel);
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(Registration(tokens));
        sink.Script("conv-1", new SinkAnswer(401));

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-1", "again"));
        await rig.WaitUntilIdleAsync();

        Assert.Equal(["Bearer token-1", "Bearer token-2"], sink.Attempts.Select(a => a.Authorization));
        Assert.Equal(["again"], sink.AcceptedTexts("conv-1"));
    }

    [Fact]
    public async Task Replies_TokenRefused_LoggedWithTheEntraReason()
    {
        await using LocalTokenEndpoint tokens = await LocalTokenEndpoint.StartAsync(Cancel);
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(Registration(tokens));
        tokens.Error = (400, "AADSTS700016: Application with identifier 'app-123' was not found in the directory 'Bot Framework'.");

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-1", "never sent"));
        await rig.WaitUntilIdleAsync();

        Assert.Empty(sink.Attempts);
        LogEntry failure = Assert.Single(rig.NotDelivered);
        Assert.Equal("conv-1", failure.Value("ConversationId"));
        Assert.Contains("AADSTS700016", failure.Message);
        Assert.Single(tokens.Calls);
    }

    [Fact]
    public async Task Token_TokenEndpointBusy_ReplyRetriedAndDelivered()
    {
        await using LocalTokenEndpoint tokens = await LocalTokenEndpoint.StartAsync(Cancel);
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(Registration(tokens));
        tokens.Error = (503, "busy");
        tokens.ErrorCount = 2;

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-1", "eventually"));
        await rig.WaitUntilIdleAsync();

        Assert.Equal(["eventually"], sink.AcceptedTexts("conv-1"));
        Assert.Equal("Bearer token-1", Assert.Single(sink.Attempts).Authorization);
        Assert.Equal(3, tokens.Calls.Count);
    }

    [Fact]
    public async Task Token_UserAssignedMsi_FromTheIdentityEndpoint()
    {
        await using LocalTokenEndpoint tokens = await LocalTokenEndpoint.StartAsync(Cancel);
        var settings = Registration(tokens, "UserAssignedMSI");
        settings["MicrosoftAppPassword"] = null;
        await using var rig = ConnectorRig.Create(settings);

        Assert.Equal("token-1", await rig.Tokens.GetTokenAsync(Cancel));
        TokenCall call = Assert.Single(tokens.Calls);
        Assert.Equal("msi", call.Tenant);
        Assert.Equal("true", call.MetadataHeader);
        Assert.Equal("app-123", call.Fields["client_id"]);
        Assert.Equal("https://api.botframework.com", call.Fields["resource"]);
    }
}
