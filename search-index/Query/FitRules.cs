using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Places;

namespace CareerBot.SearchIndex.Query;

/// <summary>The resident's limits, worked out once per query: level, hours, place and distance.</summary>
internal sealed class FitRules
{
    /// <summary>
    /// Level assumed when the resident has not said: Level 1 (most adults have some school
    /// qualifications, but many of our residents have none recognised in the UK).
    /// </summary>
    public const int AssumedLevel = 1;

    public int Level { get; private init; }
    public bool LevelKnown { get; private init; }
    public bool HasLicence { get; private init; }
    public bool LicenceKnown { get; private init; }
    public WorkPatterns Patterns { get; private init; }
    public KnownPlace? Place { get; private init; }
    public double? MaxMiles { get; private init; }
    public IReadOnlySet<string> Families { get; private init; } = new HashSet<string>();
    public IReadOnlySet<string> ExcludedFamilies { get; private init; } = new HashSet<string>();
    public string? TypedPlace { get; private init; }

    public static FitRules From(SearchProfile profile, QueryPlan plan, CatalogueIndex index)
    {
        var patterns = profile.Patterns | plan.Patterns;
        if (profile.MaxHoursPerWeek is { } max && max < 30) patterns |= WorkPatterns.PartTime;
        if (profile.MinHoursPerWeek is { } min && min >= 35) patterns |= WorkPatterns.FullTime;
        var certificates = profile.Certificates.Select(c => c.Trim().ToLowerInvariant()).ToHashSet();
        var place = index.PlaceFinder.Find(profile.Place);
        return new FitRules
        {
            Level = Math.Clamp(profile.QualificationLevel ?? AssumedLevel, 0, 8),
            LevelKnown = profile.QualificationLevel is not null,
            HasLicence = certificates.Contains("driving-licence"),
            LicenceKnown = certificates.Count > 0,
            Patterns = patterns,
            Place = place,
            TypedPlace = profile.Place,
            MaxMiles = profile.MaxMiles is { } miles && miles >= 0 && double.IsFinite(miles) ? miles : null,
            Families = profile.Families.Select(Normal).ToHashSet(),
            ExcludedFamilies = profile.ExcludedFamilies.Select(Normal).ToHashSet(),
        };
    }

    public static string Normal(string s) => s.Trim().ToLowerInvariant();

    /// <summary>
    /// True when a chosen family names this role's family: the same name, or one of its words
    /// ("care" matches "social care"), so button labels need not match the catalogue exactly.
    /// </summary>
    public static bool FamilyMatches(IReadOnlySet<string> chosen, string roleFamily)
    {
        var family = Normal(roleFamily);
        foreach (var c in chosen)
        {
            if (c.Length == 0) continue;
            if (c == family) return true;
            if (family.Split(' ').Contains(c) || c.Split(' ').Contains(family)) return true;
        }
        return false;
    }
}
