using FuzzySharp;

namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>Typo-tolerant word matching on top of FuzzySharp (0..100 scores).</summary>
internal static class Fuzzy
{
    /// <summary>Words whose lengths differ by more than this never match (<see cref="Word"/> answers 0).</summary>
    public const int MaxLengthGap = 3;

    /// <summary>Similarity of two words, 0..100; short words must match exactly (too many near neighbours).</summary>
    /// <param name="typed">The resident's word.</param>
    /// <param name="known">Our word.</param>
    /// <param name="atLeast">Scores below this are not needed: 0 comes back for them without the full comparison
    /// when the letters alone show the score cannot reach it (<see cref="RatioBound"/>).</param>
    public static int Word(string typed, string known, int atLeast = 0)
    {
        if (typed == known) return 100;
        if (typed.Length < 4 || known.Length < 4) return 0;
        if (Math.Abs(typed.Length - known.Length) > MaxLengthGap) return 0;
        if (atLeast > 0 && RatioBound(typed, known) < atLeast) return 0;
        // Same first letter is the norm for typos; a different one costs a little.
        var score = Fuzz.Ratio(typed, known);
        return typed[0] == known[0] ? score : score - 8;
    }

    /// <summary>The best-scoring known word for a typed word, with its score (0 when none is close).</summary>
    public static (string? Word, int Score) Best(string typed, IEnumerable<string> known, int threshold)
    {
        string? best = null;
        var bestScore = 0;
        foreach (var k in known)
        {
            var s = Word(typed, k, threshold);
            if (s > bestScore) (best, bestScore) = (k, s);
        }
        return bestScore >= threshold ? (best, bestScore) : (null, 0);
    }

    /// <summary>
    /// The highest <c>Fuzz.Ratio</c> two strings could have, from their letters alone (cheap, no allocation). The
    /// ratio is 2 × (longest common subsequence) / (both lengths): FuzzySharp's edit distance counts a substitution
    /// as a deletion and an insertion. The common subsequence cannot be longer than the letters the two share,
    /// counted with repeats; characters are counted in 128 buckets, and a shared bucket only raises the bound.
    /// </summary>
    public static int RatioBound(string a, string b)
    {
        if (a.Length + b.Length == 0) return 100;
        Span<byte> counts = stackalloc byte[128];
        foreach (var ch in a)
            if (counts[ch & 127] < byte.MaxValue) counts[ch & 127]++;
        var shared = 0;
        foreach (var ch in b)
        {
            if (counts[ch & 127] == 0) continue;
            counts[ch & 127]--;
            shared++;
        }
        return (int)Math.Round(100.0 * 2 * shared / (a.Length + b.Length));
    }

    /// <summary>
    /// Phrase similarity, 0..100: whole-string ratio, or token-sort ratio when the words are shuffled. Not token-set:
    /// one word of a longer name ("nurse" in "nurse helper") must not count as the whole name.
    /// </summary>
    public static int Phrase(string typed, string known)
    {
        if (typed == known) return 100;
        if (typed.Length == 0 || known.Length == 0) return 0;
        // One plain word each: sorting their words changes nothing, and the token sort (which splits, sorts and joins
        // both) could only score 3 below the ratio.
        if (OnePlainWord(typed) && OnePlainWord(known)) return Fuzz.Ratio(typed, known);
        // Plain words and spaces: FuzzySharp's token sort would clean nothing, so its split, sort and join are done
        // here, without its regular expression and culture-aware sort (the same order for these letters).
        var sorted = PlainWords(typed) && PlainWords(known)
            ? Fuzz.Ratio(SortedWords(typed), SortedWords(known))
            : Fuzz.TokenSortRatio(typed, known);
        return Math.Max(Fuzz.Ratio(typed, known), sorted - 3);
    }

    /// <summary>Lower-case letters, digits and spaces only.</summary>
    private static bool PlainWords(string s) => Plain(s, spaces: true);

    private static bool Plain(string s, bool spaces)
    {
        foreach (var ch in s)
            if (ch is not (>= 'a' and <= 'z' or >= '0' and <= '9') && !(spaces && ch == ' ')) return false;
        return true;
    }

    /// <summary>The words of a plain phrase in ordinal order, joined by single spaces.</summary>
    internal static string SortedWords(string plain)
    {
        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return words.Length == 1 ? words[0] : "";
        Array.Sort(words, StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    /// <summary>Lower-case letters and digits only: what the token sort's own cleaning leaves as it is.</summary>
    private static bool OnePlainWord(string s) => Plain(s, spaces: false);
}
