using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Questions over the jobs on screen, answered from them: which one pays more ("which pays the most", "which is best
/// paid"), which have some hours ("which ones are part time", "are any of them evenings"), and a job on screen named
/// by a word of it ("the kitchen one", "the theatre one"). A question that names no job is not a search for other work.
/// </summary>
public sealed partial class ShownJobs(ICatalogueSearch search, SuggestionCards cards)
{
    /// <summary>The hours a question may ask for, as the catalogue writes them, by the resident's words.</summary>
    private static readonly (string Pattern, Regex Words)[] HoursAsked =
    [
        ("part-time", PartTime()),
        ("full-time", FullTime()),
        ("evenings", Evenings()),
        ("nights", Nights()),
        ("weekends", Weekends()),
        ("school hours", SchoolHours()),
    ];

    /// <summary>
    /// The one result on screen that "the kitchen one" names: every word is in its title or other names. Null when the
    /// words are not of that form, or name none or several of those on screen.
    /// </summary>
    public async Task<ShownResult?> NamedOnScreenAsync(string normalised, IReadOnlyList<ShownResult> shown, CancellationToken cancellationToken)
    {
        if (OneNamed().Match(normalised) is not { Success: true } m) return null;
        var words = m.Groups["x"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Small.Contains(w)).ToList();
        if (words.Count == 0) return null;
        var found = new List<ShownResult>();
        foreach (var s in shown)
        {
            IEnumerable<string> names = s.Kind == "role" && await search.GetRoleAsync(s.Id, cancellationToken) is { } role
                ? role.OtherNames.Prepend(role.Title)
                : s.Kind == "course" && await search.GetCourseAsync(s.Id, cancellationToken) is { } course ? [course.Title] : [s.Title];
            var known = names.SelectMany(n => PromptWords.Normalise(n).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            if (words.All(w => known.Any(k => JobNames.Alike(w, k)))) found.Add(s);
        }
        if (found.Count > 0) return found.Count == 1 ? found[0] : null;
        // "the nights one", "the part time one": the one job on screen with those hours.
        var hours = HoursAsked.Where(h => h.Words.IsMatch(m.Groups["x"].Value)).Select(h => h.Pattern).ToList();
        if (hours.Count == 0) return null;
        foreach (var s in shown)
            if (s.Kind == "role" && await search.GetRoleAsync(s.Id, cancellationToken) is { } role
                && HasHours(role, hours))
                found.Add(s);
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The job has every one of <paramref name="hours"/> (as the catalogue writes them: "part-time", "nights").</summary>
    private static bool HasHours(RoleCard role, IReadOnlyList<string> hours) =>
        hours.All(h => role.HoursPatterns.Any(p => string.Equals(p.Trim(), h, StringComparison.OrdinalIgnoreCase)));

    /// <summary>"the kitchen one", "the evenings one": the words point at one result on screen, not at new answers.</summary>
    public static bool PointsAtOne(string normalised) => OneNamed().IsMatch(normalised);

    /// <summary>
    /// "which one pays more", "which ones are part time": the jobs on screen compared by pay, or those with the hours
    /// asked. True when answered.
    /// </summary>
    public async Task<bool> CompareAsync(DialogContext dc, string normalised, FollowUp said, IReadOnlyList<ShownResult> shown, CancellationToken cancellationToken)
    {
        if (said.Pick is not null || !AsksWhich().IsMatch(normalised)) return false;
        var roles = new List<(int Number, RoleCard Role)>();
        for (var i = 0; i < shown.Count; i++)
            if (shown[i].Kind == "role" && await search.GetRoleAsync(shown[i].Id, cancellationToken) is { } role) roles.Add((i + 1, role));
        // "which one is free", "which costs less" with courses on screen and no job: what each course costs.
        if (roles.Count == 0 || (said.Topic != JobTopic.Pay && said.CourseTopic == JobTopic.Cost))
            return said.CourseTopic == JobTopic.Cost && await SayCostAsync(dc, shown, cancellationToken);
        var hours = HoursAsked.Where(h => h.Words.IsMatch(normalised)).Select(h => h.Pattern).ToList();
        if (said.Topic == JobTopic.Pay || PaysMore().IsMatch(normalised))
        {
            SayPay(dc, roles);
            return true;
        }
        if (hours.Count == 0) return false;
        SayHours(dc, roles, hours);
        return true;
    }

    private void SayPay(DialogContext dc, List<(int Number, RoleCard Role)> roles)
    {
        dc.Signal("followup", "compare pay");
        var known = roles.Where(r => r.Role.PayLow is not null).ToList();
        if (known.Count > 1 && known.All(r => r.Role.PayLow == known[0].Role.PayLow && r.Role.PayHigh == known[0].Role.PayHigh && r.Role.AfcBand == known[0].Role.AfcBand)
            && known.Count == roles.Count)
        {
            dc.Say("results.compare.pay.same", new Dictionary<string, string>(StringComparer.Ordinal) { ["line"] = cards.Pay(known[0].Role) });
            return;
        }
        var ordered = roles.OrderByDescending(r => r.Role.PayHigh ?? r.Role.PayLow ?? -1).ThenByDescending(r => r.Role.PayLow ?? -1).ThenBy(r => r.Number);
        var lines = ordered.Select(r => cards.Messages.Format("results.compare.line", ("number", Number(r.Number)), ("title", r.Role.Title), ("line", cards.Pay(r.Role))));
        dc.Send(new Reply { Text = cards.Messages.Get("results.compare.pay") + "\n" + string.Join("\n", lines) });
    }

    private async Task<bool> SayCostAsync(DialogContext dc, IReadOnlyList<ShownResult> shown, CancellationToken cancellationToken)
    {
        var costs = new List<(int Number, string Title, string Cost)>();
        for (var i = 0; i < shown.Count; i++)
            if (shown[i].Kind == "course" && await search.GetCourseAsync(shown[i].Id, cancellationToken) is { } course)
                costs.Add((i + 1, course.Title, course.Cost is { Length: > 0 } cost ? cost : cards.Messages.Get("results.compare.cost.unknown")));
        if (costs.Count == 0) return false;
        dc.Signal("followup", "compare cost");
        if (costs.Count > 1 && costs.All(c => c.Cost == costs[0].Cost))
        {
            dc.Say("results.compare.cost.same", new Dictionary<string, string>(StringComparer.Ordinal) { ["line"] = costs[0].Cost });
            return true;
        }
        var lines = costs.Select(c => cards.Messages.Format("results.compare.line", ("number", Number(c.Number)), ("title", c.Title), ("line", c.Cost)));
        dc.Send(new Reply { Text = cards.Messages.Get("results.compare.cost") + "\n" + string.Join("\n", lines) });
        return true;
    }

    private void SayHours(DialogContext dc, List<(int Number, RoleCard Role)> roles, List<string> hours)
    {
        dc.Signal("followup", "compare hours");
        var said = string.Join(" and ", hours);
        var fit = roles.Where(r => HasHours(r.Role, hours)).ToList();
        if (fit.Count == 0)
        {
            dc.Say("results.compare.hours.none", new Dictionary<string, string>(StringComparer.Ordinal) { ["hours"] = said });
            return;
        }
        var lines = fit.Select(r => cards.Messages.Format("results.compare.line", ("number", Number(r.Number)), ("title", r.Role.Title),
            ("line", cards.Hours(r.Role) ?? "")));
        dc.Send(new Reply { Text = cards.Messages.Format("results.compare.hours", ("hours", said)) + "\n" + string.Join("\n", lines) });
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static readonly HashSet<string> Small = new(StringComparer.Ordinal) { "the", "a", "an", "job", "jobs", "that", "this", "in", "at", "with", "for", "of" };

    /// <summary>"which one ...", "which ones are ...", "which is ...", "what job pays ...", "are any of them ...", "any of them part time".</summary>
    [GeneratedRegex(@"^(?:(?:ok|okay|so|and|but|then|hmm|please|pls|sorry) )*(?:(?:which|wich|whitch|witch)(?: one| ones| job| jobs| of them| of these| of those| of the jobs)?(?: is| are| r| has| have| does| do| pays?| gives?| offers?| would| will| can| got)\b|(?:what|wat) (?:one|ones|job|jobs|of them|of these|of those)(?: is| are| r| has| have| does| do| pays?| gives?| offers?| would| will| can| got)\b|(?:which|wich|whitch|witch) (?:one|ones|job|jobs|of them|of these|of those)\b|(?:are|is|do|does) (?:any|some|one|none)(?: of)?(?: them| these| those| the jobs)?\b|any of (?:them|these|those)\b)")]
    private static partial Regex AsksWhich();

    [GeneratedRegex(@"\b(?:pays?|paid|paying|money|salary|wages?|earn|earns|earning)\b")]
    private static partial Regex PaysMore();

    /// <summary>"the kitchen one", "kitchen one", "the one in the kitchen". Not "the nurse job": a job's name, looked for in the catalogue.</summary>
    [GeneratedRegex(@"^(?:(?:ok|okay|so|and|what about|tell me about|tell me more about|more about|i like|i want|show me|please) )*(?:the|that|this)? ?(?:(?<x>[a-z]+(?: [a-z]+)?) one|one (?:in|at|with|for) (?:the |a )?(?<x>[a-z]+(?: [a-z]+)?))(?: please| pls)?$")]
    private static partial Regex OneNamed();

    [GeneratedRegex(@"\bpart ?time\b|\bparttime\b")]
    private static partial Regex PartTime();

    [GeneratedRegex(@"\bfull ?time\b|\bfulltime\b")]
    private static partial Regex FullTime();

    [GeneratedRegex(@"\bevenings?\b|\bevenin\b|\beve\b")]
    private static partial Regex Evenings();

    [GeneratedRegex(@"\bnights?\b|\bnight shifts?\b")]
    private static partial Regex Nights();

    [GeneratedRegex(@"\bweekends?\b|\bsaturdays?\b|\bsundays?\b")]
    private static partial Regex Weekends();

    [GeneratedRegex(@"\bschool hours\b|\bschool times\b")]
    private static partial Regex SchoolHours();
}
