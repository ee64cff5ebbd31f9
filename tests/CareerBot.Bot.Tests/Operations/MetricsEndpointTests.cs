using System.Net;
using CareerBot.Bot.Tests.Insights;
using CareerBot.SearchIndex.Query;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Operations;

/// <summary>/metrics on the real host: HTTP requests and index queries show up in Prometheus text.</summary>
public sealed class MetricsEndpointTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public async Task Metrics_AfterRequestsAndAQuery_ExportsTheirSeries()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("SearchIndex:DatabasePath", folder.File("catalogue.db"));
            web.UseSetting("SearchIndex:Watch", "false");
            web.UseSetting("Storage:SqlitePath", folder.File("state.db"));
            web.UseSetting("Insights:DatabasePath", folder.File("insights.db"));
        });
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", ct)).StatusCode);
        var search = factory.Services.GetRequiredService<ICatalogueSearch>();
        var found = await search.SearchAsync(new SearchProfile { Text = "porter" }, ct);
        Assert.NotEmpty(found.Items);

        const string join = """
            {"type":"conversationUpdate","id":"j1","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/",
             "conversation":{"id":"metrics-1"},"from":{"id":"user-1"},"recipient":{"id":"bot"},
             "membersAdded":[{"id":"user-1"}],"deliveryMode":"expectReplies"}
            """;
        var joined = await client.PostAsync("/api/messages", new StringContent(join, System.Text.Encoding.UTF8, "application/json"), ct);
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);

        var response = await client.GetAsync("/metrics", ct);
        var text = await response.Content.ReadAsStringAsync(ct);

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
}
