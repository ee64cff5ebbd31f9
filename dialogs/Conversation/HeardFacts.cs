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
    /// <summary>Bank work said with no hours ("bank porter work"): the hours answer is bank shifts.</summary>
    public bool Bank { get; init; }
    public WorkTimes? Times { get; init; }
    /// <summary>The times were said as more than those held ("fridays too", "also evenings"): they add to them.</summary>
    public bool TimesAdded { get; init; }
    public StartDate? Start { get; init; }
    public QualificationSet? Qualifications { get; init; }
    /// <summary>The resident's age, said as an age ("im 17", "aged 52").</summary>
    public int? Age { get; init; }
    /// <summary>
    /// Work wished for at another question ("me want clean job" to "What qualifications do you have?"): one kind of
    /// work, said as a wish.
    /// </summary>
    public WorkWish? Work { get; init; }
    /// <summary>
    /// Where the resident lives was said with no town to search from ("i live near the city centre", "round here"):
    /// no fact to keep, but the words are no wish for work either.
    /// </summary>
    public bool VagueHome { get; init; }
    /// <summary>
    /// An employer, hospital or college named ("the Dudley Group", "New Cross", "Walsall College", "Asda"): where the work
    /// or course is, never the home. Not a fact of a main question: it is said back, and a college's courses come first.
    /// </summary>
    public NamedEmployer? Employer { get; init; }
    /// <summary>The pay asked for ("£15 an hour", "well paid"): said back, and jobs that pay it come first.</summary>
    public PayWish? Pay { get; init; }
    /// <summary>The answer without the words of these facts or of the asked question's own answer.</summary>
    public string Rest { get; init; } = "";

    public bool Any => Place is not null || MaxMiles is not null || Hours is not null || Bank || Times is not null || Start is not null
        || Qualifications is not null || Age is not null || Work is not null || Pay is not null;

    /// <summary>Tickets held (see <see cref="Recognizers.Text.TicketReader"/>), or a driving licence said missing.</summary>
    public static bool HasTickets(QualificationSet set) =>
        set.NoDrivingLicence || set.Certificates.Any(c => Recognizers.Text.TicketReader.Ids.Contains(c));

    /// <summary>The main questions these facts answer, in the order they are asked.</summary>
    public IEnumerable<string> Questions()
    {
        if (Work is not null) yield return "interest";
        // Tickets alone say no level: the qualifications question is still asked.
        if (Qualifications is { Level: not null } or { None: true }) yield return "qualifications";
        if (Hours is not null || Bank) yield return "hours";
        if (Times is not null) yield return "times";
        if (Start is not null) yield return "start";
        if (Place is not null) yield return "place";
        if (MaxMiles is not null) yield return "miles";
    }
}
