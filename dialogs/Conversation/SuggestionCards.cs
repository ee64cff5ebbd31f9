using System.Globalization;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>Cards for suggestions, details and courses, in plain words from the catalogue.</summary>
public sealed class SuggestionCards(MessageCatalogue messages)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    private static readonly Dictionary<string, string> PlainPatterns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["full-time"] = "full-time", ["part-time"] = "part-time", ["days"] = "days", ["nights"] = "nights",
        ["weekends"] = "weekends", ["evenings"] = "evenings", ["shifts"] = "shifts", ["school hours"] = "school hours",
    };

    private string F(string key, params (string Name, string Value)[] args) =>
        messages.Format(key, args.ToDictionary(a => a.Name, a => a.Value));

    public ReplyCard ForSuggestion(Suggestion s, int number)
    {
        var lines = new List<string>();
        var buttons = new List<Choice> { new(messages.Get("button.card.details"), $"details {number}") };
        if (s.Role is { } role)
        {
            lines.Add(F("card.what", ("summary", role.Summary)));
            if (Why(s) is { } why) lines.Add(F("card.why", ("why", why)));
            lines.Add(Pay(role));
            if (Hours(role) is { } hours) lines.Add(hours);
            lines.Add(!s.CanStartNow && s.Pathway is { } path
                ? F("card.next.course", ("course", path.Title))
                : messages.Get("card.next.apply"));
            buttons.Add(new Choice(messages.Get("button.card.courses"), $"courses {number}"));
        }
        else if (s.Course is { } course)
        {
            lines.AddRange(CourseLines(course));
            if (Why(s) is { } why) lines.Insert(1, F("card.why", ("why", why)));
        }
        return new ReplyCard { Title = s.Title, Lines = lines, Buttons = buttons };
    }

    public ReplyCard ForCourse(CourseCard course) => new() { Title = course.Title, Lines = CourseLines(course) };

    private List<string> CourseLines(CourseCard course)
    {
        var lines = new List<string>();
        if (course.Summary is { Length: > 0 } summary) lines.Add(F("card.course.what", ("summary", summary)));
        lines.Add(F("card.course.level", ("level", course.Level)));
        if (course.Length is { Length: > 0 } length) lines.Add(F("card.course.length", ("length", length.TrimEnd('.'))));
        if (course.Cost is { Length: > 0 } cost) lines.Add(F("card.course.cost", ("cost", cost)));
        if (course.Providers.Count > 0) lines.Add(F("card.course.where", ("providers", string.Join(", ", course.Providers.Take(2)))));
        lines.Add(messages.Get("card.course.next"));
        return lines;
    }

    public string Pay(RoleCard role)
    {
        if (role.PayLow is not { } low) return messages.Get("card.pay.unknown");
        var lowText = low.ToString("N0", Uk);
        if (role.AfcBand is { Length: > 0 } band) return F("card.pay.band", ("band", band), ("low", lowText));
        return role.PayHigh is { } high && high > low
            ? F("card.pay.range", ("low", lowText), ("high", high.ToString("N0", Uk)))
            : F("card.pay", ("low", lowText));
    }

    public string? Hours(RoleCard role)
    {
        var plain = role.HoursPatterns.Select(p => PlainPatterns.GetValueOrDefault(p.Trim())).OfType<string>().Distinct().Take(4).ToList();
        return plain.Count == 0 ? null : F("card.hours", ("hours", string.Join(", ", plain)));
    }

    /// <summary>Up to two plain reasons from the index's explanation.</summary>
    public string? Why(Suggestion s)
    {
        var reasons = new List<string>();
        var words = s.Why.Where(w => w.Kind is MatchKind.Interest or MatchKind.Synonym or MatchKind.SpellingFix)
            .Select(w => w.Answer.Trim()).Where(a => a.Length is > 0 and <= 30).Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToList();
        if (words.Count > 0) reasons.Add(Cap(F("card.why.words", ("words", string.Join(", ", words)))));
        foreach (var w in s.Why)
        {
            if (reasons.Count >= 2) break;
            var reason = w.Kind switch
            {
                MatchKind.Qualification when w.Field == "progression" => F("card.why.first_step", ("goal", w.Answer)),
                MatchKind.Qualification => messages.Get("card.why.level"),
                MatchKind.Hours => messages.Get("card.why.hours"),
                MatchKind.Travel => messages.Get("card.why.place"),
                _ => null,
            };
            if (reason is not null && !reasons.Contains(Cap(reason))) reasons.Add(Cap(reason));
        }
        return reasons.Count == 0 ? null : string.Join(" ", reasons);
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
