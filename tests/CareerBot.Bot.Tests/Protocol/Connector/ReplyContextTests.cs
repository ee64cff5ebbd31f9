using CareerBot.Bot.Protocol;
using Xunit;
using DiagnosticActivity = System.Diagnostics.Activity;
using ActivityIdFormat = System.Diagnostics.ActivityIdFormat;

namespace CareerBot.Bot.Tests.Protocol.Connector;

/// <summary>
/// A conversation's reply worker outlives the request that queued its first reply: it must not carry that
/// request's System.Diagnostics.Activity (ASP.NET Core hosting starts one per request) into later sends.
/// </summary>
public sealed class ReplyContextTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Enqueue_InsideRequestActivities_RepliesAreNotTracedAsChildrenOfThem()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create();
        // The first reply is held at the channel, so the second turn's reply goes to the same running worker.
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sink.OnArrival = async request =>
        {
            if (request.Activity.Text == "turn 1")
            {
                firstArrived.TrySetResult();
                await release.Task.WaitAsync(Cancel);
            }
        };

        string turn1 = await EnqueueInRequestAsync(rig, SomeReply.To(sink.ServiceUrl, "conv-1", "turn 1"));
        await firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        string turn2 = await EnqueueInRequestAsync(rig, SomeReply.To(sink.ServiceUrl, "conv-1", "turn 2"));
        release.SetResult();
        await rig.WaitUntilIdleAsync();

        Assert.Equal(["turn 1", "turn 2"], sink.AcceptedTexts("conv-1"));
        Assert.Null(DiagnosticActivity.Current);
        foreach (SinkRequest request in sink.Accepted)
        {
            // Before: "00-<turn 1's trace id>-<a child span>-.." on both replies, turn 2's under the wrong request.
            string? traceParent = request.TraceParent;
            Assert.False(traceParent is not null && (traceParent.Contains(turn1) || traceParent.Contains(turn2)),
                $"reply '{request.Activity.Text}' was sent as part of a request's trace: {traceParent}");
        }
    }

    /// <summary>Queues a reply the way a turn does, inside a request Activity like the one hosting starts; returns its trace id.</summary>
    private static async Task<string> EnqueueInRequestAsync(ConnectorRig rig, Activity reply)
    {
        using var request = new DiagnosticActivity("Microsoft.AspNetCore.Hosting.HttpRequestIn");
        request.SetIdFormat(ActivityIdFormat.W3C);
        request.Start();
        await rig.SendAsync(reply);
        return request.TraceId.ToHexString();
    }
}
