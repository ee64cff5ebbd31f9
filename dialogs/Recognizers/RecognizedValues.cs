using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// A number or a range of numbers ("20", "16 to 20", "about 30", "half" = 0.5). An open end ("at least 16",
/// "30+") keeps its one number in both <see cref="Min"/> and <see cref="Max"/> and sets <see cref="OpenAbove"/>;
/// "up to 20" is 0 to 20 with <see cref="OpenBelow"/>.
/// </summary>
public sealed record NumberRange(decimal Min, decimal Max, bool Approximate = false)
{
    /// <summary>"at least 16", "30+", "over 20": no upper limit was said.</summary>
    public bool OpenAbove { get; init; }
    /// <summary>"up to 20", "no more than 20", "under 16": no lower limit was said.</summary>
    public bool OpenBelow { get; init; }
    /// <summary>Said as an ordinal ("2nd", "the second").</summary>
    public bool Ordinal { get; init; }

    public bool IsSingle => Min == Max && !OpenAbove && !OpenBelow;
}

/// <summary>Hours a week (a per-day figure is turned into a week using the days given, else 5).</summary>
public sealed record WeeklyHours(int Min, int Max)
{
    /// <summary>The usual figure when one was meant ("full time" is about 37.5); null when the range says it all.</summary>
    public decimal? Estimate { get; init; }
    /// <summary>Full-time, part-time or school hours, when said that way.</summary>
    public WorkPatterns Pattern { get; init; }
    /// <summary>Days a week used to turn a per-day figure into a week.</summary>
    public int? DaysPerWeek { get; init; }
    /// <summary>"2 or 3 days a week": the fewer days, with <see cref="DaysPerWeek"/> the more.</summary>
    public int? DaysPerWeekLow { get; init; }
    /// <summary>True when a per-day figure was multiplied by 5 because no days were said.</summary>
    public bool DaysAssumed { get; init; }
    /// <summary>The hours of each day, when the week was worked out from days and the times of a day ("mon to fri 9-5": 8).</summary>
    public decimal? DayHours { get; init; }
}

/// <summary>Parts of the day a resident can work.</summary>
/// <remarks><see cref="TermTime"/>: only in the weeks of the school term ("term time only"): weeks of the year, no
/// hours and no time of day.</remarks>
[Flags]
public enum DayParts { None = 0, Mornings = 1, Afternoons = 2, Evenings = 4, Nights = 8, SchoolHours = 16, AnyTime = 32, TermTime = 64 }

/// <summary>When a resident can work.</summary>
public sealed record Availability
{
    public IReadOnlySet<DayOfWeek> Days { get; init; } = new HashSet<DayOfWeek>();
    public DayParts Parts { get; init; }
    public WorkPatterns Patterns { get; init; }
    public WeeklyHours? Hours { get; init; }
    /// <summary>"any time", "flexible".</summary>
    public bool Flexible { get; init; }
    /// <summary>Parts of the day ruled out ("no nights", "anything but mornings").</summary>
    public DayParts NotParts { get; init; }
    /// <summary>"3 days a week", "2 days": how many days, when said.</summary>
    public int? DaysPerWeek { get; init; }
    /// <summary>"2 or 3 days a week": the fewer days.</summary>
    public int? DaysPerWeekLow { get; init; }
}

/// <summary>
/// When a resident can start: a date, or "now". <see cref="Date"/> is null when they gave a reason instead
/// of a date ("after my course ends"); <see cref="Reason"/> then holds their words.
/// </summary>
public sealed record StartDate(DateOnly? Date, bool Now = false, bool Approximate = false)
{
    /// <summary>What the start waits for, in the resident's words ("my course ends").</summary>
    public string? Reason { get; init; }
}

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
    /// <summary>The country named, when one was ("Nigeria").</summary>
    public string? Country { get; init; }
    /// <summary>Level of English shown by a GCSE, Functional Skills or ESOL (0 = Entry); null when not said.</summary>
    public int? EnglishLevel { get; init; }
    /// <summary>Level of maths shown by a GCSE or Functional Skills (0 = Entry); null when not said.</summary>
    public int? MathsLevel { get; init; }
    /// <summary>
    /// The English course level held, as a step on the course ladder (pre-entry 0, Entry 1 to 3, Level 1 is 4, Level 2
    /// is 5), when a level was said for English ("entry 3 english", or "entry 2" by a resident who wants an English
    /// course); null when not said. Entry levels are no RQF level above 0, so <see cref="Level"/> cannot tell them apart.
    /// </summary>
    public int? EnglishStep { get; init; }
    /// <summary>The maths course level held, on the same ladder as <see cref="EnglishStep"/>; null when not said.</summary>
    public int? MathsStep { get; init; }
    /// <summary>True when the resident said they have no driving licence ("no licence", "I can't drive").</summary>
    public bool NoDrivingLicence { get; init; }
    /// <summary>Ids of what the resident wants or is still doing ("im doing nvq 2": "nvq-2"), not held and not counted.</summary>
    public IReadOnlyList<string> NotYet { get; init; } = [];
    /// <summary>True when what is not held was held once and has run out ("my first aid ran out", "expired dbs").</summary>
    public bool Expired { get; init; }

    /// <summary>True when nothing is held or said missing: only what is wanted or still being done.</summary>
    public bool OnlyNotYet() => NotYet.Count > 0 && Level is null && Certificates.Count == 0 && !None && !Overseas && !NoDrivingLicence;
}

/// <summary>
/// A place and, when said, how far the resident can travel. <see cref="Name"/> is empty when only a distance
/// ("I can't travel far") or "anywhere" was said.
/// </summary>
public sealed record PlaceAnswer(string Name, string Borough, string? PostcodeDistrict, double? MaxMiles)
{
    /// <summary>"anywhere", "any distance": no limit on place or distance.</summary>
    public bool Anywhere { get; init; }
    /// <summary><see cref="MaxMiles"/> comes from how the resident travels ("by bus"), not a distance they said.</summary>
    public bool TravelMode { get; init; }
    /// <summary>The way of travelling <see cref="MaxMiles"/> stands for ("bus", "walk", "bike", "train", "car"), when said.</summary>
    public string? Mode { get; init; }
}

/// <summary>A choice a prompt offers: its label, value and other words that pick it.</summary>
public sealed record ChoiceOption(string Label, string Value, IReadOnlyList<string>? Synonyms = null);
