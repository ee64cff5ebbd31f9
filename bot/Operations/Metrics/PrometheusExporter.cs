using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace CareerBot.Bot.Operations.Metrics;

/// <summary>
/// Collects the measurements of this host's meters (the bot's own, and ASP.NET Core's request and
/// Kestrel meters) with a MeterListener and writes them in the Prometheus text format (version 0.0.4).
/// No exporter package is needed. Counters become <c>_total</c> series, histograms get cumulative buckets,
/// up-down counters and observable gauges become gauges.
/// </summary>
public sealed class PrometheusExporter : IDisposable
{
    private static readonly string[] MeterPrefixes = [BotMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];

    /// <summary>Bucket upper bounds in seconds, from 1 ms to 10 s.</summary>
    private static readonly double[] SecondBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>Most series one instrument may have; a tag with unbounded values must not grow memory.</summary>
    private const int MaxSeriesPerInstrument = 500;

    private readonly MeterListener _listener = new();
    private readonly object _scope;
    private readonly ConcurrentDictionary<Instrument, InstrumentData> _instruments = new();

    public PrometheusExporter(IMeterFactory meterFactory)
    {
        _scope = meterFactory;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (!ReferenceEquals(instrument.Meter.Scope, _scope)) return;
            if (!MeterPrefixes.Any(p => instrument.Meter.Name.StartsWith(p, StringComparison.Ordinal))) return;
            _instruments[instrument] = new InstrumentData(instrument);
            listener.EnableMeasurementEvents(instrument);
        };
        _listener.MeasurementsCompleted = (instrument, _) => _instruments.TryRemove(instrument, out InstrumentData? _);
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<float>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (_instruments.TryGetValue(instrument, out var data)) data.Record(value, tags);
    }

    /// <summary>The whole exposition, as served at /metrics.</summary>
    public string Write()
    {
        // Observable instruments report only when asked.
        foreach (var data in _instruments.Values.Where(d => d.IsObservable)) data.ClearGauge();
        _listener.RecordObservableInstruments();

        var text = new StringBuilder();
        foreach (var group in _instruments.Values.GroupBy(d => d.MetricName).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            if (!string.IsNullOrEmpty(first.Instrument.Description))
                text.Append("# HELP ").Append(first.MetricName).Append(' ').Append(EscapeHelp(first.Instrument.Description)).Append('\n');
            text.Append("# TYPE ").Append(first.MetricName).Append(' ').Append(first.PrometheusType).Append('\n');
            foreach (var data in group) data.WriteTo(text);
        }
        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private static string EscapeHelp(string help) => help.Replace("\\", "\\\\").Replace("\n", "\\n");

    /// <summary>Prometheus metric name: letters, digits, underscores; unit and _total suffixes.</summary>
    internal static string MetricName(Instrument instrument)
    {
        var name = new StringBuilder();
        foreach (var c in instrument.Name)
            name.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_');
        if (instrument.Unit is "s") name.Append("_seconds");
        else if (instrument.Unit is "ms") name.Append("_milliseconds");
        else if (instrument.Unit is "By") name.Append("_bytes");
        if (IsCounter(instrument)) name.Append("_total");
        return name.ToString();
    }

    private static bool IsCounter(Instrument instrument)
    {
        var type = instrument.GetType();
        if (!type.IsGenericType) return false;
        var open = type.GetGenericTypeDefinition();
        return open == typeof(Counter<>) || open == typeof(ObservableCounter<>);
    }

    private static bool IsHistogram(Instrument instrument) =>
        instrument.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(Histogram<>);

    private sealed class InstrumentData(Instrument instrument)
    {
        private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);
        // The series of tag sets seen before, found without building their label text (no allocation per measurement).
        private readonly ConcurrentDictionary<TagKey, Series> _byTags = new();
        private readonly double[] _bounds = instrument.Unit == "ms" ? SecondBuckets.Select(b => b * 1000).ToArray() : SecondBuckets;

        public Instrument Instrument { get; } = instrument;
        public string MetricName { get; } = PrometheusExporter.MetricName(instrument);
        public bool IsObservable { get; } = instrument.IsObservable;
        private bool IsHistogram { get; } = PrometheusExporter.IsHistogram(instrument);
        private bool IsCounter { get; } = PrometheusExporter.IsCounter(instrument);
        public string PrometheusType => IsHistogram ? "histogram" : IsCounter ? "counter" : "gauge";

        public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            if (double.IsNaN(value)) return;
            Series? series;
            if (tags.Length <= TagKey.MaxTags)
            {
                var key = new TagKey(tags);
                if (!_byTags.TryGetValue(key, out series))
                {
                    series = SeriesFor(Labels(tags));
                    // Bounded like the series: a tag with unbounded values must not grow memory either.
                    if (_byTags.Count < MaxSeriesPerInstrument * 2) _byTags.TryAdd(key, series);
                }
            }
            else
                series = SeriesFor(Labels(tags));
            lock (series)
            {
                if (IsHistogram)
                {
                    series.Count++;
                    series.Sum += value;
                    var bucket = 0;
                    while (bucket < _bounds.Length && value > _bounds[bucket]) bucket++;
                    if (bucket < _bounds.Length) series.Buckets[bucket]++;
                }
                else if (IsObservable)
                    series.Value = value; // observable instruments report the current total or level
                else
                    series.Value += value; // counters and up-down counters add deltas
            }
        }

        private Series SeriesFor(string labels)
        {
            if (_series.TryGetValue(labels, out var series)) return series;
            if (_series.Count >= MaxSeriesPerInstrument) labels = "{overflow=\"true\"}";
            return _series.GetOrAdd(labels, _ => new Series(IsHistogram ? _bounds.Length : 0));
        }

        public void ClearGauge()
        {
            _byTags.Clear();
            _series.Clear();
        }

        public void WriteTo(StringBuilder text)
        {
            foreach (var (labels, series) in _series.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                lock (series)
                {
                    if (!IsHistogram)
                    {
                        text.Append(MetricName).Append(labels).Append(' ').Append(Number(series.Value)).Append('\n');
                        continue;
                    }
                    long cumulative = 0;
                    for (var i = 0; i < _bounds.Length; i++)
                    {
                        cumulative += series.Buckets[i];
                        text.Append(MetricName).Append("_bucket").Append(WithLabel(labels, "le", Number(_bounds[i])))
                            .Append(' ').Append(cumulative.ToString(CultureInfo.InvariantCulture)).Append('\n');
                    }
                    text.Append(MetricName).Append("_bucket").Append(WithLabel(labels, "le", "+Inf"))
                        .Append(' ').Append(series.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
                    text.Append(MetricName).Append("_sum").Append(labels).Append(' ').Append(Number(series.Sum)).Append('\n');
                    text.Append(MetricName).Append("_count").Append(labels).Append(' ')
                        .Append(series.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }
            }
        }

        private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            if (tags.Length == 0) return "";
            var pairs = new List<(string Key, string Value)>(tags.Length);
            foreach (var tag in tags)
                pairs.Add((LabelName(tag.Key), Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? ""));
            pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            var text = new StringBuilder("{");
            for (var i = 0; i < pairs.Count; i++)
            {
                if (i > 0) text.Append(',');
                text.Append(pairs[i].Key).Append("=\"").Append(EscapeLabel(pairs[i].Value)).Append('"');
            }
            return text.Append('}').ToString();
        }

        private static string WithLabel(string labels, string key, string value) =>
            labels.Length == 0 ? $"{{{key}=\"{value}\"}}" : $"{labels[..^1]},{key}=\"{value}\"}}";

        private static string LabelName(string key)
        {
            var name = new StringBuilder();
            foreach (var c in key) name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
            if (name.Length == 0 || char.IsAsciiDigit(name[0])) name.Insert(0, '_');
            return name.ToString();
        }

        private static string EscapeLabel(string value) =>
            value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");

        private static string Number(double value) =>
            double.IsPositiveInfinity(value) ? "+Inf" : double.IsNegativeInfinity(value) ? "-Inf" : value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Up to <see cref="MaxTags"/> tags, in the order given, as a dictionary key. Six, because ASP.NET Core's
    /// http.server.request.duration records five or six (method, scheme, protocol version, route, status code, error type).
    /// </summary>
    private readonly struct TagKey : IEquatable<TagKey>
    {
        public const int MaxTags = 6;
        private readonly int _count;
        private readonly KeyValuePair<string, object?> _t0, _t1, _t2, _t3, _t4, _t5;

        public TagKey(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            _count = tags.Length;
            if (_count > 0) _t0 = tags[0];
            if (_count > 1) _t1 = tags[1];
            if (_count > 2) _t2 = tags[2];
            if (_count > 3) _t3 = tags[3];
            if (_count > 4) _t4 = tags[4];
            if (_count > 5) _t5 = tags[5];
        }

        public bool Equals(TagKey other) =>
            _count == other._count && Same(_t0, other._t0) && Same(_t1, other._t1) && Same(_t2, other._t2) && Same(_t3, other._t3)
            && Same(_t4, other._t4) && Same(_t5, other._t5);

        public override bool Equals(object? obj) => obj is TagKey other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(_count, Hash(_t0), Hash(_t1), Hash(_t2), Hash(_t3), Hash(_t4), Hash(_t5));

        private static bool Same(KeyValuePair<string, object?> a, KeyValuePair<string, object?> b) =>
            string.Equals(a.Key, b.Key, StringComparison.Ordinal) && Equals(a.Value, b.Value);

        private static int Hash(KeyValuePair<string, object?> tag) => HashCode.Combine(tag.Key, tag.Value);
    }

    private sealed class Series(int buckets)
    {
        public double Value;
        public long Count;
        public double Sum;
        public readonly long[] Buckets = new long[buckets];
    }
}
