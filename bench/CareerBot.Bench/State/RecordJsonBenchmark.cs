using System.Globalization;
using CareerBot.Bot.Hosting;
using CareerBot.Bench.Scale;
using CareerBot.Dialogs.Engine;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace CareerBot.Bench.State;

/// <summary>
/// The conversation record's JSON on its own: the records every turn of the scripted dialogs leaves (made by the
/// real engine), then each parsed and written again many times over. Parsing is what a turn pays whenever the record
/// it reads is not the one this instance wrote (two instances behind a load balancer, a restart).
/// </summary>
internal sealed class RecordJsonBenchmark : IBenchmark
{
    public string Name => "record-json";

    public string Description => "Conversation record parse and write, per record [--dialogs 40] [--rounds 7]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var dialogs = options.Int("dialogs", 40);
        var rounds = options.Int("rounds", 7);
        var folder = Directory.CreateTempSubdirectory("careerbot-bench-record-").FullName;
        try
        {
            var index = await BotInstances.BuildIndexAsync(folder, cancellationToken);
            await using var bot = await BotInstances.StartAsync(folder, index, null, "Warning", cancellationToken);
            var engine = bot.App.Services.GetRequiredService<IConversationEngine>();
            var payloads = new List<string>();
            for (var d = 0; d < dialogs; d++)
            {
                var script = Scripts.All[d % Scripts.All.Count];
                ConversationRecord? record = null;
                for (var step = 0; step <= script.Length; step++)
                {
                    var outcome = await engine.RunTurnAsync(new Turn
                    {
                        Text = step == 0 ? "" : script[step - 1],
                        Locale = "en-GB",
                        LocalTime = DateTimeOffset.UtcNow,
                        Channel = ChannelKind.Emulator,
                        ConversationId = $"record-{d}",
                        IsConversationStart = step == 0,
                    }, record?.Dialog, cancellationToken);
                    record = (record ?? new ConversationRecord()).After(outcome.State!, $"record-{d}|{step:0000}", DateTimeOffset.UtcNow, null);
                    payloads.Add(record.ToJson());
                }
            }
            var parsed = payloads.Select(ConversationRecord.Parse).ToList();
            if (parsed.Any(r => r is null)) throw new InvalidOperationException("A record the engine left did not parse.");

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{payloads.Count} records from {dialogs} dialogs, mean {payloads.Average(p => p.Length):0} characters, largest {payloads.Max(p => p.Length)}."));
            var parse = new List<double>();
            var write = new List<double>();
            long parseBytes = 0, writeBytes = 0;
            for (var round = 0; round < rounds + 1; round++)
            {
                var (us, bytes) = Time(() => { foreach (var p in payloads) ConversationRecord.Parse(p); }, payloads.Count);
                if (round > 0) { parse.Add(us); parseBytes = bytes; }
                (us, bytes) = Time(() => { foreach (var r in parsed) r!.ToJson(); }, payloads.Count);
                if (round > 0) { write.Add(us); writeBytes = bytes; }
            }
            parse.Sort();
            write.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"parse: median {parse[parse.Count / 2]:0.0} us a record (rounds {parse[0]:0.0}-{parse[^1]:0.0}), {parseBytes / 1024.0:0.0} KB a record"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"write: median {write[write.Count / 2]:0.0} us a record (rounds {write[0]:0.0}-{write[^1]:0.0}), {writeBytes / 1024.0:0.0} KB a record"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Runs <paramref name="work"/> (over <paramref name="count"/> records) about 200 times: µs and bytes per record.</summary>
    private static (double Microseconds, long Bytes) Time(Action work, int count)
    {
        const int Repeats = 200;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < Repeats; i++) work();
        var elapsed = Stopwatch.GetElapsedTime(start);
        return (elapsed.TotalMicroseconds / (Repeats * count), (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (Repeats * count));
    }
}
