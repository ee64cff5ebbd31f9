using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// What a resident says about when they can work and how they travel changes the jobs shown, on the real catalogue
/// and the real dialogs: a job at hours they did not ask for is not first, and when one is shown its card says the
/// hours may not suit, or, for shifts that may take them in, what shifts to ask for.
/// </summary>
public sealed class TimesAndTravelSearchTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    /// <summary>The real search, keeping each profile and the results it gave.</summary>
    private sealed class Recording(ICatalogueSearch inner) : ICatalogueSearch
    {
        public List<(SearchProfile Profile, SearchResults Results)> Calls { get; } = [];

        public async Task<SearchResults> SearchAsync(SearchProfile profile, CancellationToken cancellationToken)
        {
            var results = await inner.SearchAsync(profile, cancellationToken);
            Calls.Add((profile, results));
            return results;
        }

        public Task<RoleCard?> GetRoleAsync(string id, CancellationToken cancellationToken) => inner.GetRoleAsync(id, cancellationToken);
        public Task<CourseCard?> GetCourseAsync(string id, CancellationToken cancellationToken) => inner.GetCourseAsync(id, cancellationToken);
        public Task<IReadOnlyList<CourseCard>> CoursesForRoleAsync(string roleId, CancellationToken cancellationToken) =>
            inner.CoursesForRoleAsync(roleId, cancellationToken);
    }

    private async Task<(TestTalk Talk, SearchProfile Profile, SearchResults Results)> ShownAsync(string kind, string times, string miles = "Up to 10 miles")
    {
        var search = new Recording(real.Search);
        var talk = new TestTalk(search);
        talk.Engine = new CareerBot.Dialogs.Conversation.ConversationEngine(search, CareerBot.SearchIndex.Catalogue.CatalogueData.LoadPlaces());
        await talk.JoinAsync();
        await talk.SayAllAsync(kind, "None", "I do not mind", times, "Now", "Dudley", miles);
        Assert.Equal("What would you like to do next?", talk.LastText);
        var (profile, results) = search.Calls.First(c => c.Profile.Offset == 0 && c.Profile.Limit <= 5);
        return (talk, profile, results);
    }

    private static bool Lists(Suggestion s, string word) =>
        s.Role is { } role && role.HoursPatterns.Any(h => h.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static bool HoursMiss(Suggestion s) =>
        s.Why.Any(w => w.Kind == MatchKind.Hours && w.Field != MatchReason.HoursFit);

    [Theory]
    [InlineData("Helping in hospital", "nights only", "night")]
    [InlineData("Caring for people", "weekends only", "weekend")]
    [InlineData("Helping in hospital", "evenings after 6", "evening")]
    [InlineData("Helping in hospital", "i work at tesco till 2", "evening")]
    public async Task Results_TimesSaid_FirstJobOffersThemAndOthersSaySo(string kind, string times, string word)
    {
        var (talk, _, results) = await ShownAsync(kind, times);

        var roles = results.Items.Where(s => s.Kind == ResultKind.Role).ToList();
        Assert.NotEmpty(roles);
        Assert.True(Lists(roles[0], word), $"{times}: first is {roles[0].Title} ({string.Join(", ", roles[0].Role!.HoursPatterns)})");
        // A job shown at hours the resident did not ask for says so on its card.
        var shown = string.Join("; ", roles.Select(r => $"{r.Title} [{string.Join(", ", r.Role!.HoursPatterns)}] {string.Join(",", r.Why.Where(w => w.Kind == MatchKind.Hours).Select(w => w.Answer + ":" + w.Field))}"));
        var cards = string.Join("\n", talk.Last.Replies.SelectMany(r => r.Cards).SelectMany(c => c.Lines.Prepend(c.Title)));
        if (roles.Any(HoursMiss))
            Assert.True(cards.Contains("These hours may not suit you", StringComparison.Ordinal) || cards.Contains("This job has shifts. Ask for", StringComparison.Ordinal)
                || cards.Contains("Ask if you can work", StringComparison.Ordinal), $"{shown}\n{cards}");
    }

    [Theory]
    [InlineData("no nights")]
    [InlineData("anything but nights")]
    [InlineData("weekdays after 5pm")]
    [InlineData("i cant do nights")]
    public async Task Results_NightsNotWanted_NoJobShownForItsNights(string times)
    {
        var (_, profile, results) = await ShownAsync("Helping in hospital", times);

        Assert.Equal(WorkPatterns.None, profile.Patterns & WorkPatterns.Nights);
        Assert.NotEmpty(results.Items);
        Assert.DoesNotContain(results.Items, s => s.Why.Any(w => w.Kind == MatchKind.Hours && w.Answer == "nights"));
    }

    [Fact]
    public async Task Results_TwelveHourShifts_AreNotTwelveHoursAWeek()
    {
        // "12 hour shifts" is how long a shift is: not a part-time job of 12 hours a week.
        var (_, profile, results) = await ShownAsync("Helping in hospital", "12 hour shifts");

        Assert.Null(profile.MaxHoursPerWeek);
        Assert.Equal(WorkPatterns.None, profile.Patterns & WorkPatterns.PartTime);
        Assert.True(Lists(results.Items.First(s => s.Kind == ResultKind.Role), "shift"));
    }

    [Theory]
    [InlineData("i only take the bus", 5)]
    [InlineData("walking only", 2)]
    [InlineData("no licence so bus", 5)]
    public async Task Results_WayOfTravelling_SearchesThatFar(string said, double miles)
    {
        var (_, profile, results) = await ShownAsync("Helping in hospital", "any time", said);

        Assert.Equal(miles, profile.MaxMiles);
        Assert.Equal("Dudley", profile.Place);
        Assert.NotEmpty(results.Items);
    }
}
