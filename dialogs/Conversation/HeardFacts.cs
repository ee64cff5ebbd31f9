using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// What one answer told about the main questions other than the one asked ("part time near Dudley" to "What kind
/// of work do you like?"). Each member is null when that fact was not said clearly enough to use.
/// </summary>
public sealed record HeardFacts
{
    public PlaceAnswer? Place { get; init; }
    /// <summary>From a distance with a unit ("within 5 miles") or a way of travelling ("by bus").</summary>
    public double? MaxMiles { get; init; }
    public WeeklyHours? Hours { get; init; }
    public WorkTimes? Times { get; init; }
    public StartDate? Start { get; init; }
    public QualificationSet? Qualifications { get; init; }
    /// <summary>The answer without the words of these facts or of the asked question's own answer.</summary>
    public string Rest { get; init; } = "";

    public bool Any => Place is not null || MaxMiles is not null || Hours is not null || Times is not null || Start is not null
        || Qualifications is not null;

    /// <summary>The main questions these facts answer, in the order they are asked.</summary>
    public IEnumerable<string> Questions()
    {
        if (Qualifications is not null) yield return "qualifications";
        if (Hours is not null) yield return "hours";
        if (Times is not null) yield return "times";
        if (Start is not null) yield return "start";
        if (Place is not null) yield return "place";
        if (MaxMiles is not null) yield return "miles";
    }
}
