namespace CareerBot.Bench.Index;

/// <summary>Build time, index size and query latency on the real catalogue. Goal: query p99 under 2 ms.</summary>
public sealed class RealCatalogueBenchmark : IBenchmark
{
    public string Name => "index-real";
    public string Description => "Catalogue index on the real data: build time, size, query p50/p99 [--rounds N]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var rounds = IndexBenchRunner.IntArg(args, "rounds", 300);
        var folder = IndexBenchRunner.TempFolder();
        try
        {
            var data = SearchIndex.Catalogue.CatalogueData.LoadEmbedded();
            var path = Path.Combine(folder, "catalogue.db");
            Console.WriteLine("index-real");
            await IndexBenchRunner.BuildAsync(data, path, cancellationToken); // warm-up build (JIT)
            var built = await IndexBenchRunner.BuildAsync(data, path, cancellationToken);
            IndexBenchRunner.Report("build", built);
            var (_, p99) = await IndexBenchRunner.TimeQueriesAsync(path, rounds, cancellationToken);
            Console.WriteLine(p99 < 2 ? "  goal p99 < 2 ms: met" : "  goal p99 < 2 ms: NOT met");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
