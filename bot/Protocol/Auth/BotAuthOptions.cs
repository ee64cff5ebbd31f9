namespace CareerBot.Bot.Protocol.Auth;

/// <summary>
/// Endpoints and timings of bot authentication (section "BotAuth"). The defaults are the public
/// Azure ones; tests point them at local endpoints on loopback.
/// </summary>
public sealed class BotAuthOptions
{
    public const string Section = "BotAuth";

    /// <summary>Entra ID host that issues the bot's outbound token.</summary>
    public string Authority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Full token URL; when empty, {Authority}/{tenant}/oauth2/v2.0/token.</summary>
    public string? TokenEndpoint { get; set; }

    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>A cached outbound token is renewed this long before it expires.</summary>
    public TimeSpan TokenRefreshBefore { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Token endpoint for UserAssignedMSI (IMDS); App Service's IDENTITY_ENDPOINT wins when set.</summary>
    public string ManagedIdentityEndpoint { get; set; } = "http://169.254.169.254/metadata/identity/oauth2/token";

    public string ManagedIdentityResource { get; set; } = "https://api.botframework.com";

    /// <summary>OpenID metadata of tokens from the Bot Connector (issuer https://api.botframework.com).</summary>
    public string BotConnectorMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Entra-issued tokens (the Emulator, single-tenant callers).</summary>
    public string EmulatorMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>Allowed clock difference for nbf/exp of inbound tokens.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Signing keys are fetched again at least this often (and on an unknown key id).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);
}
