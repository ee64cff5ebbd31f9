using CareerBot.SearchIndex.Index;

namespace CareerBot.SearchIndex.Query;

/// <summary>
/// Words split or run together as residents type them, mended from the index's own words before spelling correction:
/// two typed words that are one word of the catalogue ("ware house" is "warehouse", "fork lift" is "forklift") when
/// one part is no word of the catalogue (so "health care" stays two words), and one long typed word that is no word
/// and no typo but runs known words together ("iwantporterjob" is "i want porter job", as texts often come).
/// </summary>
internal static class WordSplits
{
    private const int Shortest = 6;
    private const int Longest = 30;

    public static List<(string Word, MatchKind Origin, string Typed)> Apply(
        List<(string Word, MatchKind Origin, string Typed)> tokens, CatalogueIndex index, QueryPlan plan, Func<string, bool> isSmall)
    {
        var result = new List<(string Word, MatchKind Origin, string Typed)>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i + 1 < tokens.Count && Joined(t.Word, tokens[i + 1].Word, index, isSmall) is { } joined)
            {
                var typed = t.Typed + " " + tokens[i + 1].Typed;
                plan.Corrections.Add(new SpellingFix(typed, joined));
                result.Add((joined, MatchKind.SpellingFix, typed));
                i++;
                continue;
            }
            if (Parts(t.Word, index, isSmall) is { } parts)
            {
                // Each part was typed, only without spaces: said back and counted as the resident's own words.
                // Said back by its words of work alone: "iwantporterjob" is "porter".
                plan.Corrections.Add(new SpellingFix(t.Typed, string.Join(' ', parts.Where(p => !isSmall(p)))));
                foreach (var part in parts)
                {
                    result.Add((part, t.Origin, part));
                    plan.TypedWords.Add(part);
                }
                continue;
            }
            result.Add(t);
        }
        return result;
    }

    private static bool Known(string word, CatalogueIndex index) =>
        index.Vocabulary.Contains(word) || index.Synonyms.AllWords.Contains(word);

    /// <summary>The catalogue's one word that two typed words make, or null.</summary>
    private static string? Joined(string first, string second, CatalogueIndex index, Func<string, bool> isSmall)
    {
        if (first.Length < 2 || second.Length < 2 || !first.All(char.IsAsciiLetter) || !second.All(char.IsAsciiLetter)) return null;
        if (isSmall(first) || isSmall(second)) return null;
        if (Known(first, index) && Known(second, index)) return null;
        var joined = first + second;
        return index.Vocabulary.Frequency(joined) > 0 && index.Vocabulary.Contains(joined) && !isSmall(joined) ? joined : null;
    }

    /// <summary>
    /// The known words a long unknown word is made of, fewest first, when at least one is a word of the catalogue's
    /// work; null when the word is known, a near typo of a known word, or made of no such words.
    /// </summary>
    private static List<string>? Parts(string word, CatalogueIndex index, Func<string, bool> isSmall)
    {
        if (word.Length < Shortest || word.Length > Longest || !word.All(char.IsAsciiLetter)) return null;
        if (Known(word, index) || EnglishWords.IsWord(word) || index.Vocabulary.SameWord(word) is not null) return null;
        // A near typo is a typo ("kitchin" is "kitchen", not "kit chin"); one two letters away is less sure than known
        // words run together ("carehome" is "care home", not "warehose").
        if (index.Vocabulary.Correct(word) is { } fix && Vocabulary.Distance(word, fix, 2) < 2) return null;
        if (RunTogether.FewestParts(word, part => IsPart(part, index, isSmall)) is not { } parts) return null;
        return parts.Any(p => p.Length >= 3 && !isSmall(p) && Known(p, index)) ? parts : null;
    }

    private static bool IsPart(string part, CatalogueIndex index, Func<string, bool> isSmall) =>
        part is "i" or "a" || (part.Length >= 2 && isSmall(part)) || (part.Length >= 3 && (Known(part, index) || EnglishWords.IsWord(part)));
}
