using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.SearchIndex.Catalogue;

namespace CareerBot.SearchIndex.Tests;

/// <summary>Test data: the shipped data files as editable JSON, so a test can break one field.</summary>
internal static class Some
{
    public static Dictionary<string, JsonObject> DataFiles()
    {
        var files = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (name, bytes) in CatalogueData.ReadEmbeddedFiles())
            files[name] = JsonNode.Parse(bytes!)!.AsObject();
        return files;
    }

    public static JsonObject Record(Dictionary<string, JsonObject> files, string file, int index) =>
        files[file]["records"]!.AsArray()[index]!.AsObject();

    public static IReadOnlyList<CatalogueError> ErrorsOf(Dictionary<string, JsonObject> files) =>
        ErrorsOf(files.ToDictionary(kv => kv.Key, kv => (byte[]?)JsonSerializer.SerializeToUtf8Bytes(kv.Value)));

    public static IReadOnlyList<CatalogueError> ErrorsOf(IReadOnlyDictionary<string, byte[]?> files)
    {
        var ex = Assert.Throws<CatalogueValidationException>(() => CatalogueData.Load(files));
        return ex.Errors;
    }
}
