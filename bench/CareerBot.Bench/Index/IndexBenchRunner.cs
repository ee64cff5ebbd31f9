using System.Diagnostics;
using System.Globalization;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Bench.Index;

/// <summary>Shared steps of the index benchmarks: build, open, time a mix of resident queries.</summary>
internal static class IndexBenchRunner
{
    /// <summary>A mix of resident-style queries: synonyms, typos, filters, broad and odd input.</summary>
    public static readonly SearchProfile[] Queries =
    [
        new() { Text = "carer" },
        new() { Text = "hospital porter", QualificationLevel = 0 },
        new() { Text = "I want to help people" },
        new() { Text = "I like computers" },
        new() { Text = "nurce", QualificationLevel = 0 },
        new() { Text = "helthcare asistant nights" },
        new() { Text = "cleaning", MaxHoursPerWeek = 16 },
        new() { Text = "kitchen weekends", Place = "Dudley", MaxMiles = 5 },
        new() { Text = "english course", Place = "B15", MaxMiles = 3, QualificationLevel = 0 },
        new() { Text = "I can drive", Certificates = ["driving-licence"] },
        new() { Text = "pharmacy", QualificationLevel = 2 },
        new() { Text = "radiografer" },
        new() { Text = "" , QualificationLevel = 0 },
        new() { Text = "porter\" NEAR(* AND ( care" },
        new() { Text = "look after old people part time in Wolverhampton" },
        new() { Families = ["admin"], MaxHoursPerWeek = 20 },
    ];

    public static async Task<IndexBuildResult> BuildAsync(CatalogueData data, string path, CancellationToken cancellationToken) =>
        await CatalogueIndexBuilder.BuildAsync(data, path, TimeProvider.System, null, cancellationToken);

    /// <summary>Runs the query mix <paramref name="rounds"/> times after a warm-up; prints p50/p95/p99/max in ms.</summary>
    public static async Task<(double P50, double P99)> TimeQueriesAsync(string path, int rounds, CancellationToken cancellationToken)
    {
        using var holder = new CatalogueIndexHolder(await CatalogueIndex.OpenAsync(path, cancellationToken));
        var search = new CatalogueSearch(holder);
        foreach (var q in Queries) await search.SearchAsync(q, cancellationToken);

        var times = new List<double>(rounds * Queries.Length);
        var perKind = Queries.Select(_ => new List<double>()).ToArray();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var r = 0; r < rounds; r++)
        {
            for (var k = 0; k < Queries.Length; k++)
            {
                var clock = Stopwatch.StartNew();
                await search.SearchAsync(Queries[k], cancellationToken);
                times.Add(clock.Elapsed.TotalMilliseconds);
                perKind[k].Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        var allocatedPerQuery = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)(rounds * Queries.Length);
        if (Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1")
            for (var k = 0; k < Queries.Length; k++)
            {
                perKind[k].Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {Queries[k].Text ?? string.Join(',', Queries[k].Families),-50} median {perKind[k][perKind[k].Count / 2]:0.000} ms"));
            }
        times.Sort();
        double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  queries: {times.Count} ({Queries.Length} kinds x {rounds}); p50 {P(0.50):0.000} ms, p95 {P(0.95):0.000} ms, p99 {P(0.99):0.000} ms, max {times[^1]:0.000} ms; mean {times.Average():0.000} ms; allocated {allocatedPerQuery / 1024:0.0} KB a query"));
        return (P(0.50), P(0.99));
    }

    public static void Report(string label, IndexBuildResult built) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label}: {built.Roles} roles + {built.Courses} courses built in {built.Elapsed.TotalSeconds:0.000} s; index file {built.Bytes / 1024.0 / 1024.0:0.00} MB"));

    public static string TempFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "careerbot-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static int IntArg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, "--" + name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
