using System.Diagnostics;
using System.Diagnostics.Metrics;
using CareerBot.Bot.Operations.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Operations;

/// <summary>The Prometheus text the exporter writes for each kind of instrument.</summary>
public sealed class PrometheusExporterTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private IMeterFactory Factory => services.GetRequiredService<IMeterFactory>();

    public void Dispose() => services.Dispose();

    private static IReadOnlyList<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Write_Counter_SumsAddsPerLabelSetWithTotalSuffix()
    {
        using var exporter = new PrometheusExporter(Factory);
        var metrics = new BotMetrics(Factory);
        metrics.Turn("webchat", "ok", TimeSpan.FromMilliseconds(3));
        metrics.Turn("webchat", "ok", TimeSpan.FromMilliseconds(4));
        metrics.Turn("sms", "rejected", TimeSpan.FromMilliseconds(1));

        var lines = Lines(exporter.Write());

        Assert.Contains("# TYPE careerbot_turns_total counter", lines);
        Assert.Contains("careerbot_turns_total{channel=\"webchat\",outcome=\"ok\"} 2", lines);
        Assert.Contains("careerbot_turns_total{channel=\"sms\",outcome=\"rejected\"} 1", lines);
    }

    [Fact]
    public void Write_Histogram_CumulativeBucketsSumAndCount()
    {
        using var exporter = new PrometheusExporter(Factory);
        var metrics = new BotMetrics(Factory);
        metrics.IndexQuery(TimeSpan.FromMilliseconds(0.5));  // <= 1 ms bucket
        metrics.IndexQuery(TimeSpan.FromMilliseconds(7));    // <= 10 ms bucket
        metrics.IndexQuery(TimeSpan.FromSeconds(30));        // only +Inf

        var lines = Lines(exporter.Write());

        Assert.Contains("# TYPE careerbot_index_query_duration_seconds histogram", lines);
        Assert.Contains("careerbot_index_query_duration_seconds_bucket{le=\"0.001\"} 1", lines);
        Assert.Contains("careerbot_index_query_duration_seconds_bucket{le=\"0.005\"} 1", lines);
        Assert.Contains("careerbot_index_query_duration_seconds_bucket{le=\"0.01\"} 2", lines);
        Assert.Contains("careerbot_index_query_duration_seconds_bucket{le=\"10\"} 2", lines);
        Assert.Contains("careerbot_index_query_duration_seconds_bucket{le=\"+Inf\"} 3", lines);
        Assert.Contains("careerbot_index_query_duration_seconds_count 3", lines);
        var sum = Assert.Single(lines, l => l.StartsWith("careerbot_index_query_duration_seconds_sum ", StringComparison.Ordinal));
        Assert.Equal(30.0075, double.Parse(sum.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public void Write_LabelValuesWithQuotesAndNewlines_AreEscaped()
    {
        using var exporter = new PrometheusExporter(Factory);
        var counter = Factory.Create("CareerBot.Test").CreateCounter<long>("odd.values");
        counter.Add(1, new KeyValuePair<string, object?>("what", "say \"hi\"\nback\\slash"));

        Assert.Contains("odd_values_total{what=\"say \\\"hi\\\"\\nback\\\\slash\"} 1", Lines(exporter.Write()));
    }

    [Fact]
    public void Write_ObservableGaugeAndUpDownCounter_AreGauges()
    {
        using var exporter = new PrometheusExporter(Factory);
        var meter = Factory.Create("CareerBot.Test");
        var level = 5;
        meter.CreateObservableGauge("queue.length", () => level);
        var open = meter.CreateUpDownCounter<int>("open.things");
        open.Add(3);
        open.Add(-1);

        var first = Lines(exporter.Write());
        level = 9;
        var second = Lines(exporter.Write());

        Assert.Contains("# TYPE queue_length gauge", first);
        Assert.Contains("queue_length 5", first);
        Assert.Contains("queue_length 9", second);
        Assert.Contains("open_things 2", second);
    }

    [Fact]
    public void Write_ManyDistinctLabelValues_SeriesAreCapped()
    {
        using var exporter = new PrometheusExporter(Factory);
        var counter = Factory.Create("CareerBot.Test").CreateCounter<long>("many");
        for (var i = 0; i < 2_000; i++) counter.Add(1, new KeyValuePair<string, object?>("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var series = Lines(exporter.Write()).Where(l => l.StartsWith("many_total", StringComparison.Ordinal)).ToList();

        Assert.True(series.Count <= 501, $"{series.Count} series");
        Assert.Contains(series, l => l.StartsWith("many_total{overflow=\"true\"}", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_MeterOfAnotherHost_IsNotExported()
    {
        using var exporter = new PrometheusExporter(Factory);
        using var otherServices = new ServiceCollection().AddMetrics().BuildServiceProvider();
        new BotMetrics(otherServices.GetRequiredService<IMeterFactory>()).Error("exception");
        new BotMetrics(Factory).Error("bad_request");

        var lines = Lines(exporter.Write());

        Assert.Contains("careerbot_errors_total{kind=\"bad_request\"} 1", lines);
        Assert.DoesNotContain(lines, l => l.Contains("exception", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SameTagsInAnotherOrder_OneSeries()
    {
        using var exporter = new PrometheusExporter(Factory);
        var counter = Factory.Create("CareerBot.Test").CreateCounter<long>("ordered");
        counter.Add(1, new KeyValuePair<string, object?>("a", "1"), new KeyValuePair<string, object?>("b", "2"));
        counter.Add(2, new KeyValuePair<string, object?>("b", "2"), new KeyValuePair<string, object?>("a", "1"));
        counter.Add(4, new KeyValuePair<string, object?>("a", "1"), new KeyValuePair<string, object?>("b", "3"));

        var lines = Lines(exporter.Write());

        Assert.Contains("ordered_total{a=\"1\",b=\"2\"} 3", lines);
        Assert.Contains("ordered_total{a=\"1\",b=\"3\"} 4", lines);
    }

    private static TagList SixTags(string method, string status, int count = 6)
    {
        // Shaped like ASP.NET Core's http.server.request.duration, which records 5 or 6 tags.
        var tags = new TagList
        {
            { "http.request.method", method },
            { "url.scheme", "http" },
            { "network.protocol.version", "1.1" },
            { "http.route", "/api/messages" },
            { "http.response.status_code", status },
            { "error.type", "timeout" },
        };
        while (tags.Count > count) tags.RemoveAt(tags.Count - 1);
        return tags;
    }

    [Fact]
    public void Write_FiveAndSixTags_AllLabelsSortedByName()
    {
        using var exporter = new PrometheusExporter(Factory);
        var counter = Factory.Create("CareerBot.Test").CreateCounter<long>("requests");
        counter.Add(1, SixTags("GET", "200", count: 5));
        counter.Add(2, SixTags("GET", "500", count: 6));

        var lines = Lines(exporter.Write());

        Assert.Contains("requests_total{http_request_method=\"GET\",http_response_status_code=\"200\",http_route=\"/api/messages\","
                        + "network_protocol_version=\"1.1\",url_scheme=\"http\"} 1", lines);
        Assert.Contains("requests_total{error_type=\"timeout\",http_request_method=\"GET\",http_response_status_code=\"500\","
                        + "http_route=\"/api/messages\",network_protocol_version=\"1.1\",url_scheme=\"http\"} 2", lines);
        Assert.Equal(2, lines.Count(l => l.StartsWith("requests_total{", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_SameSixTagsTwice_OneSeries_AnotherValueInTheFifthOrSixthTag_AnotherSeries()
    {
        using var exporter = new PrometheusExporter(Factory);
        var counter = Factory.Create("CareerBot.Test").CreateCounter<long>("requests");
        counter.Add(1, SixTags("GET", "200"));
        counter.Add(2, SixTags("GET", "200"));
        counter.Add(4, SixTags("GET", "404"));   // differs in the 5th tag
        var other = SixTags("GET", "200");
        other[5] = new KeyValuePair<string, object?>("error.type", "reset");
        counter.Add(8, other);                   // differs in the 6th tag only

        var series = Lines(exporter.Write()).Where(l => l.StartsWith("requests_total{", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, series.Count);
        Assert.Contains(series, l => l.Contains("error_type=\"timeout\"", StringComparison.Ordinal)
                                     && l.Contains("status_code=\"200\"", StringComparison.Ordinal) && l.EndsWith("} 3", StringComparison.Ordinal));
        Assert.Contains(series, l => l.Contains("status_code=\"404\"", StringComparison.Ordinal) && l.EndsWith("} 4", StringComparison.Ordinal));
        Assert.Contains(series, l => l.Contains("error_type=\"reset\"", StringComparison.Ordinal) && l.EndsWith("} 8", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SevenTags_StillOneSeriesPerLabelSet()
    {
        using var exporter = new PrometheusExporter(Factory);
        var counter = Factory.Create("CareerBot.Test").CreateCounter<long>("wide");
        var tags = SixTags("GET", "200");
        tags.Add("server.address", "localhost");
        counter.Add(1, tags);
        counter.Add(2, tags);

        Assert.Contains("wide_total{error_type=\"timeout\",http_request_method=\"GET\",http_response_status_code=\"200\","
                        + "http_route=\"/api/messages\",network_protocol_version=\"1.1\",server_address=\"localhost\",url_scheme=\"http\"} 3",
                        Lines(exporter.Write()));
    }

    [Fact]
    public void Record_SixTagsSeenBefore_AllocatesNothing()
    {
        using var exporter = new PrometheusExporter(Factory);
        var histogram = Factory.Create("CareerBot.Test").CreateHistogram<double>("request.duration", unit: "s");
        var tags = SixTags("POST", "200");
        histogram.Record(0.002, tags);

        long allocated = FewestBytesPerRound(() => histogram.Record(0.002, tags));

        Assert.True(allocated < 1_000, $"{allocated} bytes for 10,000 calls");
        Assert.Contains(Lines(exporter.Write()), l => l.StartsWith("request_duration_seconds_count{error_type=\"timeout\",", StringComparison.Ordinal)
                                                      && l.EndsWith(" 30001", StringComparison.Ordinal));
    }

    [Fact]
    public void Record_StoreTimingSeenBefore_AllocatesNothing()
    {
        using var exporter = new PrometheusExporter(Factory);
        var metrics = new BotMetrics(Factory);
        var elapsed = TimeSpan.FromMilliseconds(2);
        metrics.Store("read", "sqlite", "ok", elapsed);

        long allocated = FewestBytesPerRound(() => metrics.Store("read", "sqlite", "ok", elapsed));

        Assert.True(allocated < 1_000, $"{allocated} bytes for 10,000 calls");
        Assert.Contains("careerbot_store_duration_seconds_count{operation=\"read\",outcome=\"ok\",store=\"sqlite\"} 30001", Lines(exporter.Write()));
    }

    /// <summary>
    /// This thread's allocations over 10,000 calls, the fewest of three rounds (the listener runs on the recording
    /// thread, so they include the exporter's). An allocation on every call shows in every round (at least 240 KB);
    /// a one-off on the thread during a busy full run (once 1,208 bytes in CI) shows in one round at most.
    /// </summary>
    private static long FewestBytesPerRound(Action call)
    {
        long fewest = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10_000; i++) call();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return fewest;
    }
}
