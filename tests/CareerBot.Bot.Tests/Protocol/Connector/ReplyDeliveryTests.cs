using System.Diagnostics;
using CareerBot.Bot.Protocol;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol.Connector;

/// <summary>Replies through the real connector client to a real channel sink on loopback.</summary>
public sealed class ReplyDeliveryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Enqueue_429Then500Then200_ReplyArrivesOnceInOrder()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create();
        sink.Script("conv-1", new SinkAnswer(429, RetryAfter: "0"), new SinkAnswer(500));

        await rig.SendAsync(
            SomeReply.To(sink.ServiceUrl, "conv-1", "first"),
            SomeReply.To(sink.ServiceUrl, "conv-1", "second"),
            SomeReply.To(sink.ServiceUrl, "conv-1", "third"));
        await rig.WaitUntilIdleAsync();

        Assert.Equal(["first", "second", "third"], sink.AcceptedTexts("conv-1"));
        Assert.Equal(["first", "first", "first", "second", "third"], sink.Attempts.Select(a => a.Activity.Text));
        Assert.Equal(3, rig.Stats.Sent);
        Assert.Equal(2, rig.Stats.Retried);
        Assert.Equal(0, rig.Stats.Failed);
        Assert.Empty(rig.NotDelivered);
    }

    [Fact]
    public async Task Enqueue_ReplyToId_PostsToTheReplyRouteAsJson()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create();

        await rig.SendAsync(
            SomeReply.To(sink.ServiceUrl, "a:1;messageid=2@x", "threaded", replyToId: "in|0001"),
            SomeReply.To(sink.ServiceUrl, "a:1;messageid=2@x", "proactive", replyToId: null));
        await rig.WaitUntilIdleAsync();

        SinkRequest[] requests = [.. sink.Accepted];
        Assert.Equal(2, requests.Length);
        Assert.Equal("a:1;messageid=2@x", requests[0].ConversationId);
        Assert.Equal("in|0001", requests[0].ReplyToId);
        Assert.StartsWith("application/json", requests[0].ContentType);
        Assert.Equal("in|0001", requests[0].Activity.ReplyToId);
        Assert.Equal("bot", requests[0].Activity.From?.Id);
        Assert.Null(requests[1].ReplyToId);
        Assert.EndsWith("/activities", requests[1].Path);
        Assert.All(requests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task Enqueue_ManyConversationsAcrossTurns_EachInOrderExactlyOnce()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create();
        string[] conversations = [.. Enumerable.Range(1, 6).Select(i => $"conv-{i}")];
        sink.Script("conv-2", new SinkAnswer(429, RetryAfter: "0"), new SinkAnswer(503), SinkAnswer.Ok, new SinkAnswer(502));
        sink.Script("conv-4", new SinkAnswer(500), new SinkAnswer(200, Delay: TimeSpan.FromMilliseconds(50)), new SinkAnswer(429));

        // Four turns per conversation, each queueing three replies, interleaved like concurrent turns.
        var turns = new List<Task>();
        foreach (string conversation in conversations)
        {
            turns.Add(Task.Run(async () =>
            {
                for (int turn = 0; turn < 4; turn++)
                    await rig.SendAsync(
                        SomeReply.To(sink.ServiceUrl, conversation, $"{turn}.a"),
                        SomeReply.To(sink.ServiceUrl, conversation, $"{turn}.b"),
                        SomeReply.To(sink.ServiceUrl, conversation, $"{turn}.c"));
            }, Cancel));
        }
        await Task.WhenAll(turns);
        await rig.WaitUntilIdleAsync();

        string[] expected = [.. Enumerable.Range(0, 4).SelectMany(t => new[] { $"{t}.a", $"{t}.b", $"{t}.c" })];
        foreach (string conversation in conversations)
            Assert.Equal(expected, sink.AcceptedTexts(conversation));
        Assert.Equal(6 * 12, rig.Stats.Sent);
        Assert.Equal(0, rig.Stats.Failed);
        Assert.Equal(0, rig.Stats.Pending);
    }

    [Fact]
    public async Task Enqueue_TwoConversations_SentInParallel()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(new Dictionary<string, string?> { ["Connector:AttemptTimeout"] = "00:01:00" });
        // Each conversation's request is held until the other's has arrived: only parallel sending lets both through.
        var bothArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int arrivals = 0;
        sink.OnArrival = async _ =>
        {
            if (Interlocked.Increment(ref arrivals) == 2)
                bothArrived.TrySetResult();
            await bothArrived.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        };

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-a", "to a"));
        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-b", "to b"));
        await rig.WaitUntilIdleAsync();

        Assert.True(bothArrived.Task.IsCompletedSuccessfully);
        Assert.Equal(2, sink.MostInFlight);
        Assert.Equal(2, rig.Stats.Sent);
    }

    [Fact]
    public async Task Enqueue_SlowAnswer_AttemptTimesOutAndIsRetried()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(new Dictionary<string, string?> { ["Connector:AttemptTimeout"] = "00:00:00.300" });
        sink.Script("conv-slow", new SinkAnswer(200, Delay: TimeSpan.FromSeconds(30)));

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-slow", "patience"), SomeReply.To(sink.ServiceUrl, "conv-slow", "after"));
        await rig.WaitUntilIdleAsync();

        Assert.Equal(["patience", "after"], sink.AcceptedTexts("conv-slow"));
        Assert.Equal(["patience", "patience", "after"], sink.Attempts.Select(a => a.Activity.Text));
        Assert.Equal(1, rig.Stats.Retried);
    }

    [Fact]
    public async Task Enqueue_RetryAfterSeconds_WaitsThatLong()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(new Dictionary<string, string?> { ["Connector:MaxRetryDelay"] = "00:00:10" });
        sink.Script("conv-1", new SinkAnswer(429, RetryAfter: "1"));

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-1", "later"));
        await rig.WaitUntilIdleAsync();

        SinkRequest[] attempts = [.. sink.Attempts];
        Assert.Equal(2, attempts.Length);
        // A lower bound only: the base delay is 10 ms, so only Retry-After explains a wait near a second.
        Assert.True(Stopwatch.GetElapsedTime(attempts[0].Timestamp, attempts[1].Timestamp) >= TimeSpan.FromMilliseconds(900));
        Assert.Equal(["later"], sink.AcceptedTexts("conv-1"));
    }

    [Fact]
    public async Task Enqueue_RetryAfterBeyondCap_WaitsOnlyTheCap()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create();
        // An hour, as a date and as seconds: capped at MaxRetryDelay (200 ms here), so the test ends.
        sink.Script("conv-1", new SinkAnswer(429, RetryAfter: DateTimeOffset.UtcNow.AddHours(1).ToString("r")), new SinkAnswer(503, RetryAfter: "3600"));

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-1", "capped"));
        await rig.WaitUntilIdleAsync();

        Assert.Equal(["capped"], sink.AcceptedTexts("conv-1"));
        Assert.Equal(3, sink.Attempts.Count);
    }

    [Fact]
    public async Task Enqueue_AlwaysFails_LoggedWithConversationIdAndCounted()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create(new Dictionary<string, string?> { ["Connector:MaxRetryAttempts"] = "2" });
        sink.Script("conv-doomed", new SinkAnswer(500), new SinkAnswer(500), new SinkAnswer(500));

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-doomed", "lost?", replyToId: "in-7"),
            SomeReply.To(sink.ServiceUrl, "conv-doomed", "next"));
        await rig.WaitUntilIdleAsync();

        LogEntry failure = Assert.Single(rig.NotDelivered);
        Assert.Equal(LogLevel.Error, failure.Level);
        Assert.Equal("conv-doomed", failure.Value("ConversationId"));
        Assert.Equal("in-7", failure.Value("ReplyToId"));
        Assert.Contains("HTTP 500", failure.Message);
        Assert.Equal(1, rig.Stats.Failed);
        Assert.Equal(1, rig.Stats.Sent);
        // Three tries of the first reply, then the next reply still goes, after it.
        Assert.Equal(["lost?", "lost?", "lost?", "next"], sink.Attempts.Select(a => a.Activity.Text));
    }

    [Fact]
    public async Task Enqueue_BadRequest_NotRetriedAndLogged()
    {
        await using ScriptedChannelSink sink = await ScriptedChannelSink.StartAsync(Cancel);
        await using var rig = ConnectorRig.Create();
        sink.Script("conv-1", new SinkAnswer(400));

        await rig.SendAsync(SomeReply.To(sink.ServiceUrl, "conv-1", "malformed"));
        await rig.WaitUntilIdleAsync();

        Assert.Single(sink.Attempts);
        Assert.Equal("conv-1", Assert.Single(rig.NotDelivered).Value("ConversationId"));
        Assert.Equal(0, rig.Stats.Retried);
    }

    [Fact]
    public async Task Enqueue_NobodyListening_RetriedThenLogged()
    {
        // A port that was just free: connection refused, an HttpRequestException each time.
        string serviceUrl;
        await using (ScriptedChannelSink closed = await ScriptedChannelSink.StartAsync(Cancel))
            serviceUrl = closed.ServiceUrl;
        await using var rig = ConnectorRig.Create(new Dictionary<string, string?> { ["Connector:MaxRetryAttempts"] = "2" });

        await rig.SendAsync(SomeReply.To(serviceUrl, "conv-gone", "hello?"));
        await rig.WaitUntilIdleAsync();

        Assert.Equal("conv-gone", Assert.Single(rig.NotDelivered).Value("ConversationId"));
        Assert.Equal(2, rig.Stats.Retried);
        Assert.Equal(1, rig.Stats.Failed);
    }

    [Fact]
    public async Task Enqueue_NoServiceUrl_LoggedNotThrown()
    {
        await using var rig = ConnectorRig.Create();

        await rig.SendAsync(SomeReply.To("not a url", "conv-x", "nowhere to go"));
        await rig.WaitUntilIdleAsync();

        LogEntry failure = Assert.Single(rig.NotDelivered);
        Assert.Equal("conv-x", failure.Value("ConversationId"));
        Assert.Contains("serviceUrl", failure.Message);
    }
}
