using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Places;
using CareerBot.Tests.PlainEnglish;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Places residents name that were missing (areas of Birmingham and the boroughs, full postcodes in any district),
/// places outside the West Midlands, and misspelt or short names, against the real place list and the real dialogs.
/// </summary>
public sealed class PlaceCoverageTests
{
    private const string Miles = "How far can you travel to work?";

    private static readonly PlaceRecognizer Places = new(CatalogueData.LoadPlaces());
    private static readonly PlaceFinder Finder = new(CatalogueData.LoadPlaces());
    private static readonly FactReader Reader = new(CatalogueData.LoadPlaces());

    private static async Task<TestTalk> AtThePlaceQuestionAsync()
    {
        var talk = new TestTalk();
        talk.Engine = new ConversationEngine(talk.Search, CatalogueData.LoadPlaces());
        talk.Catalogue.Roles.Add(FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients around the hospital."));
        await talk.JoinAsync();
        await talk.SayAllAsync("porter", "none", "full time", "days", "now");
        Assert.StartsWith("Where do you live?", talk.LastText, StringComparison.Ordinal);
        return talk;
    }

    // ---- Areas that had no record ----

    [Theory]
    [InlineData("Great Barr", "Great Barr")]
    [InlineData("i live in kingstanding", "Kingstanding")]
    [InlineData("perry barr", "Perry Barr")]
    [InlineData("Acocks Green", "Acocks Green")]
    [InlineData("harborne", "Harborne")]
    [InlineData("quinton", "Quinton")]
    [InlineData("hall green", "Hall Green")]
    [InlineData("yardley", "Yardley")]
    [InlineData("near stechford", "Stechford")]
    [InlineData("castle bromwich", "Castle Bromwich")]
    [InlineData("aston", "Aston")]
    [InlineData("Nechells", "Nechells")]
    [InlineData("washwood heath", "Washwood Heath")]
    [InlineData("kings heath", "Kings Heath")]
    [InlineData("bartley green", "Bartley Green")]
    [InlineData("longbridge", "Longbridge")]
    [InlineData("shard end", "Shard End")]
    [InlineData("alum rock", "Alum Rock")]
    [InlineData("castle vale", "Castle Vale")]
    [InlineData("pendeford", "Pendeford")]
    public void Recognise_AreaThatHadNoRecord_IsSaidBackAndSearchable(string text, string name)
    {
        var heard = Places.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(name, heard.Value!.Name);
        Assert.Equal(1.0, heard.Confidence);
        // The search finds a place by the name said back.
        Assert.NotNull(Finder.Find(heard.Value.Name));
    }

    [Theory]
    [InlineData("B44 9AA", "(B44)")]
    [InlineData("b449aa", "(B44)")]
    [InlineData("WV10 0QP", "(WV10)")]
    [InlineData("my postcode is b27 7ab", "(B27)")]
    [InlineData("B44", "(B44)")]
    [InlineData("cv3 4fj", "(CV3)")]
    [InlineData("b6", "(B6)")]
    public async Task RunTurn_PostcodeInAnyDistrict_IsReadAsItsDistrict(string said, string shown)
    {
        var talk = await AtThePlaceQuestionAsync();
        await talk.SayAsync(said);

        Assert.Contains(shown, talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Miles, talk.LastText);
        await talk.SayAsync("5");
        Assert.NotNull(Finder.Find(talk.Catalogue.Profiles[^1].Place));
    }

    [Theory]
    [InlineData("B44 9AA", "times", "B44")]
    [InlineData("i live in b449aa", "start", "B44")]
    [InlineData("I live in Kingstanding", "times", null)]
    [InlineData("near acocks green", "hours", null)]
    public void Read_NewPlaceAtAnotherQuestion_IsThePlace(string text, string asked, string? district)
    {
        var place = Reader.Read(text, asked, TestTalk.Now).Place;

        Assert.NotNull(place);
        Assert.Equal(district, place.PostcodeDistrict);
        Assert.NotNull(Finder.Find(district ?? place.Name));
    }

    // ---- Outside the West Midlands ----

    [Theory]
    [InlineData("LE1")]
    [InlineData("Stafford")]
    [InlineData("London")]
    [InlineData("SW1A 1AA")]
    [InlineData("i live in leicester")]
    [InlineData("M1 1AE")]
    [InlineData("tamworth")]
    [InlineData("B77 2AA")]
    [InlineData("stoke on trent")]
    [InlineData("manchester")]
    [InlineData("ST16 2AB")]
    [InlineData("i am in nuneaton")]
    public async Task RunTurn_PlaceOutsideTheWestMidlands_SaysSoAndAsksAgain(string said)
    {
        var talk = await AtThePlaceQuestionAsync();
        await talk.SayAsync(said);

        Assert.Contains("West Midlands", talk.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("I will look near", talk.AllText, StringComparison.Ordinal);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.Contains("?", talk.LastText, StringComparison.Ordinal);
        Assert.Empty(PlainEnglishMeasure.MessageProblems(talk.LastText));
        await talk.SayAsync("walsall");
        Assert.Equal(Miles, talk.LastText);
    }

    [Theory]
    [InlineData("i live in tamworth but can get to sutton coldfield", "Sutton Coldfield")]
    [InlineData("LE1 but i work in coventry", "Coventry")]
    public async Task RunTurn_OutsidePlaceAndAWestMidlandsPlace_TakesTheWestMidlandsOne(string said, string name)
    {
        var talk = await AtThePlaceQuestionAsync();
        await talk.SayAsync(said);

        Assert.Contains($"near {name}", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Miles, talk.LastText);
    }

    // ---- Misspelt and short names ----

    [Theory]
    [InlineData("wolverhamton", "Wolverhampton")]
    [InlineData("sutton colfield", "Birmingham")]
    [InlineData("west brom", "Sandwell")]
    [InlineData("brum", "Birmingham")]
    [InlineData("wolves", "Wolverhampton")]
    [InlineData("sollihull", "Solihull")]
    [InlineData("dudly", "Dudley")]
    [InlineData("b'ham", "Birmingham")]
    [InlineData("westbrom", "Sandwell")]
    [InlineData("smallheath", "Birmingham")]
    [InlineData("kingsheath", "Birmingham")]
    [InlineData("stetchford", "Birmingham")]
    [InlineData("kingstandin", "Birmingham")]
    [InlineData("harbourne", "Birmingham")]
    [InlineData("wolver hampton", "Wolverhampton")]
    [InlineData("hales owen", "Dudley")]
    [InlineData("nechels", "Birmingham")]
    [InlineData("castle vail", "Birmingham")]
    [InlineData("i live in acocks grn", "Birmingham")]
    [InlineData("bloxwhich", "Walsall")]
    public void Recognise_MisspeltOrShortName_FindsThePlace(string text, string borough)
    {
        var heard = Places.Recognise(text);

        Assert.True(heard.Succeeded && heard.Value!.Name.Length > 0, text);
        Assert.Equal(borough, heard.Value!.Borough);
        Assert.Empty(heard.Alternatives);
    }

    [Theory]
    [InlineData("sollihull", "Solihull")]
    [InlineData("b'ham", "Birmingham")]
    [InlineData("kingsheath", "Kings Heath")]
    [InlineData("great bar", "Great Barr")]
    [InlineData("wolverhamton", "Wolverhampton")]
    public async Task RunTurn_MisspeltName_GoesOnWithThePlace(string said, string name)
    {
        var talk = await AtThePlaceQuestionAsync();
        await talk.SayAsync(said);
        if (talk.LastText.StartsWith("Did you mean", StringComparison.Ordinal))
        {
            Assert.Contains(name, talk.LastText, StringComparison.Ordinal);
            await talk.SayAsync("yes");
        }

        Assert.Contains($"near {name}", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Miles, talk.LastText);
    }

    [Theory]
    [InlineData("hockey", "Hockley")]
    [InlineData("ashton", "Aston")]
    [InlineData("salty", "Saltley")]
    [InlineData("rental", "Rednal")]
    public async Task RunTurn_WordOneLetterFromAShortName_IsAskedNotTaken(string said, string name)
    {
        var talk = await AtThePlaceQuestionAsync();
        await talk.SayAsync(said);

        Assert.DoesNotContain($"near {name}", talk.AllText, StringComparison.Ordinal);
        Assert.NotEqual(Miles, talk.LastText);
    }

    [Theory]
    [InlineData("i can walk")]
    [InlineData("near my home")]
    [InlineData("no")]
    [InlineData("anywhere")]
    [InlineData("i dont know")]
    [InlineData("not sure")]
    [InlineData("by bus")]
    [InlineData("yes")]
    [InlineData("home")]
    [InlineData("i live with my mum")]
    [InlineData("in a flat")]
    [InlineData("near the shops")]
    [InlineData("town")]
    [InlineData("the city")]
    [InlineData("nowhere")]
    [InlineData("i have a car")]
    [InlineData("near my school")]
    [InlineData("same as before")]
    [InlineData("i rent a room")]
    [InlineData("green")]
    [InlineData("heath")]
    [InlineData("castle")]
    [InlineData("end")]
    [InlineData("the west")]
    [InlineData("walking distance")]
    [InlineData("i want to work in a kitchen")]
    public void Recognise_CommonWords_AreNoPlace(string text)
    {
        var heard = Places.Recognise(text);

        Assert.False(heard.Succeeded && heard.Value!.Name.Length > 0, $"{text} -> {heard.Value?.Name}");
    }

    [Theory]
    [InlineData("i can walk")]
    [InlineData("near my home")]
    [InlineData("not sure")]
    [InlineData("in a flat")]
    [InlineData("same as before")]
    public async Task RunTurn_CommonWordsAtThePlaceQuestion_NoPlaceAndNotOutside(string said)
    {
        var talk = await AtThePlaceQuestionAsync();
        await talk.SayAsync(said);

        Assert.DoesNotContain("I will look near", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("West Midlands", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", talk.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i like wolves", "interest")]
    [InlineData("i support west brom", "interest")]
    [InlineData("aston villa fan", "interest")]
    public void Read_NameOnlyAsAClubOutOfItsQuestion_IsNotAPlace(string text, string asked) =>
        Assert.Null(Reader.Read(text, asked, TestTalk.Now).Place);
}
