using System.Diagnostics;
using System.Globalization;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Bench.Index;

/// <summary>Where a query's time goes on a big catalogue: analysis, each FTS5 step, the whole search.</summary>
public sealed class QueryPhasesBenchmark : IBenchmark
{
    public string Name => "index-phases";
    public string Description => "Time the phases of one query on a generated catalogue [--records N] [--text WORDS]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var records = IndexBenchRunner.IntArg(args, "records", 100_000);
        var at = Array.IndexOf(args, "--text");
        var text = at >= 0 && at + 1 < args.Length ? args[at + 1] : "carer";
        var folder = IndexBenchRunner.TempFolder();
        try
        {
            var path = Path.Combine(folder, "catalogue.db");
            await IndexBenchRunner.BuildAsync(SyntheticCatalogue.Generate(CatalogueData.LoadEmbedded(), records, 42), path, cancellationToken);
            using var holder = new CatalogueIndexHolder(await CatalogueIndex.OpenAsync(path, cancellationToken));
            var index = holder.Current!;
            var search = new CatalogueSearch(holder);
            var profile = new SearchProfile { Text = text };
            await search.SearchAsync(profile, cancellationToken);

            double Time(Action action, int n = 20)
            {
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < n; i++) action();
                return clock.Elapsed.TotalMilliseconds / n;
            }

            var plan = QueryAnalyzer.Analyse(text, [], index);
            Console.WriteLine($"terms: {string.Join(" | ", plan.Terms.Select(t => t.Text))}");
            Print("analyse", Time(() => QueryAnalyzer.Analyse(text, [], index)));
            foreach (var columns in new[] { "title other_names", "title other_names summary tasks", null })
            {
                var match = FtsExpression.From(plan.Terms, index.Vocabulary.Contains, columns);
                var connection = index.Rent();
                var count = 0;
                var ms = Time(() =>
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT rowid, rank FROM docs_fts WHERE docs_fts MATCH $m ORDER BY rank LIMIT 150";
                    command.Parameters.AddWithValue("$m", match);
                    using var reader = command.ExecuteReader();
                    count = 0;
                    while (reader.Read()) count++;
                });
                index.Return(connection);
                Print($"fts {columns ?? "all columns"} ({count} rows)", ms);
            }
            Print("whole search", Time(() => search.SearchAsync(profile, cancellationToken).GetAwaiter().GetResult()));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Print(string label, double ms) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-50} {ms:0.000} ms"));
}
