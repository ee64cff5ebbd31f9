namespace CareerBot.SearchIndex.Query;

/// <summary>
/// What a resident told the bot, in a form the index can query. Built by the dialogs,
/// consumed by <see cref="ICatalogueSearch"/>. Every member is optional: an empty profile
/// is a valid (broad) query.
/// </summary>
public sealed record SearchProfile
{
    /// <summary>The resident's own words about the work they want ("I like helping old people").</summary>
    public string? Text { get; init; }

    /// <summary>
    /// Two or more kinds of work asked for apart ("care work and driving": "care", "driving"), each a part of
    /// <see cref="Text"/>: each is searched on its own and the results take turns. Fewer than two: <see cref="Text"/> is one wish.
    /// </summary>
    public IReadOnlyList<string> Wishes { get; init; } = [];

    /// <summary>Interest words picked out by the dialogs (e.g. "care", "computers").</summary>
    public IReadOnlyList<string> InterestWords { get; init; } = [];

    /// <summary>Role families chosen with buttons (catalogue family names, e.g. "support services").</summary>
    public IReadOnlyList<string> Families { get; init; } = [];

    /// <summary>Families to leave out ("not with patients").</summary>
    public IReadOnlyList<string> ExcludedFamilies { get; init; } = [];

    /// <summary>Words of work not wanted ("not cleaning"), lower case: roles they name are left out (<see cref="UnwantedWords"/>).</summary>
    public IReadOnlyList<string> ExcludedWords { get; init; } = [];

    /// <summary>
    /// Highest qualification level the resident holds now, on the RQF scale: 0 = none or Entry level,
    /// 1..8 = RQF level. Null = not known.
    /// </summary>
    public int? QualificationLevel { get; init; }

    /// <summary>Named qualifications and licences held (ids such as "gcse-english", "gcse-maths",
    /// "care-certificate", "driving-licence", "esol-e3", "overseas-degree").</summary>
    public IReadOnlyList<string> Certificates { get; init; } = [];

    /// <summary>True when the resident said they have a driving licence, false when they said they have none; null = not said.</summary>
    public bool? DrivingLicence { get; init; }

    /// <summary>The resident's age in years, when they said it; null = not said. Courses with an age rule
    /// (<see cref="Catalogue.CourseRecord.MinAge"/>) are not a fit for someone younger.</summary>
    public int? Age { get; init; }

    /// <summary>
    /// The least pay a year the resident asked for ("£15 an hour" is about £29,300), in whole pounds; null = not said.
    /// Jobs that pay it come first; the others stay, lower, so the nearest pay is still shown.
    /// </summary>
    public int? MinPayPerYear { get; init; }

    /// <summary>The resident asked for good pay ("well paid", or a sum): with no sum, better-paid jobs come a little higher.</summary>
    public bool WantsGoodPay { get; init; }

    /// <summary>Hours a week the resident wants (a range; either end may be null).</summary>
    public int? MinHoursPerWeek { get; init; }

    /// <inheritdoc cref="MinHoursPerWeek"/>
    public int? MaxHoursPerWeek { get; init; }

    /// <summary>Work patterns the resident can do (empty = any).</summary>
    public WorkPatterns Patterns { get; init; } = WorkPatterns.None;

    /// <summary>
    /// The only days of the week the resident can work ("only Tuesdays and Thursdays", "not Fridays" = the other six,
    /// "no weekends" = Monday to Friday); empty = any day. Jobs whose hours may need other days come lower, and say so.
    /// </summary>
    public IReadOnlyList<DayOfWeek> Days { get; init; } = [];

    /// <summary>Where the resident lives: a town, borough, or postcode district (e.g. "Dudley", "B15", "WV1 4").</summary>
    public string? Place { get; init; }

    /// <summary>
    /// A college or university the resident named as where they want to learn ("Walsall College", "Birmingham
    /// Metropolitan College"): courses run there come first. Matched to the start of a provider's name. Null = none.
    /// </summary>
    public string? CoursePlace { get; init; }

    /// <summary>How far the resident can travel, in miles. Null = no limit given.</summary>
    public double? MaxMiles { get; init; }

    /// <summary>When the resident can start. Null = not said.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>
    /// True when the resident said their English is a barrier ("my English is not good"): roles then come with an
    /// ESOL course as the next step, and roles that course leads to come a little higher.
    /// </summary>
    public bool LearningEnglish { get; init; }

    /// <summary>The ESOL level the resident needs, when they named one; null = vocational ESOL for health and care.</summary>
    public EsolLevel? EsolLevel { get; init; }

    /// <summary>
    /// The English level the resident has now, as a step on the course ladder (pre-entry 0, Entry 1 to 3 are 1 to 3,
    /// Level 1 is 4, Level 2 is 5), when they said it ("entry 2" to the level question); null = not said. A search for
    /// English courses with no level in its words looks for the next step up.
    /// </summary>
    public int? HeldEnglishStep { get; init; }

    /// <summary>The maths level the resident has now, on the same ladder as <see cref="HeldEnglishStep"/>; null = not said.</summary>
    public int? HeldMathsStep { get; init; }

    /// <summary>How many results to return.</summary>
    public int Limit { get; init; } = 3;

    /// <summary>How many results to skip (for "more results").</summary>
    public int Offset { get; init; }
}

/// <summary>Work patterns, as flags so a resident can name several.</summary>
[Flags]
public enum WorkPatterns
{
    None = 0,
    FullTime = 1,
    PartTime = 2,
    Days = 4,
    Evenings = 8,
    Nights = 16,
    Weekends = 32,
    Weekdays = 64,
    SchoolHours = 128,
    Shifts = 256,
    Bank = 512,
}
