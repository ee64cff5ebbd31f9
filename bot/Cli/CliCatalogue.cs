using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;

namespace CareerBot.Bot.Cli;

/// <summary>
/// The catalogue index as the terminal commands find it: <c>--index PATH</c> and <c>--data DIR</c>, else the
/// SearchIndex__DatabasePath and SearchIndex__DataDirectory variables, else the defaults.
/// </summary>
internal static class CliCatalogue
{
    public static SearchIndexOptions OptionsFrom(CliArgs parsed)
    {
        var options = new SearchIndexOptions();
        if (Environment.GetEnvironmentVariable("SearchIndex__DatabasePath") is { Length: > 0 } envPath) options.DatabasePath = envPath;
        if (Environment.GetEnvironmentVariable("SearchIndex__DataDirectory") is { Length: > 0 } envData) options.DataDirectory = envData;
        if (parsed.Get("index") is { Length: > 0 } path) options.DatabasePath = Path.GetFullPath(path);
        if (parsed.Get("data") is { Length: > 0 } data) options.DataDirectory = Path.GetFullPath(data);
        return options;
    }

    /// <summary>
    /// The loaded index, built first when it is missing or stale; null once the reason it could not be
    /// loaded (invalid data, an unusable file) has been written to standard error.
    /// </summary>
    public static async Task<CatalogueIndexManager?> OpenAsync(CliArgs parsed)
    {
        var options = OptionsFrom(parsed);
        options.Watch = false;
        var manager = new CatalogueIndexManager(options, TimeProvider.System);
        try
        {
            await manager.ReloadAsync(CancellationToken.None);
            if (manager.IsLoaded) return manager;
            await Console.Error.WriteLineAsync($"The index could not be loaded: {manager.LastError}");
        }
        catch (CatalogueValidationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
        }
        manager.Dispose();
        return null;
    }
}
