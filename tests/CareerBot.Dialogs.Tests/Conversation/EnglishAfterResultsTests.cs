using CareerBot.Dialogs.Engine;
using CareerBot.Tests.PlainEnglish;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// An English need said once the results are on screen ("my english is not good" at the menu): the resident gets
/// the English course that fits them at once (the level they named, else ESOL for health and care, else the nearest
/// ESOL course within their travel limit), then the menu again; the next searches keep the need.
/// </summary>
public sealed class EnglishAfterResultsTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string Menu = "What would you like to do next?";

    private async Task<TestTalk> AtResultsAsync(string place, string miles, ChannelKind channel = ChannelKind.WebChat)
    {
        var talk = new TestTalk(real.Search, channel);
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None", "Full-time", "Days", "Now", place, miles);
        Assert.Equal(Menu, talk.LastText);
        Assert.DoesNotContain(talk.Last.Replies.SelectMany(r => r.Cards), c => c.Title.Contains("ESOL", StringComparison.Ordinal));
        return talk;
    }

    /// <summary>The course cards of the last turn (a card with no pay line).</summary>
    private static List<string> CourseTitles(TestTalk talk) =>
        talk.Last.Replies.SelectMany(r => r.Cards).Where(c => !c.Lines.Any(l => l.StartsWith("Pay", StringComparison.Ordinal))).Select(c => c.Title).ToList();

    private static void AssertThanksCourseThenMenu(TestTalk talk, string course)
    {
        Assert.Equal([course], CourseTitles(talk));
        var texts = talk.Last.Replies.Select(r => r.Text).ToList();
        Assert.StartsWith("Thank you", texts[0], StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.Equal(4, talk.Last.Replies[^1].Choices.Count);
        Assert.DoesNotContain(texts, t => t.StartsWith("Sorry", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("I will show you English courses too", StringComparison.Ordinal));
        Assert.Empty(PlainEnglishMeasure.MessageProblems(texts[0]));
    }

    [Theory]
    [InlineData("my english is not good")]
    [InlineData("My English not so good")]
    [InlineData("i speak little english")]
    [InlineData("english is my second language")]
    public async Task Birmingham10Miles_EnglishNeed_ShowsEsolForHealthAndCareAtOnce(string said)
    {
        var talk = await AtResultsAsync("Birmingham", "Up to 10 miles");
        await talk.SayAsync(said);
        AssertThanksCourseThenMenu(talk, "Vocational ESOL for health and social care");
    }

    [Fact]
    public async Task Dudley3Miles_EnglishNeed_ShowsTheNearestEsolCourseWithinReach()
    {
        // The health and care ESOL colleges are all in Birmingham: more than 3 miles from Dudley.
        var talk = await AtResultsAsync("Dudley", "Up to 3 miles");
        await talk.SayAsync("sorry my english is poor");
        AssertThanksCourseThenMenu(talk, "ESOL Entry 3");
    }

    [Theory]
    [InlineData("I am learning english, I am at entry 1", "ESOL Entry 1")]
    [InlineData("my english is not good, entry 2", "ESOL Entry 2")]
    public async Task LevelNamed_ShowsTheCourseAtThatLevel(string said, string course)
    {
        var talk = await AtResultsAsync("Birmingham", "Up to 10 miles");
        await talk.SayAsync(said);
        AssertThanksCourseThenMenu(talk, course);
    }

    [Fact]
    public async Task Sms_EnglishNeed_ShowsTheCourseThenTheMenu()
    {
        var talk = await AtResultsAsync("Birmingham", "Up to 10 miles", ChannelKind.Sms);
        await talk.SayAsync("my english is not good");
        AssertThanksCourseThenMenu(talk, "Vocational ESOL for health and social care");
    }

    [Fact]
    public async Task SaidTwice_SecondTimeShowsNoCourseAgain()
    {
        var talk = await AtResultsAsync("Birmingham", "Up to 10 miles");
        await talk.SayAsync("my english is not good");
        await talk.SayAsync("my english is not good");
        Assert.Empty(CourseTitles(talk));
        Assert.Equal(Menu, talk.LastText);
    }

    [Fact]
    public async Task AfterTheCourse_MoreJobs_CarryTheEnglishCourse()
    {
        var talk = await AtResultsAsync("Birmingham", "Up to 10 miles");
        await talk.SayAsync("my english is not good");
        await talk.SayAsync("More jobs");
        var jobs = talk.Last.Replies.SelectMany(r => r.Cards).Where(c => c.Lines.Any(l => l.StartsWith("Pay", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(jobs);
        Assert.All(jobs, c => Assert.Contains(c.Lines, l => l.Contains("ESOL", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task NeedWithAQuestion_ShowsTheCourseAndAnswersTheQuestion()
    {
        var talk = await AtResultsAsync("Birmingham", "Up to 10 miles");
        await talk.SayAsync("my english is not good, how much does job 1 pay");
        Assert.Contains(talk.Last.Replies.SelectMany(r => r.Cards), c => c.Title == "Vocational ESOL for health and social care");
        Assert.Contains(talk.Last.Replies, r => r.Text.Contains("Pay", StringComparison.Ordinal));
        Assert.Equal(Menu, talk.LastText);
    }
}
