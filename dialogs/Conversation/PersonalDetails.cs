using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Personal details a resident sends though the bot never asks for them: an email address, a phone number, a National
/// Insurance number, a date of birth, or a house number and street. They are taken out of the text before anything
/// reads it, so they are never searched, said back, noted in the answers or counted; the words that brought them
/// ("my email is", "call me on", "dob") go with them. The rest of the message is read as usual ("ring me 0121 496 0000,
/// porter work" is a wish for porter work). A full postcode is no personal detail here: the place reader keeps only
/// its district ("B23").
/// </summary>
public static partial class PersonalDetails
{
    /// <summary>What was sent, and the message without it.</summary>
    public sealed record Found(string Rest, IReadOnlyList<string> Kinds)
    {
        public bool Any => Kinds.Count > 0;

        /// <summary>Only a home address (no email, phone or number): the reply is about the address.</summary>
        public bool OnlyAddress => Kinds.Count > 0 && Kinds.All(k => k == Address);
    }

    public const string Email = "email";
    public const string Phone = "phone";
    public const string NiNumber = "ni_number";
    public const string Birth = "birth";
    public const string Address = "address";

    /// <summary>Said when details were sent: not to send them, and that the bot cannot call or email.</summary>
    public const string Reply = "privacy.details";

    /// <summary>Said when only a home address was sent: the first part of the postcode is enough.</summary>
    public const string AddressReply = "privacy.address";

    public static IReadOnlyList<string> MessageKeys { get; } = [Reply, AddressReply];

    private const char Mark = '\u0001';

    /// <summary>
    /// The text without the personal details in it. <paramref name="today"/> tells a date of birth (more than 14 years
    /// ago) from a start date ("12/01/2027").
    /// </summary>
    public static Found Remove(string? text, DateOnly today)
    {
        if (string.IsNullOrEmpty(text)) return new(text ?? "", []);
        var kinds = new List<string>();
        var rest = text;
        rest = Cut(rest, EmailPattern(), Email, kinds);
        rest = Cut(rest, NiPattern(), NiNumber, kinds);
        rest = Cut(rest, BirthCued(), Birth, kinds);
        rest = Cut(rest, NumericDate(), Birth, kinds, birthBefore: today);
        rest = Cut(rest, WordDate(), Birth, kinds, birthBefore: today);
        rest = Cut(rest, PhonePattern(), Phone, kinds);
        rest = Cut(rest, StreetAddress(), Address, kinds);
        if (kinds.Count == 0) return new(text, []);
        // The words that brought the details go too ("my number is", "call me on", "date of birth:").
        rest = Around().Replace(rest, " ");
        rest = Spaces().Replace(rest.Replace(Mark, ' '), " ").Trim(' ', ',', '.', ';', ':', '-');
        return new(rest, kinds.Distinct().ToList());
    }

    /// <summary>
    /// The text with each match of <paramref name="pattern"/> marked out. With <paramref name="birthBefore"/>, a date
    /// is marked out only when its year is a year of birth. Most answers hold no details: they are only scanned.
    /// </summary>
    private static string Cut(string text, Regex pattern, string kind, List<string> kinds, DateOnly? birthBefore = null) =>
        pattern.IsMatch(text) ? CutMatches(text, pattern, kind, kinds, birthBefore) : text;

    private static string CutMatches(string text, Regex pattern, string kind, List<string> kinds, DateOnly? birthBefore) =>
        pattern.Replace(text, m =>
        {
            if (birthBefore is { } today && !IsBirthYear(m.Groups["year"].Value, today)) return m.Value;
            kinds.Add(kind);
            return " " + Mark + " ";
        });

    /// <summary>A year of birth: born 14 or more years before today, and after 1900. Two-digit years count as 19xx or 20xx.</summary>
    private static bool IsBirthYear(string year, DateOnly today)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return false;
        if (year.Length == 2) y += y > today.Year % 100 ? 1900 : 2000;
        return y > 1900 && y <= today.Year - 14;
    }

    [GeneratedRegex(@"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Two letters, six digits, a letter A-D; spaces anywhere between ("QQ 12 34 56 C").
    [GeneratedRegex(@"\b[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]\b", RegexOptions.CultureInvariant)]
    private static partial Regex NiPattern();

    // 9 or more digits with the separators phone numbers have: "07700900123", "0121 496 0000", "+44 7700 900456".
    [GeneratedRegex(@"(?<![\d+])(?:\+|00|\()?\d(?:[ \-.()]{0,2}\d){8,}", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    // "dob 1990", "born in 1988", "date of birth: 3rd march": a date or year said as the birth date, whatever year.
    [GeneratedRegex(@"\b(?:d\.?o\.?b\.?|date of birth|birth ?day|born(?: on| in)?)\s*(?:is\s*|was\s*|[:=\-]\s*)?(?:\d{1,2}(?:st|nd|rd|th)?[/.\- ]+(?:\d{1,2}|" + Month + @")(?:[/.\-, ]+\d{2,4})?|" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|(?:19|20)\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BirthCued();

    [GeneratedRegex(@"\b\d{1,2}[/.\-]\d{1,2}[/.\-](?<year>\d{4}|\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\.?,?\s+(?<year>\d{4})\b|\b" + Month + @"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordDate();

    // A house number and a street: "14 Kingsbury Road", "flat 3, 22b high st". A road without a number ("Walsall Road")
    // says only where, as a place does.
    [GeneratedRegex(@"\b(?:(?:flat|apartment|apt|unit|house)\s+\d{1,4}[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:(?!(?:mins?|minutes?|hours?|hrs?|miles?|mi|km|by|on|of|to|the|a|an|and|or|in|at|for|from|bus|buses|car|train|tram|foot|bike|cycle|max|about|around|up|only|just|days?|weeks?|nights?|shifts?|years?|yrs?|months?|times?|people|jobs?)\b)[a-z']+\s+){1,3}(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|grove|gardens|gdns|place|pl|court|ct|terrace|hill|walk|row|square|sq|mews|rise|croft|parade)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StreetAddress();

    // The words around a removed detail that only pointed at it, up to the end of a part: before it ("my email is",
    // "you can call me on", "text me at", "my ni number is", "i live at") and after it ("call me", "anytime").
    private const string Lead = @"(?:my|me|the|is|s|at|on|via|by|to|its|it|here|this|number|numbers|no|num|nr|mobile|mob|phone|tel|telephone|cell|contact|details|email|emails|e-mail|mail|gmail|address|addy|call|ring|text|txt|message|msg|whatsapp|reach|you|u|can|could|please|pls|back|ni|nin|national|insurance|dob|date|of|birth|birthday|born|was|i|live|lives|living|house|flat|and|or)";
    private const string Trail = @"(?:call|ring|phone|text|txt|email|e-mail|message|msg|whatsapp|contact|me|back|anytime|any time|please|pls|thanks|x+)";

    [GeneratedRegex(@"(?:\b" + Lead + @"\b[\s:=\-]*)*\u0001(?:[\s:=\-]*\b" + Trail + @"\b)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Around();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
