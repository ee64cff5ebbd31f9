using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// A job the resident named that takes years of study or a register to start ("i want to be a midwife"): before
/// the results, the bot says plainly what it needs, from the job's own entry needs, and that the other results are
/// first steps there. Only for a job on the first page that the typed words name (one of its names is in them, or
/// they are the end of one: "radiographer" of "Diagnostic radiographer"),
/// that the resident cannot start yet, and that needs Level 4 or more, or a register.
/// </summary>
internal static class StudyFirst
{
    /// <summary>The level from which a job takes years of study (a foundation degree, a degree).</summary>
    private const int StudyLevel = 4;

    /// <summary>The lines to say before the results, or none.</summary>
    public static IReadOnlyList<string> Lines(SearchResults results, string? typed, MessageCatalogue messages)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(messages);
        var said = " " + PromptWords.Normalise(typed) + " ";
        if (said.Trim().Length == 0) return [];
        foreach (var s in results.Items)
        {
            if (s is not { Kind: ResultKind.Role, CanStartNow: false, Role: { } role } || role.EntryRequirements is not { Length: > 0 } needs) continue;
            if (role.MinQualificationLevel < StudyLevel && !needs.Contains("regist", StringComparison.OrdinalIgnoreCase)) continue;
            if (!Names(role).Any(n => n.Length > 0 && (said.Contains(" " + n + " ", StringComparison.Ordinal) || (" " + n + " ").EndsWith(said, StringComparison.Ordinal)))) continue;
            var lines = new List<string> { messages.Format("results.needs_first", new Dictionary<string, string> { ["job"] = JobNames.WithArticle(ShortTitle(role.Title)), ["needs"] = Needs(needs) }) };
            if (results.Items.Any(o => o.Id != role.Id)) lines.Add(messages.Get("results.first_steps"));
            return lines;
        }
        return [];
    }

    /// <summary>The job's names, normalised: its title, the parts of its title ("Cook / chef (hospital)"), its other names.</summary>
    private static IEnumerable<string> Names(RoleCard role) =>
        new[] { role.Title }.Concat(role.Title.Split(['/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries)).Concat(role.OtherNames)
            .Select(n => PromptWords.Normalise(n));

    /// <summary>"Registered nurse (adult)" is "registered nurse"; a name in capitals stays so.</summary>
    private static string ShortTitle(string title)
    {
        var cut = title.IndexOfAny(['(', '/']);
        var name = (cut > 0 ? title[..cut] : title).Trim();
        return name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }

    /// <summary>The first three parts of the entry needs, the first after "you need", each a sentence.</summary>
    private static string Needs(string needs)
    {
        var parts = needs.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(3).ToList();
        static string End(string p) => p.EndsWith('.') ? p : p + ".";
        static string Cap(string p) => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..];
        return string.Join(' ', parts.Select((p, i) => i == 0 ? End(p) : End(Cap(p))));
    }
}
