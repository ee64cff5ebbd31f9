using CareerBot.Bot.Conversation;
using CareerBot.Bot.Protocol;
using CareerBot.Tests.CatalogueViews;
using CareerBot.Tests.PlainEnglish;
using Xunit;

namespace CareerBot.Bot.Tests.Conversation;

/// <summary>
/// Every role and every course in the embedded catalogue, in every view a resident can reach, rendered for
/// a rich channel (Web Chat, Teams) and for SMS: each message text and each card text block meets the
/// per-message plain-English bar (catalogue names left out, see <see cref="CatalogueNames"/>), and each SMS
/// part fits in 160 characters.
/// </summary>
public sealed class CatalogueViewsChannelTests
{
    private static readonly ChannelReplyRenderer Renderer = new();

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    [InlineData("sms")]
    public async Task EveryView_OnChannel_EachMessageAndCardBlockMeetsTheMessageBar(string channel)
    {
        var views = await EveryView.RenderAsync(TestContext.Current.CancellationToken);

        var failures = new List<string>();
        var activities = 0;
        foreach (var view in views)
        {
            foreach (var activity in Renderer.Render([view.Reply], channel))
            {
                activities++;
                foreach (var text in Readable(activity))
                {
                    var problems = PlainEnglishMeasure.MessageProblems(CatalogueNames.Strip(text));
                    if (problems.Count > 0) failures.Add($"{view.Where}: {string.Join("; ", problems)} -- {text.Replace("\n", " / ", StringComparison.Ordinal)}");
                }
                if (channel == "sms")
                    Assert.True(activity.Text!.Length <= ChannelReplyRenderer.SmsPartLength, $"{view.Where}: {activity.Text.Length} characters -- {activity.Text}");
            }
        }
        Assert.True(activities >= views.Count);
        var distinct = failures.Distinct(StringComparer.Ordinal).ToList();
        Assert.True(distinct.Count == 0, $"{distinct.Count} texts fail on {channel}:{Environment.NewLine}{string.Join(Environment.NewLine, distinct)}");
    }

    /// <summary>What the resident reads in one activity: the message, and each text block of each card.</summary>
    private static IEnumerable<string> Readable(Activity activity)
    {
        if (activity.Text is { Length: > 0 } text) yield return text;
        foreach (var card in activity.Attachments ?? [])
        {
            if (card.Content is { } c && c.TryGetProperty("text", out var body) && body.GetString() is { Length: > 0 } b)
                foreach (var block in b.Split("\n\n")) yield return block;
        }
    }
}
