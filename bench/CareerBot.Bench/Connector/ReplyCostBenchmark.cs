using DiagnosticActivity = System.Diagnostics.Activity;
using Process = System.Diagnostics.Process;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CareerBot.Bench.Scale;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.Protocol.Auth;
using CareerBot.Bot.Protocol.Connector;

namespace CareerBot.Bench.Connector;

/// <summary>
/// What one reply costs the bot's side of the connector: CPU time and bytes allocated per reply, with the
/// network taken out. The real connector registrations (ReplyQueue, ConnectorSender, the Polly pipeline,
/// IHttpClientFactory's "BotConnector" client with its handlers) send to an in-memory primary handler that
/// answers 200 with a ResourceResponse at once, so the figures are the connector's own work, not Kestrel's
/// or the kernel's. Two modes, each run in rounds after a warm-up, medians reported:
/// <c>sender</c> calls ConnectorSender.SendAsync one reply after another on one task;
/// <c>queue</c> queues turns of three replies (typing, message, question) for many conversations through
/// ReplyQueue and waits until all are sent.
/// <c>--handler sockets</c> keeps the client factory's own primary handler (SocketsHttpHandler, with HttpClient's
/// DiagnosticsHandler in its chain, as in the bot) and connects it to an in-memory channel instead of a socket;
/// <c>--request-activity</c> queues each turn inside a System.Diagnostics.Activity like the one ASP.NET Core's
/// hosting starts per request (it does whenever its logger is enabled, as in the bot). The two together are the
/// bot's situation; the default (an in-memory primary handler, no request Activity) is the connector's own work.
/// </summary>
internal sealed class ReplyCostBenchmark : IBenchmark
{
    public string Name => "reply-cost";

    public string Description =>
        "Connector CPU and allocations per reply, no network (--mode sender|queue|both --replies 20000 --rounds 7 --conversations 200 --log None|Information --handler memory|sockets --request-activity --alloc-types)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        string mode = options.Text("mode", "both");
        int replies = options.Int("replies", 20_000);
        int rounds = options.Int("rounds", 7);
        int conversations = options.Int("conversations", 200);
        LogLevel logLevel = Enum.Parse<LogLevel>(options.Text("log", "None"), ignoreCase: true);
        string handler = options.Text("handler", "memory");
        if (handler is not ("memory" or "sockets"))
            throw new ArgumentException("--handler is memory or sockets");
        bool requestActivity = options.Flag("request-activity");
        // The runtime's allocation samples (one about every 100 KB), by type: where the bytes go.
        using AllocationSampler? sampler = options.Flag("alloc-types") ? new AllocationSampler() : null;

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection().Build());
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(logLevel);
            if (logLevel != LogLevel.None)
                logging.AddProvider(new FormattingSinkLoggerProvider());
        });
        services.AddBotAuthentication();
        services.AddConnector();
        if (handler == "memory")
            services.AddHttpClient(ConnectorSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new AcceptingHandler());
        else
            services.AddHttpClient(ConnectorSender.HttpClientName).ConfigurePrimaryHttpMessageHandler((primary, _) =>
                ((SocketsHttpHandler)primary).ConnectCallback = static (_, _) => ValueTask.FromResult<Stream>(new InMemoryChannelConnection()));
        // The sockets handler speaks plain HTTP to its in-memory channel (TLS would need a server certificate).
        string smbaUrl = handler == "sockets" ? "http://smba.trafficmanager.net/amer/" : "https://smba.trafficmanager.net/amer/";
        await using var provider = services.BuildServiceProvider();
        var sender = provider.GetRequiredService<ConnectorSender>();
        var queue = provider.GetRequiredService<ReplyQueue>();
        var stats = provider.GetRequiredService<ReplyDeliveryStats>();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reply-cost: {replies} replies a round, {rounds} rounds, log {logLevel}, handler {handler}, request Activity {(requestActivity ? "yes" : "no")}, server GC {System.Runtime.GCSettings.IsServerGC}"));
        int exit = 0;
        if (mode is "sender" or "both")
        {
            Activity[] turn = Turn(smbaUrl, "a:1Bq7fC9xY_z;messageid=1701", "1701");
            exit |= await MeasureAsync("sender", replies, rounds, stats, async count =>
            {
                for (int i = 0; i < count; i++)
                {
                    DeliveryResult result = await sender.SendAsync(turn[i % 3], cancellationToken);
                    if (!result.Ok)
                        throw new InvalidOperationException(result.Problem);
                }
            });
        }
        if (mode is "queue" or "both")
        {
            // Each conversation has its own id, and each turn its own replyToId, as in a real run.
            int turnsPerConversation = Math.Max(1, replies / 3 / conversations);
            Activity[][][] turns = [.. Enumerable.Range(0, conversations).Select(c => Enumerable.Range(0, turnsPerConversation)
                .Select(t => Turn("http://127.0.0.1:3978/", $"conv-{c}", $"in-{c}-{t}")).ToArray())];
            exit |= await MeasureAsync("queue", turnsPerConversation * conversations * 3, rounds, stats, async _ =>
            {
                await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
                {
                    foreach (Activity[] turn in turns[c])
                    {
                        // As hosting does for the request whose turn queues these replies (W3C ids, the default).
                        using DiagnosticActivity? request = requestActivity
                            ? new DiagnosticActivity("Microsoft.AspNetCore.Hosting.HttpRequestIn").Start() : null;
                        await queue.EnqueueAsync(turn, cancellationToken);
                    }
                }, cancellationToken)));
                await queue.WaitUntilIdleAsync(cancellationToken);
            });
            if (stats.Failed > 0)
                exit = 1;
        }
        sampler?.Print(20);
        return exit;
    }

    private static async Task<int> MeasureAsync(string label, int replies, int rounds, ReplyDeliveryStats stats, Func<int, Task> run)
    {
        // Warm-up: enough rounds for tiered compilation to reach its final code.
        for (int i = 0; i < 3; i++)
        {
            await run(replies);
            await Task.Delay(300);
        }
        var microseconds = new List<double>();
        var cpuMicroseconds = new List<double>();
        var bytes = new List<double>();
        var process = Process.GetCurrentProcess();
        for (int round = 0; round < rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long sentBefore = stats.Sent;
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            long start = Stopwatch.GetTimestamp();
            await run(replies);
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime - cpuBefore;
            long sent = stats.Sent - sentBefore;
            if (label == "queue" && sent != replies)
                throw new InvalidOperationException($"{sent} of {replies} replies sent");
            microseconds.Add(elapsed.TotalMicroseconds / replies);
            cpuMicroseconds.Add(cpu.TotalMicroseconds / replies);
            bytes.Add((double)allocated / replies);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-6}: {replies} replies x {rounds}: wall {Statistics.Median(microseconds):0.00} us/reply (min {microseconds.Min():0.00}), " +
            $"CPU {Statistics.Median(cpuMicroseconds):0.00} us/reply, allocated {Statistics.Median(bytes):0} B/reply (min {bytes.Min():0})"));
        return 0;
    }

    /// <summary>A turn's replies as the bot sends them: typing, a message, then the question with suggested actions.</summary>
    private static Activity[] Turn(string serviceUrl, string conversationId, string replyToId)
    {
        var conversation = new ConversationAccount(conversationId);
        var bot = new ChannelAccount("28:careerbot", "CareerBot");
        var user = new ChannelAccount("29:1resident", "Resident");
        Activity Reply(string type) => new()
        {
            Type = type, ServiceUrl = serviceUrl, ChannelId = "msteams", Conversation = conversation,
            From = bot, Recipient = user, ReplyToId = replyToId, Locale = "en-GB",
        };
        return
        [
            Reply(ActivityTypes.Typing),
            Reply(ActivityTypes.Message) with
            {
                Text = "Thanks. I'll look for roles within 5 miles of Hackney that fit mornings and weekends.",
                InputHint = InputHints.AcceptingInput,
            },
            Reply(ActivityTypes.Message) with
            {
                Text = "When could you start?", InputHint = InputHints.ExpectingInput,
                SuggestedActions = new SuggestedActions
                {
                    Actions = [.. new[] { "Straight away", "Within a month", "In 1-3 months", "Later" }
                        .Select(t => new CardAction { Type = "imBack", Title = t, Value = JsonSerializer.SerializeToElement(t) })],
                },
            },
        ];
    }

    /// <summary>
    /// A channel that accepts every activity. It answers on another thread-pool item, as a socket would, so every
    /// async step of the connector really suspends (and pays for its state machine) as it does on the network.
    /// </summary>
    private sealed class AcceptingHandler : HttpMessageHandler
    {
        private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"1701|0000042"}""");

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Yield();
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new ByteArrayContent(Body) { Headers = { ContentType = new("application/json") } },
            };
        }
    }

    /// <summary>
    /// An HTTP/1.1 connection to a channel that accepts every activity, in memory: each complete request (headers, then
    /// a Content-Length body) is answered with 200 and a ResourceResponse on another thread-pool item, as a socket would.
    /// </summary>
    private sealed class InMemoryChannelConnection : Stream
    {
        private static readonly byte[] Response = Encoding.ASCII.GetBytes(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: 21\r\n\r\n{\"id\":\"1701|0000042\"}");

        private readonly Lock gate = new();
        private byte[] request = new byte[8192];
        private int requestLength;
        private int responses; // answers ready to read
        private int responseOffset; // read so far of the first of them
        private TaskCompletionSource? reader;

        public override bool CanRead => true;
        public override bool CanWrite => true;
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (true)
            {
                Task wait;
                lock (gate)
                {
                    if (responses > 0)
                    {
                        int count = Math.Min(buffer.Length, Response.Length - responseOffset);
                        Response.AsSpan(responseOffset, count).CopyTo(buffer.Span);
                        responseOffset += count;
                        if (responseOffset == Response.Length)
                        {
                            responses--;
                            responseOffset = 0;
                        }
                        return count;
                    }
                    reader ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    wait = reader.Task;
                }
                await wait.WaitAsync(cancellationToken);
            }
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            lock (gate)
            {
                if (requestLength + buffer.Length > request.Length)
                    Array.Resize(ref request, Math.Max(request.Length * 2, requestLength + buffer.Length));
                buffer.CopyTo(request.AsSpan(requestLength));
                requestLength += buffer.Length;
                while (TryTakeRequest())
                    ThreadPool.UnsafeQueueUserWorkItem(static c => c.Answer(), this, preferLocal: false);
            }
        }

        private bool TryTakeRequest()
        {
            Span<byte> data = request.AsSpan(0, requestLength);
            int headersEnd = data.IndexOf("\r\n\r\n"u8);
            if (headersEnd < 0)
                return false;
            ReadOnlySpan<byte> headers = data[..headersEnd];
            int at = headers.IndexOf("\r\nContent-Length: "u8);
            int bodyLength = 0;
            if (at >= 0)
            {
                ReadOnlySpan<byte> value = headers[(at + 18)..];
                int end = value.IndexOf("\r\n"u8);
                if (!System.Buffers.Text.Utf8Parser.TryParse(end < 0 ? value : value[..end], out bodyLength, out _))
                    throw new InvalidOperationException("bad Content-Length");
            }
            int total = headersEnd + 4 + bodyLength;
            if (requestLength < total)
                return false;
            data[total..].CopyTo(data);
            requestLength -= total;
            return true;
        }

        private void Answer()
        {
            TaskCompletionSource? waiting;
            lock (gate)
            {
                responses++;
                waiting = reader;
                reader = null;
            }
            waiting?.TrySetResult();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override void Flush()
        {
        }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>Formats every enabled message and drops it: the cost of logging without a console's I/O.</summary>
    private sealed class FormattingSinkLoggerProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger();

        public void Dispose()
        {
        }

        private sealed class Logger : ILogger
        {
            public static int Length;

            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
                Func<TState, Exception?, string> formatter) => Interlocked.Add(ref Length, formatter(state, exception).Length);
        }
    }
}
