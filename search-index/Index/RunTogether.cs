namespace CareerBot.SearchIndex.Index;

/// <summary>Words typed with no spaces between them ("iwantjob", "carehome"): the fewest parts they are made of.</summary>
public static class RunTogether
{
    /// <summary>
    /// The fewest parts, each one that <paramref name="isPart"/> accepts, that make <paramref name="word"/> in order;
    /// null when no such parts make it, or only the word itself does.
    /// </summary>
    public static List<string>? FewestParts(string word, Func<string, bool> isPart)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(isPart);
        // best[k]: the fewest parts that make the first k letters, and where the last part starts.
        var best = new int[word.Length + 1];
        var from = new int[word.Length + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        for (var end = 1; end <= word.Length; end++)
            for (var start = 0; start < end; start++)
            {
                if (best[start] == int.MaxValue || best[start] + 1 >= best[end]) continue;
                if (!isPart(word[start..end])) continue;
                best[end] = best[start] + 1;
                from[end] = start;
            }
        if (best[word.Length] is int.MaxValue or < 2) return null;
        var parts = new List<string>();
        for (var end = word.Length; end > 0; end = from[end]) parts.Insert(0, word[from[end]..end]);
        return parts;
    }
}
