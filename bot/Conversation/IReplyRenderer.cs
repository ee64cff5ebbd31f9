using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Conversation;

/// <summary>
/// Turns channel-neutral replies into activities for one channel: suggested actions and hero cards
/// (carousel) on webchat, directline, emulator and msteams; numbered plain text on sms.
/// Sets type, text, inputHint, suggestedActions, attachments and attachmentLayout only; the
/// pipeline stamps addressing (from, recipient, conversation, replyToId, channelId, locale).
/// </summary>
public interface IReplyRenderer
{
    IReadOnlyList<Activity> Render(IReadOnlyList<Reply> replies, string channelId);

    /// <summary>
    /// True when <see cref="Render"/> shows a question's choices numbered on this channel ("1. Up to 3 miles"), so a
    /// number typed alone means that choice (see <see cref="Turn.ChoicesNumbered"/>).
    /// </summary>
    bool NumbersChoices(string channelId);
}
