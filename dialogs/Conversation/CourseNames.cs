using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Finds the course a resident names in their own words ("the gcse maths", "care certificate", "esol"), from the
/// courses' titles: the courses on screen first, then those the index finds for the words (with its spelling fixes).
/// As with <see cref="JobNames"/>, every word must be in one course's title, so vague words pick no course.
/// </summary>
public sealed class CourseNames(ICatalogueSearch search)
{
    private const int InOrder = 2, InTitle = 1;

    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal) { "and", "the", "of", "a", "an", "in", "for", "to", "with", "or", "at", "on", "by" };

    /// <summary>The courses that fit the words best (one when the name is clear, up to <see cref="JobNames.MaxAlike"/> when it is not), or none.</summary>
    public async Task<IReadOnlyList<ShownResult>> FindAsync(IReadOnlyList<string> words, IReadOnlyList<ShownResult> shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(shown);
        if (words.Count == 0 || words.Count > 5) return [];
        // On screen, unless a course off screen has the words in their order ("care certificate", not "Award/Certificate in ... Care").
        var (onScreen, onScreenScore) = Best(words, shown.Where(s => s.Kind == "course"));
        if (onScreenScore == InOrder) return onScreen;

        var found = await search.SearchAsync(new SearchProfile { Text = string.Join(' ', words), Limit = 10 }, cancellationToken);
        var fixedWords = words.Select(w => found.Corrections.FirstOrDefault(c => string.Equals(c.Typed, w, StringComparison.OrdinalIgnoreCase))?.Used ?? w)
            .Select(w => PromptWords.Normalise(w)).Where(w => w.Length > 0).ToList();
        var (other, otherScore) = Best(fixedWords, found.Items.Where(i => i.Kind == ResultKind.Course).Select(i => new ShownResult("course", i.Id, i.Title)));
        return otherScore > onScreenScore ? other : onScreen;
    }

    private static (List<ShownResult> Courses, int Score) Best(IReadOnlyList<string> words, IEnumerable<ShownResult> courses)
    {
        var scored = courses.Select(c => (Course: c, Score: Score(c.Title, words))).Where(x => x.Score > 0).ToList();
        if (scored.Count == 0) return ([], 0);
        var best = scored.Max(x => x.Score);
        var top = scored.Where(x => x.Score == best).Select(x => x.Course).DistinctBy(c => c.Id).ToList();
        return top.Count <= JobNames.MaxAlike ? (top, best) : ([], 0);
    }

    /// <summary>2: the words come one after another in the title; 1: all are in the title; 0: not this course.</summary>
    private static int Score(string title, IReadOnlyList<string> words)
    {
        // Small words of a title ("with", "in", "and") name nothing: "wich", fixed to "with", is no course's name.
        var titleWords = PromptWords.Normalise(title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !Minor.Contains(t)).ToArray();
        if (!words.All(w => titleWords.Any(t => JobNames.Alike(w, t)))) return 0;
        for (var start = 0; start + words.Count <= titleWords.Length; start++)
        {
            var i = 0;
            while (i < words.Count && JobNames.Alike(words[i], titleWords[start + i])) i++;
            if (i == words.Count) return InOrder;
        }
        return InTitle;
    }
}
