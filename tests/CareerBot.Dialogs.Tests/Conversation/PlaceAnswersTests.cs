using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Places;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// How residents say where they live (postcode districts, hospitals, colleges, areas inside a listed town) and how far
/// they can travel (as a time or an effort), against the real place list and the real dialogs.
/// </summary>
public sealed class PlaceAnswersTests
{
    private const string Times = "When can you work?";
    private const string Miles = "How far can you travel to work?";
    private const string Next = "What would you like to do next?";

    private static readonly FactReader Reader = new(CatalogueData.LoadPlaces());
    private static readonly PlaceRecognizer Places = new(CatalogueData.LoadPlaces());
    private static readonly PlaceFinder Finder = new(CatalogueData.LoadPlaces());

    private static async Task<TestTalk> StartAsync()
    {
        var talk = new TestTalk();
        // The real place list, not the test's three towns.
        talk.Engine = new ConversationEngine(talk.Search, CatalogueData.LoadPlaces());
        talk.Catalogue.Roles.Add(FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients around the hospital."));
        await talk.JoinAsync();
        return talk;
    }

    // ---- A postcode district said alone at another question ----

    [Theory]
    [InlineData("B70", "times", "B70")]
    [InlineData("WV10", "start", "WV10")]
    [InlineData("DY4", "hours", "DY4")]
    [InlineData("ws2", "qualifications", "WS2")]
    [InlineData("b70 7", "times", "B70")]
    [InlineData("cv6", "start", "CV6")]
    [InlineData("B70.", "times", "B70")]
    [InlineData("its b23", "start", "B23")]
    public void Read_DistrictAloneAtAnotherQuestion_IsThePlace(string text, string asked, string district) =>
        Assert.Equal(district, Reader.Read(text, asked, TestTalk.Now).Place?.PostcodeDistrict);

    [Theory]
    [InlineData("B1", "times")]
    [InlineData("b2", "start")]
    [InlineData("A2", "hours")]
    [InlineData("C1", "qualifications")]
    [InlineData("my English is B1", "qualifications")]
    [InlineData("english b2", "hours")]
    [InlineData("I have B1 english", "start")]
    public void Read_EnglishLevelAlone_IsNotAPlace(string text, string asked) =>
        Assert.Null(Reader.Read(text, asked, TestTalk.Now).Place);

    [Theory]
    [InlineData("porter job Dudley Group", "interest")]
    [InlineData("I want to work in a hospital", "interest")]
    [InlineData("hospital", "interest")]
    [InlineData("I go to college", "qualifications")]
    [InlineData("cleaner at the hospital", "interest")]
    public void Read_HospitalOrTrustInOtherWords_IsNotAPlace(string text, string asked) =>
        Assert.Null(Reader.Read(text, asked, TestTalk.Now).Place);

    // ---- Hospitals, colleges and areas inside a listed town ----

    [Theory]
    [InlineData("near new cross hospital", "New Cross Hospital", "Wolverhampton")]
    [InlineData("near the QE", "Queen Elizabeth Hospital", "Birmingham")]
    [InlineData("by heartlands hospital", "Heartlands Hospital", "Birmingham")]
    [InlineData("next to russells hall", "Russells Hall Hospital", "Dudley")]
    [InlineData("walsall manor", "Walsall Manor Hospital", "Walsall")]
    [InlineData("city hospital", "City Hospital", "Birmingham")]
    [InlineData("near dudley college", "Dudley College", "Dudley")]
    [InlineData("good hope hospital", "Good Hope Hospital", "Birmingham")]
    [InlineData("i live near sandwell general", "Sandwell General Hospital", "Sandwell")]
    [InlineData("midland met", "Midland Metropolitan University Hospital", "Sandwell")]
    [InlineData("walsgrave hospital", "University Hospital Coventry", "Coventry")]
    [InlineData("near Russell's Hall", "Russells Hall Hospital", "Dudley")]
    [InlineData("warwick uni", "University of Warwick", "Coventry")]
    [InlineData("next to solihull college", "Solihull College", "Solihull")]
    [InlineData("next to city hosp", "City Hospital", "Birmingham")]
    public void Recognise_HospitalOrCollege_IsThatPlace(string text, string name, string borough)
    {
        var heard = Places.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(name, heard.Value!.Name);
        Assert.Equal(borough, heard.Value.Borough);
        // The search finds the same place by the name said back.
        Assert.Equal(borough, Finder.Find(heard.Value.Name)?.Borough);
    }

    [Theory]
    [InlineData("heartland hospitle", "Heartlands Hospital")]
    [InlineData("russels hall", "Russells Hall Hospital")]
    public void Recognise_MisspeltHospital_IsAGuessToConfirm(string text, string name)
    {
        var heard = Places.Recognise(text);

        Assert.Equal(name, heard.Value?.Name);
        Assert.True(heard.Confidence < 1.0);
    }

    [Theory]
    [InlineData("Bearwood", "Sandwell")]
    [InlineData("i live in lye", "Dudley")]
    [InlineData("blackheath", "Sandwell")]
    [InlineData("Pelsall", "Walsall")]
    [InlineData("digbeth", "Birmingham")]
    [InlineData("ladywood", "Birmingham")]
    [InlineData("old hill", "Sandwell")]
    [InlineData("tividale", "Sandwell")]
    public void Recognise_AreaInsideAListedTown_IsThatTown(string text, string borough)
    {
        var heard = Places.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(borough, heard.Value!.Borough);
        Assert.Equal(1.0, heard.Confidence);
    }

    [Theory]
    [InlineData("I want to work in a hospital")]
    [InlineData("the hospital")]
    [InlineData("college")]
    [InlineData("university")]
    [InlineData("my english is B1")]
    [InlineData("my nans house")]
    [InlineData("new")]
    [InlineData("i have good english")]
    public void Recognise_NotAKnownPlace_NoMatch(string text)
    {
        var heard = Places.Recognise(text);
        Assert.False(heard.Succeeded && heard.Value!.Name.Length > 0, $"{text} -> {heard.Value?.Name}");
    }

    // ---- Said back with the town ----

    [Theory]
    [InlineData("B70", "near West Bromwich (B70)")]
    [InlineData("wv10", "near Bushbury and Low Hill (WV10)")]
    [InlineData("WV1 4AB", "near Wolverhampton (WV1)")]
    [InlineData("b1", "near Birmingham (B1)")]
    [InlineData("DY4", "near Tipton (DY4)")]
    [InlineData("near new cross hospital", "near New Cross Hospital")]
    [InlineData("by the QE", "near Queen Elizabeth Hospital")]
    public async Task RunTurn_PlaceAtThePlaceQuestion_SaysTheTown(string said, string reply)
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("porter", "none", "full time", "days", "now");
        await talk.SayAsync(said);

        Assert.Contains(reply, talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Miles, talk.LastText);
        await talk.SayAsync("5");
        Assert.NotNull(Finder.Find(talk.Catalogue.Profiles[^1].Place));
    }

    [Fact]
    public async Task RunTurn_DistrictAloneAtTheStartQuestion_NotedWithTheTownAndPlaceSkipped()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("porter", "none", "full time", "days");
        await talk.SayAsync("B70");

        Assert.Contains("near West Bromwich (B70)", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        await talk.SayAsync("now");
        Assert.Equal(Miles, talk.LastText);
        await talk.SayAsync("3");
        Assert.Equal("B70", talk.Catalogue.Profiles[^1].Place);
    }

    [Fact]
    public async Task RunTurn_EnglishLevelAtThePlaceQuestion_IsNotAPlace()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("porter", "none", "full time", "days", "now");
        await talk.SayAsync("my english is b1");

        Assert.DoesNotContain("near Birmingham", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("post code yet", talk.AllText, StringComparison.Ordinal);
        Assert.NotEqual(Miles, talk.LastText);
    }

    // ---- A place we do not know: a way forward ----

    [Theory]
    [InlineData("my nans house")]
    [InlineData("by the big park")]
    [InlineData("near the big tesco")]
    public async Task RunTurn_UnknownPlace_AsksForThePostCode(string said)
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("porter", "none", "full time", "days", "now");
        await talk.SayAsync(said);

        Assert.StartsWith("Sorry", talk.LastText, StringComparison.Ordinal);
        Assert.Contains("first part of your post code", talk.LastText, StringComparison.Ordinal);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
    }

    // ---- Travel as a time or an effort ----

    [Theory]
    [InlineData("30 mins on the bus", 5)]
    [InlineData("an hour", 10)]
    [InlineData("half an hour walk", 2)]
    [InlineData("I can get 2 buses", 5)]
    [InlineData("20 minutes drive", 7)]
    [InlineData("not far", 3)]
    [InlineData("45 min walk", 3)]
    [InlineData("about 1 hour by train", 20)]
    [InlineData("up to an hour on the bus", 10)]
    [InlineData("10 mins walk", 1)]
    [InlineData("half hour", 5)]
    [InlineData("hour and a half on bus", 15)]
    [InlineData("15 minute drive", 5)]
    [InlineData("i can walk 20 mins", 1)]
    public async Task RunTurn_TravelAsATime_GivesMilesAndSaysThem(string said, double miles)
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("porter", "none", "full time", "days", "now", "dudley");
        Assert.Equal(Miles, talk.LastText);
        await talk.SayAsync(said);

        Assert.Equal(Next, talk.LastText);
        Assert.Contains(miles == 1 ? "I will look up to 1 mile away." : $"I will look up to {miles} miles away.", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(miles, talk.Catalogue.Profiles[^1].MaxMiles);
    }

    [Theory]
    [InlineData("anywhere")]
    [InlineData("I dont mind travel")]
    [InlineData("any where is fine")]
    public async Task RunTurn_AnyDistanceInWords_NoLimitAndSaysSo(string said)
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("porter", "none", "full time", "days", "now", "dudley");
        await talk.SayAsync(said);

        Assert.Equal(Next, talk.LastText);
        Assert.Contains("any distance", talk.AllText, StringComparison.Ordinal);
        Assert.Null(talk.Catalogue.Profiles[^1].MaxMiles);
    }
}
