using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.Bot.Protocol.Auth;

/// <summary>
/// The Bot Connector's signing keys carry an extra "endorsements" array: the channel ids each key may
/// sign for (spec §4.1 step 5). Keys without the array endorse nothing in particular and are not checked.
/// </summary>
internal static class SigningKeyEndorsements
{
    public static IReadOnlyList<string>? Of(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out object? value) || value is null)
            return null;
        return value switch
        {
            string one => [one],
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Select(item => item.ToString())],
            JsonElement single => [single.ToString()],
            IEnumerable many => [.. many.Cast<object?>().Select(item => item?.ToString() ?? "")],
            _ => [value.ToString() ?? ""],
        };
    }
}
