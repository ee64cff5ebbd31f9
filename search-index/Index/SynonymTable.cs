using CareerBot.SearchIndex.Catalogue;

namespace CareerBot.SearchIndex.Index;

/// <summary>
/// The synonym groups, keyed by the words residents type (one word or a phrase, split the same way as
/// queries). Groups with no roles or families are spellings: they only swap a word. A phrase is also found with
/// its words in the singular ("blood test" for "blood tests", "care homes" for "care home").
/// </summary>
internal sealed class SynonymTable
{
    private readonly Dictionary<string, SynonymRecord> _spellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SynonymRecord> _meanings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SynonymRecord> _singular = new(StringComparer.Ordinal);

    public SynonymTable(IEnumerable<SynonymRecord> records)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            var target = r.Roles.Count == 0 && r.Families.Count == 0 ? _spellings : _meanings;
            foreach (var w in r.Words)
            {
                var words = TextWords.Of(w);
                if (words.Length == 0) continue;
                var key = string.Join(' ', words);
                target.TryAdd(key, r);
                if (target == _meanings) _singular.TryAdd(Singular(key), r);
                MaxPhrase = Math.Max(MaxPhrase, words.Length);
                foreach (var part in words) all.Add(part);
            }
            foreach (var m in r.Means)
                foreach (var part in TextWords.Of(m))
                    all.Add(part);
        }
        AllWords = all;
    }

    public int MaxPhrase { get; private set; } = 1;

    /// <summary>Every word in the table, so the spelling fixer leaves them alone and can correct toward them.</summary>
    public IReadOnlySet<string> AllWords { get; }

    public SynonymRecord? Spelling(string phrase) => _spellings.GetValueOrDefault(phrase);

    public SynonymRecord? Meaning(string phrase) =>
        _meanings.GetValueOrDefault(phrase) ?? (phrase.Length > 3 ? _singular.GetValueOrDefault(Singular(phrase)) : null);

    /// <summary>The words of <paramref name="phrase"/> in the singular, by the plain English endings ("tests", "babies", "dishes").</summary>
    internal static string Singular(string phrase)
    {
        if (!phrase.Contains(' ', StringComparison.Ordinal)) return SingularWord(phrase);
        return string.Join(' ', phrase.Split(' ').Select(SingularWord));
    }

    private static string SingularWord(string w)
    {
        if (w.Length <= 3) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal)) return w[..^1];
        return w;
    }
}
