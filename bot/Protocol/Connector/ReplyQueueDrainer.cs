using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Protocol.Connector;

/// <summary>
/// On host stop, keeps delivering queued replies for up to <see cref="ConnectorOptions.ShutdownDrainTimeout"/>;
/// anything still queued after that is logged as not delivered.
/// </summary>
internal sealed partial class ReplyQueueDrainer(
    ReplyQueue queue, ReplyDeliveryStats stats, IOptions<ConnectorOptions> options, ILogger<ReplyQueueDrainer> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (stats.Pending == 0)
            return;
        LogDraining(stats.Pending);
        using var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        drain.CancelAfter(options.Value.ShutdownDrainTimeout);
        try
        {
            await queue.WaitUntilIdleAsync(drain.Token);
            return;
        }
        catch (OperationCanceledException)
        {
            LogGivingUp(stats.Pending);
        }
        queue.Abandon();
        // Abandoned sends end at once; wait a moment so each is logged before the process exits.
        using var last = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await queue.WaitUntilIdleAsync(last.Token);
        }
        catch (OperationCanceledException)
        {
            // Nothing more to do: the process is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, EventId = 4110, Message = "Stopping: delivering {Pending} queued replies")]
    private partial void LogDraining(long pending);

    [LoggerMessage(Level = LogLevel.Warning, EventId = 4111, Message = "Stopping: {Pending} replies still queued after the drain time; they are dropped and logged")]
    private partial void LogGivingUp(long pending);
}
