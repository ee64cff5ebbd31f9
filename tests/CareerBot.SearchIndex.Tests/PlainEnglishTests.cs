using System.Text.RegularExpressions;
using CareerBot.SearchIndex.Catalogue;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// Text shown to residents (role summaries and tasks, course summaries and cost notes) meets the plain-English
/// bar: common words (NGSL + domain list), with at most 1 word in 10 outside the lists per text, and
/// 95% across all of them.
/// </summary>
public sealed partial class PlainEnglishTests
{
    private static readonly Lazy<HashSet<string>> Known = new(() =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "basic-words.txt", "domain-words.txt" })
            foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", file)))
                if (line.Trim() is { Length: > 0 } w && !w.StartsWith('#')) words.Add(w.ToLowerInvariant());
        return words;
    });

    // Irregular forms the lists hold only as headwords.
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["your"] = "you", ["are"] = "be", ["is"] = "be", ["was"] = "be", ["them"] = "they", ["their"] = "they",
        ["an"] = "a", ["paid"] = "pay", ["women"] = "woman", ["born"] = "bear", ["better"] = "good",
        ["midwives"] = "midwife", ["diaries"] = "diary", ["has"] = "have", ["does"] = "do", ["its"] = "it",
        ["children"] = "child", ["people"] = "person", ["took"] = "take", ["given"] = "give", ["later"] = "late",
    };

    private static IEnumerable<(string Where, string Text)> ResidentTexts()
    {
        var data = CatalogueData.LoadEmbedded();
        foreach (var r in data.Roles)
        {
            yield return ($"role {r.Id} summary", r.Summary);
            foreach (var t in r.Tasks) yield return ($"role {r.Id} task", t);
        }
        foreach (var c in data.Courses)
        {
            yield return ($"course {c.Id} summary", c.Summary);
            yield return ($"course {c.Id} cost", c.Cost);
        }
    }

    private static bool IsKnown(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('\'');
        if (Irregular.TryGetValue(w, out var head)) w = head;
        return w.Split('-').All(part => Forms(part).Any(Known.Value.Contains));
    }

    private static IEnumerable<string> Forms(string w) => OneStep(w).SelectMany(OneStep).Distinct();

    private static IEnumerable<string> OneStep(string w)
    {
        yield return w;
        foreach (var (suffix, replace) in new[] { ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("er", ""), ("ly", ""), ("ily", "y") })
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal))
                yield return w[..^suffix.Length] + replace;
    }

    [Fact]
    public void ResidentTexts_EachText_AtMostOneWordInTenOutsideTheLists()
    {
        var failures = new List<string>();
        foreach (var (where, text) in ResidentTexts())
        {
            var words = Word().Matches(text).Select(m => m.Value).ToList();
            var unknown = words.Where(w => !IsKnown(w)).ToList();
            if (unknown.Count > Math.Max(1, words.Count / 10))
                failures.Add($"{where}: \"{text}\" has hard words: {string.Join(", ", unknown)}");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void ResidentTexts_AllTogether_AtLeast95PercentListWords()
    {
        var words = ResidentTexts().SelectMany(t => Word().Matches(t.Text).Select(m => m.Value)).ToList();
        var known = words.Count(IsKnown);

        var share = (double)known / words.Count;

        Assert.True(share >= 0.95, $"{share:P1} of {words.Count} words are in the lists");
    }

    [Fact]
    public void ResidentTexts_Sentences_AreShortOnAverage()
    {
        var sentences = ResidentTexts().SelectMany(t => Sentence().Split(t.Text)).Where(s => s.Trim().Length > 0).ToList();
        var average = sentences.Average(s => Word().Matches(s).Count);

        Assert.True(average <= 10, $"average sentence is {average:0.0} words");
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z'\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?\n]+")]
    private static partial Regex Sentence();
}
