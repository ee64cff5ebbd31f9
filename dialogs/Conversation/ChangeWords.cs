namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// The words residents use for each answer they can change: the buttons of "Which answer do you want to change?"
/// and the thing named in "change my distance" or "can I edit the start date" (<see cref="Interruptions"/>).
/// The distance goes with the place (they are asked together), the start date with the hours.
/// </summary>
public static class ChangeWords
{
    public static readonly string[] Interest =
        ["work", "job", "kind of work", "interest", "interests", "type of work", "kind of job", "type of job", "job type", "work type"];

    public static readonly string[] Qualifications =
        ["qualifications", "qualification", "quals", "exams", "certificates", "grades", "gcse", "gcses", "level"];

    public static readonly string[] Hours =
        ["hours", "times", "when", "time", "days", "shifts", "start", "start date", "availability", "hours a week", "when i can work", "when i can start"];

    public static readonly string[] Place =
        ["place", "where", "town", "location", "postcode", "post code", "distance", "miles", "how far", "travel", "where i live", "address", "area"];
}
