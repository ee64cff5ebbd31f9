using System.Collections.Concurrent;
using System.Text.Json;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;
using Microsoft.Data.Sqlite;

namespace CareerBot.SearchIndex.Index;

/// <summary>
/// An opened index file: read-only SQLite connections, the spelling vocabulary, synonyms and places.
/// Safe for many queries at once. Retire it when a newer index replaces it; it closes once the last
/// query using it has finished.
/// </summary>
public sealed partial class CatalogueIndex : IDisposable
{
    private readonly string _connectionString;
    private readonly ConcurrentBag<IndexConnection> _idle = new();
    private readonly ConcurrentDictionary<long, IndexedDoc> _docs = new();
    private readonly ConcurrentDictionary<string, long> _roleRows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _courseRows = new(StringComparer.Ordinal);
    private readonly int _poolSize = Math.Max(4, Environment.ProcessorCount * 2);
    private readonly SemaphoreSlim _available;
    private int _users;
    private int _retired;

    private CatalogueIndex(string path)
    {
        Path = path;
        _available = new SemaphoreSlim(_poolSize, _poolSize);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString();
    }

    public string Path { get; }
    public string DataVersion { get; private set; } = "";
    public string SchemaVersion { get; private set; } = "";
    public DateTimeOffset? BuiltAt { get; private set; }
    public int RoleCount { get; private set; }
    public int CourseCount { get; private set; }

    /// <summary>Catalogues bigger than this use the faster two-step query (see CatalogueSearch).</summary>
    public const int LargeCatalogue = 5000;

    /// <summary>True for catalogues over <see cref="LargeCatalogue"/> documents.</summary>
    public bool IsLarge => RoleCount + CourseCount > LargeCatalogue;

    internal Vocabulary Vocabulary { get; private set; } = null!;
    internal SynonymTable Synonyms { get; private set; } = null!;

    /// <summary>The roles' family names as <see cref="Query.FitRules.Normal"/> makes them, with their words ("allied health" -> [allied, health]).</summary>
    internal IReadOnlyList<(string Name, string[] Words)> RoleFamilies { get; private set; } = [];
    internal PlaceFinder PlaceFinder { get; private set; } = null!;
    internal IReadOnlyDictionary<string, ProviderRecord> Providers { get; private set; } = null!;
    internal IReadOnlyDictionary<string, IReadOnlyList<PlaceRecord>> PlacesByBorough { get; private set; } = null!;
    internal IReadOnlyDictionary<string, string> RoleTitles { get; private set; } = null!;
    internal IReadOnlyList<CourseRecord> GeneralSkillsCourses { get; private set; } = [];

    /// <summary>Opens an index file built by <see cref="CatalogueIndexBuilder"/>.</summary>
    public static async Task<CatalogueIndex> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new FileNotFoundException("The index file does not exist.", path);
        var index = new CatalogueIndex(System.IO.Path.GetFullPath(path));
        try
        {
            index.OpenConnections();
            await index.LoadAsync(cancellationToken);
        }
        catch
        {
            index.Dispose();
            throw;
        }
        return index;
    }

    /// <summary>Reads the data version stored in an index file, or null when the file is missing or unreadable.</summary>
    public static async Task<(string? DataVersion, string? Schema)> ReadVersionAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return (null, null);
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
                { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            var meta = await ReadMetaAsync(connection, cancellationToken);
            return (meta.GetValueOrDefault("data_version"), meta.GetValueOrDefault("schema"));
        }
        catch (SqliteException)
        {
            return (null, null);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var rented = Rent();
        var connection = rented.Connection;
        try
        {
            var meta = await ReadMetaAsync(connection, cancellationToken);
            SchemaVersion = meta.GetValueOrDefault("schema", "");
            if (SchemaVersion != IndexSchema.Version)
                throw new InvalidDataException($"The index at {Path} has layout {SchemaVersion}; this code needs {IndexSchema.Version}. Rebuild it.");
            DataVersion = meta.GetValueOrDefault("data_version", "");
            BuiltAt = DateTimeOffset.TryParse(meta.GetValueOrDefault("built_at"), out var at) ? at : null;
            RoleCount = int.Parse(meta.GetValueOrDefault("roles", "0"), System.Globalization.CultureInfo.InvariantCulture);
            CourseCount = int.Parse(meta.GetValueOrDefault("courses", "0"), System.Globalization.CultureInfo.InvariantCulture);

            var lists = new Dictionary<string, string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT name, json FROM lists";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken)) lists[reader.GetString(0)] = reader.GetString(1);
            }
            var providers = JsonSerializer.Deserialize<List<ProviderRecord>>(lists["providers"], CatalogueFileReader.Json)!;
            var places = JsonSerializer.Deserialize<List<PlaceRecord>>(lists["places"], CatalogueFileReader.Json)!;
            var synonyms = JsonSerializer.Deserialize<List<SynonymRecord>>(lists["synonyms"], CatalogueFileReader.Json)!;
            Providers = providers.ToDictionary(p => p.Id, StringComparer.Ordinal);
            PlacesByBorough = places.GroupBy(p => p.Borough, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<PlaceRecord>)g.ToList(), StringComparer.Ordinal);
            PlaceFinder = new PlaceFinder(places.Select(p =>
                new KnownPlace(p.Name, p.Borough, p.Aliases, p.PostcodeDistricts, p.Latitude, p.Longitude)));
            Synonyms = new SynonymTable(synonyms);

            var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT term, doc FROM words_vocab";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken)) vocabulary[reader.GetString(0)] = reader.GetInt32(1);
            }
            Vocabulary = new Vocabulary(vocabulary, Synonyms.AllWords);

            var families = new List<(string Name, string[] Words)>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT DISTINCT family FROM docs WHERE kind = 0";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    if (Query.FitRules.Normal(reader.GetString(0)) is var name && TextWords.Of(name) is { Length: > 0 } words && !families.Any(f => f.Name == name))
                        families.Add((name, words));
            }
            RoleFamilies = families;

            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            if (RoleCount <= 5000)
            {
                // Small catalogues live in memory whole; big ones load documents as queries touch them.
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT rowid, kind, json FROM docs WHERE kind = 0";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var role = JsonSerializer.Deserialize<RoleRecord>(reader.GetString(2), CatalogueFileReader.Json)!;
                    titles[role.Id] = role.Title;
                    _roleRows[role.Id] = reader.GetInt64(0);
                    _docs[reader.GetInt64(0)] = new IndexedDoc(reader.GetInt64(0), role);
                }
            }
            RoleTitles = titles;
            await using (var command = connection.CreateCommand())
            {
                // The few English, maths and ESOL courses, kept at hand as fallback pathways.
                command.CommandText = "SELECT json FROM docs WHERE kind = 1 AND json LIKE '%\"generalSkills\":true%' LIMIT 200";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var general = new List<CourseRecord>();
                while (await reader.ReadAsync(cancellationToken))
                    general.Add(JsonSerializer.Deserialize<CourseRecord>(reader.GetString(0), CatalogueFileReader.Json)!);
                GeneralSkillsCourses = general;
            }
            var below = new Dictionary<string, List<IndexedDoc>>(StringComparer.Ordinal);
            foreach (var doc in _docs.Values.Where(d => d.IsRole))
                foreach (var next in doc.Role!.Progression)
                {
                    if (!below.TryGetValue(next, out var list)) below[next] = list = [];
                    list.Add(doc);
                }
            _rolesBelow = below;
            KeepJobNameEnds();
        }
        finally
        {
            Return(rented);
        }
    }

    private static async Task<Dictionary<string, string>> ReadMetaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM meta";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) meta[reader.GetString(0)] = reader.GetString(1);
        return meta;
    }

    /// <summary>Marks the start of a query; false when the index is already retired.</summary>
    internal bool TryEnter()
    {
        Interlocked.Increment(ref _users);
        if (Volatile.Read(ref _retired) == 0) return true;
        Exit();
        return false;
    }

    internal void Exit()
    {
        if (Interlocked.Decrement(ref _users) == 0 && Volatile.Read(ref _retired) == 1)
            CloseConnections();
    }

    /// <summary>No new queries; closes when the running ones finish.</summary>
    public void Retire()
    {
        if (Interlocked.Exchange(ref _retired, 1) == 1) return;
        if (Volatile.Read(ref _users) == 0) CloseConnections();
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _retired, 1);
        CloseConnections();
    }

    /// <summary>Closes the idle connections, each with its kept commands.</summary>
    private void CloseConnections()
    {
        while (_idle.TryTake(out var c)) c.Dispose();
    }

    /// <summary>
    /// Waits for one of the connections opened when the index was loaded. They are all opened up front so
    /// they read the same file even after a rebuild renames a new file into place (on Linux an open file
    /// keeps its contents), which keeps rowids and the documents held in memory in step.
    /// </summary>
    internal async ValueTask<IndexConnection> RentAsync(CancellationToken cancellationToken)
    {
        await _available.WaitAsync(cancellationToken);
        return TakeOrOpen();
    }

    internal IndexConnection Rent()
    {
        _available.Wait();
        return TakeOrOpen();
    }

    private IndexConnection TakeOrOpen()
    {
        if (_idle.TryTake(out var connection)) return connection;
        // Only after Dispose emptied the pool under a running query.
        return new IndexConnection(_connectionString);
    }

    internal void Return(IndexConnection connection)
    {
        _idle.Add(connection);
        _available.Release();
    }

    private void OpenConnections()
    {
        for (var i = 0; i < _poolSize; i++) _idle.Add(new IndexConnection(_connectionString));
    }
}
