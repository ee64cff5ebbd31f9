using CareerBot.SearchIndex.Catalogue;

namespace CareerBot.SearchIndex.Index;

/// <summary>
/// The synonym groups, keyed by the words residents type (one word or a phrase, split the same way as
/// queries). Groups with no roles or families are spellings: they only swap a word.
/// </summary>
internal sealed class SynonymTable
{
    private readonly Dictionary<string, SynonymRecord> _spellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SynonymRecord> _meanings = new(StringComparer.Ordinal);

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

    public SynonymRecord? Meaning(string phrase) => _meanings.GetValueOrDefault(phrase);
}
