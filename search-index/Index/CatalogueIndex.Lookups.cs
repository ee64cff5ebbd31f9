using System.Collections.Concurrent;
using System.Text.Json;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Index;

/// <summary>Lookups on an opened index: documents, ids, course links and the career ladder.</summary>
public sealed partial class CatalogueIndex
{
    private IReadOnlyDictionary<string, List<IndexedDoc>> _rolesBelow = new Dictionary<string, List<IndexedDoc>>();

    private readonly ConcurrentDictionary<string, (IndexedDoc Step, int Hops)[]> _stepsToward = new(StringComparer.Ordinal);

    /// <summary>
    /// Roles whose progression leads to <paramref name="roleId"/> in one or two steps (small catalogues only), one
    /// step first. Worked out once per role and index: the ladder is fixed when the index is opened, and only roles
    /// with a role below them are kept, so the cache is never bigger than the catalogue's roles.
    /// </summary>
    internal IReadOnlyList<(IndexedDoc Step, int Hops)> StepsToward(string roleId)
    {
        if (!_rolesBelow.ContainsKey(roleId)) return [];
        if (_stepsToward.TryGetValue(roleId, out var known)) return known;
        return _stepsToward[roleId] = FindStepsToward(roleId);
    }

    private (IndexedDoc Step, int Hops)[] FindStepsToward(string roleId)
    {
        var steps = new List<(IndexedDoc Step, int Hops)>();
        if (!_rolesBelow.TryGetValue(roleId, out var first)) return [];
        var seen = new HashSet<string>(StringComparer.Ordinal) { roleId };
        foreach (var d in first)
            if (seen.Add(d.Id)) steps.Add((d, 1));
        foreach (var d in first)
            if (_rolesBelow.TryGetValue(d.Id, out var second))
                foreach (var e in second)
                    if (seen.Add(e.Id)) steps.Add((e, 2));
        return [.. steps];
    }

    /// <summary>How many roles' steps <see cref="StepsToward"/> holds now.</summary>
    internal int StepsTowardHeld => _stepsToward.Count;

    private readonly ConcurrentDictionary<string, List<CourseRecord>> _leads = new(StringComparer.Ordinal);

    internal List<CourseRecord>? CachedLeads(string roleId) => _leads.GetValueOrDefault(roleId);

    internal void CacheLeads(string roleId, List<CourseRecord> courses)
    {
        if (_leads.Count < 20_000) _leads[roleId] = courses;
    }

    private HashSet<string>? _jobNameEnds;

    /// <summary>
    /// The last word of each name a job goes by (its title's parts and its other names): "nurse" of "Registered nurse",
    /// "receptionist" of "GP receptionist", but not "doctor" of "doctors receptionist". Kept only when the roles are
    /// held whole (small catalogues); a big one does not know.
    /// </summary>
    private void KeepJobNameEnds()
    {
        if (RoleCount > 5000) return;
        var ends = new HashSet<string>(StringComparer.Ordinal);
        var roles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in _docs.Values)
        {
            if (doc.Role is not { } role) continue;
            var held = new HashSet<string>(StringComparer.Ordinal);
            // The whole title's last word is its last part's: the same ends as the parts and other names alone.
            foreach (var name in JobNameShapes.Names(role.Title, role.OtherNames))
                if (TextWords.Of(name) is { Length: > 0 } words)
                {
                    ends.Add(SynonymTable.Singular(words[^1]));
                    foreach (var w in words) held.Add(SynonymTable.Singular(w));
                }
            foreach (var w in held) roles[w] = roles.GetValueOrDefault(w) + 1;
        }
        _jobNameEnds = ends;
        _rolesNamedWith = roles;
    }

    /// <summary>
    /// Whether some job's name ends with <paramref name="word"/> ("nurses" ends "Registered nurse"): the catalogue has
    /// a job called that. Null when the catalogue is too big to know.
    /// </summary>
    internal bool? EndsJobName(string word) => _jobNameEnds?.Contains(SynonymTable.Singular(word.ToLowerInvariant()));

    private Dictionary<string, int>? _rolesNamedWith;

    /// <summary>
    /// How many jobs have <paramref name="word"/> in a name ("senior": 2, "hospital": many); null when the catalogue is
    /// too big to know.
    /// </summary>
    internal int? RolesNamedWith(string word) => _rolesNamedWith is { } roles ? roles.GetValueOrDefault(SynonymTable.Singular(word.ToLowerInvariant())) : null;

    private readonly ConcurrentDictionary<string, bool> _namedBy = new(StringComparer.Ordinal);

    /// <summary>Whether a job's or course's names hold the word, when asked before: null when not yet asked.</summary>
    internal bool? CachedNamedBy(string word) => _namedBy.TryGetValue(word, out var held) ? held : null;

    /// <summary>Keeps what the index said of a word's names (a word typed by residents: bounded, as <see cref="CacheLeads"/>).</summary>
    internal void CacheNamedBy(string word, bool held)
    {
        if (_namedBy.Count < 20_000) _namedBy[word] = held;
    }

    /// <summary>The most distances <see cref="MilesToBorough"/> keeps, so memory stays bounded.</summary>
    internal const int MaxBoroughMiles = 50_000;

    private readonly ConcurrentDictionary<(double Latitude, double Longitude, string Borough), double?> _boroughMiles = new();

    /// <summary>How many distances <see cref="MilesToBorough"/> holds now.</summary>
    internal int BoroughMilesHeld => _boroughMiles.Count;

    /// <summary>
    /// Straight-line miles from a point to the nearest place in <paramref name="borough"/>, or null when the
    /// borough has no places. Remembered for each point and borough (up to <see cref="MaxBoroughMiles"/> of them;
    /// after that the rest are worked out each time), since residents' homes are a few known places.
    /// </summary>
    internal double? MilesToBorough(double latitude, double longitude, string borough)
    {
        var key = (latitude, longitude, borough);
        if (_boroughMiles.TryGetValue(key, out var known)) return known;
        var miles = NearestMiles(latitude, longitude, PlacesByBorough.GetValueOrDefault(borough) ?? []);
        if (_boroughMiles.Count < MaxBoroughMiles) _boroughMiles[key] = miles;
        return miles;
    }

    // Its own method: the lambda's captured point would otherwise cost an allocation on every lookup.
    private static double? NearestMiles(double latitude, double longitude, IReadOnlyList<PlaceRecord> places) =>
        places.Select(p => (double?)PlaceFinder.Miles(latitude, longitude, p.Latitude, p.Longitude)).Min();

    /// <summary>Documents by rowid, from memory or the file.</summary>
    internal async Task<IReadOnlyDictionary<long, IndexedDoc>> GetDocsAsync(
        IndexConnection connection, IReadOnlyCollection<long> rowIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, IndexedDoc>(rowIds.Count);
        var missing = new List<long>();
        foreach (var id in rowIds)
        {
            if (_docs.TryGetValue(id, out var doc)) found[id] = doc;
            else missing.Add(id);
        }
        if (missing.Count == 0) return found;

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, kind, json FROM docs WHERE rowid IN ({string.Join(',', missing)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var rowId = reader.GetInt64(0);
            IndexedDoc doc;
            if (reader.GetInt32(1) == IndexSchema.RoleKind)
            {
                doc = new IndexedDoc(rowId, JsonSerializer.Deserialize<RoleRecord>(reader.GetString(2), CatalogueFileReader.Json)!);
            }
            else
            {
                var course = JsonSerializer.Deserialize<CourseRecord>(reader.GetString(2), CatalogueFileReader.Json)!;
                doc = new IndexedDoc(rowId, course, course.LeadsToRoles.Select(r => RoleTitles.GetValueOrDefault(r, r)));
            }
            found[rowId] = doc;
            if (_docs.Count < 50_000) _docs[rowId] = doc;
        }
        return found;
    }

    /// <summary>Rowids for ids of one kind (unknown ids are left out).</summary>
    internal async Task<IReadOnlyDictionary<string, long>> RowIdsAsync(
        IndexConnection connection, int kind, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var cache = kind == IndexSchema.RoleKind ? _roleRows : _courseRows;
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (cache.TryGetValue(id, out var row)) result[id] = row;
            else missing.Add(id);
        }
        if (missing.Count == 0) return result;

        await using var command = connection.CreateCommand();
        var names = new List<string>();
        for (var i = 0; i < missing.Count; i++)
        {
            names.Add("$p" + i);
            command.Parameters.AddWithValue("$p" + i, missing[i]);
        }
        command.CommandText = $"SELECT id, rowid FROM docs WHERE kind = {kind} AND id IN ({string.Join(',', names)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = reader.GetInt64(1);
            if (cache.Count < 50_000) cache[reader.GetString(0)] = reader.GetInt64(1);
        }
        return result;
    }
}
