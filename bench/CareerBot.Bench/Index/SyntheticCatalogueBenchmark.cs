using CareerBot.SearchIndex.Catalogue;

namespace CareerBot.Bench.Index;

/// <summary>
/// Build time, size and query latency on a generated catalogue of 100,000 records (the real ones plus
/// made-up roles and courses built from the real vocabulary). Goals: build under 15 s, query p99 under 20 ms.
/// </summary>
public sealed class SyntheticCatalogueBenchmark : IBenchmark
{
    public string Name => "index-100k";
    public string Description => "Catalogue index on 100,000 generated records: build time, size, query p50/p99 [--records N] [--rounds N] [--keep]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var records = IndexBenchRunner.IntArg(args, "records", 100_000);
        var rounds = IndexBenchRunner.IntArg(args, "rounds", 30);
        var folder = IndexBenchRunner.TempFolder();
        try
        {
            var data = SyntheticCatalogue.Generate(CatalogueData.LoadEmbedded(), records, seed: 42);
            var path = Path.Combine(folder, "catalogue.db");
            Console.WriteLine($"index-100k ({records} records)");
            var built = await IndexBenchRunner.BuildAsync(data, path, cancellationToken);
            IndexBenchRunner.Report("build", built);
            Console.WriteLine(built.Elapsed.TotalSeconds < 15 ? "  goal build < 15 s: met" : "  goal build < 15 s: NOT met");
            var (_, p99) = await IndexBenchRunner.TimeQueriesAsync(path, rounds, cancellationToken);
            Console.WriteLine(p99 < 20 ? "  goal p99 < 20 ms: met" : "  goal p99 < 20 ms: NOT met");
            return 0;
        }
        finally
        {
            if (Array.IndexOf(args, "--keep") >= 0) Console.WriteLine($"  kept {folder}");
            else Directory.Delete(folder, recursive: true);
        }
    }
}
