using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.Bot.Tests.Protocol.Auth;

/// <summary>
/// Stand-ins for login.botframework.com and Entra's OpenID metadata on loopback, serving locally
/// generated RSA keys as JWKS, and a signer that issues tokens with those keys.
/// </summary>
public sealed class LocalOpenIdMetadata : IAsyncDisposable
{
    public const string ConnectorIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    private readonly Dictionary<string, SigningKey> keys = new(StringComparer.Ordinal);
    private LoopbackServer? server;
    private int connectorKeySetRequests;

    // RSA key generation is slow on a busy machine: the keys are made once and shared by every test.
    private static readonly Lazy<SigningKey> ConnectorKey = new(() => SigningKey.Create("connector-1", ["emulator", "msteams", "directline", "webchat"]));
    private static readonly Lazy<SigningKey> EntraKey = new(() => SigningKey.Create("entra-1", null));
    private static readonly Lazy<SigningKey> RotatedKey = new(() => SigningKey.Create("connector-2", ["msteams"]));
    private static readonly Lazy<SigningKey> StrangerKey = new(() => SigningKey.Create("connector-1", null));

    /// <summary>The Bot Connector's key, endorsed for these channels.</summary>
    public SigningKey Connector => ConnectorKey.Value;

    /// <summary>Entra's key (no endorsements).</summary>
    public SigningKey Entra => EntraKey.Value;

    /// <summary>A key the Bot Connector starts serving later (rotation).</summary>
    public static SigningKey Rotated => RotatedKey.Value;

    /// <summary>A key nobody publishes, with the same key id as the Bot Connector's.</summary>
    public static SigningKey Stranger => StrangerKey.Value;

    /// <summary>Keys the Bot Connector serves now (a test may rotate them).</summary>
    public List<SigningKey> ConnectorKeys { get; } = [];

    public string ConnectorMetadataUrl => server!.Address + "connector/.well-known/openidconfiguration";

    public string EntraMetadataUrl => server!.Address + "entra/v2.0/.well-known/openid-configuration";

    public int ConnectorKeySetRequests => Volatile.Read(ref connectorKeySetRequests);

    public static async Task<LocalOpenIdMetadata> StartAsync(CancellationToken cancellationToken)
    {
        var metadata = new LocalOpenIdMetadata();
        metadata.ConnectorKeys.Add(metadata.Connector);
        metadata.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/connector/.well-known/openidconfiguration", () => Results.Json(new
            {
                issuer = ConnectorIssuer,
                jwks_uri = metadata.server!.Address + "connector/keys",
                id_token_signing_alg_values_supported = new[] { "RS256" },
            }));
            app.MapGet("/connector/keys", () =>
            {
                Interlocked.Increment(ref metadata.connectorKeySetRequests);
                lock (metadata.ConnectorKeys)
                    return Results.Json(new { keys = metadata.ConnectorKeys.Select(k => k.Jwk()).ToArray() });
            });
            app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Results.Json(new
            {
                issuer = EmulatorIssuerV2,
                jwks_uri = metadata.server!.Address + "entra/keys",
            }));
            app.MapGet("/entra/keys", () => Results.Json(new { keys = new[] { metadata.Entra.Jwk() } }));
        }, cancellationToken);
        return metadata;
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
            await server.DisposeAsync();
    }
}

/// <summary>A locally generated RSA signing key, its JWK form and a token signer.</summary>
public sealed class SigningKey
{
    private readonly RSA rsa;

    private SigningKey(string kid, RSA rsa, IReadOnlyList<string>? endorsements)
    {
        Kid = kid;
        this.rsa = rsa;
        Endorsements = endorsements;
    }

    public string Kid { get; }

    public IReadOnlyList<string>? Endorsements { get; }

    public static SigningKey Create(string kid, IReadOnlyList<string>? endorsements) => new(kid, RSA.Create(2048), endorsements);

    public Dictionary<string, object> Jwk()
    {
        RSAParameters parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
            jwk["endorsements"] = Endorsements;
        return jwk;
    }

    /// <summary>A signed token; lifetime from now, an hour unless given.</summary>
    public string Issue(string issuer, string audience, IDictionary<string, object>? claims = null,
        DateTime? notBefore = null, DateTime? expires = null)
    {
        DateTime now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = Kid }, SecurityAlgorithms.RsaSha256),
        });
    }
}
