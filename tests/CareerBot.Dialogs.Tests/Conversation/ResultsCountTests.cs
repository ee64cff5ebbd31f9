using System.Text.RegularExpressions;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// "I found 85 jobs" must count jobs: on the real catalogue a search finds jobs and courses, and the bot says which.
/// The figures in the sentence are checked against the search itself, for several kinds of answers.
/// </summary>
public sealed partial class ResultsCountTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("Helping in hospital", "None", "Full-time")]
    [InlineData("porter", "None", "Full-time")]
    [InlineData("i want to work in a hospital kitchen", "no", "Part-time")]
    [InlineData("english course", "None", "I do not mind")]
    [InlineData("caring for people", "Level 2", "Part-time")]
    public async Task Results_CountSaysJobsAndCoursesAsTheSearchHasThem(string work, string quals, string hours)
    {
        var recording = new RecordingSearch(real.Search);
        var talk = new TestTalk(recording);
        await talk.JoinAsync();
        await talk.SayAllAsync(work, quals, hours, "Any time", "Now", "Dudley", "Up to 10 miles");
        var intro = talk.Last.Replies.FirstOrDefault(r => r.Cards.Count > 0)?.Text;
        Assert.NotNull(intro);

        // The same search the bot made, all of it, page by page.
        var profile = recording.Profiles.Count > 0 ? recording.Profiles[^1] : null;
        Assert.NotNull(profile);
        var all = new List<Suggestion>();
        SearchResults page;
        do
        {
            page = await real.Search.SearchAsync(profile with { Offset = all.Count, Limit = 50 }, TestContext.Current.CancellationToken);
            all.AddRange(page.Items);
        }
        while (page.Items.Count > 0 && all.Count < page.Total);
        Assert.Equal(page.Total, all.Count);
        var courses = all.Count(s => s.Kind == ResultKind.Course);
        var jobs = all.Count - courses;
        Assert.Equal(courses, page.Courses);
        var search = page;

        var said = Count().Match(intro);
        Assert.True(said.Success, intro);
        Assert.Equal(search.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), said.Groups["n"].Value);
        var what = said.Groups["what"].Value;
        if (courses == 0) Assert.StartsWith("job", what, StringComparison.Ordinal);
        else if (jobs == 0) Assert.StartsWith("course", what, StringComparison.Ordinal);
        else Assert.Equal("jobs and courses", what);
    }

    [GeneratedRegex(@"^I found (?<n>\d+) (?<what>jobs and courses|jobs|job|courses|course) for you\.")]
    private static partial Regex Count();
}
