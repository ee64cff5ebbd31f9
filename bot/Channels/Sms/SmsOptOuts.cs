using System.Globalization;
using CareerBot.Bot.State;

namespace CareerBot.Bot.Channels.Sms;

/// <summary>
/// Who sent STOP, kept in the conversation state store under a hashed key (never the number). The entry is
/// written again each time an opted-out number writes, so it only expires after Storage:IdleDays of silence.
/// </summary>
internal sealed class SmsOptOuts(IServiceProvider services, TimeProvider clock)
{
    // Resolved when first used, so a host without SMS traffic never needs the store.
    private IConversationStateStore Store => services.GetRequiredService<IConversationStateStore>();

    public static string Key(string numberHash) => "sms-optout/" + numberHash;

    public async Task<bool> IsOptedOutAsync(string numberHash, CancellationToken cancellationToken) =>
        await Store.ReadAsync(Key(numberHash), cancellationToken) is not null;

    public async Task OptOutAsync(string numberHash, CancellationToken cancellationToken)
    {
        var payload = "{\"optedOutAt\":\"" + clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) + "\"}";
        await Store.WriteAsync(Key(numberHash), payload, "*", cancellationToken);
    }

    public async Task OptInAsync(string numberHash, CancellationToken cancellationToken) =>
        await Store.DeleteAsync(Key(numberHash), cancellationToken);
}
