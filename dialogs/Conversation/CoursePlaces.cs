using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// The places that run a course, nearest to the resident first: by distance from where they live when both are
/// known (the place data's coordinates), else those in their borough first; else in the catalogue's order.
/// </summary>
public sealed class CoursePlaces(PlaceFinder? finder = null)
{
    /// <summary>A place that runs the course, and how far it is from the resident in miles, when known.</summary>
    public readonly record struct Near(CourseProvider Place, double? Miles, bool InHomeBorough);

    /// <summary>The course's places, nearest first (see the class). A place the data cannot measure comes after those it can.</summary>
    public IReadOnlyList<Near> Ordered(CourseCard course, PlaceAnswer? home)
    {
        ArgumentNullException.ThrowIfNull(course);
        var places = course.ProviderPlaces.Count > 0 ? course.ProviderPlaces : course.Providers.Select(p => new CourseProvider(p, "", null, "")).ToList();
        var borough = home?.Borough ?? "";
        var from = Home(home);
        var near = places.Select(p => new Near(p,
            from is not null && p.Latitude is { } lat && p.Longitude is { } lon ? PlaceFinder.Miles(from.Latitude, from.Longitude, lat, lon) : null,
            borough.Length > 0 && p.Borough.Equals(borough, StringComparison.OrdinalIgnoreCase))).ToList();
        // Stable: places the same distance away keep the catalogue's order.
        return [.. near.Select((n, i) => (n, i))
            .OrderBy(x => x.n.Miles is null ? 1 : 0).ThenBy(x => x.n.Miles ?? 0).ThenBy(x => x.n.InHomeBorough ? 0 : 1).ThenBy(x => x.i)
            .Select(x => x.n)];
    }

    /// <summary>Where the resident lives, on the map: their post code district, else their town, else their borough.</summary>
    private KnownPlace? Home(PlaceAnswer? home)
    {
        if (finder is null || home is null) return null;
        return (home.PostcodeDistrict is { Length: > 0 } district ? finder.Find(district) : null)
            ?? (home.Name.Length > 0 ? finder.Find(home.Name) : null)
            ?? (home.Borough.Length > 0 ? finder.Find(home.Borough) : null);
    }
}
