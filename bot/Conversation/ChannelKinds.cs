using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Conversation;

/// <summary>Maps a wire channelId to the <see cref="ChannelKind"/> the dialogs see (for building a Turn).</summary>
internal static class ChannelKinds
{
    public static ChannelKind From(string? channelId) => (channelId ?? "").Trim().ToLowerInvariant() switch
    {
        "webchat" => ChannelKind.WebChat,
        "directline" => ChannelKind.DirectLine,
        "emulator" => ChannelKind.Emulator,
        "msteams" => ChannelKind.Teams,
        "sms" => ChannelKind.Sms,
        "test" => ChannelKind.Test,
        _ => ChannelKind.Other,
    };
}
