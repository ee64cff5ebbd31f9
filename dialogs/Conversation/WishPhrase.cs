using CareerBot.Dialogs.Recognizers.Text;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// A wish for work as the resident said it, to say back whole: from the first to the last word kept for the search,
/// with the doing word before it ("helping old people and cooking", "working with patients and doing admin"). Short
/// only: a long wish is said back by its words of work.
/// </summary>
internal static class WishPhrase
{
    /// <summary>The most words said back.</summary>
    private const int MaxWords = 6;

    /// <summary>The most words kept for the search in a phrase said back (as for words of work, see MainDialog).</summary>
    private const int MaxKept = 4;

    /// <summary>Small words between a doing word and what it is done for ("looking after", "working with").</summary>
    private static readonly string[] Joins = ["after", "with", "for", "to", "the", "a", "an", "out", "of", "on"];

    /// <summary>Words ending in "ing" that say a wish or a search, not the work ("looking for", "trying to").</summary>
    private static readonly string[] WishDoing = ["looking", "lookin", "wanting", "hoping", "thinking", "trying", "starting", "seeking", "searching", "being", "getting", "going"];

    /// <summary>Words that turn part of the wish round: what follows them is not wanted, or not sure.</summary>
    private static readonly string[] Turns = ["not", "no", "dont", "never", "but", "except", "without", "maybe", "or", "nor", "cant"];

    /// <summary>
    /// Words that start a new thought inside the span: a wish or a person ("hi im sam and want porter": "sam" is kept for
    /// the search, but "sam and want porter" is no wish said).
    /// </summary>
    private static readonly string[] NewThought =
        ["i", "im", "am", "is", "want", "wanna", "wants", "like", "love", "need", "needs", "looking", "live", "living", "please", "pls", "job", "jobs", "work"];

    /// <summary>The phrase in <paramref name="rest"/> (the answer without its other facts) around <paramref name="words"/>; null when none fits.</summary>
    public static string? Of(string rest, string words)
    {
        var kept = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Five words of work or more are a list, not a wish said: not read out word by word.
        if (kept.Length is < 2 or > MaxKept) return null;
        var t = Tokens.Of(rest);
        var first = -1;
        var last = -1;
        for (var i = 0; i < t.Count; i++)
        {
            if (!kept.Contains(t[i].Text, StringComparer.Ordinal)) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0 || first == last) return null;
        var k = first - 1;
        while (k >= 0 && t[k].IsAny(Joins)) k--;
        if (k >= 0 && t[k].IsWord && t[k].Text.Length > 4 && t[k].Text.EndsWith("ing", StringComparison.Ordinal) && !t[k].IsAny(WishDoing)) first = k;
        var span = t.Skip(first).Take(last - first + 1).ToList();
        if (span.Count(w => w.IsWord) > MaxWords || span.Any(w => w.IsAny(Turns) || w.IsAny(NewThought) || (w.IsSymbol && !w.IsAny(",", "&", "/")))) return null;
        return rest[t[first].Start..t[last].End].Trim().ToLowerInvariant();
    }
}
