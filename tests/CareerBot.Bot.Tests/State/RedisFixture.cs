using CareerBot.Bot.Tests.Insights;
using Xunit;

namespace CareerBot.Bot.Tests.State;

/// <summary>One real redis-server for a test class (its tests run one after another and use their own keys).</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    internal RedisServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Server = await RedisServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
