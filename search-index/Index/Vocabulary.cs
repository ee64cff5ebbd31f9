namespace CareerBot.SearchIndex.Index;

/// <summary>
/// The words of the index (from the <c>fts5vocab</c> table) with how many documents use each, for
/// spelling correction: a word nobody wrote in the catalogue is matched to the nearest known word by
/// edit distance (Damerau-Levenshtein), and among equally near words the more common one wins.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _frequency;
    private readonly Dictionary<int, List<string>> _byLength = new();
    private Dictionary<string, string>? _byBase;
    private Dictionary<string, List<string>>? _bySound;

    public Vocabulary(IReadOnlyDictionary<string, int> documentFrequency, IEnumerable<string> extraWords)
    {
        _frequency = new Dictionary<string, int>(documentFrequency, StringComparer.Ordinal);
        foreach (var w in extraWords)
            _frequency.TryAdd(w, 1);
        foreach (var w in _frequency.Keys)
        {
            if (w.Length < 3 || w.Any(char.IsDigit)) continue;
            if (!_byLength.TryGetValue(w.Length, out var list)) _byLength[w.Length] = list = [];
            list.Add(w);
        }
    }

    public int Count => _frequency.Count;

    public bool Contains(string word) => _frequency.ContainsKey(word);

    public int Frequency(string word) => _frequency.GetValueOrDefault(word);

    /// <summary>
    /// A known word that is another form of <paramref name="word"/> ("pushing" -> "push", "shelves" -> "shelf",
    /// "lifting" -> "lift"): the word itself, or the most used known word sharing one of its base forms
    /// (<see cref="EnglishWords.Bases"/>); null when there is none.
    /// </summary>
    public string? SameWord(string word)
    {
        if (word.Length < 4 || word.Any(char.IsDigit)) return Contains(word) ? word : null;
        foreach (var b in EnglishWords.Bases(word, agent: false))
            if (b.Length >= 3 && Contains(b)) return b;
        var byBase = _byBase ??= BaseTable();
        foreach (var b in EnglishWords.Bases(word, agent: false))
            if (b.Length >= 3 && byBase.TryGetValue(b, out var known)) return known;
        return null;
    }

    /// <summary>Each base form of every known word, to the most used known word with it (made on first use).</summary>
    private Dictionary<string, string> BaseTable()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (w, freq) in _frequency)
        {
            if (w.Length < 4 || w.Any(char.IsDigit)) continue;
            foreach (var b in EnglishWords.Bases(w, agent: false))
            {
                if (b.Length < 3) continue;
                if (!table.TryGetValue(b, out var held) || _frequency[held] < freq || (_frequency[held] == freq && string.CompareOrdinal(w, held) < 0))
                    table[b] = w;
            }
        }
        return table;
    }

    /// <summary>
    /// The best known word for a typo, or null when nothing is near enough: by letters first, then by sound
    /// (<see cref="BySound"/>).
    /// </summary>
    public string? Correct(string word)
    {
        if (word.Length < 3 || word.Length > 30 || word.Any(char.IsDigit)) return null;
        return ByLetters(word) ?? BySound(word);
    }

    /// <summary>
    /// The most used known word that sounds like <paramref name="word"/> (see <see cref="SoundKey"/>): spelt by sound
    /// ("farmasy" is "pharmacy", "resepshonist" is "receptionist") or with the vowels left out ("hsptl" is "hospital").
    /// </summary>
    private string? BySound(string word)
    {
        var key = SoundKey.Of(word);
        if (key.Length < 3) return null;
        var table = _bySound ??= SoundTable();
        if (!table.TryGetValue(key, out var known)) return null;
        string? best = null;
        foreach (var candidate in known)
        {
            if (!SoundKey.Alike(word, key, candidate, key)) continue;
            if (best is null || _frequency[candidate] > _frequency[best] || (_frequency[candidate] == _frequency[best] && candidate[0] == word[0] && best[0] != word[0]))
                best = candidate;
        }
        return best;
    }

    /// <summary>The known words of four letters or more by their sound keys (made on first use).</summary>
    private Dictionary<string, List<string>> SoundTable()
    {
        var table = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var w in _frequency.Keys)
        {
            if (w.Length < 4) continue;
            var key = SoundKey.Of(w);
            if (key.Length < 3) continue;
            if (!table.TryGetValue(key, out var list)) table[key] = list = [];
            list.Add(w);
        }
        foreach (var list in table.Values) list.Sort(StringComparer.Ordinal);
        return table;
    }

    /// <summary>The nearest known word by edit distance, the more used among equals; null when none is near enough.</summary>
    private string? ByLetters(string word)
    {
        var maxDistance = word.Length <= 4 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        // Three rows of the distance table, shared by every candidate (at most 30 + 2 letters long).
        Span<int> rows = stackalloc int[3 * (word.Length + maxDistance + 1)];
        for (var len = word.Length - maxDistance; len <= word.Length + maxDistance; len++)
        {
            if (!_byLength.TryGetValue(len, out var list)) continue;
            foreach (var candidate in list)
            {
                var d = Distance(word, candidate, maxDistance, rows);
                if (d > maxDistance) continue;
                // Two changes in a short word that also change its first letter leave too little of it: "lalala" is not
                // "halal". A longer word keeps enough ("farmacy" is "pharmacy").
                if (d == 2 && word.Length <= 6 && candidate[0] != word[0]) continue;
                // Nor two letters changed in five ("blorp" is not "blood"); two left out still are ("kichn", "kitchen").
                if (d == 2 && word.Length <= 5 && candidate.Length <= word.Length) continue;
                // Typos rarely change the first letter; a word that keeps it is preferred at equal distance.
                var score = d * 2 + (candidate[0] == word[0] ? 0 : 1);
                var freq = _frequency[candidate];
                if (score < bestDistance || (score == bestDistance && freq > bestFrequency))
                {
                    best = candidate;
                    bestDistance = score;
                    bestFrequency = freq;
                }
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance, stopping early once it passes <paramref name="max"/>.</summary>
    internal static int Distance(string a, string b, int max) => Distance(a, b, max, new int[3 * (b.Length + 1)]);

    /// <summary><see cref="Distance(string, string, int)"/> with its three rows in <paramref name="rows"/> (at least 3 × (b.Length + 1)).</summary>
    internal static int Distance(string a, string b, int max, Span<int> rows)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var width = b.Length + 1;
        var prev2 = rows[..width];
        var prev = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        prev2.Clear();
        current.Clear();
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, current[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    v = Math.Min(v, prev2[j - 2] + 1);
                current[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            var oldest = prev2;
            prev2 = prev;
            prev = current;
            current = oldest;
        }
        return prev[b.Length];
    }
}
