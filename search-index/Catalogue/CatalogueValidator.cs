using System.Text.RegularExpressions;

namespace CareerBot.SearchIndex.Catalogue;

/// <summary>
/// Checks the meaning of the records once they parse: required fields, ranges, unique ids, links between
/// files, source notes, and the plain-English limit on text shown to residents.
/// </summary>
public static partial class CatalogueValidator
{
    /// <summary>Longest sentence allowed in text shown to residents (plain-English bar).</summary>
    public const int MaxSentenceWords = 15;

    public static readonly IReadOnlySet<string> Boroughs = new HashSet<string>(StringComparer.Ordinal)
        { "Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull", "Walsall", "Wolverhampton" };

    /// <summary>
    /// The postcode districts wholly or partly in the seven boroughs (general knowledge of the Royal Mail districts,
    /// unverified): every one must find a place, and no place may list another. B46-B48, B77-B79, CV8, DY7, WS6, WS7,
    /// WV5, WV7, WV8 and the like are near but outside the boroughs.
    /// </summary>
    public static readonly IReadOnlySet<string> BoroughDistricts = new HashSet<string>(
        District("B", 1, 21).Concat(District("B", 23, 38)).Append("B40").Concat(District("B", 42, 45))
            .Concat(District("B", 62, 76)).Concat(District("B", 90, 94))
            .Concat(District("CV", 1, 7))
            .Concat(District("DY", 1, 6)).Concat(["DY8", "DY9"])
            .Concat(District("WS", 1, 5)).Concat(District("WS", 8, 10))
            .Concat(District("WV", 1, 4)).Append("WV6").Concat(District("WV", 9, 14)),
        StringComparer.Ordinal);

    private static IEnumerable<string> District(string area, int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(n => area + n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static readonly IReadOnlySet<string> HoursWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "full-time", "part-time", "days", "shifts", "nights", "weekends", "bank", "evenings", "early starts",
        "on-call", "some nights and weekends", "some weekends", "bank holidays", "early mornings",
        "some evenings and Saturdays", "some evenings and weekends", "some evenings", "Saturdays", "hybrid",
        "split shifts", "sleep-ins", "flexible", "duty rota", "full-time (about 30-37.5h incl. study time)",
    };

    private static readonly string[] LicenceValues = ["no", "sometimes", "usually", "yes"];

    internal static void Validate(CatalogueData data, List<CatalogueError> errors)
    {
        var roleIds = UniqueIds(data.Roles, r => r.Id, "roles.json", errors);
        var courseIds = UniqueIds(data.Courses, c => c.Id, "courses.json", errors);
        var providerIds = UniqueIds(data.Providers, p => p.Id, "providers.json", errors);
        UniqueIds(data.Synonyms, s => s.Id, "synonyms.json", errors);
        UniqueIds(data.PlaceRecords, p => p.Name, "places.json", errors);
        var families = data.Roles.Select(r => r.Family).ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < data.Roles.Count; i++)
            ValidateRole(data.Roles[i], Name(i, data.Roles[i].Id), roleIds, errors);
        for (var i = 0; i < data.Courses.Count; i++)
            ValidateCourse(data.Courses[i], Name(i, data.Courses[i].Id), roleIds, courseIds, providerIds, errors);
        for (var i = 0; i < data.Providers.Count; i++)
            ValidateProvider(data.Providers[i], Name(i, data.Providers[i].Id), errors);
        for (var i = 0; i < data.PlaceRecords.Count; i++)
            ValidatePlace(data.PlaceRecords[i], Name(i, data.PlaceRecords[i].Name), errors);
        PlaceNamesOnce(data.PlaceRecords, errors);
        DistrictsCovered(data.PlaceRecords, errors);
        for (var i = 0; i < data.Synonyms.Count; i++)
            ValidateSynonym(data.Synonyms[i], Name(i, data.Synonyms[i].Id), roleIds, families, errors);
    }

    private static string Name(int index, string id) =>
        string.IsNullOrWhiteSpace(id) ? $"record {index}" : $"record {index} ('{id}')";

    private static HashSet<string> UniqueIds<T>(IReadOnlyList<T> records, Func<T, string> id, string file, List<CatalogueError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var value = id(records[i]);
            if (string.IsNullOrWhiteSpace(value)) continue; // reported as a missing field
            if (!IdPattern().IsMatch(value) && file != "places.json")
                errors.Add(new(file, Name(i, value), "id", "use lower-case letters, digits and dashes only."));
            if (!seen.Add(value))
                errors.Add(new(file, Name(i, value), file == "places.json" ? "name" : "id", "the same id is used twice."));
        }
        return seen;
    }

    private static void ValidateRole(RoleRecord r, string name, HashSet<string> roleIds, List<CatalogueError> e)
    {
        const string f = "roles.json";
        Required(f, name, "id", r.Id, e);
        Required(f, name, "title", r.Title, e);
        Required(f, name, "family", r.Family, e);
        PlainText(f, name, "summary", r.Summary, e);
        if (r.Tasks.Count == 0) e.Add(new(f, name, "tasks", "list at least one task."));
        for (var i = 0; i < r.Tasks.Count; i++) PlainText(f, name, $"tasks[{i}]", r.Tasks[i], e);
        if (r.MinQualificationLevel is < 0 or > 8)
            e.Add(new(f, name, "minQualificationLevel", $"must be 0 to 8 (RQF); got {r.MinQualificationLevel}."));
        if (r.PayLow is { } low && r.PayHigh is { } high && low > high)
            e.Add(new(f, name, "payHigh", $"must not be below payLow ({low})."));
        if ((r.PayLow ?? r.PayHigh) is not null && string.IsNullOrWhiteSpace(r.PayYear))
            e.Add(new(f, name, "payYear", "say which year the pay is for, e.g. \"2025/26\"."));
        if (r.HoursPatterns.Count == 0) e.Add(new(f, name, "hoursPatterns", "list at least one pattern."));
        foreach (var h in r.HoursPatterns.Where(h => !HoursWords.Contains(h)))
            e.Add(new(f, name, "hoursPatterns", $"unknown pattern \"{h}\"."));
        if (!LicenceValues.Contains(r.DrivingLicence))
            e.Add(new(f, name, "drivingLicence", $"must be one of {string.Join(", ", LicenceValues)}; got \"{r.DrivingLicence}\"."));
        foreach (var p in r.Progression.Where(p => !roleIds.Contains(p)))
            e.Add(new(f, name, "progression", $"no role has the id \"{p}\"."));
        foreach (var p in r.Places.Where(p => !Boroughs.Contains(p)))
            e.Add(new(f, name, "places", $"\"{p}\" is not one of the 7 boroughs."));
        Source(f, name, r.Source, e);
    }

    private static void ValidateCourse(CourseRecord c, string name, HashSet<string> roleIds, HashSet<string> courseIds,
        HashSet<string> providerIds, List<CatalogueError> e)
    {
        const string f = "courses.json";
        Required(f, name, "id", c.Id, e);
        Required(f, name, "title", c.Title, e);
        Required(f, name, "level", c.Level, e);
        Required(f, name, "kind", c.Kind, e);
        PlainText(f, name, "summary", c.Summary, e);
        PlainText(f, name, "cost", c.Cost, e);
        if (c.RqfLevel is < 0 or > 8) e.Add(new(f, name, "rqfLevel", $"must be 0 to 8; got {c.RqfLevel}."));
        if (c.EntryLevel is < 0 or > 8) e.Add(new(f, name, "entryLevel", $"must be 0 to 8; got {c.EntryLevel}."));
        if (c.MinAge is < 14 or > 99) e.Add(new(f, name, "minAge", $"must be 14 to 99 when given; got {c.MinAge}."));
        if (c.Modes.Count == 0) e.Add(new(f, name, "modes", "list at least one mode."));
        if (c.Providers.Count == 0 && !c.AvailableEverywhere)
            e.Add(new(f, name, "providers", "list a provider, or set availableEverywhere."));
        foreach (var p in c.Providers.Where(p => !providerIds.Contains(p)))
            e.Add(new(f, name, "providers", $"no provider has the id \"{p}\"."));
        if (c.LeadsToRoles.Count == 0 && c.LeadsToCourses.Count == 0)
            e.Add(new(f, name, "leadsToRoles", "say which roles or courses it leads to."));
        foreach (var r in c.LeadsToRoles.Where(r => !roleIds.Contains(r)))
            e.Add(new(f, name, "leadsToRoles", $"no role has the id \"{r}\"."));
        foreach (var r in c.LeadsToCourses.Where(r => !courseIds.Contains(r)))
            e.Add(new(f, name, "leadsToCourses", $"no course has the id \"{r}\"."));
        Source(f, name, c.Source, e);
    }

    private static void ValidateProvider(ProviderRecord p, string name, List<CatalogueError> e)
    {
        const string f = "providers.json";
        Required(f, name, "id", p.Id, e);
        Required(f, name, "name", p.Name, e);
        Required(f, name, "type", p.Type, e);
        if (!Boroughs.Contains(p.Borough)) e.Add(new(f, name, "borough", $"\"{p.Borough}\" is not one of the 7 boroughs."));
        if (p.PostcodeDistrict is { } d && !DistrictPattern().IsMatch(d))
            e.Add(new(f, name, "postcodeDistrict", $"\"{d}\" is not a postcode district like B15 or WV1."));
        Coordinates(f, name, p.Latitude, p.Longitude, e);
        Source(f, name, p.Source, e);
    }

    private static void ValidatePlace(PlaceRecord p, string name, List<CatalogueError> e)
    {
        const string f = "places.json";
        Required(f, name, "name", p.Name, e);
        if (!Boroughs.Contains(p.Borough)) e.Add(new(f, name, "borough", $"\"{p.Borough}\" is not one of the 7 boroughs."));
        if (p.PostcodeDistricts.Count == 0) e.Add(new(f, name, "postcodeDistricts", "list at least one district."));
        foreach (var d in p.PostcodeDistricts)
        {
            if (!DistrictPattern().IsMatch(d)) e.Add(new(f, name, "postcodeDistricts", $"\"{d}\" is not a postcode district like B15 or WV1."));
            else if (!BoroughDistricts.Contains(d)) e.Add(new(f, name, "postcodeDistricts", $"\"{d}\" is not a postcode district of the 7 boroughs."));
        }
        foreach (var d in p.SharedDistricts.Where(d => !p.PostcodeDistricts.Contains(d, StringComparer.Ordinal)))
            e.Add(new(f, name, "sharedDistricts", $"\"{d}\" is not in this place's postcodeDistricts."));
        Coordinates(f, name, p.Latitude, p.Longitude, e);
        Source(f, name, p.Source, e);
        foreach (var l in p.Landmarks)
        {
            if (string.IsNullOrWhiteSpace(l.Name)) e.Add(new(f, name, "landmarks", "a landmark's name is missing or empty."));
            else if (l.Source is null || string.IsNullOrWhiteSpace(l.Source.Note))
                e.Add(new(f, name, "landmarks", $"\"{l.Name}\" needs a source note (source.note)."));
            if (l.Aliases.Any(string.IsNullOrWhiteSpace)) e.Add(new(f, name, "landmarks", $"\"{l.Name}\" has an empty alias."));
        }
    }

    /// <summary>
    /// A name, alias or landmark belongs to one place only: said by a resident, it must find one place. Compared as
    /// the recognisers compare them (letters and digits, any case: "Russell's Hall" is "russells hall").
    /// </summary>
    private static void PlaceNamesOnce(IReadOnlyList<PlaceRecord> places, List<CatalogueError> e)
    {
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            var said = new List<string> { p.Name };
            said.AddRange(p.Aliases);
            foreach (var l in p.Landmarks) { said.Add(l.Name); said.AddRange(l.Aliases); }
            foreach (var s in said.Where(s => !string.IsNullOrWhiteSpace(s)))
            {
                var key = new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
                if (key.Length == 0) continue;
                if (owner.TryGetValue(key, out var other) && other != i)
                    e.Add(new("places.json", Name(i, p.Name), "aliases", $"\"{s}\" is used twice: also for {places[other].Name}."));
                else owner[key] = i;
            }
        }
    }

    /// <summary>
    /// Every district of the boroughs finds a place. A district listed by two places (B31 for Northfield and
    /// Longbridge) must be in the sharedDistricts of each, so a copy-paste slip is not taken for a shared district;
    /// a district marked shared must be listed by another place too. The first place listing a district is the one
    /// a postcode finds.
    /// </summary>
    private static void DistrictsCovered(IReadOnlyList<PlaceRecord> places, List<CatalogueError> e)
    {
        var listedBy = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < places.Count; i++)
            foreach (var d in places[i].PostcodeDistricts.Distinct(StringComparer.Ordinal))
            {
                if (!listedBy.TryGetValue(d, out var owners)) listedBy[d] = owners = [];
                owners.Add(i);
            }
        foreach (var d in BoroughDistricts.Where(d => !listedBy.ContainsKey(d)).Order(StringComparer.Ordinal))
            e.Add(new("places.json", "records", "postcodeDistricts", $"no place lists {d}, a postcode district of the 7 boroughs."));
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            foreach (var d in p.PostcodeDistricts.Distinct(StringComparer.Ordinal))
            {
                var others = listedBy[d].Where(o => o != i).Select(o => places[o].Name).ToList();
                if (others.Count > 0 && !p.SharedDistricts.Contains(d, StringComparer.Ordinal))
                    e.Add(new("places.json", Name(i, p.Name), "postcodeDistricts",
                        $"\"{d}\" is also listed by {string.Join(", ", others)}; list it in sharedDistricts of each if the district is shared."));
            }
            foreach (var d in p.SharedDistricts.Where(d => p.PostcodeDistricts.Contains(d, StringComparer.Ordinal) && listedBy[d].Count == 1))
                e.Add(new("places.json", Name(i, p.Name), "sharedDistricts", $"\"{d}\" is marked shared, but no other place lists it."));
        }
    }

    private static void ValidateSynonym(SynonymRecord s, string name, HashSet<string> roleIds, HashSet<string> families, List<CatalogueError> e)
    {
        const string f = "synonyms.json";
        Required(f, name, "id", s.Id, e);
        if (s.Words.Count == 0 || s.Words.Any(string.IsNullOrWhiteSpace))
            e.Add(new(f, name, "words", "list the words residents type; none may be empty."));
        if (s.Means.Count == 0 && s.Roles.Count == 0)
            e.Add(new(f, name, "means", "say what the words mean (catalogue words or roles)."));
        foreach (var r in s.Roles.Where(r => !roleIds.Contains(r)))
            e.Add(new(f, name, "roles", $"no role has the id \"{r}\"."));
        foreach (var fam in s.Families.Where(x => !families.Contains(x)))
            e.Add(new(f, name, "families", $"no role has the family \"{fam}\"."));
        Source(f, name, s.Source, e);
    }

    private static void Required(string file, string name, string field, string? value, List<CatalogueError> e)
    {
        if (string.IsNullOrWhiteSpace(value)) e.Add(new(file, name, field, "is missing or empty."));
    }

    private static void Source(string file, string name, SourceNote? source, List<CatalogueError> e)
    {
        if (source is null || string.IsNullOrWhiteSpace(source.Note))
            e.Add(new(file, name, "source", "every record needs a source note (source.note)."));
        else if (source.Url is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            e.Add(new(file, name, "source.url", $"\"{url}\" is not a full web address."));
    }

    private static void Coordinates(string file, string name, double lat, double lon, List<CatalogueError> e)
    {
        // The West Midlands sits around 52.3-52.8 N, 1.3-2.3 W; anything far off is a typo.
        if (lat is < 52.2 or > 52.9) e.Add(new(file, name, "latitude", $"{lat} is outside the West Midlands."));
        if (lon is < -2.4 or > -1.2) e.Add(new(file, name, "longitude", $"{lon} is outside the West Midlands."));
    }

    /// <summary>Text shown to residents: present, and no sentence over <see cref="MaxSentenceWords"/> words.</summary>
    private static void PlainText(string file, string name, string field, string? text, List<CatalogueError> e)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            e.Add(new(file, name, field, "is missing or empty."));
            return;
        }
        foreach (var sentence in SentenceSplit().Split(text))
        {
            var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words > MaxSentenceWords)
                e.Add(new(file, name, field, $"a sentence has {words} words; residents read this, so keep sentences to {MaxSentenceWords} words or fewer."));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{1,2}[0-9]{1,2}[A-Z]?$")]
    private static partial Regex DistrictPattern();

    [GeneratedRegex(@"[.!?\n]+")]
    private static partial Regex SentenceSplit();
}
