using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Tests.Transcripts;

/// <summary>
/// One resident talking to the bot on one channel. Records every activity both ways with
/// addressing and timestamps, so the whole talk can be saved as a Bot Framework .transcript file.
/// </summary>
public sealed class TranscriptConversation(IBotDriver driver, string channelId, string residentName)
{
    private IBotDriver _driver = driver;
    private TimeSpan _gap = TimeSpan.Zero;

    /// <summary>Carries on with another driver (a restarted bot), some days later.</summary>
    public void ComeBackLater(IBotDriver restarted, TimeSpan after)
    {
        _driver = restarted;
        _gap += after;
    }

    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly List<Activity> _recorded = [];
    private int _sequence;

    public string ChannelId { get; } = channelId;
    public string ConversationId { get; } = "persona-" + residentName.ToLowerInvariant().Replace(' ', '-');
    public ChannelAccount Resident { get; } = new("user-" + residentName.ToLowerInvariant().Replace(' ', '-'), residentName) { Role = "user" };
    public ChannelAccount Bot { get; } = new("careerbot", "CareerBot") { Role = "bot" };

    /// <summary>Every turn's replies, in order.</summary>
    public List<IReadOnlyList<Activity>> Turns { get; } = [];

    /// <summary>Every bot message so far.</summary>
    public IEnumerable<Activity> BotMessages => Turns.SelectMany(t => t);

    public IReadOnlyList<Activity> LastTurn => Turns[^1];

    private DateTimeOffset Next() => Start.Add(_gap).AddSeconds(5 * _sequence++);

    public Task<IReadOnlyList<Activity>> JoinAsync(CancellationToken cancellationToken) =>
        RunAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [Resident, Bot],
        }, cancellationToken);

    public Task<IReadOnlyList<Activity>> SayAsync(string text, CancellationToken cancellationToken) =>
        RunAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);

    private async Task<IReadOnlyList<Activity>> RunAsync(Activity partial, CancellationToken cancellationToken)
    {
        var time = Next();
        var inbound = partial with
        {
            Id = $"{ConversationId}-{_sequence}",
            ChannelId = ChannelId,
            From = Resident,
            Recipient = Bot,
            Conversation = new ConversationAccount(ConversationId),
            Timestamp = time,
            LocalTimestamp = time,
            ServiceUrl = "http://127.0.0.1/",
            Locale = "en-GB",
        };
        _recorded.Add(inbound);
        var replies = await _driver.SendAsync(inbound, cancellationToken);
        // Stable ids and no serviceUrl, so a saved transcript changes only when the talk does.
        var stamped = replies.Select((r, i) => r with
        {
            Id = $"{inbound.Id}-reply-{i + 1}",
            ServiceUrl = null,
            From = Bot,
            Recipient = Resident,
            Conversation = new ConversationAccount(ConversationId),
            ChannelId = ChannelId,
            ReplyToId = inbound.Id,
            Timestamp = Next(),
        }).ToList();
        _recorded.AddRange(stamped);
        Turns.Add(stamped);
        return stamped;
    }

    /// <summary>Writes the talk as a flat JSON array of activities (what the Emulator opens).</summary>
    public void SaveTranscript(string path)
    {
        var array = new JsonArray();
        foreach (var activity in _recorded)
            array.Add(JsonSerializer.SerializeToNode(activity, BotJson.Options));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, array.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n",
            new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>A readable dump for failure messages.</summary>
    public string Dump() => string.Join("\n", _recorded.Select(a =>
        $"{(a.From?.Role == "bot" ? "BOT " : "USER")} [{a.InputHint}] {a.Text?.Replace("\n", " / ")}" +
        (a.SuggestedActions is { } s ? "  {" + string.Join(" | ", s.Actions.Select(x => x.Title)) + "}" : "") +
        (a.Attachments is { } att ? "  [" + string.Join(" | ", att.Select(CardTitle)) + "]" : "")));

    public static string CardTitle(Attachment a) =>
        a.Content is { } c && c.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "(card)";
}
