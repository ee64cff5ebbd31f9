using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CareerBot.Dialogs.Engine;

/// <summary>
/// Reads and writes <see cref="DialogState"/> as JSON: inside a host's JSON through <see cref="DialogSnapshot"/>
/// (see <see cref="DialogSnapshotJsonConverter"/>), or as text. A broken or older snapshot reads as null.
/// </summary>
public static class DialogStateSerializer
{
    /// <summary>How deep the state's JSON may nest (counted from the state's own object).</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// For reading (by reflection). Writing uses <see cref="DialogStateJsonContext"/>'s generated code with the same
    /// settings, which writes the same JSON. Reading stays here: generated readers give an init-only property that
    /// is missing from the JSON its type's default (0, null) rather than its initialiser's value (3, [], new()).
    /// </summary>
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        MaxDepth = MaxDepth,
    };

    private static JsonTypeInfo<DialogState> WriteInfo => DialogStateJsonContext.Default.DialogState;

    /// <summary>A snapshot of <paramref name="state"/>, which the snapshot now owns: do not change it afterwards.</summary>
    public static DialogSnapshot Write(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new DialogSnapshot(state);
    }

    /// <summary>
    /// The state to run a turn on (a copy: the snapshot stays as it was), or null when the snapshot is
    /// unreadable or from an older version.
    /// </summary>
    public static DialogState? Read(DialogSnapshot? snapshot)
    {
        if (snapshot is null) return null;
        if (snapshot.State is { } state) return state.Copy();
        return FromText(snapshot.Json);
    }

    internal static string ToJson(DialogState state) => JsonSerializer.Serialize(state, WriteInfo);

    private static DialogState? FromText(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            var state = JsonSerializer.Deserialize<DialogState>(json, Options);
            return state is { Version: DialogState.CurrentVersion } ? state : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A snapshot from JSON text: holding the state when it reads, else the text (which reads as null).</summary>
    internal static DialogSnapshot ReadText(string json) => FromText(json) is { } state ? new DialogSnapshot(state) : new DialogSnapshot(json);

    internal static void WriteNested(Utf8JsonWriter writer, DialogState state) => JsonSerializer.Serialize(writer, state, WriteInfo);

    /// <summary>
    /// The state from the object at <paramref name="reader"/> (on its StartObject), leaving the reader on the
    /// object's EndObject. Deserialises from a copy of the reader so that a state that does not read (wrong
    /// shape, older version) can be skipped and kept as its text, which <see cref="Read"/> turns into null.
    /// The host's reader must hold the whole object (System.Text.Json buffers a value before a converter reads it).
    /// </summary>
    internal static DialogSnapshot ReadNested(ref Utf8JsonReader reader)
    {
        var attempt = reader;
        try
        {
            if (JsonSerializer.Deserialize<DialogState>(ref attempt, Options) is { Version: DialogState.CurrentVersion } state)
            {
                reader = attempt;
                return new DialogSnapshot(state);
            }
        }
        catch (JsonException)
        {
            // Read again below, as text.
        }
        using var document = JsonDocument.ParseValue(ref reader);
        return new DialogSnapshot(document.RootElement.GetRawText());
    }
}
