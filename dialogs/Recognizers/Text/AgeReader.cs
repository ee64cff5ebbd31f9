namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>The resident's own age, said in an answer, and where.</summary>
internal sealed record AgeFound(int Years, int From, int To);

/// <summary>
/// The resident's age, only when said as an age: "im 17", "I'm 16 and left school", "age 19", "aged 52", "my age is
/// 45", "18 years old", "17yo", "im seventeen". Other numbers are never an age: hours, miles, minutes, postcodes,
/// "5 gcses", "2 weeks", "level 3", someone else's age ("my son is 17", "kids aged 5 and 7").
/// </summary>
internal static class AgeReader
{
    public const int Youngest = 14;
    public const int Oldest = 99;

    /// <summary>Words after a number that make it something other than an age ("I am 20 minutes away").</summary>
    private static readonly string[] Units =
    [
        "hour", "hours", "hrs", "hr", "h", "hs", "mile", "miles", "mi", "km", "kms", "min", "mins", "minute", "minutes",
        "week", "weeks", "wk", "wks", "day", "days", "month", "months", "pound", "pounds", "quid", "p", "%", "percent", "k",
        "gcse", "gcses", "kids", "children", "child", "times", "x", "stone", "kg", "ft", "foot", "feet", "cm", "am", "pm",
        "oclock", "per", "a", "an", "th", "st", "nd", "rd", ":", ".", "/", "-",
    ];

    private static readonly string[] YearsWords = ["years", "year", "yrs", "yr", "yo", "y"];

    /// <param name="t">The tokens.</param>
    /// <param name="bareAllowed">Whether a bare "I am 20" is an age; false at the hours and distance questions, where
    /// the age needs its own words ("I am 20 years old", "age 20").</param>
    public static AgeFound? Find(IReadOnlyList<Token> t, bool bareAllowed = true)
    {
        for (var i = 0; i < t.Count; i++)
        {
            // "age 19", "aged 52", "age: 30", "my age is 45", "age is 45"
            if (t[i].IsAny("age", "aged"))
            {
                var k = i + 1;
                if (k < t.Count && t[k].IsAny(":", "is", "-", "=")) k++;
                // "my kids aged 5 and 7": only the resident's own age.
                var someoneElse = i > 0 && t[i - 1].IsAny("kids", "children", "child", "son", "daughter", "sons", "daughters", "mum", "dad", "mother", "father", "people", "adults", "old");
                if (!someoneElse && Years(t, k, anyAfter: true) is { } a) return new(a.Years, i, a.Next);
            }
            // "im 17", "i am 17", "I'm 16 and left school"
            if (t[i].Is("im") || (t[i].Is("i") && i + 1 < t.Count && t[i + 1].Is("am")))
            {
                var k = t[i].Is("im") ? i + 1 : i + 2;
                if (k < t.Count && t[k].IsAny("only", "just", "now", "nearly", "almost", "turning", "over")) k++;
                if (Years(t, k, anyAfter: bareAllowed) is { } a) return new(a.Years, i, a.Next);
            }
            // "18 years old", "17yo", "17 y/o"
            if ((t[i].IsNumber || NumberWords.IsNumberWord(t[i].Text)) && (i == 0 || !t[i - 1].IsAny("level", "lvl", "for", "within", "last", "past", "next")))
            {
                if (Years(t, i, anyAfter: false) is { Old: true } a) return new(a.Years, i, a.Next);
            }
        }
        return null;
    }

    private sealed record YearsAt(int Years, int Next, bool Old);

    /// <summary>A whole number of years at <paramref name="k"/>: with "years old" after it, or, when
    /// <paramref name="anyAfter"/>, with anything after it but a unit.</summary>
    private static YearsAt? Years(IReadOnlyList<Token> t, int k, bool anyAfter)
    {
        if (NumberWords.Cardinal(t, k) is not { } n || n.Min != n.Max || !decimal.IsInteger(n.Min) || n.Min is < Youngest or > Oldest) return null;
        // "17.5": not an age.
        if (t[k].IsNumber && t[k].Text.Contains('.', StringComparison.Ordinal)) return null;
        var next = n.Next;
        var after = next;
        if (after < t.Count && t[after].IsAny(YearsWords))
        {
            after++;
            var old = t[after - 1].Is("yo");
            if (after + 1 < t.Count && t[after].Is("/") && t[after + 1].Is("o")) { after += 2; old = true; }
            if (after < t.Count && t[after].Is("old")) { after++; old = true; }
            else if (after + 1 < t.Count && t[after].Is("of") && t[after + 1].Is("age")) { after += 2; old = true; }
            // "20 years experience" is no age; "I am 20 years" is.
            if (old || anyAfter) return new((int)n.Min, after, old);
            return null;
        }
        if (!anyAfter) return null;
        if (after < t.Count && (t[after].IsAny(Units) || t[after].IsNumber)) return null;
        return new((int)n.Min, next, false);
    }
}
