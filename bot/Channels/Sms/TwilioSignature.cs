using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Bot.Channels.Sms;

/// <summary>
/// Twilio's request signature: HMAC-SHA1, keyed with the auth token, over the full URL followed by each POST
/// parameter's name and value, sorted by name (ordinal), with no separators; Base64. Compared in constant time.
/// </summary>
internal static class TwilioSignature
{
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
            data.Append(name).Append(value);
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(mac);
    }

    /// <summary>True when the signature matches the URL, or the URL with its default port added or removed (Twilio signs either).</summary>
    public static bool IsValid(string authToken, string url, IReadOnlyList<KeyValuePair<string, string>> form, string? signature)
    {
        if (string.IsNullOrEmpty(signature)) return false;
        var given = Encoding.ASCII.GetBytes(signature);
        foreach (var candidate in UrlForms(url))
        {
            var expected = Encoding.ASCII.GetBytes(Compute(authToken, candidate, form));
            if (CryptographicOperations.FixedTimeEquals(expected, given)) return true;
        }
        return false;
    }

    private static IEnumerable<string> UrlForms(string url)
    {
        yield return url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsDefaultPort) yield break;
        var hostEnd = url.IndexOf(uri.Authority, StringComparison.OrdinalIgnoreCase);
        if (hostEnd < 0) yield break;
        hostEnd += uri.Authority.Length;
        var port = ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rest = url[hostEnd..];
        yield return rest.StartsWith(port, StringComparison.Ordinal)
            ? url[..hostEnd] + rest[port.Length..]
            : url[..hostEnd] + port + rest;
    }
}
