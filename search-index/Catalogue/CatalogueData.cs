using System.Reflection;
using System.Security.Cryptography;
using CareerBot.SearchIndex.Places;

namespace CareerBot.SearchIndex.Catalogue;

/// <summary>
/// The whole catalogue: roles, courses, providers, places and synonyms, loaded from the JSON files
/// under <c>search-index/data/</c> (embedded in this assembly, or from a folder) and validated.
/// </summary>
public sealed class CatalogueData
{
    /// <summary>The data file names, in load order.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        ["roles.json", "courses.json", "providers.json", "places.json", "synonyms.json"];

    private static readonly Lazy<CatalogueData> Embedded = new(() => Load(ReadEmbeddedFiles()));

    public required IReadOnlyList<RoleRecord> Roles { get; init; }
    public required IReadOnlyList<CourseRecord> Courses { get; init; }
    public required IReadOnlyList<ProviderRecord> Providers { get; init; }
    public required IReadOnlyList<PlaceRecord> PlaceRecords { get; init; }
    public required IReadOnlyList<SynonymRecord> Synonyms { get; init; }

    /// <summary>A hash of the data files; the index stores it to know when it is stale.</summary>
    public required string Version { get; init; }

    /// <summary>The catalogue that ships with the code (embedded resources). Validated once, then cached.</summary>
    public static CatalogueData LoadEmbedded() => Embedded.Value;

    /// <summary>Loads and validates the five data files from a folder.</summary>
    /// <exception cref="CatalogueValidationException">When any file is missing or any record is bad.</exception>
    public static CatalogueData LoadFrom(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var name in FileNames)
        {
            var path = Path.Combine(directory, name);
            files[name] = File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        return Load(files);
    }

    /// <summary>Loads and validates data given as file name -> bytes (null = missing file).</summary>
    public static CatalogueData Load(IReadOnlyDictionary<string, byte[]?> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<CatalogueError>();
        var reader = new CatalogueFileReader(errors);
        var data = new CatalogueData
        {
            Roles = reader.Read<RoleRecord>(files, "roles.json", "roles"),
            Courses = reader.Read<CourseRecord>(files, "courses.json", "courses"),
            Providers = reader.Read<ProviderRecord>(files, "providers.json", "providers"),
            PlaceRecords = reader.Read<PlaceRecord>(files, "places.json", "places"),
            Synonyms = reader.Read<SynonymRecord>(files, "synonyms.json", "synonyms"),
            Version = HashOf(files),
        };
        if (errors.Count == 0)
            CatalogueValidator.Validate(data, errors);
        if (errors.Count > 0)
            throw new CatalogueValidationException(errors);
        return data;
    }

    /// <summary>The places of the shipped catalogue, for recognisers (aliases and postcode districts included).</summary>
    public static IReadOnlyList<KnownPlace> LoadPlaces() => LoadEmbedded().Places;

    /// <summary>The role families ("support services", "social care", ...), for buttons and <see cref="Query.SearchProfile.Families"/>.</summary>
    public IReadOnlyList<string> Families => field ??= Roles.Select(r => r.Family).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>This catalogue's places as the contract type.</summary>
    public IReadOnlyList<KnownPlace> Places => field ??= PlaceRecords
        .Select(p => new KnownPlace(p.Name, p.Borough, p.Aliases, p.PostcodeDistricts, p.Latitude, p.Longitude)
        {
            Landmarks = p.Landmarks.Select(l => new KnownLandmark(l.Name, l.Aliases)).ToList(),
        })
        .ToList();

    /// <summary>Reads the embedded data files (name -> bytes).</summary>
    public static IReadOnlyDictionary<string, byte[]?> ReadEmbeddedFiles()
    {
        var assembly = typeof(CatalogueData).Assembly;
        var files = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var name in FileNames)
            files[name] = ReadResource(assembly, "CareerBot.SearchIndex.data." + name);
        return files;
    }

    private static byte[]? ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string HashOf(IReadOnlyDictionary<string, byte[]?> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in FileNames)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            if (files.TryGetValue(name, out var bytes) && bytes is not null)
                hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
