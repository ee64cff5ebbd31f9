using CareerBot.Bot.Tests.Insights;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol.Connector;

/// <summary>Each serviceUrl host has its own circuit breaker.</summary>
public sealed class CircuitBreakerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Breaker_OneHostKeepsFailing_OpensForThatHostOnlyThenCloses()
    {
        await using ScriptedChannelSink failing = await ScriptedChannelSink.StartAsync(Cancel);
        await using ScriptedChannelSink healthy = await ScriptedChannelSink.StartAsync(Cancel);
        // The breaker reads the time from the clock; moving it by hand replaces waiting out the break.
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var rig = ConnectorRig.Create(new Dictionary<string, string?>
        {
            ["Connector:MaxRetryAttempts"] = "0",
            ["Connector:BreakerMinimumThroughput"] = "3",
            ["Connector:BreakerFailureRatio"] = "0.5",
            ["Connector:BreakerSamplingDuration"] = "00:01:00",
            ["Connector:BreakerDuration"] = "00:00:30",
        }, clock);
        failing.Otherwise = new SinkAnswer(503);

        for (int i = 1; i <= 6; i++)
            await rig.SendAsync(SomeReply.To(failing.ServiceUrl, "conv-f", $"f{i}"));
        await rig.SendAsync(SomeReply.To(healthy.ServiceUrl, "conv-h", "h1"));
        await rig.WaitUntilIdleAsync();

        // Three failures opened the breaker; the other three failed at once without a request.
        Assert.Equal(["f1", "f2", "f3"], failing.Attempts.Select(a => a.Activity.Text));
        Assert.Equal(6, rig.NotDelivered.Count(e => e.Value("ConversationId") == "conv-f"));
        Assert.Equal(3, rig.NotDelivered.Count(e => e.Message.Contains("BrokenCircuit", StringComparison.Ordinal)));
        Assert.Equal(["h1"], healthy.AcceptedTexts("conv-h"));

        // Still open before the break ends.
        failing.Otherwise = SinkAnswer.Ok;
        clock.Advance(TimeSpan.FromSeconds(10));
        await rig.SendAsync(SomeReply.To(failing.ServiceUrl, "conv-f", "too soon"));
        await rig.WaitUntilIdleAsync();
        Assert.Equal(3, failing.Attempts.Count);

        // After the break one trial call goes through; it succeeds and the breaker closes.
        clock.Advance(TimeSpan.FromSeconds(25));
        await rig.SendAsync(SomeReply.To(failing.ServiceUrl, "conv-f", "trial"), SomeReply.To(failing.ServiceUrl, "conv-f", "normal"));
        await rig.WaitUntilIdleAsync();
        Assert.Equal(["trial", "normal"], failing.AcceptedTexts("conv-f"));
        Assert.Equal(7, rig.Stats.Failed);
        Assert.Equal(3, rig.Stats.Sent);
    }

    [Fact]
    public async Task Breaker_Throttling_DoesNotOpenIt()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(new Dictionary<string, string?>
        {
            ["Connector:MaxRetryAttempts"] = "0",
            ["Connector:BreakerMinimumThroughput"] = "2",
            ["Connector:BreakerFailureRatio"] = "0.5",
        });
        sink.Script("conv-t", new SinkAnswer(429), new SinkAnswer(429), new SinkAnswer(429));

        for (int i = 1; i <= 4; i++)
            await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-t", $"t{i}"));
        await rig.WaitUntilIdleAsync();

        Assert.Equal(4, sink.Attempts.Count);
        Assert.Equal(["t4"], sink.AcceptedTexts("conv-t"));
    }
}
