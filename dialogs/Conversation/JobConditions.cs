using CareerBot.Dialogs.Messages;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// What the catalogue says about one job for a question about its conditions (<see cref="CommonQuestions.IsAboutAJob"/>):
/// bank work in its hours, the training its entry needs say is given at work, its hours, a DBS check or a licence, and
/// what is true of every NHS or council job (the NHS Pension, pay once a month, more pay for nights and weekends).
/// Nothing is said that the catalogue does not hold: the general answer (the "faq." message) follows.
/// </summary>
public static class JobConditions
{
    /// <summary>The lines about <paramref name="role"/> for the question <paramref name="key"/>, each to follow the job's title; none when the catalogue says nothing.</summary>
    public static IReadOnlyList<string> For(RoleCard role, string key, SuggestionCards cards)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(cards);
        var messages = cards.Messages;
        var nhs = role.EmployerTypes.Contains("NHS trust") || role.AfcBand is { Length: > 0 };
        var council = role.EmployerTypes.Contains("local authority");
        var bank = role.HoursPatterns.Any(p => p.Trim().Equals("bank", StringComparison.OrdinalIgnoreCase));
        var lines = new List<string>();
        switch (key)
        {
            case "faq.contract":
                if (bank) lines.Add(messages.Get("job.bank"));
                break;
            case "faq.training":
                if (role.Title.Contains("apprentice", StringComparison.OrdinalIgnoreCase)) lines.Add(messages.Get("job.training.apprentice"));
                else if (TrainingAtWork(role) is { } training) lines.Add(messages.Format("job.training", ("training", training)));
                break;
            case "faq.shifts":
                lines.Add(cards.Hours(role) ?? messages.Get("about.hours.unknown"));
                break;
            case "faq.overtime":
                if (bank) lines.Add(messages.Get("job.bank.extra"));
                if (nhs && role.HoursPatterns.Any(p => p.Contains("night", StringComparison.OrdinalIgnoreCase) || p.Contains("weekend", StringComparison.OrdinalIgnoreCase)))
                    lines.Add(messages.Get("job.nhs.unsocial"));
                break;
            case "faq.pension":
                if (nhs) lines.Add(messages.Get("job.pension.nhs"));
                else if (council) lines.Add(messages.Get("job.pension.council"));
                break;
            case "faq.pay_day":
                if (nhs) lines.Add(messages.Get("job.pay_day.nhs"));
                break;
            case "faq.dbs":
                if (role.DbsCheck) lines.Add(messages.Get("details.dbs"));
                break;
            case "faq.driving":
                if (role.DrivingLicence) lines.Add(messages.Get("details.licence"));
                break;
        }
        return lines;
    }

    /// <summary>The part of the entry needs that says training is given at work ("training on the job to lift and move safely").</summary>
    private static string? TrainingAtWork(RoleCard role)
    {
        if (role.EntryRequirements is not { Length: > 0 } needs) return null;
        foreach (var part in needs.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = part.ToLowerInvariant();
            var training = p.Contains("train", StringComparison.Ordinal) || p.Contains("certificate", StringComparison.Ordinal) || p.Contains("learn", StringComparison.Ordinal);
            var atWork = p.Contains("on the job", StringComparison.Ordinal) || p.Contains("given", StringComparison.Ordinal) || p.Contains("at work", StringComparison.Ordinal)
                || p.StartsWith("you get", StringComparison.Ordinal) || p.Contains("while you learn", StringComparison.Ordinal);
            if (training && atWork) return part.TrimEnd('.');
        }
        return null;
    }
}
