using System.Text.RegularExpressions;
using CareerBot.Bot.Protocol;
using Xunit;

namespace CareerBot.Bot.Tests.Transcripts;

/// <summary>What every reply must look like on each channel.</summary>
internal static partial class ReplyShape
{
    private static readonly HashSet<string> RichChannels = ["webchat", "directline", "emulator", "msteams", "test"];

    public static void AssertTurn(string channel, IReadOnlyList<Activity> replies, string dump)
    {
        Assert.True(replies.Count > 0, "Every turn gets a reply.\n" + dump);
        foreach (var a in replies)
        {
            Assert.Equal(ActivityTypes.Message, a.Type);
            Assert.False(string.IsNullOrWhiteSpace(a.Text), "Every message has text.\n" + dump);
            Assert.Contains(a.InputHint, new[] { InputHints.ExpectingInput, InputHints.AcceptingInput });
            // A message that asks has expectingInput; a message without a question mark does not.
            if (a.InputHint == InputHints.AcceptingInput && a.SuggestedActions is null)
                Assert.False(a.Text!.TrimEnd().EndsWith('?'), $"A question must carry expectingInput: {a.Text}\n{dump}");
            if (channel == "sms") AssertSms(a, dump);
            else AssertRich(channel, a, dump);
        }
    }

    private static void AssertSms(Activity a, string dump)
    {
        Assert.Null(a.SuggestedActions);
        Assert.Null(a.Attachments);
        Assert.Null(a.AttachmentLayout);
        Assert.True(a.Text!.Length <= 160, $"SMS part over 160 characters ({a.Text.Length}): {a.Text}\n{dump}");
        Assert.DoesNotContain("<", a.Text);
        Assert.DoesNotContain("**", a.Text);
        if (NumberedOption().IsMatch(a.Text) && a.InputHint == InputHints.ExpectingInput)
            Assert.Matches(@"Reply 1(, \d+)*( or \d+)?\.", a.Text);
    }

    private static void AssertRich(string channel, Activity a, string dump)
    {
        Assert.Contains(channel, RichChannels);
        if (a.SuggestedActions is { } suggested)
        {
            Assert.InRange(suggested.Actions.Count, 1, channel == "msteams" ? 3 : 4);
            // Teams suggested actions take imBack only; elsewhere a messageBack shows the label as the resident's message.
            Assert.All(suggested.Actions, x => Assert.Contains(x.Type, channel == "msteams" ? ["imBack"] : (string[])["imBack", "messageBack"]));
            Assert.Equal(InputHints.ExpectingInput, a.InputHint);
        }
        if (a.Attachments is { } attachments)
        {
            Assert.All(attachments, x => Assert.Equal("application/vnd.microsoft.card.hero", x.ContentType));
            foreach (var card in attachments)
            {
                var buttons = card.Content!.Value.GetProperty("buttons");
                Assert.True(buttons.GetArrayLength() <= (channel == "msteams" ? 3 : 4), "Too many buttons on a card.\n" + dump);
            }
            var resultCards = attachments.Count(x => x.Content!.Value.TryGetProperty("title", out _));
            if (resultCards > 1) Assert.Equal("carousel", a.AttachmentLayout);
        }
    }

    [GeneratedRegex(@"(^|\n)1\. ")]
    private static partial Regex NumberedOption();

    /// <summary>Titles of the results in the latest results message of a turn list (cards, or numbered SMS lines).</summary>
    public static IReadOnlyList<string> LastResultTitles(string channel, IEnumerable<IReadOnlyList<Activity>> turns)
    {
        foreach (var turn in turns.Reverse())
        {
            if (channel != "sms")
            {
                var withCards = turn.LastOrDefault(a => a.Attachments is { Count: > 0 } att && att.Any(x => x.Content!.Value.TryGetProperty("title", out _)) && a.Text!.Contains("job", StringComparison.OrdinalIgnoreCase));
                if (withCards is not null) return withCards.Attachments!.Select(TranscriptConversation.CardTitle).Where(t => t.Length > 0).ToList();
            }
            else
            {
                // Short texts travel together on SMS: the results' first line may follow another in the same text.
                var index = turn.ToList().FindIndex(a => a.Text!.Split('\n').Any(line => line.StartsWith("I found", StringComparison.Ordinal)
                    || line.StartsWith("Here are", StringComparison.Ordinal) && line.Contains("more jobs", StringComparison.Ordinal)));
                if (index >= 0)
                {
                    return turn.Skip(index).TakeWhile(a => a.InputHint != InputHints.ExpectingInput)
                        .Select(a => SmsTitle().Match(a.Text!)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim()).ToList();
                }
            }
        }
        return [];
    }

    [GeneratedRegex(@"^\d\. ([^\n]+)")]
    private static partial Regex SmsTitle();
}
