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
