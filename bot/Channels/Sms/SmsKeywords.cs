namespace CareerBot.Bot.Channels.Sms;

/// <summary>What an SMS keyword asks for.</summary>
internal enum SmsKeyword { None, OptOut, OptIn, Help }

/// <summary>
/// The carriers' and Twilio's opt-out keywords, matched on the whole message (trimmed, any case).
/// "YES" opts back in only after STOP: otherwise it answers a question in the conversation.
/// </summary>
internal static class SmsKeywords
{
    private static readonly HashSet<string> OptOut = new(StringComparer.OrdinalIgnoreCase)
        { "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT" };
    private static readonly HashSet<string> OptIn = new(StringComparer.OrdinalIgnoreCase) { "START", "UNSTOP" };
    private static readonly HashSet<string> Help = new(StringComparer.OrdinalIgnoreCase) { "HELP", "INFO" };

    public static SmsKeyword Match(string? text, bool optedOut)
    {
        var word = (text ?? "").Trim().TrimEnd('.', '!');
        if (OptOut.Contains(word)) return SmsKeyword.OptOut;
        if (OptIn.Contains(word) || (optedOut && word.Equals("YES", StringComparison.OrdinalIgnoreCase))) return SmsKeyword.OptIn;
        if (Help.Contains(word)) return SmsKeyword.Help;
        return SmsKeyword.None;
    }
}
