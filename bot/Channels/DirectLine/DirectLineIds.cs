using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>Conversation, user and activity ids.</summary>
internal static class DirectLineIds
{
    /// <summary>A new conversation id: 22 URL-safe random characters.</summary>
    public static string Conversation() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new user id, "dl_" and 24 hex digits (Azure's tokens use the dl_ prefix).</summary>
    public static string User() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>"&lt;conversationId&gt;|0000001": the id of a conversation's activity number <paramref name="sequence"/>.</summary>
    public static string Activity(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
}
