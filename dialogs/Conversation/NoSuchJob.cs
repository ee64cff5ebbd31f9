using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// A job the resident wants to be that the catalogue knows as a word but has no job called ("doctor" is only in
/// "doctors receptionist" and in summaries): no job's name ends with it (see <see cref="SearchResults.JobNameWords"/>).
/// </summary>
internal static class NoSuchJob
{
    /// <summary>
    /// The first of the wish's <see cref="WorkWish.JobNouns"/> that no job is called, as the search spelt it; null when
    /// each is a job's name, a word the catalogue does not know (that is said as "no jobs for" already), or the
    /// catalogue cannot say. <paramref name="results"/> are the search's for the wish's words.
    /// </summary>
    public static string? For(WorkWish wish, SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(wish);
        ArgumentNullException.ThrowIfNull(results);
        if (results.JobNameWords is not { } named || results.Total == 0) return null;
        foreach (var noun in wish.JobNouns)
        {
            if (named.Contains(noun, StringComparer.OrdinalIgnoreCase) || results.UnmatchedWords.Contains(noun, StringComparer.OrdinalIgnoreCase)) continue;
            var fix = results.Corrections.FirstOrDefault(f => string.Equals(f.Typed, noun, StringComparison.OrdinalIgnoreCase));
            if (fix is null && !results.WorkWords.Any(w => Holds(w, noun))) continue;
            return PromptWords.Normalise(fix?.Used ?? noun);
        }
        return null;
    }

    /// <summary>
    /// A job's name with a word before it that none of our jobs has with that name ("lorry driver", "police officer",
    /// "admin manager", "head chef"): the last word that ends a job's name and names a person (see
    /// <see cref="SearchResults.JobNameWords"/>), and the word typed before it. Not when a job's names hold both, or
    /// its names the person and its summary the word before ("senior carer", "delivery driver", "office cleaner"), nor
    /// when the word before says where or when ("night porter", "nhs cleaner"), or is a job itself ("porter cleaner"). The phrase as typed, a short word with
    /// no vowel in capitals ("HGV driver"); and whether the catalogue knows the word before at all ("police" it does
    /// not: the nearest jobs share only the name's last word, so none is near). Null when the words name a job of ours.
    /// <paramref name="results"/> are the search's for the wish's words; <paramref name="typed"/> what the resident typed,
    /// where the two words must stand together.
    /// </summary>
    public static (string Phrase, bool Known)? Phrase(WorkWish wish, SearchResults results, string typed)
    {
        ArgumentNullException.ThrowIfNull(wish);
        ArgumentNullException.ThrowIfNull(results);
        if (results.JobNameWords is not { Count: > 0 } named || results.Total == 0) return null;
        var words = wish.Words;
        // The person's name ends the words, as a job's name does: "computer" in "computer skills" names no one.
        for (var i = words.Count - 1; i == words.Count - 1 && i >= 1; i--)
        {
            var noun = words[i];
            if (!named.Contains(noun, StringComparer.OrdinalIgnoreCase) || !NamesAPerson(noun)) continue;
            var before = words[i - 1];
            if (before.Length < 2 || before.All(char.IsDigit) || WhereOrWhen.Contains(before)
                || (NamesAPerson(before) && named.Contains(before, StringComparer.OrdinalIgnoreCase))) return null;
            // Typed together: "sam" of "my name is sam i want to be a carer" is no kind of carer.
            if (!(" " + PromptWords.Normalise(typed) + " ").Contains(" " + before + " " + noun + " ", StringComparison.Ordinal)) return null;
            if (results.Items.Any(s => s.Role is { } role && HasBoth(role, before, noun))) return null;
            var known = !results.UnmatchedWords.Contains(before, StringComparer.OrdinalIgnoreCase);
            return (Shown(before) + " " + noun, known);
        }
        return null;
    }

    /// <summary>
    /// Whether <see cref="Phrase"/> may find one: two words or more, the last naming a person; not work we have no jobs
    /// in ("nursery nurse": said so already), nor a wish to learn.
    /// </summary>
    public static bool MayBePhrase(WorkWish wish) =>
        wish.Words.Count >= 2 && NamesAPerson(wish.Words[^1]) && wish.NotOurs is null && !LearningWishes.AsksToLearn(wish.Text);

    /// <summary>Words that say where or when the work is, not which job: "night porter", "nhs cleaner", "ward clerk".</summary>
    private static readonly HashSet<string> WhereOrWhen = new(StringComparer.Ordinal)
    {
        "nhs", "hospital", "hospitals", "council", "ward", "wards", "community", "night", "nights", "day", "days", "weekend", "weekends",
        "evening", "evenings", "morning", "mornings", "bank", "agency", "temp", "temporary", "permanent", "local", "weekday", "weekdays",
    };

    /// <summary>Whether the word, as typed, is shaped like the name of a person at work ("drivers", "Technician", "chef").</summary>
    public static bool NamesAPerson(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) w = w[..^1];
        return JobNameShapes.NamesAPerson(w);
    }

    /// <summary>One of the job's names holds the person's name, and a name or its summary the word before it.</summary>
    private static bool HasBoth(RoleCard role, string before, string noun)
    {
        var names = JobNameShapes.Names(role.Title, role.OtherNames)
            .Select(n => PromptWords.Normalise(n).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var b = PromptWords.Normalise(before);
        var n = PromptWords.Normalise(noun);
        if (!names.Any(name => name.Any(w => JobNames.Alike(n, w)))) return false;
        return names.Any(name => name.Any(w => JobNames.Alike(b, w)))
            || PromptWords.Normalise(role.Summary).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => JobNames.Alike(b, w));
    }

    /// <summary>"hgv" is "HGV": a short word with no vowel is letters said one by one.</summary>
    private static string Shown(string word) =>
        word.Length <= 3 && !word.Any(c => "aeiouy".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal)) ? word.ToUpperInvariant() : word.ToLowerInvariant();

    private static bool Holds(string phrase, string word) =>
        (" " + PromptWords.Normalise(phrase) + " ").Contains(" " + word + " ", StringComparison.Ordinal);
}
