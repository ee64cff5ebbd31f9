namespace CareerBot.Bot.State;

/// <summary>
/// Deletes SQLite conversations idle for longer than Storage:IdleDays, at start and then hourly, so a
/// quiet bot does not keep old answers on disk. (Redis keys carry their own TTL.)
/// </summary>
internal sealed partial class StateExpiryService(
    [FromKeyedServices(StateRegistration.Backing)] IConversationStateStore store, TimeProvider time, ILogger<StateExpiryService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store is not SqliteConversationStateStore sqlite)
            return;
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                int purged = await sqlite.PurgeExpiredAsync(stoppingToken);
                if (purged > 0)
                    LogPurged(purged);
            }
            catch (StateUnavailableException error)
            {
                LogPurgeFailed(error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} idle conversations")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete idle conversations; trying again later")]
    private partial void LogPurgeFailed(Exception error);
}
