namespace CareerBot.SearchIndex.Catalogue;

/// <summary>Where a record's facts come from. Every record keeps one.</summary>
public sealed record SourceNote
{
    public string? Url { get; init; }
    public string Note { get; init; } = "";
}

/// <summary>One role as written in <c>data/roles.json</c>.</summary>
public sealed record RoleRecord
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public string Family { get; init; } = "";
    public IReadOnlyList<string> OtherNames { get; init; } = [];
    public string Summary { get; init; } = "";
    public IReadOnlyList<string> Tasks { get; init; } = [];
    public string? EntryRequirements { get; init; }
    public int MinQualificationLevel { get; init; }
    public string? AfcBand { get; init; }
    public int? PayLow { get; init; }
    public int? PayHigh { get; init; }
    public string? PayYear { get; init; }
    public IReadOnlyList<string> HoursPatterns { get; init; } = [];
    /// <summary>The usual DBS check, e.g. "enhanced (typical)".</summary>
    public string? DbsCheck { get; init; }
    /// <summary>"no", "sometimes", "usually" or "yes".</summary>
    public string DrivingLicence { get; init; } = "no";
    public IReadOnlyList<string> EmployerTypes { get; init; } = [];
    public IReadOnlyList<string> Progression { get; init; } = [];
    /// <summary>Boroughs where the role is found.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];
    /// <summary>Where in the region (plain words).</summary>
    public string? Where { get; init; }
    public SourceNote? Source { get; init; }
}

/// <summary>One course as written in <c>data/courses.json</c>.</summary>
public sealed record CourseRecord
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>Level as people say it ("Entry 2", "Level 3").</summary>
    public string Level { get; init; } = "";
    /// <summary>The RQF level the course reaches (0 = Entry or none).</summary>
    public int RqfLevel { get; init; }
    public string Kind { get; init; } = "";
    public string Summary { get; init; } = "";
    public string? Length { get; init; }
    public IReadOnlyList<string> Modes { get; init; } = [];
    public string Cost { get; init; } = "";
    public string? EntryRequirements { get; init; }
    /// <summary>The RQF level usually needed to start (0 = none).</summary>
    public int EntryLevel { get; init; }
    /// <summary>The youngest age the course takes, when its entry requirements state one ("aged 19+"); null = none stated.</summary>
    public int? MinAge { get; init; }
    /// <summary>Provider ids from <c>providers.json</c>.</summary>
    public IReadOnlyList<string> Providers { get; init; } = [];
    /// <summary>True when it is run by employers all over the region (apprenticeships, induction).</summary>
    public bool AvailableEverywhere { get; init; }
    /// <summary>English, maths or ESOL: raises a general level, so it is a first step toward many roles.</summary>
    public bool GeneralSkills { get; init; }
    public IReadOnlyList<string> LeadsToRoles { get; init; } = [];
    public IReadOnlyList<string> LeadsToCourses { get; init; } = [];
    public SourceNote? Source { get; init; }
}

/// <summary>A college, university or adult education service, from <c>data/providers.json</c>.</summary>
public sealed record ProviderRecord
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Type { get; init; } = "";
    public string? Town { get; init; }
    public string Borough { get; init; } = "";
    public string? PostcodeDistrict { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public SourceNote? Source { get; init; }
}

/// <summary>A town or district, from <c>data/places.json</c>.</summary>
public sealed record PlaceRecord
{
    public string Name { get; init; } = "";
    public string Borough { get; init; } = "";
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> PostcodeDistricts { get; init; } = [];
    /// <summary>Districts of <see cref="PostcodeDistricts"/> that another listed place also covers (a district across two
    /// areas, like B31 for Northfield and Longbridge). The first place listing a district is the one it finds.</summary>
    public IReadOnlyList<string> SharedDistricts { get; init; } = [];
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public SourceNote? Source { get; init; }
    /// <summary>Well-known places inside this one (hospitals, colleges, areas), found as this place but said by their own name.</summary>
    public IReadOnlyList<LandmarkRecord> Landmarks { get; init; } = [];
}

/// <summary>
/// A hospital, college or area inside a listed place ("New Cross Hospital" in Bushbury and Low Hill, "Bearwood" in
/// Smethwick): residents name it to say where they live; it is said back by its name and searched as its place.
/// </summary>
public sealed record LandmarkRecord
{
    public string Name { get; init; } = "";
    /// <summary>Other ways residents say it ("the QE", "New Cross").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public SourceNote? Source { get; init; }
}

/// <summary>
/// A group of residents' words that mean the same catalogue words, from <c>data/synonyms.json</c>.
/// Misspellings are groups with no roles.
/// </summary>
public sealed record SynonymRecord
{
    public string Id { get; init; } = "";
    /// <summary>What residents type (one word or a short phrase).</summary>
    public IReadOnlyList<string> Words { get; init; } = [];
    /// <summary>Catalogue words to search for instead.</summary>
    public IReadOnlyList<string> Means { get; init; } = [];
    /// <summary>Roles these words usually point to.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary>Role families these words point to.</summary>
    public IReadOnlyList<string> Families { get; init; } = [];
    public SourceNote? Source { get; init; }
}
