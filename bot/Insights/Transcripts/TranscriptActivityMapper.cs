using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Insights.Transcripts;

/// <summary>
/// Turns one turn's activities into transcript entries the Emulator opens: only the fields it shows,
/// every account replaced by a pseudonym (with its role), free text scrubbed, ids renumbered,
/// and a UTC timestamp on each so the order is kept.
/// </summary>
internal static class TranscriptActivityMapper
{
    private static readonly ChannelAccount Bot = new("careerbot", "CareerBot") { Role = "bot" };

    // Strings under these property names are machine values, not text anybody typed.
    private static readonly HashSet<string> MachineKeys = new(StringComparer.OrdinalIgnoreCase)
        { "type", "contentType", "contentUrl", "thumbnailUrl", "url", "image", "version", "$schema", "style", "size", "weight", "color" };

    public static string ConversationPseudonym(string channelId, string conversationId) =>
        "conversation-" + ShortHash(channelId + "\n" + conversationId, 16);

    public static IReadOnlyList<JsonObject> Map(
        Activity inbound, IReadOnlyList<Activity> outbound, DateTimeOffset now, int firstSequence)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(outbound);

        string channelId = inbound.ChannelId ?? "unknown";
        string conversationId = inbound.Conversation?.Id ?? "";
        var context = new Context(channelId, conversationId, inbound.Recipient?.Id);
        context.Learn(inbound.From);
        foreach (ChannelAccount member in inbound.MembersAdded ?? [])
            context.Learn(member);

        var entries = new List<JsonObject>(outbound.Count + 1);
        DateTimeOffset inboundTime = (inbound.Timestamp ?? now).ToUniversalTime();
        int sequence = firstSequence;
        string? inboundId = null;
        if (IsRecorded(inbound))
        {
            inboundId = context.Pseudonym + "|" + sequence.ToString("D6", CultureInfo.InvariantCulture);
            entries.Add(ToEntry(inbound, context, inboundId, replyToId: null, inboundTime, fromBot: false));
            sequence++;
        }

        for (int i = 0; i < outbound.Count; i++)
        {
            Activity reply = outbound[i];
            if (!IsRecorded(reply))
                continue;
            // Replies are rarely stamped by the bot; order them just after the message they answer.
            DateTimeOffset time = (reply.Timestamp ?? inboundTime.AddMilliseconds(i + 1)).ToUniversalTime();
            string id = context.Pseudonym + "|" + sequence.ToString("D6", CultureInfo.InvariantCulture);
            entries.Add(ToEntry(reply, context, id, inboundId, time, fromBot: true));
            sequence++;
        }
        return entries;
    }

    // Typing indicators only clutter a transcript.
    private static bool IsRecorded(Activity activity) =>
        !string.IsNullOrEmpty(activity.Type) && activity.Type != ActivityTypes.Typing;

    private static JsonObject ToEntry(
        Activity source, Context context, string id, string? replyToId, DateTimeOffset time, bool fromBot)
    {
        // Only fields the Emulator shows are kept: channelData, entities, serviceUrl, ids and unknown
        // fields can carry tenant, device or personal details.
        var clean = new Activity
        {
            Type = source.Type,
            Id = id,
            ChannelId = source.ChannelId,
            From = context.Account(source.From, botByDefault: fromBot),
            Recipient = context.Account(source.Recipient, botByDefault: !fromBot),
            Conversation = new ConversationAccount(context.Pseudonym),
            Text = PersonalDataScrubber.Scrub(source.Text, context.Names),
            TextFormat = source.TextFormat,
            Locale = source.Locale,
            Speak = PersonalDataScrubber.Scrub(source.Speak, context.Names),
            InputHint = source.InputHint,
            Summary = PersonalDataScrubber.Scrub(source.Summary, context.Names),
            SuggestedActions = source.SuggestedActions,
            Attachments = source.Attachments,
            AttachmentLayout = source.AttachmentLayout,
            Value = source.Value,
            ValueType = source.ValueType,
            Name = source.Name,
            Action = source.Action,
            MembersAdded = source.MembersAdded?.Select(m => context.Member(m)).ToList(),
            MembersRemoved = source.MembersRemoved?.Select(m => context.Member(m)).ToList(),
            Code = source.Code,
            ReplyToId = replyToId,
        };

        var entry = JsonSerializer.SerializeToNode(clean, BotJson.Options)!.AsObject();
        entry["timestamp"] = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        foreach (string key in new[] { "value", "attachments", "suggestedActions" })
        {
            if (entry[key] is { } node)
                entry[key] = ScrubNode(node, context.Names, propertyName: null);
        }
        return entry;
    }

    private static JsonNode? ScrubNode(JsonNode? node, IReadOnlyList<KnownName> names, string? propertyName)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (string key in obj.Select(p => p.Key).ToList())
                    obj[key] = ScrubNode(obj[key]?.DeepClone(), names, key);
                return obj;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                    array[i] = ScrubNode(array[i]?.DeepClone(), names, propertyName);
                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                string text = value.GetValue<string>();
                if ((propertyName is not null && MachineKeys.Contains(propertyName)) || IsLink(text))
                    return value;
                return JsonValue.Create(PersonalDataScrubber.Scrub(text, names));
            default:
                return node;
        }
    }

    private static bool IsLink(string text) =>
        text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    private static string ShortHash(string text, int hexChars) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexChars];

    /// <summary>Pseudonyms for one conversation. The same resident gets the same pseudonym every turn.</summary>
    private sealed class Context(string channelId, string conversationId, string? botId)
    {
        private readonly Dictionary<string, string> names = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> partNames = new(StringComparer.Ordinal);

        public string Pseudonym { get; } = ConversationPseudonym(channelId, conversationId);

        /// <summary>Whole display names (any case) and their parts (as written), longest first.</summary>
        public IReadOnlyList<KnownName> Names =>
            names.Select(p => new KnownName(p.Key, p.Value, AnyCase: true))
                .Concat(partNames.Where(p => !names.ContainsKey(p.Key)).Select(p => new KnownName(p.Key, p.Value, AnyCase: false)))
                .OrderByDescending(n => n.Text.Length).ToList();

        public void Learn(ChannelAccount? account)
        {
            if (account is null || IsBot(account))
                return;
            string? name = account.Name?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length < 2)
                return;
            string pseudonym = Resident(account).Name!;
            names[name] = pseudonym;
            // The bot may greet by first name only ("Thanks Priya"): each capitalised part goes too.
            foreach (string part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (part.Length >= 2 && char.IsUpper(part[0]))
                    partNames.TryAdd(part, pseudonym);
            }
        }

        /// <param name="account">The account as sent, possibly without a role.</param>
        /// <param name="botByDefault">Whether an account that cannot be told apart is the bot (by where it stands).</param>
        public ChannelAccount Account(ChannelAccount? account, bool botByDefault)
        {
            bool isBot = account switch
            {
                null => botByDefault,
                { Role.Length: > 0 } => IsBot(account),
                _ when botId is not null => IsBot(account),
                _ => botByDefault,
            };
            return isBot ? Bot : Resident(account);
        }

        public ChannelAccount Member(ChannelAccount member) => IsBot(member) ? Bot : Resident(member);

        private bool IsBot(ChannelAccount account) =>
            string.Equals(account.Role, "bot", StringComparison.OrdinalIgnoreCase)
            || (botId is not null && string.Equals(account.Id, botId, StringComparison.Ordinal));

        private ChannelAccount Resident(ChannelAccount? account)
        {
            string tag = ShortHash(conversationId + "\n" + (account?.Id ?? ""), 6);
            return new ChannelAccount("resident-" + tag, "Resident " + tag) { Role = "user" };
        }
    }
}
