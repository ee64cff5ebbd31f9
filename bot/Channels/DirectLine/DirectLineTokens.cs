using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks conversation tokens: compact JWTs (HS256) with the claims <c>conv</c>, <c>user</c>,
/// <c>iat</c> and <c>exp</c>, signed with <see cref="DirectLineOptions.TokenSecret"/>. Web Chat reads the
/// <c>user</c> claim as Azure's tokens carry it. Only HS256 is accepted; the signature is compared in
/// constant time.
/// </summary>
internal sealed partial class DirectLineTokens
{
    public const int MinimumSecretLength = 32;
    private const string Issuer = "careerbot-directline";
    private static readonly byte[] Header = Encoding.UTF8.GetBytes(Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8));

    private readonly byte[] key;
    private readonly byte[]? secret;
    private readonly TimeProvider time;
    private readonly TimeSpan lifetime;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTokens> logger)
    {
        var settings = options.Value;
        this.time = time;
        lifetime = TimeSpan.FromSeconds(settings.TokenLifetimeSeconds);
        if (string.IsNullOrEmpty(settings.TokenSecret))
        {
            key = RandomNumberGenerator.GetBytes(32);
            LogRandomKey(logger);
        }
        else
        {
            key = Encoding.UTF8.GetBytes(settings.TokenSecret);
        }
        secret = string.IsNullOrEmpty(settings.Secret) ? null : Encoding.UTF8.GetBytes(settings.Secret);
    }

    public TimeSpan Lifetime => lifetime;

    /// <summary>True when a Direct Line secret is configured (then tokens/generate needs it).</summary>
    public bool HasSecret => secret is not null;

    public string Issue(string conversationId, string userId)
    {
        var now = time.GetUtcNow();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["conv"] = conversationId,
            ["user"] = userId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
        });
        var signed = Concat(Header, "."u8, Encoding.UTF8.GetBytes(Base64Url.EncodeToString(payload)));
        return Encoding.UTF8.GetString(signed) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, signed));
    }

    /// <summary>Checks an Authorization header value ("Bearer ...").</summary>
    public TokenCheck CheckHeader(string? authorization)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorization) || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return TokenCheck.Missing;
        return Check(authorization[scheme.Length..].Trim());
    }

    /// <summary>Checks a bare token (or the Direct Line secret).</summary>
    public TokenCheck Check(string? credential)
    {
        if (string.IsNullOrEmpty(credential)) return TokenCheck.Missing;
        var bytes = Encoding.UTF8.GetBytes(credential);
        if (secret is not null && CryptographicOperations.FixedTimeEquals(bytes, secret))
            return TokenCheck.Secret;

        var first = credential.IndexOf('.');
        var last = credential.LastIndexOf('.');
        if (first <= 0 || last == first || bytes.Length > 4096) return TokenCheck.Invalid;
        if (!credential.AsSpan(0, first).SequenceEqual(Encoding.UTF8.GetString(Header)))
            return TokenCheck.Invalid;

        var expected = HMACSHA256.HashData(key, bytes.AsSpan(0, last));
        var given = new byte[32];
        if (!Base64Url.IsValid(credential.AsSpan(last + 1)) ||
            Base64Url.DecodeFromChars(credential.AsSpan(last + 1), given, out _, out var written) != System.Buffers.OperationStatus.Done ||
            written != given.Length || !CryptographicOperations.FixedTimeEquals(expected, given))
            return TokenCheck.Invalid;

        try
        {
            var payload = Base64Url.DecodeFromChars(credential.AsSpan(first + 1, last - first - 1));
            using var json = JsonDocument.Parse(payload);
            var root = json.RootElement;
            var conversation = root.GetProperty("conv").GetString();
            var user = root.GetProperty("user").GetString();
            var expires = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
            if (string.IsNullOrEmpty(conversation) || string.IsNullOrEmpty(user)) return TokenCheck.Invalid;
            return time.GetUtcNow() >= expires
                ? TokenCheck.Expired
                : new TokenCheck(TokenVerdict.Valid, new DirectLineToken(conversation, user, expires));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Signed by us but unreadable: only possible with a changed format; treat as not ours.
            return TokenCheck.Invalid;
        }
    }

    private static byte[] Concat(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c)
    {
        var all = new byte[a.Length + b.Length + c.Length];
        a.CopyTo(all);
        b.CopyTo(all.AsSpan(a.Length));
        c.CopyTo(all.AsSpan(a.Length + b.Length));
        return all;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DirectLine:TokenSecret is not set: Direct Line tokens are signed with a random key and work only on this instance until it restarts")]
    private static partial void LogRandomKey(ILogger logger);
}
