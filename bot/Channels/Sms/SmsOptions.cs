namespace CareerBot.Bot.Channels.Sms;

/// <summary>Settings for SMS (section "Sms"), shared by the Azure Bot Service "sms" channel and the Twilio webhook.</summary>
public sealed class SmsOptions
{
    /// <summary>
    /// Secret key for the HMAC that turns a phone number into an id. Optional: when empty the bot uses
    /// Twilio:AuthToken, then MicrosoftAppPassword. Set it so that changing those keeps SMS conversations.
    /// </summary>
    public string? NumberHashKey { get; set; }
}

/// <summary>Settings for the direct Twilio webhook (section "Twilio"; env Twilio__AuthToken).</summary>
public sealed class TwilioOptions
{
    /// <summary>The Twilio account's auth token. The webhook answers 404 while this is empty.</summary>
    public string? AuthToken { get; set; }

    /// <summary>
    /// The webhook URL exactly as entered in the Twilio console (https://host/api/sms/twilio). Needed behind a
    /// proxy, where the URL the bot sees differs from the one Twilio signed. When empty the request URL is used.
    /// </summary>
    public string? PublicUrl { get; set; }
}
