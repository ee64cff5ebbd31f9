namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Work the resident does not want ("not cleaning", "no more driving jobs"): kept with the answers when another
/// answer changes, unless a new wish names it again, and said back once in plain words.
/// </summary>
public static class NotWishes
{
    /// <summary>
    /// The answers with the work not wanted now (<paramref name="notKinds"/>, <paramref name="notWords"/>) and the work
    /// not wanted before that the new wish (<paramref name="wish"/>) does not name.
    /// </summary>
    public static CareerAnswers Keep(CareerAnswers answers, IReadOnlyList<string> notKinds, IReadOnlyList<string> notWords, WorkWish? wish)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(notKinds);
        ArgumentNullException.ThrowIfNull(notWords);
        var kinds = new List<string>(notKinds);
        foreach (var kind in answers.NotKinds)
            if (!kinds.Contains(kind) && (wish is null || !wish.Kinds.Contains(kind))) kinds.Add(kind);
        var words = new List<string>(notWords);
        foreach (var word in answers.NotWords)
            if (!words.Contains(word) && (wish is null || !Names(wish.Words, word))) words.Add(word);
        return answers with { NotKinds = kinds, NotWords = words };
    }

    /// <summary>
    /// The wish held (<paramref name="text"/>) without the work not wanted: the other wishes ("driving and warehouse"
    /// less driving is "warehouse"), or its other words; null when nothing is left, or nothing was wished.
    /// </summary>
    public static string? Without(string? text, IReadOnlyList<string> notWords)
    {
        ArgumentNullException.ThrowIfNull(notWords);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var held = WorkWords.Read(text);
        var kept = new List<string>();
        if (held.Wishes.Count >= 2)
        {
            foreach (var one in held.Wishes)
                if (!NamesAny(WorkWords.Read(one).Words, notWords)) kept.Add(one);
            return kept.Count == 0 ? null : string.Join(" and ", kept);
        }
        foreach (var word in held.Words)
            if (!NamesAny([word], notWords)) kept.Add(word);
        return kept.Count == 0 ? null : string.Join(' ', kept);
    }

    private static bool NamesAny(IReadOnlyList<string> words, IReadOnlyList<string> notWords)
    {
        foreach (var unwanted in notWords)
            if (Names(words, unwanted)) return true;
        return false;
    }

    /// <summary>True when one of <paramref name="words"/> names the unwanted word: the same first 4 letters ("cleaner", "cleaning").</summary>
    public static bool Names(IReadOnlyList<string> words, string unwanted)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(unwanted);
        var stem = unwanted.Length > 4 ? unwanted[..4] : unwanted;
        foreach (var word in words)
            if (word.StartsWith(stem, StringComparison.Ordinal) || unwanted.StartsWith(word.Length > 4 ? word[..4] : word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The words not wanted, to say back: a bare doing word as the work ("drive" is "driving"), joined by "or"; null
    /// when none.
    /// </summary>
    public static string? Said(IReadOnlyList<string> notWords)
    {
        ArgumentNullException.ThrowIfNull(notWords);
        if (notWords.Count == 0) return null;
        var said = new List<string>(notWords.Count);
        foreach (var word in notWords)
        {
            var shown = WorkWords.AsWork(word);
            if (!said.Contains(shown)) said.Add(shown);
        }
        return string.Join(" or ", said);
    }
}
