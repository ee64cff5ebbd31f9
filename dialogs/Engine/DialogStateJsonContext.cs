using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Dialogs.Engine;

/// <summary>
/// Generated writers for <see cref="DialogState"/> and everything in it, for writing only (see
/// <see cref="DialogStateSerializer"/>). The settings must stay those of the serializer's reflection options
/// (enums by name through the generated string converters instead of a converter in the options): only then
/// does System.Text.Json call the generated code; otherwise it silently takes the slower general path.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = DialogStateSerializer.MaxDepth,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(PromptChoice))]
internal sealed partial class DialogStateJsonContext : JsonSerializerContext;
