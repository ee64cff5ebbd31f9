namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>Once a minute, lets idle Direct Line conversations leave memory.</summary>
internal sealed partial class DirectLineSweeper(DirectLineConversations conversations, TimeProvider time, ILogger<DirectLineSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var removed = conversations.Sweep();
                if (removed > 0) LogSwept(logger, removed, conversations.Count);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line: {Removed} idle conversations left memory, {Remaining} remain")]
    private static partial void LogSwept(ILogger logger, int removed, int remaining);
}
