using CareerBot.Dialogs.Engine;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// The menu after the results says what is on screen: "More about a course" and "More courses" when only courses
/// are shown, "jobs and courses" when the results are both, on every channel (the buttons' labels are what Web
/// Chat, Teams and the numbered SMS list show). On the real catalogue.
/// </summary>
public sealed class ResultsMenuWordsTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string Menu = "What would you like to do next?";

    private async Task<TestTalk> AtResultsAsync(string wish, ChannelKind channel = ChannelKind.Test)
    {
        var talk = new TestTalk(real.Search, channel);
        await talk.JoinAsync();
        await talk.SayAllAsync(wish, "None", "Part-time", "Days", "Now", "Walsall", "Up to 5 miles");
        Assert.Equal(Menu, talk.LastText);
        return talk;
    }

    private static List<string> Labels(TestTalk talk) => [.. talk.Last.Replies[^1].Choices.Select(c => c.Label)];

    private static List<string> Titles(TestTalk talk) => [.. talk.Last.Replies.Where(r => r.Cards.Count > 0).SelectMany(r => r.Cards).Select(c => c.Title)];

    [Theory]
    [InlineData("i want to learn english", ChannelKind.Test)]
    [InlineData("i want to learn english", ChannelKind.Sms)]
    [InlineData("english lessons pls", ChannelKind.WebChat)]
    [InlineData("english lessons pls", ChannelKind.Teams)]
    public async Task Menu_OnlyCoursesShown_SaysCourses(string wish, ChannelKind channel)
    {
        var talk = await AtResultsAsync(wish, channel);
        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("I found", StringComparison.Ordinal) && r.Text.Contains("courses for you", StringComparison.Ordinal));

        var labels = Labels(talk);

        Assert.Equal("More about a course", labels[0]);
        Assert.Equal("More courses", labels[1]);
        Assert.DoesNotContain(labels, l => l.Contains("job", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Menu_OnlyJobs_StillSaysJobs()
    {
        // The small catalogue has jobs only.
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None", "Part-time", "Nights", "Now", "Dudley", "Up to 5 miles");
        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("I found", StringComparison.Ordinal) && r.Text.Contains(" jobs for you.", StringComparison.Ordinal));

        Assert.Equal(["More about a job", "More jobs", "Change an answer", "Start again"], Labels(talk));
    }

    [Fact]
    public async Task Menu_JobsAndCoursesFound_SaysBoth()
    {
        var talk = await AtResultsAsync("phlebotomy");
        Assert.Contains(talk.Last.Replies, r => r.Text.Contains("jobs and courses for you", StringComparison.Ordinal));

        var labels = Labels(talk);

        Assert.Equal("More jobs and courses", labels[1]);
    }

    [Theory]
    [InlineData("More courses")]
    [InlineData("more jobs")]
    [InlineData("2")]
    public async Task Menu_CoursesShown_MoreInAnyWordsShowsMoreCourses(string text)
    {
        var talk = await AtResultsAsync("i want to learn english", ChannelKind.Sms);
        var first = Titles(talk);

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("Here are", StringComparison.Ordinal) && r.Text.Contains("more courses", StringComparison.Ordinal));
        Assert.Empty(Titles(talk).Intersect(first));
        Assert.Equal("More courses", Labels(talk)[1]);
    }

    [Fact]
    public async Task Menu_NoMoreCourses_SaysNoMoreCourses()
    {
        var talk = await AtResultsAsync("i want to learn english");
        for (var i = 0; i < 8 && !talk.AllText.Contains("There are no more", StringComparison.Ordinal); i++)
            await talk.SayAsync("More courses");

        Assert.Contains("There are no more courses for these answers.", talk.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("course 2")]
    [InlineData("tell me about course 2")]
    public async Task FollowUp_CourseByNumber_ShowsThatCourse(string text)
    {
        var talk = await AtResultsAsync("i want to learn english");
        var second = Titles(talk)[1];

        await talk.SayAsync(text);

        Assert.Equal(second, talk.Last.Replies[0].Text);
        Assert.DoesNotContain("this job", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
    }

    [Fact]
    public async Task FollowUp_NotUnderstoodWithCoursesShown_SpeaksOfCourses()
    {
        var talk = await AtResultsAsync("i want to learn english");

        await talk.SayAsync("qwerty");

        Assert.Contains("You can ask about a course", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("type: job 2", talk.AllText, StringComparison.Ordinal);
    }
}
