using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Reads a wish about pay: a sum with what it is for ("£15 an hour", "12 pound per hour", "at least 25k", "£2,000 a
/// month", "30000 a year") or no sum ("good money", "well paid", "decent pay"). A sum needs a sign of money ("£",
/// "pound", "k", "salary", "pays") or a time it is paid for ("an hour"): "16 hours a week" is hours, not pay.
/// </summary>
public static partial class PayReader
{
    /// <summary>Hours a year of full-time NHS work: 37.5 hours a week over 365 / 7 weeks.</summary>
    public const double HoursAYear = 37.5 * 365 / 7;

    /// <summary>The pay wish in <paramref name="text"/>, and where it stands (to take it out); null when none is said.</summary>
    public static (PayWish Wish, int Start, int Length)? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match m in Sum().Matches(text))
        {
            if (Read(m) is { } wish) return (wish, m.Index, m.Length);
        }
        var vague = Vague().Match(text);
        return vague.Success ? (new PayWish(null, "good pay"), vague.Index, vague.Length) : null;
    }

    private static PayWish? Read(Match m)
    {
        if (!decimal.TryParse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            || number <= 0) return null;
        var money = m.Groups["cur"].Success || m.Groups["word"].Success || m.Groups["pre"].Success;
        if (m.Groups["k"].Success) number *= 1000;
        var unit = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "" => m.Groups["ph"].Success ? "hour" : m.Groups["pa"].Success ? "year" : "",
            var u when u.StartsWith('h') => "hour",
            var u when u.StartsWith('y') || u.StartsWith("ann", StringComparison.Ordinal) => "year",
            var u when u.StartsWith('m') => "month",
            _ => "week",
        };
        if (unit.Length == 0)
        {
            // A sum with no time: by its size, when it is money at all ("£12" an hour, "25k" or "£25,000" a year).
            if (!money) return null;
            unit = number <= 100 ? "hour" : number >= 8_000 ? "year" : "";
            if (unit.Length == 0) return null;
        }
        var yearly = unit switch
        {
            "hour" => (double)number * HoursAYear,
            "week" => (double)number * 365 / 7,
            "month" => (double)number * 12,
            _ => (double)number,
        };
        // A sum no one is paid for work here: not pay ("£1 an hour", "£900,000 a year").
        if (yearly is < 5_000 or > 200_000) return null;
        var figure = number == decimal.Truncate(number)
            ? number.ToString("#,0", CultureInfo.InvariantCulture)
            : number.ToString("#,0.00", CultureInfo.InvariantCulture);
        var said = unit switch
        {
            "hour" => $"£{figure} an hour",
            "week" => $"£{figure} a week",
            "month" => $"£{figure} a month",
            _ => $"£{figure} a year",
        };
        return new PayWish((int)Math.Round(yearly), said);
    }

    /// <summary>
    /// A sum of pay, with the words around it that belong to it: "that pays at least", "£", "k", "pounds", "an hour",
    /// "or more".
    /// </summary>
    [GeneratedRegex(
        @"(?:(?<pre>\b(?:that\s+)?(?:pays?|paying|paid|earn|earns|earning|salary|wage|wages)\b)\s*(?:of\s+)?)?"
        + @"(?:\b(?:at\s*least|min(?:imum)?|over|above|more\s+than|upwards\s+of|no\s+less\s+than|around|about|roughly)\s+)?"
        + @"(?<cur>£\s*)?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d{1,2})?)\s*(?<k>k\b)?\s*(?<word>pounds?\b|quid\b|gbp\b)?"
        + @"\s*(?:(?:an?|per|each|every|/)\s*(?<unit>hours?|hrs?|h|years?|yrs?|annum|annual|months?|weeks?|wk)\b|(?<ph>p/?h|ph)\b|(?<pa>p\.?a\.?)(?=\s|$|[.,!?]))?"
        + @"(?:\s+(?:or\s+(?:more|over|above|higher)|plus)\b|\s*\+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sum();

    /// <summary>A wish for good pay with no sum: "good money", "well paid", "decent wage", "pays well", "best paid".</summary>
    [GeneratedRegex(
        @"\b(?:(?:good|decent|great|high|higher|better|best|top|more|big|nice|proper|reasonable)\s+(?:money|pay|salary|salaries|wages?|paid|paying|income)"
        + @"|well\s*-?\s*paid|pays?\s+(?:well|good|decent|better)|paid\s+well|highest\s+(?:paid|paying|pay))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();
}
