using Polly;
using StackExchange.Redis;

namespace CareerBot.Bot.Tests.State;

/// <summary>
/// A resilience strategy that lets a call reach Redis and then loses its reply (as a broken connection would) when
/// <paramref name="lose"/> says so; put it inside a retry to see what the retry finds.
/// </summary>
internal sealed class LoseReply(Func<bool> lose) : ResilienceStrategy
{
    /// <summary>One retry for a lost reply, around a <see cref="LoseReply"/>: what the retry finds is the test.</summary>
    public static ResiliencePipeline InsideOneRetry(Func<bool> lose) => new ResiliencePipelineBuilder()
        .AddRetry(new Polly.Retry.RetryStrategyOptions
        {
            MaxRetryAttempts = 1,
            Delay = TimeSpan.Zero,
            ShouldHandle = new PredicateBuilder().Handle<RedisConnectionException>(),
        })
        .AddStrategy(_ => new LoseReply(lose), new Polly.Retry.RetryStrategyOptions())
        .Build();

    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        Outcome<TResult> outcome = await callback(context, state);
        return lose()
            ? Outcome.FromException<TResult>(new RedisConnectionException(ConnectionFailureType.SocketClosed, CommandFlags.None, "reply lost", null, CommandStatus.Sent))
            : outcome;
    }
}
