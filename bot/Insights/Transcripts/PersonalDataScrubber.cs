using System.Text.RegularExpressions;

namespace CareerBot.Bot.Insights.Transcripts;

/// <summary>
/// Removes personal data from free text before it is stored for advisers: email addresses, NI numbers,
/// dates (of birth), full UK postcodes (the district is kept, e.g. "DY1 2HQ" becomes "DY1"),
/// phone numbers and names a resident gives ("my name is ...") or that the channel told us.
/// It errs on the side of removing too much.
/// </summary>
internal static partial class PersonalDataScrubber
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string NiNumber = "[NI number]";
    public const string Date = "[date]";
    public const string Name = "[name]";

    // A guard against runaway backtracking on pathological input, not a speed target: ordinary text takes well
    // under a millisecond a pattern, and 10,000 odd characters about 10 ms for all of them. The clock is wall time,
    // so the budget must outlast the pauses of a busy host (and the first calls, which also compile the matchers):
    // at 200 ms, a loaded 2-core machine turned an ordinary "dob 1990-03-12" into "[removed]".
    private const int TimeoutMs = 2_000;

    /// <param name="text">Free text, possibly null.</param>
    /// <param name="knownNames">Names of residents in this conversation, each with its pseudonym.</param>
    public static string? Scrub(string? text, IEnumerable<KnownName>? knownNames = null)
    {
        if (string.IsNullOrEmpty(text))
            return text;

        try
        {
            string result = EmailPattern().Replace(text, Email);
            result = NiNumberPattern().Replace(result, NiNumber);
            result = NumericDatePattern().Replace(result, Date);
            result = IsoDatePattern().Replace(result, Date);
            result = DayMonthYearPattern().Replace(result, Date);
            result = MonthDayYearPattern().Replace(result, Date);
            result = BirthYearPattern().Replace(result, m => m.Groups["lead"].Value + Date);
            result = PostcodePattern().Replace(result, m => m.Groups["district"].Value.ToUpperInvariant());
            result = PhonePattern().Replace(result, Phone);
            result = GivenNamePattern().Replace(result, m => m.Groups["lead"].Value + Name);
            result = CallMePattern().Replace(result, m => m.Groups["lead"].Value + Name);
            if (knownNames is not null)
            {
                foreach (KnownName name in knownNames)
                    result = ReplaceWholeWord(result, name);
            }
            return result;
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: keep nothing rather than risk keeping personal data.
            return "[removed]";
        }
    }

    private static string ReplaceWholeWord(string text, KnownName name)
    {
        string word = name.Text.Trim();
        if (word.Length < 2)
            return text;
        var pattern = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(word) + @"(?![\p{L}\p{N}])",
            RegexOptions.CultureInvariant | (name.AnyCase ? RegexOptions.IgnoreCase : RegexOptions.None),
            TimeSpan.FromMilliseconds(TimeoutMs));
        return pattern.Replace(text, name.Pseudonym);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}",
        RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex EmailPattern();

    // National Insurance number: two letters, six digits, suffix A-D; spaces optional. Any two letters, so
    // the "QQ" examples people copy are caught too.
    [GeneratedRegex(@"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex NiNumberPattern();

    [GeneratedRegex(@"\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex NumericDatePattern();

    [GeneratedRegex(@"\b\d{4}-\d{1,2}-\d{1,2}\b", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+\d{2,4}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex DayMonthYearPattern();

    [GeneratedRegex(@"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex MonthDayYearPattern();

    [GeneratedRegex(@"(?<lead>\b(?:born(?:\s+in)?|dob:?|d\.o\.b\.?:?|date\s+of\s+birth:?(?:\s+is)?)\s+)(?:19|20)\d{2}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex BirthYearPattern();

    // Full UK postcode; only the outward code (district) is kept.
    [GeneratedRegex(@"\b(?<district>[A-Z]{1,2}[0-9][A-Z0-9]?)[ \t]*[0-9][A-Z]{2}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex PostcodePattern();

    // 9 or more digits with common separators: UK numbers (07700 900123, 0121 496 0000, +44 ...), international
    // ones, and any other long number (card, account). Digits and separators never overlap, so this is linear.
    [GeneratedRegex(@"(?<![\d+])(?:\+|00|\()?\d(?:[ \-.()]{0,2}\d){8,}", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex PhonePattern();

    // "my name is Priya Shah", "my name is priya": the name (up to 3 capitalised words, or 1 word) goes.
    [GeneratedRegex(@"(?<lead>\b(?i:my\s+name\s+is|my\s+name's|name\s*:|i\s+am\s+called|i'm\s+called)\s+)(?:\p{Lu}[\p{L}'\-]*(?:\s+\p{Lu}[\p{L}'\-]*){0,2}|[\p{L}'\-]+)",
        RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex GivenNamePattern();

    // "call me Jo": only a capitalised word, so "call me on 0121..." keeps its "on".
    [GeneratedRegex(@"(?<lead>\b(?i:call\s+me)\s+)\p{Lu}[\p{L}'\-]*", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex CallMePattern();
}

/// <summary>A resident's name as the channel gave it, and the pseudonym that replaces it.</summary>
/// <param name="AnyCase">True for a whole display name; false for one part of it ("Priya" of "Priya Shah"),
/// matched only as written so that a name like "Will" does not replace the word "will".</param>
internal sealed record KnownName(string Text, string Pseudonym, bool AnyCase);
