using System.Net.WebSockets;
using System.Text.Json;
using Xunit;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>Two conversations never see each other's activities, over polling or the WebSocket.</summary>
public sealed class DirectLineIsolationTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoConversations_TalkingAtOnce_EachSeesOnlyItsOwn()
    {
        await using var host = await DirectLineHost.StartAsync(Cancel);
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
}
