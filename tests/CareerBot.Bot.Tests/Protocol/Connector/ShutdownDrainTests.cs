using Xunit;

namespace CareerBot.Bot.Tests.Protocol.Connector;

/// <summary>Stopping the host delivers what is queued, within the drain time.</summary>
public sealed class ShutdownDrainTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stop_RepliesQueued_DeliveredBeforeStopReturns()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sink.OnArrival = _ => release.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancel);

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-1", "one"), SomeReply.To(sink.ServiceUrl, "conv-1", "two"));
        Task stopping = Task.WhenAll(rig.HostedServices.Select(s => s.StopAsync(Cancel)));
        Assert.False(stopping.IsCompleted);
        release.SetResult();
        await stopping;

        Assert.Equal(["one", "two"], sink.AcceptedTexts("conv-1"));
        Assert.Equal(0, rig.Stats.Pending);
    }

    [Fact]
    public async Task Stop_ChannelNeverAnswers_GivesUpAfterDrainTimeAndLogsEach()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(new Dictionary<string, string?>
        {
            ["Connector:ShutdownDrainTimeout"] = "00:00:00.500",
            ["Connector:AttemptTimeout"] = "00:05:00",
        });
        sink.Script("conv-1", new SinkAnswer(200, Delay: TimeSpan.FromMinutes(5)));

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-1", "stuck"), SomeReply.To(sink.ServiceUrl, "conv-1", "behind"));
        foreach (var service in rig.HostedServices)
            await service.StopAsync(Cancel);

        Assert.Equal(2, rig.NotDelivered.Count(e => e.Value("ConversationId") == "conv-1"));
        Assert.Equal(2, rig.Stats.Failed);
        Assert.Equal(0, rig.Stats.Pending);
    }
}
