using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Dialogs.Engine;

/// <summary>Reads and writes <see cref="DialogState"/> as JSON. A broken or older snapshot reads as null.</summary>
public static class DialogStateSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        MaxDepth = 32,
    };

    public static DialogSnapshot Write(DialogState state) => new(JsonSerializer.Serialize(state, Options));

    /// <summary>The state, or null when the snapshot is unreadable or from an older version.</summary>
    public static DialogState? Read(DialogSnapshot? snapshot)
    {
        if (snapshot is null || string.IsNullOrWhiteSpace(snapshot.Json)) return null;
        try
        {
            var state = JsonSerializer.Deserialize<DialogState>(snapshot.Json, Options);
            return state is { Version: DialogState.CurrentVersion } ? state : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
