using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Dialogs.Engine;

/// <summary>
/// The dialogs' state between turns, opaque to the host. A host that stores it puts it in its own JSON
/// (System.Text.Json) as it is: it is written there as a nested JSON object in the same pass as the rest
/// (<see cref="DialogSnapshotJsonConverter"/>), and read back from it in one pass too, never as escaped
/// text inside the host's JSON. A JSON string in that place (how snapshots were stored before) still reads,
/// and is written back as an object.
/// A snapshot never changes: the next turn works on its own copy.
/// </summary>
[JsonConverter(typeof(DialogSnapshotJsonConverter))]
public sealed class DialogSnapshot
{
    private string? _json;

    /// <summary>A snapshot from its JSON text (a snapshot stored as text before, or one made in a test).</summary>
    public DialogSnapshot(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        _json = json;
    }

    /// <summary>A snapshot of <paramref name="state"/>, which now belongs to the snapshot and must not change.</summary>
    internal DialogSnapshot(DialogState state) => State = state;

    /// <summary>The state as read or as the turn left it; null for a snapshot made from text.</summary>
    internal DialogState? State { get; }

    /// <summary>The snapshot as JSON text (made on first use when the snapshot holds a state).</summary>
    public string Json => _json ??= DialogStateSerializer.ToJson(State!);
}

/// <summary>
/// Writes a <see cref="DialogSnapshot"/> as a nested JSON object and reads it from one: the state is
/// serialised straight into the host's writer and deserialised straight from the host's reader. Reads the
/// older form too (the snapshot's JSON as a string). A nested object that is not a readable state of this
/// version reads as a snapshot that <see cref="DialogStateSerializer.Read"/> turns into null, as a broken
/// string did; anything other than an object, a string or null is not a snapshot (a <see cref="JsonException"/>).
/// </summary>
public sealed class DialogSnapshotJsonConverter : JsonConverter<DialogSnapshot>
{
    public override DialogSnapshot? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.StartObject => DialogStateSerializer.ReadNested(ref reader),
            // The older form: the snapshot's JSON as text (empty text was no snapshot). Read now, so that it is
            // written back nested; text that does not read is kept as it is.
            JsonTokenType.String => reader.GetString() is { Length: > 0 } json ? DialogStateSerializer.ReadText(json) : null,
            _ => throw new JsonException($"A dialog snapshot is a JSON object or string, not {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, DialogSnapshot value, JsonSerializerOptions options)
    {
        if (value.State is { } state)
            DialogStateSerializer.WriteNested(writer, state);
        else
            writer.WriteStringValue(value.Json); // text kept as it came (a snapshot that did not read, or one made from text)
    }
}
