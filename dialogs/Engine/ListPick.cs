namespace CareerBot.Dialogs.Engine;

/// <summary>
/// An answer that only points at a place in a list of choices, in the ways residents write it: "2", "2.", "(2)", "#2",
/// "no 3", "number 4", "option two", "the first", "second one", "2nd", "the last one", "one", "too" (two), "3?", "i pick 1";
/// or at more than one ("2 and 3"), or at none on the list ("7", "0", "-1", "the fifth one" of four).
/// </summary>
/// <param name="Index">The place, from 0; -1 when it points off the list.</param>
/// <param name="Explicit">Said as a place in a list ("number 2", "the second one", "(2)"), not a number alone ("2", "two").</param>
/// <param name="Several">More than one place was said ("2 and 3").</param>
/// <param name="Listed">Said with a word or sign of a list ("number", "option", "one", "(2)"): more than an ordinal alone ("the 2nd" may be a date).</param>
public readonly record struct ListPick(int Index, bool Explicit, bool Several, bool Listed)
{
    /// <summary>The place in a list of <paramref name="count"/> choices the whole answer points at; null when it says more than that.</summary>
    public static ListPick? Read(string? text, int count)
    {
        // Cheap first: a place in words is short ("the third one please"); longer, it has a digit ("i will take number 2").
        if (count <= 0 || string.IsNullOrWhiteSpace(text) || text.Length > 48 || (text.Length > 24 && text.AsSpan().IndexOfAnyInRange('0', '9') < 0)) return null;
        var n = PromptWords.Normalise(text);
        if (n.Length == 0) return null;
        var words = n.Split(' ');
        if (words.Length > 6) return null;
        var raw = text.Trim();
        var marked = raw.IndexOfAny(Marks) >= 0;
        var i = 0;
        // A word alone is never filler: "for" alone is four.
        while (i < words.Length - 1 && Before.Contains(words[i]))
        {
            if (ListWords.Contains(words[i])) marked = true;
            i++;
        }
        var places = 0;
        var first = 0;
        var ordinal = false;
        var joined = false;
        for (; i < words.Length; i++)
        {
            var w = words[i];
            // "the second one": after a place, "one" says a choice is meant; it is no second place.
            int? at = places > 0 && w == "one" ? null : Place(w, count, words.Length == 1);
            // Two places only with a word between them ("2 and 3"): "9-3" and "11 3" are times, not places.
            if (at is { } place && (places == 0 || joined))
            {
                joined = false;
                if (places == 0) first = place;
                places++;
                if (!char.IsAsciiDigit(w[0]) || !int.TryParse(w, out _)) ordinal |= !Cardinals.ContainsKey(w) && !SoundAlikes.ContainsKey(w);
                continue;
            }
            if (places > 0 && Joins.Contains(w) && i + 1 < words.Length)
            {
                joined = true;
                continue;
            }
            if (places > 0 && After.Contains(w))
            {
                if (ListWords.Contains(w)) marked = true;
                continue;
            }
            return null;
        }
        if (places == 0) return null;
        // "-1": a minus sign before the number points off the list.
        if (raw.StartsWith('-') && raw.Length > 1 && char.IsAsciiDigit(raw[1])) first = 0;
        var isExplicit = marked || ordinal;
        if (places > 1) return new ListPick(-1, isExplicit, Several: true, marked);
        return new ListPick(first >= 1 && first <= count ? first - 1 : -1, isExplicit, Several: false, marked);
    }

    /// <summary>The place a word names (1 is the first; 0 or more than the list is off it), or null when it names none.</summary>
    private static int? Place(string w, int count, bool alone)
    {
        if (w is "last" or "bottom") return count;
        if (w == "top") return 1;
        if (Cardinals.TryGetValue(w, out var c)) return c;
        if (Ordinals.TryGetValue(w, out var o)) return o;
        // "too", "for": a number only when it is the whole answer.
        if (alone && SoundAlikes.TryGetValue(w, out var s)) return s;
        var digits = 0;
        while (digits < w.Length && char.IsAsciiDigit(w[digits])) digits++;
        if (digits == 0 || digits > 3) return digits > 3 ? 0 : null;
        var value = int.Parse(w.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        var suffix = w.AsSpan(digits);
        return suffix.Length == 0 || suffix is "st" or "nd" or "rd" or "th" ? value : null;
    }

    private static readonly char[] Marks = ['(', ')', '#'];

    private static readonly Dictionary<string, int> Cardinals = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10,
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["forth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["frist"] = 1, ["secound"] = 2, ["secnd"] = 2, ["thrid"] = 3,
    };

    /// <summary>Words that sound like a number, typed for it: "too", "for", "won".</summary>
    private static readonly Dictionary<string, int> SoundAlikes = new(StringComparer.Ordinal)
    {
        ["won"] = 1, ["too"] = 2, ["to"] = 2, ["tu"] = 2, ["tree"] = 3, ["tre"] = 3, ["thre"] = 3, ["for"] = 4, ["fore"] = 4, ["fo"] = 4,
    };

    /// <summary>Words before the place that say nothing more: "the", "number", "option", "i pick", "its".</summary>
    private static readonly HashSet<string> Before = new(StringComparer.Ordinal)
    {
        "the", "number", "no", "num", "nr", "numb", "option", "opt", "choice", "button", "answer", "i", "id", "ill", "want", "pick", "choose",
        "select", "take", "go", "for", "with", "its", "it", "is", "ok", "okay", "please", "pls", "um", "erm", "like", "would", "will", "say",
    };

    /// <summary>Words after the place that say nothing more: "one", "option", "please", "on the list".</summary>
    private static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "one", "option", "opt", "choice", "button", "answer", "please", "pls", "plz", "thanks", "thank", "you", "ta", "thx", "then", "ok",
        "on", "the", "list", "from", "of", "them", "is", "fine",
    };

    /// <summary>The words that say a place in a list is meant ("number 2", not "2").</summary>
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "number", "no", "num", "nr", "numb", "option", "opt", "choice", "button", "answer", "one", "list", "pick", "choose", "select",
    };

    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "and", "or", "an", "n", "plus" };
}
