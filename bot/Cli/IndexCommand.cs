using System.Diagnostics;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;

namespace CareerBot.Bot.Cli;

/// <summary>
/// <c>index build [--data DIR] [--index PATH]</c>: validates the catalogue data, then builds the index file
/// with a progress display. <c>index check [--data DIR]</c> only validates.
/// </summary>
internal static class IndexCommand
{
    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Valued = ["data", "index"];
    private const string Usage = "Usage: index build [--data DIR] [--index PATH]\n       index check [--data DIR]";

    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = CliArgs.Parse(args.Skip(1), Flags, Valued);
        var action = parsed.Words.FirstOrDefault();
        if (parsed.Help)
        {
            Console.WriteLine(Usage);
            return 0;
        }
        if (parsed.Errors.Count > 0 || action is not ("build" or "check"))
        {
            foreach (var e in parsed.Errors) await Console.Error.WriteLineAsync(e);
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var options = CliCatalogue.OptionsFrom(parsed);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

        await Console.Error.WriteLineAsync($"Checking the data ({options.DataDirectory ?? "built-in catalogue"})...");
        CatalogueData data;
        try
        {
            data = options.DataDirectory is { } dir ? CatalogueData.LoadFrom(dir) : CatalogueData.LoadEmbedded();
        }
        catch (CatalogueValidationException ex)
        {
            await Console.Error.WriteLineAsync($"The data has {ex.Errors.Count} problem(s). Nothing was built.");
            foreach (var e in ex.Errors) await Console.Error.WriteLineAsync("  " + e);
            return 1;
        }
        await Console.Error.WriteLineAsync(
            $"Data is valid: {data.Roles.Count} roles, {data.Courses.Count} courses, {data.Providers.Count} providers, " +
            $"{data.PlaceRecords.Count} places, {data.Synonyms.Count} synonym groups.");
        if (action == "check") return 0;

        var progress = new ConsoleProgress();
        var result = await CatalogueIndexBuilder.BuildAsync(data, options.FullDatabasePath, TimeProvider.System, progress, cancel.Token);
        progress.Finish();
        Console.WriteLine($"Built {result.Path}");
        Console.WriteLine($"  {result.Roles} roles, {result.Courses} courses, {result.Bytes / 1024.0:0.0} KB, " +
                          $"{result.Elapsed.TotalMilliseconds:0} ms, data version {result.DataVersion}");
        return 0;
    }

    /// <summary>One updating line on a terminal; one line per stage when output is redirected.</summary>
    private sealed class ConsoleProgress : IProgress<IndexBuildProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly bool _interactive = !Console.IsErrorRedirected;
        private string _lastStage = "";

        public void Report(IndexBuildProgress value)
        {
            var percent = value.Total == 0 ? 100 : value.Done * 100 / value.Total;
            var bar = new string('#', percent / 5).PadRight(20, '.');
            var line = $"{value.Stage,-9} [{bar}] {value.Done}/{value.Total} {_clock.Elapsed.TotalSeconds:0.0}s";
            if (_interactive)
            {
                Console.Error.Write("\r" + line.PadRight(60));
                if (value.Stage != _lastStage && _lastStage.Length > 0) { }
            }
            else if (value.Done == value.Total && value.Stage != _lastStage)
            {
                Console.Error.WriteLine(line);
            }
            _lastStage = value.Stage;
        }

        public void Finish()
        {
            if (_interactive) Console.Error.WriteLine();
        }
    }
}
