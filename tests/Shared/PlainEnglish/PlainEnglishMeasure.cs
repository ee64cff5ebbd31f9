using System.Text.RegularExpressions;

namespace CareerBot.Tests.PlainEnglish;

/// <summary>Figures for one message or for many pooled together.</summary>
internal sealed record Readability(int Words, int Sentences, int LongestSentence, int Questions, int UnknownWords,
    double Grade, IReadOnlyList<string> Unknown, int GradeWords)
{
    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;
    public double KnownShare => Words == 0 ? 1 : 1 - (double)UnknownWords / Words;
}

/// <summary>
/// The plain-English bar: words per sentence, words per message, questions, Flesch-Kincaid grade
/// (proper names left out, acronyms read letter by letter) and the share of words from the NGSL and
/// domain lists (matched by base form, British spelling mapped to the NGSL's US spelling).
/// </summary>
internal static partial class PlainEnglishMeasure
{
    public const int MaxSentenceWords = 15;
    public const int MaxMessageWords = 50;
    public const double MaxMessageGrade = 6;
    public const double MaxPooledGrade = 4;
    public const double MaxPooledWordsPerSentence = 10;
    public const double MinPooledKnownShare = 0.95;

    private static readonly Lazy<HashSet<string>> Known = new(Load);

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["your"] = "you", ["yours"] = "you", ["are"] = "be", ["is"] = "be", ["was"] = "be", ["were"] = "be", ["am"] = "be",
        ["been"] = "be", ["them"] = "they", ["their"] = "they", ["an"] = "a", ["paid"] = "pay", ["has"] = "have",
        ["had"] = "have", ["does"] = "do", ["did"] = "do", ["its"] = "it", ["children"] = "child", ["people"] = "person",
        ["took"] = "take", ["given"] = "give", ["later"] = "late", ["me"] = "i", ["my"] = "i", ["us"] = "we", ["our"] = "we",
        ["him"] = "he", ["her"] = "she", ["got"] = "get", ["found"] = "find", ["told"] = "tell", ["said"] = "say",
        ["better"] = "good", ["best"] = "good", ["went"] = "go", ["gone"] = "go", ["made"] = "make", ["done"] = "do",
        ["thought"] = "think", ["felt"] = "feel", ["kept"] = "keep", ["left"] = "leave", ["ill"] = "ill", ["lead"] = "lead",
        ["let"] = "let", ["ok"] = "ok", ["dont"] = "do", ["im"] = "i", ["wont"] = "will", ["cannot"] = "can",
    };

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "basic-words.txt", "domain-words.txt" })
            foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "PlainEnglish", file)))
                if (line.Trim() is { Length: > 0 } w && !w.StartsWith('#')) words.Add(w.ToLowerInvariant());
        return words;
    }

    public static Readability Measure(string text) => Measure([text]);

    /// <summary>Pooled figures over several messages.</summary>
    public static Readability Measure(IEnumerable<string> messages)
    {
        int words = 0, sentences = 0, longest = 0, questions = 0, unknown = 0, gradeWords = 0, syllables = 0;
        var unknownList = new List<string>();
        foreach (var message in messages)
        {
            questions += message.Count(c => c == '?');
            foreach (var sentence in SentenceSplit().Split(message))
            {
                var tokens = Token().Matches(sentence).Select(m => m.Value).ToList();
                if (tokens.Count == 0) continue;
                sentences++;
                words += tokens.Count;
                longest = Math.Max(longest, tokens.Count);
                for (var i = 0; i < tokens.Count; i++)
                {
                    var token = tokens[i];
                    if (IsFree(token)) continue;
                    if (!IsKnown(token))
                    {
                        unknown++;
                        unknownList.Add(token);
                    }
                    // Proper names (capitalised, not first in the sentence) stay out of the grade.
                    if (i > 0 && char.IsUpper(token[0]) && !IsAcronym(token) && token != "I") continue;
                    gradeWords++;
                    syllables += IsAcronym(token) ? token.Length : Syllables(token);
                }
            }
        }
        var grade = gradeWords == 0 || sentences == 0 ? 0
            : 0.39 * ((double)gradeWords / sentences) + 11.8 * ((double)syllables / gradeWords) - 15.59;
        return new Readability(words, sentences, longest, questions, unknown, grade, unknownList, gradeWords);
    }

    /// <summary>Problems of one message against the per-message bar (empty when it passes).</summary>
    public static IReadOnlyList<string> MessageProblems(string text)
    {
        var r = Measure(text);
        var problems = new List<string>();
        if (r.LongestSentence > MaxSentenceWords) problems.Add($"a sentence of {r.LongestSentence} words");
        if (r.Words > MaxMessageWords) problems.Add($"{r.Words} words");
        if (r.Questions > 1) problems.Add($"{r.Questions} questions");
        // The grade is unreliable on short text: only from 10 counted words (numbers and names left out).
        if (r.GradeWords >= 10 && r.Grade > MaxMessageGrade) problems.Add($"grade {r.Grade:0.0}");
        if (r.UnknownWords > Math.Max(1, r.Words / 10)) problems.Add("hard words: " + string.Join(", ", r.Unknown));
        return problems;
    }

    /// <summary>Numbers, money, times and links are fine.</summary>
    private static bool IsFree(string token) => token.Any(char.IsDigit) || token.StartsWith("http", StringComparison.OrdinalIgnoreCase);

    private static bool IsAcronym(string token) => token.Length is >= 2 and <= 5 && token.All(char.IsUpper);

    public static bool IsKnown(string token)
    {
        var w = token.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);
        if (Irregular.TryGetValue(w, out var head)) w = head;
        if (w.Length <= 1) return true;
        return w.Split('-', StringSplitOptions.RemoveEmptyEntries).All(part => Forms(part).Any(Known.Value.Contains));
    }

    private static IEnumerable<string> Forms(string w)
    {
        var first = OneStep(w).Concat(OneStep(UsSpelling(w))).Distinct().ToList();
        return first.Concat(first.SelectMany(OneStep)).Distinct();
    }

    /// <summary>British to US spelling, as the NGSL spells: colour, organise, centre, licence, programme, travelled.</summary>
    private static string UsSpelling(string w) =>
        w.EndsWith("our", StringComparison.Ordinal) && w.Length > 4 ? w[..^3] + "or"
        : w.EndsWith("ise", StringComparison.Ordinal) ? w[..^3] + "ize"
        : w.EndsWith("tre", StringComparison.Ordinal) ? w[..^3] + "ter"
        : w.EndsWith("ence", StringComparison.Ordinal) && w.Length > 5 ? w[..^4] + "ense"
        : w.EndsWith("programme", StringComparison.Ordinal) ? w[..^2]
        : w.EndsWith("lled", StringComparison.Ordinal) && w.Length > 6 ? w[..^3] + "ed"
        : w.EndsWith("lling", StringComparison.Ordinal) && w.Length > 7 ? w[..^4] + "ing"
        : w;

    private static IEnumerable<string> OneStep(string w)
    {
        yield return w;
        foreach (var (suffix, replace) in new[]
        {
            ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("er", ""), ("er", "e"),
            ("ly", ""), ("ily", "y"), ("ied", "y"), ("est", ""), ("n't", ""),
        })
        {
            if (w.Length > suffix.Length + 1 && w.EndsWith(suffix, StringComparison.Ordinal))
                yield return w[..^suffix.Length] + replace;
        }
        // Doubled consonant: "stopped" -> "stop", "running" -> "run".
        foreach (var suffix in new[] { "ed", "ing", "er" })
        {
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = w[..^suffix.Length];
                if (stem[^1] == stem[^2]) yield return stem[..^1];
            }
        }
    }

    /// <summary>Vowel groups, less a silent final e, at least 1.</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Where(char.IsLetter).ToArray();
        if (w.Length == 0) return 0;
        var count = 0;
        var inVowel = false;
        foreach (var c in w)
        {
            var vowel = "aeiouy".Contains(c, StringComparison.Ordinal);
            if (vowel && !inVowel) count++;
            inVowel = vowel;
        }
        if (w.Length > 2 && w[^1] == 'e' && w[^2] != 'l' && !"aeiouy".Contains(w[^2], StringComparison.Ordinal)) count--;
        if (w.Length > 3 && w[^1] == 'd' && w[^2] == 'e' && !"td".Contains(w[^3], StringComparison.Ordinal)) count--;
        return Math.Max(1, count);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@"[\p{L}\p{N}£][\p{L}\p{N}'\u2019\-.,:£%/]*[\p{L}\p{N}%]|[\p{L}\p{N}]")]
    private static partial Regex Token();
}
