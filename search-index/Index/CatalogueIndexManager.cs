using CareerBot.SearchIndex.Catalogue;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.SearchIndex.Index;

/// <summary>
/// Keeps a fresh index in the <see cref="CatalogueIndexHolder"/>: builds it when missing or older than the
/// data, reloads it when the file or data changes (or when asked), and swaps it in while queries run.
/// </summary>
public sealed class CatalogueIndexManager : IDisposable
{
    private readonly SearchIndexOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private ITimer? _debounce;

    public CatalogueIndexManager(SearchIndexOptions options, TimeProvider timeProvider, ILogger<CatalogueIndexManager>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _time = timeProvider;
        _logger = logger ?? NullLogger<CatalogueIndexManager>.Instance;
    }

    public CatalogueIndexHolder Holder { get; } = new();

    /// <summary>True once an index is loaded and serving queries.</summary>
    public bool IsLoaded => Holder.Current is not null;

    /// <summary>The last load or reload problem, or null.</summary>
    public string? LastError { get; private set; }

    /// <summary>How many times a new index was swapped in.</summary>
    public int Generation { get; private set; }

    /// <summary>The data the index should hold: the data folder when set, else the built-in catalogue.</summary>
    public CatalogueData LoadData() => _options.DataDirectory is { Length: > 0 } dir
        ? CatalogueData.LoadFrom(dir)
        : CatalogueData.LoadEmbedded();

    /// <summary>
    /// Makes sure the index file matches the data (building it when missing, stale or unreadable), then loads
    /// it when it is not the one already in use. Returns true when a new index was swapped in.
    /// </summary>
    public async Task<bool> ReloadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var path = _options.FullDatabasePath;
            var data = LoadData();
            var (version, schema) = await CatalogueIndex.ReadVersionAsync(path, cancellationToken);
            if (version != data.Version || schema != IndexSchema.Version)
            {
                _logger.LogInformation("Building the catalogue index at {Path} (found data version {Found}, need {Need})",
                    path, version ?? "none", data.Version);
                var built = await CatalogueIndexBuilder.BuildAsync(data, path, _time, null, cancellationToken);
                _logger.LogInformation("Built the catalogue index: {Roles} roles, {Courses} courses in {ElapsedMs} ms",
                    built.Roles, built.Courses, (long)built.Elapsed.TotalMilliseconds);
            }

            var current = Holder.Current;
            var stamp = File.GetLastWriteTimeUtc(path);
            if (current is not null && current.DataVersion == data.Version && _loadedStamp == stamp)
                return false;

            var next = await CatalogueIndex.OpenAsync(path, cancellationToken);
            _loadedStamp = stamp;
            Holder.Swap(next);
            Generation++;
            LastError = null;
            _logger.LogInformation("Catalogue index loaded: {Roles} roles, {Courses} courses, data version {Version}",
                next.RoleCount, next.CourseCount, next.DataVersion);
            return true;
        }
        catch (Exception ex) when (ex is CatalogueValidationException or IOException or InvalidDataException
                                       or UnauthorizedAccessException or System.Text.Json.JsonException
                                       or Microsoft.Data.Sqlite.SqliteException)
        {
            LastError = ex.Message;
            _logger.LogError(ex, "Could not load the catalogue index; the previous index (if any) stays in use");
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    private DateTime _loadedStamp;

    /// <summary>Reloads when the index file is replaced (e.g. by <c>index build</c>) or a data file changes.</summary>
    public void StartWatching()
    {
        if (!_options.Watch || _watchers.Count > 0) return;
        var path = _options.FullDatabasePath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AddWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path));
        if (_options.DataDirectory is { Length: > 0 } dir && Directory.Exists(dir))
            AddWatcher(dir, "*.json");
    }

    private void AddWatcher(string directory, string filter)
    {
        var watcher = new FileSystemWatcher(directory, filter)
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    /// <summary>Waits a moment so a burst of file events causes one reload.</summary>
    private void Schedule()
    {
        _debounce?.Dispose();
        _debounce = _time.CreateTimer(_ => _ = ReloadInBackgroundAsync(), null, TimeSpan.FromMilliseconds(500), Timeout.InfiniteTimeSpan);
    }

    private async Task ReloadInBackgroundAsync()
    {
        try
        {
            await ReloadAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Background reload of the catalogue index failed");
        }
    }

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _watchers.Clear();
        _debounce?.Dispose();
        Holder.Dispose();
        _gate.Dispose();
    }
}
