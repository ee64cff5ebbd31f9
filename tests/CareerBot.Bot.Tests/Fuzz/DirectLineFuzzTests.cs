using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.Bot.Tests.DirectLine;
using CareerBot.Bot.Tests.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CareerBot.Bot.Tests.Fuzz;

/// <summary>
/// Generated malformed and hostile bodies against the self-hosted Direct Line's POST activities on the real
/// bot (its real pipeline, dialogs and catalogue), with valid tokens for a few conversations, many at once:
/// never a 5xx, every 4xx is application/problem+json, no error is logged, the managed heap stays bounded,
/// and afterwards a new Direct Line conversation still gets its greeting and goes on.
/// </summary>
public sealed class DirectLineFuzzTests
{
    private static readonly int Cases = FuzzRun.Cases(4_000);
    private const int Concurrency = 8;
    private const int Conversations = 8;
    private const long MemoryGrowthLimit = 32L * 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fuzz_HostileActivities_NoServerErrorProblemJsonAndDirectLineStillTalks()
    {
        var seed = FuzzRun.Seed();
        var logs = new ErrorLogCapture();
        await using var bot = await BotHostFixture.StartAsync(Ct,
            new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Error",
                // The limits are tested elsewhere; here every body must reach the parser and the bot.
                ["DirectLine:RateLimit:PerTokenPerMinute"] = "1000000",
                ["DirectLine:RateLimit:PerIpPerMinute"] = "1000000",
                ["DirectLine:RateLimit:NewConversationsPerIpPerMinute"] = "1000000",
            },
            services =>
            {
                services.RemoveAll<ILoggerProvider>();
                services.AddSingleton<ILoggerProvider>(logs);
            });
        using var client = new DirectLineClient(bot.Address);
        var sessions = new List<DirectLineClient.Session>();
        for (var i = 0; i < Conversations; i++) sessions.Add(await client.StartAsync(Ct));

        // The /api/messages generator's bodies: truncated JSON, wrong types, huge strings, deep nesting, odd Unicode,
        // missing and replayed ids. Direct Line ignores serviceUrl, so any address in them stays unused.
        var generator = new HostileBodies(seed, "http://127.0.0.1:9/");
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency };
        using var http = new HttpClient(handler) { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(120) };

        async Task RunAsync(int from, int to) =>
            await Parallel.ForEachAsync(Enumerable.Range(from, to - from),
                new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = Ct },
                async (index, token) =>
                {
                    var fuzz = generator.Make(index);
                    var session = sessions[index % sessions.Count];
                    using var request = new HttpRequestMessage(HttpMethod.Post,
                        $"{DirectLineClient.Base}/conversations/{session.ConversationId}/activities");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
                    var content = new ByteArrayContent(fuzz.Body);
                    if (fuzz.ContentType is { } type) content.Headers.TryAddWithoutValidation("Content-Type", type);
                    request.Content = content;
                    using var response = await http.SendAsync(request, token);
                    var status = (int)response.StatusCode;
                    statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                    var body = await response.Content.ReadAsStringAsync(token);
                    string? why = null;
                    if (status >= 500) why = $"{status}: {FuzzRun.Shorten(body)}";
                    else if (status is >= 400 and < 500 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                        why = $"{status} with content type {response.Content.Headers.ContentType}: {FuzzRun.Shorten(body)}";
                    if (why is not null && failures.Count < 20) failures.Enqueue($"{why}\n    {fuzz.Preview()}");
                });

        var heap = new List<long>();
        await RunAsync(0, Cases * 4 / 10);
        heap.Add(FuzzRun.ForcedHeapSize());
        await RunAsync(Cases * 4 / 10, Cases * 7 / 10);
        heap.Add(FuzzRun.ForcedHeapSize());
        await RunAsync(Cases * 7 / 10, Cases);
        heap.Add(FuzzRun.ForcedHeapSize());

        var summary = $"seed {seed} (CAREERBOT_FUZZ_SEED={seed} replays); statuses: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))
            + "; heap after 40/70/100%: " + string.Join(" / ", heap.Select(h => $"{h / 1048576.0:0.0} MB"));
        TestContext.Current.SendDiagnosticMessage(summary);
        Assert.True(failures.IsEmpty, summary + "\n" + string.Join("\n", failures));
        Assert.True(logs.Entries.Count == 0, summary + "\nError logs:\n" + string.Join("\n", logs.Entries.Take(5)));
        Assert.Equal(Cases, statuses.Values.Sum());
        Assert.True(heap[2] - heap[1] < MemoryGrowthLimit, summary + $"\nThe managed heap grew by {(heap[2] - heap[1]) / 1048576.0:0.0} MB over the last 30%.");

        // Afterwards a new conversation works: the greeting arrives, an answer gets the next question.
        var fresh = await client.StartAsync(Ct);
        var (greeting, watermark) = await WaitForAsync(client, fresh, null, a => Text(a).Contains("CareerBot", StringComparison.Ordinal));
        Assert.NotEmpty(greeting);
        await client.SayAsync(fresh, "Caring for people", Ct);
        var (next, _) = await WaitForAsync(client, fresh, watermark, a => Text(a).Contains("qualifications", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(next);
    }

    private static string Text(JsonElement activity) =>
        activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "";

    /// <summary>Polls the conversation from the watermark until an activity matches (at most a minute).</summary>
    private static async Task<(List<JsonElement> Matches, string Watermark)> WaitForAsync(DirectLineClient client,
        DirectLineClient.Session session, string? watermark, Func<JsonElement, bool> match)
    {
        var until = DateTime.UtcNow.AddMinutes(1);
        var seen = new List<JsonElement>();
        while (DateTime.UtcNow < until)
        {
            var (activities, mark) = await client.PollAsync(session, watermark, Ct);
            seen.AddRange(activities);
            watermark = mark;
            var found = seen.Where(match).ToList();
            if (found.Count > 0) return (found, watermark);
            await Task.Delay(100, Ct);
        }
        return ([], watermark ?? "");
    }

}
