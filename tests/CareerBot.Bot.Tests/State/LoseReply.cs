using Polly;
using StackExchange.Redis;

namespace CareerBot.Bot.Tests.State;

/// <summary>
/// A resilience strategy that lets a call reach Redis and then loses its reply (as a broken connection would) when
/// <paramref name="lose"/> says so; put it inside a retry to see what the retry finds.
/// </summary>
internal sealed class LoseReply(Func<bool> lose) : ResilienceStrategy
{
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        Outcome<TResult> outcome = await callback(context, state);
        return lose()
            ? Outcome.FromException<TResult>(new RedisConnectionException(ConnectionFailureType.SocketClosed, CommandFlags.None, "reply lost", null, CommandStatus.Sent))
            : outcome;
    }
}
