using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Xunit;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>
/// Watermarks: a client that comes back with its last watermark gets every later activity exactly once.
/// Derived once per log: in memory (one instance) and in Redis (shared by instances).
/// </summary>
public abstract class DirectLineWatermarkContract
{
    private protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A host on the log under test, with extra settings.</summary>
    private protected abstract Task<DirectLineHost> StartAsync(IDictionary<string, string?>? settings = null);

    [Fact]
    public async Task Polling_ResumeWithLastWatermark_NothingLostOrRepeated()
    {
        await using var host = await StartAsync();
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);
        var seen = new List<string>();

        var (first, watermark) = await client.PollAsync(session, null, Cancel);
        seen.AddRange(Ids(first));
        for (var round = 0; round < 4; round++)
        {
            await client.SayAsync(session, $"answer {round}", Cancel);
            await client.SayAsync(session, $"more {round}", Cancel);
            var (next, after) = await client.PollAsync(session, watermark, Cancel);
            seen.AddRange(Ids(next));
            watermark = after;
        }
        // Asking again with the last watermark gives nothing new.
        var (again, same) = await client.PollAsync(session, watermark, Cancel);

        Assert.Empty(again);
        Assert.Equal(watermark, same);
        var all = Ids((await client.PollAsync(session, null, Cancel)).Activities);
        Assert.Equal(all, seen);
        Assert.Equal(1 + 4 * 2 * 2, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, seen.Count).Select(n => $"{session.ConversationId}|{n:D7}"), seen);
    }

    [Fact]
    public async Task WebSocket_ReconnectWithLastWatermark_GetsWhatWasMissedOnce()
    {
        await using var host = await StartAsync();
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);
        var seen = new List<string>();
        string watermark;

        using (var socket = await DirectLineClient.ConnectAsync(session.StreamUrl!, Cancel))
        {
            // The welcome, sent before the socket opened, is replayed.
            watermark = await ReadUntilAsync(socket, seen, 1);
            await client.SayAsync(session, "first", Cancel);
            watermark = await ReadUntilAsync(socket, seen, 3);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", Cancel);
        }

        // While the client is away, the conversation goes on.
        await client.SayAsync(session, "while away 1", Cancel);
        await client.SayAsync(session, "while away 2", Cancel);

        using var reconnect = await client.SendAsync(HttpMethod.Get,
            $"{DirectLineClient.Base}/conversations/{session.ConversationId}?watermark={watermark}", session.Token, null, Cancel);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var fresh = await reconnect.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var streamUrl = fresh.GetProperty("streamUrl").GetString()!;
        Assert.Contains("watermark=" + watermark, streamUrl, StringComparison.Ordinal);

        using (var socket = await DirectLineClient.ConnectAsync(streamUrl, Cancel))
        {
            await ReadUntilAsync(socket, seen, 7);
            await client.SayAsync(session, "back again", Cancel);
            await ReadUntilAsync(socket, seen, 9);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", Cancel);
        }

        var all = Ids((await client.PollAsync(session, null, Cancel)).Activities);
        Assert.Equal(all, seen);
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"{session.ConversationId}|{n:D7}"), seen);
    }

    [Fact]
    public async Task WebSocket_Idle_SendsEmptyKeepAlives()
    {
        await using var host = await StartAsync(new Dictionary<string, string?> { ["DirectLine:KeepAliveSeconds"] = "1" });
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);
        using var socket = await DirectLineClient.ConnectAsync(session.StreamUrl!, Cancel);
        var seen = new List<string>();
        await ReadUntilAsync(socket, seen, 1);

        // DirectLineJS pings with empty messages; they are ignored.
        await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, Cancel);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        wait.CancelAfter(TimeSpan.FromSeconds(30));
        Assert.Null(await DirectLineClient.ReceiveAsync(socket, wait.Token));
        Assert.Null(await DirectLineClient.ReceiveAsync(socket, wait.Token));
    }

    [Fact]
    public async Task WebSocket_SecondSocketForTheConversation_ClosesTheFirstWithCollision()
    {
        await using var host = await StartAsync();
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);
        using var first = await DirectLineClient.ConnectAsync(session.StreamUrl!, Cancel);
        await ReadUntilAsync(first, [], 1);

        using var second = await DirectLineClient.ConnectAsync(session.StreamUrl!, Cancel);
        var closed = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineClient.ReceiveAsync(first, Cancel));

        Assert.Contains("collision", closed.Message, StringComparison.Ordinal);
        await client.SayAsync(session, "still here", Cancel);
        var seen = new List<string>();
        await ReadUntilAsync(second, seen, 3);
        Assert.Equal(3, seen.Count);
    }

    [Fact]
    public async Task TwoConversations_TalkingAtOnce_EachSeesOnlyItsOwn()
    {
        await using var host = await StartAsync();
        using var client = host.Client();
        var a = await client.StartAsync(Cancel, userId: "dl_alice");
        var b = await client.StartAsync(Cancel, userId: "dl_bob");
        using var socketA = await DirectLineClient.ConnectAsync(a.StreamUrl!, Cancel);

        // Both talk at the same time.
        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 5; i++) await client.SayAsync(a, $"alice {i}", Cancel); }, Cancel),
            Task.Run(async () => { for (var i = 0; i < 5; i++) await client.SayAsync(b, $"bob {i}", Cancel); }, Cancel));

        var streamed = new List<JsonElement>();
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(Cancel))
        {
            wait.CancelAfter(TimeSpan.FromSeconds(60));
            while (streamed.Count < 11)
            {
                if (await DirectLineClient.ReceiveAsync(socketA, wait.Token) is { } set)
                    streamed.AddRange(set.GetProperty("activities").EnumerateArray().Select(x => x.Clone()));
            }
        }
        var polledA = (await client.PollAsync(a, null, Cancel)).Activities;
        var polledB = (await client.PollAsync(b, null, Cancel)).Activities;

        AssertOnly(streamed, a.ConversationId, "alice", "bob", b.ConversationId);
        AssertOnly(polledA, a.ConversationId, "alice", "bob", b.ConversationId);
        AssertOnly(polledB, b.ConversationId, "bob", "alice", a.ConversationId);
        Assert.Equal(11, polledA.Count);
        Assert.Equal(11, polledB.Count);
        Assert.Equal(WebSocketState.Open, socketA.State);
    }

    private static void AssertOnly(List<JsonElement> activities, string conversationId, string own, string other, string otherConversation)
    {
        foreach (var activity in activities)
        {
            Assert.Equal(conversationId, activity.GetProperty("conversation").GetProperty("id").GetString());
            Assert.StartsWith(conversationId + "|", activity.GetProperty("id").GetString(), StringComparison.Ordinal);
            var text = activity.GetProperty("text").GetString()!;
            Assert.DoesNotContain(other, text, StringComparison.Ordinal);
            Assert.DoesNotContain(otherConversation, text, StringComparison.Ordinal);
        }
        Assert.Equal(5, activities.Count(x => x.GetProperty("text").GetString()!.StartsWith(own, StringComparison.Ordinal)));
    }

    /// <summary>Reads ActivitySets (skipping keep-alives) until <paramref name="seen"/> holds <paramref name="count"/> ids.</summary>
    internal static async Task<string> ReadUntilAsync(WebSocket socket, List<string> seen, int count)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(60));
        var watermark = "";
        while (seen.Count < count)
        {
            if (await DirectLineClient.ReceiveAsync(socket, wait.Token) is not { } set) continue;
            seen.AddRange(Ids(set.GetProperty("activities").EnumerateArray()));
            watermark = set.GetProperty("watermark").GetString()!;
        }
        Assert.Equal(count, seen.Count);
        return watermark;
    }

    internal static List<string> Ids(IEnumerable<JsonElement> activities) =>
        activities.Select(a => a.GetProperty("id").GetString()!).ToList();
}

/// <summary>The watermark rules with the log in this process's memory.</summary>
public sealed class DirectLineWatermarkTests : DirectLineWatermarkContract
{
    private protected override Task<DirectLineHost> StartAsync(IDictionary<string, string?>? settings = null) =>
        DirectLineHost.StartAsync(Cancel, settings);

    [Fact]
    public async Task IdleConversation_LeavesMemory_AndTheClientCarriesOnFromItsWatermark()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var host = await DirectLineHost.StartAsync(Cancel,
            new Dictionary<string, string?> { ["DirectLine:IdleMinutes"] = "20" }, clock);
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);
        await client.SayAsync(session, "one", Cancel);
        var (_, watermark) = await client.PollAsync(session, null, Cancel);
        Assert.Equal("3", watermark);

        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, host.Conversations.Sweep());
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, host.Conversations.Sweep());
        Assert.Equal(0, host.Conversations.Count);

        // The token still works (it lasts 30 minutes); the client polls with its watermark and goes on.
        var (none, same) = await client.PollAsync(session, watermark, Cancel);
        Assert.Empty(none);
        Assert.Equal("3", same);
        var id = await client.SayAsync(session, "two", Cancel);
        var (next, after) = await client.PollAsync(session, watermark, Cancel);

        Assert.Equal(session.ConversationId + "|0000004", id);
        Assert.Equal([id, session.ConversationId + "|0000005"], Ids(next));
        Assert.Equal("5", after);
    }

}
