namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>A number read at one place in the tokens: its value (or small range) and the token after it.</summary>
internal readonly record struct NumberAt(decimal Min, decimal Max, int Next, bool Approximate, bool Ordinal = false);

/// <summary>
/// Reads one number at a token: digits ("20", "37.5"), words ("twenty-five", "a hundred and five"),
/// halves ("two and a half", "half"), vague amounts ("a couple", "a few") and ordinals ("2nd", "second").
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["nought"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
    };

    public static bool IsNumberWord(string word) =>
        Units.ContainsKey(word) || Tens.ContainsKey(word) || word is "hundred" or "thousand" or "half" or "dozen";

    /// <summary>A cardinal number (or vague amount) starting at <paramref name="i"/>.</summary>
    public static NumberAt? Cardinal(IReadOnlyList<Token> t, int i)
    {
        if (i >= t.Count) return null;
        var first = t[i];

        if (first.IsNumber)
        {
            if (OrdinalSuffix(t, i + 1, first)) return null;
            var value = first.Number;
            var next = i + 1;
            // "2½", "2 and a half"
            if (next < t.Count && t[next].IsNumber && t[next].Text == "0.5" && t[next].Joined) return new(value + 0.5m, value + 0.5m, next + 1, false);
            if (AndAHalf(t, next) is { } afterHalf) return new(value + 0.5m, value + 0.5m, afterHalf, false);
            return new(value, value, next, false);
        }
        if (!first.IsWord) return null;

        switch (first.Text)
        {
            case "half" when !(i + 1 < t.Count && t[i + 1].Is("past")):
                return new(0.5m, 0.5m, i + 1, false);
            case "a" or "an" when i + 1 < t.Count && t[i + 1].Is("half"):
                return new(0.5m, 0.5m, i + 2, false);
            case "a" or "an" when i + 1 < t.Count && t[i + 1].IsAny("couple", "few", "dozen", "hundred", "thousand", "quarter"):
                return Vague(t, i + 1) ?? Words(t, i);
            case "couple" or "few" or "several" or "dozen" or "quarter":
                return Vague(t, i);
        }
        return Words(t, i);
    }

    /// <summary>An ordinal ("2nd", "second", "twenty-first") starting at <paramref name="i"/>.</summary>
    public static NumberAt? Ordinal(IReadOnlyList<Token> t, int i)
    {
        if (i >= t.Count) return null;
        var first = t[i];
        if (first.IsNumber && OrdinalSuffix(t, i + 1, first) && decimal.IsInteger(first.Number))
            return new(first.Number, first.Number, i + 2, false, Ordinal: true);
        if (!first.IsWord) return null;
        if (OrdinalWords.TryGetValue(first.Text, out var o)) return new(o, o, i + 1, false, Ordinal: true);
        if (Tens.TryGetValue(first.Text, out var tens))
        {
            var j = i + 1;
            if (j < t.Count && t[j].Is("-")) j++;
            if (j < t.Count && OrdinalWords.TryGetValue(t[j].Text, out var unit) && unit < 10)
                return new(tens + unit, tens + unit, j + 1, false, Ordinal: true);
        }
        return null;
    }

    private static bool OrdinalSuffix(IReadOnlyList<Token> t, int i, Token number) =>
        i < t.Count && t[i].Joined && t[i].IsAny("st", "nd", "rd", "th") && number.Text.All(char.IsAsciiDigit);

    private static int? AndAHalf(IReadOnlyList<Token> t, int i)
    {
        if (i + 1 < t.Count && t[i].Is("and") && t[i + 1].Is("half")) return i + 2;
        if (i + 2 < t.Count && t[i].Is("and") && t[i + 1].IsAny("a", "an") && t[i + 2].Is("half")) return i + 3;
        return null;
    }

    private static NumberAt? Vague(IReadOnlyList<Token> t, int i)
    {
        var next = i + 1;
        if (next < t.Count && t[next].Is("of")) next++;
        return t[i].Text switch
        {
            "couple" => new(2, 2, next, true),
            "few" => new(2, 4, next, true),
            "several" => new(3, 5, next, true),
            "dozen" => new(12, 12, i + 1, false),
            "quarter" => new(0.25m, 0.25m, i + 1, false),
            _ => null,
        };
    }

    /// <summary>"twenty-five", "a hundred and five", "two thousand", "three quarters".</summary>
    private static NumberAt? Words(IReadOnlyList<Token> t, int i)
    {
        decimal total = 0, current = 0;
        var j = i;
        var any = false;
        var lastUnit = false;
        var lastTens = false;
        var lastBig = false;
        while (j < t.Count && total + current < 1_000_000_000_000m)
        {
            var w = t[j].Text;
            if (!t[j].IsWord && !(w == "-" && lastTens)) break;
            if (w == "-")
            {
                if (j + 1 < t.Count && Units.TryGetValue(t[j + 1].Text, out var u) && u is > 0 and < 10) { j++; continue; }
                break;
            }
            if (Units.TryGetValue(w, out var unit))
            {
                if (lastUnit || (lastTens && unit >= 10)) break;
                current += unit;
                lastUnit = true; lastTens = false; lastBig = false;
            }
            else if (Tens.TryGetValue(w, out var ten))
            {
                if (lastUnit || lastTens || current % 100 != 0) break;
                current += ten;
                lastTens = true; lastUnit = false; lastBig = false;
            }
            else if (w is "a" or "an" && !any && j + 1 < t.Count && t[j + 1].IsAny("hundred", "thousand"))
            {
                current = 1;
            }
            else if (w == "hundred")
            {
                current = (current == 0 ? 1 : current) * 100;
                lastBig = true; lastUnit = false; lastTens = false;
            }
            else if (w == "thousand")
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
                lastBig = true; lastUnit = false; lastTens = false;
            }
            else if (w == "and" && lastBig && j + 1 < t.Count && (Units.ContainsKey(t[j + 1].Text) || Tens.ContainsKey(t[j + 1].Text)))
            {
                // "a hundred and five"
            }
            else if (w is "quarter" or "quarters" && any && current is > 0 and < 4)
            {
                current /= 4;
                j++;
                return new(total + current, total + current, j, false);
            }
            else
            {
                break;
            }
            any = any || w is not ("a" or "an" or "and");
            j++;
        }
        if (!any) return null;
        var value = total + current;
        if (AndAHalf(t, j) is { } afterHalf) return new(value + 0.5m, value + 0.5m, afterHalf, false);
        return new(value, value, j, false);
    }
}
