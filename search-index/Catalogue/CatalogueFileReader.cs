using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.SearchIndex.Catalogue;

/// <summary>Parses one data file: checks its envelope, then reads each record, noting errors by file, record and field.</summary>
internal sealed class CatalogueFileReader(List<CatalogueError> errors)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public IReadOnlyList<T> Read<T>(IReadOnlyDictionary<string, byte[]?> files, string file, string kind)
    {
        if (!files.TryGetValue(file, out var bytes) || bytes is null)
        {
            errors.Add(new(file, "whole file", "", "the file is missing."));
            return [];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            errors.Add(new(file, "whole file", "", $"not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {ex.Message}"));
            return [];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(file, "whole file", "", "the file must be a JSON object with \"kind\", \"version\" and \"records\"."));
                return [];
            }
            if (!root.TryGetProperty("kind", out var k) || k.ValueKind != JsonValueKind.String || k.GetString() != kind)
                errors.Add(new(file, "whole file", "kind", $"must be \"{kind}\"."));
            if (!root.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || v.GetInt32() != 1)
                errors.Add(new(file, "whole file", "version", "must be 1."));
            if (!root.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new(file, "whole file", "records", "must be an array of records."));
                return [];
            }

            var list = new List<T>();
            var index = 0;
            foreach (var element in records.EnumerateArray())
            {
                var name = RecordName(element, index);
                try
                {
                    if (element.ValueKind != JsonValueKind.Object)
                        errors.Add(new(file, name, "", "each record must be a JSON object."));
                    else if (element.Deserialize<T>(Json) is { } record)
                        list.Add(record);
                }
                catch (JsonException ex)
                {
                    errors.Add(new(file, name, FieldOf(ex.Path), Describe(ex)));
                }
                index++;
            }
            return list;
        }
    }

    internal static string RecordName(JsonElement element, int index) =>
        element.ValueKind == JsonValueKind.Object
        && (element.TryGetProperty("id", out var id) || element.TryGetProperty("name", out id))
        && id.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(id.GetString())
            ? $"record {index} ('{id.GetString()}')"
            : $"record {index}";

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path)) return "";
        var trimmed = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return trimmed;
    }

    private static string Describe(JsonException ex)
    {
        // "The JSON property 'x' could not be mapped" is how unknown fields show up.
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
