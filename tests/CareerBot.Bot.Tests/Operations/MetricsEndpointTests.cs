using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CareerBot.Bot.Tests.Insights;
using CareerBot.Bot.Tests.Protocol;
using CareerBot.SearchIndex.Query;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Operations;

/// <summary>/metrics on the real host: HTTP requests, turns, index queries and state store calls show up in Prometheus text.</summary>
public sealed class MetricsEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_AfterRequestsAndAQuery_ExportsTheirSeries()
    {
        await using var bot = await BotHostFixture.StartAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("/healthz", Ct)).StatusCode);
        var search = bot.Services.GetRequiredService<ICatalogueSearch>();
        var found = await search.SearchAsync(new SearchProfile { Text = "porter" }, Ct);
        Assert.NotEmpty(found.Items);
        var emulator = new EmulatorChannel("http://127.0.0.1:9/");
        await bot.ExpectRepliesAsync(emulator.Join(), Ct);

        var response = await bot.Http.GetAsync("/metrics", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("careerbot_index_query_duration_seconds_count 1\n", text, StringComparison.Ordinal);
        Assert.Contains("careerbot_turns_total{channel=\"emulator\",outcome=\"ok\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("careerbot_turn_duration_seconds_count{channel=\"emulator\",outcome=\"ok\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains(text.Split('\n'), l => l.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
                                               && l.Contains("http_route=\"/healthz\"", StringComparison.Ordinal));
        // Every sample line is "name{labels} value" or "name value".
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')))
            Assert.Matches(@"^[a-z_][a-z0-9_]*(\{.*\})? [-+0-9.eEInf]+$", line);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("redis")]
    public async Task Metrics_AfterAConversation_StoreCallsTimedByOperationStoreAndOutcome(string kind)
    {
        await using var redis = kind == "redis" ? await RedisServer.StartAsync(Ct) : null;
        var settings = new Dictionary<string, string?> { ["Storage:Kind"] = kind };
        if (redis is not null) settings["Storage:Redis"] = redis.ConnectionString;
        await using var bot = await BotHostFixture.StartAsync(Ct, settings);
        var emulator = new EmulatorChannel("http://127.0.0.1:9/");

        await bot.ExpectRepliesAsync(emulator.Join(), Ct);
        await bot.ExpectRepliesAsync(emulator.Message("hospital porter"), Ct);
        await bot.Services.GetRequiredService<ICatalogueSearch>().SearchAsync(new SearchProfile { Text = "porter" }, Ct);
        var text = await bot.Http.GetStringAsync("/metrics", Ct);

        Assert.Contains("# TYPE careerbot_store_duration_seconds histogram\n", text, StringComparison.Ordinal);
        // Two turns: each waited for the lease, read the state and wrote it back. With Redis the script that takes
        // the lease reads the state too, so that read is inside lease_wait.
        if (kind == "redis")
            Assert.DoesNotContain("operation=\"read\",outcome=\"ok\",store=\"redis\"", text, StringComparison.Ordinal);
        else
            Assert.Equal(2, Count(text, "read", kind, "ok"));
        Assert.Equal(2, Count(text, "write", kind, "ok"));
        Assert.Equal(2, Count(text, "lease_wait", kind, "ok"));
        Assert.DoesNotContain("outcome=\"unavailable\"", text, StringComparison.Ordinal);
        var sum = Sample(text, "careerbot_store_duration_seconds_sum", "write", kind, "ok");
        Assert.InRange(sum, double.Epsilon, 10);
        // The cumulative buckets end at the count.
        Assert.Equal(2, Sample(text, "careerbot_store_duration_seconds_bucket", "write", kind, "ok", ",le=\"+Inf\""));
        // The index timing sits beside them.
        Assert.True(Sample(text, "careerbot_index_query_duration_seconds_count", labels: "") >= 1);
    }

    [Fact]
    public async Task Metrics_ConversationKeepsComingToThisInstance_FromItsThirdTurnNoRead()
    {
        await using var bot = await BotHostFixture.StartAsync(Ct);
        var emulator = new EmulatorChannel("http://127.0.0.1:9/");

        await bot.ExpectRepliesAsync(emulator.Join(), Ct);
        await bot.ExpectRepliesAsync(emulator.Message("Helping in hospital"), Ct);
        await bot.ExpectRepliesAsync(emulator.Message("English and maths"), Ct);
        var replies = await bot.ExpectRepliesAsync(emulator.Message("yes"), Ct);
        var text = await bot.Http.GetStringAsync("/metrics", Ct);

        // The join finds nothing and the second turn finds the join's write: both read. From then on the turn starts
        // from the record this instance wrote, and the write's ETag check stands in for the read.
        Assert.Equal(2, Count(text, "read", "sqlite", "ok"));
        Assert.Equal(4, Count(text, "write", "sqlite", "ok"));
        Assert.DoesNotContain("outcome=\"conflict\"", text, StringComparison.Ordinal);
        Assert.Contains(replies, a => a.Text?.Contains("How many hours a week can you work?", StringComparison.Ordinal) == true);
    }

    private static double Count(string text, string operation, string store, string outcome) =>
        Sample(text, "careerbot_store_duration_seconds_count", operation, store, outcome);

    private static double Sample(string text, string name, string operation, string store, string outcome, string extra = "") =>
        Sample(text, name, $"{{operation=\"{operation}\",outcome=\"{outcome}\",store=\"{store}\"{extra}}}");

    /// <summary>The value of the sample line "name{labels} value"; fails when there is none.</summary>
    private static double Sample(string text, string name, string labels)
    {
        var match = Regex.Match(text, "^" + Regex.Escape(name + labels) + " (\\S+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no sample {name}{labels} in:\n{text}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
