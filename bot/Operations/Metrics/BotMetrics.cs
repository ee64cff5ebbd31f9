using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CareerBot.Bot.Operations.Metrics;

/// <summary>
/// The bot's own instruments, on a meter from the host's IMeterFactory (so two hosts in one process,
/// as in tests, never mix their figures). /metrics exports them in Prometheus text format.
/// Durations are in seconds, as Prometheus expects.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "CareerBot";

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnSeconds;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _storeSeconds;
    private readonly Histogram<double> _indexSeconds;
    private readonly Counter<long> _deliveries;

    public BotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("careerbot.turns", description: "Activities processed, by channel and outcome.");
        _turnSeconds = meter.CreateHistogram<double>("careerbot.turn.duration", "s", "Time to process one activity (state, dialogs, index).");
        _errors = meter.CreateCounter<long>("careerbot.errors", description: "Errors, by kind.");
        _storeSeconds = meter.CreateHistogram<double>("careerbot.store.duration", "s",
            "Conversation state calls (read, write, delete, lease_wait), by operation, store and outcome.");
        _indexSeconds = meter.CreateHistogram<double>("careerbot.index.query.duration", "s", "Catalogue index queries.");
        _deliveries = meter.CreateCounter<long>("careerbot.deliveries", description: "Activities sent to channels, by result.");
    }

    /// <summary>One activity processed. <paramref name="outcome"/>: ok, ignored, rejected, unavailable, failed.</summary>
    public void Turn(string channel, string outcome, TimeSpan elapsed)
    {
        var channelTag = new KeyValuePair<string, object?>("channel", channel);
        var outcomeTag = new KeyValuePair<string, object?>("outcome", outcome);
        _turns.Add(1, channelTag, outcomeTag);
        _turnSeconds.Record(elapsed.TotalSeconds, channelTag, outcomeTag);
    }

    /// <summary>An error of a kind such as bad_request, unauthorized, store_unavailable, delivery_failed, exception.</summary>
    public void Error(string kind) => _errors.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>
    /// A conversation state call: <paramref name="operation"/> read, write, delete or lease_wait (waiting for the
    /// conversation's lease); <paramref name="store"/> sqlite or redis; <paramref name="outcome"/> ok, conflict
    /// (a write whose ETag no longer matched) or unavailable. Pass constants: the tags then cost no allocation.
    /// </summary>
    public void Store(string operation, string store, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "operation", operation }, { "store", store }, { "outcome", outcome } };
        _storeSeconds.Record(elapsed.TotalSeconds, in tags);
    }

    public void IndexQuery(TimeSpan elapsed) => _indexSeconds.Record(elapsed.TotalSeconds);

    /// <summary>An activity sent to a channel: delivered, retried, failed.</summary>
    public void Delivery(string result) => _deliveries.Add(1, new KeyValuePair<string, object?>("result", result));
}
