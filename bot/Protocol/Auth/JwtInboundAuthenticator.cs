using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.Bot.Protocol.Auth;

/// <summary>
/// Checks the bearer token on /api/messages (spec §4). No app id configured: everything is allowed.
/// Otherwise the token's issuer picks the path: https://api.botframework.com is a Bot Connector token
/// (keys from the Bot Connector metadata, serviceurl claim, channel endorsements); an Entra issuer of the
/// Bot Framework tenants (or the bot's own tenant) is an Emulator token (keys from Entra metadata, the
/// caller's app id must be the bot's). Both need the bot's app id as audience and a valid lifetime.
/// </summary>
internal sealed partial class JwtInboundAuthenticator : IInboundAuthenticator
{
    private static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotCredentials credentials;
    private readonly BotAuthOptions options;
    private readonly IReadOnlyList<string> entraIssuers;
    private readonly OpenIdKeySource? connectorKeys;
    private readonly OpenIdKeySource? entraKeys;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly ILogger<JwtInboundAuthenticator> logger;

    public JwtInboundAuthenticator(IOptions<BotCredentials> credentials, IOptions<BotAuthOptions> options,
        IHttpClientFactory httpClients, TimeProvider clock, ILogger<JwtInboundAuthenticator> logger)
    {
        this.credentials = credentials.Value;
        this.options = options.Value;
        this.logger = logger;
        entraIssuers = BotIssuers.EntraFor(this.credentials);
        if (this.credentials.HasAppId)
        {
            HttpClient client = httpClients.CreateClient(AuthRegistration.HttpClientName);
            connectorKeys = new OpenIdKeySource(this.options.BotConnectorMetadataUrl, client, this.options.MetadataRefreshInterval, clock);
            entraKeys = new OpenIdKeySource(this.options.EmulatorMetadataUrl, client, this.options.MetadataRefreshInterval, clock);
        }
    }

    public async Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl,
        CancellationToken cancellationToken)
    {
        if (connectorKeys is null || entraKeys is null)
            return InboundAuthResult.Ok;

        InboundAuthResult result = await CheckAsync(authorizationHeader, channelId, serviceUrl, cancellationToken);
        if (!result.Allowed)
            LogDenied(channelId, result.Failure);
        return result;
    }

    private async Task<InboundAuthResult> CheckAsync(string? authorizationHeader, string? channelId, string? serviceUrl,
        CancellationToken cancellationToken)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorizationHeader)
            || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return InboundAuthResult.Denied("The request has no bearer token.");
        string token = authorizationHeader[scheme.Length..].Trim();
        if (!handler.CanReadToken(token))
            return InboundAuthResult.Denied("The bearer token is not a JSON web token.");

        JsonWebToken unverified;
        try
        {
            unverified = handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return InboundAuthResult.Denied("The bearer token is not a JSON web token.");
        }

        bool fromConnector = string.Equals(unverified.Issuer, BotIssuers.BotConnector, StringComparison.Ordinal);
        if (!fromConnector && !entraIssuers.Contains(unverified.Issuer, StringComparer.Ordinal))
            return InboundAuthResult.Denied("The token's issuer is not trusted.");
        OpenIdKeySource keys = fromConnector ? connectorKeys! : entraKeys!;

        OpenIdConnectConfiguration configuration;
        TokenValidationResult validation;
        try
        {
            configuration = await keys.GetWithKeyAsync(unverified.Kid, cancellationToken);
            validation = await handler.ValidateTokenAsync(token, new TokenValidationParameters
            {
                ValidIssuers = fromConnector ? [BotIssuers.BotConnector] : entraIssuers,
                ValidAudience = credentials.MicrosoftAppId,
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidateIssuerSigningKey = true,
                ValidAlgorithms = Algorithms,
                ClockSkew = options.ClockSkew,
                IssuerSigningKeys = configuration.SigningKeys,
            });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogKeysUnavailable(exception);
            return InboundAuthResult.Denied("The signing keys could not be checked.");
        }
        if (!validation.IsValid)
            return InboundAuthResult.Denied(Why(validation.Exception));

        return fromConnector
            ? CheckConnectorToken(unverified, validation, configuration, channelId, serviceUrl)
            : CheckEntraToken(validation);
    }

    private static InboundAuthResult CheckConnectorToken(JsonWebToken token, TokenValidationResult validation,
        OpenIdConnectConfiguration configuration, string? channelId, string? serviceUrl)
    {
        string? claimed = validation.Claims.TryGetValue("serviceurl", out object? value) ? value?.ToString() : null;
        if (string.IsNullOrWhiteSpace(claimed))
            return InboundAuthResult.Denied("The token has no serviceurl claim.");
        if (!string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
            return InboundAuthResult.Denied("The activity's serviceUrl is not the one in the token.");

        if (!string.IsNullOrEmpty(channelId) && !string.IsNullOrEmpty(token.Kid))
        {
            JsonWebKey? key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, token.Kid, StringComparison.Ordinal));
            if (key is not null && SigningKeyEndorsements.Of(key) is { } endorsed
                && !endorsed.Contains(channelId, StringComparer.OrdinalIgnoreCase))
                return InboundAuthResult.Denied("The token's signing key is not endorsed for this channel.");
        }
        return InboundAuthResult.Ok;
    }

    private InboundAuthResult CheckEntraToken(TokenValidationResult validation)
    {
        // v1 tokens name the caller in appid, v2 tokens in azp; it must be the bot itself.
        string version = validation.Claims.TryGetValue("ver", out object? ver) ? ver?.ToString() ?? "1.0" : "1.0";
        string claim = version == "2.0" ? "azp" : "appid";
        string? caller = validation.Claims.TryGetValue(claim, out object? value) ? value?.ToString() : null;
        return string.Equals(caller, credentials.MicrosoftAppId, StringComparison.OrdinalIgnoreCase)
            ? InboundAuthResult.Ok
            : InboundAuthResult.Denied("The token was issued to another app.");
    }

    private static string Why(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The token is for another app id.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with an unknown key.",
        SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        SecurityTokenInvalidAlgorithmException => "The token is signed with an algorithm that is not allowed.",
        SecurityTokenNoExpirationException => "The token has no expiry time.",
        _ => "The token is not valid.",
    };

    [LoggerMessage(Level = LogLevel.Debug, EventId = 4201, Message = "Request from channel {ChannelId} refused: {Reason}")]
    private partial void LogDenied(string? channelId, string? reason);

    [LoggerMessage(Level = LogLevel.Error, EventId = 4202, Message = "Bot authentication could not fetch or use the signing keys")]
    private partial void LogKeysUnavailable(Exception exception);
}
