using CareerBot.Dialogs.Recognizers.Text;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// Hours per week or per day: "16 hours a week", "4 hours a day" (a week estimate from the days given,
/// else 5 days, confirmed), "20-25 hrs", "full time" (about 37.5), "part time", "school hours",
/// "as many as possible", "a few hours". A bare number counts only when little else was said.
/// </summary>
public sealed class HoursRecognizer
{
    /// <summary>The legal weekly limit most jobs keep to (Working Time Regulations): the top of an open range.</summary>
    public const int MaxWeekly = 48;

    private static readonly string[] HourUnits = ["hours", "hour", "hrs", "hr", "h", "hs", "hous", "houres", "horas", "hors", "hourse"];
    private static readonly string[] Fillers =
    [
        "i", "im", "can", "could", "do", "work", "want", "would", "like", "to", "about", "around", "maybe", "per", "a", "week",
        "please", "max", "maximum", "at", "least", "most", "up", "between", "and", "or", "ish", "roughly", "approx", "think",
        "so", "only", "just", "no", "more", "than", "less", "under", "over", "the", "is", "ok", "fine", "prefer", "weekly", "be",
    ];

    public Recognition<WeeklyHours> Recognise(string text) =>
        // "i work full time in a shop so just weekends": the hours of the job they have now are not the hours wanted.
        RecogniseAsSaid(JobNowReader.Without(text, rest => WhenParser.Parse(Tokens.Of(rest)).Any || RecogniseAsSaid(rest).Succeeded));

    private static Recognition<WeeklyHours> RecogniseAsSaid(string text)
    {
        var t = Tokens.Of(text);
        if (t.Count == 0) return Recognition<WeeklyHours>.NoMatch;
        var when = WhenParser.Parse(t);
        var said = new List<(WeeklyHours Hours, int From, int To, double Confidence)>();

        foreach (var phrase in NumberPhrases.FindAll(t))
        {
            if (phrase.Range.Ordinal) continue;
            var k = phrase.To;
            var unit = k < t.Count && t[k].IsAny(HourUnits);
            // "12 hour shifts": the length of a shift, not hours a week.
            if (phrase.Range.IsSingle && WhenParser.ShiftLength(t, phrase.To) is not null) continue;
            if (unit) k++;
            var (period, afterPeriod) = Period(t, k);
            if (!unit && period is null) continue;
            if (!unit && period is not "week") continue;
            if (Weekly(phrase.Range, period ?? "week", when, out var hours, out var confidence))
                said.Add((hours, phrase.From, afterPeriod, confidence));
        }
        if (said.Count == 0 && !when.HasClock && Bare(t) is { } bare && Weekly(bare.Range, "week", when, out var bareHours, out _))
            said.Add((bareHours, bare.From, bare.To, 0.8));

        var words = Words(t);
        // "part time bank shifts", "20 hours on the bank": bank work as well as the hours, so it goes with them.
        var bank = when.Patterns & ~when.NotPatterns & WorkPatterns.Bank;
        if (said.Count > 0)
        {
            var first = said[0];
            var hours = first.Hours with { Pattern = first.Hours.Pattern | words.Pattern | bank };
            var (start, length) = Tokens.Span(t, first.From, first.To);
            var others = said.Skip(1).Select(s => s.Hours).Where(h => h.Min != hours.Min || h.Max != hours.Max).ToList();
            return Recognition<WeeklyHours>.Match(hours, start, length, others.Count > 0 ? Math.Min(0.6, first.Confidence) : first.Confidence)
                with { Alternatives = others };
        }
        if (words.Hours is { } named)
            return Recognition<WeeklyHours>.Match(named with { Pattern = named.Pattern | bank }, t[words.From].Start, t[words.To - 1].End - t[words.From].Start, words.Confidence);
        return Recognition<WeeklyHours>.NoMatch;
    }

    /// <summary>"a week", "per day", "/wk", "weekly", "a month", "a fortnight", "pw"; null when none.</summary>
    private static (string? Period, int Next) Period(IReadOnlyList<Token> t, int k)
    {
        if (k >= t.Count) return (null, k);
        if (t[k].IsAny("weekly", "pw")) return ("week", k + 1);
        if (t[k].Is("daily")) return ("day", k + 1);
        if (t[k].Is("monthly")) return ("month", k + 1);
        if (k + 1 < t.Count && t[k].IsAny("a", "an", "per", "each", "every", "/", "in", "p") && Unit(t[k + 1].Text) is { } u) return (u, k + 2);
        if (k + 2 < t.Count && t[k].Is("in") && t[k + 1].Is("a") && Unit(t[k + 2].Text) is { } u2) return (u2, k + 3);
        return (null, k);
    }

    private static string? Unit(string w) => w switch
    {
        "week" or "wk" or "w" or "weeks" => "week",
        "day" or "night" or "shift" or "d" => "day",
        "month" => "month",
        "fortnight" => "fortnight",
        _ => null,
    };

    private static bool Weekly(NumberRange range, string period, WhenFound when, out WeeklyHours hours, out double confidence)
    {
        confidence = range.Approximate ? 0.85 : 1.0;
        decimal min = range.Min, max = range.Max;
        if (range.OpenAbove) max = period == "day" ? Math.Max(min, 12) : Math.Max(min, MaxWeekly);
        if (range.OpenBelow) min = Math.Min(1, max);
        int? days = null;
        var assumed = false;
        switch (period)
        {
            case "day":
                if (max > 16) { hours = new(0, 0); return false; }
                var finalDays = when.FinalDays().Count;
                days = when.DaysPerWeek ?? (finalDays is > 0 and < 7 ? finalDays : null);
                if (days is null) { days = 5; assumed = true; confidence = Math.Min(confidence, 0.6); }
                min *= days.Value;
                max *= days.Value;
                break;
            case "month":
                min /= 4.33m; max /= 4.33m;
                break;
            case "fortnight":
                min /= 2; max /= 2;
                break;
        }
        if (max > 80 || max <= 0) { hours = new(0, 0); return false; }
        hours = new WeeklyHours((int)Math.Floor(min), (int)Math.Ceiling(max)) { DaysPerWeek = days, DaysAssumed = assumed };
        return true;
    }

    /// <summary>A lone number or range with only filler words around it ("20", "16-20", "about 30 I think").</summary>
    private static NumberPhrase? Bare(IReadOnlyList<Token> t)
    {
        var phrases = NumberPhrases.FindAll(t);
        if (phrases.Count != 1 || phrases[0].Range.Ordinal) return null;
        var p = phrases[0];
        for (var k = 0; k < t.Count; k++)
        {
            if (k >= p.From && k < p.To) continue;
            if (t[k].IsWord && !t[k].IsAny(Fillers)) return null;
        }
        return p.Range.Max is > 0 and <= 80 ? p : null;
    }

    private sealed record Named(WeeklyHours? Hours, WorkPatterns Pattern, int From, int To, double Confidence);

    /// <summary>All the hours there are: full-time, up to the weekly limit.</summary>
    private static readonly WeeklyHours MostHours = new(37, MaxWeekly) { Pattern = WorkPatterns.FullTime };

    /// <summary>School hours: about 9 till 3 on weekdays, part-time.</summary>
    public static readonly WeeklyHours SchoolHours = new(20, 27) { Estimate = 25, Pattern = WorkPatterns.SchoolHours | WorkPatterns.PartTime };

    private static readonly (string[] Words, WeeklyHours Hours, double Confidence)[] NamedHours =
    [
        (["max", "hours"], MostHours, 0.9),
        (["full", "time"], new(35, 40) { Estimate = 37.5m, Pattern = WorkPatterns.FullTime }, 1.0),
        (["fulltime"], new(35, 40) { Estimate = 37.5m, Pattern = WorkPatterns.FullTime }, 1.0),
        (["full"], new(35, 40) { Estimate = 37.5m, Pattern = WorkPatterns.FullTime }, 0.8),
        (["school", "hours"], SchoolHours, 0.9),
        (["part", "time"], new(16, 30) { Pattern = WorkPatterns.PartTime }, 0.9),
        (["parttime"], new(16, 30) { Pattern = WorkPatterns.PartTime }, 0.9),
        (["partime"], new(16, 30) { Pattern = WorkPatterns.PartTime }, 0.85),
        (["a", "few", "hours"], new(1, 15) { Pattern = WorkPatterns.PartTime }, 0.85),
        (["few", "hours"], new(1, 15) { Pattern = WorkPatterns.PartTime }, 0.85),
        (["not", "many", "hours"], new(1, 15) { Pattern = WorkPatterns.PartTime }, 0.85),
        (["not", "many"], new(1, 15) { Pattern = WorkPatterns.PartTime }, 0.8),
        (["lots", "of", "hours"], new(37, MaxWeekly) { Pattern = WorkPatterns.FullTime }, 0.85),
        // "i can all day", "whole day": learners' words for full days, so full-time; asked back, as a guess.
        (["all", "day"], new(35, 40) { Estimate = 37.5m, Pattern = WorkPatterns.FullTime }, 0.65),
        (["whole", "day"], new(35, 40) { Estimate = 37.5m, Pattern = WorkPatterns.FullTime }, 0.65),
    ];

    private static readonly string[] Many = ["many", "much", "more", "meny", "mutch", "manny"];
    private static readonly string[] Possible = ["possible", "poss", "posible", "possable", "possibl", "pos", "poss."];
    private static readonly string[] Can = ["can", "could", "cn", "cud"];

    /// <summary>
    /// "as many as possible", "as much as i can", "as many hrs as poss", "as many hours as i can get", "as much as they
    /// give me": as many hours as there are. The end of the phrase, or null.
    /// </summary>
    private static int? AsManyAsCan(IReadOnlyList<Token> t, int i)
    {
        if (!t[i].Is("as") || i + 2 >= t.Count || !t[i + 1].IsAny(Many)) return null;
        var k = i + 2;
        if (t[k].IsAny(HourUnits)) k++;
        if (k + 1 >= t.Count || !t[k].Is("as")) return null;
        k++;
        if (t[k].IsAny(Possible)) return k + 1;
        // "as i can", "as i can get", "as they give me", "as you have".
        if (t[k].IsAny("i", "they", "you", "u") && k + 1 < t.Count && (t[k + 1].IsAny(Can) || t[k + 1].IsAny("give", "have", "got", "offer")))
        {
            k += 2;
            while (k < t.Count && t[k].IsAny("get", "do", "work", "give", "me", "have")) k++;
            return k;
        }
        return null;
    }

    /// <summary>Named amounts of hours; the first one said wins, and its pattern is kept alongside a number.</summary>
    private static Named Words(IReadOnlyList<Token> t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (AsManyAsCan(t, i) is { } most) return new(MostHours, MostHours.Pattern, i, most, 0.9);
            foreach (var (words, hours, confidence) in NamedHours)
            {
                if (NumberPhrases.Prefix(t, i, words) is not { } next) continue;
                // "not full time" is not full time.
                if (i > 0 && t[i - 1].IsAny("not", "no", "dont") && words[0] != "not") return new(null, WorkPatterns.None, i, next, 0);
                return new(hours, hours.Pattern, i, next, confidence);
            }
        }
        return new(null, WorkPatterns.None, 0, 0, 0);
    }
}
