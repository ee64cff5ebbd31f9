using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

/// <summary>Against the real place list the bot ships with.</summary>
public sealed class PlaceRecognizerTests
{
    private readonly PlaceRecognizer _places = new(CatalogueData.LoadPlaces());

    [Theory]
    [InlineData("Dudley", "Dudley", "Dudley")]
    [InlineData("dudley", "Dudley", "Dudley")]
    [InlineData("West Bromwich", "West Bromwich", "Sandwell")]
    [InlineData("west brom", "West Bromwich", "Sandwell")]
    [InlineData("Brum", "Birmingham", "Birmingham")]
    [InlineData("Wolves", "Wolverhampton", "Wolverhampton")]
    [InlineData("Sandwell", "Sandwell", "Sandwell")]
    [InlineData("I live in Selly Oak", "Selly Oak", "Birmingham")]
    [InlineData("Sutton Coldfield", "Sutton Coldfield", "Birmingham")]
    [InlineData("near Edgbaston please", "Edgbaston", "Birmingham")]
    public void Recognise_KnownName_GivesPlaceAndBorough(string text, string name, string borough)
    {
        var heard = _places.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(name, heard.Value!.Name);
        Assert.Equal(borough, heard.Value.Borough);
        Assert.Null(heard.Value.PostcodeDistrict);
        Assert.True(heard.Confidence >= 0.7);
    }

    [Theory]
    [InlineData("B15", "B15", "Birmingham")]
    [InlineData("dy1", "DY1", "Dudley")]
    [InlineData("WV1 4AB", "WV1", "Wolverhampton")]
    [InlineData("my postcode is b152tt", "B15", "Birmingham")]
    [InlineData("CV1", "CV1", "Coventry")]
    public void Recognise_Postcode_GivesTheDistrict(string text, string district, string borough)
    {
        var heard = _places.Recognise(text);

        Assert.Equal(district, heard.Value!.PostcodeDistrict);
        Assert.Equal(borough, heard.Value.Borough);
    }

    /// <summary>The whole postcode is read, but only its district is kept and said back: a full postcode points at a few homes.</summary>
    [Fact]
    public void Recognise_FullPostcode_SpanIsThePostcode_OnlyTheDistrictIsKept()
    {
        const string text = "It\u2019s WV1 4AB thanks";

        var heard = _places.Recognise(text);

        Assert.Equal("WV1 4AB", text.Substring(heard.Start, heard.Length));
        Assert.Equal("Wolverhampton (WV1)", heard.Value!.Name);
    }

    [Fact]
    public void Recognise_PostcodeOutsideTheRegion_IsUnsure()
    {
        var heard = _places.Recognise("M1 1AE");

        Assert.Equal("M1", heard.Value!.PostcodeDistrict);
        Assert.Equal("", heard.Value.Borough);
        Assert.True(heard.Confidence < 0.7);
    }

    [Theory]
    [InlineData("Dudely", "Dudley")]
    [InlineData("Coventary", "Coventry")]
    [InlineData("Smethwik", "Smethwick")]
    [InlineData("wolverhampon", "Wolverhampton")]
    public void Recognise_Typo_FindsTheNearestPlace(string text, string name)
    {
        var heard = _places.Recognise(text);

        Assert.Equal(name, heard.Value!.Name);
    }

    [Fact]
    public void Recognise_TwoPlaces_AsksWhichWithTheOtherAsAlternative()
    {
        var heard = _places.Recognise("Dudley or Walsall");

        Assert.Equal("Dudley", heard.Value!.Name);
        Assert.Contains(heard.Alternatives, a => a.Borough == "Walsall");
        Assert.True(heard.Confidence < 0.7);
    }

    [Theory]
    [InlineData("Dudley, within 5 miles", 5)]
    [InlineData("B15 up to 10 miles", 10)]
    [InlineData("Walsall 8km", 5)]
    [InlineData("Coventry, I can\u2019t travel far", 3)]
    public void Recognise_PlaceAndDistance_GivesBoth(string text, double miles)
    {
        var heard = _places.Recognise(text);

        Assert.NotEqual("", heard.Value!.Name);
        Assert.Equal(miles, heard.Value.MaxMiles!.Value, 0);
    }

    [Fact]
    public void Recognise_OnlyCantTravelFar_IsADistanceWithNoPlace()
    {
        var heard = _places.Recognise("I can't travel far");

        Assert.Equal("", heard.Value!.Name);
        Assert.Equal(3, heard.Value.MaxMiles);
    }

    [Fact]
    public void Recognise_Anywhere_HasNoPlaceAndNoLimit()
    {
        var heard = _places.Recognise("Anywhere");

        Assert.True(heard.Value!.Anywhere);
        Assert.Null(heard.Value.MaxMiles);
    }

    [Theory]
    [InlineData("city centre birmingham", "Birmingham")]
    [InlineData("i live in the town centre walsall", "Walsall")]
    [InlineData("near the centre of coventry", "Coventry")]
    [InlineData("wolverhampton centre", "Wolverhampton")]
    public void Recognise_ACentreWithItsTownAfterOrAround_IsThatCentreForSure(string text, string borough)
    {
        var heard = _places.Recognise(text, exactOnly: true);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(borough, heard.Value!.Borough);
        Assert.Equal(1.0, heard.Confidence);
        Assert.False(heard.IsAmbiguous, text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\U0001F3E0")]
    [InlineData("I like helping people")]
    [InlineData("Level 2")]
    [InlineData("M6")]
    [InlineData("city centre")]
    [InlineData("the town centre")]
    [InlineData("I want knowledge")]
    public void Recognise_NoPlace_NoMatch(string text) =>
        Assert.False(_places.Recognise(text).Succeeded, text);
}
