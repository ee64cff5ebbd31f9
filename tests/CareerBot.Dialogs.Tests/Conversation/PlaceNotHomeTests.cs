using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Place names that are no home: part of a road's, an employer's or a ward's name, or a hospital named as where
/// the resident wants to work. And a home said near a hospital, or with no town at all. The real place list.
/// </summary>
public sealed class PlaceNotHomeTests
{
    private static readonly FactReader Reader = new(CatalogueData.LoadPlaces());
    private static readonly PlaceRecognizer Places = new(CatalogueData.LoadPlaces());

    [Theory]
    [InlineData("i live on walsall road")]
    [InlineData("coventry rd")]
    [InlineData("Dudley Road")]
    [InlineData("wolverhampton street")]
    public void Recognise_RoadNamedAfterATown_IsNotThatTown(string text)
    {
        var heard = Places.Recognise(text);

        Assert.False(heard.Succeeded && heard.Value!.Name.Length > 0, $"{text} -> {heard.Value?.Name}");
    }

    [Theory]
    [InlineData("coventry road, small heath", "Small Heath")]
    [InlineData("i live on birmingham road in aldridge", "Aldridge")]
    public void Recognise_RoadAndAPlace_IsThePlace(string text, string name) => Assert.Equal(name, Places.Recognise(text).Value?.Name);

    [Theory]
    [InlineData("porter job at walsall manor", "interest")]
    [InlineData("jobs at dudley group", "interest")]
    [InlineData("walsall council jobs", "interest")]
    [InlineData("birmingham city council jobs", "interest")]
    [InlineData("walsall ward cleaner", "interest")]
    [InlineData("cleaning at the queen elizabeth", "hours")]
    [InlineData("i want to work at good hope", "times")]
    [InlineData("walsall road", "qualifications")]
    public void Read_WorkplaceRoadOrEmployer_IsNoHome(string text, string asked) =>
        Assert.Null(Reader.Read(text, asked, TestTalk.Now).Place);

    [Theory]
    [InlineData("i live near walsall manor", "hours", "Walsall Manor Hospital")]
    [InlineData("part time, im by the QE", "hours", "Queen Elizabeth Hospital")]
    [InlineData("i live in tipton, i want to work at russells hall", "interest", "Tipton")]
    [InlineData("walsall hospital jobs", "interest", "Walsall")]
    [InlineData("i live in coventry city", "hours", "Coventry")]
    public void Read_HomeNearAHospitalOrATown_IsTheHome(string text, string asked, string name) =>
        Assert.Equal(name, Reader.Read(text, asked, TestTalk.Now).Place?.Name);

    [Theory]
    [InlineData("porter job at walsall manor", "porter")]
    [InlineData("i want to work at good hope hospital", "hospital")]
    [InlineData("i live near the city centre, cleaning job", "cleaning")]
    [InlineData("kitchen work round here", "kitchen")]
    [InlineData("supported living support worker", "living")]
    public void Read_WorkplaceOrVagueHome_LeftOutOfTheWorkWords(string text, string kept)
    {
        var heard = Reader.Read(text, "interest", TestTalk.Now);

        Assert.Contains(kept, heard.Rest, StringComparison.Ordinal);
        Assert.DoesNotContain("manor", heard.Rest, StringComparison.Ordinal);
        Assert.DoesNotContain("good hope", heard.Rest, StringComparison.Ordinal);
        Assert.DoesNotContain("centre", heard.Rest, StringComparison.Ordinal);
        Assert.DoesNotContain("here", heard.Rest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i live near the city centre", true)]
    [InlineData("my house is by the station", true)]
    [InlineData("near me", true)]
    [InlineData("in the town centre", true)]
    [InlineData("i live in walsall", false)]
    [InlineData("live-in carer", false)]
    [InlineData("supported living support worker", false)]
    [InlineData("i want to work in the hospital", false)]
    [InlineData("around 20 hours", false)]
    public void Read_HomeWithNoTown_IsVague(string text, bool vague) =>
        Assert.Equal(vague, Reader.Read(text, "interest", TestTalk.Now).VagueHome);

    [Fact]
    public void Mentions_EachNameWithWhatItStandsFor()
    {
        var said = Places.Mentions("i live on walsall road near good hope, want work with dudley group or in wolverhampton");

        Assert.Equal(
            [PlaceMentionKind.Street, PlaceMentionKind.Hospital, PlaceMentionKind.Employer, PlaceMentionKind.Place],
            said.Select(m => m.Kind));
        Assert.Equal("walsall road", "i live on walsall road".Substring(said[0].Start, said[0].Length));
        Assert.Equal("Good Hope Hospital", said[1].Name);
    }
}
