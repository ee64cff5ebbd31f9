using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Tests.Faults;

/// <summary>
/// One resident going through the guided questions, sent as the Emulator would but with deliveryMode
/// expectReplies, so each POST returns the turn's replies. Ids and timestamps are fixed per step, so the
/// same step sent again (a channel retrying) is the same activity.
/// </summary>
internal sealed class GuidedConversation(string channelId = "emulator")
{
    /// <summary>What the resident answers and the question the bot must ask next.</summary>
    public static readonly IReadOnlyList<(string Answer, string NextQuestion)> Steps =
    [
        ("Helping in hospital", "What qualifications do you have?"),
        ("English and maths", "Did you get grade 4 or higher in English and maths?"),
        ("yes", "How many hours a week can you work?"),
        ("Part-time", "When can you work?"),
        ("Days", "When can you start work?"),
        ("Now", "Where do you live?"),
        ("Birmingham", "How far can you travel to work?"),
        ("Up to 10 miles", "What would you like to do next?"),
    ];

    public const string FirstQuestion = "What kind of work do you like?";

    private static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public string ConversationId { get; } = "conv-" + Guid.NewGuid().ToString("N")[..12];

    public ChannelAccount User { get; } = new("user-" + Guid.NewGuid().ToString("N")[..8], "Resident") { Role = "user" };

    private static readonly ChannelAccount Bot = new("careerbot", "CareerBot") { Role = "bot" };

    public string ChannelId { get; } = channelId;

    /// <summary>Step 0 is the join; step n (1..) answers <see cref="Steps"/>[n - 1].</summary>
    public Activity Activity(int step, string? serviceUrl = null)
    {
        Activity partial = step == 0
            ? new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [User, Bot] }
            : new Activity { Type = ActivityTypes.Message, Text = Steps[step - 1].Answer };
        DateTimeOffset at = Start.AddMinutes(step);
        return partial with
        {
            Id = $"{ConversationId}|{step:000}",
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl ?? "http://127.0.0.1:9/",
            DeliveryMode = serviceUrl is null ? "expectReplies" : null,
            From = User,
            Recipient = Bot,
            Conversation = new ConversationAccount(ConversationId),
            Timestamp = at,
            LocalTimestamp = at,
            Locale = "en-GB",
        };
    }

    /// <summary>The question the bot asks after <paramref name="step"/>.</summary>
    public static string QuestionAfter(int step) => step == 0 ? FirstQuestion : Steps[step - 1].NextQuestion;

    /// <summary>POSTs a step with expectReplies; returns the status and what the resident would see.</summary>
    public async Task<TurnReplies> SendAsync(HttpClient bot, int step, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await bot.PostAsJsonAsync("api/messages", Activity(step), BotJson.Options, cancellationToken);
        string body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
            return new TurnReplies(response.StatusCode, [], body);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!.Activities
            .Where(a => a.Type == ActivityTypes.Message).ToList();
        return new TurnReplies(response.StatusCode, replies, body);
    }
}

/// <summary>One turn's answer from the bot.</summary>
internal sealed record TurnReplies(HttpStatusCode Status, IReadOnlyList<Activity> Replies, string Body)
{
    /// <summary>The text of every reply, with card titles, one line each: what the resident sees.</summary>
    public IReadOnlyList<string> Seen => Replies.Select(Describe).ToList();

    /// <summary>The last question asked (inputHint expectingInput), or null.</summary>
    public string? Question => Replies.LastOrDefault(r => r.InputHint == InputHints.ExpectingInput)?.Text;

    public static string Describe(Activity reply)
    {
        string cards = reply.Attachments is { Count: > 0 } attachments
            ? " [" + string.Join(" | ", attachments.Select(a => a.Content is { } c && c.ValueKind == JsonValueKind.Object
                && c.TryGetProperty("title", out JsonElement title) ? title.GetString() : a.ContentType)) + "]"
            : "";
        return (reply.Text ?? "") + cards;
    }

    public override string ToString() => $"{(int)Status}: " + (Replies.Count > 0 ? string.Join(" / ", Seen) : Body);
}
