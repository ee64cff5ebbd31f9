using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;

namespace CareerBot.Bot.Channels.Sms;

/// <summary>
/// SMS ("sms", from Azure Bot Service or the Twilio webhook): STOP, START and HELP as carriers expect.
/// After STOP the bot confirms once and then sends nothing until START. STOP does not delete the
/// resident's answers: they expire like any conversation (Storage:IdleDays), and "forget me" deletes them at once.
/// </summary>
internal sealed class SmsGate(SmsOptOuts optOuts, SmsNumberHasher hasher, ILogger<SmsGate> logger) : IChannelGate
{
    public const string ChannelId = "sms";
    public const string StoppedKey = "sms.stopped";
    public const string StartedKey = "sms.started";
    public const string HelpKey = "sms.help";

    public async ValueTask<GateDecision> InspectAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.ChannelId, ChannelId, StringComparison.OrdinalIgnoreCase)
            || activity.Type != ActivityTypes.Message || activity.From?.Id is not { Length: > 0 } sender)
            return GateDecision.Continue(activity);

        var who = hasher.Hash(sender);
        var optedOut = await optOuts.IsOptedOutAsync(who, cancellationToken);
        switch (SmsKeywords.Match(activity.Text, optedOut))
        {
            case SmsKeyword.OptOut:
                await optOuts.OptOutAsync(who, cancellationToken);
                if (optedOut) return GateDecision.Answer(activity, []);
                logger.LogInformation("SMS {ConversationId}: opted out", activity.Conversation?.Id);
                return GateDecision.Answer(activity, [Say(StoppedKey)]);
            case SmsKeyword.OptIn:
                if (optedOut) await optOuts.OptInAsync(who, cancellationToken);
                logger.LogInformation("SMS {ConversationId}: opted in", activity.Conversation?.Id);
                return GateDecision.Answer(activity, [Say(StartedKey)]);
            case SmsKeyword.Help:
                return GateDecision.Answer(activity, [Say(HelpKey)]);
        }
        if (!optedOut) return GateDecision.Continue(activity);

        // Opted out: no reply at all. Writing the entry again keeps it from expiring while the number is active.
        await optOuts.OptOutAsync(who, cancellationToken);
        return GateDecision.Answer(activity, []);
    }

    private static Reply Say(string key) => new() { Text = MessageCatalogue.Default.Get(key) };
}
