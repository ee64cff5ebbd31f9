using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Channels.Teams;

/// <summary>
/// Removes the bot's own @mention from a Teams message: the mention entity's text ("&lt;at&gt;CareerBot&lt;/at&gt;")
/// goes from the text and the entity goes from the list; a tag with the bot's name and no entity goes too.
/// Other people's mentions keep their names, without the tags.
/// </summary>
internal static partial class TeamsMentions
{
    public static Activity StripBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        var text = activity.Text;
        var kept = new List<JsonElement>();
        var removed = false;
        foreach (var entity in activity.Entities ?? [])
        {
            if (IsMentionOf(entity, botId, out var mentionText))
            {
                removed = true;
                var tag = mentionText ?? $"<at>{activity.Recipient?.Name}</at>";
                if (text is not null) text = text.Replace(tag, " ", StringComparison.Ordinal);
                continue;
            }
            kept.Add(entity);
        }
        if (text is null) return activity;
        var clean = Tidy(text, activity.Recipient?.Name);
        if (!removed && clean == text) return activity;
        return activity with
        {
            Text = clean,
            Entities = removed ? kept : activity.Entities,
        };
    }

    private static bool IsMentionOf(JsonElement entity, string? botId, out string? mentionText)
    {
        mentionText = null;
        if (botId is null || entity.ValueKind != JsonValueKind.Object) return false;
        if (!entity.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "mention")
            return false;
        if (!entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
            || !mentioned.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !string.Equals(id.GetString(), botId, StringComparison.Ordinal))
            return false;
        if (entity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() is { Length: > 0 } s)
            mentionText = s;
        return true;
    }

    /// <summary>
    /// A tag naming the bot that had no mention entity goes too (some clients, and edited or forwarded messages, send
    /// the tag alone); other mentions become plain names; non-breaking spaces and runs of white space become one space.
    /// </summary>
    private static string Tidy(string text, string? botName)
    {
        var s = AtTag().Replace(text, tag =>
        {
            var name = tag.Groups[1].Value;
            return botName is { Length: > 0 } && string.Equals(name.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Trim(), botName.Trim(), StringComparison.OrdinalIgnoreCase)
                ? " "
                : name;
        });
        s = s.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace('\u00A0', ' ');
        var builder = new StringBuilder(s.Length);
        foreach (var line in s.Split('\n'))
        {
            var collapsed = Spaces().Replace(line, " ").Trim();
            if (builder.Length > 0 && collapsed.Length > 0) builder.Append('\n');
            builder.Append(collapsed);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"<at(?:\s[^>]*)?>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();
}
