using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.Tests.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CareerBot.Bot.Tests.Fuzz;

/// <summary>
/// 10,000 generated malformed and hostile bodies against POST /api/messages on the real host (Kestrel on
/// loopback, replies to a loopback sink), many at once. Never a 5xx (except 501 for an unknown invoke, as
/// the protocol says), every 4xx is application/problem+json, replies only go under the sink's
/// /v3/conversations/, memory stays bounded, and afterwards an ordinary Emulator conversation still works.
/// The seed is random per run (or CAREERBOT_FUZZ_SEED) and printed with any failure.
/// </summary>
public sealed class MessagesEndpointFuzzTests
{
    /// <summary>10,000, or CAREERBOT_FUZZ_CASES for a longer run by hand.</summary>
    private static readonly int Cases = FuzzRun.Cases(10_000);
    private const int Concurrency = 16;

    /// <summary>
    /// Managed heap growth allowed over the last 30% of the cases, after forced collections. The shared array pools
    /// fill up over the first part (they keep up to 32 arrays per size and core, plus one per thread); the bodies
    /// of the last 3,000 cases total about 100 MB, so keeping them (or much per request) would show.
    /// </summary>
    private const long MemoryGrowthLimit = 32L * 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fuzz_10000HostileBodies_NoServerErrorProblemJsonBoundedMemoryAndTheBotStillTalks()
    {
        var seed = FuzzRun.Seed();
        var stray = new ConcurrentQueue<string>();
        var replies = 0;
        await using var fuzzSink = await LoopbackServer.StartAsync(app => app.MapFallback(async (HttpContext http) =>
        {
            // Any path: a reply outside {serviceUrl}v3/conversations/ would mean an id escaped its place in the URL.
            // (The generator's only serviceUrls here are the sink's root and its /extra/path/, as real channels have paths.)
            var path = http.Request.Path.Value ?? "";
            if (!(path.StartsWith("/v3/conversations/", StringComparison.Ordinal) || path.StartsWith("/extra/path/v3/conversations/", StringComparison.Ordinal))
                || http.Request.Method != "POST")
                stray.Enqueue($"{http.Request.Method} {(path.Length > 200 ? path[..200] : path)}");
            await http.Request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref replies);
            return Results.Json(new ResourceResponse("fuzz"));
        }), Ct);
        await using var sink = await ChannelSink.StartAsync(Ct);
        var logs = new ErrorLogCapture();
        await using var bot = await BotHostFixture.StartAsync(Ct,
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error" },
            services =>
            {
                // Only the capture: the console would print every logged 200,000-character id.
                services.RemoveAll<ILoggerProvider>();
                services.AddSingleton<ILoggerProvider>(logs);
            });

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(120) };
        var generator = new HostileBodies(seed, fuzzSink.Address.ToString());
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        async Task RunAsync(int from, int to)
        {
            await Parallel.ForEachAsync(Enumerable.Range(from, to - from),
                new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = Ct },
                async (index, token) =>
                {
                    var fuzz = generator.Make(index);
                    var problem = await SendAsync(http, fuzz, token);
                    statuses.AddOrUpdate(problem.Status, 1, (_, n) => n + 1);
                    if (problem.Failure is { } why && failures.Count < 20)
                        failures.Enqueue($"{why}\n    {fuzz.Preview()}");
                });
        }

        // Warm up (JIT, Kestrel's and the array pools, the SQLite file) with the first 40%, then measure the managed
        // heap: pools fill up to a plateau, a leak keeps growing with every further request.
        var heap = new List<long>();
        await RunAsync(0, Cases * 4 / 10);
        heap.Add(FuzzRun.ForcedHeapSize());
        await RunAsync(Cases * 4 / 10, Cases * 7 / 10);
        heap.Add(FuzzRun.ForcedHeapSize());
        await RunAsync(Cases * 7 / 10, Cases);
        heap.Add(FuzzRun.ForcedHeapSize());
        var (before, after) = (heap[1], heap[2]);

        // A reply the channel refuses with a 4xx (an id too long for a URL, or with a NUL that Kestrel will not take even
        // escaped) is the connector's logged delivery failure, as designed: not a fault of the bot.
        var errorLogs = logs.Entries;
        var undelivered = errorLogs.Where(e => e.Category.EndsWith("Connector.ReplyQueue", StringComparison.Ordinal)
            && e.ChannelRefused).ToList();
        var summary = $"seed {seed} (set CAREERBOT_FUZZ_SEED={seed} to replay); statuses: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))
            + $"; {replies} replies at the sink; heap after 40/70/100%: " + string.Join(" / ", heap.Select(h => $"{h / 1048576.0:0.0} MB"))
            + $"; {undelivered.Count} replies the sink refused with a 4xx (e.g. 414 for a 200,000-character id in the URL)";
        TestContext.Current.SendDiagnosticMessage(summary);
        var errors = errorLogs.Where(e => !undelivered.Contains(e)).ToList();
        Assert.True(failures.IsEmpty, summary + "\n" + string.Join("\n", failures) + "\nFirst error logs:\n" + string.Join("\n", errors.Take(3)));
        Assert.True(stray.IsEmpty, summary + "\nReplies went outside /v3/conversations/: " + string.Join(", ", stray.Take(5)));
        Assert.True(errors.Count == 0, summary + "\nError logs:\n" + string.Join("\n", errors.Take(5)));
        Assert.Equal(Cases, statuses.Values.Sum());
        Assert.True(after - before < MemoryGrowthLimit, summary + $"\nThe managed heap grew by {(after - before) / 1048576.0:0.0} MB over the last 30%.");

        // Afterwards an ordinary conversation still works: greeting, an answer, the next question.
        var emulator = new EmulatorChannel(sink.ServiceUrl);
        var join = emulator.Join();
        using (var response = await bot.PostAsync(join, Ct))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var greeting = await sink.WaitForQuestionAsync(join.Id!, Ct);
        Assert.Contains(greeting, p => p.ReplyToId == join.Id && p.Activity.Text?.Contains("CareerBot", StringComparison.Ordinal) == true);
        var answer = emulator.Message("Caring for people");
        using (var response = await bot.PostAsync(answer, Ct))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = await sink.WaitForQuestionAsync(answer.Id!, Ct);
        var question = posts.Last(p => p.ReplyToId == answer.Id && p.Activity.InputHint == InputHints.ExpectingInput);
        Assert.Contains("qualifications", question.Activity.Text, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Outcome(int Status, string? Failure);

    /// <summary>Sends one case; the failure says what was wrong with the answer, or null.</summary>
    private static async Task<Outcome> SendAsync(HttpClient http, FuzzCase fuzz, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages");
        var content = new ByteArrayContent(fuzz.Body);
        if (fuzz.ContentType is { } contentType)
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Content = content;
        if (fuzz.Chunked)
        {
            request.Headers.TransferEncodingChunked = true;
            content.Headers.ContentLength = null;
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return new Outcome(-1, $"transport error: {ex.Message}");
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (status >= 500 && !(status == 501 && fuzz.IsInvoke))
                return new Outcome(status, $"{status}: {FuzzRun.Shorten(body)}");
            if (status is >= 400 and < 500)
            {
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    return new Outcome(status, $"{status} with content type {response.Content.Headers.ContentType}: {FuzzRun.Shorten(body)}");
                try
                {
                    using var problem = JsonDocument.Parse(body);
                    if (!problem.RootElement.TryGetProperty("status", out var s) || s.GetInt32() != status
                        || !problem.RootElement.TryGetProperty("title", out _))
                        return new Outcome(status, $"{status} with an incomplete problem: {FuzzRun.Shorten(body)}");
                }
                catch (JsonException)
                {
                    return new Outcome(status, $"{status} with a problem that is not JSON: {FuzzRun.Shorten(body)}");
                }
            }
            return new Outcome(status, null);
        }
    }

}

