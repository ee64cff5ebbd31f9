using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A course card names the place nearest to where the resident lives first, and how far it is, in simple words;
/// not the first two places in the catalogue's order. Without a home, the card is as before.
/// </summary>
public sealed class NearestCollegeTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private static readonly CatalogueData Data = CatalogueData.LoadEmbedded();

    private static readonly SuggestionCards Cards = new(MessageCatalogue.Default, new CoursePlaces(new PlaceFinder(TestTalk.Places)));

    private static CourseCard Course(params CourseProvider[] places) => new()
    {
        Id = "c", Title = "ESOL Entry 1", Level = "Entry 1", Kind = "course",
        Providers = [.. places.Select(p => p.Name)], ProviderPlaces = places,
    };

    private static Suggestion AsSuggestion(CourseCard course) => new() { Kind = ResultKind.Course, Id = course.Id, Title = course.Title, Score = 1, Course = course };

    private static readonly CourseProvider FarBrum = new("Birmingham Adult Education Service", "adult education", "Birmingham", "Birmingham", 52.48, -1.90);
    private static readonly CourseProvider FarWalsall = new("Walsall College", "FE college", "Walsall", "Walsall", 52.59, -1.98);
    private static readonly CourseProvider InDudley = new("Dudley College of Technology", "FE college", "Dudley", "Dudley", 52.51, -2.09);

    [Fact]
    public void CourseCard_HomeNearTheThirdPlace_SaysItFirstWithHowFar()
    {
        var card = Cards.ForSuggestion(AsSuggestion(Course(FarBrum, FarWalsall, InDudley)), 1, home: new PlaceAnswer("Dudley", "Dudley", "DY1", 5));

        Assert.Contains("Nearest to you: Dudley College of Technology, about 1 mile away.", card.Lines);
        var nearest = card.Lines.ToList().FindIndex(l => l.StartsWith("Nearest to you:", StringComparison.Ordinal));
        Assert.StartsWith("Also at: ", card.Lines[nearest + 1], StringComparison.Ordinal);
        Assert.DoesNotContain(card.Lines, l => l.StartsWith("Where:", StringComparison.Ordinal));
    }

    [Fact]
    public void CourseCard_HomeInBrum_SaysTheBirminghamPlaceAndItsMiles()
    {
        var card = Cards.ForSuggestion(AsSuggestion(Course(InDudley, FarWalsall, FarBrum)), 1, home: new PlaceAnswer("Birmingham", "Birmingham", "B15", 10));

        Assert.Contains("Nearest to you: Birmingham Adult Education Service, about 1 mile away.", card.Lines);
        // Dudley (about 8 miles) is a little nearer than Walsall.
        Assert.Contains("Also at: Dudley College of Technology, and 1 more place.", card.Lines);
    }

    [Fact]
    public void CourseCard_NoHome_FirstTwoPlacesAsBefore()
    {
        var card = Cards.ForSuggestion(AsSuggestion(Course(FarBrum, FarWalsall, InDudley)), 1);

        Assert.Contains("Where: Birmingham Adult Education Service, Walsall College.", card.Lines);
    }

    [Theory]
    [InlineData("i want to learn english", "Dudley")]
    [InlineData("i want to learn english", "Walsall")]
    [InlineData("maths course", "Brum")]
    public async Task Results_CourseCards_NameTheNearestPlaceFirst(string wish, string home)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        // Courses only: the level, when they can come to classes, the home and the distance (no hours or start of work).
        await talk.SayAllAsync(wish, "None", "Days", home, "Any distance");
        var from = new PlaceFinder(TestTalk.Places).Find(home)!;

        var cards = talk.Last.Replies.SelectMany(r => r.Cards).Where(c => Data.Courses.Any(x => x.Title == c.Title)).ToList();
        Assert.NotEmpty(cards);
        var checkedCards = 0;
        foreach (var card in cards)
        {
            var course = Data.Courses.First(x => x.Title == card.Title);
            var places = course.Providers.Select(id => Data.Providers.Single(p => p.Id == id)).ToList();
            if (places.Count < 2) continue;
            var nearest = places.MinBy(p => PlaceFinder.Miles(from.Latitude, from.Longitude, p.Latitude, p.Longitude))!;
            var line = card.Lines.Single(l => l.StartsWith("Nearest to you: ", StringComparison.Ordinal));
            Assert.StartsWith("Nearest to you: " + nearest.Name + ", about ", line, StringComparison.Ordinal);
            checkedCards++;
        }
        Assert.True(checkedCards > 0);
    }
}
