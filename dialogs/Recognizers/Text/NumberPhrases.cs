namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Finds number phrases: single numbers, ranges ("16 to 20", "16-20", "between 20 and 30"), bounds
/// ("up to 20", "at least 16", "30+", "no more than 20") and rough amounts ("about 30", "30ish").
/// </summary>
internal static class NumberPhrases
{
    private static readonly string[][] BelowPrefixes =
    [
        ["no", "more", "than"], ["not", "more", "than"], ["up", "to"], ["upto"], ["at", "most"], ["maximum"], ["max"],
        ["less", "than"], ["fewer", "than"], ["under"], ["below"], ["not", "over"], ["no", "over"],
    ];

    private static readonly string[][] AbovePrefixes =
    [
        ["no", "less", "than"], ["not", "less", "than"], ["at", "least"], ["atleast"], ["minimum"], ["min"],
        ["more", "than"], ["over"], ["above"],
    ];

    private static readonly string[][] ApproxPrefixes =
    [
        ["round", "about"], ["roundabout"], ["about"], ["around"], ["approx"], ["approximately"], ["roughly"],
        ["circa"], ["nearly"], ["almost"], ["maybe"], ["perhaps"], ["give", "or", "take"], ["like"], ["some"],
    ];

    public static IReadOnlyList<NumberPhrase> FindAll(IReadOnlyList<Token> t)
    {
        var found = new List<NumberPhrase>();
        var i = 0;
        while (i < t.Count)
        {
            if (At(t, i) is { } phrase)
            {
                found.Add(phrase);
                i = phrase.To;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    /// <summary>The number phrase starting at token <paramref name="i"/>, if any.</summary>
    public static NumberPhrase? At(IReadOnlyList<Token> t, int i)
    {
        if (PronounOne(t, i)) return null;
        var approx = false;
        var j = i;
        if (Prefix(t, j, ApproxPrefixes) is { } afterApprox && NumberWords.Cardinal(t, afterApprox) is not null)
        {
            approx = true;
            j = afterApprox;
        }

        // "between 20 and 30", "from 9 to 5"
        if (j < t.Count && t[j].IsAny("between", "from") && NumberWords.Cardinal(t, j + 1) is { } low)
        {
            var k = low.Next;
            if (k < t.Count && t[k].IsAny("and", "to", "-", "till", "til", "until") && NumberWords.Cardinal(t, k + 1) is { } high)
                return Make(Range(low, high, approx), i, Suffix(t, high.Next, out var a2), a2);
            return null;
        }

        var bound = 0;
        if (Prefix(t, j, BelowPrefixes) is { } afterBelow && NumberWords.Cardinal(t, afterBelow) is not null) { bound = -1; j = afterBelow; }
        else if (Prefix(t, j, AbovePrefixes) is { } afterAbove && NumberWords.Cardinal(t, afterAbove) is not null) { bound = 1; j = afterAbove; }
        if (bound != 0 && Prefix(t, j, ApproxPrefixes) is { } inner && NumberWords.Cardinal(t, inner) is not null) { approx = true; j = inner; }

        if (j == i && NumberWords.Ordinal(t, i) is { } ord && !(NumberWords.Cardinal(t, i) is { } c && c.Next > ord.Next))
            return new NumberPhrase(new NumberRange(ord.Min, ord.Max) { Ordinal = true }, i, ord.Next);

        if (NumberWords.Cardinal(t, j) is { } n)
        {
            // "less than 16" is 15 at most; "no more than 20" is 20 at most.
            var strict = bound != 0 && !t[i].IsAny("no", "not") && t[j - 1].IsAny("than", "under", "below", "over", "above");
            if (bound == 0)
            {
                // "16 to 20", "16-20", "20 or 30"
                var k = n.Next;
                if (k + 1 < t.Count && t[k].IsAny("to", "-", "till", "til", "until", "or") && NumberWords.Cardinal(t, k + 1) is { } m)
                    return Make(Range(n, m, approx || t[k].Is("or")), i, Suffix(t, m.Next, out var a3), a3);
                var end = Suffix(t, n.Next, out var suffixApprox, out var suffixBound);
                var range = new NumberRange(n.Min, n.Max, approx || n.Approximate || suffixApprox);
                if (suffixBound > 0) range = range with { Max = range.Min, OpenAbove = true };
                if (suffixBound < 0) range = range with { Min = 0, OpenBelow = true };
                return new NumberPhrase(range, i, end);
            }
            var value = bound < 0 ? n.Max : n.Min;
            if (strict && decimal.IsInteger(value)) value += bound < 0 ? -1 : 1;
            var r = bound < 0
                ? new NumberRange(0, Math.Max(0, value), approx) { OpenBelow = true }
                : new NumberRange(value, value, approx) { OpenAbove = true };
            return Make(r, i, Suffix(t, n.Next, out var a4), a4);
        }

        return null;
    }

    /// <summary>"the second one", "this one", "last one": "one" stands for a thing, not a number.</summary>
    private static bool PronounOne(IReadOnlyList<Token> t, int i) =>
        i > 0 && i < t.Count && t[i].Is("one") &&
        (t[i - 1].IsAny("the", "this", "that", "last", "which", "any", "each", "every", "no", "other", "middle", "top", "bottom", "next", "first", "new", "right", "wrong", "same")
         || NumberWords.Ordinal(t, i - 1) is not null || (i > 1 && t[i - 1].IsAny("st", "nd", "rd", "th") && t[i - 1].Joined));

    private static NumberPhrase Make(NumberRange range, int from, int to, bool approx) =>
        new(approx ? range with { Approximate = true } : range, from, to);

    private static NumberRange Range(NumberAt a, NumberAt b, bool approx) =>
        new(Math.Min(a.Min, b.Min), Math.Max(a.Max, b.Max), approx || a.Approximate || b.Approximate);

    private static int Suffix(IReadOnlyList<Token> t, int k, out bool approx) => Suffix(t, k, out approx, out _);

    /// <summary>Words after a number: "ish", "or so", "odd" (rough); "+", "plus", "or more" (open above); "or less", "max" (open below).</summary>
    private static int Suffix(IReadOnlyList<Token> t, int k, out bool approx, out int bound)
    {
        approx = false;
        bound = 0;
        while (k < t.Count)
        {
            if (t[k].Is("ish") || (t[k].Is("odd") && k > 0 && t[k - 1].IsNumber)) { approx = true; k++; continue; }
            if (t[k].Is("-") && k + 1 < t.Count && t[k + 1].Is("ish")) { approx = true; k += 2; continue; }
            if (Match(t, k, "or", "so")) { approx = true; k += 2; continue; }
            if (t[k].Is("+") || (t[k].Is("plus") && !(k + 1 < t.Count && (t[k + 1].IsNumber || NumberWords.IsNumberWord(t[k + 1].Text))))) { bound = 1; k++; continue; }
            if (Match(t, k, "or", "more") || Match(t, k, "and", "above") || Match(t, k, "and", "over") || Match(t, k, "at", "least")) { bound = 1; k += 2; continue; }
            if (t[k].Is("upwards")) { bound = 1; k++; continue; }
            if (Match(t, k, "or", "less") || Match(t, k, "or", "fewer") || Match(t, k, "at", "most") || Match(t, k, "or", "under")) { bound = -1; k += 2; continue; }
            if (t[k].IsAny("max", "maximum", "tops")) { bound = -1; k++; continue; }
            break;
        }
        return k;
    }

    private static bool Match(IReadOnlyList<Token> t, int k, string a, string b) => k + 1 < t.Count && t[k].Is(a) && t[k + 1].Is(b);

    /// <summary>The token after a matching prefix, or null. A dash may join the words ("full-time", "week-end").</summary>
    public static int? Prefix(IReadOnlyList<Token> t, int i, string[][] prefixes)
    {
        foreach (var p in prefixes)
            if (Prefix(t, i, p) is { } next) return next;
        return null;
    }

    /// <summary>
    /// The token after one phrase, or null. For one phrase call this, not the list form with <c>[words]</c>: that
    /// makes a new array on every call, and the recognisers try every phrase at every word of every answer.
    /// </summary>
    public static int? Prefix(IReadOnlyList<Token> t, int i, string[] phrase)
    {
        var j = i;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (k > 0 && j < t.Count && t[j].Is("-") && phrase[k] != "-") j++;
            if (j >= t.Count || t[j].Text != phrase[k]) return null;
            j++;
        }
        return j;
    }
}
