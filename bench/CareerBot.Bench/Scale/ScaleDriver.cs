using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.Bot.Protocol;

namespace CareerBot.Bench.Scale;

/// <summary>
/// Plays many residents at once, each a whole guided dialog (join, then the script's answers) the way the
/// Emulator does, through POST /api/messages with normal delivery. A turn's latency runs from sending its
/// activity to the sink receiving the turn's last reply (its question). Turns go to the targets in turn
/// (round robin over all turns, as a load balancer would), so with two instances a conversation's turns alternate;
/// with <see cref="Sticky"/> each dialog stays on one target.
/// </summary>
internal sealed class ScaleDriver : IDisposable
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(60);

    private readonly Uri[] _targets;
    private readonly TurnSink _sink;
    private readonly HttpClient _http;
    private readonly IReadOnlyDictionary<(int Script, int Step), int>? _replyCounts;
    private readonly TimeSpan _think;
    private long _turnCounter;

    /// <summary>Each dialog stays on one target (a load balancer with affinity), instead of turns going round robin.</summary>
    public bool Sticky { get; init; }

    /// <param name="replyCounts">For the bare endpoint: how many replies the bot sends at each step of each script.</param>
    /// <param name="think">
    /// How long a resident reads and types before the next answer, on average (each pause is drawn between half and
    /// one and a half times it). Zero: the next answer goes as soon as the question arrives, which drives the
    /// server to its limit (turns/s); a real pause measures the latency residents meet at that many conversations.
    /// </param>
    public ScaleDriver(IReadOnlyList<Uri> targets, TurnSink sink, IReadOnlyDictionary<(int, int), int>? replyCounts = null,
        TimeSpan think = default)
    {
        _targets = [.. targets];
        _sink = sink;
        _replyCounts = replyCounts;
        _think = think;
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TurnTimeout };
    }

    /// <summary>
    /// Runs <paramref name="concurrency"/> residents at once until <paramref name="conversations"/> dialogs are done
    /// or <paramref name="until"/> passes (whichever is given); a resident starts a new dialog when one ends.
    /// </summary>
    public async Task<ScaleResult> RunAsync(int concurrency, int? conversations, DateTime? until, CancellationToken cancellationToken,
        Action<TurnRecord>? onTurn = null)
    {
        var started = 0;
        var latencies = new List<double>[concurrency];
        var errors = new ErrorCounts();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = [];
            // With pauses, residents also arrive at random moments (over two pauses), not all in the same millisecond.
            if (_think > TimeSpan.Zero)
                await Task.Delay(_think * 2 * Random.Shared.NextDouble(), cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref started) - 1;
                if (conversations is { } limit && n >= limit) break;
                if (until is { } end && DateTime.UtcNow >= end) break;
                await RunConversationAsync(n, mine, errors, onTurn, cancellationToken);
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        clock.Stop();
        var all = latencies.SelectMany(l => l).ToList();
        all.Sort();
        return new ScaleResult(all, clock.Elapsed, Math.Min(started, conversations ?? started), errors);
    }

    /// <summary>One whole dialog; returns the reply texts of each turn when <see cref="TurnSink.KeepTexts"/> is on.</summary>
    public async Task<List<PendingTurn>> RunConversationAsync(int number, List<double> latencies, ErrorCounts errors,
        Action<TurnRecord>? onTurn, CancellationToken cancellationToken)
    {
        var script = number % Scripts.All.Count;
        var conversation = new Resident(_sink.ServiceUrl, $"load-{Environment.ProcessId}-{number}-{Guid.NewGuid():N}");
        var turns = new List<PendingTurn>();
        var steps = Scripts.All[script];
        for (var step = 0; step <= steps.Length; step++)
        {
            if (step > 0 && _think > TimeSpan.Zero)
                await Task.Delay(_think * (0.5 + Random.Shared.NextDouble()), cancellationToken);
            var activity = step == 0 ? conversation.Join() : conversation.Message(steps[step - 1]);
            var turn = _sink.Expect(activity.Id!);
            turns.Add(turn);
            var target = Sticky ? _targets[number % _targets.Length] : _targets[Interlocked.Increment(ref _turnCounter) % _targets.Length];
            using var request = new HttpRequestMessage(HttpMethod.Post, target)
            {
                Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options)),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            if (_replyCounts is not null)
                request.Headers.Add(BareInstance.RepliesHeader, _replyCounts.GetValueOrDefault((script, step), 2).ToString());
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await _http.SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    errors.Add($"HTTP {(int)response.StatusCode}");
                    return turns;
                }
                await turn.Done.Task.WaitAsync(TurnTimeout, cancellationToken);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                latencies.Add(ms);
                onTurn?.Invoke(new TurnRecord(script, step, turn.Replies, ms));
            }
            catch (TimeoutException)
            {
                errors.Add("no question within 60 s");
                return turns;
            }
            catch (HttpRequestException ex)
            {
                errors.Add("transport: " + ex.HttpRequestError);
                return turns;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                errors.Add("HTTP timeout");
                return turns;
            }
            finally
            {
                _sink.Forget(activity.Id!);
            }
        }
        return turns;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Activities of one conversation as the Emulator addresses them.</summary>
    private sealed class Resident(string serviceUrl, string conversationId)
    {
        private static readonly ChannelAccount Bot = new("bot-careerbot", "Bot") { Role = "bot" };
        private readonly ChannelAccount _user = new("user-" + conversationId[^8..], "User") { Role = "user" };
        private int _sequence;

        public Activity Join() => Stamp(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [_user, Bot] });

        public Activity Message(string text) => Stamp(new Activity { Type = ActivityTypes.Message, Text = text });

        private Activity Stamp(Activity partial)
        {
            var now = DateTimeOffset.UtcNow;
            return partial with
            {
                Id = $"{conversationId}|{++_sequence:0000}",
                ChannelId = "emulator",
                ServiceUrl = serviceUrl,
                From = _user,
                Recipient = Bot,
                Conversation = new ConversationAccount(conversationId),
                Timestamp = now,
                LocalTimestamp = now.ToOffset(TimeSpan.FromHours(1)),
                Locale = "en-GB",
            };
        }
    }
}

internal sealed record TurnRecord(int Script, int Step, int Replies, double Milliseconds);

/// <summary>Failed turns by kind (the conversation stops at its first failed turn).</summary>
internal sealed class ErrorCounts
{
    private readonly Dictionary<string, int> _counts = [];

    public void Add(string kind)
    {
        lock (_counts) _counts[kind] = _counts.GetValueOrDefault(kind) + 1;
    }

    public int Total
    {
        get { lock (_counts) return _counts.Values.Sum(); }
    }

    public override string ToString()
    {
        lock (_counts) return _counts.Count == 0 ? "none" : string.Join(", ", _counts.Select(c => $"{c.Key} ×{c.Value}"));
    }
}

internal sealed record ScaleResult(List<double> SortedLatencies, TimeSpan Elapsed, int Conversations, ErrorCounts Errors)
{
    public int Turns => SortedLatencies.Count;
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double Percentile(double q) =>
        SortedLatencies.Count == 0 ? double.NaN : SortedLatencies[Math.Min(SortedLatencies.Count - 1, (int)Math.Ceiling(q * SortedLatencies.Count) - 1)];
}
