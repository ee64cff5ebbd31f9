using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace CareerBot.Bot.Tests.Channels.Sms;

/// <summary>
/// Posts SMS to the webhook as Twilio does: form-encoded fields and an X-Twilio-Signature computed here with the
/// published algorithm (https://www.twilio.com/docs/usage/security#validating-requests), not with the bot's code.
/// </summary>
internal sealed class TwilioTestClient(HttpClient http, string authToken, string? signedUrl = null)
{
    public const string Path = "/api/sms/twilio";
    public const string BotNumber = "+441214960000";

    /// <summary>The URL Twilio would sign: the configured public URL, or the address the test reaches the bot on.</summary>
    public string SignedUrl => signedUrl ?? new Uri(http.BaseAddress!, Path).ToString();

    /// <summary>The published algorithm: URL, then each parameter name and value sorted by name; HMAC-SHA1 with the auth token; Base64.</summary>
    public static string Sign(string token, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal)) data.Append(name).Append(value);
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(token));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(data.ToString())));
    }

    public List<KeyValuePair<string, string>> Fields(string from, string body)
    {
        var sid = "SM" + Guid.NewGuid().ToString("N");
        return
        [
            new("ToCountry", "GB"), new("SmsMessageSid", sid), new("NumMedia", "0"), new("SmsSid", sid),
            new("SmsStatus", "received"), new("Body", body), new("FromCountry", "GB"), new("To", BotNumber),
            new("NumSegments", "1"), new("MessageSid", sid), new("AccountSid", "AC0123456789abcdef0123456789abcdef"),
            new("From", from), new("ApiVersion", "2010-04-01"),
        ];
    }

    public Task<HttpResponseMessage> PostAsync(IReadOnlyList<KeyValuePair<string, string>> fields, string? signature, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new FormUrlEncodedContent(fields) };
        if (signature is not null) request.Headers.Add("X-Twilio-Signature", signature);
        return http.SendAsync(request, cancellationToken);
    }

    /// <summary>Sends one SMS, correctly signed; returns the status and the text of each &lt;Message&gt;.</summary>
    public async Task<(int Status, IReadOnlyList<string> Messages, string Body)> TextAsync(string from, string body, CancellationToken cancellationToken)
    {
        var fields = Fields(from, body);
        using var response = await PostAsync(fields, Sign(authToken, SignedUrl, fields), cancellationToken);
        var xml = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) return ((int)response.StatusCode, [], xml);
        var doc = XDocument.Parse(xml);
        if (doc.Root?.Name != "Response") throw new InvalidOperationException("Not TwiML: " + xml);
        return ((int)response.StatusCode, doc.Root.Elements("Message").Select(m => m.Value).ToList(), xml);
    }
}
