namespace CareerBot.SearchIndex.Places;

/// <summary>A town or district of the West Midlands, from the catalogue's place data.</summary>
/// <param name="Name">The usual name ("Dudley", "Edgbaston").</param>
/// <param name="Borough">One of the seven WMCA boroughs.</param>
/// <param name="Aliases">Other names and common misspellings ("Brum", "Wolves").</param>
/// <param name="PostcodeDistricts">Postcode districts ("B15", "DY1").</param>
/// <param name="Latitude">Approximate centre, WGS84.</param>
/// <param name="Longitude">Approximate centre, WGS84.</param>
public sealed record KnownPlace(
    string Name,
    string Borough,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> PostcodeDistricts,
    double Latitude,
    double Longitude)
{
    /// <summary>Hospitals, colleges and areas inside this place, said by their own name ("New Cross Hospital").</summary>
    public IReadOnlyList<KnownLandmark> Landmarks { get; init; } = [];
}

/// <summary>A hospital, college or area inside a <see cref="KnownPlace"/>, and the other ways residents say it ("the QE").</summary>
public sealed record KnownLandmark(string Name, IReadOnlyList<string> Aliases);
