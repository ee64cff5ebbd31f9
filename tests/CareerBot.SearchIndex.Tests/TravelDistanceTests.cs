using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Places;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// <see cref="CatalogueIndex.MilesToBorough"/>: the remembered distance from a home to a borough's nearest place
/// is the one worked out directly from the place data.
/// </summary>
public sealed class TravelDistanceTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private CatalogueIndex Index => fixture.Holder.Current!;

    private static readonly string[] Boroughs =
        ["Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull", "Walsall", "Wolverhampton"];

    /// <summary>Straight from the catalogue's places, without the index.</summary>
    private double? DirectMiles(double latitude, double longitude, string borough) =>
        fixture.Data.Places
            .Where(p => p.Borough == borough)
            .Select(p => (double?)PlaceFinder.Miles(latitude, longitude, p.Latitude, p.Longitude))
            .Min();

    private KnownPlace Home(string text) => Index.PlaceFinder.Find(text) ?? throw new ArgumentException($"No place for {text}.");

    [Theory]
    [InlineData("Brum")]
    [InlineData("Sutton Coldfield")]
    [InlineData("Wolves")]
    [InlineData("CV1")]
    [InlineData("DY8")]
    [InlineData("west brom")]
    [InlineData("Solihull")]
    public void MilesToBorough_EachBorough_AskedTwice_EqualsDirectDistance(string text)
    {
        var home = Home(text);
        foreach (var borough in Boroughs)
        {
            var expected = DirectMiles(home.Latitude, home.Longitude, borough);
            Assert.NotNull(expected);

            var first = Index.MilesToBorough(home.Latitude, home.Longitude, borough);
            var second = Index.MilesToBorough(home.Latitude, home.Longitude, borough);

            Assert.Equal(expected, first);
            Assert.Equal(expected, second);
        }
    }

    [Fact]
    public void MilesToBorough_HomeInTheBorough_IsZero()
    {
        var home = Home("Dudley");

        Assert.Equal(0, Index.MilesToBorough(home.Latitude, home.Longitude, "Dudley"));
    }

    [Fact]
    public void MilesToBorough_TwoHomesSameBorough_GiveTheirOwnDistances()
    {
        var near = Home("Coventry");
        var far = Home("Wolverhampton");

        var fromNear = Index.MilesToBorough(near.Latitude, near.Longitude, "Coventry");
        var fromFar = Index.MilesToBorough(far.Latitude, far.Longitude, "Coventry");

        Assert.Equal(0, fromNear);
        Assert.NotNull(fromFar);
        Assert.InRange(fromFar.Value, 20, 40);
        Assert.Equal(DirectMiles(far.Latitude, far.Longitude, "Coventry"), fromFar);
    }

    [Fact]
    public void MilesToBorough_PointsSharingLatitudeOrLongitude_GiveTheirOwnDistances()
    {
        // Not known places: a home anywhere (the cache key is the exact point).
        (double Lat, double Lon)[] points = [(52.50, -2.00), (52.50, -1.60), (52.40, -1.60), (52.40, -2.00)];
        foreach (var (lat, lon) in points)
            Index.MilesToBorough(lat, lon, "Walsall");

        foreach (var (lat, lon) in points)
            Assert.Equal(DirectMiles(lat, lon, "Walsall"), Index.MilesToBorough(lat, lon, "Walsall"));
        Assert.Equal(points.Length, points.Select(p => Index.MilesToBorough(p.Lat, p.Lon, "Walsall")).Distinct().Count());
    }

    [Fact]
    public void MilesToBorough_BoroughWithoutPlaces_IsNull()
    {
        var home = Home("Birmingham");

        Assert.Null(Index.MilesToBorough(home.Latitude, home.Longitude, "London"));
        Assert.Null(Index.MilesToBorough(home.Latitude, home.Longitude, "London"));
    }

    [Fact]
    public void MilesToBorough_ManyThreads_EqualsDirectDistance()
    {
        var homes = fixture.Data.Places;

        Parallel.For(0, 20_000, i =>
        {
            var home = homes[i % homes.Count];
            var borough = Boroughs[i / homes.Count % Boroughs.Length];
            Assert.Equal(DirectMiles(home.Latitude, home.Longitude, borough),
                Index.MilesToBorough(home.Latitude, home.Longitude, borough));
        });
    }

    [Fact]
    public async Task MilesToBorough_MoreHomesThanItKeeps_StaysBoundedAndRight()
    {
        // Its own copy of the index, so the other tests' distances are not counted.
        using var index = await CatalogueIndex.OpenAsync(fixture.Holder.Current!.Path, TestContext.Current.CancellationToken);
        var count = CatalogueIndex.MaxBoroughMiles + 1_000;

        for (var i = 0; i < count; i++)
        {
            var (lat, lon) = (52.3 + i * 0.000_01, -1.9);
            Assert.Equal(DirectMiles(lat, lon, "Solihull"), index.MilesToBorough(lat, lon, "Solihull"));
        }

        Assert.Equal(CatalogueIndex.MaxBoroughMiles, index.BoroughMilesHeld);
        var last = 52.3 + (count - 1) * 0.000_01;
        Assert.Equal(DirectMiles(last, -1.9, "Solihull"), index.MilesToBorough(last, -1.9, "Solihull"));
    }
}
