using System.Net.Sockets;
using Polly;
using Polly.Retry;
using StackExchange.Redis;

namespace CareerBot.Bot.State;

/// <summary>
/// The Polly pipeline around Redis state calls: a few quick retries (about a second in all) for a blip,
/// then <see cref="StateUnavailableException"/> so the turn answers 503 and the channel retries later.
/// </summary>
internal static partial class StateResilience
{
    /// <summary>Name of the keyed pipeline in the service collection.</summary>
    public const string RedisPipeline = "state-redis";

    public static ResiliencePipeline Create(TimeProvider time, ILogger logger, int retries = 3, TimeSpan? firstDelay = null) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                Delay = firstDelay ?? TimeSpan.FromMilliseconds(100),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                OnRetry = retry =>
                {
                    LogRetry(logger, retry.AttemptNumber + 1, retry.Outcome.Exception?.GetType().Name);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    /// <summary>Runs a Redis call through the pipeline; what stays broken becomes StateUnavailableException.</summary>
    public static async Task<T> RunAsync<T>(this ResiliencePipeline pipeline, Func<CancellationToken, ValueTask<T>> call,
        CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(call, cancellationToken);
        }
        catch (Exception error) when (IsTransient(error))
        {
            throw new StateUnavailableException("Redis, where conversation state is kept, cannot be reached.", error);
        }
        catch (RedisServerException error) when (error.Message.StartsWith("OOM", StringComparison.Ordinal))
        {
            // Full (maxmemory with noeviction): not worth retrying at once, but the channel may retry later.
            throw new StateUnavailableException("Redis, where conversation state is kept, is full.", error);
        }
    }

    public static bool IsTransient(Exception error) => error switch
    {
        RedisConnectionException or RedisTimeoutException or SocketException or IOException => true,
        // A restarted Redis loading its data, or a replica during fail-over.
        RedisServerException server => server.Message.StartsWith("LOADING", StringComparison.Ordinal)
            || server.Message.StartsWith("READONLY", StringComparison.Ordinal)
            || server.Message.StartsWith("MASTERDOWN", StringComparison.Ordinal)
            || server.Message.StartsWith("TRYAGAIN", StringComparison.Ordinal),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis state call failed; attempt {Attempt} after {Error}")]
    private static partial void LogRetry(ILogger logger, int attempt, string? error);
}
