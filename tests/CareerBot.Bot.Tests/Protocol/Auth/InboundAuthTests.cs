using CareerBot.Bot.Protocol;
using CareerBot.Bot.Tests.Protocol.Connector;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol.Auth;

/// <summary>
/// Tokens on /api/messages, checked against locally generated keys served by a local OpenID metadata
/// endpoint, as the Bot Connector and Entra (the Emulator) serve theirs.
/// </summary>
public sealed class InboundAuthTests : IAsyncLifetime
{
    private const string AppId = "b0b0b0b0-1111-2222-3333-444455556666";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private LocalOpenIdMetadata metadata = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => metadata = await LocalOpenIdMetadata.StartAsync(Cancel);

    public async ValueTask DisposeAsync() => await metadata.DisposeAsync();

    private ConnectorRig Rig(string? appId = AppId, string type = "MultiTenant", string? tenant = null) =>
        ConnectorRig.Create(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = appId is null ? null : "s3cret",
            ["MicrosoftAppTenantId"] = tenant,
            ["BotAuth:BotConnectorMetadataUrl"] = metadata.ConnectorMetadataUrl,
            ["BotAuth:EmulatorMetadataUrl"] = metadata.EntraMetadataUrl,
        });

    private string ConnectorToken(string audience = AppId, string? serviceUrl = ServiceUrl, DateTime? expires = null,
        DateTime? notBefore = null, string issuer = LocalOpenIdMetadata.ConnectorIssuer, SigningKey? key = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
            claims["serviceurl"] = serviceUrl;
        return (key ?? metadata.Connector).Issue(issuer, audience, claims, notBefore, expires);
    }

    private static Task<InboundAuthResult> CheckAsync(ConnectorRig rig, string? header, string channelId = "msteams",
        string serviceUrl = ServiceUrl) =>
        rig.Authenticator.AuthenticateAsync(header, channelId, serviceUrl, Cancel);

    [Fact]
    public async Task Authenticate_NoAppIdConfigured_EverythingAllowed()
    {
        await using var rig = Rig(appId: null);

        Assert.True((await CheckAsync(rig, null)).Allowed);
        Assert.True((await CheckAsync(rig, "Bearer not-even-a-jwt")).Allowed);
    }

    [Fact]
    public async Task Authenticate_ValidConnectorToken_Allowed()
    {
        await using var rig = Rig();

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + ConnectorToken());

        Assert.True(result.Allowed, result.Failure);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlDiffersOnlyInCase_Allowed()
    {
        await using var rig = Rig();

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + ConnectorToken(), serviceUrl: ServiceUrl.ToUpperInvariant());

        Assert.True(result.Allowed, result.Failure);
    }

    [Fact]
    public async Task Authenticate_MissingHeader_Denied()
    {
        await using var rig = Rig();

        InboundAuthResult result = await CheckAsync(rig, null);

        Assert.False(result.Allowed);
        Assert.Contains("no bearer token", result.Failure);
    }

    [Fact]
    public async Task Authenticate_NotBearer_Denied()
    {
        await using var rig = Rig();

        Assert.False((await CheckAsync(rig, "Basic dXNlcjpwYXNz")).Allowed);
        Assert.False((await CheckAsync(rig, "Bearer abc.def")).Allowed);
    }

    [Fact]
    public async Task Authenticate_Expired_Denied()
    {
        await using var rig = Rig();
        DateTime now = DateTime.UtcNow;

        InboundAuthResult result = await CheckAsync(rig,
            "Bearer " + ConnectorToken(notBefore: now.AddHours(-2), expires: now.AddHours(-1)));

        Assert.False(result.Allowed);
        Assert.Contains("expired", result.Failure);
    }

    [Fact]
    public async Task Authenticate_ExpiredWithinClockSkew_Allowed()
    {
        await using var rig = Rig();
        DateTime now = DateTime.UtcNow;

        InboundAuthResult result = await CheckAsync(rig,
            "Bearer " + ConnectorToken(notBefore: now.AddHours(-1), expires: now.AddMinutes(-2)));

        Assert.True(result.Allowed, result.Failure);
    }

    [Fact]
    public async Task Authenticate_NotYetValid_Denied()
    {
        await using var rig = Rig();
        DateTime now = DateTime.UtcNow;

        InboundAuthResult result = await CheckAsync(rig,
            "Bearer " + ConnectorToken(notBefore: now.AddHours(1), expires: now.AddHours(2)));

        Assert.False(result.Allowed);
        Assert.Contains("not valid yet", result.Failure);
    }

    [Fact]
    public async Task Authenticate_WrongAudience_Denied()
    {
        await using var rig = Rig();

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + ConnectorToken(audience: "someone-else"));

        Assert.False(result.Allowed);
        Assert.Contains("another app id", result.Failure);
    }

    [Fact]
    public async Task Authenticate_WrongIssuer_Denied()
    {
        await using var rig = Rig();

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + ConnectorToken(issuer: "https://evil.example.org"));

        Assert.False(result.Allowed);
        Assert.Contains("issuer", result.Failure);
    }

    [Fact]
    public async Task Authenticate_TamperedPayload_Denied()
    {
        await using var rig = Rig();
        string[] parts = ConnectorToken().Split('.');
        // Same header and signature, a payload for another serviceUrl: the signature no longer matches.
        string payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1])
            .Replace("smba.trafficmanager.net", "evil.example.org1", StringComparison.Ordinal);
        string tampered = $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + tampered, serviceUrl: "https://evil.example.org1/emea/");

        Assert.False(result.Allowed);
        Assert.Contains("signature", result.Failure);
    }

    [Fact]
    public async Task Authenticate_TamperedSignature_Denied()
    {
        await using var rig = Rig();
        string token = ConnectorToken();
        char last = token[^5];
        string tampered = token[..^5] + (last == 'A' ? 'B' : 'A') + token[^4..];

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + tampered);

        Assert.False(result.Allowed);
        Assert.Contains("signature", result.Failure);
    }

    [Fact]
    public async Task Authenticate_SignedWithAKeyNotPublished_Denied()
    {
        await using var rig = Rig();
        InboundAuthResult result = await CheckAsync(rig, "Bearer " + ConnectorToken(key: LocalOpenIdMetadata.Stranger));

        Assert.False(result.Allowed);
        Assert.Contains("signature", result.Failure);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlMismatch_Denied()
    {
        await using var rig = Rig();

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + ConnectorToken(), serviceUrl: "https://evil.example.org/");

        Assert.False(result.Allowed);
        Assert.Contains("serviceUrl", result.Failure);
    }

    [Fact]
    public async Task Authenticate_ConnectorTokenWithoutServiceUrl_Denied()
    {
        await using var rig = Rig();

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + ConnectorToken(serviceUrl: null));

        Assert.False(result.Allowed);
        Assert.Contains("serviceurl", result.Failure);
    }

    [Fact]
    public async Task Authenticate_ChannelNotEndorsedByTheKey_Denied()
    {
        await using var rig = Rig();

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + ConnectorToken(), channelId: "sms");

        Assert.False(result.Allowed);
        Assert.Contains("endorsed", result.Failure);
    }

    [Fact]
    public async Task Authenticate_EmulatorV1Token_Allowed()
    {
        await using var rig = Rig();
        string token = metadata.Entra.Issue(LocalOpenIdMetadata.EmulatorIssuerV1, AppId,
            new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId });

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + token, channelId: "emulator", serviceUrl: "http://localhost:53012");

        Assert.True(result.Allowed, result.Failure);
    }

    [Fact]
    public async Task Authenticate_EmulatorV2Token_Allowed()
    {
        await using var rig = Rig();
        string token = metadata.Entra.Issue(LocalOpenIdMetadata.EmulatorIssuerV2, AppId,
            new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = AppId });

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + token, channelId: "emulator", serviceUrl: "http://localhost:53012");

        Assert.True(result.Allowed, result.Failure);
    }

    [Fact]
    public async Task Authenticate_EmulatorTokenOfAnotherApp_Denied()
    {
        await using var rig = Rig();
        string token = metadata.Entra.Issue(LocalOpenIdMetadata.EmulatorIssuerV1, AppId,
            new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = "another-app" });

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + token, channelId: "emulator");

        Assert.False(result.Allowed);
        Assert.Contains("another app", result.Failure);
    }

    [Fact]
    public async Task Authenticate_EmulatorIssuerSignedWithConnectorKey_Denied()
    {
        await using var rig = Rig();
        string token = metadata.Connector.Issue(LocalOpenIdMetadata.EmulatorIssuerV1, AppId,
            new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId });

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + token, channelId: "emulator");

        Assert.False(result.Allowed);
    }

    [Fact]
    public async Task Authenticate_OwnTenantIssuer_AllowedOnlyWhenThatTenantIsConfigured()
    {
        const string tenant = "0b1c2d3e-aaaa-bbbb-cccc-1234567890ab";
        string token = metadata.Entra.Issue($"https://login.microsoftonline.com/{tenant}/v2.0", AppId,
            new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = AppId });

        await using (var singleTenant = Rig(type: "SingleTenant", tenant: tenant))
            Assert.True((await CheckAsync(singleTenant, "Bearer " + token, channelId: "emulator")).Allowed);
        await using (var multiTenant = Rig())
            Assert.False((await CheckAsync(multiTenant, "Bearer " + token, channelId: "emulator")).Allowed);
    }

    [Fact]
    public async Task Authenticate_ManyRequests_KeysFetchedOnce()
    {
        await using var rig = Rig();

        for (int i = 0; i < 10; i++)
            Assert.True((await CheckAsync(rig, "Bearer " + ConnectorToken())).Allowed);

        Assert.Equal(1, metadata.ConnectorKeySetRequests);
    }

    [Fact]
    public async Task Authenticate_KeyRotated_NewKeyFetchedAndAllowed()
    {
        await using var rig = Rig();
        Assert.True((await CheckAsync(rig, "Bearer " + ConnectorToken())).Allowed);
        lock (metadata.ConnectorKeys)
            metadata.ConnectorKeys.Add(LocalOpenIdMetadata.Rotated);

        InboundAuthResult result = await CheckAsync(rig, "Bearer " + ConnectorToken(key: LocalOpenIdMetadata.Rotated));

        Assert.True(result.Allowed, result.Failure);
        Assert.Equal(2, metadata.ConnectorKeySetRequests);
    }

    [Fact]
    public async Task Authenticate_Denied_LoggedWithoutTheToken()
    {
        await using var rig = Rig();
        string token = ConnectorToken(audience: "someone-else");

        await CheckAsync(rig, "Bearer " + token);

        LogEntry denied = Assert.Single(rig.Logs.Entries, e => e.EventId == 4201);
        Assert.Equal("msteams", denied.Value("ChannelId"));
        Assert.DoesNotContain(rig.Logs.Entries, e => e.Message.Contains(token.Split('.')[2], StringComparison.Ordinal));
    }
}
