using System.Text.Json;
using System.Text.Json.Serialization;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Hosting;

/// <summary>
/// The generated writer for <see cref="ConversationRecord"/>, used for writing only (see
/// <see cref="ConversationRecord.ToJson"/>). Its settings must stay those of the record's reflection options:
/// only then does System.Text.Json call the generated code; otherwise it silently takes the slower general path.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = DialogStateSerializer.MaxDepth + 1)]
[JsonSerializable(typeof(ConversationRecord))]
internal sealed partial class ConversationRecordJsonContext : JsonSerializerContext;
