using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// The work a ticket is for, in the words residents use for it: a resident who answers "What kind of work do you
/// like?" with only a ticket ("i got my forklift licence") wants that work. Tickets that suit any job (first aid, a
/// DBS check, safeguarding, manual handling) name no work.
/// </summary>
public static class TicketWork
{
    private static readonly Dictionary<string, string> Work = new(StringComparer.Ordinal)
    {
        ["forklift-licence"] = "forklift",
        ["driving-licence"] = "driving",
        ["sia-licence"] = "security",
        ["cscs-card"] = "building maintenance",
        ["food-hygiene"] = "kitchen",
        ["care-certificate"] = "care work",
    };

    /// <summary>The words for the work of the first ticket held in <paramref name="set"/> that is for one kind of work; null when none is.</summary>
    public static string? For(QualificationSet? set)
    {
        if (set is null) return null;
        foreach (var id in set.Certificates)
            if (Work.TryGetValue(id, out var words)) return words;
        return null;
    }
}
