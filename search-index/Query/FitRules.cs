using System.Globalization;
using CareerBot.SearchIndex.Catalogue;
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

    /// <summary>The resident said English is hard for them (see <see cref="SearchProfile.LearningEnglish"/>).</summary>
    public bool LearningEnglish { get; private init; }
    public int Level { get; private init; }
    public bool LevelKnown { get; private init; }
    public bool HasLicence { get; private init; }
    public bool LicenceKnown { get; private init; }
    /// <summary>The resident's age, when said (see <see cref="SearchProfile.Age"/>).</summary>
    public int? Age { get; private init; }
    /// <summary>The least pay a year asked for (see <see cref="SearchProfile.MinPayPerYear"/>).</summary>
    public int? MinPay { get; private init; }
    /// <summary>Good pay was asked for, with or without a sum (see <see cref="SearchProfile.WantsGoodPay"/>).</summary>
    public bool WantsGoodPay { get; private init; }
    public WorkPatterns Patterns { get; private init; }
    /// <summary>The only days of the week the resident can work (see <see cref="SearchProfile.Days"/>); empty for any day.</summary>
    public IReadOnlySet<DayOfWeek> Days { get; private init; } = new HashSet<DayOfWeek>();
    /// <summary>The days as a match reason says them ("weekdays only"); empty when any day will do.</summary>
    public string DaysText { get; private init; } = "";
    public KnownPlace? Place { get; private init; }
    public double? MaxMiles { get; private init; }
    public IReadOnlySet<string> Families { get; private init; } = new HashSet<string>();
    public IReadOnlySet<string> ExcludedFamilies { get; private init; } = new HashSet<string>();
    public IReadOnlyList<string> ExcludedWords { get; private init; } = [];
    public string? TypedPlace { get; private init; }
    /// <summary>The providers the resident named as where they want to learn (see <see cref="SearchProfile.CoursePlace"/>).</summary>
    public IReadOnlySet<string> CourseProviders { get; private init; } = new HashSet<string>();

    /// <summary>The ESOL course for a resident learning English (null otherwise); roles it leads to come a little higher.</summary>
    public CourseRecord? EnglishCourse { get; set; }

    /// <summary>
    /// Courses that are the resident's next step (the ESOL level they need, or what the course at a level they have
    /// leads to), set by the search; empty when none is known.
    /// </summary>
    public HashSet<string> NextCourses { get; } = new(StringComparer.Ordinal);

    /// <summary>The highest step the resident has already (see <see cref="QueryPlan.NamedLevel"/>); courses no higher are behind them.</summary>
    public int? HeldStep { get; set; }

    /// <summary>"5 miles": the travel limit as a match reason says it (empty without a limit).</summary>
    public string MaxMilesText { get; private init; } = "";

    private Dictionary<double, string>? _milesFromHome;

    /// <summary>
    /// "About 7 miles from Dudley." for the home and a rounded distance, made once per query and distance (many
    /// candidates share a distance). A FitRules belongs to one query, so this is not shared between threads.
    /// </summary>
    public string MilesFromHome(double roundedMiles)
    {
        _milesFromHome ??= [];
        if (!_milesFromHome.TryGetValue(roundedMiles, out var text))
            _milesFromHome[roundedMiles] = text = Ranker.MilesFromText(roundedMiles, Place!.Name);
        return text;
    }

    public static FitRules From(SearchProfile profile, QueryPlan plan, CatalogueIndex index)
    {
        var patterns = profile.Patterns | plan.Patterns;
        if (profile.MaxHoursPerWeek is { } max && max < 30) patterns |= WorkPatterns.PartTime;
        if (profile.MinHoursPerWeek is { } min && min >= 35) patterns |= WorkPatterns.FullTime;
        // School hours are part-time work in the day, so a role must offer both as well.
        if ((patterns & WorkPatterns.SchoolHours) != 0) patterns |= WorkPatterns.PartTime | WorkPatterns.Days;
        var certificates = profile.Certificates.Select(c => c.Trim().ToLowerInvariant()).ToHashSet();
        var place = index.PlaceFinder.Find(profile.Place);
        var days = profile.Days.Where(d => Enum.IsDefined(d)).ToHashSet();
        if (days.Count == 7) days.Clear();
        var maxMiles = profile.MaxMiles is { } miles && miles >= 0 && double.IsFinite(miles) ? miles : (double?)null;
        return new FitRules
        {
            LearningEnglish = profile.LearningEnglish,
            Level = Math.Clamp(profile.QualificationLevel ?? AssumedLevel, 0, 8),
            LevelKnown = profile.QualificationLevel is not null,
            // Only what the resident said about a licence counts: a list of other certificates is no "no licence".
            HasLicence = profile.DrivingLicence ?? certificates.Contains("driving-licence"),
            LicenceKnown = profile.DrivingLicence is not null || certificates.Contains("driving-licence"),
            Age = profile.Age is >= 0 and < 120 ? profile.Age : null,
            MinPay = profile.MinPayPerYear is > 0 ? profile.MinPayPerYear : null,
            WantsGoodPay = profile.WantsGoodPay || profile.MinPayPerYear is > 0,
            Patterns = patterns,
            Days = days,
            DaysText = days.Count > 0 ? DayFit.Label(days) : "",
            Place = place,
            TypedPlace = profile.Place,
            CourseProviders = ProvidersNamed(profile.CoursePlace, index.Providers.Values),
            MaxMiles = maxMiles,
            MaxMilesText = maxMiles is { } limit ? $"{limit.ToString("0.#", CultureInfo.InvariantCulture)} miles" : "",
            Families = profile.Families.Select(Normal).ToHashSet(),
            ExcludedFamilies = profile.ExcludedFamilies.Select(Normal).ToHashSet(),
            ExcludedWords = profile.ExcludedWords.Select(Normal).Where(w => w.Length > 0).ToList(),
        };
    }

    public static string Normal(string s) => s.Trim().ToLowerInvariant();

    /// <summary>The ids of the providers <paramref name="said"/> names (see <see cref="ProviderNames.Names(string?, string?)"/>).</summary>
    internal static IReadOnlySet<string> ProvidersNamed(string? said, IEnumerable<ProviderRecord> providers)
    {
        // Most searches name no college: nothing to compare (this ran for every provider on every search).
        var words = ProviderNames.Words(said);
        if (words.Count == 0) return NoProviders;
        return providers.Where(p => ProviderNames.Names(words, p.Name)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }

    private static readonly IReadOnlySet<string> NoProviders = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// True when a chosen family names this role's family: the same name, or one of its words
    /// ("care" matches "social care"), so button labels need not match the catalogue exactly.
    /// </summary>
    public static bool FamilyMatches(IReadOnlySet<string> chosen, string roleFamily) =>
        chosen.Count > 0 && FamilyMatchesNormal(chosen, Normal(roleFamily));

    /// <summary><see cref="FamilyMatches"/> for a family already made <see cref="Normal"/>.</summary>
    internal static bool FamilyMatchesNormal(IReadOnlySet<string> chosen, string family)
    {
        foreach (var c in chosen)
        {
            if (c.Length == 0) continue;
            if (c == family) return true;
            if (HasWord(family, c) || HasWord(c, family)) return true;
        }
        return false;
    }

    /// <summary>True when one of the single-space-separated parts of <paramref name="text"/> is <paramref name="word"/>
    /// (as text.Split(' ').Contains(word), without making the parts).</summary>
    internal static bool HasWord(string text, string word)
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf(' ', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length == word.Length && string.CompareOrdinal(text, start, word, 0, length) == 0) return true;
            if (end < 0) return false;
            start = end + 1;
        }
    }
}
