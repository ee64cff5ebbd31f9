using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Xunit;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>Watermarks: a client that comes back with its last watermark gets every later activity exactly once.</summary>
public sealed class DirectLineWatermarkTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Polling_ResumeWithLastWatermark_NothingLostOrRepeated()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel);
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
        await using var host = await DirectLineHost.StartAsync(Cancel);
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
        await using var host = await DirectLineHost.StartAsync(Cancel,
            new Dictionary<string, string?> { ["DirectLine:KeepAliveSeconds"] = "1" });
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
        await using var host = await DirectLineHost.StartAsync(Cancel);
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
