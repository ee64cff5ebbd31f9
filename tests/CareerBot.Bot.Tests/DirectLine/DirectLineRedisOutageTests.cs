using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Bot.Tests.Channels;
using CareerBot.Bot.Tests.Insights;
using Xunit;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>
/// The Direct Line log in a real redis-server that is killed and started again: while it is away the
/// endpoint answers 503 problem+json with Retry-After (never 500) and logs it; when it is back the same
/// conversation carries on, with no restart of the bot.
/// </summary>
public sealed class DirectLineRedisOutageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RedisStopsThenReturns_Answers503WithRetryAfterThenWorksAgain()
    {
        await using var redis = await RedisServer.StartAsync(Cancel);
        var logs = new CapturedLogs();
        await using var host = await DirectLineHost.StartAsync(Cancel, new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "redis",
            ["Storage:Redis"] = redis.ConnectionString,
        }, logs: logs);
        using var client = host.Client();
        var session = await client.StartAsync(Cancel);
        await client.SayAsync(session, "before", Cancel);

        await redis.StopAsync();

        using (var posted = await client.PostActivityAsync(session.ConversationId, session.Token, DirectLineClient.Message("while away"), Cancel))
            await AssertUnavailableAsync(posted);
        using (var polled = await client.GetActivitiesAsync(session.ConversationId, session.Token, "0", Cancel))
            await AssertUnavailableAsync(polled);
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal)
                                         && l.Contains("/conversations/{conversationId}/activities answered 503", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));

        await redis.RestartAsync(Cancel);

        // The connection comes back by itself: the poll turns 200 without any restart of the bot.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            await Task.Delay(200, Cancel);
            using var poll = await client.GetActivitiesAsync(session.ConversationId, session.Token, "0", Cancel);
            status = poll.StatusCode;
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"answered {status}");
        }
        while (status != HttpStatusCode.OK && waited.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, status);
        await client.SayAsync(session, "after", Cancel);
        var (activities, _) = await client.PollAsync(session, null, Cancel);
        Assert.Contains(activities, a => a.GetProperty("text").GetString() == "after");
        Assert.Contains(activities, a => a.GetProperty("text").GetString()!.StartsWith("You said: after", StringComparison.Ordinal));
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("ServiceUnavailable", problem.GetProperty("code").GetString());
    }
}
