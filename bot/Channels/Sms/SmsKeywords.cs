namespace CareerBot.Bot.Channels.Sms;

/// <summary>What an SMS keyword asks for.</summary>
internal enum SmsKeyword { None, OptOut, OptIn, Help }

/// <summary>
/// The carriers' and Twilio's opt-out keywords, matched on the whole message (trimmed, any case).
/// START, UNSTOP and YES opt back in only after STOP: otherwise they go to the conversation ("YES" answers a
/// question; a new resident's "START" gets the greeting, not "Welcome back! You will get texts again").
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
        if (optedOut && (OptIn.Contains(word) || word.Equals("YES", StringComparison.OrdinalIgnoreCase))) return SmsKeyword.OptIn;
        if (Help.Contains(word)) return SmsKeyword.Help;
        return SmsKeyword.None;
    }
}
