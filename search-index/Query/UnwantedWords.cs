namespace CareerBot.SearchIndex.Query;

/// <summary>
/// Words of work a resident does not want ("not cleaning", "anything but driving"): a role named by one is left out
/// of the results before they are counted and paged, so "I found 12 jobs" and each page of three stay true.
/// </summary>
public static class UnwantedWords
{
    /// <summary>
    /// True when a word of the title or other names starts like an unwanted word: at least 4 letters in common, and
    /// all but the last 3 of the shorter one ("cleaning" names "cleaner", "driving" names "driver"). Words under 4
    /// letters are too short to tell.
    /// </summary>
    public static bool Names(string title, IReadOnlyList<string>? otherNames, IReadOnlyList<string> notWords)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(notWords);
        if (notWords.Count == 0) return false;
        if (AnyNames(title, notWords)) return true;
        foreach (var name in otherNames ?? [])
            if (AnyNames(name, notWords)) return true;
        return false;
    }

    private static bool AnyNames(string text, IReadOnlyList<string> notWords)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i > start && NamedBy(text.AsSpan(start, i - start), notWords)) return true;
        }
        return false;
    }

    private static bool NamedBy(ReadOnlySpan<char> name, IReadOnlyList<string> notWords)
    {
        foreach (var not in notWords)
        {
            if (not.Length < 4) continue;
            var common = 0;
            while (common < not.Length && common < name.Length && not[common] == char.ToLowerInvariant(name[common])) common++;
            if (common >= 4 && common >= Math.Min(not.Length, name.Length) - 3) return true;
        }
        return false;
    }
}
