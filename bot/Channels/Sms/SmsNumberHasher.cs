using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.Sms;

/// <summary>
/// Turns a phone number into a stable id with a keyed hash (HMAC-SHA256), so the number itself is never
/// stored or logged. Without the key a stored id cannot be matched back to a number by trying them all.
/// </summary>
internal sealed class SmsNumberHasher
{
    private readonly Lazy<byte[]> _key;

    public SmsNumberHasher(IOptions<SmsOptions> sms, IOptions<TwilioOptions> twilio, IConfiguration configuration, ILogger<SmsNumberHasher> logger)
    {
        _key = new Lazy<byte[]>(() =>
        {
            var secret = FirstSet(sms.Value.NumberHashKey, twilio.Value.AuthToken, configuration["MicrosoftAppPassword"]);
            if (secret is null)
            {
                logger.LogWarning("No Sms:NumberHashKey is set: phone numbers are hashed with a fixed key. Set one in production");
                secret = "careerbot-sms-numbers";
            }
            return SHA256.HashData(Encoding.UTF8.GetBytes("careerbot-sms-v1:" + secret));
        });
    }

    /// <summary>32 lower-case hex characters for a number; "+44 7700 900123" and "+447700900123" give the same id.</summary>
    public string Hash(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var normal = Normalise(number);
        var mac = HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(normal));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }

    private static string Normalise(string number)
    {
        var builder = new StringBuilder(number.Length);
        foreach (var c in number.Trim())
            if (char.IsAsciiDigit(c) || (c == '+' && builder.Length == 0) || char.IsAsciiLetter(c) || c == ':') builder.Append(c);
        return builder.Length > 0 ? builder.ToString() : number.Trim();
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
