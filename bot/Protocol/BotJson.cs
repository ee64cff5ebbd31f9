using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Bot.Protocol;

/// <summary>The one set of JSON options for the wire: camelCase, nulls omitted, lenient on input.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 64,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
