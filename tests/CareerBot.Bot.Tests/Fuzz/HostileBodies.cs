using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Bot.Tests.Fuzz;

/// <summary>One generated request: the bytes, the content type (null = no header) and how it was made.</summary>
/// <param name="Chunked">Sent without a Content-Length (chunked), so the server only learns the size while reading.</param>
/// <param name="IsInvoke">The body declares an invoke; an unknown invoke name may rightly get 501.</param>
public sealed record FuzzCase(int Index, byte[] Body, string? ContentType, bool Chunked, string Kind, bool IsInvoke)
{
    public string Preview()
    {
        var text = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 240));
        return $"#{Index} [{Kind}] {ContentType ?? "(no content type)"} {Body.Length} bytes{(Chunked ? " chunked" : "")}: {text}";
    }
}

/// <summary>
/// Generates malformed and hostile Bot Framework activity bodies from a seed. Case <c>i</c> depends only on
/// the seed and <c>i</c>, so a failure is reproduced by its seed and index whatever the concurrency.
/// Every absolute http address in a body is <paramref name="serviceUrl"/> (a loopback sink), so no reply
/// ever leaves the machine.
/// </summary>
public sealed class HostileBodies(int seed, string serviceUrl)
{
    /// <summary>Placeholders written as strings, swapped for raw JSON text after serialisation.</summary>
    private const string LoneHigh = "ZZLONEHIGHZZ", LoneLow = "ZZLONELOWZZ", Reversed = "ZZREVERSEDZZ", Deep = "ZZDEEPZZ", Big = "ZZBIGZZ";

    private static readonly string[] Fields =
    [
        "type", "id", "timestamp", "localTimestamp", "localTimezone", "serviceUrl", "channelId", "from", "conversation",
        "recipient", "text", "textFormat", "locale", "speak", "inputHint", "summary", "suggestedActions", "attachments",
        "attachmentLayout", "entities", "channelData", "replyToId", "value", "valueType", "name", "action", "membersAdded",
        "membersRemoved", "deliveryMode", "code", "callerId", "relatesTo",
    ];

    private static readonly string[] Types =
        ["message", "message", "message", "conversationUpdate", "invoke", "event", "endOfConversation", "typing", "messageReaction",
         "installationUpdate", "trace", "handoff", "MESSAGE", "", " ", "message\u0000", "unknownType"];

    private static readonly string[] OddTexts =
    [
        "", " ", "\u0000", "a\u0000b", "\u202eevil\u202c", "\u200b\u200c\u200d\ufeff", "مرحبا أريد عملا", "שלום", "👩🏽‍⚕️🚑🏥",
        "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇", "\ud83d\ude00", "\r\n\t", "I\u2028want\u2029work", "𝕳𝖊𝖑𝖑𝖔", "ﷺ", "\u0301", "nurse" + LoneHigh,
        LoneLow + "care", Reversed, "<script>alert(1)</script>", "'; DROP TABLE conversation_state; --", "{{template}}",
        "%s%s%n", "../../etc/passwd", "Caring for people", "None", "Full-time", "Days", "Now", "skip", "forget me", "start again",
        "back", "help", "1", "99999999999999999999", "-1", "1e309", "NaN", "yes", "no", "stop", "Birmingham", "B15 2TT",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "",
        "application/jsonp", "application/json; charset=utf-16", "application/vnd.api+json", "APPLICATION/JSON",
        "application/json; charset=nonsense", "text/json", "*/*",
    ];

    private readonly string _serviceUrl = serviceUrl;

    public FuzzCase Make(int index)
    {
        var random = new Random(HashCode.Combine(seed, index, 0x5eed));
        var (root, isInvoke) = BaseActivity(random);
        var kinds = new List<string>();

        // 1-3 structural mutations of the object.
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations; m++)
            kinds.Add(MutateObject(random, root));

        var json = Serialise(random, root);
        string? contentType = "application/json";
        var chunked = false;

        // Then, often, something at the level of text and bytes.
        byte[] body;
        var rawRoll = random.Next(100);
        if (rawRoll < 45)
        {
            body = Encoding.UTF8.GetBytes(json);
        }
        else
        {
            (body, var rawKind) = MutateRaw(random, json);
            kinds.Add(rawKind);
        }

        var headerRoll = random.Next(100);
        if (headerRoll < 8)
        {
            contentType = ContentTypes[random.Next(ContentTypes.Length)];
            kinds.Add("content-type");
        }
        else if (headerRoll < 10)
        {
            contentType = null;
            kinds.Add("no-content-type");
        }
        else if (headerRoll < 14)
        {
            contentType = "application/json; charset=utf-8";
        }
        if (random.Next(100) < 6)
        {
            chunked = true;
            kinds.Add("chunked");
        }
        // Byte-level changes can turn the sink's address into another one (a flipped digit is a public address, a
        // flipped letter a DNS name). The bot would post its replies there: never let such a body out.
        if (!RepliesStayOnTheSink(body))
        {
            body = Encoding.UTF8.GetBytes(json);
            kinds.Add("url-kept");
            if (!RepliesStayOnTheSink(body)) body = "{}"u8.ToArray();
        }
        return new FuzzCase(index, body, contentType, chunked, string.Join("+", kinds), isInvoke);
    }

    /// <summary>
    /// False when the bot could read an absolute http(s) serviceUrl from the body (any spelling of the name, as the
    /// bot's JSON options ignore case) that is not one of the sink's own addresses, or when that cannot be ruled out.
    /// </summary>
    private bool RepliesStayOnTheSink(byte[] body)
    {
        var bytes = body.AsMemory();
        if (bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xef, 0xbb, 0xbf])) bytes = bytes[3..];
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return true;
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (!property.Name.Equals("serviceUrl", StringComparison.OrdinalIgnoreCase) || property.Value.ValueKind != JsonValueKind.String)
                    continue;
                var url = property.Value.GetString()!;
                if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                    && url != _serviceUrl && url != _serviceUrl.TrimEnd('/') && url != _serviceUrl + "extra/path/")
                    return false;
            }
            return true;
        }
        catch (JsonException)
        {
            return true; // the bot cannot read it either
        }
        catch (InvalidOperationException)
        {
            return false; // a string it cannot decode: do not guess
        }
    }

    /// <summary>A plausible activity to start from; ids come from small pools so ids and conversations repeat (replays).</summary>
    private (JsonObject Root, bool IsInvoke) BaseActivity(Random random)
    {
        var type = Types[random.Next(Types.Length)];
        var conversation = "fuzz-conv-" + random.Next(40);
        // Times from the seed, so a case is the same bytes on every run.
        var now = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero).AddSeconds(random.Next(0, 365 * 24 * 3600));
        var root = new JsonObject
        {
            ["type"] = type,
            ["id"] = random.Next(100) < 30 ? "replayed-" + random.Next(10) : "act-" + random.Next(),
            ["timestamp"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["localTimestamp"] = now.ToOffset(TimeSpan.FromHours(1)).ToString("O", CultureInfo.InvariantCulture),
            ["serviceUrl"] = _serviceUrl,
            ["channelId"] = Pick(random, "emulator", "emulator", "webchat", "directline", "msteams", "sms", "test", "slack"),
            ["from"] = new JsonObject { ["id"] = "user-" + random.Next(5), ["name"] = "User", ["role"] = "user" },
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "Bot", ["role"] = "bot" },
            ["locale"] = "en-GB",
        };
        switch (type)
        {
            case "message":
                root["text"] = OddTexts[random.Next(OddTexts.Length)];
                if (random.Next(100) < 20) root["value"] = RandomValue(random, 0);
                break;
            case "conversationUpdate":
                root["membersAdded"] = new JsonArray(
                    new JsonObject { ["id"] = "user-" + random.Next(5), ["name"] = "User" },
                    new JsonObject { ["id"] = "bot", ["name"] = "Bot" });
                break;
            case "invoke":
                root["name"] = Pick(random, "adaptiveCard/action", "adaptiveCard/action", "task/fetch", "signin/verifyState", "", "x");
                root["value"] = random.Next(2) == 0
                    ? new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = RandomValue(random, 0) } }
                    : RandomValue(random, 0);
                break;
            case "event":
                root["name"] = Pick(random, "webchat/join", "webchat/join", "other", "");
                root["value"] = RandomValue(random, 0);
                break;
        }
        if (random.Next(100) < 10) root["deliveryMode"] = Pick(random, "expectReplies", "normal", "EXPECTREPLIES", "stream", "");
        return (root, type == "invoke");
    }

    /// <summary>One change to the activity object; returns its name.</summary>
    private string MutateObject(Random random, JsonObject root)
    {
        var field = Fields[random.Next(Fields.Length)];
        switch (random.Next(16))
        {
            case 0:
            case 1:
                root[field] = WrongType(random);
                return "wrong-type:" + field;
            case 2:
                var nested = Pick(random, "from", "conversation", "recipient");
                root[nested] = new JsonObject { [Pick(random, "id", "name", "role", "aadObjectId", "isGroup", "tenantId")] = WrongType(random) };
                return "wrong-nested-type:" + nested;
            case 3:
                root.Remove(Pick(random, "id", "type", "conversation", "channelId", "serviceUrl", "from", "recipient"));
                if (root["conversation"] is JsonObject c && random.Next(2) == 0) c.Remove("id");
                return "missing-id";
            case 4:
                root[Pick(random, "text", "id", "locale", "name", "channelId", "localTimezone", "speak", "summary")] = OddTexts[random.Next(OddTexts.Length)];
                if (root["conversation"] is JsonObject conv && random.Next(4) == 0) conv["id"] = OddTexts[random.Next(OddTexts.Length)];
                return "odd-unicode";
            case 5:
                // Near and over the text limit (10,000 characters) and the body limit (256 KB).
                var length = Pick(random, 9_999, 10_000, 10_001, 50_000, 200_000);
                root[Pick(random, "text", "text", "speak", "summary", "locale", "id", "name")] = $"{Big}{length}:{(int)Pick(random, 'x', 'é', '字')}.";
                return "huge-string:" + length;
            case 6:
                var padding = Pick(random, 262_144 - 600, 262_144 - 300, 262_144, 262_144 + 1, 300_000, 1_000_000);
                root["channelData"] = new JsonObject { ["padding"] = $"{Big}{padding}:{(int)'p'}." };
                return "near-body-limit:" + padding;
            case 7:
                root[Pick(random, "channelData", "value", "entities", "relatesTo", "attachments")] = Deep;
                return "deep-nesting";
            case 8:
                root[Pick(random, "from", "conversation", "recipient", "suggestedActions", "membersAdded")] = Pick<JsonNode>(random, 42, 1.5e300, -0.0, true);
                return "number-for-object";
            case 9:
                root["attachments"] = new JsonArray(
                    new JsonObject { ["contentType"] = Pick<JsonNode?>(random, "application/vnd.microsoft.card.adaptive", 5, null, ""), ["content"] = RandomValue(random, 0) },
                    RandomValue(random, 0));
                return "attachments";
            case 10:
                root["suggestedActions"] = new JsonObject
                {
                    ["actions"] = new JsonArray(new JsonObject { ["type"] = Pick<JsonNode?>(random, "imBack", null, 3), ["value"] = RandomValue(random, 0) }),
                };
                return "suggested-actions";
            case 11:
                root["value"] = RandomValue(random, 0);
                if (random.Next(2) == 0) root["type"] = "message";
                return "random-value";
            case 12:
                root[Pick(random, "timestamp", "localTimestamp")] = Pick(random,
                    "9999-12-31T23:59:59.9999999+14:00", "0001-01-01T00:00:00-14:00", "2020-13-45T99:99:99Z", "", "yesterday",
                    "2026-01-01T00:00:00+25:00", "2026-03-29T01:30:00Z");
                return "odd-timestamp";
            case 13:
                root["locale"] = Pick(random, "", "xx", "zz-ZZ", "en-GB-u-nu-arab", "ar-SA", "he-IL", "ja-JP", "tr-TR", "qps-ploc",
                    new string('a', 300), "en_GB", "\u0000", "i-klingon");
                return "odd-locale";
            case 14:
                root["serviceUrl"] = Pick(random, "", "not a url", "ftp://127.0.0.1/", "javascript:alert(1)", "/relative", "file:///etc/passwd",
                    "http://", "http:// spaces .example/", "mailto:a@b.c", _serviceUrl.TrimEnd('/'), _serviceUrl + "extra/path/");
                return "odd-serviceUrl";
            default:
                root["membersAdded"] = new JsonArray(Enumerable.Range(0, random.Next(0, 50))
                    .Select(i => (JsonNode?)(random.Next(3) == 0 ? WrongType(random) : new JsonObject { ["id"] = "m" + i })).ToArray());
                if (random.Next(2) == 0) root["type"] = "conversationUpdate";
                return "members";
        }
    }

    private string Serialise(Random random, JsonObject root)
    {
        var options = new JsonSerializerOptions
        {
            Encoder = random.Next(2) == 0 ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : JavaScriptEncoder.Default,
        };
        var json = root.ToJsonString(options);
        json = json.Replace(LoneHigh, "\\ud800", StringComparison.Ordinal)
            .Replace(LoneLow, "\\udc00", StringComparison.Ordinal)
            .Replace(Reversed, "\\udc00\\ud800", StringComparison.Ordinal);
        // Huge strings go in after serialisation, so the generator itself fills no array pools with megabyte buffers
        // (the fuzz test measures the managed heap of this process, the bot's included).
        for (var at = json.IndexOf(Big, StringComparison.Ordinal); at >= 0; at = json.IndexOf(Big, StringComparison.Ordinal))
        {
            // ZZBIGZZ{length}:{char code}.
            var colon = json.IndexOf(':', at);
            var dot = json.IndexOf('.', colon);
            var length = int.Parse(json.AsSpan(at + Big.Length, colon - at - Big.Length), CultureInfo.InvariantCulture);
            var fill = (char)int.Parse(json.AsSpan(colon + 1, dot - colon - 1), CultureInfo.InvariantCulture);
            json = string.Concat(json.AsSpan(0, at), new string(fill, length), json.AsSpan(dot + 1));
        }
        if (json.Contains(Deep, StringComparison.Ordinal))
        {
            var depth = Pick(random, 10_000, 10_000, 65, 63, 200);
            var nest = random.Next(2) == 0
                ? new string('[', depth) + new string(']', depth)
                : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
            json = json.Replace("\"" + Deep + "\"", nest, StringComparison.Ordinal);
        }
        return json;
    }

    /// <summary>Changes at the level of text and bytes: truncation, garbage, duplicates, bad UTF-8, non-objects.</summary>
    private static (byte[] Body, string Kind) MutateRaw(Random random, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (random.Next(14))
        {
            case 0:
            case 1:
                return (bytes[..random.Next(bytes.Length)], "truncated");
            case 2:
                var flipped = (byte[])bytes.Clone();
                for (var i = 0; i < random.Next(1, 6); i++) flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                return (flipped, "flipped-bytes");
            case 3:
                var at = random.Next(bytes.Length);
                byte[] bad = Pick(random, new byte[] { 0xff }, [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x00], [0xe2, 0x82]);
                return ([.. bytes[..at], .. bad, .. bytes[at..]], "bad-utf8");
            case 4:
                // Duplicate keys: the same property twice with different values and types.
                var dup = Pick(random, "\"type\":\"invoke\",\"type\":\"message\",", "\"conversation\":{\"id\":\"a\"},\"conversation\":5,",
                    "\"text\":\"one\",\"text\":\"two\",", "\"id\":\"x\",\"id\":\"x\",", "\"zzExtra\":1,\"zzExtra\":{\"a\":[]},",
                    "\"channelData\":1,\"channelData\":{},", "\"serviceUrl\":\"ftp://x\",");
                return (Encoding.UTF8.GetBytes("{" + dup + json[1..]), "duplicate-keys");
            case 5:
                return (Encoding.UTF8.GetBytes(Pick(random, "", " ", "\n\n", "null", "[]", "[{}]", "{}", "123", "-0", "1e999", "\"message\"",
                    "true", "{\"type\":null}", "NaN", "Infinity", "{\"type\":\"message\"}", "[" + json + "]")), "not-an-activity");
            case 6:
                return (Encoding.UTF8.GetBytes(json + Pick(random, "x", "}", "{}", json, ",", "\u0000", "//c")), "trailing-garbage");
            case 7:
                return (Encoding.UTF8.GetBytes(json.Replace("\"", "'", StringComparison.Ordinal)), "single-quotes");
            case 8:
                return (Encoding.UTF8.GetBytes(json.Replace("}", ",}", StringComparison.Ordinal)), "trailing-commas");
            case 9:
                return (Encoding.UTF8.GetBytes("/* c */" + json), "comment");
            case 10:
                return ([0xef, 0xbb, 0xbf, .. bytes], "bom");
            case 11:
                return (Encoding.Unicode.GetBytes(json), "utf16-body");
            case 12:
                var junk = new byte[random.Next(1, 4096)];
                random.NextBytes(junk);
                return (junk, "random-bytes");
            default:
                var cut = random.Next(bytes.Length);
                return ([.. bytes[..cut], .. bytes[Math.Min(bytes.Length, cut + random.Next(1, 40))..]], "deleted-span");
        }
    }

    private static JsonNode? WrongType(Random random) => random.Next(9) switch
    {
        0 => 42,
        1 => -1.5e308,
        2 => true,
        3 => null,
        4 => new JsonArray(1, "two", null),
        5 => new JsonObject { ["nested"] = new JsonObject { ["x"] = 1 } },
        6 => "string-instead",
        7 => 9_223_372_036_854_775_807L,
        _ => new JsonArray(),
    };

    private static JsonNode? RandomValue(Random random, int depth) => (depth > 4 ? random.Next(5) : random.Next(9)) switch
    {
        0 => null,
        1 => random.Next(),
        2 => OddTexts[random.Next(OddTexts.Length)],
        3 => random.Next(2) == 0,
        4 => random.NextDouble() * 1e300,
        5 or 6 => new JsonObject
        {
            [Pick(random, "answer", "choice", "action", "text", "value", "id", "step", "kind", "", "\u0000")] = RandomValue(random, depth + 1),
            [Pick(random, "data", "verb", "type", "answer", "roleId", "courseId")] = RandomValue(random, depth + 1),
        },
        _ => new JsonArray(RandomValue(random, depth + 1), RandomValue(random, depth + 1)),
    };

    private static T Pick<T>(Random random, params T[] options) => options[random.Next(options.Length)];
}
