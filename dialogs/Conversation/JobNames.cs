using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Finds the job a resident names in their own words ("the cleaner job", "portor"), from the catalogue's titles
/// and other names: the jobs on screen first, then what the index finds for the words (with its spelling fixes).
/// A name only counts when every word is in one job's title or other names, so vague words pick no job.
/// </summary>
public sealed class JobNames(ICatalogueSearch search)
{
    /// <summary>More jobs than this share the best name: the words are a kind of work, not a job.</summary>
    public const int MaxAlike = 3;

    private const int Exact = 4, InOrder = 3, InOneName = 2;

    /// <summary>A job's name with "a" or "an" before it ("a doctor", "an optician"); a short name in capitals ("a GP").</summary>
    public static string WithArticle(string job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var name = job.Trim();
        if (name.Length <= 3 && !name.Contains(' ', StringComparison.Ordinal)) name = name.ToUpperInvariant();
        // The first word said letter by letter ("GP", "HGV driver", "NHS porter"): "an" when its first letter's name
        // starts with a vowel sound ("an HGV driver", "an NHS porter", "a GP").
        var first = name.Split(' ', 2)[0];
        var letters = first.Length > 1 && first.All(char.IsUpper) || first.Length == 1 && char.IsUpper(first[0]) && name.Length == 1;
        var vowel = name.Length > 0 && "aeiouAEIOU".Contains(name[0], StringComparison.Ordinal) && !letters;
        return (vowel || (letters && "AEFHILMNORSX".Contains(first[0], StringComparison.Ordinal)) ? "an " : "a ") + name;
    }

    /// <summary>
    /// A job's name for more than one ("doctor" gives "doctors", "GP" gives "GPs"); a name said already for many
    /// ("doctors") stays as it is.
    /// </summary>
    public static string Plural(string job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var name = job.Trim();
        if (name.Length == 0) return name;
        if (name.Length <= 3 && !name.Contains(' ', StringComparison.Ordinal)) return name.ToUpperInvariant() + "s";
        if (name.EndsWith("ss", StringComparison.Ordinal) || name.EndsWith("ch", StringComparison.Ordinal) || name.EndsWith("sh", StringComparison.Ordinal)
            || name.EndsWith('x')) return name + "es";
        if (name.EndsWith('s')) return name;
        if (name.Length > 2 && name.EndsWith('y') && !"aeiou".Contains(name[^2], StringComparison.Ordinal)) return name[..^1] + "ies";
        return name + "s";
    }

    /// <summary>The jobs that fit the words best (one when the name is clear, up to <see cref="MaxAlike"/> when it is not), or none.</summary>
    public async Task<IReadOnlyList<RoleCard>> FindAsync(IReadOnlyList<string> words, IReadOnlyList<ShownResult> shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(shown);
        if (words.Count == 0 || words.Count > 5) return [];

        var candidates = new Dictionary<string, RoleCard>(StringComparer.Ordinal);
        foreach (var s in shown.Where(s => s.Kind == "role"))
            if (await search.GetRoleAsync(s.Id, cancellationToken) is { } role) candidates.TryAdd(role.Id, role);
        var found = await search.SearchAsync(new SearchProfile { Text = string.Join(' ', words), Limit = 10 }, cancellationToken);
        foreach (var item in found.Items)
            if (item.Role is { } role) candidates.TryAdd(role.Id, role);

        // The index's own spelling fixes ("portor" -> "porter"), then our forgiving match for the rest.
        var fixedWords = words.Select(w => found.Corrections.FirstOrDefault(c => string.Equals(c.Typed, w, StringComparison.OrdinalIgnoreCase))?.Used ?? w)
            .Select(w => PromptWords.Normalise(w)).Where(w => w.Length > 0).ToList();
        if (fixedWords.Count == 0) return [];

        // Words in no job's names ("how much dey pay portor") are not part of a name; the others must all fit one job.
        var named = fixedWords.Where(w => candidates.Values.Any(r => NamesOf(r).Any(name => name.Split(' ').Any(v => Alike(w, v))))).ToList();
        if (named.Count == 0) return [];
        var scored = candidates.Values.Select(r => (Role: r, Score: Score(r, named))).Where(x => x.Score > 0).ToList();
        if (scored.Count == 0) return [];
        var best = scored.Max(x => x.Score);
        var top = scored.Where(x => x.Score == best).Select(x => x.Role).ToList();
        return top.Count <= MaxAlike ? top : [];
    }

    /// <summary>
    /// 4: the words are one of the job's names, in its order; 3: they are a run of words in one name, in order
    /// ("home care" in "home care worker"); 2: all the words are in one name in another order ("home care" is not
    /// "care home"); 0: not this job.
    /// </summary>
    private static int Score(RoleCard role, IReadOnlyList<string> words)
    {
        var best = 0;
        foreach (var name in NamesOf(role))
        {
            var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!words.All(w => nameWords.Any(v => Alike(w, v)))) continue;
            var major = nameWords.Where(v => !Minor.Contains(v)).ToArray();
            var score =
                (RunOf(words, nameWords) && nameWords.Length == words.Count) || (RunOf(words, major) && major.Length == words.Count) ? Exact
                : RunOf(words, nameWords) || RunOf(words, major) ? InOrder
                : InOneName;
            best = Math.Max(best, score);
        }
        return best;
    }

    /// <summary>The words appear one after another, in this order, somewhere in the name's words.</summary>
    private static bool RunOf(IReadOnlyList<string> words, string[] nameWords)
    {
        for (var start = 0; start + words.Count <= nameWords.Length; start++)
        {
            var i = 0;
            while (i < words.Count && Alike(words[i], nameWords[start + i])) i++;
            if (i == words.Count) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal) { "and", "the", "of", "a", "in", "for", "e", "g" };

    /// <summary>
    /// One of the words is the last word of one of the job's names ("porter", "worker", "hca"): the words name the
    /// job, not only a place or a thing in it ("hospital" in "Hospital porter", "kitchen" among a cook's other names).
    /// Names are the title without its brackets and its parts of two words or more, and the other names that name a
    /// person: an abbreviation ("HCA", "PA"), or a last word with a person's ending ("carer", "guard", "dinner lady").
    /// </summary>
    public static bool NamesTheJob(RoleCard role, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(words);
        var title = PromptWords.Normalise(System.Text.RegularExpressions.Regex.Replace(role.Title, @"\([^)]*\)", " "));
        var names = new[] { title }
            .Concat(role.Title.Split(['(', ')', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(PromptWords.Normalise).Where(p => p.Contains(' ', StringComparison.Ordinal)))
            .Concat(role.OtherNames.Where(o => o.Length > 1 && o.All(char.IsUpper)).Select(PromptWords.Normalise))
            .Concat(role.OtherNames.Select(PromptWords.Normalise).Where(o => PersonEndings.Any(e => o.EndsWith(e, StringComparison.Ordinal))));
        var lasts = names.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0).Select(w => w[^1]).ToList();
        // The work a job is named for names it too: "phlebotomy" (a phlebotomist), "portering" (a porter), and a word
        // of work in its title ("catering" in "Catering assistant"), not a place or thing ("hospital" in "Hospital porter").
        var titleWork = PromptWords.Normalise(role.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(IsWorkWord).ToList();
        return words.Select(w => PromptWords.Normalise(w)).Any(w => lasts.Any(last => Alike(w, last) || SameWork(w, last)) || titleWork.Any(t => Alike(w, t)));
    }

    /// <summary>Endings of the names of a kind of work or of the person who does it: "phlebotom-y", "phlebotom-ist", "porter-ing".</summary>
    private static readonly string[] WorkEndings = ["", "y", "ry", "ery", "ist", "ists", "er", "ers", "or", "ors", "ing", "ion", "ian", "ians", "e", "es", "s"];

    /// <summary>
    /// Two words for the same work, one the work and one who does it: a shared start of 5 letters or more and endings
    /// of <see cref="WorkEndings"/> ("phlebotomy" and "phlebotomist", "portering" and "porter", "midwifery" and "midwife").
    /// </summary>
    public static bool SameWork(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b) return true;
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common]) common++;
        // "phlebotom|y" and "phlebotom|ist"; the shared start may keep a letter both endings could start with.
        for (var start = common; start >= 5 && start >= common - 1; start--)
            if (WorkEndings.Contains(a[start..]) && WorkEndings.Contains(b[start..])) return true;
        return false;
    }

    /// <summary>A word that names a kind of work by its ending ("catering", "laundry", "decontamination", "imaging").</summary>
    private static bool IsWorkWord(string word) =>
        word.Length >= 6 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ion", StringComparison.Ordinal)
            || word.EndsWith("ment", StringComparison.Ordinal) || (word.EndsWith('y') && !word.EndsWith("ey", StringComparison.Ordinal)));

    /// <summary>Endings of words for a person who does a job: "carer", "janitor", "florist", "assistant", "doorman", "guard".</summary>
    private static readonly string[] PersonEndings = ["er", "or", "ist", "ant", "ent", "ian", "man", "lady", "aide", "guard", "chef", "cook"];

    /// <summary>The title, the title without its brackets, each part of it between "/" or in brackets, and each other name.</summary>
    private static IEnumerable<string> NamesOf(RoleCard role)
    {
        yield return PromptWords.Normalise(role.Title);
        foreach (var part in role.Title.Split(['(', ')', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            yield return PromptWords.Normalise(part);
        foreach (var other in role.OtherNames) yield return PromptWords.Normalise(other);
    }

    /// <summary>The same word, a plural, or a small typo in a longer word ("portor", "cleener").</summary>
    public static bool Alike(string typed, string word)
    {
        if (typed == word) return true;
        if (Stem(typed) == Stem(word)) return true;
        if (typed.Length < 4 || word.Length < 4 || typed[0] != word[0]) return false;
        var allowed = Math.Min(typed.Length, word.Length) >= 7 ? 2 : 1;
        return Math.Abs(typed.Length - word.Length) <= allowed && Distance(typed, word) <= allowed;
    }

    private static string Stem(string w) =>
        w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4 ? w[..^3] + "y"
        : w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && w[^3] is 's' or 'x' or 'h' ? w[..^2]
        : w.EndsWith('s') && w.Length > 3 && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1]
        : w;

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
