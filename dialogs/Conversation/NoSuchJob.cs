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

    private static bool Holds(string phrase, string word) =>
        (" " + PromptWords.Normalise(phrase) + " ").Contains(" " + word + " ", StringComparison.Ordinal);
}
