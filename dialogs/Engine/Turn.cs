namespace CareerBot.Dialogs.Engine;

/// <summary>One message from a resident, channel-neutral. Built by the bot host from an Activity.</summary>
public sealed record Turn
{
    /// <summary>The resident's text, with channel markup (Teams mentions) removed. May be empty.</summary>
    public required string Text { get; init; }
    /// <summary>A card submit or postBack value, as JSON text; null when there is none.</summary>
    public string? ValueJson { get; init; }
    /// <summary>BCP-47 locale; "en-GB" when the channel sent none.</summary>
    public string Locale { get; init; } = "en-GB";
    /// <summary>The resident's local time for this turn (from localTimestamp, else UTC now).</summary>
    public required DateTimeOffset LocalTime { get; init; }
    public required ChannelKind Channel { get; init; }
    /// <summary>
    /// The channel shows a question's buttons as a numbered list ("1. Up to 3 miles"), so a number typed alone is the
    /// button of that number. Where buttons show without numbers (web chat, Teams, the Emulator) a number is first
    /// read as the question's own kind of answer ("3" to "How far can you travel?" is 3 miles). Set by the host,
    /// which knows how it shows buttons; when not set, true for SMS only.
    /// </summary>
    public bool ChoicesNumbered
    {
        get => _choicesNumbered ?? Channel == ChannelKind.Sms;
        init => _choicesNumbered = value;
    }

    private readonly bool? _choicesNumbered;
    public required string ConversationId { get; init; }
    /// <summary>True when this turn is the start of a conversation (conversationUpdate or first message).</summary>
    public bool IsConversationStart { get; init; }
}

/// <summary>Channels the dialogs may phrase differently for (SMS gets "Reply 1, 2 or 3").</summary>
public enum ChannelKind { WebChat, DirectLine, Emulator, Teams, Sms, Test, Other }
