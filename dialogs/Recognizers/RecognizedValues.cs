using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>A number or a range of numbers ("20", "16 to 20", "about 30", "half" = 0.5).</summary>
public sealed record NumberRange(decimal Min, decimal Max, bool Approximate = false)
{
    public bool IsSingle => Min == Max;
}

/// <summary>Hours a week (a per-day figure is turned into a week using the days given, else 5).</summary>
public sealed record WeeklyHours(int Min, int Max);

/// <summary>Parts of the day a resident can work.</summary>
[Flags]
public enum DayParts { None = 0, Mornings = 1, Afternoons = 2, Evenings = 4, Nights = 8, SchoolHours = 16, AnyTime = 32 }

/// <summary>When a resident can work.</summary>
public sealed record Availability
{
    public IReadOnlySet<DayOfWeek> Days { get; init; } = new HashSet<DayOfWeek>();
    public DayParts Parts { get; init; }
    public WorkPatterns Patterns { get; init; }
    public WeeklyHours? Hours { get; init; }
    /// <summary>"any time", "flexible".</summary>
    public bool Flexible { get; init; }
}

/// <summary>When a resident can start: a date, or "now".</summary>
public sealed record StartDate(DateOnly Date, bool Now = false, bool Approximate = false);

/// <summary>What a resident holds, as read from their words.</summary>
public sealed record QualificationSet
{
    /// <summary>Highest RQF level (0 = none or Entry); null when not clear.</summary>
    public int? Level { get; init; }
    /// <summary>Ids such as "gcse-english", "gcse-maths", "functional-skills-english-l2", "esol-e3",
    /// "care-certificate", "nvq-2", "degree", "driving-licence", "overseas".</summary>
    public IReadOnlyList<string> Certificates { get; init; } = [];
    /// <summary>True for an explicit "none" / "nothing" / "no qualifications".</summary>
    public bool None { get; init; }
    /// <summary>True when a qualification is from another country (point to UK ENIC).</summary>
    public bool Overseas { get; init; }
}

/// <summary>A place and, when said, how far the resident can travel.</summary>
public sealed record PlaceAnswer(string Name, string Borough, string? PostcodeDistrict, double? MaxMiles);

/// <summary>A choice a prompt offers: its label, value and other words that pick it.</summary>
public sealed record ChoiceOption(string Label, string Value, IReadOnlyList<string>? Synonyms = null);
