using System.Text.Json.Nodes;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Places;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// Every postcode district of the seven boroughs finds a place, and the areas residents name inside them do too
/// (the real place list). The districts are written out here from general knowledge of the Royal Mail districts, apart
/// from the validator's own list, so a district dropped from either is caught.
/// </summary>
public sealed class PlaceCoverageTests
{
    private static readonly PlaceFinder Finder = new(CatalogueData.LoadPlaces());

    private static IEnumerable<string> Range(string area, int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(n => area + n);

    /// <summary>Districts wholly or partly in Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall or Wolverhampton.</summary>
    private static readonly string[] Districts =
    [
        .. Range("B", 1, 21).Concat(Range("B", 23, 38)).Append("B40").Concat(Range("B", 42, 45))
            .Concat(Range("B", 62, 76)).Concat(Range("B", 90, 94))
            .Concat(Range("CV", 1, 7))
            .Concat(Range("DY", 1, 6)).Concat(["DY8", "DY9"])
            .Concat(Range("WS", 1, 5)).Concat(Range("WS", 8, 10))
            .Concat(Range("WV", 1, 4)).Append("WV6").Concat(Range("WV", 9, 14)),
    ];

    public static TheoryData<string> BoroughDistricts => new(Districts);

    [Theory]
    [MemberData(nameof(BoroughDistricts))]
    public void Find_EveryDistrictOfTheBoroughs_FindsAPlace(string district)
    {
        var place = Finder.Find(district);

        Assert.NotNull(place);
        Assert.Contains(district, place.PostcodeDistricts);
        // Said in lower case and with a full postcode after it, the same place.
        Assert.Same(place, Finder.Find(district.ToLowerInvariant()));
        Assert.Same(place, Finder.Find(district + " 1AB"));
        Assert.Same(place, Finder.Find(district.ToLowerInvariant() + "1ab"));
    }

    [Fact]
    public void Validator_DistrictsOfTheBoroughs_AreTheListedOnes() =>
        Assert.Equal(Districts.Order(StringComparer.Ordinal),
            CatalogueValidator.BoroughDistricts.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("B44 9AA", "Birmingham")]
    [InlineData("b449aa", "Birmingham")]
    [InlineData("WV10 0QP", "Wolverhampton")]
    [InlineData("b42 1aa", "Birmingham")]
    [InlineData("B17 9QR", "Birmingham")]
    [InlineData("wv9 5ab", "Wolverhampton")]
    [InlineData("B40 1NT", "Solihull")]
    [InlineData("B94 6AA", "Solihull")]
    public void Find_FullPostcodeInANewDistrict_IsThatBorough(string text, string borough) =>
        Assert.Equal(borough, Finder.Find(text)?.Borough);

    [Theory]
    [InlineData("Great Barr")]
    [InlineData("Kingstanding", "Birmingham")]
    [InlineData("Perry Barr", "Birmingham")]
    [InlineData("Acocks Green", "Birmingham")]
    [InlineData("Harborne", "Birmingham")]
    [InlineData("Quinton", "Birmingham")]
    [InlineData("Hall Green", "Birmingham")]
    [InlineData("Yardley", "Birmingham")]
    [InlineData("Stechford", "Birmingham")]
    [InlineData("Castle Bromwich", "Solihull")]
    [InlineData("Aston", "Birmingham")]
    [InlineData("Nechells", "Birmingham")]
    [InlineData("Washwood Heath", "Birmingham")]
    [InlineData("Kings Heath", "Birmingham")]
    [InlineData("Bartley Green", "Birmingham")]
    [InlineData("Longbridge", "Birmingham")]
    [InlineData("Shard End", "Birmingham")]
    [InlineData("Castle Vale", "Birmingham")]
    [InlineData("Alum Rock", "Birmingham")]
    [InlineData("Sheldon", "Birmingham")]
    [InlineData("Hockley", "Birmingham")]
    [InlineData("Pendeford", "Wolverhampton")]
    [InlineData("Coseley", "Dudley")]
    [InlineData("Streetly", "Walsall")]
    [InlineData("Binley", "Coventry")]
    public void Find_AreaResidentsName_FindsAPlaceInItsBorough(string text, string? borough = null)
    {
        var place = Finder.Find(text);

        Assert.NotNull(place);
        if (borough is not null) Assert.Equal(borough, place.Borough);
    }

    [Fact]
    public void LoadPlaces_ADistrictInTwoPlaces_IsMarkedSharedInBoth()
    {
        var data = CatalogueData.LoadEmbedded();
        var twice = data.PlaceRecords.SelectMany(p => p.PostcodeDistricts).GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.NotEmpty(twice); // B31 is both Northfield's and Longbridge's
        foreach (var d in twice)
            Assert.All(data.PlaceRecords.Where(p => p.PostcodeDistricts.Contains(d)), p => Assert.Contains(d, p.SharedDistricts));
    }

    [Fact]
    public void Load_DistrictInTwoPlacesNotMarkedShared_IsReported()
    {
        var files = Some.DataFiles();
        // Edgbaston (record 1) also lists Dudley's DY1, and neither says it is shared.
        Some.Record(files, "places.json", 1)["postcodeDistricts"]!.AsArray().Add("DY1");

        var errors = Some.ErrorsOf(files);

        Assert.Contains(errors, e => e.File == "places.json" && e.Field == "postcodeDistricts" && e.Message.Contains("DY1", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SharedDistrictTheRecordDoesNotList_IsReported()
    {
        var files = Some.DataFiles();
        Some.Record(files, "places.json", 1)["sharedDistricts"] = new JsonArray("WV1");

        var errors = Some.ErrorsOf(files);

        Assert.Contains(errors, e => e.File == "places.json" && e.Field == "sharedDistricts" && e.Message.Contains("WV1", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DistrictOfTheBoroughsWithNoPlace_IsReported()
    {
        var files = Some.DataFiles();
        var records = files["places.json"]["records"]!.AsArray();
        // Drop every record listing DY4 (Tipton).
        foreach (var r in records.Where(r => r!["postcodeDistricts"]!.AsArray().Any(d => (string?)d == "DY4")).ToList())
            records.Remove(r);

        var errors = Some.ErrorsOf(files);

        Assert.Contains(errors, e => e.File == "places.json" && e.Message.Contains("DY4", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DistrictOutsideTheBoroughs_IsReported()
    {
        var files = Some.DataFiles();
        Some.Record(files, "places.json", 1)["postcodeDistricts"]!.AsArray().Add("LE1");

        var errors = Some.ErrorsOf(files);

        Assert.Contains(errors, e => e.File == "places.json" && e.Field == "postcodeDistricts" && e.Message.Contains("LE1", StringComparison.Ordinal));
    }
}
