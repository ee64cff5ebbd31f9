using System.Net.WebSockets;
using CareerBot.Bot.Tests.State;
using Xunit;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>
/// The watermark and isolation rules with the log in a real redis-server (Storage:Kind=redis), and two
/// instances sharing it: what is posted to one reaches a WebSocket open on the other.
/// </summary>
public sealed class DirectLineRedisTests(RedisFixture redis) : DirectLineWatermarkContract, IClassFixture<RedisFixture>
{
    private protected override Task<DirectLineHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "redis",
            ["Storage:Redis"] = redis.Server.ConnectionString,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        return DirectLineHost.StartAsync(Cancel, all);
    }

    [Fact]
    public async Task TwoInstances_PostToOne_StreamOnTheOther_NothingLostOrRepeated()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();
        using var one = first.Client();
        using var two = second.Client();
        var session = await one.StartAsync(Cancel);
        var seen = new List<string>();

        using (var socket = await DirectLineClient.ConnectAsync(session.StreamUrl!, Cancel))
        {
            await ReadUntilAsync(socket, seen, 1);
            // The load balancer sends the posts to the other instance.
            await two.SayAsync(session, "posted to the second", Cancel);
            await ReadUntilAsync(socket, seen, 3);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", Cancel);
        }
        await one.SayAsync(session, "while away", Cancel);

        // Reconnect through the second instance with the last watermark.
        var (missed, watermark) = await two.PollAsync(session, "3", Cancel);
        Assert.Equal("5", watermark);
        seen.AddRange(Ids(missed));
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"{session.ConversationId}|{n:D7}"), seen);
        // Only the first instance welcomed the resident: starting again on the second answers 200, no second welcome.
        using var again = await two.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/conversations", session.Token, null, Cancel);
        Assert.Equal(System.Net.HttpStatusCode.OK, again.StatusCode);
        Assert.Single(first.Bot.Seen, a => a.Type == "conversationUpdate");
        Assert.DoesNotContain(second.Bot.Seen, a => a.Type == "conversationUpdate");
    }
}
