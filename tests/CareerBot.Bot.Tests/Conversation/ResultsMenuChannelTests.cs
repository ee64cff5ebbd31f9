using CareerBot.Bot.Conversation;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Bot.Tests.Conversation;

/// <summary>The results menu, as each channel shows it, says courses when only courses are on screen.</summary>
public sealed class ResultsMenuChannelTests
{
    private static readonly ChannelReplyRenderer Renderer = new();

    private static Reply MenuFor(params string[] kinds)
    {
        var shown = kinds.Select((k, i) => new ShownResult(k, k + i, "Title " + i)).ToList();
        var facts = new ConversationFacts { Shown = shown, ResultsTotal = 9, ResultsCourses = kinds.All(k => k == "course") ? 9 : kinds.Any(k => k == "course") ? 4 : 0 };
        var menu = new Questions(MessageCatalogue.Default).ResultsMenu(facts);
        return new Reply
        {
            Text = MessageCatalogue.Default.Get(menu.MessageKey),
            Choices = [.. menu.Choices.Select(c => new Choice(c.Label, c.Value))],
            ExpectsInput = true,
        };
    }

    private static List<string> Shown(string channel, Reply reply)
    {
        var activities = Renderer.Render([reply], channel);
        if (channel == "sms") return [string.Join("\n", activities.Select(a => a.Text))];
        return
        [
            .. activities.SelectMany(a => a.SuggestedActions?.Actions.Select(x => x.Title ?? "") ?? []),
            .. activities.SelectMany(a => a.Attachments ?? []).SelectMany(h => h.Content!.Value.GetProperty("buttons").EnumerateArray()
                .Select(b => b.GetProperty("title").GetString() ?? "")),
        ];
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public void Menu_OnlyCourses_EveryChannelSaysCourses(string channel)
    {
        var text = string.Join("\n", Shown(channel, MenuFor("course", "course", "course")));

        Assert.Contains("More about a course", text, StringComparison.Ordinal);
        Assert.Contains("More courses", text, StringComparison.Ordinal);
        Assert.DoesNotContain("job", text, StringComparison.OrdinalIgnoreCase);
        if (channel == "sms") Assert.Contains("1. More about a course\n2. More courses\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("msteams")]
    public void Menu_Jobs_EveryChannelSaysJobs(string channel)
    {
        var text = string.Join("\n", Shown(channel, MenuFor("role", "role", "role")));

        Assert.Contains("More about a job", text, StringComparison.Ordinal);
        Assert.Contains("More jobs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Menu_JobsAndCourses_SaysBoth()
    {
        var text = Shown("sms", MenuFor("role", "course", "role"))[0];

        Assert.Contains("1. More about a job or course\n2. More jobs and courses\n", text, StringComparison.Ordinal);
    }
}
