using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Places;

namespace CareerBot.SearchIndex.Tests;

public sealed class PlaceFinderTests
{
    private static readonly PlaceFinder Finder = new(CatalogueData.LoadPlaces());

    [Theory]
    [InlineData("Brum", "Birmingham")]
    [InlineData("birmingam", "Birmingham")]
    [InlineData("Wolves", "Wolverhampton")]
    [InlineData("Dudly", "Dudley")]
    [InlineData("Sandwell", "Sandwell")]
    [InlineData("B15", "Birmingham")]
    [InlineData("b15 2tt", "Birmingham")]
    [InlineData("WV1 4AB", "Wolverhampton")]
    [InlineData("DY8", "Dudley")]
    [InlineData("CV1", "Coventry")]
    [InlineData("Sutton Coldfield", "Birmingham")]
    [InlineData("west brom", "Sandwell")]
    [InlineData("\uD83D Dudley", "Dudley")]
    public void Find_AliasOrPostcode_FindsBorough(string text, string borough) =>
        Assert.Equal(borough, Finder.Find(text)?.Borough);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("London")]
    [InlineData("SW1")]
    [InlineData("🏠")]
    public void Find_UnknownPlace_ReturnsNull(string? text) => Assert.Null(Finder.Find(text));

    [Fact]
    public void LoadPlaces_EveryBorough_HasPlacesWithDistricts()
    {
        var places = CatalogueData.LoadPlaces();

        Assert.Equal(CatalogueValidator.Boroughs.Order(), places.Select(p => p.Borough).Distinct().Order());
        Assert.All(places, p => Assert.NotEmpty(p.PostcodeDistricts));
    }

    [Fact]
    public void Miles_BirminghamToCoventry_IsAbout18()
    {
        var bham = Finder.Find("Birmingham")!;
        var cov = Finder.Find("Coventry")!;

        Assert.InRange(PlaceFinder.Miles(bham.Latitude, bham.Longitude, cov.Latitude, cov.Longitude), 15, 21);
    }
}

public sealed class PlaceFinderLandmarkTests
{
    private static readonly PlaceFinder Finder = new(CatalogueData.LoadPlaces());

    [Theory]
    [InlineData("New Cross Hospital", "Bushbury and Low Hill")]
    [InlineData("new cross", "Bushbury and Low Hill")]
    [InlineData("QE", "Edgbaston")]
    [InlineData("Queen Elizabeth Hospital", "Edgbaston")]
    [InlineData("Heartlands Hospital", "Small Heath and Bordesley Green")]
    [InlineData("Russells Hall Hospital", "Dudley")]
    [InlineData("Walsall Manor Hospital", "Walsall town centre")]
    [InlineData("Dudley College", "Dudley")]
    [InlineData("Sandwell College", "West Bromwich")]
    [InlineData("Bearwood", "Smethwick")]
    [InlineData("Lye", "Stourbridge")]
    [InlineData("Pelsall", "Bloxwich")]
    public void Find_HospitalCollegeOrArea_FindsTheListedPlace(string text, string place) =>
        Assert.Equal(place, Finder.Find(text)?.Name);

    [Theory]
    [InlineData("hospital")]
    [InlineData("college")]
    [InlineData("my nans house")]
    [InlineData("LE1")]
    public void Find_NotAKnownPlace_IsNull(string text) => Assert.Null(Finder.Find(text));

    [Fact]
    public void LoadPlaces_EveryLandmark_HasASourceNoteAndNoNameTwice()
    {
        var data = CatalogueData.LoadEmbedded();
        var landmarks = data.PlaceRecords.SelectMany(p => p.Landmarks).ToList();

        Assert.True(landmarks.Count >= 20, $"{landmarks.Count} landmarks");
        Assert.All(landmarks, l => Assert.False(string.IsNullOrWhiteSpace(l.Source?.Note), l.Name));
        var names = data.PlaceRecords.SelectMany(p => p.Aliases.Append(p.Name).Concat(p.Landmarks.SelectMany(l => l.Aliases.Append(l.Name))))
            .Select(n => n.ToLowerInvariant()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
