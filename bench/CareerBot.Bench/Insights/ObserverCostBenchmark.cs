using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using CareerBot.Bot.Insights;
using CareerBot.Bot.Insights.Transcripts;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Bench.Insights;

/// <summary>
/// What the advisers' side work adds to each turn: the transcript writer (which rewrites the file) and the
/// insight counts in SQLite, over conversations of a given length. Target at 40 turns: p50 under 5 ms and
/// p99 under 20 ms per turn for transcripts (each write is fsynced), under 5 ms p99 for the counts.
/// Measured on the shared 2-core machine (load about 4): transcript p50 2.0 ms, p99 11.6-15.2 ms;
/// insights p50 0.35 ms, p99 3.2-3.4 ms.
/// </summary>
internal sealed class ObserverCostBenchmark : IBenchmark
{
    public string Name => "observers";

    public string Description => "Per-turn cost of transcripts and insight counts (args: [conversations] [turns])";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        int conversations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        int turns = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        string folder = Directory.CreateTempSubdirectory("careerbot-bench-observers-").FullName;
        try
        {
            var clock = TimeProvider.System;
            var forgotten = new RecentlyForgotten(clock);
            var transcripts = new TranscriptWriter(Options.Create(new TranscriptOptions { Folder = folder }), forgotten, clock,
                NullLogger<TranscriptWriter>.Instance);
            var insights = new InsightObserver(new SqliteInsightStore(Path.Combine(folder, "insights.db")),
                new InsightCalendar(Options.Create(new InsightsOptions()), clock), forgotten);

            var transcriptTimes = new List<double>();
            var insightTimes = new List<double>();
            for (int c = 0; c < conversations; c++)
            {
                for (int t = 0; t < turns; t++)
                {
                    (Activity inbound, Activity[] outbound, InsightSignal[] signals) = Turn(c, t);
                    var watch = Stopwatch.StartNew();
                    await transcripts.OnTurnAsync(inbound, outbound, signals, cancellationToken);
                    transcriptTimes.Add(watch.Elapsed.TotalMilliseconds);
                    watch.Restart();
                    await insights.OnTurnAsync(inbound, outbound, signals, cancellationToken);
                    insightTimes.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            Report("transcript", transcriptTimes);
            Report("insights  ", insightTimes);
            long bytes = Directory.GetFiles(folder, "*.transcript").Max(f => new FileInfo(f).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  largest transcript after {turns} turns: {bytes / 1024.0:0.0} KB"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (Activity, Activity[], InsightSignal[]) Turn(int conversation, int turn)
    {
        string id = "bench-" + conversation;
        var inbound = new Activity
        {
            Type = ActivityTypes.Message, ChannelId = "webchat", Conversation = new ConversationAccount(id),
            From = new ChannelAccount("user-" + conversation, "Sam Resident"), Recipient = new ChannelAccount("bot", "CareerBot"),
            Text = $"I live near DY1 2HQ, call 07700 900{turn:000}, I like caring and cleaning work {turn}",
            Timestamp = DateTimeOffset.UtcNow,
        };
        var reply = new Activity
        {
            Type = ActivityTypes.Message, ChannelId = "webchat", Conversation = new ConversationAccount(id),
            From = new ChannelAccount("bot", "CareerBot"), Recipient = new ChannelAccount("user-" + conversation),
            Text = "Thanks. Do you have any qualifications? Pick one.", InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions
            {
                Actions = new[] { "None", "GCSEs", "A levels", "Degree" }.Select(v => new CardAction { Type = "imBack", Title = v }).ToList(),
            },
        };
        InsightSignal[] signals = [new("step", "step-" + (turn % 6)), new("interest", "caring"), new("unmatched", "welder")];
        return (inbound, [reply], signals);
    }

    private static void Report(string label, List<double> times)
    {
        times.Sort();
        double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label}: {times.Count} turns; p50 {P(0.5):0.000} ms, p95 {P(0.95):0.000} ms, p99 {P(0.99):0.000} ms, max {times[^1]:0.000} ms"));
    }
}
