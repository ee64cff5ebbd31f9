using Xunit;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>
/// Base of test classes whose every test gets a fresh real bot (<see cref="BotHostFixture"/>) and a loopback
/// Connector sink that its replies are posted to.
/// </summary>
public abstract class BotAndSinkTests : IAsyncLifetime
{
    protected ChannelSink Sink { get; private set; } = null!;

    protected BotHostFixture BotHost { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Sink = await ChannelSink.StartAsync(Ct);
        BotHost = await BotHostFixture.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await BotHost.DisposeAsync();
        await Sink.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
