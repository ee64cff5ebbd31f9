namespace CareerBot.SearchIndex.Query;

/// <summary>The answer to one <see cref="SearchProfile"/>.</summary>
public sealed record SearchResults
{
    public IReadOnlyList<Suggestion> Items { get; init; } = [];

    /// <summary>How many results matched in all (for "more results").</summary>
    public int Total { get; init; }

    /// <summary>How many of <see cref="Total"/> are courses; the rest are jobs.</summary>
    public int Courses { get; init; }

    /// <summary>Words the resident typed that matched nothing in the catalogue (gaps; for insights).</summary>
    public IReadOnlyList<string> UnmatchedWords { get; init; } = [];

    /// <summary>
    /// The typed words that name work: a word of a job's or a course's name, of the synonym table or of a family, a
    /// word asking to learn ("course"), or a catalogue word beyond everyday English ("wheelchairs"). Everyday words the
    /// catalogue only uses to describe a job ("make", "sure", "big") are not: alone they say nothing of the work wanted.
    /// </summary>
    public IReadOnlyList<string> WorkWords { get; init; } = [];

    /// <summary>
    /// The typed words (as typed) that end the name of a job in the catalogue: "nurse" ("Registered nurse"), "porter";
    /// not "doctor", which only a longer name holds ("doctors receptionist") or a job's summary. A word the search spelt
    /// right counts by its fix. Null when the catalogue cannot say (a big one does not hold every job's names).
    /// </summary>
    public IReadOnlyList<string>? JobNameWords { get; init; }

    /// <summary>Spelling fixes applied ("nurce" -> "nurse").</summary>
    public IReadOnlyList<SpellingFix> Corrections { get; init; } = [];

    public static SearchResults Empty { get; } = new();
}

/// <summary>A spelling fix made from the index vocabulary.</summary>
public sealed record SpellingFix(string Typed, string Used);

/// <summary>What a result is.</summary>
public enum ResultKind { Role, Course }

/// <summary>
/// One suggestion: a role (optionally paired with the course that leads to it when the resident
/// cannot start it yet), or a course on its own.
/// </summary>
public sealed record Suggestion
{
    public required ResultKind Kind { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required double Score { get; init; }
    public RoleCard? Role { get; init; }
    public CourseCard? Course { get; init; }

    /// <summary>True when the resident meets the entry requirements now.</summary>
    public bool CanStartNow { get; init; } = true;

    /// <summary>For a role the resident cannot start yet: the course that leads there.</summary>
    public CourseCard? Pathway { get; init; }

    /// <summary>Which of the resident's answers matched which field.</summary>
    public IReadOnlyList<MatchReason> Why { get; init; } = [];

    /// <summary>For a role, when the resident is learning English: the ESOL course to do first or alongside.</summary>
    public CourseCard? EnglishCourse { get; init; }
}

/// <summary>Why a result matched, for the dialogs to say in plain words.</summary>
/// <param name="Kind">Which answer matched.</param>
/// <param name="Answer">The resident's word or value that matched (e.g. "carer", "nights", "12 miles").</param>
/// <param name="Field">Which field it matched (title, other names, summary, tasks, hours, place, level).</param>
/// <param name="Detail">A short fact for the reply (e.g. the catalogue word it matched; for a match in the tasks or in
/// the jobs a course leads to, the task or job title that holds it).</param>
public sealed record MatchReason(MatchKind Kind, string Answer, string Field, string? Detail = null)
{
    /// <summary>Field of an <see cref="MatchKind.Hours"/> reason: the role's hours offer what the resident wants.</summary>
    public const string HoursFit = "hours";

    /// <summary>Field of an <see cref="MatchKind.Hours"/> reason: the hours may fit (shifts or bank work), but do not say so.</summary>
    public const string HoursMaybe = "hours maybe";

    /// <summary>Field of an <see cref="MatchKind.Hours"/> reason: the hours do not offer what the resident wants.</summary>
    public const string HoursMissing = "hours missing";
}

/// <summary>The kinds of answer that can explain a match.</summary>
public enum MatchKind { Interest, Synonym, SpellingFix, Family, Qualification, Hours, Travel, StartDate }

/// <summary>A role, as the dialogs show it. All text is plain English.</summary>
public sealed record RoleCard
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Family { get; init; }
    /// <summary>One plain sentence: what you do.</summary>
    public required string Summary { get; init; }
    public IReadOnlyList<string> OtherNames { get; init; } = [];
    public IReadOnlyList<string> Tasks { get; init; } = [];
    public string? EntryRequirements { get; init; }
    /// <summary>RQF level usually needed to start (0 = none or Entry).</summary>
    public int MinQualificationLevel { get; init; }
    /// <summary>NHS Agenda for Change band, e.g. "2" or "3-4"; null when not an NHS role.</summary>
    public string? AfcBand { get; init; }
    public int? PayLow { get; init; }
    public int? PayHigh { get; init; }
    /// <summary>Which year the pay figures are for, e.g. "2025/26".</summary>
    public string? PayYear { get; init; }
    public IReadOnlyList<string> HoursPatterns { get; init; } = [];
    public bool DbsCheck { get; init; }
    public bool DrivingLicence { get; init; }
    public IReadOnlyList<string> EmployerTypes { get; init; } = [];
    public IReadOnlyList<string> ProgressionIds { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    public string? ApplyHint { get; init; }
}

/// <summary>A course, as the dialogs show it. All text is plain English.</summary>
public sealed record CourseCard
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>Level as people say it: "Entry 2", "Level 3".</summary>
    public required string Level { get; init; }
    /// <summary>course, apprenticeship, bootcamp, programme, degree...</summary>
    public required string Kind { get; init; }
    public string? Summary { get; init; }
    public string? Length { get; init; }
    public IReadOnlyList<string> Modes { get; init; } = [];
    /// <summary>Cost and funding in plain words.</summary>
    public string? Cost { get; init; }
    public string? EntryRequirements { get; init; }
    /// <summary>The youngest age the course takes ("aged 19+"); null when the catalogue states none.</summary>
    public int? MinAge { get; init; }
    public IReadOnlyList<string> Providers { get; init; } = [];
    /// <summary>The places that run it, in the order of <see cref="Providers"/>: name, town and borough.</summary>
    public IReadOnlyList<CourseProvider> ProviderPlaces { get; init; } = [];
    /// <summary>Run by employers all over the region (apprenticeships, induction), not only at <see cref="Providers"/>.</summary>
    public bool AvailableEverywhere { get; init; }
    /// <summary>The RQF level usually needed to start (0 = none or Entry).</summary>
    public int EntryLevel { get; init; }
    public IReadOnlyList<string> LeadsToRoleIds { get; init; } = [];
    /// <summary>Courses to do after this one.</summary>
    public IReadOnlyList<string> LeadsToCourseIds { get; init; } = [];
}

/// <summary>A college, university or adult education service that runs a course, and where it is.</summary>
/// <param name="Name">Its name, as it writes it.</param>
/// <param name="Type">"FE college", "university", "local authority adult education"...</param>
/// <param name="Town">The catalogue's words on where it is ("West Bromwich"); may be long or missing.</param>
/// <param name="Borough">The borough it is in ("Sandwell").</param>
/// <param name="Latitude">Where it is (WGS84), when the catalogue knows: for the nearest place to a resident.</param>
/// <param name="Longitude">Where it is (WGS84), when the catalogue knows.</param>
public sealed record CourseProvider(string Name, string Type, string? Town, string Borough, double? Latitude = null, double? Longitude = null);
